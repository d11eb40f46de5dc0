"""Ctrl+Z in the find bar after an edit (verify33 F7): an event edited from a match (Ctrl+F,
type, Return, F2, OK) leaves the focus back in the find field; Ctrl+Z there undid the
field's typing (the search went back to the previous words) and left the edit, with no
"Undid" message.  The field undoes its own typing only while that typing is the last
thing done; after a change to the timeline Ctrl+Z (and Ctrl+Y) is Edit → Undo (Redo)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def _search(window, qtbot, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, text)


def test_ctrl_z_in_the_find_field_after_an_edit_undoes_the_edit(window, qtbot):
    field = window.find_bar.field
    _search(window, qtbot, "munich")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    event_id = window.selection.event_id
    before = window.document.timeline.get(event_id)
    # as the editor's OK does: one command, then the focus back where it was
    window.document.update_event(dataclasses.replace(before, title="Cho and Iwaya in Munich"))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert window.document.timeline.get(event_id).title == before.title
    assert field.text() == "munich"
    qtbot.keyClick(field, Qt.Key.Key_Y, CTRL)  # and Redo redoes it
    assert window.document.timeline.get(event_id).title == "Cho and Iwaya in Munich"
    assert field.text() == "munich"


def test_ctrl_z_while_typing_in_the_find_field_undoes_the_typing(window, qtbot):
    field = window.find_bar.field
    index = window.document.undo_stack.index()
    window.document.update_event(dataclasses.replace(
        window.document.timeline.get(window.view.event_ids()[0]), title="Edited first"))
    _search(window, qtbot, "tokyo")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() != "tokyo"  # the typing went
    assert window.document.undo_stack.index() == index + 1  # the edit stays
