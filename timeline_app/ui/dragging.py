"""What dragging an event in the timeline view does to its dates, as pure functions.

Qt-free, so that snapping is unit-tested without a display.  A drag is measured in
days (the day under the mouse now minus the day under it at the press; the view's
scale turns pixels into days, across any collapsed break), and the date moves by
whole steps of its own precision (``FuzzyDate.moved``): a day by days, a month by
months, a part of a year by parts of its own kind (late 2024 -> early 2025, Q4 -> Q1),
a year or a decade by years or decades.  So a "March 2025"
event dragged a fortnight stays in March, and dragged five weeks becomes "April 2025".
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.dates import PART_SERIES, Precision
from timeline_app.core.weeks import WEEK_DAYS, told_week

__all__ = ["DragMode", "STEP_DAYS", "dragged_event", "nudged_event", "snapped", "step_days"]

DragMode = Literal["move", "end"]

#: The mean length of one step of each precision, in days (Gregorian year: 365.2425 d).
STEP_DAYS: dict[Precision, float] = {
    Precision.DAY: 1.0,
    Precision.MONTH: 365.2425 / 12,
    # A third of a year (early/mid/late); other parts: ``step_days``.
    Precision.PART_OF_YEAR: 365.2425 / 3,
    Precision.YEAR: 365.2425,
    Precision.DECADE: 3652.425,
}


_PARTS_A_YEAR = {part: len(series) for series in PART_SERIES for part in series}


def step_days(date: FuzzyDate) -> float:
    """The mean length of one step of ``date``'s own precision, in days: a part of a year
    steps by its own kind (a third, a quarter, a half or a season of 365.2425 days), the
    early, mid or late part of a month or a decade (``mod``) by a third of it
    (``FuzzyDate.moved``)."""
    if date.precision is Precision.PART_OF_YEAR and date.part in _PARTS_A_YEAR:
        return 365.2425 / _PARTS_A_YEAR[date.part]
    if date.mod is not None:
        return STEP_DAYS[date.precision] / 3
    return STEP_DAYS[date.precision]


def snapped(date: FuzzyDate, delta_days: float, by_end: bool = False) -> FuzzyDate | None:
    """``date`` moved by the whole number of its own steps that comes closest to
    ``delta_days`` days.

    Args:
        date: The date being dragged.
        delta_days: How far the mouse moved, in days (negative: earlier).
        by_end: Measure by the date's end rather than its start (dragging a span's end).

    Returns:
        The moved date (``date`` itself for no whole step), or ``None`` if every candidate
        step would leave 9999 BC - AD 9999.
    """
    unit = step_days(date)
    estimate = round(delta_days / unit)
    if estimate == 0 and abs(delta_days) < unit / 2:
        return date
    anchor = date.end_day() if by_end else date.start_day()
    target = anchor + delta_days
    best: FuzzyDate | None = None
    best_distance = float("inf")
    # Months differ in length: the estimate may be one step off; look at its neighbours.
    for steps in (estimate - 1, estimate, estimate + 1):
        moved = date if steps == 0 else date.moved(steps)
        if moved is None:
            continue
        distance = abs((moved.end_day() if by_end else moved.start_day()) - target)
        if distance < best_distance:
            best, best_distance = moved, distance
    return best


def nudged_event(event: Event, steps: int) -> Event | None:
    """The event moved by ``steps`` steps of its date's own precision (Ctrl+Left /
    Ctrl+Right: the keyboard's drag); an end moves by as many days, snapped to its own
    precision; a week an article named (``core.weeks.told_week``) by weeks, Monday to
    Sunday kept (by a day it became "24–30 November 2026", Tuesday to Monday: verify63
    F6).  ``None`` when a date would leave 9999 BC - AD 9999."""
    if told_week(event):
        return _moved_by_weeks(event, steps)
    return dragged_event(event, steps * step_days(event.date), "move")


def _moved_by_weeks(event: Event, weeks: int) -> Event | None:
    """``event`` (a week: ``told_week``) with its date and end ``weeks`` weeks later (or
    earlier), or ``None`` past 9999 BC - AD 9999."""
    end = event.end
    assert end is not None
    days = weeks * WEEK_DAYS
    first = FuzzyDate.of_day_number(event.date.start_day() + days, event.date.circa)
    last = FuzzyDate.of_day_number(end.start_day() + days, end.circa)
    if first is None or last is None:
        return None
    return dataclasses.replace(event, date=first, end=last)


def dragged_event(event: Event, delta_days: float, mode: DragMode) -> Event | None:
    """The event as it would be after a drag of ``delta_days`` days.

    ``"move"`` moves the date (and the end, if any, each by its own precision), keeping
    the event's length.  ``"end"`` moves the end of a span: an event without an end gets
    one (a month event dragged by its right edge two months becomes "March - May");
    dragging the end back to or before the date's own end removes it.

    Returns:
        The edited copy (equal to ``event`` when nothing changes), or ``None`` when the
        drag would take a date outside 9999 BC - AD 9999.
    """
    if mode == "move" and told_week(event):  # (by weeks, as ``nudged_event``)
        weeks = round(delta_days / WEEK_DAYS)
        return _moved_by_weeks(event, weeks) if weeks else event
    if mode == "move":
        date = snapped(event.date, delta_days)
        if date is None:
            return None
        end = event.end
        if end is not None:
            end = snapped(end, delta_days)
            if end is None:
                return None
        return dataclasses.replace(event, date=date, end=end)
    base = event.end if event.end is not None else event.date
    end = snapped(base, delta_days, by_end=True)
    if end is None:
        return None
    if end.end_day() <= event.date.end_day():
        return dataclasses.replace(event, end=None)
    return dataclasses.replace(event, end=end)
