"""Edit → Split Event…: an event that tells of two happenings becomes two, as one undo step
(verify29, fault 4, the other half of Merge Selected Events)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from timeline_app import io as timeline_io
from timeline_app.core.split import split_event
from timeline_app.document import Document
from timeline_app.paths import DEFAULT_TIMELINE, resource_path
from timeline_app.ui import prompts
from timeline_app.ui.split_event_dialog import SplitEventDialog

TWO = "trilateral-tokyo"  # two source sentences, three participants
ONE = "iwaya-seoul-visit"  # one sentence, one participant: nothing to split


@pytest.fixture
def document(qapp) -> Document:  # type: ignore[no-untyped-def]
    return Document(timeline_io.load(resource_path(DEFAULT_TIMELINE)))


def test_a_split_is_one_undo_step_that_gives_the_event_back(document):
    timeline = document.timeline
    before = list(timeline.events)
    event = timeline.get(TWO)
    kept, new = split_event(event, [0], [2], new_id="new-one")
    document.split_event(kept, new)
    assert document.undo_stack.count() == 1 and document.is_modified
    assert timeline.get(TWO) == kept and timeline.get("new-one") == new
    assert document.undo_stack.undoText().startswith("Split “Trilateral")
    document.undo_stack.undo()
    assert list(timeline.events) == before and not document.is_modified
    document.undo_stack.redo()
    assert timeline.get(TWO) == kept and timeline.get("new-one") == new


def test_a_split_refuses_a_taken_id(document):
    kept, new = split_event(document.timeline.get(TWO), [0], [], new_id=ONE)
    with pytest.raises(ValueError):
        document.split_event(kept, new)
    assert document.undo_stack.count() == 0


def test_enabled_on_one_event_with_something_to_split_else_it_says_why(window):
    action = window.split_action
    assert not action.isEnabled() and "select one event" in action.statusTip()
    window.selection.select(ONE)
    assert not action.isEnabled() and "nothing to split" in action.statusTip()
    window.selection.select(TWO)
    assert action.isEnabled() and "disabled" not in action.statusTip()
    window.selection.select_many([TWO, ONE])
    assert not action.isEnabled()
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions() and action.text() == "Split E&vent…"
    # an edit that gives the event a second participant enables it at once
    window.selection.select(ONE)
    event = window.document.timeline.get(ONE)
    window.document.update_event(dataclasses.replace(event, participants=("A", "B")))
    assert action.isEnabled()
    window.document.undo_stack.undo()
    assert not action.isEnabled()


def test_a_disabled_entry_says_why_when_the_pointer_is_on_it(window, qtbot):
    from PySide6.QtTest import QTest

    window.selection.select(ONE)
    menu = window.context_menu_for(ONE)
    assert window.split_action in menu.actions()
    menu.popup(window.mapToGlobal(QPoint(100, 100)))
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseMove(menu, menu.actionGeometry(window.split_action).center())
    qtbot.waitUntil(lambda: "nothing to split" in window.statusBar().currentMessage())
    menu.hide()
    menu.deleteLater()


def test_the_right_click_menu_offers_split_on_one_event_and_merge_on_two(window):
    texts = [a.text() for a in window.context_menu_for(TWO).actions()]
    assert "Split E&vent…" in texts and "Merge Selec&ted Events…" not in texts
    window.selection.select_many([TWO, ONE])
    texts = [a.text() for a in window.context_menu_for(TWO).actions()]
    assert "Split E&vent…" not in texts and "Merge Selec&ted Events…" in texts


def test_splitting_edits_the_new_event_selects_it_and_gives_the_keys_back(window,
                                                                          monkeypatch):
    edited = []

    def edit(_parent, _timeline, event, _date, heading):
        edited.append((event, heading))
        return dataclasses.replace(event, title="Wang Yi joins the talks")

    monkeypatch.setattr(prompts, "ask_split_choices", lambda _p, _e: ([0], [2]))
    monkeypatch.setattr(prompts, "edit_event", edit)
    timeline = window.document.timeline
    old = timeline.get(TWO)
    window.event_list.setFocus()
    window.selection.select(TWO)
    window.split_action.trigger()
    (new, heading), = edited
    assert heading == "Split off event" and new.title == old.title  # a copy at first
    new_id = window.selection.event_id
    assert new_id != TWO and timeline.get(new_id).title == "Wang Yi joins the talks"
    assert timeline.get(new_id).participants == ("Wang Yi",)
    assert timeline.get(TWO).participants == ("Cho Tae-yul", "Takeshi Iwaya")
    assert len(timeline.get(TWO).evidence) == 1
    assert "Split “Trilateral" in window.statusBar().currentMessage()
    assert window.focusWidget() is window.view  # the keys back on the timeline
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert new_id not in timeline and timeline.get(TWO) == old


@pytest.mark.parametrize("cancel_at", ["dialog", "editor"])
def test_cancel_leaves_no_trace(window, monkeypatch, cancel_at):
    monkeypatch.setattr(prompts, "ask_split_choices",
                        lambda *_a: None if cancel_at == "dialog" else ([1], []))
    monkeypatch.setattr(prompts, "edit_event", lambda *_a, **_k: None)
    window.selection.select(TWO)
    assert not window.split_selected()
    assert window.document.undo_stack.count() == 0


def test_nothing_to_split_is_said_not_asked(window, monkeypatch):
    monkeypatch.setattr(prompts, "ask_split_choices",
                        lambda *_a: pytest.fail("asked with nothing to split"))
    window.selection.select(ONE)
    assert not window.split_selected()
    assert "nothing to split" in window.statusBar().currentMessage()


def test_the_dialog_is_used_by_keys(qtbot, document):
    from PySide6.QtTest import QTest

    dialog = SplitEventDialog(document.timeline.get(TWO))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):  # (Alt shortcuts need an active window)
        dialog.activateWindow()
    assert dialog.sentence_list.count() == 2 and dialog.participant_list.count() == 3
    assert not dialog.ok_button.isEnabled()  # nothing checked
    assert "Nothing is checked" in dialog.findChild(QLabel, "splitState").text()
    qtbot.waitUntil(lambda: dialog.sentence_list.hasFocus())
    QTest.keyClick(dialog.sentence_list, Qt.Key.Key_Down)
    QTest.keyClick(dialog.sentence_list, Qt.Key.Key_Space)
    assert dialog.choices() == ([1], []) and dialog.ok_button.isEnabled()
    QTest.keyClick(dialog.sentence_list, Qt.Key.Key_A,
                   Qt.KeyboardModifier.AltModifier)  # P&articipants
    assert dialog.participant_list.hasFocus()
    QTest.keyClick(dialog.participant_list, Qt.Key.Key_End)
    QTest.keyClick(dialog.participant_list, Qt.Key.Key_Space)
    assert dialog.choices() == ([1], [2])
    assert "1 source sentence and 1 participant" in dialog.state.text()
    QTest.keyClick(dialog.participant_list, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks after a flash
    assert dialog.result() == SplitEventDialog.DialogCode.Accepted


def test_the_dialog_refuses_everything_checked(qtbot, document):
    event = document.timeline.get(TWO)
    dialog = SplitEventDialog(event)
    qtbot.addWidget(dialog)
    for box in (dialog.sentence_list, dialog.participant_list):
        for row in range(box.count()):
            box.item(row).setCheckState(Qt.CheckState.Checked)
    assert not dialog.ok_button.isEnabled()
    assert "Everything is checked" in dialog.state.text()


def test_an_event_with_only_participants_shows_only_their_list(qtbot):
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate

    event = Event("p", "Two people <b>met</b>", FuzzyDate.of_day(dt.date(2025, 1, 1)),
                  participants=("A", "B"))
    dialog = SplitEventDialog(event)
    qtbot.addWidget(dialog)
    assert dialog.sentence_list.isHidden() and not dialog.participant_list.isHidden()
    note = dialog.findChild(QLabel, "splitNote")
    assert note.textFormat() == Qt.TextFormat.PlainText and "<b>met</b>" in note.text()


def test_a_new_event_put_in_a_new_lane_is_one_undo_step_with_the_lane_order(window,
                                                                             monkeypatch):
    monkeypatch.setattr(prompts, "ask_split_choices", lambda _p, _e: ([1], []))
    monkeypatch.setattr(prompts, "edit_event", lambda _p, _t, event, *_a, **_k:
                        dataclasses.replace(event, category="Summit"))
    lanes_before = window.legend_bar.categories()
    order_before = list(window.document.timeline.lane_order)
    window.selection.select(TWO)
    assert window.split_selected()
    assert window.document.undo_stack.count() == 1
    assert window.document.timeline.lane_order[-1] == "Summit"
    window.document.undo_stack.undo()
    assert list(window.document.timeline.lane_order) == order_before
    assert window.legend_bar.categories() == lanes_before
