"""The status line's words about an undo step do not outlive the state they describe
(verify66 F17): after Ctrl+Z and a new Ctrl+→ move, the status bar still read "Undid:
Move … to 2020" while the event was shown at 2020 again."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication


def _message(window) -> str:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    return window.statusBar().currentMessage()


def test_a_new_step_takes_away_the_words_of_an_undo(window):  # type: ignore[no-untyped-def]
    event = window.document.timeline.events[0]
    window.selection.select(event.id)
    window.view.nudge_selection(1)  # Ctrl+→
    moved = window.document.timeline.get(event.id).date
    window.document.undo_stack.undo()
    assert _message(window).startswith("Undid: Move “")
    window.view.nudge_selection(1)  # the same move again: the undo's words are not true
    assert window.document.timeline.get(event.id).date == moved
    # (the move says its own words since verify89 F11, "Moved …", where it said nothing)
    assert _message(window).startswith("Moved “")
    window.document.undo_stack.undo()
    window.document.undo_stack.redo()
    assert _message(window).startswith("Redid: Move “")
    window.view.nudge_selection(1)
    assert _message(window).startswith("Moved “")


def test_a_steps_own_undo_words_go_with_the_next_step_others_stay(  # type: ignore[no-untyped-def]
        window):
    first, second = window.document.timeline.events[:2]
    window.selection.select(first.id)
    window.delete_selected()
    assert "Edit → Undo (Ctrl+Z) brings it back" in _message(window)
    window.selection.select(second.id)
    window.view.nudge_selection(1)  # Undo now takes back the move, not the delete
    assert _message(window).startswith("Moved “")  # (its own words: verify89 F11)
    window.statusBar().showMessage("Opened explainer.json", 10_000)
    moved = window.document.timeline.get(second.id)
    # a step that says nothing of itself: words of no step stay their time
    window.document.update_event(dataclasses.replace(moved, summary="Typed by hand."))
    assert _message(window) == "Opened explainer.json"
