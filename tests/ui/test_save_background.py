"""Saving a large timeline off the GUI thread (issue 11; session 9, branch ``save10``): the
window goes on meanwhile, edits made during the save are kept and stay unsaved, a failed
save is worded and keeps the document unsaved, closing waits for the save, and recovery
copies are written the same way.

A save holds here in the worker's ``fsync`` until the test lets it go (``Gate``), so that
the test acts while it is under way; the gate gives way by itself after a few seconds, so
code that saves on the GUI thread fails the test instead of hanging it.
"""

from __future__ import annotations

import errno
import json
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from timeline_app import io as timeline_io
from timeline_app.io import atomic, native, recovery
from timeline_app.ui import autosave, main_window

GATE_TIMEOUT_S = 3.0


class Gate:
    """Stands in for ``os.fsync`` in ``io.atomic``: records the thread of each call, and
    holds the first one until :meth:`release` (or ``GATE_TIMEOUT_S``)."""

    def __init__(self, fail: OSError | None = None, hold: int = 1) -> None:
        self.threads: list[threading.Thread] = []
        self._hold = hold  # which call is held: 1 the file's, 2 its folder's (renamed)
        self.reached = threading.Event()
        self._released = threading.Event()
        self._fail = fail
        self._real = os.fsync

    def __call__(self, fd: int) -> None:
        self.threads.append(threading.current_thread())
        if len(self.threads) == self._hold:
            self.reached.set()
            self._released.wait(GATE_TIMEOUT_S)
            if self._fail is not None:
                raise self._fail
        self._real(fd)

    def release(self) -> None:
        self._released.set()

    def off_the_gui_thread(self) -> bool:
        return bool(self.threads) and self.threads[0] is not threading.main_thread()


