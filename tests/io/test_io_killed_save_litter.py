"""A save killed mid-way (``kill -9``) leaves no hidden temporary file for good (verify62).

The document itself is intact (the rename is atomic), but the killed save's
``.NAME.PID-XXXXXXXX.tmp`` stayed beside it: the clean-up on the next save or open only
removed files older than a minute, so a restart that opened and saved the document within
that minute (and never saved it again) left it for good.  Now a temporary file written
before this process started, by a process that no longer runs, is removed at once; one of
a running process, of another target, of another name, a link or a FIFO never is.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import atomic, load, save

ROOT = Path(__file__).resolve().parents[2]

# A child that starts a save of ``target`` and stops half-way through it (its first piece
# written, the temporary file open), to be killed there or left running.
HALF_A_SAVE = """
import sys, time
sys.path.insert(0, {root!r})
from timeline_app.io.atomic import write_atomically
def pieces():
    yield b'{{"half": '
    print("writing", flush=True)
    time.sleep(600)
    yield b'1}}'
write_atomically({target!r}, pieces())
"""

# A restarted app: a new process that opens the document, or saves it.
RESTART = """
import sys
sys.path.insert(0, {root!r})
from timeline_app.io import load, save
timeline = load({target!r})
if {also_save!r}:
    save(timeline, {target!r})
"""


def _timeline(title: str) -> Timeline:
    return Timeline.from_events([Event("e", "E", FuzzyDate.of_year(2025))], title=title)


def _half_a_save(target: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HALF_A_SAVE.format(root=str(ROOT), target=str(target))],
        stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    return child


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.stdout is not None
    child.stdout.close()


def _restart(target: Path, also_save: bool) -> None:
    subprocess.run([sys.executable, "-c", RESTART.format(
        root=str(ROOT), target=str(target), also_save=also_save)], check=True, timeout=120)


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("also_save", [False, True], ids=["open", "save"])
def test_a_restart_right_after_a_killed_save_removes_its_temporary_file(
        tmp_path: Path, also_save: bool) -> None:
    """Fails on main: the file was seconds old, so the restart's open and save kept it."""
    target = tmp_path / "t.json"
    save(_timeline("Before"), target)
    before = target.read_bytes()
    child = _half_a_save(target)
    _kill(child)
    assert target.read_bytes() == before
    left = _temporaries(tmp_path)
    assert len(left) == 1
    # A restart comes seconds after a kill, never within the 10 ms to which this
    # process's start is known (/proc): the file's time is put a second back, far
    # below the minute of the rule before (so this still fails on main).
    temporary = tmp_path / left[0]
    when = temporary.stat().st_mtime - 1
    os.utime(temporary, (when, when))
    _restart(target, also_save)
    assert _temporaries(tmp_path) == []
    assert load(target).title == "Before"
    # (its name said which process wrote it)
    assert re.fullmatch(rf"\.t\.json\.{child.pid}-[0-9a-f]{{8}}\.tmp", left[0])


def test_a_running_save_s_temporary_file_stays(tmp_path: Path) -> None:
    """Another window's save still under way (its process alive) keeps its file, however
    new the process that opens or saves the same document is."""
    target = tmp_path / "t.json"
    save(_timeline("Before"), target)
    child = _half_a_save(target)
    try:
        kept = _temporaries(tmp_path)
        assert len(kept) == 1
        time.sleep(0.05)
        _restart(target, also_save=True)
        assert _temporaries(tmp_path) == kept
    finally:
        _kill(child)


def _a_dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _written(path: Path, seconds_ago: float) -> None:
    path.write_text("partial")
    when = time.time() - seconds_ago
    os.utime(path, (when, when), follow_symlinks=False)


