"""A restored recovery copy is one undoable step (verify62): after the app was killed and
its copy restored, Edit → Undo was greyed, the edits since the last save not undoable.
Now Edit → Undo reads "Undo Restore recovered changes" and takes the timeline back to
its saved file, unmodified; Redo brings the recovered changes back.  One step, not the
edits one by one: a copy keeps states, not undo steps (``io.recovery.RecoveredChange``)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from test_autosave import journaling  # noqa: F401 - the fixture

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate


def _action(window, starts: str) -> QAction:  # type: ignore[no-untyped-def]
    return next(a for a in window.findChildren(QAction) if a.text().startswith(starts))


def test_undo_after_a_restore_gives_the_saved_file_back(window, qtbot, tmp_path,
                                                        recorded_prompts):
    path = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, path)
    assert window.open_path(str(path))
    saved = timeline_io.load(path)
    document = window.document
    first = document.timeline.events[0]
    # the edits a crash would lose: an event added, one changed, one deleted, a rename
    document.add_event(Event("n1", "Talks in Doha", FuzzyDate.of_year(2021)))
    document.update_event(dataclasses.replace(first, title="Retitled by me"))
    document.remove_event(document.timeline.events[-1].id)
    document.set_properties("My talks", "")
    assert window.autosaver.write_now()  # the copy a crash would leave behind
    recovered = [e for e in document.timeline]
    assert window.offer_recovery()  # (in this window: as the next start does)
    assert "n1" in document.timeline and document.is_modified
    undo = _action(window, "&Undo")
    assert undo.isEnabled() and undo.text() == "&Undo Restore recovered changes"
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    with qtbot.waitSignal(document.undo_stack.indexChanged):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list(document.timeline) == list(saved)  # the saved file, as saved
    assert document.timeline.title == saved.title
    assert not document.is_modified and document.path == str(path)
    redo = _action(window, "&Redo")
    assert redo.isEnabled() and redo.text() == "&Redo Restore recovered changes"
    redo.trigger()
    assert list(document.timeline) == recovered and document.timeline.title == "My talks"
    assert document.is_modified


def test_a_restored_copy_of_a_file_changed_since_stays_modified_after_undo(
        window, tmp_path, recorded_prompts):
    path = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, path)
    assert window.open_path(str(path))
    window.document.add_event(Event("n1", "New", FuzzyDate.of_year(2021)))
    assert window.autosaver.write_now()
    path.write_text(path.read_text("utf-8").replace('"title": "', '"title": "Theirs: ', 1),
                    "utf-8")  # someone else changed the file after the crash
    assert window.offer_recovery()
    window.document.undo_stack.undo()  # back to the file as it is now
    assert "n1" not in window.document.timeline
    assert window.document.timeline.title.startswith("Theirs: ")
    assert window.document.is_modified  # not the state the edits were saved from


def test_a_restored_copy_without_a_file_undoes_to_an_empty_timeline(window,
                                                                    recorded_prompts):
    document = window.document
    document.add_event(Event("n1", "New", FuzzyDate.of_year(2021)))
    assert document.path is None and window.autosaver.write_now()
    assert window.offer_recovery()
    assert document.undo_stack.undoText() == "Restore recovered changes"
    document.undo_stack.undo()
    assert len(document.timeline) == 0 and document.is_modified
    document.undo_stack.redo()
    assert "n1" in document.timeline


@pytest.mark.usefixtures("journaling")
def test_a_journal_on_its_file_gives_the_step_without_reading_the_file_again(
        qtbot, tmp_path, monkeypatch):
    """A large timeline's copy is a journal on its own file: the step's change comes from
    the journal's records and the file as read for the restore (read once, not twice),
    and it is the change a comparison with the file finds."""
    from test_autosave import _copy_written, _restored, _saved_document

    from timeline_app.io import native, recovery

    document, saver = _saved_document(qtbot, tmp_path)
    events = list(document.timeline.events)
    document.update_event(dataclasses.replace(events[3], title="Changed title"))
    document.add_event(Event("new1", "Added", FuzzyDate.of_year(1999)))
    document.remove_event(events[5].id)
    _copy_written(qtbot, saver)
    document.set_properties("New title", "New description")
    document.set_category_color(events[0].category, "#123456")
    _copy_written(qtbot, saver)
    copy, _restored_timeline = _restored(tmp_path / "rec")
    assert copy.journal is not None and copy.original_path == document.path
    loads = []
    real_load = native.load
    monkeypatch.setattr(native, "load", lambda *a, **k: (loads.append(a[0]), real_load(*a, **k))[1])
    timeline, change = recovery.read_recovery_and_change(copy)
    assert len(loads) == 1  # the base, once
    compared = recovery.recovered_change(real_load(document.path), timeline)
    assert [e.id for e in change.added] == ["new1"] == [e.id for e in compared.added]
    assert [e.id for e in change.removed] == [events[5].id]
    assert [e.title for e in change.new] == ["Changed title"]
    assert change.old == compared.old and change.removed == compared.removed
    assert change.fields_after == compared.fields_after
    assert change.fields_before == compared.fields_before
    assert change.fields_after["title"] == "New title"
    assert change.sources_before == compared.sources_before



def test_a_restore_at_start_up_gives_the_legend_its_row_as_needed(window, qtbot, tmp_path,
                                                                  recorded_prompts):
    """verify65 F14: after a kill -9, the restart's stand-in for the file open last time
    kept the legend a row of its own until that file came; restoring the recovery copy
    instead, the file never came, and "Categories:" stayed on a second row, taking height
    from the timeline, until a later file open.  The restore settles the row."""
    from PySide6.QtWidgets import QApplication

    window.resize(1600, 900)
    QApplication.processEvents()
    document = window.document
    document.add_event(Event("n1", "Talks in Doha", FuzzyDate.of_year(2021)))
    assert window.autosaver.write_now()
    shared = not window.toolBarBreak(window.legend_bar)
    window._keep_legend_row_while_opening(foreseen=True)  # the start-up's stand-in
    assert window.toolBarBreak(window.legend_bar)
    assert window.offer_recovery()
    QApplication.processEvents()
    assert "n1" in document.timeline
    assert window.toolBarBreak(window.legend_bar) is not shared
    assert shared  # (at 1600 px the sample's entries share the toolbars' row)