@pytest.fixture
def in_background(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every save and recovery copy of the (small) test timeline goes to a worker thread,
    as a timeline of ``SAVE_IN_BACKGROUND_FROM`` events does (absent before session 9:
    then every save held the GUI thread)."""
    monkeypatch.setattr(main_window, "SAVE_IN_BACKGROUND_FROM", 1, raising=False)
    monkeypatch.setattr(autosave, "SAVE_IN_BACKGROUND_FROM", 1, raising=False)


def _gate(monkeypatch: pytest.MonkeyPatch, fail: OSError | None = None,
          hold: int = 1) -> Gate:
    gate = Gate(fail, hold)
    monkeypatch.setattr(atomic.os, "fsync", gate)
    return gate


def _saved_in_background(window, qtbot, gate: Gate, path: Path):  # type: ignore[no-untyped-def]
    """Start Save As to ``path``; returns once the worker holds in ``fsync``."""
    assert window.save_as()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    return window


def test_the_write_runs_off_the_gui_thread_with_progress(window, qtbot, tmp_path,
                                                         recorded_prompts, monkeypatch,
                                                         in_background):
    gate = _gate(monkeypatch)
    path = tmp_path / "big.json"
    recorded_prompts.save_path = str(path)
    window.document.remove_event(window.view.event_ids()[0])
    expected = timeline_io.dumps(window.document.timeline)
    _saved_in_background(window, qtbot, gate, path)
    assert gate.off_the_gui_thread()
    # The window goes on: its status line and bar say what is happening.
    assert window.statusBar().currentMessage().startswith("Saving big.json…")
    assert window._save_bar is not None and window._save_bar.isVisible()
    assert window.document.is_modified
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as saved:
        gate.release()
    assert saved.args == [True]
    assert path.read_text("utf-8") == expected
    assert not window.document.is_modified
    # (the timeline's name and its file's: verify75 F16, "big.json" alone until session 57)
    assert window.windowTitle().startswith("South Korea and Japan, 1965-2025 — big.json")
    assert window.statusBar().currentMessage() == f"Saved {path}"
    assert not window._save_bar.isVisible()
    assert window.save_action.isEnabled()
    assert [p.name for p in tmp_path.iterdir()] == ["big.json"]
    # The fingerprint is the file's: a later Save does not think someone changed it.
    assert not window.document.file_changed_on_disk()


def test_edits_made_during_the_save_are_kept_and_stay_unsaved(window, qtbot, tmp_path,
                                                              recorded_prompts, monkeypatch,
                                                              in_background):
    gate = _gate(monkeypatch)
    path = tmp_path / "big.json"
    recorded_prompts.save_path = str(path)
    first, second = window.view.event_ids()[:2]
    window.document.remove_event(first)
    written = timeline_io.dumps(window.document.timeline)
    _saved_in_background(window, qtbot, gate, path)
    window.document.remove_event(second)  # while the worker writes
    assert gate.off_the_gui_thread()
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        gate.release()
    assert path.read_text("utf-8") == written  # the timeline as the save began
    assert second not in window.document.timeline  # the edit is kept
    assert second in timeline_io.load(path)
    assert window.document.is_modified  # and not marked saved
    assert window.windowTitle().startswith("big.json[*]") or window.isWindowModified()
    assert "not saved yet" in window.statusBar().currentMessage()
    # Undoing the edit made meanwhile does not claim the document is saved either.
    window.document.undo_stack.undo()
    assert window.document.is_modified
    # A second save writes the edit and marks the document saved.
    window.document.undo_stack.redo()
    gate2 = _gate(monkeypatch)
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        assert window.save()
        gate2.release()
    assert second not in timeline_io.load(path)
    assert not window.document.is_modified


def test_a_full_disk_is_worded_and_the_document_stays_unsaved(window, qtbot, tmp_path,
                                                               recorded_prompts, monkeypatch,
                                                               in_background):
    path = tmp_path / "big.json"
    timeline_io.save(window.document.timeline, path)
    assert window.open_path(str(path))
    before = path.read_bytes()
    window.document.remove_event(window.view.event_ids()[0])
    gate = _gate(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert window.save()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    assert gate.off_the_gui_thread()
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as ended:
        gate.release()
    assert ended.args == [False]
    title, message = recorded_prompts.errors[-1]
    assert title == "Cannot save timeline"
    assert message.startswith("big.json could not be saved: the disk is full")
    assert "Errno" not in message and ".tmp" not in message
    assert window.document.is_modified
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["big.json"]
    assert window.save_action.isEnabled() and not window._save_bar.isVisible()


def test_closing_during_a_save_waits_for_it(window, qtbot, tmp_path, recorded_prompts,
                                            monkeypatch, in_background):
    gate = _gate(monkeypatch)
    path = tmp_path / "big.json"
    recorded_prompts.save_path = str(path)
    window.document.remove_event(window.view.event_ids()[0])
    _saved_in_background(window, qtbot, gate, path)
    assert not window.close()  # not now: the save is under way
    assert window.isVisible()
    assert window.statusBar().currentMessage() == "Closing once big.json is saved…"
    assert recorded_prompts.asked_save_changes == 0
    assert not window.open_file()  # nor may another file replace the document
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        gate.release()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert recorded_prompts.asked_save_changes == 0  # saved: nothing to ask
    assert timeline_io.load(path) is not None


def test_closing_after_edits_during_the_save_asks(window, qtbot, tmp_path, recorded_prompts,
                                                  monkeypatch, in_background):
    gate = _gate(monkeypatch)
    path = tmp_path / "big.json"
    recorded_prompts.save_path = str(path)
    _saved_in_background(window, qtbot, gate, path)
    window.document.remove_event(window.view.event_ids()[0])
    assert not window.close()
    recorded_prompts.save_choice = recorded_prompts.save_choice.CANCEL
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        gate.release()
    qtbot.waitUntil(lambda: recorded_prompts.asked_save_changes == 1)
    assert window.isVisible()  # Cancel: the edit is not lost
    assert window.document.is_modified


def test_a_save_asked_for_before_opening_another_file_waits_for_it(
        window, qtbot, tmp_path, recorded_prompts, monkeypatch, in_background):
    other = tmp_path / "other.json"
    timeline_io.save(timeline_io.loads(timeline_io.dumps(window.document.timeline)), other)
    mine = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, mine)
    assert window.open_path(str(mine))
    window.document.remove_event(window.view.event_ids()[0])
    expected = timeline_io.dumps(window.document.timeline)
    recorded_prompts.open_path = str(other)
    recorded_prompts.save_choice = recorded_prompts.save_choice.SAVE
    gate = _gate(monkeypatch)
    threading.Timer(0.3, gate.release).start()  # the save waits in a loop meanwhile
    window.open_file()
    qtbot.waitUntil(lambda: window.document.path == str(other), timeout=10_000)
    assert gate.off_the_gui_thread()
    assert mine.read_text("utf-8") == expected


def test_large_recovery_copies_are_written_off_the_gui_thread(window, qtbot, monkeypatch,
                                                              in_background):
    gate = _gate(monkeypatch)
    window.document.remove_event(window.view.event_ids()[0])
    saver = window.autosaver
    expected = timeline_io.dumps(window.document.timeline)
    saver.write_soon()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    assert gate.off_the_gui_thread()
    window.document.remove_event(window.view.event_ids()[0])  # meanwhile: a copy follows
    saver.write_soon()
    gate.release()
    copy = Path(saver.file)
    qtbot.waitUntil(lambda: saver._job is None and copy.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: saver._job is None, timeout=10_000)
    wrapper = json.loads(copy.read_text("utf-8"))
    assert wrapper["timeline"] == timeline_io.dumps(window.document.timeline) != expected
    assert wrapper["event_count"] == len(window.document.timeline)
    restored = recovery.read_recovery(recovery.RecoveryCopy(
        copy, recovery._dt.datetime.now(), "x", None, 0, 0))
    assert restored.events == window.document.timeline.events


def test_closing_cancels_a_recovery_copy_under_way(window, qtbot, monkeypatch,
                                                   in_background, recorded_prompts):
    monkeypatch.setattr(native, "_WRITE_PIECE", 1)
    started = threading.Event()
    hold = threading.Event()
    real = recovery.write_recovery

    def slow(*args, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> bool:
            started.set()
            hold.wait(GATE_TIMEOUT_S)
            return progress(done, total) if progress is not None else True

        return real(*args, progress=held, **kwargs)

    monkeypatch.setattr(recovery, "write_recovery", slow)
    window.document.remove_event(window.view.event_ids()[0])
    window.autosaver.write_soon()
    assert started.wait(GATE_TIMEOUT_S)
    folder = Path(window.autosaver.folder)
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD
    threading.Timer(0.2, hold.set).start()
    assert window.close()
    assert list(folder.iterdir()) == []  # no copy, no temporary file left behind


def test_save_chosen_on_close_waits_for_the_write_then_closes(window, qtbot, tmp_path,
                                                              recorded_prompts, monkeypatch,
                                                              in_background):
    mine = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, mine)
    assert window.open_path(str(mine))
    window.document.remove_event(window.view.event_ids()[0])
    expected = timeline_io.dumps(window.document.timeline)
    recorded_prompts.save_choice = recorded_prompts.save_choice.SAVE
    gate = _gate(monkeypatch)
    threading.Timer(0.5, gate.release).start()
    assert window.close()  # the window stays responsive while it waits for the write
    assert gate.off_the_gui_thread()
    assert mine.read_text("utf-8") == expected
    assert not window.isVisible()
    assert recorded_prompts.asked_save_changes == 1


def test_our_own_save_is_not_reported_as_a_change_by_another_program(
        window, qtbot, tmp_path, recorded_prompts, monkeypatch, in_background):
    mine = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, mine)
    assert window.open_path(str(mine))
    window.document.remove_event(window.view.event_ids()[0])
    gate = _gate(monkeypatch)
    assert window.save()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        gate.release()
    window.check_file_on_disk()  # as the watcher's delay would, after the rename
    assert recorded_prompts.reload_offers == [] and recorded_prompts.messages == []
    assert not window.document.is_modified


def test_the_watcher_checks_once_the_save_has_ended(window, qtbot, tmp_path,
                                                    recorded_prompts, monkeypatch,
                                                    in_background):
    mine = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, mine)
    assert window.open_path(str(mine))
    window.document.remove_event(window.view.event_ids()[0])
    gate = _gate(monkeypatch, hold=2)  # held after the rename: the new file is in place
    assert window.save()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    assert window.document.file_changed_on_disk()  # to the fingerprint known so far
    window.check_file_on_disk()  # the watcher fires while the save is under way
    window.check_file_on_disk()
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        gate.release()
    assert recorded_prompts.reload_offers == [] and recorded_prompts.messages == []
    assert not window.document.is_modified


def test_a_restored_copy_is_written_again_off_the_gui_thread_before_the_old_one_goes(
        window, qtbot, monkeypatch, in_background, recorded_prompts):
    window.document.remove_event(window.view.event_ids()[0])
    folder = Path(window.autosaver.folder)
    old = recovery.write_recovery(folder, window.document.timeline, "crashed.json", None)
    old = old.rename(folder / "recovery-1.json")  # as a crashed process's copy
    window.document.undo_stack.undo()
    window.document.undo_stack.setClean()
    gate = _gate(monkeypatch)
    assert window.offer_recovery()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    assert gate.off_the_gui_thread()
    assert old.exists()  # ours is not written yet: the old copy stays meanwhile
    gate.release()
    qtbot.waitUntil(lambda: not old.exists(), timeout=10_000)
    ours = Path(window.autosaver.file)
    assert ours.exists()
    assert json.loads(ours.read_text("utf-8"))["event_count"] == len(window.document.timeline)


def test_text_that_cannot_be_written_is_an_error_message_not_a_traceback(
        window, qtbot, tmp_path, recorded_prompts, in_background):
    path = tmp_path / "big.json"
    recorded_prompts.save_path = str(path)
    window.document.set_properties("bad \ud800", "")  # no UTF-8 for a lone surrogate
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as ended:
        assert window.save_as()
    assert ended.args == [False]
    title, message = recorded_prompts.errors[-1]
    assert title == "Cannot save timeline"
    assert message.startswith("big.json could not be saved: the timeline holds text that "
                              "cannot be written")
    assert window.document.is_modified
    assert list(tmp_path.iterdir()) == []
    # Nor does the recovery copy raise into the event loop: it fails, and says so.
    assert not window.autosaver.write_now()
    assert "surrogates not allowed" in window.autosaver.last_error
    window.autosaver.write_soon()
    qtbot.waitUntil(lambda: window.autosaver._job is None, timeout=10_000)
    assert "surrogates not allowed" in window.autosaver.last_error
    window.document.undo_stack.undo()


def test_the_bar_is_not_full_while_the_file_is_still_flushed(window, qtbot, tmp_path,
                                                             recorded_prompts, monkeypatch,
                                                             in_background):
    """verify10: the bar read 100 % while the status line still said "Saving…" (every
    piece written, the flush to the disk and the rename still to come)."""
    gate = _gate(monkeypatch)
    path = tmp_path / "big.json"
    recorded_prompts.save_path = str(path)
    _saved_in_background(window, qtbot, gate, path)  # held in fsync: every piece written
    bar = window._save_bar
    assert bar is not None
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5_000)  # the pieces' reports arrived
    assert 0 < bar.value() < bar.maximum()
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        gate.release()


# -- Cancel (session 10, branch ``jobs11``) ---------------------------------------------


def _one_file_and_an_edit(window, tmp_path):  # type: ignore[no-untyped-def]
    """The window on its own file, with one unsaved edit; returns the file and its bytes."""
    path = tmp_path / "big.json"
    timeline_io.save(window.document.timeline, path)
    assert window.open_path(str(path))
    window.document.remove_event(window.view.event_ids()[0])
    return path, path.read_bytes()


def test_cancel_after_every_piece_is_written_leaves_the_file_as_it_was(
        window, qtbot, tmp_path, recorded_prompts, monkeypatch, in_background):
    """Cancel while the worker flushes the complete temporary file (every piece written,
    the rename next): the rename is abandoned.  Fails on the old code: no Cancel."""
    path, before = _one_file_and_an_edit(window, tmp_path)
    gate = _gate(monkeypatch)
    assert window.save()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    cancel = window._save_cancel
    assert cancel is not None and cancel.isVisible() and cancel.isEnabled()
    assert cancel.accessibleName() == "Cancel save"
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as ended:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not cancel.isEnabled()  # pressed once; the worker stops at its next check
        gate.release()
    assert ended.args == [False]
    assert path.read_bytes() == before  # the target exactly as it was
    assert [p.name for p in tmp_path.iterdir()] == ["big.json"]  # no temporary file
    assert window.document.is_modified
    assert window.statusBar().currentMessage().startswith("Saving big.json cancelled")
    assert recorded_prompts.errors == []  # a Cancel is not an error
    assert not window._save_bar.isVisible() and not cancel.isVisible()
    assert window.save_action.isEnabled()
    # The next save works, and writes the edit.
    gate2 = _gate(monkeypatch)
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as saved:
        assert window.save()
        gate2.release()
    assert saved.args == [True] and not window.document.is_modified
    assert path.read_text("utf-8") == timeline_io.dumps(window.document.timeline)


def test_cancel_between_pieces_stops_the_write(window, qtbot, tmp_path, recorded_prompts,
                                               monkeypatch, in_background):
    """Cancel while pieces are still being encoded: the worker stops at the next one,
    before the flush (fsync is never reached)."""
    path, before = _one_file_and_an_edit(window, tmp_path)
    monkeypatch.setattr(native, "_WRITE_PIECE", 1)  # a piece an event
    reached = threading.Event()
    hold = threading.Event()
    real_save = timeline_io.save

    def held_save(snap, target, progress=None):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> object:
            reached.set()
            hold.wait(GATE_TIMEOUT_S)
            return progress(done, total) if progress is not None else True

        return real_save(snap, target, held)

    monkeypatch.setattr(timeline_io, "save", held_save, raising=False)
    gate = _gate(monkeypatch)
    assert window.save()
    qtbot.waitUntil(reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as ended:
        assert window.cancel_save()
        hold.set()
    assert ended.args == [False]
    assert gate.threads == []  # stopped before the flush
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["big.json"]
    assert window.document.is_modified
    assert not window.cancel_save()  # nothing runs any more


def test_cancel_while_a_close_waits_for_the_save_keeps_the_window_open(
        window, qtbot, tmp_path, recorded_prompts, monkeypatch, in_background):
    path, before = _one_file_and_an_edit(window, tmp_path)
    gate = _gate(monkeypatch)
    assert window.save()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(GATE_TIMEOUT_S * 1000))
    assert not window.close()  # waits for the save, as before
    assert window.statusBar().currentMessage() == "Closing once big.json is saved…"
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        window.cancel_save()
        gate.release()
    qtbot.wait(50)
    assert window.isVisible()  # the unsaved edit is not lost
    assert window.document.is_modified
    assert path.read_bytes() == before
    assert recorded_prompts.asked_save_changes == 0
    # Closing now asks, as for any unsaved document.
    recorded_prompts.save_choice = recorded_prompts.save_choice.CANCEL
    assert not window.close()
    assert recorded_prompts.asked_save_changes == 1


def test_cancel_of_a_save_a_close_asked_for_keeps_the_window_open(
        window, qtbot, tmp_path, recorded_prompts, monkeypatch, in_background):
    """Save chosen on close, then Cancel while it writes: the close does not go on."""
    path, before = _one_file_and_an_edit(window, tmp_path)
    recorded_prompts.save_choice = recorded_prompts.save_choice.SAVE
    gate = _gate(monkeypatch)

    def cancel_then_release() -> None:
        if not gate.reached.is_set():  # the worker starts once the window has painted
            QTimer.singleShot(20, cancel_then_release)
            return
        window.cancel_save()
        gate.release()

    QTimer.singleShot(100, cancel_then_release)
    assert not window.close()
    assert window.isVisible() and window.document.is_modified
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["big.json"]


def test_starting_a_save_paints_nothing_on_the_spot(window, qtbot, tmp_path, recorded_prompts,
                                                    monkeypatch, in_background):
    """The start of a save returns without painting: the bar's first value was set while
    it was visible, and ``QProgressBar.setValue`` repaints at once — the whole window
    with it, as the bar had just changed the status bar (34 ms of the start of a
    million-event save; jobs11).  Fails on the old code (the window painted inside the
    call)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, _watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    qtbot.wait(100)  # whatever the window had to paint is painted
    paints = Paints()
    window.view.viewport().installEventFilter(paints)
    window.statusBar().installEventFilter(paints)
    gate = _gate(monkeypatch)
    path = tmp_path / "big.json"
    recorded_prompts.save_path = str(path)
    window.document.remove_event(window.view.event_ids()[0])
    qtbot.wait(100)
    Paints.count = 0
    assert window.save_as()
    assert Paints.count == 0  # painted by the event loop, after the call
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        gate.release()
    window.view.viewport().removeEventFilter(paints)
    window.statusBar().removeEventFilter(paints)


def test_the_worker_starts_once_the_window_has_painted_the_save_s_start(
        window, qtbot, tmp_path, recorded_prompts, monkeypatch, in_background):
    """The bar and the status line are painted before the worker starts: a paint beside a
    worker running Python waits for the GIL at each Qt call.  Fails on the old code (the
    worker started inside the call, before any paint)."""
    import time

    from PySide6.QtCore import QEvent, QObject

    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    real_save = timeline_io.save

    def recorded_save(*args, **kwargs):  # type: ignore[no-untyped-def]
        order.append("write")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(timeline_io, "save", recorded_save, raising=False)
    qtbot.wait(100)
    paints = Paints()
    window.statusBar().installEventFilter(paints)
    recorded_prompts.save_path = str(tmp_path / "big.json")
    window.document.remove_event(window.view.event_ids()[0])
    qtbot.wait(100)
    order.clear()
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        assert window.save_as()
        time.sleep(0.2)  # a worker started by the call would begin writing meanwhile
        assert order == []
    assert order == ["paint", "write"]
    window.statusBar().removeEventFilter(paints)


def test_cancelling_save_as_of_an_unchanged_timeline_speaks_of_no_changes(
        window, qtbot, tmp_path, recorded_prompts, monkeypatch, in_background):
    gate = _gate(monkeypatch)
    recorded_prompts.save_path = str(tmp_path / "copy.json")
    assert not window.document.is_modified
    _saved_in_background(window, qtbot, gate, tmp_path / "copy.json")
    with qtbot.waitSignal(window.save_finished, timeout=10_000):
        assert window.cancel_save()
        gate.release()
    assert window.statusBar().currentMessage() == ("Saving copy.json cancelled: the file on "
                                                   "disk is as it was")
    assert list(tmp_path.iterdir()) == []
