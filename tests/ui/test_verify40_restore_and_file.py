"""A file named on the command line when a recovery copy is restored instead (verify40, F5).

The app was started with a colleague's file to open (``timeline-app FILE``, or a double
click in a file manager) while a recovery copy of another timeline was on disk: Restore
showed the copy and the file asked for was never opened, without a word.  Now the status
bar says the file was not opened and Open Recent lists it first; a copy of that same file
says nothing more.
"""

from __future__ import annotations

import json
from pathlib import Path

from app_child import run_child

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import recovery

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from timeline_app import app as timeline_app, settings
from timeline_app.ui import prompts
prompts.ask_restore_recovery = lambda *_args: True
report = {}

def check():
    window = next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"),
                  None)
    if (window is None or window.is_busy() or not window.is_ready()
            or "Restored" not in window.statusBar().currentMessage()):
        QTimer.singleShot(50, check)
        return
    QTimer.singleShot(300, lambda: done(window))

def done(window):
    report["title"] = window.document.timeline.title
    report["message"] = window.statusBar().currentMessage()
    report["recent"] = settings.recent_files(settings.open_settings())
    print(json.dumps(report), flush=True)
    os._exit(0)

QTimer.singleShot(300, check)
QTimer.singleShot(60000, lambda: os._exit(1))
timeline_app.main(sys.argv[1:])
"""


def _copy(folder: Path, title: str, original: str | None) -> None:
    """A recovery copy a process long gone left in ``folder`` (a pid above Linux's largest)."""
    timeline = Timeline.from_events(
        [Event(f"{title}{i}", f"{title} {i}", FuzzyDate.of_year(1960 + i)) for i in range(3)],
        title=title)
    written = recovery.write_recovery(folder / "tmp", timeline, f"{title}.json", original)
    wrapper = json.loads(written.read_text("utf-8"))
    wrapper["pid"] = 4_194_304 + 17
    (folder / f"recovery-{wrapper['pid']}.json").write_text(
        json.dumps(wrapper, ensure_ascii=False), "utf-8")
    written.unlink()


def _file(path: Path, title: str) -> Path:
    timeline_io.save(Timeline.from_events(
        [Event("c1", "JCPOA", FuzzyDate.of_ymd(2015, 7, 14))], title=title), str(path))
    return path


def test_the_file_asked_for_is_named_when_a_copy_is_restored_instead(tmp_path: Path) -> None:
    (tmp_path / "recovery").mkdir()
    _copy(tmp_path / "recovery", "Crashed", None)
    asked = _file(tmp_path / "colleague.json", "Colleague")
    report = run_child(tmp_path, CHILD, str(asked))
    assert report["title"] == "Crashed"
    assert "Restored Crashed" in report["message"]
    assert "colleague.json was not opened" in report["message"]
    assert report["recent"][0] == str(asked.resolve())


def test_a_copy_of_the_file_asked_for_says_nothing_more(tmp_path: Path) -> None:
    (tmp_path / "recovery").mkdir()
    asked = _file(tmp_path / "mine.json", "Mine")
    _copy(tmp_path / "recovery", "Mine edited", str(asked))
    report = run_child(tmp_path, CHILD, str(asked))
    assert report["title"] == "Mine edited"
    assert "not opened" not in report["message"]
