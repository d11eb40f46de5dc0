"""The undo step of an import that started a new timeline keeps a large timeline that is
its file unchanged as that file, not in memory (edit58's leftover: at 100 000 events the
step held 25 MiB more than a freed timeline, ``benchmarks/bench_new_timeline_undo_memory.py``);
undo reads it again, and says so when the file changed or went meanwhile.  Here the size
from which a timeline is kept so (``document.KEEP_SHOWN_FROM``) is lowered to the sample's
8 events."""

from __future__ import annotations

import gc
import os
import weakref
from pathlib import Path

import pytest

from tests.ui.test_new_timeline_import_undo_verify64 import _import_new
from timeline_app import document as document_module
from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import prompts


@pytest.fixture
def mine(window, monkeypatch, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(document_module, "KEEP_SHOWN_FROM", 5)
    path = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, path)
    assert window.open_path(str(path), background=False)
    assert len(window.document.timeline) >= 5 and not window.document.is_modified
    return path


def _kept(window):  # type: ignore[no-untyped-def]
    """What the import's undo step holds of the timeline before (``ShownTimeline``)."""
    stack = window.document.undo_stack
    step = stack.command(stack.index() - 1)
    return step.child(0)._other


def test_an_unchanged_file_is_kept_as_its_file_and_read_again_on_undo(
        window, qtbot, monkeypatch, mine: Path) -> None:
    document = window.document
    before = document.timeline
    events, title, fingerprint = list(before.events), before.title, document.disk_fingerprint
    gone = weakref.ref(before)
    del before
    count = _import_new(window, qtbot, monkeypatch)
    assert count and document.path is None
    kept = _kept(window)
    assert kept.timeline is None and kept.path == str(mine) and kept.size == len(events)
    gc.collect()
    assert gone() is None  # not held by the undo step, nor by anything else

    document.undo_stack.undo()
    assert list(document.timeline.events) == events and document.timeline.title == title
    assert document.path == str(mine) and document.disk_fingerprint == fingerprint
    assert not document.is_modified and not window.isWindowModified()
    assert window.statusBar().currentMessage() == f"Undid: Import {count} events"
    document.undo_stack.redo()
    assert len(document.timeline) == count and _kept(window).timeline is None
    document.undo_stack.undo()
    assert list(document.timeline.events) == events


def test_a_file_changed_meanwhile_is_read_as_it_is_and_said(window, qtbot, monkeypatch,
                                                           mine: Path) -> None:
    count = _import_new(window, qtbot, monkeypatch)
    other = Timeline(title="Changed elsewhere")
    other.add(Event(id="x", title="Added by another program", date=FuzzyDate(2026, 1, 5)))
    timeline_io.save(other, mine)
    window.document.undo_stack.undo()
    assert [e.id for e in window.document.timeline] == ["x"]
    assert window.document.path == str(mine) and not window.document.file_changed_on_disk()
    assert window.statusBar().currentMessage() == (
        f"Undid: Import {count} events — mine.json was changed by another program since "
        "the import: Undo shows it as it is now")


def test_a_file_gone_meanwhile_gives_an_empty_timeline_and_says_so(
        window, qtbot, monkeypatch, mine: Path) -> None:
    _import_new(window, qtbot, monkeypatch)
    os.remove(mine)
    window.document.undo_stack.undo()
    assert len(window.document.timeline) == 0 and window.document.timeline.title == "mine"
    assert window.document.path is None
    message = window.statusBar().currentMessage()
    assert "mine.json is gone or cannot be read any more" in message
    assert message.endswith("Undo shows an empty timeline in its place")


def test_changes_not_saved_are_kept_in_memory(window, qtbot, monkeypatch, recorded_prompts,
                                              mine: Path) -> None:
    window.document.add_event(Event(id="note", title="My own note",
                                    date=FuzzyDate(2025, 4, 1)))
    recorded_prompts.save_choice = prompts.SaveChoice.DISCARD
    _import_new(window, qtbot, monkeypatch)
    assert _kept(window).timeline is not None  # the only copy of the note
    window.document.undo_stack.undo()
    assert "note" in window.document.timeline.ids() and window.document.is_modified


def test_a_small_timeline_stays_in_memory(window, qtbot, monkeypatch, mine: Path) -> None:
    monkeypatch.setattr(document_module, "KEEP_SHOWN_FROM", 1000)
    before = window.document.timeline
    _import_new(window, qtbot, monkeypatch)
    assert _kept(window).timeline is before
    window.document.undo_stack.undo()
    assert window.document.timeline is before
