"""verify32, F16: a process killed while it wrote a recovery copy of a large timeline left
its temporary file (``.recovery-PID.json.XXXXXXXX.tmp``, 50 MB at 100 000 events, ~0.9 GB at
a million) in the recovery folder for good: only a later write of the same name removes such
a file, and the next process has another PID.  Looking for copies now removes those of
processes that no longer run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from timeline_app.io.recovery import find_recovery_copies


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_processs_temporary_copy_is_removed(tmp_path: Path) -> None:
    dead = tmp_path / f".recovery-{_dead_pid()}.json.0123abcd.tmp"
    dead.write_bytes(b"{" * 1000)
    ours = tmp_path / f".recovery-{os.getpid()}.json.89abcdef.tmp"  # being written now
    ours.write_bytes(b"{")
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = tmp_path / f".recovery-{alive.pid}.json.456789ab.tmp"
        theirs.write_bytes(b"{")
        other = tmp_path / ".notes.txt.0123abcd.tmp"  # not a recovery copy's
        other.write_bytes(b"x")
        assert find_recovery_copies(tmp_path) == []
        assert not dead.exists()
        assert ours.exists() and theirs.exists() and other.exists()
    finally:
        alive.kill()
        alive.wait()
