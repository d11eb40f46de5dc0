"""A time of day in the editor, the details, the event list and the view (session 36,
edit33): typed after the day, changed and cleared through ``Document`` (one undo step
each), said wherever the date is said, and placed within its day on the timeline."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from timeline_app.core import FuzzyDate
from timeline_app.core.clock import ClockTime
from timeline_app.ui.detail_pane import date_line
from timeline_app.ui.event_editor import EventEditor

TOKYO = FuzzyDate.of_ymd(2025, 3, 22)


def _edit(window, qtbot, event_id: str, text: str):  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    editor = EventEditor(timeline, timeline.get(event_id))
    qtbot.addWidget(editor)
    editor.date_edit.setText(text)
    qtbot.waitUntil(editor.is_valid)
    edited = editor.edited_event()
    assert edited is not None
    window.document.update_event(edited)
    return window.document.timeline.get(event_id)


def _tokyo_id(window) -> str:  # type: ignore[no-untyped-def]
    (event,) = [e for e in window.document.timeline
                if e.date == TOKYO and "bilateral" in e.title.lower()]
    return event.id


def test_a_time_is_typed_changed_and_cleared_each_one_undo_step(window, qtbot):
    event_id = _tokyo_id(window)
    stack = window.document.undo_stack
    timed = _edit(window, qtbot, event_id, "22 March 2025 10:00")
    assert timed.date == TOKYO.with_time(ClockTime(10, 0))
    # The editor opens with the time, as it is said: the wire desk's correction is a retype.
    editor = EventEditor(window.document.timeline, timed)
    qtbot.addWidget(editor)
    assert editor.date_edit.text() == "22 March 2025, 10:00"
    assert editor.date_words.text().startswith(
        "22 March 2025, 10:00 — a time of day, to the minute")
    changed = _edit(window, qtbot, event_id, "22 March 2025, 10:30")
    assert changed.date == TOKYO.with_time(ClockTime(10, 30))
    cleared = _edit(window, qtbot, event_id, "22 March 2025")
    assert cleared.date == TOKYO
    stack.undo()
    assert window.document.timeline.get(event_id).date == TOKYO.with_time(ClockTime(10, 30))
    stack.undo()
    assert window.document.timeline.get(event_id).date == TOKYO.with_time(ClockTime(10, 0))
    stack.undo()
    assert window.document.timeline.get(event_id).date == TOKYO


def test_the_details_and_the_event_list_say_the_time(window, qtbot):
    event_id = _tokyo_id(window)
    event = _edit(window, qtbot, event_id, "22 March 2025, 10:30 UTC+09:00")
    assert date_line(event) == "22 March 2025, 10:30 UTC+09:00 (minute)"
    window.selection.select(event_id)
    qtbot.waitUntil(lambda: "10:30" in window.detail_pane.plain_text())
    model = window.event_list.model()
    rows = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert "22 March 2025, 10:30 UTC+09:00" in rows


def test_a_days_events_are_listed_and_stepped_through_by_time(window, qtbot):
    timeline = window.document.timeline
    day_events = [e for e in timeline.events if e.date == TOKYO]
    assert len(day_events) >= 2
    first, second = day_events[0], day_events[1]
    # The later-listed one at 09:00 and the first at 15:00: their order follows the times.
    window.document.update_event(dataclasses.replace(
        second, date=TOKYO.with_time(ClockTime(9, 0))))
    window.document.update_event(dataclasses.replace(
        first, date=TOKYO.with_time(ClockTime(15, 0))))
    ids = [e.id for e in window.document.timeline.events]
    assert ids.index(second.id) < ids.index(first.id)


def test_at_a_days_zoom_a_timed_event_sits_at_its_time(window, qtbot):
    event_id = _tokyo_id(window)
    _edit(window, qtbot, event_id, "22 March 2025, 18:00")
    view = window.view
    first = dt.date(2025, 3, 22).toordinal()
    view.show_range(first, first + 1)
    qtbot.waitUntil(lambda: view.marker_rect(event_id).isValid())
    mapping = view.mapping()
    at = view.marker_rect(event_id).center().x()
    assert abs(at - mapping.x_of_day(first + 18 / 24)) < 3  # 18:00, not the day's middle
    # An untimed event of the same day stays at the day's middle.
    others = [e.id for e in window.document.timeline
              if e.date == TOKYO and view.marker_rect(e.id).isValid()]
    assert others
    assert abs(view.marker_rect(others[0]).center().x() - mapping.x_of_day(first + 0.5)) < 3


def test_point_day_is_the_middle_of_the_day_or_its_time() -> None:
    from timeline_app.core import Event
    from timeline_app.ui.scale import point_day

    start = TOKYO.start_day()
    assert point_day(Event("a", "a", TOKYO), start) == start + 0.5
    assert point_day(Event("b", "b", TOKYO.with_time(ClockTime(18, 0))), start) == pytest.approx(
        start + (18 * 60 + 0.5) / 1440)
    assert point_day(Event("c", "c", TOKYO.with_time(ClockTime(10))), start) == pytest.approx(
        start + 10.5 / 24)


def test_a_day_across_the_window_has_hour_ticks() -> None:
    """The axis names the hours a timed event stands between (edit33): at ~900 px a day,
    ticks every 3 hours under the day's name; at 100 px a day, days as before."""
    from timeline_app.ui.axis import axis_ticks

    first = TOKYO.start_day()
    ticks = axis_ticks(first, first + 1.2, 914.0)
    assert ticks.unit == "3 hours"
    assert [(t.day - first, t.label) for t in ticks.minor[:3]] == [
        (0.125, "03:00"), (0.25, "06:00"), (0.375, "09:00")]
    assert [t.label for t in ticks.major] == ["22 March 2025", "23 March 2025"]
    assert axis_ticks(first, first + 9, 100.0).unit == "day"
