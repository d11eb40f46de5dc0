"""Edit → Merge Selected Events offers the first selected event's title, date and place
first, as README says, whichever way the events were selected: a click on the held
10 November signing then Ctrl-clicks on two "(scheduled)" events offered the scheduled
title and "November 2026" first, the list's date order (verify30, fault 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from timeline_app.ui import prompts


def _click_row(window, qtbot, event_id: str, modifier=Qt.KeyboardModifier.NoModifier):
    table = window.event_list
    row = table.model().row_of(event_id)
    index = table.model().index(row, 1)
    table.scrollTo(index)
    rect = table.visualRect(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _offered(window, monkeypatch) -> list[str]:
    asked: list[list[str]] = []

    def ask(_parent, events, **_told):
        asked.append([e.id for e in events])
        return None

    monkeypatch.setattr(prompts, "ask_merge_choices", ask)
    window.merge_selected()
    assert asked
    return asked[0]


def test_ctrl_clicks_in_the_list_keep_the_order_of_the_clicks(window, qtbot, monkeypatch):
    events = window.document.timeline.events
    late, early, middle = events[-1].id, events[1].id, events[4].id
    _click_row(window, qtbot, late)
    _click_row(window, qtbot, early, Qt.KeyboardModifier.ControlModifier)
    _click_row(window, qtbot, middle, Qt.KeyboardModifier.ControlModifier)
    assert set(window.selection.event_ids) == {late, early, middle}
    assert window.selection.event_ids[0] == late
    assert _offered(window, monkeypatch) == [late, early, middle]


def test_shift_up_in_the_list_keeps_the_row_first_selected_first(window, qtbot, monkeypatch):
    events = window.document.timeline.events
    first, above = events[5].id, events[4].id
    _click_row(window, qtbot, first)
    QTest.keyClick(window.event_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert set(window.selection.event_ids) == {first, above}
    assert _offered(window, monkeypatch) == [first, above]


def test_ctrl_clicks_on_the_timeline_keep_their_order(window, monkeypatch):
    events = window.document.timeline.events
    late, early = events[-1].id, events[2].id
    view = window.view
    view.select_event(late)
    view._click_with_modifiers(early, shift=False)  # a Ctrl-click's toggle
    assert _offered(window, monkeypatch) == [late, early]


def test_a_row_taken_out_keeps_the_others_in_order(window, qtbot):
    events = window.document.timeline.events
    a, b, c = events[6].id, events[1].id, events[3].id
    _click_row(window, qtbot, a)
    for other in (b, c, b):  # the second Ctrl-click on b takes it out
        _click_row(window, qtbot, other, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.event_ids == (a, c)
