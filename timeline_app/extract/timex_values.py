"""Calendar arithmetic on TimeML TIMEX3 values.

Helpers that format dates at a given granularity (day, ISO week, month,
quarter, half, season, year, decade, century) and shift such values by a
number of units, as needed to resolve relative expressions.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta  # type: ignore[import-untyped]

SEASON_ORDER: tuple[str, ...] = ("WI", "SP", "SU", "FA")
"""Seasons in calendar order (winter starts the year, as in TimeML practice)."""

_VALUE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


@dataclass(frozen=True)
class Point:
    """A resolved calendar point: a representative day and its granularity.

    Attributes:
        day: A representative day (the first day of the period).
        gran: One of ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"H"``, ``"S"``, ``"Y"``.
        season: The season code when ``gran == "S"``.
    """

    day: _dt.date
    gran: str
    season: str | None = None


def fmt_day(d: _dt.date) -> str:
    """Format a day as ``YYYY-MM-DD``."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_month(d: _dt.date) -> str:
    """Format the month of a day as ``YYYY-MM``."""
    return f"{d.year:04d}-{d.month:02d}"


def fmt_week(d: _dt.date) -> str:
    """Format the ISO week of a day as ``YYYY-Www``."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def fmt_quarter(d: _dt.date) -> str:
    """Format the quarter of a day as ``YYYY-Qn``."""
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def fmt_half(d: _dt.date) -> str:
    """Format the half-year of a day as ``YYYY-Hn``."""
    return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"


def fmt_year(d: _dt.date) -> str:
    """Format the year of a day as ``YYYY``."""
    return f"{d.year:04d}"


def quarter_of(d: _dt.date) -> int:
    """Return the calendar quarter (1-4) of a day."""
    return (d.month - 1) // 3 + 1


SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""First month of each (meteorological) season; winter Y-WI starts in December of Y-1."""


def season_start(year: int, code: str) -> _dt.date:
    """First day of the season ``YYYY-code`` (winter 1994 starts on 1 December 1993)."""
    if code == "WI":
        return _dt.date(year - 1, 12, 1)
    return _dt.date(year, SEASON_START_MONTH[code], 1)


def season_containing(d: _dt.date) -> tuple[int, str]:
    """The (year, code) of the season a day falls in."""
    code = season_of(d)
    return (d.year + 1 if d.month == 12 else d.year), code


def season_of(d: _dt.date) -> str:
    """Return the TimeML season code of a day (meteorological seasons)."""
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]


def parse_value(value: str) -> Point | None:
    """Parse a concrete TIMEX3 date value into a :class:`Point`.

    Args:
        value: A value such as ``2025-03-22``, ``2025-W12``, ``2025-Q1`` or ``2025``.

    Returns:
        The point, or ``None`` for vague or non-date values.
    """
    m = _VALUE_RE.match(value)
    if not m:
        return None
    y = int(m.group("y"))
    if y < 1:
        return None
    try:
        if m.group("d"):
            return Point(_dt.date(y, int(m.group("m")), int(m.group("d"))), "D")
        if m.group("m"):
            return Point(_dt.date(y, int(m.group("m")), 1), "M")
        if m.group("w"):
            return Point(_dt.date.fromisocalendar(y, int(m.group("w")), 1), "W")
        if m.group("q"):
            return Point(_dt.date(y, 3 * int(m.group("q")) - 2, 1), "Q")
        if m.group("h"):
            return Point(_dt.date(y, 1 if m.group("h") == "1" else 7, 1), "H")
        if m.group("s"):
            return Point(_dt.date(y, 1, 1), "S", m.group("s"))
    except ValueError:
        return None
    return Point(_dt.date(y, 1, 1), "Y")


