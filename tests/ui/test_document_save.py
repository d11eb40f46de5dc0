"""``Document.begin_save``/``end_save``: a save that runs while the document changes marks it
saved only if nothing changed since it began (session 9, branch ``save10``)."""

from __future__ import annotations

from pathlib import Path

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document


def _document(qtbot, tmp_path: Path) -> Document:  # type: ignore[no-untyped-def]
    events = [Event(f"e{i}", f"E{i}", FuzzyDate.of_year(2000 + i)) for i in range(4)]
    path = tmp_path / "t.json"
    timeline_io.save(Timeline.from_events(events), path)
    document = Document(timeline_io.load(path), str(path))
    document.remove_event("e0")
    assert document.is_modified
    return document


def test_nothing_changed_meanwhile_marks_it_saved(qtbot, tmp_path):
    document = _document(qtbot, tmp_path)
    pending = document.begin_save()
    document.end_save(pending, pending.write())
    assert not document.is_modified
    assert not document.file_changed_on_disk()


def test_an_edit_meanwhile_keeps_it_modified_even_after_undoing_back(qtbot, tmp_path):
    document = _document(qtbot, tmp_path)
    pending = document.begin_save()
    document.remove_event("e1")  # while the save is under way
    document.end_save(pending, pending.write())
    assert document.is_modified
    assert "e1" in timeline_io.load(tmp_path / "t.json")  # the file is the state it began
    document.undo_stack.undo()  # back to the state that was written
    assert document.is_modified  # not claimed saved: no state of the stack is marked
    document.undo_stack.undo()
    assert document.is_modified  # nor the state of the file before the save


def test_an_undo_meanwhile_keeps_it_modified(qtbot, tmp_path):
    document = _document(qtbot, tmp_path)
    pending = document.begin_save()
    document.undo_stack.undo()  # back to the file's former state, still unsaved
    assert not document.is_modified  # the former clean state, for now
    document.end_save(pending, pending.write())
    assert document.is_modified  # the file now holds the edit the undo took back


def test_another_timeline_shown_meanwhile_is_left_alone(qtbot, tmp_path):
    document = _document(qtbot, tmp_path)
    pending = document.begin_save(str(tmp_path / "other.json"))
    document.replace_timeline(Timeline(title="New"), None)
    document.end_save(pending, pending.write())
    assert document.path is None and document.timeline.title == "New"
    assert (tmp_path / "other.json").exists()
