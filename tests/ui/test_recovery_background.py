"""A recovery copy restored at start-up is read off the GUI thread, with progress and
Cancel, as a file named on the command line opens (session 10, branch ``jobs11``;
issue 11: a million events' copy is ~0.9 GB, and its read held the window).

Each test fails on the old code: ``offer_recovery`` took no ``background`` and read the
chosen copy on the GUI thread; the app's start-up did the same.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from app_child import run_child

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import recovery

HOLD_S = 5.0


def _crashed_copy(folder: str, title: str, count: int = 3, pid: int = 4_194_304 + 17) -> Path:
    """A copy a process long gone left in ``folder`` (a pid above Linux's largest)."""
    timeline = Timeline.from_events(
        [Event(f"{title}{i}", f"{title} {i}", FuzzyDate.of_year(1960 + i)) for i in range(count)],
        title=title)
    written = recovery.write_recovery(Path(folder) / "tmp", timeline, f"{title}.json", None)
    wrapper = json.loads(written.read_text("utf-8"))
    wrapper["pid"] = pid
    target = Path(folder) / f"recovery-{pid}.json"
    target.write_text(json.dumps(wrapper, ensure_ascii=False), "utf-8")
    written.unlink()
    return target


class HeldRead:
    """Stands in for ``recovery.read_recovery``: records its thread and holds at its first
    report until :meth:`release`."""

    def __init__(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self.threads: list[bool] = []  # True: the GUI thread
        self.reached = threading.Event()
        self.released = threading.Event()
        self.reports: list[bool] = []
        real = recovery.read_recovery

        def read(copy, progress=None):  # type: ignore[no-untyped-def]
            self.threads.append(threading.current_thread() is threading.main_thread())

            def held(done: int, total: int) -> bool:
                self.reached.set()
                self.released.wait(HOLD_S)
                going_on = progress(done, total) if progress is not None else True
                self.reports.append(going_on)
                return going_on

            return real(copy, held)

        monkeypatch.setattr(recovery, "read_recovery", read)

    def release(self) -> None:
        self.released.set()


def _reading(window, monkeypatch):  # type: ignore[no-untyped-def]
    """A crashed copy offered and restored in the background, its read held at its
    first report; returns the copy, the held read and the offer's ``ended`` calls."""
    old = _crashed_copy(window.autosaver.folder, "Crashed")
    held = HeldRead(monkeypatch)
    ended: list[bool] = []
    assert window.offer_recovery(background=True, ended=ended.append)
    assert held.reached.wait(HOLD_S)
    return old, held, ended


def test_a_copy_restored_in_the_background_leaves_the_window_responsive(
        window, qtbot, monkeypatch, recorded_prompts):
    shown = window.document.timeline
    old, held, ended = _reading(window, monkeypatch)
    assert held.threads == [False]  # off the GUI thread
    assert window.is_busy() and ended == []
    # Meanwhile the window goes on, and what it shows cannot be edited (the copy replaces it).
    qtbot.wait(50)
    assert window.document.timeline is shown
    assert not window.new_event_action.isEnabled()
    assert not window.new_event()
    assert "(recovery copy) is still opening" in window.statusBar().currentMessage()
    held.release()
    qtbot.waitUntil(lambda: ended == [True], timeout=10_000)
    assert [e.title for e in window.document.timeline] == ["Crashed 0", "Crashed 1", "Crashed 2"]
    assert window.isWindowModified() and window.document.is_modified
    assert window.statusBar().currentMessage() == "Restored Crashed.json (3 events)"
    assert window.new_event_action.isEnabled()
    assert set(window.view.event_ids()) == {"Crashed0", "Crashed1", "Crashed2"}
    # Ours is written, then the crashed process's copy goes (as before).
    qtbot.waitUntil(lambda: not old.exists(), timeout=10_000)
    assert Path(window.autosaver.file).exists()
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD


def test_cancel_keeps_the_copy_and_the_window_as_it_was(window, qtbot, monkeypatch,
                                                         recorded_prompts):
    shown = window.document.timeline
    old, held, ended = _reading(window, monkeypatch)
    window._cancel_job()  # the progress dialog's Cancel
    held.release()
    assert ended == [False]
    qtbot.waitUntil(lambda: held.reports == [False], timeout=10_000)  # the read stopped
    assert window.document.timeline is shown and not window.document.is_modified
    assert old.exists()  # offered again at the next start
    assert window.statusBar().currentMessage().startswith("Restoring Crashed.json cancelled")
    assert window.new_event_action.isEnabled()
    assert recorded_prompts.errors == []


def test_a_copy_that_cannot_be_read_is_said_and_the_next_is_offered(window, qtbot,
                                                                     recorded_prompts):
    folder = window.autosaver.folder
    newer = _crashed_copy(folder, "Broken", pid=4_194_304 + 18)
    wrapper = json.loads(newer.read_text("utf-8"))
    wrapper["saved_at"] = "2100-01-01T00:00:00"  # offered first
    wrapper["timeline"] = wrapper["timeline"].replace('"events"', '"evnts"')
    newer.write_text(json.dumps(wrapper), "utf-8")
    older = _crashed_copy(folder, "Older")
    ended: list[bool] = []
    assert window.offer_recovery(background=True, ended=ended.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert ended == [True]
    assert [title for title, _ in recorded_prompts.errors] == ["Cannot restore the recovery copy"]
    assert [c.name for c in recorded_prompts.recovery_offers] == ["Broken.json", "Older.json"]
    assert window.document.timeline.title == "Older"
    assert newer.exists()  # unreadable, not deleted (as before)
    qtbot.waitUntil(lambda: not older.exists(), timeout=10_000)
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD


def test_a_large_copy_is_read_in_the_background_unless_told(window, qtbot, monkeypatch,
                                                             recorded_prompts):
    from timeline_app.ui import main_window

    _crashed_copy(window.autosaver.folder, "Crashed")
    held = HeldRead(monkeypatch)
    monkeypatch.setattr(main_window, "BACKGROUND_LOAD_BYTES", 10)  # "large": over 10 bytes
    held.release()
    ended: list[bool] = []
    assert window.offer_recovery(ended=ended.append)
    qtbot.waitUntil(lambda: ended == [True], timeout=10_000)
    assert held.threads == [False]
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD


START_CHILD = r"""
import json, os, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from timeline_app import app as timeline_app
from timeline_app.io import recovery
from timeline_app.ui import prompts
report = {"read_threads": []}
real = recovery.read_recovery

def spy(*args, **kwargs):
    report["read_threads"].append(threading.current_thread() is threading.main_thread())
    return real(*args, **kwargs)

recovery.read_recovery = spy
prompts.ask_restore_recovery = lambda *_args: True

def check():
    window = next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"),
                  None)
    if (window is None or not report["read_threads"] or window.is_busy()
            or not window.is_ready()):
        QTimer.singleShot(50, check)
        return
    report["title"] = window.document.timeline.title
    report["events"] = len(window.view.event_ids())
    report["modified"] = window.document.is_modified
    report["path"] = window.document.path
    print(json.dumps(report), flush=True)
    os._exit(0)

QTimer.singleShot(300, check)
QTimer.singleShot(60000, lambda: os._exit(1))
timeline_app.main(sys.argv[1:])
"""


def _start(tmp_path: Path, *args: str) -> dict:  # type: ignore[type-arg]
    return run_child(tmp_path, START_CHILD, *args)


def test_the_start_up_reads_a_restored_copy_off_the_gui_thread(tmp_path):
    (tmp_path / "recovery").mkdir()
    _crashed_copy(str(tmp_path / "recovery"), "Crashed")
    report = _start(tmp_path)
    assert report["read_threads"] == [False]
    assert report["title"] == "Crashed" and report["events"] == 3 and report["modified"]
