"""After an undo or redo the events it changed stay selected (trial 7: select an event,
edit it, add one, Ctrl+Z twice: nothing was selected and the details showed the summary)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt


def _munich(window) -> str:  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    return next(e.id for e in timeline.events if e.title == "Cho and Iwaya meet in Munich")


def test_undoing_an_edit_and_an_addition_leaves_the_edited_event_selected(
        window, qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    munich = _munich(window)
    window.selection.select(munich)

    def rename(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, " (edited)")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = rename
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert window.document.timeline.get(munich).title.endswith("(edited)")

    def add(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Envoys meet")
        qtbot.keyClicks(dialog.date_edit, "June 2025")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = add
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    added = window.selection.event_id
    assert added != munich and window.document.timeline.get(added).title == "Envoys meet"

    stack = window.document.undo_stack
    stack.undo()  # the addition: the event selected before it is selected again
    assert added not in window.document.timeline
    assert window.selection.event_id == munich
    stack.undo()  # the edit: its event stays selected
    assert window.selection.event_id == munich
    assert window.detail_pane.isVisible()
    assert window.document.timeline.get(munich).title == "Cho and Iwaya meet in Munich"
    stack.redo()  # the edit again
    assert window.selection.event_id == munich
    stack.redo()  # the addition again: the added event is selected
    assert window.selection.event_id == added


def test_an_undo_selects_the_events_it_changed_and_keeps_the_current_one(window):  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    ids = window.view.event_ids()
    moved = [timeline.get(i) for i in ids[:2]]
    window.document.update_events(
        [dataclasses.replace(e, title=e.title + "!") for e in moved], "Rename two")
    window.selection.select(ids[5])
    window.document.undo_stack.undo()
    assert set(window.selection.event_ids) == set(ids[:2])
    window.selection.select_many(ids[:2], ids[1])
    window.document.undo_stack.redo()
    assert window.selection.event_id == ids[1]


def test_undoing_a_change_of_properties_keeps_the_selection(window):  # type: ignore[no-untyped-def]
    ids = window.view.event_ids()
    window.selection.select(ids[3])
    window.document.set_properties("Renamed", "")
    window.document.undo_stack.undo()
    assert window.selection.event_id == ids[3]


def test_opening_another_timeline_selects_nothing_from_the_old_stack(window):  # type: ignore[no-untyped-def]
    ids = window.view.event_ids()
    window.selection.select(ids[3])
    window.document.remove_event(ids[3])
    window.document.replace_timeline(window.document.timeline.__class__(), None)
    assert window.selection.event_ids == ()


def test_an_undone_delete_gives_the_selection_back_in_the_order_picked(window):  # type: ignore[no-untyped-def]
    """verify53 F3: three events picked in the Events list (the first, then two later
    ones), Delete, Ctrl+Z: they came back selected last first, so a Merge right after
    kept the last one picked.  The order picked (and the current one) come back."""
    ids = window.view.event_ids()
    picked = (ids[1], ids[4], ids[6])
    window.selection.select_many(picked, ids[6])
    window.delete_action.trigger()
    assert not window.document.timeline.present(picked)
    window.document.undo_stack.undo()
    assert window.selection.event_ids == picked
    assert window.selection.event_id == ids[6]
