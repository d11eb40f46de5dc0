"""Once a timeline view is made, Qt's raster engine fills on the GUI thread alone
(``FILLS_ON_GUI_THREAD``, ``QT_NO_GUI_THREADPOOL``): the view's vertical scroll bar at
1440 px, repainted when Fit All changes its range after a resize, was filled by Qt's GUI
thread pool in tasks of 64 rows, 300-750 context switches and a 4-9 ms wait on a loaded
machine in a frame that is otherwise a copy (issue 11, benchmarks/README.md, session 13,
``fit14b``).  Structural, never timed: in a fresh process (the pool's threads are made
at its first use and kept), the bar is painted without any pooled thread being made,
with the pixels Qt's default (the pool) gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import hashlib, json, os, sys
from pathlib import Path
os.environ.pop("QT_NO_GUI_THREADPOOL", None)
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.core import Timeline
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui import timeline_view
from timeline_app.ui.view_settings import set_in_view
if sys.argv[1] == "default":
    set_in_view("FILLS_ON_GUI_THREAD", False)  # Qt's default: its pool

view = timeline_view.TimelineView(Document(Timeline()), EventSelection())
view.resize(900, 1500)
view.show()
app.processEvents()
view.viewport().repaint()
bar = view.verticalScrollBar()
QPixmapCache.clear()  # (the style's cached parts painted anew)
bar.setEnabled(True)
bar.setRange(0, 308)
bar.setPageStep(1356)
bar.repaint()  # into the window's backing store, as a frame
corner = bar.mapTo(view.window(), bar.rect().topLeft())
image = view.screen().grabWindow(view.window().winId(), corner.x(), corner.y(),
                                 bar.width(), bar.height()).toImage()
names = [Path(task, "comm").read_text().strip() for task in Path("/proc/self/task").iterdir()]
print(json.dumps({"height": bar.height(), "pooled": names.count("Thread (pooled)"),
                  "pixels": hashlib.sha256(bytes(image.constBits())).hexdigest()}), flush=True)
os._exit(0)
"""


def _child(mode: str, tmp_path: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               TIMELINE_APP_SETTINGS=str(tmp_path / "settings.ini"),
               TIMELINE_APP_RECOVERY_DIR=str(tmp_path / "recovery"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT),
                                                        os.environ.get("PYTHONPATH")])))
    env.pop("QT_NO_GUI_THREADPOOL", None)
    done = subprocess.run([sys.executable, "-c", CHILD, mode], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    out: dict[str, object] = json.loads(lines[-1])
    return out


def test_a_tall_scroll_bar_is_filled_on_the_gui_thread_with_the_same_pixels(tmp_path):
    """Fails on the code before: the bar's fills start Qt's pooled threads."""
    ours, default = _child("view", tmp_path), _child("default", tmp_path)
    assert ours["height"] == default["height"]
    assert int(str(ours["height"])) >= 1400  # (a fill of more than 95 rows: the pool's)
    assert default["pooled"] != 0  # (the check sees the pool when Qt uses it)
    assert ours["pooled"] == 0
    assert ours["pixels"] == default["pixels"]