def test_only_provably_ours_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    """Written before this process started (faked: it started 10 s ago, the files are
    20 s old) by a dead process: removed.  The same age without a process in its name
    (an older version's, maybe a running one's), of a running process, of another
    target, or named otherwise: kept until they are a minute old, as before."""
    monkeypatch.setattr(atomic, "process_started_at", lambda: time.time() - 10)
    dead = _a_dead_pid()
    target = tmp_path / "t.json"
    save(_timeline("a"), target)
    killed = tmp_path / f".t.json.{dead}-0123abcd.tmp"
    own_earlier_run = tmp_path / f".t.json.{os.getpid()}-0123abcd.tmp"
    kept = [tmp_path / ".t.json.89abcdef.tmp",
            tmp_path / f".t.json.{os.getppid()}-0123abcd.tmp",
            tmp_path / f".u.json.{dead}-0123abcd.tmp",
            tmp_path / f".t.json.{dead}-backup.tmp",
            tmp_path / f".t.json.{dead}-0123abcd.tmp.bak"]
    for path in (killed, own_earlier_run, *kept):
        _written(path, 20)
    mine_now = tmp_path / f".t.json.{os.getpid()}-456789ab.tmp"
    mine_now.write_text("a save of this process under way")
    save(_timeline("b"), target)
    assert not killed.exists() and not own_earlier_run.exists()
    assert all(path.exists() for path in kept) and mine_now.exists()
    _written(killed, 20)
    load(target)
    assert not killed.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_link_or_fifo_with_a_temporary_s_name_is_left_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never followed, never removed, never opened (a FIFO would block a reader)."""
    monkeypatch.setattr(atomic, "process_started_at", lambda: time.time() + 3600)
    dead = _a_dead_pid()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    precious = elsewhere / "precious.json"
    _written(precious, 7200)
    target = tmp_path / "t.json"
    save(_timeline("a"), target)
    link = tmp_path / f".t.json.{dead}-0123abcd.tmp"
    link.symlink_to(precious)
    _written(link, 7200)  # the link itself is old (utime without following it)
    fifo = tmp_path / f".t.json.{dead}-89abcdef.tmp"
    os.mkfifo(fifo)
    save(_timeline("b"), target)
    load(target)
    assert link.is_symlink() and precious.read_text() == "partial"
    assert fifo.exists() and not fifo.is_file()


def test_the_recovery_folder_s_clean_up_knows_the_new_names(tmp_path: Path) -> None:
    """``recovery.remove_dead_temporaries`` removes a dead process's copy's temporary
    file under the name ``write_atomically`` now gives it, and still under the old one."""
    from timeline_app.io.recovery import remove_dead_temporaries

    dead = _a_dead_pid()
    new = tmp_path / f".recovery-{dead}.json.{dead}-0123abcd.tmp"
    old = tmp_path / f".recovery-{dead}.journal.0123abcd.tmp"
    running = tmp_path / f".recovery-{os.getppid()}.json.{os.getppid()}-0123abcd.tmp"
    for path in (new, old, running):
        path.write_text("partial")
    assert sorted(remove_dead_temporaries(tmp_path)) == sorted([str(new), str(old)])
    assert running.exists()


def test_process_started_at_is_before_now_and_not_long_ago() -> None:
    from timeline_app.io.processes import process_started_at

    started = process_started_at()
    assert started <= time.time()
    assert started == process_started_at()  # computed once


def test_on_windows_the_writer_is_asked_for_without_os_kill(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``os.kill(pid, 0)`` sends CTRL_C_EVENT on Windows (Python's ``os.kill``
    documentation): ``process_alive`` asks the Win32 process query there instead, never
    ``os.kill``, so a restart's rule for a killed save's file holds on Windows too."""
    from timeline_app.io import processes

    def no_kill(pid: int, sig: int) -> None:
        raise AssertionError(f"os.kill({pid}, {sig}) on Windows")

    asked: list[int] = []

    def query(pid: int) -> bool:
        asked.append(pid)
        return False

    monkeypatch.setattr(processes.os, "kill", no_kill)
    monkeypatch.setattr(processes.sys, "platform", "win32")
    monkeypatch.setattr(processes, "_windows_process_alive", query)
    monkeypatch.setattr(atomic, "process_started_at", lambda: time.time())
    now = time.time()
    try:
        assert atomic._stale("12345", now - 20, now, 60.0)  # its writer has ended
        assert asked == [12345]
    finally:
        monkeypatch.undo()
