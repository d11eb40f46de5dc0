"""What an input waits behind: the view's timer slots (work done while the app waits)
timed one by one in bench_view's own frames session, with their parts (issue 11,
session 27, branch ``fix40``).

bench_view's "timers longest" column is the longest timer callback of a latency run, but
not which one.  This runs bench_view's ``frames`` child (``_child_frames``: the frames
session at each viewport, then the latency runs; ``BENCH_LATENCY_KINDS`` chooses them)
in this process with the view's timer slots (``SLOTS``) and their parts (``PARTS``)
wrapped: each call's GUI-thread CPU (``time.thread_time``) and wall clock.  Printed per
phase (the latency runs before a drag's press; the drags, press to release): per name
the calls, their CPU summed and the longest; then the longest slot calls with the parts
that ran inside them, so a long slice is named by what it did (a band of tiles with its
rows, a copy, a picture made).  ``--log FILE`` also writes every call as JSON.

    BENCH_LATENCY_KINDS=drag PYTHONPATH=. python benchmarks/idle_slices.py 1000000 \\
        1600x900 2560x1440 [--slow 3]

The file is bench_view's synthetic one of that size (bench_view writes it to its cache).
A slot's CPU is that of its call, parts included; a part called outside any slot (a
frame's) is listed as its own top-level call.  Timings are of one run: the machine's load
shows in the wall clock more than in the CPU.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The view's timer slots: each is one callback an input may wait behind.
SLOTS = ("_lay_out_ahead", "_make_picture_when_idle", "_pan_work", "_paint_fit_after_resize",
         "_drop_picture_ahead", "_end_preview", "_end_fit_hold", "_on_drag_scroll")
#: What they are made of (those that exist in the tree measured).
PARTS = ("_paint_slice", "_paint_part", "_next_side_job", "_prepare_sides",
         "_paint_wanted_tiles", "_paint_beyond_tiles", "_paint_way_tiles", "_pan_picture",
         "_paint_pan_tiles", "_paint_pan_band", "_copy_rest_tiles", "_copy_stretch_tiles",
         "_redo_dense", "_lay_out_next_stretch", "_pan_steps_for", "_settle_after_release",
         "_rest_pan_work", "_pan_article_lines", "_paint_above_lanes", "_end_pan",
         "_replace_frame_picture")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=int, help="the synthetic file's size (bench_view's)")
    parser.add_argument("viewports", nargs="+", help="e.g. 1600x900 2560x1440")
    parser.add_argument("--cache", default=os.path.expanduser(
        "~/.cache/diplomatic-timeline-bench"))
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--slow", type=float, default=1.0,
                        help="bench_view's input periods and pauses times this (a loaded "
                             "machine: the idle time between inputs of a quiet one)")
    parser.add_argument("--log", help="write every call here as JSON")
    parser.add_argument("--json", action="store_true",
                        help="also print the frames child's own JSON (bench_view's figures)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import bench_view

    from timeline_app.ui import timeline_view as tv

    for name in ("KEY_REPEAT_MS", "KEY_REPEAT_DELAY_MS", "DRAG_MOVE_MS", "WHEEL_NOTCH_MS",
                 "TURN_PAUSE_MS", "SETTLE_MS"):
        setattr(bench_view, name, getattr(bench_view, name) * args.slow)

    # (phase, name, depth, start, wall ms, CPU ms, what)
    log: list[tuple[str, str, int, float, float, float, str]] = []
    depth = [0]
    phase = ["frames"]

    def what(name: str, self: Any, a: tuple[Any, ...]) -> str:
        if name == "_paint_pan_band" and len(a) >= 5:
            return f"tiles {a[1]}-{a[2]} rows {a[3]}-{a[4]}"
        if name == "_paint_part" and a:
            return f"to row {a[0].next_row}{' (a view beside)' if a[0].side else ''}"
        if name == "_paint_pan_tiles" and a:
            return f"tiles {a[0]}"
        return ""

    def wrap(name: str) -> None:
        real = getattr(tv.TimelineView, name, None)
        if real is None:
            return

        def traced(self: Any, *a: Any, **k: Any) -> Any:
            t0, c0 = time.perf_counter(), time.thread_time()
            depth[0] += 1
            try:
                return real(self, *a, **k)
            finally:
                depth[0] -= 1
                log.append((phase[0], name, depth[0], t0, (time.perf_counter() - t0) * 1000,
                            (time.thread_time() - c0) * 1000, what(name, self, a)))

        setattr(tv.TimelineView, name, traced)

    for name in SLOTS + PARTS:
        wrap(name)

    def marking(name: str, to: str) -> None:
        real = getattr(tv.TimelineView, name)

        def marked(self: Any, *a: Any, **k: Any) -> Any:
            if phase[0] != "frames":
                phase[0] = to
            return real(self, *a, **k)

        setattr(tv.TimelineView, name, marked)

    marking("mousePressEvent", "drag")
    marking("mouseReleaseEvent", "latency")
    latency_runs = bench_view._latency_runs

    def latency(*a: Any) -> Any:
        phase[0] = "latency"
        try:
            return latency_runs(*a)
        finally:
            phase[0] = "after"

    bench_view._latency_runs = latency

    def report(code: int = 0) -> None:  # the child's os._exit: print first
        sys.stdout.flush()
        print(f"\n{args.events} events, {' '.join(args.viewports)}, load average "
              f"{os.getloadavg()[0]:.1f}", file=sys.stderr)
        for ph in ("latency", "drag"):
            rows = [r for r in log if r[0] == ph]
            by: dict[str, list[float]] = collections.defaultdict(list)
            for r in rows:
                by[r[1]].append(r[5])
            print(f"== {ph}: calls, CPU summed, longest (ms)", file=sys.stderr)
            for name, cpus in sorted(by.items(), key=lambda kv: -max(kv[1])):
                print(f"  {name:26s} {len(cpus):5d} {sum(cpus):8.1f} {max(cpus):7.1f}",
                      file=sys.stderr)
            print(f"== {ph}: the longest top-level calls (CPU / wall ms), their parts",
                  file=sys.stderr)
            for r in sorted((r for r in rows if r[2] == 0), key=lambda r: -r[5])[:args.top]:
                inside = [f"{k[1]} {k[5]:.1f}{' [' + k[6] + ']' if k[6] else ''}"
                          for k in rows if k[2] >= 1 and r[3] <= k[3] <= r[3] + r[4] / 1000
                          and k[5] >= 0.5]
                print(f"  {r[1]} {r[5]:.1f} / {r[4]:.1f}: {'; '.join(inside) or '-'}",
                      file=sys.stderr)
        if args.log:
            Path(args.log).write_text(json.dumps(log), encoding="utf-8")
        sys.stderr.flush()
        real_exit(code)

    real_exit = os._exit
    os._exit = report  # type: ignore[assignment]
    path = Path(args.cache) / f"synthetic-v3-{args.events}-1.json"
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    viewports = [tuple(map(int, v.split("x"))) for v in args.viewports]
    if not args.json:
        sys.stdout = open(os.devnull, "w")  # (the child's JSON, not wanted)
    bench_view._child_frames(str(path), meta["busiest_day"], viewports)
    return 0


if __name__ == "__main__":
    sys.exit(main())
