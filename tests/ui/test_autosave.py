"""Autosave and recovery, for real: a child process running the app is killed after an edit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from killed_app import run_then_kill

from timeline_app.core import Event, FuzzyDate
from timeline_app.io.recovery import find_recovery_copies
from timeline_app.ui.prompts import ask_restore_recovery as real_ask_restore

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from timeline_app import app as timeline_app
from timeline_app.core import Event, FuzzyDate

def edit():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    window.document.add_event(Event("killed1", "Edited before the kill", FuzzyDate.of_year(2020)))
    print("edited", flush=True)

QTimer.singleShot(100, edit)
sys.exit(timeline_app.main([]))
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_app_is_restored_at_the_next_start(qtbot, recorded_prompts):
    folder = os.environ["TIMELINE_APP_RECOVERY_DIR"]
    # The copy follows a quiet second after the edit.
    run_then_kill(CHILD, b"edited", lambda: any(Path(folder).glob("recovery-*.json")))
    # The next start offers the copy, with its name and number of events, and restores it.
    from timeline_app.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    assert window.offer_recovery()
    (offer,) = recorded_prompts.recovery_offers
    assert offer.event_count == 9 and offer.name == window.document.timeline.title
    assert offer.original_path is None  # the bundled timeline: Save asks for a new file
    assert window.document.timeline.get("killed1").title == "Edited before the kill"
    assert window.isWindowModified()
    # The dead process's copy is gone; ours replaces it; a clean close removes ours.
    assert [c.pid for c in find_recovery_copies(folder)] == [os.getpid()]
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD
    window.close()
    assert not list(Path(folder).glob("recovery-*.json"))


def test_copies_follow_unsaved_changes(window, qtbot, tmp_path, recorded_prompts):
    saver = window.autosaver
    copy = Path(saver.file)
    assert not copy.exists()
    window.document.add_event(Event("n1", "New", FuzzyDate.of_year(2021)))
    qtbot.waitUntil(copy.exists, timeout=5000)  # after the quiet second
    window.document.undo_stack.undo()  # back to the saved state: nothing to recover
    assert not copy.exists()
    window.document.undo_stack.redo()
    assert saver.write_now() and copy.exists()
    # The 30-second copy writes only what changed since the last one.
    copy.unlink()
    saver._on_period()
    assert not copy.exists()
    window.document.set_properties("Renamed", "")
    saver._on_period()
    assert copy.exists()
    window.document.save(str(tmp_path / "saved.json"))
    assert not copy.exists()


def test_declining_deletes_the_copy(window, qtbot, recorded_prompts):
    window.document.add_event(Event("n1", "New", FuzzyDate.of_year(2021)))
    window.autosaver.write_now()
    recorded_prompts.restore = False
    assert not window.offer_recovery()
    assert not find_recovery_copies(window.autosaver.folder)
    assert "n1" in window.document.timeline  # nothing else changed


def test_a_restored_file_still_notices_changes_made_since_the_crash(
        window, qtbot, tmp_path, recorded_prompts):
    from timeline_app import io as timeline_io

    path = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, path)
    assert window.open_path(str(path))
    window.document.add_event(Event("n1", "New", FuzzyDate.of_year(2021)))
    assert window.autosaver.write_now()  # the copy a crash would leave behind
    path.write_text(path.read_text("utf-8").replace('"title": "', '"title": "Theirs: ', 1),
                    "utf-8")  # ...and then someone else changes the file
    assert window.offer_recovery()
    assert window.document.path == str(path) and "n1" in window.document.timeline
    recorded_prompts.overwrite = False
    assert not window.save()
    assert recorded_prompts.overwrite_offers == ["mine.json"]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leave_copy(folder: str, own: Path, name: str, saved_at: str, events: int) -> Path:
    """A copy as a process that has since died would have left it."""
    import json

    wrapper = json.loads(own.read_text("utf-8"))
    pid = _dead_pid()
    wrapper.update(name=name, saved_at=saved_at, pid=pid, event_count=events)
    target = Path(folder) / f"recovery-{pid}.json"
    target.write_text(json.dumps(wrapper), "utf-8")
    return target


def test_each_copy_is_offered_newest_first(window, qtbot, recorded_prompts):
    """Two crashed windows left two copies: both are offered, newest first; declining
    the newest offers the older; restoring stops (what is left waits for the next start)."""
    from timeline_app.ui import prompts

    own, folder = _own_copy_written(window)
    older = _leave_copy(folder, own, "Older", "2026-01-01T10:00:00", 3)
    newer = _leave_copy(folder, own, "Newer", "2026-01-02T10:00:00", 4)
    oldest = _leave_copy(folder, own, "Oldest", "2025-12-31T10:00:00", 2)
    own.unlink()
    recorded_prompts.restore = lambda copy: copy.name == "Older"
    assert window.offer_recovery()
    assert [c.name for c in recorded_prompts.recovery_offers] == ["Newer", "Older"]
    assert recorded_prompts.recovery_positions == [(1, 3), (2, 3)]
    assert not newer.exists() and not older.exists()  # discarded, restored
    assert oldest.exists()  # not asked about yet: offered at the next start
    assert window.isWindowModified() and "n1" in window.document.timeline
    # The question says which of how many copies it is, in words.
    copies = find_recovery_copies(folder)
    box = prompts.recovery_message_box(window, copies[-1], (2, 3))
    qtbot.addWidget(box)
    assert "3 recovery copies" in box.text() and "(2 of 3)" in box.text()
    assert "second newest" in box.text()
    last = prompts.recovery_message_box(window, copies[-1], (3, 3))
    qtbot.addWidget(last)
    assert "The oldest (3 of 3)" in last.text()
    single = prompts.recovery_message_box(window, copies[-1])
    qtbot.addWidget(single)
    assert "did not close properly" in single.text()
    # A copy kept by Decide Later is offered after a clean quit too: no "last time"
    # (verify17).
    assert "last time" not in single.text() and "Decide Later" in single.text()


def _own_copy_written(window) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """An edit ("n1") and the window's own recovery copy written now: (its file, the
    folder of copies)."""
    window.document.add_event(Event("n1", "New", FuzzyDate.of_year(2021)))
    assert window.autosaver.write_now()
    return Path(window.autosaver.file), window.autosaver.folder


def _restore_a_copy(window, events: int) -> None:  # type: ignore[no-untyped-def]
    """An edit, its copy left as by a process that died (``events`` said in it), restored."""
    own, folder = _own_copy_written(window)
    _leave_copy(folder, own, "kbtest.json", "2026-01-02T10:00:00", events)
    own.unlink()
    assert window.offer_recovery()


def test_the_restored_message_counts_one_event_in_the_singular(window, recorded_prompts):
    _restore_a_copy(window, 1)
    assert window.statusBar().currentMessage() == "Restored kbtest.json (1 event)"


def test_a_copy_that_ends_after_its_document_went_is_let_go(qtbot, tmp_path):
    """A recovery copy written on a worker thread may end after its window and document
    were deleted without a close (a test's teardown did): the old code read the deleted
    undo stack ("Internal C++ object (QUndoStack) already deleted", lanes11's and the
    coordinator's runs, session 10)."""
    import shiboken6

    from timeline_app.document import Document
    from timeline_app.ui import autosave

    document = Document()
    saver = autosave.Autosaver(document, str(tmp_path))

    class _Job:
        cancelled = False

        def switch_as_before(self) -> None:
            pass

    job = autosave._CopyJob.__new__(autosave._CopyJob)
    job.job, job.done = _Job(), __import__("threading").Event()
    saver._job = job
    shiboken6.delete(document)
    saver._copy_ended(job, None)  # raised RuntimeError
    assert saver._job is None and job.done.is_set()


@pytest.mark.parametrize("new_timeline", [False, True])
def test_an_import_into_a_restored_timeline_keeps_it_unsaved_throughout(  # type: ignore[no-untyped-def]
        window, qtbot, recorded_prompts, monkeypatch: pytest.MonkeyPatch,
        new_timeline: bool) -> None:
    """New-user trial 11, finding 15 (seen once): "right after an import into a timeline
    restored from a recovery copy the title bar lacked the '*'".  A guard, not a fix (it
    passes on the old code): the trial's own screenshot (89-imp2-done.png) shows the '*';
    a restored document has no clean state (``resetClean``), so a pushed import cannot
    make it clean, and the title's '*' follows ``modified_changed`` and each reset."""
    import datetime as dt

    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ArticleRequest, ReviewDialog

    _restore_a_copy(window, 9)
    assert window.isWindowModified()
    restored = window.document.timeline
    shown: list[bool] = []  # every change of the window's '*' from here on
    window.windowTitleChanged.connect(lambda _title: shown.append(window.isWindowModified()))
    window.document.modified_changed.connect(shown.append)

    def review(_parent, result, can_add, existing=(), prefer_new=False):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add)
        qtbot.addWidget(dialog)
        dialog.new_radio.setChecked(new_timeline)
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_candidates", review)
    recorded_prompts.article = ArticleRequest(
        "Geneva, 14 May 2024. The foreign ministers of Japan and South Korea met in Geneva "
        "on Monday and agreed to resume talks in June.", dt.date(2024, 5, 14), None)
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD  # (new timeline)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_action.trigger()
    assert blocker.args[0] > 0
    assert window.isWindowModified() and window.windowTitle().endswith("[*] — Diplomatic Timeline")
    if not new_timeline:  # the same document: its '*' never went
        assert all(shown), shown
    window.document.undo_stack.undo()  # the import undone: still not what any file holds
    # (into a new timeline too: its undo gives back the restored timeline, unsaved —
    # verify64 F10; until session 51 an empty timeline, unmodified)
    assert window.isWindowModified() and window.document.timeline is restored


def test_decide_later_keeps_every_copy_and_starts_without_them(window, qtbot,
                                                               recorded_prompts):
    """verify16, notes: the recovery prompt offered only Restore / Discard and Esc did
    nothing.  Decide Later (Esc) keeps the copies for the next start and restores
    nothing; the real box has the button, as its escape button.  Fails on eb44568."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from timeline_app.ui import prompts

    own, folder = _own_copy_written(window)
    newer = _leave_copy(folder, own, "Newer", "2026-01-02T10:00:00", 4)
    older = _leave_copy(folder, own, "Older", "2026-01-01T10:00:00", 3)
    own.unlink()
    window.document.undo_stack.setClean()
    recorded_prompts.restore = None  # Decide Later
    assert not window.offer_recovery()
    assert [c.name for c in recorded_prompts.recovery_offers] == ["Newer"]
    assert newer.exists() and older.exists()
    assert "kept" in window.statusBar().currentMessage()
    assert "n1" in window.document.timeline  # nothing replaced what was shown
    copies = find_recovery_copies(folder)
    box = prompts.recovery_message_box(window, copies[0], (1, 2))
    qtbot.addWidget(box)
    later = box.escapeButton()
    assert later is not None and later.text() == "Decide &Later"
    assert box.buttonRole(later) == QMessageBox.ButtonRole.RejectRole
    assert "Decide Later keeps" in box.informativeText()
    # Esc on the real prompt answers "later" (the recorder stands in for it above).
    QTimer.singleShot(0, lambda: qtbot.keyClick(QApplication.activeModalWidget() or box,
                                                Qt.Key.Key_Escape))
    assert real_ask_restore(window, copies[0], (1, 2)) is None
    assert newer.exists() and older.exists()


def test_a_copy_that_cannot_be_written_is_said_once_in_the_window(window, tmp_path):  # type: ignore[no-untyped-def]
    """verify18: with the disk full the only sign was a line on stderr; the status bar
    now says it once per run of failures, and again when copies work.  Fails on 6840e45."""
    saver = window.autosaver
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    saver._folder = str(blocker / "recovery")  # cannot be made: its parent is a file
    said: list[str] = []
    saver.copy_failed.connect(said.append)
    window.document.add_event(Event("f1", "Unsaved", FuzzyDate.of_year(2021)))
    assert not saver.write_now() and not saver.write_now()
    assert said == ["Not a directory"]  # once, not at every try
    message = window.statusBar().currentMessage()
    assert "No recovery copy of your changes could be written (Not a directory)" in message
    assert "Ctrl+S" in message
    saver._folder = str(tmp_path / "recovery")
    assert saver.write_now() and saver.last_error == ""
    assert window.statusBar().currentMessage() == \
        "A recovery copy of your changes is written again."
    saver._folder = str(blocker / "recovery")
    assert not saver.write_now()
    assert said == ["Not a directory", "Not a directory"]  # a new run of failures


def test_the_restored_message_counts_the_eras_apart(window, recorded_prompts):  # type: ignore[no-untyped-def]
    """verify53 F2: "Restored treaties.json (2003 events)" beside a status bar's "1998
    events and 5 eras"."""
    window.document.add_event(Event("war", "A war", FuzzyDate.of_year(1950),
                                    end=FuzzyDate.of_year(1953), category="era"))
    _restore_a_copy(window, 10)
    assert window.statusBar().currentMessage() == "Restored kbtest.json (9 events and 1 era)"


def test_the_question_counts_the_eras_apart_as_the_status_bar_does(  # type: ignore[no-untyped-def]
        window, qtbot, recorded_prompts, monkeypatch):
    """verify57 F30: the question said "49 events", the restored file then "48 events and
    1 era".  The copy keeps how many of its events are eras (the background copy and the
    one written now alike); an older copy without that count says events, as before."""
    from timeline_app.ui import prompts

    window.document.add_event(Event("war", "A war", FuzzyDate.of_year(1950),
                                    end=FuzzyDate.of_year(1953), category="era"))
    count = len(window.document.timeline)
    assert window.autosaver.write_now()
    (copy,) = [c for c in find_recovery_copies(window.autosaver.folder)
               if Path(c.file) == Path(window.autosaver.file)]
    assert (copy.event_count, copy.era_count) == (count, 1)
    box = prompts.recovery_message_box(window, copy)
    qtbot.addWidget(box)
    assert f": {count - 1} events and 1 era, as of" in box.text()
    from timeline_app.ui import autosave

    monkeypatch.setattr(autosave, "SAVE_IN_BACKGROUND_FROM", 0)  # the worker thread's copy
    Path(window.autosaver.file).unlink()
    window.autosaver.write_soon()
    qtbot.waitUntil(lambda: window.autosaver._job is None and Path(window.autosaver.file)
                    .exists(), timeout=10_000)
    (copy,) = [c for c in find_recovery_copies(window.autosaver.folder)
               if Path(c.file) == Path(window.autosaver.file)]
    assert copy.era_count == 1


# -- The journal (verify60 F19, F17): a copy that costs what the edit costs ----------------


@pytest.fixture
def journaling(monkeypatch):  # type: ignore[no-untyped-def]
    """The journal from the first event on (its threshold is thousands of events)."""
    from timeline_app.io import recovery_journal
    from timeline_app.ui import autosave

    monkeypatch.setattr(recovery_journal, "JOURNAL_FROM", 1)
    monkeypatch.setattr(autosave, "SAVE_IN_BACKGROUND_FROM", 1)


def _saved_document(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A document of 60 synthetic events (with their articles) opened from its file, and
    its autosaver writing into a folder of its own."""
    from benchmarks.synthetic import synthetic_timeline
    from timeline_app import io as timeline_io
    from timeline_app.document import Document
    from timeline_app.ui.autosave import Autosaver

    path = tmp_path / "big.json"
    timeline_io.save(synthetic_timeline(60, seed=7), path)
    document = Document.open(path)
    saver = Autosaver(document, str(tmp_path / "rec"), parent=document)
    return document, saver


def _copy_written(qtbot, saver) -> None:  # type: ignore[no-untyped-def]
    """The copy asked for now, and waited for (it is written on a worker thread)."""
    saver.write_soon()
    qtbot.waitUntil(lambda: saver._job is None, timeout=10_000)
    assert not saver.last_error


def _as_saved(timeline) -> bytes:  # type: ignore[no-untyped-def]
    """What a save of ``timeline`` writes: two timelines alike to a person are alike here."""
    from timeline_app.io import native

    return b"".join(native.encode_pieces(native.snapshot(timeline)))


def _restored(folder):  # type: ignore[no-untyped-def]
    """The one copy the next start would offer (our own pid counts as dead), read."""
    from timeline_app.io.recovery import read_recovery

    (copy,) = find_recovery_copies(folder)
    return copy, read_recovery(copy)


def test_each_kind_of_edit_is_journaled_and_restored(journaling, qtbot, tmp_path):
    """The base is the document's own file (its saved state): no whole copy is written,
    each copy appends only what changed, and the base with the journal applied is the
    timeline as it was, after every kind of edit."""
    import dataclasses

    from timeline_app.core.model import Source

    document, saver = _saved_document(qtbot, tmp_path)
    folder = tmp_path / "rec"
    timeline = document.timeline
    events = list(timeline.events)
    lanes = sorted({e.category for e in events})
    edits = [
        lambda: document.update_event(dataclasses.replace(events[3], title="Changed title")),
        lambda: document.add_event(Event("new1", "Added", FuzzyDate.of_year(1999))),
        lambda: document.remove_event(events[5].id),
        lambda: document.remove_events([events[6].id, events[7].id]),
        lambda: document.rename_lane(lanes[0], "Renamed lane"),
        lambda: document.set_category_color(lanes[1], "#123456"),
        lambda: document.set_era_lane(lanes[2], True),
        lambda: document.set_properties("New title", "New description"),
        lambda: document.set_status([events[9].id], "disputed"),
        lambda: document.import_events(
            Source("art1", "An article", "Outlet", text="Talks were held."),
            [Event("imp1", "Imported", FuzzyDate.of_year(2001), source_id="art1")]),
        lambda: document.note_titles_by_hand(["imp1"]),
        lambda: document.undo_stack.undo(),  # the import undone: its article goes too
    ]
    for edit in edits:
        edit()
        _copy_written(qtbot, saver)
        assert not Path(saver.file).exists()  # no whole copy: the base is the file
        copy, restored = _restored(folder)
        assert copy.journal is not None and copy.problem == ""
        assert copy.event_count == len(timeline)
        assert _as_saved(restored) == _as_saved(timeline)
    # Each record holds only what changed: the journal is small beside the file.
    assert Path(saver.journal).stat().st_size < Path(document.path).stat().st_size / 3
    # Undo back to the saved state: nothing to recover, the journal goes.
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert not document.is_modified
    assert not Path(saver.journal).exists() and not find_recovery_copies(folder)


def test_a_torn_journal_tail_is_ignored(journaling, qtbot, tmp_path):
    """Killed in the middle of appending a record: the copy before that edit is restored."""
    import dataclasses

    document, saver = _saved_document(qtbot, tmp_path)
    first = document.timeline.events[2]
    document.update_event(dataclasses.replace(first, title="First edit"))
    _copy_written(qtbot, saver)
    before = _as_saved(document.timeline)
    size = Path(saver.journal).stat().st_size
    document.update_event(dataclasses.replace(document.timeline.events[4], title="Second"))
    _copy_written(qtbot, saver)
    whole = Path(saver.journal).read_bytes()
    for cut in (size + 1, size + 20, len(whole) - 1):  # the second record cut short
        Path(saver.journal).write_bytes(whole[:cut])
        _copy, restored = _restored(tmp_path / "rec")
        assert _as_saved(restored) == before
    Path(saver.journal).write_bytes(whole[:-2] + b"x\n")  # its last bytes wrong: CRC
    assert _as_saved(_restored(tmp_path / "rec")[1]) == before


def test_a_base_file_changed_or_gone_is_said_and_what_is_kept_restored(
        journaling, qtbot, tmp_path):
    import dataclasses

    from timeline_app.ui import prompts

    document, saver = _saved_document(qtbot, tmp_path)
    path = Path(document.path)
    edited = dataclasses.replace(document.timeline.events[2], title="Mine")
    document.update_event(edited)
    document.add_event(Event("new1", "Added", FuzzyDate.of_year(1999)))
    _copy_written(qtbot, saver)
    # Someone else changes the file after the crash: the journal is applied to it as it
    # is now, and the question says so.
    from timeline_app import io as timeline_io

    theirs = timeline_io.load(path)
    other = dataclasses.replace(theirs.events[10], title="Theirs")
    theirs.replace(other)
    timeline_io.save(theirs, path)
    copy, restored = _restored(tmp_path / "rec")
    assert "changed by someone else" in copy.problem
    assert restored.get(other.id).title == "Theirs"
    assert restored.get(edited.id).title == "Mine" and "new1" in restored
    box = prompts.recovery_message_box(None, copy)
    qtbot.addWidget(box)
    assert copy.problem in box.text()
    # The file gone: only the journal's events are restored, and the question says so.
    path.unlink()
    copy, restored = _restored(tmp_path / "rec")
    assert "is gone" in copy.problem and "lost" in copy.problem
    assert sorted(e.id for e in restored) == sorted([edited.id, "new1"])


def test_a_document_without_a_saved_file_gets_one_whole_copy_then_a_journal(
        journaling, qtbot, tmp_path):
    """No file to be the base (a new timeline, an import, a restored copy): one whole copy
    is the base, each later copy a record after it; a whole copy written later (a new
    base) leaves no journal of the old one to be applied to it."""
    import dataclasses

    from benchmarks.synthetic import synthetic_timeline
    from timeline_app.document import Document
    from timeline_app.ui.autosave import Autosaver

    document = Document()
    saver = Autosaver(document, str(tmp_path / "rec"), parent=document)
    document.replace_timeline(synthetic_timeline(40, seed=5), None, unsaved=True)
    _copy_written(qtbot, saver)
    assert Path(saver.file).exists() and not Path(saver.journal).exists()
    whole = Path(saver.file).stat().st_mtime_ns
    document.update_event(dataclasses.replace(document.timeline.events[1], title="Edit"))
    _copy_written(qtbot, saver)
    assert Path(saver.journal).exists() and Path(saver.file).stat().st_mtime_ns == whole
    copy, restored = _restored(tmp_path / "rec")
    assert copy.file == Path(saver.file) and copy.journal == Path(saver.journal)
    assert _as_saved(restored) == _as_saved(document.timeline)
    # A whole copy of another base: the journal before it is not applied to it.
    journal = Path(saver.journal).read_bytes()
    saver._base = None
    document.update_event(dataclasses.replace(document.timeline.events[2], title="Two"))
    _copy_written(qtbot, saver)
    assert not Path(saver.journal).exists()
    Path(saver.journal).write_bytes(journal)  # as if killed before it was removed
    copy, restored = _restored(tmp_path / "rec")
    assert copy.journal is None and _as_saved(restored) == _as_saved(document.timeline)


def test_one_edit_in_the_second_before_the_period_writes_one_copy(qtbot, tmp_path,
                                                                   monkeypatch):
    """verify60 F19: the 30-second period's copy started inside the quiet second after an
    edit; the quiet second then asked for another, of the same state: the whole timeline
    written twice for one edit (1.6 GB at a million events)."""
    from timeline_app.io import recovery
    from timeline_app.ui import autosave

    monkeypatch.setattr(autosave, "SAVE_IN_BACKGROUND_FROM", 1)  # on a worker thread
    written = []
    real_write = recovery.write_recovery
    monkeypatch.setattr(recovery, "write_recovery",
                        lambda *a, **k: written.append(1) or real_write(*a, **k))
    from timeline_app.document import Document

    document = Document()
    saver = autosave.Autosaver(document, str(tmp_path / "rec"), parent=document)
    saver._quiet.setInterval(200)
    document.add_event(Event("n1", "New", FuzzyDate.of_year(2021)))
    saver._on_period()  # the period's tick, in the quiet second
    qtbot.wait(1000)  # the quiet second ends, the copy lands
    qtbot.waitUntil(lambda: saver._job is None, timeout=10_000)
    assert Path(saver.file).exists() and len(written) == 1


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_app_with_a_journal_is_restored_from_its_file_and_journal(
        journaling, qtbot, tmp_path, recorded_prompts):
    """kill -9 after an edit of a saved timeline: its file and the journal written a second
    after the edit are the copy offered; restored, the timeline is the edited one, the
    file is untouched, and the dead process's journal goes once ours is written."""
    from killed_app import CHILD_APP, CHILD_RUN

    from benchmarks.synthetic import synthetic_timeline
    from timeline_app import io as timeline_io

    path = tmp_path / "big.json"
    timeline_io.save(synthetic_timeline(60, seed=7), path)
    before = path.read_bytes()
    edited_id = timeline_io.load(path).events[2].id
    folder = os.environ["TIMELINE_APP_RECOVERY_DIR"]
    child = CHILD_APP + f"""
import dataclasses
from timeline_app.io import recovery_journal
from timeline_app.ui import autosave
recovery_journal.JOURNAL_FROM = 1
autosave.SAVE_IN_BACKGROUND_FROM = 1

def edit():
    if window().document.path != {str(path)!r}:
        QTimer.singleShot(100, edit)
        return
    document = window().document
    event = document.timeline.get({edited_id!r})
    document.update_event(dataclasses.replace(event, title="Edited before the kill"))
    print("edited", flush=True)

def start():
    window().open_path({str(path)!r})
    when_ready(edit)
""" + CHILD_RUN
    run_then_kill(child, b"edited", lambda: any(
        p.stat().st_size > 0 and p.read_bytes().count(b"\n") > 2
        for p in Path(folder).glob("recovery-*.journal")))
    assert not list(Path(folder).glob("recovery-*.json"))  # no whole copy was written
    from timeline_app.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    assert window.offer_recovery(background=False)
    (offer,) = recorded_prompts.recovery_offers
    assert offer.journal is not None and offer.problem == "" and offer.event_count == 60
    assert window.document.timeline.get(edited_id).title == "Edited before the kill"
    assert window.document.path == str(path) and window.isWindowModified()
    qtbot.waitUntil(lambda: [c.pid for c in find_recovery_copies(folder)] == [os.getpid()],
                    timeout=10_000)
    assert path.read_bytes() == before  # the base is never touched
    # Ours goes on from the dead one's records: no whole copy of the restored timeline.
    assert not Path(window.autosaver.file).exists()
    (ours,) = find_recovery_copies(folder)
    from timeline_app.io.recovery import read_recovery

    assert ours.journal is not None
    assert _as_saved(read_recovery(ours)) == _as_saved(window.document.timeline)
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD
    window.close()
    assert not list(Path(folder).glob("recovery-*")) and path.read_bytes() == before


def test_a_base_file_changed_while_the_app_runs_makes_the_next_copy_whole(
        journaling, qtbot, tmp_path):
    import dataclasses

    document, saver = _saved_document(qtbot, tmp_path)
    document.update_event(dataclasses.replace(document.timeline.events[2], title="One"))
    _copy_written(qtbot, saver)
    assert Path(saver.journal).exists() and not Path(saver.file).exists()
    os.utime(document.path, ns=(1, 1))  # someone else wrote it (or touched it)
    document.update_event(dataclasses.replace(document.timeline.events[3], title="Two"))
    _copy_written(qtbot, saver)
    assert Path(saver.file).exists() and not Path(saver.journal).exists()
    copy, restored = _restored(tmp_path / "rec")
    assert copy.journal is None and _as_saved(restored) == _as_saved(document.timeline)
    document.update_event(dataclasses.replace(document.timeline.events[4], title="Three"))
    _copy_written(qtbot, saver)  # then a journal after that whole copy
    copy, restored = _restored(tmp_path / "rec")
    assert copy.journal is not None and _as_saved(restored) == _as_saved(document.timeline)


def test_a_long_journal_a_large_change_or_a_failed_record_makes_the_next_copy_whole(
        journaling, qtbot, tmp_path, monkeypatch):
    import dataclasses

    from timeline_app.io import recovery_journal

    document, saver = _saved_document(qtbot, tmp_path)
    events = list(document.timeline.events)

    def edit(at: int) -> None:
        document.update_event(dataclasses.replace(events[at], title=f"Edit {at}"))

    def whole() -> None:  # the copy is whole (a new base), no journal beside it
        assert Path(saver.file).exists() and not Path(saver.journal).exists()
        copy, restored = _restored(tmp_path / "rec")
        assert copy.journal is None and _as_saved(restored) == _as_saved(document.timeline)

    def journal_after_whole() -> None:
        assert Path(saver.file).exists() and Path(saver.journal).exists()
        copy, restored = _restored(tmp_path / "rec")
        assert copy.journal is not None and _as_saved(restored) == _as_saved(document.timeline)

    edit(1)
    _copy_written(qtbot, saver)  # a record on the file
    assert Path(saver.journal).exists() and not Path(saver.file).exists()
    # A journal past its length: the next copy is whole; the one after it a record.
    monkeypatch.setattr(recovery_journal, "JOURNAL_MOST_BYTES", 10)
    edit(2)
    _copy_written(qtbot, saver)
    whole()
    monkeypatch.setattr(recovery_journal, "JOURNAL_MOST_BYTES", 64 * 1024 * 1024)
    edit(3)
    _copy_written(qtbot, saver)
    journal_after_whole()
    # More than a quarter of the events changed in one copy: whole.
    document.move_events_to_lane([e.id for e in events[:30]], "Moved lane")
    _copy_written(qtbot, saver)
    whole()
    edit(4)
    _copy_written(qtbot, saver)
    journal_after_whole()
    # A record that cannot be written: said once, and the next copy is whole (it holds
    # that record's changes too).
    real_append = recovery_journal.append_record

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery_journal, "append_record", refuse)
    edit(5)
    saver.write_soon()
    qtbot.waitUntil(lambda: saver._job is None, timeout=10_000)
    assert "No space" in saver.last_error
    monkeypatch.setattr(recovery_journal, "append_record", real_append)
    edit(6)
    _copy_written(qtbot, saver)
    whole()
    _copy, restored = _restored(tmp_path / "rec")
    assert restored.get(events[5].id).title == "Edit 5"
