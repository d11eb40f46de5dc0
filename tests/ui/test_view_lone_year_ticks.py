"""A year-dated event alone in its stretch keeps its months on the axis unless a break
compresses its days (verify41, finding 3).

A historian's timeline of years (96 BC ... AD 224, 1618 ... 1815): Go to Date "53 BC",
"1697" or "March 53 BC" showed the year's label and nothing under it: no month, no day.
``_without_lone_ticks`` dropped the day and month ticks inside every year alone in its
stretch (``_lone_coarse``), which is right only for the one year ``find_breaks``
compresses with the gap beside it (verify31, finding 7: "Jan", "Feb", "Mar" beside a
squeezed bar said it was of those months); in a history of years nearly every year is
alone, and most are drawn at full scale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision


def _minor_days_within(view: Any, first: float, last: float) -> list[float]:
    return [tick.day for segment in view._axis_segments() if segment.ticks is not None
            for tick in segment.ticks.minor if first < tick.day < last]


def _show(window: Any, timeline: Timeline) -> Any:
    window.resize(1280, 800)
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    return window.view


def test_a_year_drawn_at_full_scale_keeps_its_months(window: Any) -> None:
    timeline = Timeline(title="Westphalia to Vienna")
    timeline.add(Event("a", "Treaty of Ryswick", FuzzyDate.of_year(1697), category="treaty"))
    timeline.add(Event("b", "Treaty of Paris",
                       FuzzyDate.from_iso("1814-05-30", Precision.DAY), category="treaty"))
    view = _show(window, timeline)
    lone = timeline.events[0]
    start, stop = lone.day_range()
    view.go_to_date(start + 182, 365)
    QApplication.processEvents()
    # The year is drawn at its own scale here: its months are marked (on main: none).
    assert view.x_of_day(stop) - view.x_of_day(start) > 0.5 * view.viewport().width()
    assert len(_minor_days_within(view, start, stop)) >= 11


def test_a_year_a_break_squeezes_still_marks_no_month(window: Any) -> None:
    """verify31's case stays as it was: the lone 2009 far before a story of months is
    compressed with its band, and no month is marked inside it."""
    timeline = Timeline(title="Mackerel talks")
    timeline.add(Event("y", "Iceland sets a quota", FuzzyDate.of_year(2009), category="dispute"))
    for index, day in enumerate(("2026-10-12", "2026-11-04", "2026-11-19", "2026-11-30")):
        timeline.add(Event(f"s{index}", f"Round {index}",
                           FuzzyDate.from_iso(day, Precision.DAY), category="meeting"))
    view = _show(window, timeline)
    view.fit_all()
    QApplication.processEvents()
    start, stop = timeline.get("y").day_range()
    assert _minor_days_within(view, start, stop) == []
