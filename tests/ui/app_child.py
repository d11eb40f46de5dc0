"""The app run in a child process by a test: its settings and recovery folder in the
test's own folder, the JSON report the child printed last returned."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_child(tmp_path: Path, child: str, *args: str) -> dict:  # type: ignore[type-arg]
    """Run ``child`` (a script that starts the app) with ``args``, ``QT_QPA_PLATFORM``
    offscreen, ``TIMELINE_APP_SETTINGS`` = ``tmp_path/settings.ini`` and
    ``TIMELINE_APP_RECOVERY_DIR`` = ``tmp_path/recovery``; the last line it printed that
    starts with "{", read as JSON.  Fails the test (with the child's stderr) when none."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               TIMELINE_APP_SETTINGS=str(tmp_path / "settings.ini"),
               TIMELINE_APP_RECOVERY_DIR=str(tmp_path / "recovery"))
    result = subprocess.run([sys.executable, "-c", child, *args], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    return json.loads(lines[-1])  # type: ignore[no-any-return]
