"""The document: every change is one undo step, and "modified" is the undo stack's clean state."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.document import Document
from timeline_app.paths import DEFAULT_TIMELINE, resource_path


@pytest.fixture
def document(qapp) -> Document:  # type: ignore[no-untyped-def]
    return Document(timeline_io.load(resource_path(DEFAULT_TIMELINE)))


def _event(event_id: str = "new1", title: str = "Talks in Geneva") -> Event:
    return Event(event_id, title, FuzzyDate.of_month(2025, 4), category="meeting",
                 participants=("Norway", "Chile"))


def test_add_edit_duplicate_delete_are_one_undo_step_each(document, qtbot):
    timeline = document.timeline
    count = len(timeline)
    assert not document.is_modified
    with qtbot.waitSignal(document.modified_changed) as modified:
        document.add_event(_event())
    assert modified.args == [True]
    assert len(timeline) == count + 1 and document.undo_stack.count() == 1

    edited = dataclasses.replace(timeline.get("new1"), title="Talks in Oslo",
                                 date=FuzzyDate.of_day(dt.date(2025, 4, 2)),
                                 participants=("Norway",), location="Oslo", summary="x")
    document.update_event(edited)
    # a moved date no longer has the old basis (Document.update_event's rule)
    edited = dataclasses.replace(edited, date_basis="moved by hand from April 2025")
    assert timeline.get("new1") == edited and document.undo_stack.count() == 2
    document.update_event(edited)  # no change: no undo step
    assert document.undo_stack.count() == 2

    copy = document.duplicate_event("new1")
    assert copy.id != "new1" and copy.title == "Talks in Oslo" and copy.id in timeline
    assert document.undo_stack.count() == 3

    ids = [e.id for e in timeline.events[:3]] + ["new1", "no-such-id"]
    document.remove_events(ids)
    assert document.undo_stack.count() == 4
    assert len(timeline) == count + 1 - 3
    assert document.undo_stack.undoText() == "Delete 4 events"

    document.undo_stack.undo()
    assert len(timeline) == count + 2 and all(i in timeline for i in ids[:4])
    document.undo_stack.undo()
    assert copy.id not in timeline
    document.undo_stack.undo()
    assert timeline.get("new1").title == "Talks in Geneva"
    with qtbot.waitSignal(document.modified_changed) as modified:
        document.undo_stack.undo()  # back to the saved state: no longer modified
    assert modified.args == [False] and not document.is_modified
    assert len(timeline) == count
    for _ in range(4):
        document.undo_stack.redo()
    assert len(timeline) == count + 1 - 3 and document.is_modified


def test_undo_is_unlimited(document):
    for n in range(250):
        document.add_event(_event(f"e{n}", f"Event {n}"))
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert not document.is_modified and "e0" not in document.timeline


def test_adding_an_existing_id_is_refused(document):
    with pytest.raises(ValueError):
        document.add_event(document.timeline.events[0])


def test_properties_are_undoable_and_mark_the_document_modified(document, qtbot):
    with qtbot.waitSignal(document.properties_changed):
        document.set_properties("Korea and Japan", "Ministers' meetings, 2023–2025")
    assert document.timeline.title == "Korea and Japan"
    assert document.is_modified
    document.undo_stack.undo()
    assert document.timeline.title != "Korea and Japan" and not document.is_modified


def test_saving_marks_clean_and_undo_past_it_marks_modified(document, tmp_path):
    document.add_event(_event())
    document.save(str(tmp_path / "t.json"))
    assert not document.is_modified
    document.undo_stack.undo()
    assert document.is_modified
    document.undo_stack.redo()
    assert not document.is_modified


def test_merge_adds_and_replaces_as_one_step(qapp):
    old = _event("a", "Old title")
    document = Document(Timeline.from_events([old]))
    source = Source("s1", title="Article")
    merged = dataclasses.replace(old, title="Merged", source_id="s1")
    document.merge_events([source], [_event("b")], [merged])
    assert document.timeline.get("a").title == "Merged" and "b" in document.timeline
    assert "s1" in document.timeline.sources and document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.timeline.get("a") == old and "b" not in document.timeline
    assert not document.timeline.sources
