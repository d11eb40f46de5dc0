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
    assert window.isWindowModified() != new_timeline


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
