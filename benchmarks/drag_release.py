"""A drag's release, in GUI-thread CPU (issue 11, session 13): bench_view's drag (a press
on empty space, 60 moves of 1-8 px, 16 ms of the event loop between them) at a year
around the busiest day, then the release.  Prints, per round, the CPU of the release's
handler and of the frame after it, then of each slice of the view's own timers that
ran in the 600 ms after that frame, in order, by what they did: ``pan`` (the pan's
work: the end of a released pan; ``rest``: the stretch a press would pan, laid out
while the view rests), ``settle`` (the job making the released view's own
picture), ``side`` (a view beside it), ``job`` (another picture).  With ``--png PATH``
the view at rest after the last round is saved there (compare two trees' PNGs: the
pixels after the release must not depend on how it was made).

Usage (from the tree measured: its package is imported first)::

    cd TREE && QT_QPA_PLATFORM=offscreen python /path/to/benchmarks/drag_release.py \\
        N WxH [ROUNDS] [--png PATH]

A report, not a test: exit status 0.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

sys.path.insert(0, os.getcwd())
sys.path.insert(1, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _kind(view: Any, name: str) -> str:
    if name == "_pan_work":
        return "pan" if view._pan is not None else "rest"
    job = view._paint_job
    if job is None:
        return "none"
    if getattr(job, "settles", False):
        return "settle"
    return "side" if job.side else "job"


def main() -> int:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QImage, QMouseEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    # This file's bench_view, imported after the measured tree's app (it puts its own
    # tree first on the path).
    bench_view = importlib.import_module("bench_view")

    args = sys.argv[1:]
    png = None
    if "--png" in args:
        at = args.index("--png")
        png = args[at + 1]
        del args[at:at + 2]
    n, width, height = args[0], *map(int, args[1].split("x"))
    rounds = int(args[2]) if len(args) > 2 else 2
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    path = cache / "diplomatic-timeline-bench" / f"synthetic-v3-{n}-1.json"
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    busy = _dt.date.fromordinal(meta["busiest_day"])
    app = QApplication([sys.argv[0]])
    window = MainWindow(timeline_io.load(str(path)), str(path))
    window.show()
    app.processEvents()
    bench_view._set_viewport(window, app, width, height)
    view = window.view
    viewport = view.viewport()
    slices: list[tuple[str, float]] | None = None

    def timed(name: str) -> Any:
        work = getattr(view, name)

        def run() -> None:
            kind = _kind(view, name)
            began = time.thread_time()
            work()
            if slices is not None:
                slices.append((kind, (time.thread_time() - began) * 1000))

        return run

    for timer, name in ((view._ahead_timer, "_lay_out_ahead"), (view._pan_timer, "_pan_work")):
        timer.timeout.disconnect()
        timer.timeout.connect(timed(name))

    def idle(seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            app.processEvents()

    for rnd in range(rounds):
        view.go_to_date(busy, 365.0)
        idle(3.0)  # the view rests: its picture, the views beside, the stretch's layout
        press = bench_view.drag_press_spot(view)
        assert press is not None

        def send(kind: QEvent.Type, x: float, buttons: Qt.MouseButton,
                 y: float = press.y()) -> None:
            at = QPointF(x, y)
            button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else (
                Qt.MouseButton.LeftButton)
            QApplication.sendEvent(viewport, QMouseEvent(
                kind, at, QPointF(viewport.mapToGlobal(at.toPoint())), button, buttons,
                Qt.KeyboardModifier.NoModifier))

        x = press.x()
        send(QEvent.Type.MouseButtonPress, x, Qt.MouseButton.LeftButton)
        idle(0.05)
        for i in range(bench_view.DRAG_MOVES):
            x += bench_view.DRAG_STEPS[i % len(bench_view.DRAG_STEPS)]
            send(QEvent.Type.MouseMove, x, Qt.MouseButton.LeftButton)
            idle(bench_view.DRAG_MOVE_MS / 1000)
        began = time.thread_time()
        send(QEvent.Type.MouseButtonRelease, x, Qt.MouseButton.NoButton)
        handler = (time.thread_time() - began) * 1000
        began = time.thread_time()
        viewport.repaint()  # the release's frame
        frame = (time.thread_time() - began) * 1000
        slices = []
        idle(0.6)
        done, slices = slices, None
        settle = [ms for kind, ms in done if kind in ("pan", "settle")]
        print(f"round {rnd + 1}: release handler {handler:.1f} ms, its frame {frame:.1f} ms; "
              f"the released view's own work {sum(settle):.1f} ms in {len(settle)} slices "
              f"(longest {max(settle, default=0):.1f}); all slices in 600 ms after: "
              + ", ".join(f"{kind} {ms:.1f}" for kind, ms in done), flush=True)
    if png is not None:
        viewport.repaint()
        viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32).save(png)
        print(f"the view at rest: {png}")
    window.document.undo_stack.setClean()
    window.setWindowModified(False)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