def fmt_point(p: Point) -> str:
    """Format a point back into a TIMEX3 value at its granularity."""
    if p.gran == "D":
        return fmt_day(p.day)
    if p.gran == "W":
        return fmt_week(p.day)
    if p.gran == "M":
        return fmt_month(p.day)
    if p.gran == "Q":
        return fmt_quarter(p.day)
    if p.gran == "H":
        return fmt_half(p.day)
    if p.gran == "S":
        return f"{p.day.year:04d}-{p.season}"
    return fmt_year(p.day)


def shift_day(d: _dt.date, n: float, unit: str) -> _dt.date:
    """Shift a day by ``n`` units.

    Args:
        d: The day.
        n: Number of units (may be negative; fractional values are rounded).
        unit: ``D``, ``W``, ``M``, ``Q``, ``Y``, ``DE`` (decade), ``CE`` (century).

    Returns:
        The shifted day.
    """
    k = round(n)
    if unit == "D":
        return d + relativedelta(days=k)
    if unit in ("W", "WE"):
        return d + relativedelta(weeks=k)
    if unit == "FN":
        return d + relativedelta(weeks=2 * k)
    if unit == "M":
        return d + relativedelta(months=k)
    if unit == "Q":
        return d + relativedelta(months=3 * k)
    if unit == "H":
        return d + relativedelta(months=6 * k)
    if unit == "DE":
        return d + relativedelta(years=10 * k)
    if unit == "CE":
        return d + relativedelta(years=100 * k)
    return d + relativedelta(years=k)


def shift_point(p: Point, n: float, unit: str) -> Point:
    """Shift a point by ``n`` units, keeping its granularity."""
    if p.gran == "S":
        if unit == "Y":
            return Point(shift_day(p.day, n, "Y"), "S", p.season)
        return p
    return Point(shift_day(p.day, n, unit), p.gran)


def duration_value(n: float | None, unit: str) -> str:
    """Build a TimeML duration value.

    Args:
        n: The number of units, or ``None`` for an unspecified number (``X``).
        unit: A unit code from the vocabulary (``S`` is seconds, ``MI`` minutes, ``H``
            hours, ``D``, ``W``, ``M``, ``Q``, ``Y``, ``DE``, ``CE``, ``FN``, ``WE``).

    Returns:
        A value such as ``P2M``, ``PT30M``, ``P10Y`` or ``PXY``.
    """
    clock = unit in ("S", "MI", "H")
    letter = {"MI": "M", "DE": "Y", "CE": "Y", "FN": "W", "WE": "D"}.get(unit, unit)
    if n is None:
        num = "X"
    else:
        mult = {"DE": 10, "CE": 100, "FN": 2, "WE": 2}.get(unit, 1)
        val = n * mult
        if val != int(val):
            # a fraction goes into the next smaller unit: clock times as TimeML writes
            # them (PT5H30M, PT1M30S); calendar spans in one unit (P30M, not P2Y6M),
            # which event extraction reads as a single interval
            if letter == "H" and clock:
                return f"PT{int(val)}H{round((val - int(val)) * 60)}M"
            if letter == "M" and clock:
                return f"PT{int(val)}M{round((val - int(val)) * 60)}S" if int(val) else f"PT{round(val * 60)}S"
            if letter == "Y":
                return f"P{round(val * 12)}M"
            if letter == "D":
                return f"PT{round(val * 24)}H"
            if letter == "M":
                return f"P{round(val * 30)}D" if not clock else f"PT{round(val * 60)}S"
            num = str(val)
        else:
            num = str(int(val))
    return f"PT{num}{letter}" if clock else f"P{num}{letter}"


def easter_sunday(year: int) -> _dt.date:
    """Western (Gregorian) Easter Sunday of a year (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return _dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def us_election_day(year: int) -> _dt.date:
    """US Election Day: the Tuesday after the first Monday of November (2 to 8 November)."""
    nov1 = _dt.date(year, 11, 1)
    first_monday = nov1 + _dt.timedelta(days=(0 - nov1.weekday()) % 7)
    return first_monday + _dt.timedelta(days=1)
