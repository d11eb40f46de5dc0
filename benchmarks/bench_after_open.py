"""The window right after a large file's open: its longest event-loop stall and a filter
(issue 11: "responsive meanwhile", the ≤ 100 ms stall target; session 22, branch open24).

Usage::

    QT_QPA_PLATFORM=offscreen PYTHONPATH=TREE .venv/bin/python \\
        benchmarks/bench_after_open.py FILE N [--seconds S] [--filter-at MS]

Runs the real app (``timeline_app.app.main([FILE])``) with a 2 ms probe timer, as
``bench_view.py``'s "open" child does, but measures *after* the first paint of all ``N``
events, where ``bench_view.py`` stops: a lazily loaded timeline (``core.model.LazyEvents``)
makes its remaining events then (``ui/lazy_events.py``), and a base tree has its
after-paint work too (the panels, the fingerprint, the find index).  Prints one JSON line:

- ``painted_s``: spawn to the events painted (wall clock);
- ``max_stall_ms`` / ``max_stall_cpu_ms``: the longest gap between probe beats from the
  events painted to ``--seconds`` later (wall clock, and the GUI thread's CPU time in it);
  with ``--filter-at``, only up to the filter;
- ``all_made_s``: events painted to every event made (lazy trees; None otherwise or if
  not within ``--seconds``);
- ``filter_ms`` / ``filter_cpu_ms``: with ``--filter-at MS``, a legend-style category
  toggle (``find_state.toggle_category`` of the first event's category) that many ms
  after the events are painted, timed around the call (wall, GUI-thread CPU);
- ``peak_mib``: the process's peak RSS.

The probe is a Python timer every 2 ms: its beats cost the app's thread a little.
Wall-clock figures depend on the machine's load; compare trees in the same run, and the
CPU columns first.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("n", type=int)
    parser.add_argument("--seconds", type=float, default=10.0,
                        help="how long to watch after the events are painted")
    parser.add_argument("--filter-at", type=float, default=None,
                        help="toggle a category this many ms after the events are painted")
    args = parser.parse_args()
    spawned = time.time()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    out: dict[str, Any] = {"all_made_s": None}
    state: dict[str, Any] = {"painted": None, "last": 0.0, "last_cpu": 0.0, "max": 0.0,
                             "max_cpu": 0.0, "watch": True, "window": None}

    def beat() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if state["painted"] is not None and state["watch"]:
            gap = (now - state["last"]) * 1000
            if gap > state["max"]:
                state["max"], state["max_cpu"] = gap, (cpu - state["last_cpu"]) * 1000
            window = state["window"]
            if out["all_made_s"] is None and window is not None:
                # lazy until every event is made (the timeline then drops its store)
                lazy = getattr(window.document.timeline, "store", None) is not None
                state["lazy"] = state.get("lazy", False) or lazy
                if state["lazy"] and not lazy:
                    out["all_made_s"] = round(now - state["painted"], 3)
        state["last"], state["last_cpu"] = now, cpu

    def finish() -> None:
        out["max_stall_ms"] = round(state["max"], 1)
        out["max_stall_cpu_ms"] = round(state["max_cpu"], 1)
        out["peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        out["lazy"] = state.get("lazy", False)
        print(json.dumps(out), flush=True)
        os._exit(0)

    def filter_now() -> None:
        window = state["window"]
        state["watch"] = False
        category = window.document.timeline.events[0].category
        t, c = time.perf_counter(), time.thread_time()
        window.find_state.toggle_category(category)
        out["filter_ms"] = round((time.perf_counter() - t) * 1000, 1)
        out["filter_cpu_ms"] = round((time.thread_time() - c) * 1000, 1)
        out["hidden"] = len(window.find_state._hidden)
        QTimer.singleShot(200, finish)

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and state["painted"] is None
                    and obj.parent() is not None
                    and obj.parent().objectName() == "timelineView"
                    and len(obj.window().document.timeline) == args.n):
                state["window"] = obj.window()
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            if state["painted"] is not None:
                return
            state["painted"] = state["last"] = time.perf_counter()
            state["last_cpu"] = time.thread_time()
            out["painted_s"] = round(time.time() - spawned, 3)
            state["lazy"] = getattr(state["window"].document.timeline, "store", None) is not None
            if args.filter_at is not None:
                QTimer.singleShot(int(args.filter_at), filter_now)
            else:
                QTimer.singleShot(int(args.seconds * 1000), finish)

    painted = Painted()
    import timeline_app.app as app_module  # the tree on PYTHONPATH (bench_view adds its own)

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_view import watch_viewports

    watch_viewports(app_module, painted)
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(300_000, app.quit)
    app_module.main([args.file])


if __name__ == "__main__":
    main()
