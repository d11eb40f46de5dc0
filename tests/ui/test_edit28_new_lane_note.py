"""Session 31 (edit28): Move to Lane ▸ New Lane… with the name of a lane said "Treaty is
already a lane: OK asks whether to merge the two" (Rename Lane's note), and OK asked
nothing: the events just moved (or, already there, nothing changed)."""

from __future__ import annotations

from timeline_app.ui import lane_dialog


def _note_for(window, monkeypatch, ids, typed):  # type: ignore[no-untyped-def]
    notes = []

    def ask(parent, title, prompt, current, others=(), *note_of):  # type: ignore[no-untyped-def]
        dialog = lane_dialog.LaneNameDialog(parent, title, prompt, current, others, *note_of)
        dialog.name_edit.setText(typed)
        notes.append(dialog.note_label.text())
        dialog.deleteLater()
        return typed

    monkeypatch.setattr(lane_dialog, "ask_lane_name", ask)
    lane_dialog.move_to_new_lane(window, window.document, ids)
    return notes[0]


def test_a_lane_of_the_timeline_is_where_the_events_go(window, monkeypatch):  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    event = next(e for e in timeline if e.category != "treaty")
    note = _note_for(window, monkeypatch, [event.id], "treaty")
    assert note == "Treaty is already a lane: OK moves it to it."
    assert "merge" not in note
    assert timeline.get(event.id).category == "treaty"


def test_events_already_in_the_lane_are_told_so(window, monkeypatch):  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    ids = [e.id for e in timeline if e.category == "meeting"][:2]
    assert len(ids) == 2
    note = _note_for(window, monkeypatch, ids, "Meeting")
    assert note == "They are already in Meeting: OK changes nothing."


def test_rename_lane_still_says_ok_asks_before_merging(qtbot):  # type: ignore[no-untyped-def]
    dialog = lane_dialog.LaneNameDialog(None, "Rename Lane", "New name:", "", ["treaty"])
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Treaty")
    assert dialog.note_label.text() == "Treaty is already a lane: OK asks whether to merge the two."
