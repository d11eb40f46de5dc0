"""bench_view's latency runs (``_latency_runs``) traced input by input: what each input
waited behind and what its frame did (issue 11, session 14, branch ``pan15``).

The view's timers' slots, its input handlers and its paint parts are wrapped (wall and
GUI-thread CPU of each call); the runs are played once to warm the caches (bench_view's
full run plays them after its frames runs), then again, traced.  For each input of the
traced run whose latency is over 6 ms or whose wait is over 2 ms it prints the wrapped
calls that ran between its planned time and its delivery (``name:wall/CPU ms``) and the
paint parts of its frame (``name:CPU ms``).  The inputs are matched to their handlers'
calls in order: bench_view merges mouse moves still queued, so a drag's lines may be
off by one or two after a merge (its figures per input are bench_view's own).

``--slow F`` multiplies bench_view's input periods and pauses by F: on a machine loaded
by other work, the view's work ahead keeps up as on an idle one (a 2-core machine at a
load of 4 gives the process about half a core).

``--set NAME=VALUE`` sets a constant of ``ui/timeline_view.py`` for the run (a switch
on and off, alternating, is an A/B in one tree).  The summary line per kind also gives
the frames' CPU (bench_view's "CPU" column) and the process's CPU over the whole run.

    PYTHONPATH=. python benchmarks/latency_trace.py 100000 keys --slow 2
    PYTHONPATH=. python benchmarks/latency_trace.py 100000 keys --set PAN_TWO_STEPS_AHEAD=False
"""

from __future__ import annotations

import argparse
import ast
import datetime as _dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

INPUTS = ("keyPressEvent", "mouseMoveEvent", "mousePressEvent", "mouseReleaseEvent")
#: Work an input may wait behind (each a timer's slot, or a frame).
BEHIND = ("_lay_out_ahead", "_make_picture_when_idle", "_pan_work", "paintEvent",
          "_paint_fit_after_resize", "_drop_picture_ahead", "_end_preview", "_end_fit_hold")
#: The parts of a frame.
PARTS = ("paintEvent", "_paint_slice", "_paint", "_paint_pan_tiles", "_paint_pan_frame",
         "_copy_rest_tiles", "_scroll_picture")


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    """``events`` (bench_view's synthetic file's size), ``--viewport``, ``--cache``."""
    parser.add_argument("events", type=int, help="the synthetic file's size (bench_view's)")
    parser.add_argument("--viewport", default="2560x1440")
    parser.add_argument("--cache", default=os.path.expanduser("~/.cache/diplomatic-timeline-bench"))


def open_window(args: argparse.Namespace, scratch_name: str) -> tuple[Any, Any, _dt.date]:
    """The app, its main window on bench_view's synthetic file of ``args.events`` events
    (in ``args.cache``: bench_view writes it), its view's viewport ``args.viewport``, and
    the file's busiest day; settings and recovery copies in a scratch folder, never the
    user's.  Offscreen unless ``QT_QPA_PLATFORM`` says otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / scratch_name
    os.environ["TIMELINE_APP_SETTINGS"] = str(scratch / "settings.ini")
    os.environ["TIMELINE_APP_RECOVERY_DIR"] = str(scratch / "recovery")
    import bench_view
    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    path = Path(args.cache) / f"synthetic-v3-{args.events}-1.json"
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    app = QApplication([sys.argv[0]])
    window = MainWindow(timeline_io.load(str(path)), str(path))
    window.show()
    app.processEvents()
    width, height = map(int, args.viewport.split("x"))
    bench_view._set_viewport(window, app, width, height)
    return app, window, _dt.date.fromordinal(meta["busiest_day"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_window_arguments(parser)
    parser.add_argument("kinds", help="keys, wheel, drag, comma-separated")
    parser.add_argument("--slow", type=float, default=1.0)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a constant of ui/timeline_view.py for this run (a Python "
                             "literal), e.g. PAN_TWO_STEPS_AHEAD=False: an A/B in one "
                             "tree")
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    os.environ["BENCH_LATENCY_KINDS"] = ",".join(kinds)

    import bench_view

    from timeline_app.ui import timeline_view
    from timeline_app.ui.view_settings import set_in_view

    for setting in args.set:
        name, _, value = setting.partition("=")
        if not hasattr(timeline_view, name):
            parser.error(f"ui/timeline_view.py has no {name}")
        set_in_view(name, ast.literal_eval(value))
    for name in ("KEY_REPEAT_MS", "KEY_REPEAT_DELAY_MS", "DRAG_MOVE_MS", "WHEEL_NOTCH_MS",
                 "TURN_PAUSE_MS", "SETTLE_MS"):
        setattr(bench_view, name, getattr(bench_view, name) * args.slow)
    log: list[tuple[str, float, float, float]] = []  # (name, start, end, CPU ms)

    def wrap(name: str) -> None:
        real = getattr(timeline_view.TimelineView, name)

        def traced(self: Any, *a: Any, **k: Any) -> Any:
            began, cpu = time.perf_counter(), time.thread_time()
            try:
                return real(self, *a, **k)
            finally:
                log.append((name, began, time.perf_counter(),
                            (time.thread_time() - cpu) * 1000))

        setattr(timeline_view.TimelineView, name, traced)

    # (Before the view is made: its timers connect to these attributes.)
    for name in {*INPUTS, *BEHIND, *PARTS}:
        wrap(name)
    app, window, busy = open_window(args, "latency_trace")
    bench_view._latency_runs(window.view, app, busy)  # warm
    log.clear()
    out = bench_view._latency_runs(window.view, app, busy)
    print(f"{args.events} events at {args.viewport}, --slow {args.slow}, "
          f"{' '.join(args.set) or 'constants as they are'}, load average "
          f"{os.getloadavg()[0]:.1f}")
    for kind in kinds:
        run = out[kind]
        latency, waits, cpus = run["latency"], run["wait"], run["cpu"]  # (ms each)
        ordered = sorted(latency)
        print(f"{kind}: n {len(latency)}, latency p50 {ordered[len(ordered) // 2]:.1f} p95 "
              f"{ordered[int(0.95 * (len(ordered) - 1) + 0.5)]:.1f} max {ordered[-1]:.1f} ms; "
              f"timers' longest {run['timer_max_cpu_ms']:.1f} ms of CPU; frames' CPU p50 "
              f"{sorted(cpus)[len(cpus) // 2]:.1f} p95 "
              f"{sorted(cpus)[int(0.95 * (len(cpus) - 1) + 0.5)]:.1f}; run CPU "
              f"{run['cpu_all_ms']:.0f} ms")
        inputs = [entry for entry in log if entry[0] in INPUTS]
        for index, (entry, wait, late, cpu) in enumerate(zip(inputs, waits, latency, cpus)):
            if late <= 6 and wait <= 2:
                continue
            delivered = entry[1]
            planned = delivered - wait / 1000
            behind = [f"{name}:{(min(end, delivered) - max(start, planned)) * 1000:.1f}/{used:.1f}"
                      for name, start, end, used in log
                      if end > planned and start < delivered and name in BEHIND]
            shown = delivered + (late - wait) / 1000
            frame = [f"{name}:{used:.1f}" for name, start, _end, used in log
                     if delivered <= start < shown and name in PARTS]
            print(f"  #{index} {entry[0]}: latency {late:.1f}, wait {wait:.1f}, CPU {cpu:.1f}; "
                  f"behind {' '.join(behind) or '-'}; frame {' '.join(frame) or '-'}")
    sys.stdout.flush()
    os._exit(0)  # (no teardown of the window: its close would ask about the file)


if __name__ == "__main__":
    sys.exit(main())
