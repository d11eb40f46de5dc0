"""Fit All's frame a while after a resize, with and without the pointer resting over the
view: the ``frames N @2560x1440 fit all`` row's one long frame (issue 11, session 37).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/fit_after_rest.py \
        [--size 1000] [--viewport 2560x1440] [--rest 4] [--rounds 2]

``MainWindow`` on ``bench_view.py``'s synthetic file (its cache) at 1600x900, a year's
view at the busiest day, then (with the pointer: a mouse move over the view first, as
``bench_view.py``'s latency drag leaves it) the viewport resized to ``--viewport``,
``bench_view._wait_until_idle``, ``--rest`` more seconds of the event loop turning, and
Fit All's frame (``fit_all``, ``repaint``, ``processEvents``): the process's CPU and the
wall clock, ms, and whether a picture of Fit All's view was held at that moment
(``_fit_picture``).  Each round is a fresh process, without the pointer then with it.
A report, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"


def child(size: int, width: int, height: int, rest: float, pointer: bool) -> None:
    """One window, one Fit All; prints a JSON line."""
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]
    import bench_view
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    path = CACHE / f"synthetic-v3-{size}-1.json"
    busy = json.loads(path.with_name(path.stem + ".meta.json").read_text())["busiest_day"]
    app = QApplication([sys.argv[0]])
    window = MainWindow(timeline_io.load(str(path)), str(path))
    window.show()
    app.processEvents()
    view = window.view
    bench_view._set_viewport(window, app, 1600, 900)
    view.go_to_date(dt.date.fromordinal(busy), 365.0)
    view.viewport().repaint()
    app.processEvents()
    if pointer:
        viewport = view.viewport()
        at = QPointF(viewport.width() / 2, viewport.height() * 0.4)
        QApplication.sendEvent(viewport, QMouseEvent(
            QEvent.Type.MouseMove, at, view.mapToGlobal(at.toPoint()), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        app.processEvents()
    bench_view._set_viewport(window, app, width, height)
    waited = bench_view._wait_until_idle(app)
    end = time.perf_counter() + rest
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)
    held = view._fit_picture is not None
    c0, t0 = time.process_time(), time.perf_counter()
    view.fit_all()
    view.viewport().repaint()
    app.processEvents()
    print(json.dumps({"pointer": pointer, "waited_s": round(waited, 2), "fit_picture": held,
                      "cpu_ms": round((time.process_time() - c0) * 1000, 1),
                      "wall_ms": round((time.perf_counter() - t0) * 1000, 1)}), flush=True)
    os._exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--viewport", default="2560x1440")
    parser.add_argument("--rest", type=float, default=4.0,
                        help="seconds after the app is idle (before session 38, Fit All's picture made after "
                        "a resize was kept 3 s only, FIT_AFTER_RESIZE_KEPT_MS)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    width, height = map(int, args.viewport.split("x"))
    if args.child:
        child(args.size, width, height, args.rest, args.child[1] == "1")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for _ in range(args.rounds):
        for pointer in ("0", "1"):
            done = subprocess.run([sys.executable, __file__, "--size", str(args.size),
                                   "--viewport", args.viewport, "--rest", str(args.rest),
                                   "--child", "x", pointer],
                                  capture_output=True, text=True, env=env, check=False)
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            print(lines[-1] if lines else f"child failed: {done.stderr[-300:]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
