"""View → Lanes By on a large timeline: how long the window stops answering, beside the
switch made on the GUI thread as before (session 33, fix63; edit29 measured ~2 s at
1 000 000 events).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_lanes_by.py FILE \
        [--ways participant place] [--repeat 2]

``FILE``: a native timeline (``benchmarks/synthetic.py 1000000 /tmp/m.json`` writes one
in about a minute).  For each way and run, in one process on one loaded timeline:

* *on the GUI thread* (the baseline: what ``MainWindow.set_lanes_by`` did): the time
  of ``TimelineView.set_lanes_by`` and back, CPU time of this process beside it;
* *window* (``MainWindow.set_lanes_by`` as it is): a 5 ms timer runs on the GUI thread
  while the switch is asked and until the view has the new lanes; printed are the
  longest gap between two of its ticks (the longest the window did not answer), the
  wall time to the new lanes, and the CPU time.

Wall-clock figures depend on the machine's load, which is printed; the longest gap is
the figure that matters (it was the whole switch).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _switch_in_window(app, window, way: str) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """(longest gap between 5 ms ticks, wall time, CPU time), seconds."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    app.processEvents()
    start, cpu = time.perf_counter(), time.process_time()
    ticks.append(start)
    window.set_lanes_by(way)
    while window.view.lanes_by() != way:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    end, cpu = time.perf_counter(), time.process_time() - cpu
    ticks.append(end)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return max(gaps), end - start, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--ways", nargs="*", default=["participant", "place"])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import LANES_IN_BACKGROUND_EVENTS, MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    timeline = timeline_io.load(args.file)
    window = MainWindow(timeline, args.file)
    window.resize(1600, 900)
    window.show()
    for _ in range(20):
        app.processEvents()
    print(f"{len(timeline):,} events; load average {os.getloadavg()[0]:.2f}; "
          f"the window builds in the background from {LANES_IN_BACKGROUND_EVENTS:,}")
    view = window.view
    for way in args.ways:
        for run in range(args.repeat):
            start, cpu = time.perf_counter(), time.process_time()
            view.set_lanes_by(way)
            app.processEvents()
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            view.set_lanes_by("category")
            app.processEvents()
            print(f"{way:12} run {run + 1}  on the GUI thread: {wall:6.2f} s "
                  f"(CPU {cpu:5.2f} s): the window stopped all that time")
            gap, wall, cpu = _switch_in_window(app, window, way)
            window.set_lanes_by("category")
            while view.lanes_by() != "category":
                app.processEvents()
                time.sleep(0.001)
            print(f"{way:12} run {run + 1}  window: longest stop {gap * 1000:7.1f} ms, "
                  f"new lanes after {wall:6.2f} s (CPU {cpu:5.2f} s)")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
