"""Where a scroll-bar pan's frame goes, part by part, in the GUI thread's CPU, for this
checkout and another side by side (issue 11, session 46, frames50).

``pan_floor_cg.py`` counts a pan's instructions frame by frame; this script splits the
same pans (``frames_split_cg.entered_and_rested``'s window on the 100 000-event file, 24
scroll-bar pans of an eighth of the view) by the view's own methods: each one named in
``PARTS`` is wrapped to add up its thread CPU (``time.thread_time``: the GUI thread
alone, inclusive of what it calls, so parts nest: ``_world_packing`` lies within
``_compute_layout``, ``_paint_chips`` within ``_paint_items`` within
``_paint_lane_body``).  Each child prints its frames' median / p95 / max and each part's
ms a pan; the parent runs the children for this checkout and ``--tree`` (e.g. a ``git
archive main`` unpacked), alternating, ``--rounds`` times, and prints them side by side.

``--after-rest``: the pans after the view's rest (the world's chunks packed and swapped
in, as after a user's pause: the lanes of rows packed from the chunks, ``_world_packing``),
with the chunks within ``--ahead`` views packed before anything is counted (as
``pan_floor_cg.py``'s ``AHEAD``; 0: none).  Without it, the bench's back-to-back pans
(``pack_lane``'s, no rest).

``--census``: instead of the parts, each ``QPainter`` method called during the pans, by
the Python function that called it: calls a pan.  Only the counts: a profile hook on
every call adds ~1-2 us a call, more than a small image copy costs (session 46: a
rounded rectangle's three piece copies looked like 1.5 ms a year pan with the hook, and
making them one copy saved 0.26 % of the pans' instructions under callgrind).

Usage::

    .venv/bin/python benchmarks/pan_parts_cpu.py year --viewport 2560x1440 \\
        --tree /tmp/base --rounds 2 [--after-rest --ahead 4] [--census]

The machine's load moves these figures by 10-50 % from run to run (the dense lanes'
images and the backdrop's fill are memory traffic): compare the trees' columns of one
run, and count instructions (``pan_floor_cg.py``) for a change of a few per cent.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

#: The view's methods timed, in the order printed (nested: see the module's docstring).
PARTS = ("_paint", "_compute_layout", "_world_packing", "_lane_finisher.finish",
         "_label_text", "_cluster_badges", "_lane_on_screen", "_indicators", "_density",
         "_paint_backdrop", "_paint_lane_header", "_paint_indicators", "_paint_lane_body",
         "_paint_items", "_paint_chips", "_paint_density", "_paint_above_lanes")


def child(view_name: str, size: str, pans: int, after_rest: bool, ahead: float,
          census: bool) -> int:
    """One tree's run (its ``timeline_app`` first on ``sys.path``): prints a JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if after_rest:
        os.environ["PAN_AFTER_REST"] = "1"
    else:
        os.environ["FRAMES31_NO_REST"] = "1"
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import entered_and_rested
    from pan_floor_cg import pack_ahead

    from timeline_app.ui.timeline_view import TimelineView

    spent: dict[str, float] = {}

    def timed(name: str, method: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.thread_time()
            try:
                return method(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.thread_time() - began
        return wrapper

    if not census:
        for name in PARTS:
            if "." not in name and hasattr(TimelineView, name):
                setattr(TimelineView, name, timed(name, getattr(TimelineView, name)))
        finisher = TimelineView._lane_finisher

        def lane_finisher(self: Any, *args: Any, **kwargs: Any) -> Any:
            # (a lane's items and badges: ``finish(geometry, steps)``, a generator when
            # made in steps, timed between its yields)
            finish = finisher(self, *args, **kwargs)

            def timed_finish(geometry: Any, steps: bool = False) -> Any:
                if not steps:
                    return timed("_lane_finisher.finish", finish)(geometry)

                def stepped() -> Any:
                    made = finish(geometry, steps=True)
                    while True:
                        began = time.thread_time()
                        try:
                            next(made)
                        except StopIteration:
                            return
                        finally:
                            spent["_lane_finisher.finish"] = (
                                spent.get("_lane_finisher.finish", 0.0)
                                + time.thread_time() - began)
                        yield
                return stepped()
            return timed_finish

        TimelineView._lane_finisher = lane_finisher  # type: ignore[method-assign]

    width, height = (int(v) for v in size.split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    if after_rest and ahead:
        pack_ahead(view, ahead)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    calls: dict[str, int] = {}

    def hook(frame_: Any, event: str, arg: Any) -> None:
        if event == "c_call" and getattr(arg, "__qualname__", "").startswith("QPainter."):
            key = f"{arg.__qualname__} <- {frame_.f_code.co_name}"
            calls[key] = calls.get(key, 0) + 1

    spent.clear()
    frames: list[float] = []
    for _ in range(pans):
        if census:
            sys.setprofile(hook)
        began = time.thread_time()
        frame(lambda: bar.setValue(bar.value() + step))
        frames.append((time.thread_time() - began) * 1000)
        sys.setprofile(None)
    ranked = sorted(frames)
    result = {"median": statistics.median(frames),
              "p95": ranked[min(len(ranked) - 1, math.ceil(0.95 * len(ranked)) - 1)],
              "max": ranked[-1], "world": bool(view._world_on()),
              "parts": {name: spent.get(name, 0.0) * 1000 / pans for name in PARTS},
              "calls": {key: count / pans for key, count in calls.items()}}
    print("RESULT " + json.dumps(result), flush=True)
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("view", choices=("year", "month", "week", "day"))
    parser.add_argument("--viewport", default="2560x1440")
    parser.add_argument("--tree", help="another checkout, run beside this one")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--pans", type=int, default=24)
    parser.add_argument("--after-rest", action="store_true")
    parser.add_argument("--ahead", type=float, default=0.0)
    parser.add_argument("--census", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.view, args.viewport, args.pans, args.after_rest, args.ahead,
                     args.census)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    trees = [("this", here)] + ([("tree", os.path.abspath(args.tree))] if args.tree else [])
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in trees}
    for round_ in range(args.rounds):
        order = trees if round_ % 2 == 0 else trees[::-1]
        for name, root in order:
            command = [sys.executable, os.path.abspath(__file__), args.view, "--child",
                       "--viewport", args.viewport, "--pans", str(args.pans),
                       "--ahead", str(args.ahead)]
            command += ["--after-rest"] * args.after_rest + ["--census"] * args.census
            env = dict(os.environ, PYTHONPATH=root, QT_QPA_PLATFORM="offscreen")
            done = subprocess.run(command, env=env, capture_output=True, text=True,
                                  check=False, cwd=root)
            lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
            if not lines:
                sys.stderr.write(done.stderr[-2000:])
                return 1
            results[name].append(json.loads(lines[-1][len("RESULT "):]))
    way = "after the rest" if args.after_rest else "no rest (the bench's)"
    print(f"{args.view} {args.viewport}, {args.pans} pans, {way}; ms a pan (GUI thread "
          f"CPU), each round: " + " | ".join(name for name, _ in trees))
    rows = [("frame median", "median"), ("frame p95", "p95"), ("frame max", "max")]
    for label, key in rows:
        print(f"  {label:24} " + " | ".join(
            " ".join(f"{run[key]:6.2f}" for run in results[name]) for name, _ in trees))
    if args.census:
        keys = sorted({key for runs in results.values() for run in runs
                       for key in run["calls"]},
                      key=lambda key: -results["this"][0]["calls"].get(key, 0.0))
        for key in keys:
            print(f"  {key:60.60} " + " | ".join(
                " ".join(f"{run['calls'].get(key, 0.0):6.1f}" for run in results[name])
                for name, _ in trees))
        return 0
    for part in PARTS:
        print(f"  {part:24} " + " | ".join(
            " ".join(f"{run['parts'][part]:6.2f}" for run in results[name])
            for name, _ in trees))
    print("  lanes from the world's chunks: " + " | ".join(
        " ".join(str(run["world"]) for run in results[name]) for name, _ in trees))
    return 0


if __name__ == "__main__":
    sys.exit(main())
