"""Axis ticks as a pure function of a visible range of days and a scale.

Qt-free so that the tick choice is unit-tested without a display.  Days are day
numbers (see ``scale.py``, which also maps them to x); a day ``d`` covers
``[d, d + 1)``.  The view asks for ticks once per stretch of the axis, with that
stretch's own pixels per day, so a collapsed break gets a tick level of its own.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from timeline_app.core.dates import MONTH_NAMES
from timeline_app.ui.scale import MAX_DAY as _END_DAY
from timeline_app.ui.scale import MIN_DAY

__all__ = ["MAX_DAY", "MIN_DAY", "AxisTicks", "Tick", "axis_ticks", "choose_unit"]

MAX_DAY = _END_DAY - 1  # the last representable day


@dataclass(frozen=True)
class Tick:
    day: int
    label: str


@dataclass(frozen=True)
class AxisTicks:
    """Minor ticks (labelled with the unit) and major ticks (the coarser context)."""

    unit: str
    minor: list[Tick]
    major: list[Tick]


def _months_from(day: int) -> int:
    d = _dt.date.fromordinal(day)
    return d.year * 12 + d.month - 1


def _month_start(index: int) -> int:
    return _dt.date(index // 12, index % 12 + 1, 1).toordinal()


def _clamp_year(year: int) -> int:
    return min(max(year, 1), 9999)


def _year_ticks(first: int, last: int, step: int, label: str = "{y}") -> list[Tick]:
    y0 = _dt.date.fromordinal(first).year
    y1 = _dt.date.fromordinal(last).year
    start = y0 - y0 % step
    ticks = []
    for y in range(max(start, step if start <= 0 else start), y1 + 1, step):
        yy = _clamp_year(y)
        ticks.append(Tick(_dt.date(yy, 1, 1).toordinal(), label.format(y=yy)))
    return ticks


def _month_ticks(first: int, last: int, step: int, with_year: bool) -> list[Tick]:
    m0, m1 = _months_from(first), _months_from(last)
    ticks = []
    for m in range(m0 - m0 % step, m1 + 1, step):
        if m < 12:  # before year 1
            continue
        name = MONTH_NAMES[m % 12]
        label = f"{name} {m // 12}" if with_year else name[:3]
        ticks.append(Tick(_month_start(m), label))
    return ticks


def _day_ticks(first: int, last: int, step: int) -> list[Tick]:
    ticks = []
    if step == 7:  # weeks start on Monday
        d = first - _dt.date.fromordinal(first).weekday()
        while d <= last:
            ticks.append(Tick(d, str(_dt.date.fromordinal(d).day)))
            d += 7
        return ticks
    for d in range(first, last + 1):
        dom = _dt.date.fromordinal(d).day
        if (dom - 1) % step == 0 and dom <= 31 - step // 2:
            ticks.append(Tick(d, str(dom)))
    return ticks


# (unit name, approximate days per tick), finest first.
_UNITS: list[tuple[str, float]] = [
    ("day", 1), ("2 days", 2), ("week", 7), ("month", 30.44), ("quarter", 91.3),
    ("half year", 182.6), ("year", 365.25), ("2 years", 730.5), ("5 years", 1826),
    ("decade", 3652), ("20 years", 7305), ("50 years", 18262), ("century", 36524),
    ("200 years", 73049), ("500 years", 182621), ("millennium", 365242),
]


def choose_unit(px_per_day: float, min_spacing_px: float = 56.0) -> str:
    """The finest tick unit whose ticks stand at least ``min_spacing_px`` apart."""
    for name, days in _UNITS:
        if days * px_per_day >= min_spacing_px:
            return name
    return _UNITS[-1][0]


def axis_ticks(
    first_day: float, last_day: float, px_per_day: float, min_spacing_px: float = 56.0
) -> AxisTicks:
    """Ticks for the visible range ``[first_day, last_day]`` at the given scale.

    Minor ticks carry the unit's own label ("22", "Mar", "2025", "1990"); major
    ticks mark the next coarser boundary with the context a reader needs
    ("March 2025", "2025", "1990s").
    """
    first = int(max(MIN_DAY, min(MAX_DAY, first_day)))
    last = int(max(MIN_DAY, min(MAX_DAY, last_day)))
    unit = choose_unit(px_per_day, min_spacing_px)
    if unit in ("day", "2 days", "week"):
        step = {"day": 1, "2 days": 2, "week": 7}[unit]
        minor = _day_ticks(first, last, step)
        major = _month_ticks(first, last, 1, with_year=True)
    elif unit in ("month", "quarter", "half year"):
        step = {"month": 1, "quarter": 3, "half year": 6}[unit]
        minor = _month_ticks(first, last, step, with_year=False)
        major = _year_ticks(first, last, 1)
    else:
        years = {
            "year": 1, "2 years": 2, "5 years": 5, "decade": 10, "20 years": 20,
            "50 years": 50, "century": 100, "200 years": 200, "500 years": 500,
            "millennium": 1000,
        }[unit]
        minor = _year_ticks(first, last, years)
        major_step = 10 if years < 10 else 100 if years < 100 else 1000
        major = _year_ticks(first, last, major_step, "{y}s")
    return AxisTicks(unit, minor, major)
