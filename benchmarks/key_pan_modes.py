"""Why the 100 000-event 2560x1440 Shift+arrow latency row is bimodal: what each frame did.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/key_pan_modes.py OUT.json [FILE]

Runs ``bench_view``'s own key latency run (``_latency_runs``, keys only: Shift+Right held at
30/s, then Shift+Left) in ``MainWindow`` on FILE (default: bench_view's cached 100 000-event
file) at a 2560x1440 viewport, with the view's paint and paint-ahead methods wrapped to time
each call (wall ms).  Prints the latency p50/p95 and, per method, its calls, total and
longest; writes every call (name, start s, wall ms, thread CPU ms) to OUT.json.  A report: it
exits 0.  Session 28's reading of it is in benchmarks/README.md ("Session 28, the
coordinator").
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for where in (ROOT, ROOT / "benchmarks"):
    if str(where) not in sys.path:
        sys.path.insert(0, str(where))
os.environ["BENCH_LATENCY_KINDS"] = "keys"

WRAPPED = ("paintEvent", "_lay_out_ahead", "_pan_work", "_paint_pan_frame", "_begin_pan")
"""The view's frame (``paintEvent``) and the work it does while the app waits."""


def main(out: str, path: str) -> None:
    import bench_view
    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui import timeline_view
    from timeline_app.ui.main_window import MainWindow

    calls: list[tuple[str, float, float, float]] = []

    def wrap(name: str) -> None:
        original = getattr(timeline_view.TimelineView, name)

        def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return original(self, *args, **kwargs)
            finally:
                calls.append((name, t0, (time.perf_counter() - t0) * 1000,
                              (time.thread_time() - c0) * 1000))

        setattr(timeline_view.TimelineView, name, timed)

    for name in WRAPPED:
        wrap(name)
    meta = json.loads(Path(path).with_suffix(".meta.json").read_text(encoding="utf-8"))
    app = QApplication([sys.argv[0]])
    window = MainWindow(timeline_io.load(path), path)
    window.show()
    app.processEvents()
    bench_view._set_viewport(window, app, 2560, 1440)
    calls.clear()
    run = bench_view._latency_runs(window.view, app, _dt.date.fromordinal(meta["busiest_day"]))
    latency = sorted(run["keys"]["latency"])
    print(f"latency p50 {statistics.median(latency):.1f}, "
          f"p95 {latency[max(0, int(len(latency) * 0.95) - 1)]:.1f} ms")
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for name, _, ms, _ in calls:
        total = totals[name]
        total[0] += 1
        total[1] += ms
        total[2] = max(total[2], ms)
    for name, (n, ms, longest) in sorted(totals.items()):
        print(f"  {name:18} {int(n):4} calls, {ms:8.1f} ms in all, longest {longest:5.1f} ms")
    Path(out).write_text(json.dumps({"latency": run["keys"]["latency"], "calls": calls}),
                         encoding="utf-8")
    window.document.undo_stack.setClean()
    window.setWindowModified(False)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.expanduser(
        "~/.cache/diplomatic-timeline-bench/synthetic-v3-100000-1.json"))
