"""Per-notch CPU of the zoom sequence ``bench_view`` measures (fit-all into the busiest
day by Ctrl+wheel notches of 1.25 and back out), with ``TimelineView`` alone.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/profile_notches.py FILE \
        [--viewport 1600x900] [--profile] [--repeat 1]

Prints, per notch, the process CPU of ``zoom_by`` + ``repaint()`` (ms), the part spent
laying out (``_compute_layout``), the days shown and the items laid out; ``--profile``
adds a cProfile of the whole sequence (stderr).  A measurement, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--viewport", default="1600x900")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--window", action="store_true",
                        help="in MainWindow, each frame followed by processEvents (bench_view)")
    parser.add_argument("--fixed-anchor", action="store_true",
                        help="the anchor of the first notch for every notch (a wheel under a "
                        "still pointer), not the busiest day's x recomputed (bench_view)")
    parser.add_argument("--events", action="store_true",
                        help="processEvents after each frame (the step painted ahead)")
    args = parser.parse_args()
    args.events = args.events or args.window
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_frames import _busiest_day, timed_layouts
    from timeline_app import io as timeline_io
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui import timeline_view as tv

    app = QApplication([sys.argv[0]])
    layout_cpu = timed_layouts(tv.TimelineView)
    # How many steps were painted ahead (``_lay_out_ahead``), and how many frames used one.
    ahead = {"painted": 0, "used": 0}
    lay_out_ahead = tv.TimelineView._lay_out_ahead
    adopt = tv.TimelineView._adopt_picture_ahead

    def counted_ahead(self: Any) -> None:
        before = self._ahead_picture
        lay_out_ahead(self)
        ahead["painted"] += self._ahead_picture is not before

    def counted_adopt(self: Any, key: Any) -> None:
        had = self._ahead_picture is not None and self._ahead_picture[0] == key
        adopt(self, key)
        ahead["used"] += had

    tv.TimelineView._lay_out_ahead = counted_ahead  # type: ignore[method-assign]
    tv.TimelineView._adopt_picture_ahead = counted_adopt  # type: ignore[method-assign]
    timeline = timeline_io.load(args.file)
    busiest = _busiest_day(timeline) + 0.5
    vw, vh = (int(v) for v in args.viewport.split("x"))
    window: Any
    if args.window:
        from timeline_app.ui.main_window import MainWindow

        window = MainWindow(timeline, args.file)
        view = window.view
    else:
        window = view = tv.TimelineView(Document(timeline), EventSelection())
        window.resize(vw, vh)
    window.show()
    for _ in range(3):  # the *viewport* vw x vh (docks may take a share: converge)
        app.processEvents()
        shown = view.viewport()
        window.resize(window.width() + vw - shown.width(), window.height() + vh - shown.height())
    app.processEvents()
    vp = view.viewport()
    print("viewport", vp.width(), vp.height())
    events_ms: list[float] = []


    frame_only: list[float] = []  # CPU of the change and repaint(), before the events

    def frame(change: Any) -> tuple[float, float, float]:
        n0 = len(layout_cpu)
        t0, c0 = time.perf_counter(), time.process_time()
        change()
        vp.repaint()
        frame_only.append((time.process_time() - c0) * 1000)
        if args.events:
            t2 = time.perf_counter()
            app.processEvents()
            events_ms.append((time.perf_counter() - t2) * 1000)
        cpu = (time.process_time() - c0) * 1000
        wall = (time.perf_counter() - t0) * 1000
        return cpu, wall, sum(layout_cpu[n0:])

    fixed: list[float] = []

    def anchor() -> float:
        if args.fixed_anchor and fixed:
            return fixed[0]
        x = float(view.x_of_day(busiest))
        fixed.append(min(max(x, 0.0), float(vp.width())))
        return fixed[-1]

    profiler = cProfile.Profile() if args.profile else None
    for rep in range(args.repeat):
        frame(view.fit_all)
        app.processEvents()
        ahead.update(painted=0, used=0)
        rows: list[Any] = []
        if profiler:
            profiler.enable()
        steps = 0
        for _ in range(80):
            first, last = view.visible_days()
            before = last - first
            rows.append(("in", *frame(lambda a=anchor(): view.zoom_by(1.25, a))))
            steps += 1
            first, last = view.visible_days()
            rows[-1] = (*rows[-1], last - first, len(view._layout().items_by_id))
            if last - first >= before or last - first <= 1.5:
                break
        for _ in range(steps):
            rows.append(("out", *frame(lambda a=anchor(): view.zoom_by(0.8, a))))
            first, last = view.visible_days()
            rows[-1] = (*rows[-1], last - first, len(view._layout().items_by_id))
        if profiler:
            profiler.disable()
        cpus = sorted(r[1] for r in rows)
        print(f"painted ahead {ahead['painted']}, frames that used one {ahead['used']}")
        ahead.update(painted=0, used=0)
        own = sorted(frame_only[-len(rows):])
        print(f"  frame alone (before the events): p50 {own[len(own) // 2]:.1f} "
              f"p95 {own[round(0.95 * (len(own) - 1))]:.1f} max {own[-1]:.1f}")
        print(f"round {rep}: {len(rows)} notches, cpu p50 {cpus[len(cpus)//2]:.1f} "
              f"p95 {cpus[round(0.95*(len(cpus)-1))]:.1f} max {cpus[-1]:.1f} "
              f"sum {sum(cpus):.0f} ms; layout sum {sum(r[3] for r in rows):.0f}")
        if rep == args.repeat - 1:
            print(" dir    cpu   wall layout      days  items")
            ev = events_ms[-len(rows):] if events_ms else [0.0] * len(rows)
            for (d, cpu, wall, lay, days, items), e in zip(rows, ev):
                print(f" {d:<4}{cpu:6.1f}{wall:7.1f}{lay:7.1f}{days:10.1f}{items:7d} ev {e:5.1f}")
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(35)
        stats.sort_stats("cumulative").print_stats(45)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
