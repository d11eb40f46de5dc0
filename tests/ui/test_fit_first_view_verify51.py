"""What the first view and Fit All show after an import and on a timeline of two busy
periods (verify51, a teacher's Korean War timeline at 2560×1440, 150 %).

F20: a merge-only import of one event, and a one-event timeline (verify50), were shown
as one day across the window with its hours ("03:00 06:00 09:00"); a date without a time
of day is now shown among its month (``FIT_LEAST_DAYS``), an event with a time still at
its hours.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import ClockTime, Precision


def _shown(window, events: list[Event]):  # type: ignore[no-untyped-def]
    timeline = Timeline(title="One day")
    for event in events:
        timeline.add(event)
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    first, last = view.visible_days()
    return view, last - first


def test_one_day_event_alone_is_shown_among_its_month_not_its_hours(window):  # type: ignore[no-untyped-def]
    date = FuzzyDate.from_iso("1954-07-27", Precision.DAY)
    _view, days = _shown(window, [Event("e1", "Geneva Conference", date)])
    assert 28 <= days <= 60, days  # (before: 1.05 days, the axis in hours)


def test_a_year_event_alone_is_shown_as_its_year(window):  # type: ignore[no-untyped-def]
    date = FuzzyDate.from_iso("1954", Precision.YEAR)
    _view, days = _shown(window, [Event("e1", "Geneva Conference", date)])
    assert 365 <= days <= 800, days


def test_an_event_with_a_time_of_day_is_still_shown_at_its_hours(window):  # type: ignore[no-untyped-def]
    date = FuzzyDate.from_iso("1954-07-27", Precision.DAY).with_time(ClockTime(10, 0))
    _view, days = _shown(window, [Event("e1", "Armistice signed", date)])
    assert days < 2, days


def test_a_merge_only_import_of_one_day_shows_its_month(window):  # type: ignore[no-untyped-def]
    """The view an import gives its events (``MainWindow._import_reviewed``:
    ``fit_days`` of their days) of a single day without a time of day."""
    timeline = Timeline(title="Korea")
    for index, value in enumerate(("1950-06-25", "1953-07-27", "2018-04-27")):
        timeline.add(Event(f"e{index}", f"Event {index}",
                           FuzzyDate.from_iso(value, Precision.DAY)))
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    view = window.view
    start, stop = timeline.get("e1").day_range()
    view.fit_days(start, stop)
    QApplication.processEvents()
    first, last = view.visible_days()
    assert 28 <= last - first <= 60, last - first
    assert first < start and stop < last
