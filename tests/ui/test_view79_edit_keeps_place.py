"""view79: the view keeps the reader's place after a delete, a drag, an undo (verify81 F4,
verify80 F9's second half).

verify81 F4: at Fit All on an imported timeline (one event of a month in 2024, one of a
summer in 2025 alone in its lane, four of November and December 2025), deleting the
summer event rebuilt the lanes, found a new band and kept the middle day and zoom across
it: the view became July 2023 - October 2026, the four events piled at the band.  Ctrl+0
then gave the lone month half the width.  verify80 F9: moving "c. 1650" to "c. 1659" on a
view the reader had placed moved the band's edge, and the view jumped; Undo jumped again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision


def _date(value: str, precision: str = "day", circa: bool = False,
          part: str | None = None) -> FuzzyDate:
    return FuzzyDate.from_iso(value, Precision(precision), part=part, circa=circa)


def _talks() -> Timeline:
    """My own story of the same shape as verify81's: a month, a summer alone in its lane,
    four events of November-December."""
    timeline = Timeline(title="Lakeside talks")
    rows = [
        (_date("2024-05", "month"), "treaty", "Joint boundary panel is formed"),
        (_date("2025", "part_of_year", part="SU"), "dispute", "The talks break down"),
        (_date("2025-11-12"), "meeting", "Opening round of the lakeside talks"),
        (_date("2025-11-13"), "treaty", "Overnight communique on the boundary text"),
        (_date("2025-11-13"), "meeting", "Envoys join the second round of talks"),
        (_date("2025-12-03"), "treaty", "Envoys sign the boundary accord (scheduled)"),
    ]
    for index, (date, category, title) in enumerate(rows):
        timeline.add(Event(f"t{index}", title, date, category=category))
    return timeline


def _open(window, timeline: Timeline, width: int = 910, height: int = 600) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    QApplication.processEvents()
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()


def _days(view) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    return view.visible_days()


@pytest.mark.parametrize("width", [910, 1366])
def test_deleting_an_event_at_fit_all_keeps_the_days_shown(window, width):  # type: ignore[no-untyped-def]
    _open(window, _talks(), width)
    view = window.view
    before = _days(view)
    window.selection.select("t1")
    window.delete_selected()
    QApplication.processEvents()
    after = _days(view)
    # was: 10 July 2023 - 4 October 2026 for 21 March 2024 - 13 January 2026
    assert after == pytest.approx(before, abs=1.0)
    # The November events keep their places (they were piled at a band).
    assert view.x_of_day(dt.date(2025, 12, 3).toordinal()) > 0.8 * view.viewport().width()
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert _days(view) == pytest.approx(before, abs=1.0)


@pytest.mark.parametrize("width", [910, 1366])
def test_fit_all_gives_a_lone_month_less_width_than_the_story(window, width):  # type: ignore[no-untyped-def]
    timeline = _talks()
    timeline.remove("t1")
    _open(window, timeline, width)
    view = window.view
    month = timeline.get("t0").day_range()
    month_px = view.x_of_day(month[1]) - view.x_of_day(month[0])
    story_px = (view.x_of_day(dt.date(2025, 12, 4).toordinal())
                - view.x_of_day(dt.date(2025, 11, 12).toordinal()))
    # was: the month 31 days at the story's scale (~300 of 650 px), the story ~250
    assert month_px < 0.5 * story_px, (month_px, story_px)


def _history() -> Timeline:
    timeline = Timeline(title="Conference diplomacy")
    timeline.add(Event("old", "City leagues sign a trade pact", _date("1480", "year"),
                       category="treaty"))
    timeline.add(Event("h0", "Peace congress ends a long war", _date("1650", "year", circa=True),
                       category="treaty"))
    start = dt.date(1958, 11, 1)
    for index in range(12):
        day = start + dt.timedelta(days=900 * index)
        timeline.add(Event(f"h{index + 1}", f"Arms talks round {index + 1}",
                           _date(day.isoformat()), category="meeting"))
    return timeline


def test_moving_an_event_on_a_placed_view_keeps_the_days_shown(window):  # type: ignore[no-untyped-def]
    timeline = _history()
    _open(window, timeline, 1366, 768)
    view = window.view
    # The trial's view: zoomed into the centuries, their bands opened and drawn linearly.
    view.show_visible_days(dt.date(1591, 1, 1).toordinal(), dt.date(1696, 1, 1).toordinal(),
                           opened=[brk.empty_first for brk in view._breaks])
    QApplication.processEvents()
    before = _days(view)
    assert len(view.opened_breaks()) == 2
    moved = timeline.get("h0")
    window.document.update_event(dataclasses.replace(
        moved, date=_date("1659", "year", circa=True)), "Move")
    QApplication.processEvents()
    # was: the opened band's edge moved, it closed again, and 1591-1992 was shown
    assert _days(view) == pytest.approx(before, abs=1.0)
    assert len(view.opened_breaks()) == 2
    for step in (window.document.undo_stack.undo, window.document.undo_stack.redo):
        step()
        QApplication.processEvents()
        assert _days(view) == pytest.approx(before, abs=1.0), step
        assert len(view.opened_breaks()) == 2


# ------------------------------------------------------------------ verify80 F11
def _spring() -> Timeline:
    return Timeline.from_events([
        Event("forum", "Harbour forum opens", FuzzyDate.of_ymd(2025, 3, 22), category="meeting"),
        Event("fair", "Trade fair", FuzzyDate.of_month(2025, 2), category="meeting"),
        Event("tour", "Envoy's tour", FuzzyDate.of_ymd(2025, 4, 10), category="visit"),
    ], title="Spring 2025")


def test_a_drag_from_the_marker_of_an_event_not_selected_moves_it(shown_view):  # type: ignore[no-untyped-def]
    from view_mouse import drag, release

    view = shown_view(_spring(), size=(1100, 520))
    document = view._document
    first = view.visible_days()[0]
    start = view.marker_rect("forum").center()
    assert view.selected_event_id() == ""
    target_x = view.x_of_day(FuzzyDate.of_ymd(2025, 3, 29).start_day() + 0.5)
    drag(view, start, QPointF(target_x, start.y()))
    # was: the view panned, no date beside the mouse (only a selected event moved)
    assert view.drag_preview_text() == "29 March 2025"
    release(view, QPointF(target_x, start.y()))
    assert document.timeline.get("forum").date == FuzzyDate.of_ymd(2025, 3, 29)
    assert document.undo_stack.count() == 1  # one step
    assert view.selected_event_id() == "forum"
    assert view.visible_days()[0] == pytest.approx(first)  # no pan
    document.undo_stack.undo()
    assert document.timeline.get("forum").date == FuzzyDate.of_ymd(2025, 3, 22)


def test_a_press_on_a_marker_moved_less_than_a_drag_selects_and_moves_nothing(shown_view):  # type: ignore[no-untyped-def]
    from view_mouse import drag, release

    view = shown_view(_spring(), size=(1100, 520))
    start = view.marker_rect("tour").center()
    small = QPointF(start.x() + QApplication.startDragDistance() - 2, start.y())
    drag(view, start, small, steps=2)
    assert view.drag_preview() is None
    release(view, small)
    assert view.selected_event_id() == "tour"
    assert view._document.undo_stack.count() == 0
