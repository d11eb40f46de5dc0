"""What the first view and Fit All show after an import and on a timeline of two busy
periods (verify51, a teacher's Korean War timeline at 2560×1440, 150 %; her file is
``fit_cases/korea_verify51.json``).

F20: a merge-only import of one event, and a one-event timeline (verify50), were shown
as one day across the window with its hours ("03:00 06:00 09:00"); a date without a time
of day is now shown among its month (``FIT_LEAST_DAYS``), an event with a time still at
its hours.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fit_case_shown import fit_case_shown
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import ClockTime, Precision
from timeline_app.ui.view_base import FIT_WAYS_READABLE_PX, MIN_LABEL_PX


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


# F9: Fit All (the start view) of her timeline: 20 events of 1945-1954, three of 2018
# between a "≈ 63 years" and a "≈ 6 years" band, four of 2025-2026 after it.  Her window
# at 150 % (1920×1220 and maximized 2560×1410, so 1280×813 and 1707×940 logical), and the
# same with the Filters dock open (F21: opening a dock re-fitted the view worse).
KOREA = Path(__file__).parent / "fit_cases" / "korea_verify51.json"
PRESENT_DAY = dt.date(2018, 1, 1).toordinal()  # (day numbers: ``date.toordinal``)


def _korea(window, size: tuple[int, int], dock: bool = False) -> Timeline:  # type: ignore[no-untyped-def]
    return fit_case_shown(window, KOREA, size, dock)


@pytest.mark.parametrize(("size", "dock"), [((1280, 813), False), ((1707, 940), False),
                                            ((1707, 940), True), ((1920, 1080), False)])
def test_fit_all_reads_the_titles_of_each_busy_period(window, size, dock):  # type: ignore[no-untyped-def]
    """Before: the 2018 titles read "M…", "Moon…" (22-45 px) or "Moon Jae-in…" and the
    2026 ones "Lee…", "North…", "Unifica…", while 1955-1958 and 2026-2032 were empty."""
    view = window.view
    timeline = _korea(window, size, dock)
    width = view.viewport().width()
    for event in timeline.events:
        start, _stop = event.day_range()
        if start < PRESENT_DAY:
            continue
        assert view.has_item(event.id), event.title
        rect = view.label_rect(event.id)
        text = view.label_text(event.id)
        # Whole, or shortened no narrower than a few words ("Moon and Kim…").
        assert text == event.title or rect.width() >= FIT_WAYS_READABLE_PX - 5, (text, rect)
        assert rect.left() >= 0 and rect.right() <= width + 1, (text, rect)


@pytest.mark.parametrize("size", [(1280, 813), (1707, 940)])
def test_an_imports_newest_events_have_room_for_their_titles(window, size):  # type: ignore[no-untyped-def]
    """F8: the view of an import's events (``fit_days``, as ``MainWindow`` gives it) put
    the news article's 27 April 2026 events at the view's right edge (x 1284 of 1301),
    their titles flipped left and cut to "North fires two short-range…" at 874 px.

    verify57 F19: room after them is for titles that do not read whole without it; a
    title whole left of its marker (its row free there) needs none, so at 1707×940 the
    view ends a margin after 27 April 2026 with the three titles whole on its left, not
    in December 2027 with one cut to "Eighth anniversary of the 2018 Panmunjom…"."""
    view = window.view
    timeline = _korea(window, size)
    news = [e for e in timeline.events if e.day_range()[0] >= PRESENT_DAY]
    view.fit_days(min(e.day_range()[0] for e in news), max(e.day_range()[1] for e in news))
    QApplication.processEvents()
    width = view.viewport().width()
    newest = [e for e in news if e.day_range()[0] == max(n.day_range()[0] for n in news)]
    for event in newest:
        x = view.x_of_day(event.day_range()[0] + 0.5)
        rect = view.label_rect(event.id)
        text = view.label_text(event.id)
        assert x < width and rect.left() >= 0 and rect.right() <= width, (text, rect, x)
        if rect.left() < x:  # left of its marker: whole (verify57 F19)
            assert text == event.title, (text, rect, x)
            continue
        assert x < width - FIT_WAYS_READABLE_PX, (event.title, x, width)
        assert text == event.title or rect.width() >= MIN_LABEL_PX, (text, rect)


def test_the_whole_timeline_picture_keeps_the_windows_bands_with_every_title_whole(window):  # type: ignore[no-untyped-def]
    """F14: her PNG and PDF of the whole timeline were drawn on a linear axis (the bands
    cut 6 titles at 1 400 px, the linear axis none): 1945-1954, the lesson's subject, in
    the left sixth, 1955-2017 empty.  The window draws her timeline with bands; the
    picture keeps them, wider, with every title whole."""
    from timeline_app.ui.export_picture import WHOLE_TIMELINE_SIZE, whole_timeline_view

    timeline = _korea(window, (1707, 940))
    picture = whole_timeline_view(window.document)
    try:
        assert picture.has_gap_bands()
        assert picture.titles_not_whole() == 0
        width = picture.viewport().width()
        assert width <= 1.5 * WHOLE_TIMELINE_SIZE.width()
        war = [e for e in timeline.events if e.day_range()[0] < PRESENT_DAY]
        first = min(e.day_range()[0] for e in war)
        last = max(e.day_range()[1] for e in war)
        # (linear: ~185 of 1 384 px)
        assert picture.x_of_day(last) - picture.x_of_day(first) > width / 4
    finally:
        picture.deleteLater()
