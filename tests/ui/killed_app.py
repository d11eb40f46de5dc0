"""Helpers for the tests that kill a running app with SIGKILL and look at what the next
start offers (``test_autosave``, ``test_review_after_crash``, ``test_editor_after_crash``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

CHILD_APP = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from timeline_app import app as timeline_app

def window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")

def find(name):
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)

def when_shown(name, then):
    # then(widget) once the top-level widget of that object name is visible
    widget = find(name)
    if widget is None:
        QTimer.singleShot(100, lambda: when_shown(name, then))
        return
    then(widget)

def when_ready(then):
    # then() once the main window is ready for commands
    if not window().is_ready():
        QTimer.singleShot(100, lambda: when_ready(then))
        return
    then()
"""
"""The start of a child program for :func:`run_then_kill`: a ``QApplication``, the app's
module, and ``window()``, ``find(name)``, ``when_shown(name, then)``, ``when_ready(then)``.
The test's own part follows it, then :data:`CHILD_RUN`."""

CHILD_RUN = """
QTimer.singleShot(100, start)
sys.exit(timeline_app.main([]))
"""
"""The end of a child program: its ``start()`` once the event loop runs, then the app."""


def wait_for(predicate: Callable[[], bool], seconds: float = 30.0) -> bool:
    """Whether ``predicate()`` came true within ``seconds`` (polled every 50 ms)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def run_then_kill(code: str, ready: bytes, kept: Callable[[], bool]) -> None:
    """Run ``code`` (a Python program starting the app) in a child process, wait for it
    to print the line ``ready`` and for ``kept()`` (what it wrote to disk), then kill it
    with SIGKILL."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == ready
        assert wait_for(kept, 60.0)
    finally:
        child.send_signal(signal.SIGKILL)
        _out, err = child.communicate()
    assert child.returncode == -signal.SIGKILL, err.decode()


def dead_pid() -> int:
    """The id of a process that has ended (a crashed run's, for a state it left)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def shown(name: str) -> Any:
    """The visible top-level widget of that object name, or ``None``."""
    from PySide6.QtWidgets import QApplication

    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)


def kept_states(folder: str, pattern: str) -> Iterator[dict[str, Any]]:
    """The JSON states in ``folder`` whose names match ``pattern`` ('review-*.json'), each
    read whole; a file being written (unreadable or not yet JSON) is passed over."""
    for file in Path(folder).glob(pattern):
        try:
            yield json.loads(file.read_text("utf-8"))
        except (OSError, ValueError):
            continue
