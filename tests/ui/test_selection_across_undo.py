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


def test_undo_and_redo_of_a_move_to_lane_give_back_the_whole_selection(window):  # type: ignore[no-untyped-def]
    """verify60 F10: 501 events selected, Move to Lane → Summit ("Move 498 events": 3
    were in Summit already), Ctrl+Z: 498 stayed selected, the 3 dropped out.  Undo and
    redo give back the selection the step was made with, its current one current."""
    picked = ("munich-meeting", "iwaya-seoul-visit", "trilateral-tokyo", "sado-memorial-boycott")
    window.selection.select_many(picked, "iwaya-seoul-visit")
    assert window.document.move_events_to_lane(list(picked), "meeting")
    assert window.document.undo_stack.undoText() == "Move 2 events to lane Meeting"
    window.selection.select("normalization-1965")  # (something else meanwhile)
    stack = window.document.undo_stack
    stack.undo()
    assert window.document.timeline.get("iwaya-seoul-visit").category == "visit"
    assert window.selection.event_ids == picked
    assert window.selection.event_id == "iwaya-seoul-visit"
    window.selection.select("normalization-1965")
    stack.redo()
    assert window.selection.event_ids == picked
    assert window.selection.event_id == "iwaya-seoul-visit"


def test_a_step_on_other_events_than_those_picked_still_selects_what_it_changed(window):  # type: ignore[no-untyped-def]
    """Only a step whose events were all among those picked gives the selection back:
    an edit of events outside it selects the events edited, as before."""
    timeline = window.document.timeline
    window.selection.select_many(["munich-meeting", "trilateral-tokyo"])
    edited = [timeline.get("normalization-1965"), timeline.get("munich-meeting")]
    window.document.update_events(
        [dataclasses.replace(e, title=e.title + "!") for e in edited], "Rename two")
    window.document.undo_stack.undo()
    assert set(window.selection.event_ids) == {"normalization-1965", "munich-meeting"}


def test_undo_of_a_lane_rename_gives_back_the_selection_not_the_lane(window):  # type: ignore[no-untyped-def]
    """verify60 F20: Ctrl+Z of Rename Lane Statement selected the lane's 12 433 events
    (Details: "Delete removes all 12433").  Undo and redo of a rename or a merge of
    lanes give back what was selected when it was made (here one event of another lane;
    then nothing)."""
    stack = window.document.undo_stack
    window.selection.select("normalization-1965")
    assert window.document.rename_lane("meeting", "Summits")
    stack.undo()
    assert window.document.timeline.get("munich-meeting").category == "meeting"
    assert window.selection.event_ids == ("normalization-1965",)
    stack.redo()
    assert window.selection.event_ids == ("normalization-1965",)
    stack.undo()
    window.selection.select(None)
    assert window.document.rename_lane("meeting", "visit")  # a merge into Visit
    stack.undo()
    assert window.selection.event_ids == ()
    stack.redo()
    assert window.selection.event_ids == ()


def test_undo_of_join_names_gives_back_the_selection_not_every_event_of_the_name(window):  # type: ignore[no-untyped-def]
    """As a lane's rename (verify60 F20): Join Names changes every event naming the names;
    its undo selected all of them, ready for a Delete."""
    stack = window.document.undo_stack
    window.selection.select("iwaya-seoul-visit")
    assert window.document.join_names("South Korea", "Republic of Korea") == 4
    window.selection.select("munich-meeting")
    stack.undo()
    assert window.document.timeline.get("normalization-1965").participants[0] == "South Korea"
    assert window.selection.event_ids == ("iwaya-seoul-visit",)
    stack.redo()
    assert window.selection.event_ids == ("iwaya-seoul-visit",)
