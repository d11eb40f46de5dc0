"""Which mode bench_view's held Shift+arrow run is in, frame by frame (issue 11, session
31: the bistable 100 000-event 2560x1440 latency row).

Each run is ``bench_view.py``'s frames child as ``make bench`` runs it (1600x900, then
2560x1440: every frame session and the zoom notches), in a fresh process; its latency
key run at the last viewport is traced.  Per run it prints the key latency (p50, p95,
max: bench_view's figures), the GUI thread's CPU a step (the frames' and the work
ahead's, ``_lay_out_ahead``), and what each key's frame was:

* ``copy``: the picture painted ahead, copied (the fast mode);
* ``finish``: the job painting it ahead was under way, the frame finished it;
* ``whole/job``: painted whole, a job ahead of another view thrown away (two steps
  handled before one frame);
* ``whole``: painted whole, nothing painted ahead for it;
* ``other``: a frame of a view kept (a turn, a side picture).

``--set NAME=VALUE`` sets a constant of ``ui/timeline_view.py`` in every other run (the
runs alternate: an A/B in one tree); ``--slow F`` multiplies the input periods as
``latency_trace.py``'s does.  Wall-clock figures: read them with the load printed.

    PYTHONPATH=. python benchmarks/key_mode_trace.py [--runs 4] [--events 100000]
        [--set BAND_PIXELS=1100000]
"""

from __future__ import annotations

import argparse
import ast
import collections
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _child(events: int, settings: list[str], slow: float) -> None:
    """One run: bench_view's frames child, its last latency key run traced."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import bench_view

    from timeline_app.ui import timeline_view
    from timeline_app.ui.view_settings import set_in_view

    for setting in settings:
        name, _, value = setting.partition("=")
        set_in_view(name, ast.literal_eval(value))
    for name in ("KEY_REPEAT_MS", "KEY_REPEAT_DELAY_MS", "TURN_PAUSE_MS", "SETTLE_MS"):
        setattr(bench_view, name, getattr(bench_view, name) * slow)
    view_class = timeline_view.TimelineView
    frames: list[dict[str, Any]] = []
    steps_cpu: list[tuple[float, float]] = []  # (when, GUI-thread CPU ms) of the work
    tracing = [False]
    real_paint_event, real_ahead = view_class.paintEvent, view_class._lay_out_ahead

    def paint_event(self: Any, event: Any) -> None:
        if not tracing[0]:
            real_paint_event(self, event)
            return
        here = (self._origin, self._px_per_day)
        key = self._frame_key()
        job, ahead = self._paint_job, self._ahead_picture
        if (self._frame_cache is not None and self._frame_cache[0] == key) or (
                ahead is not None and ahead[0] == key):
            kind = "copy"
        elif job is not None and job.view == here and job.key == key:
            kind = "finish"
        elif here == self._shown_view:
            kind = "other"
        else:
            kind = "whole/job" if job is not None else "whole"
        began = time.thread_time()
        real_paint_event(self, event)
        cpu = (time.thread_time() - began) * 1000
        frames.append({"kind": kind, "cpu": cpu, "at": time.perf_counter()})
        steps_cpu.append((time.perf_counter(), cpu))

    def lay_out_ahead(self: Any) -> None:
        began = time.thread_time()
        real_ahead(self)
        if tracing[0]:
            steps_cpu.append((time.perf_counter(), (time.thread_time() - began) * 1000))

    view_class.paintEvent = paint_event  # type: ignore[method-assign]
    view_class._lay_out_ahead = lay_out_ahead  # type: ignore[method-assign]
    real_runs = bench_view._latency_runs
    calls = [0]

    def traced_runs(view: Any, app: Any, busy: Any) -> dict[str, Any]:
        calls[0] += 1
        if calls[0] < 2:  # (the first viewport's: untraced)
            return real_runs(view, app, busy)
        os.environ["BENCH_LATENCY_KINDS"] = "keys"
        tracing[0] = True
        out = real_runs(view, app, busy)
        tracing[0] = False
        keys = out["keys"]
        print(json.dumps({"latency": keys["latency"], "frames": frames,
                          "cpu": steps_cpu, "load": os.getloadavg()[0],
                          "viewport": [view.viewport().width(), view.viewport().height()]}),
              flush=True)
        os._exit(0)

    bench_view._latency_runs = traced_runs
    cache = Path(os.path.expanduser("~/.cache/diplomatic-timeline-bench"))
    path = cache / f"synthetic-v3-{events}-1.json"
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    bench_view._child_frames(str(path), meta["busiest_day"], [(1600, 900), (2560, 1440)])


def _summary(run: dict[str, Any]) -> str:
    latency = sorted(run["latency"])
    n = len(latency)
    p50, p95 = latency[n // 2], latency[min(n - 1, int(0.95 * (n - 1) + 0.5))]
    kinds = collections.Counter(frame["kind"] for frame in run["frames"])
    cpu = sum(ms for _at, ms in run["cpu"])
    return (f"latency p50 {p50:.1f} p95 {p95:.1f} max {latency[-1]:.1f} ms; GUI CPU "
            f"{cpu / max(1, n):.1f} ms a key; frames "
            + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
            + f"; load {run['load']:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--slow", type=float, default=1.0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.events, args.set, args.slow)
        return 0
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    for index in range(args.runs):
        settings = args.set if index % 2 else []
        scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"key_mode_trace{os.getpid()}-{index}"
        env["TIMELINE_APP_SETTINGS"] = str(scratch / "settings.ini")
        env["TIMELINE_APP_RECOVERY_DIR"] = str(scratch / "recovery")
        command = [sys.executable, str(Path(__file__).resolve()), "--child", "--events",
                   str(args.events), "--slow", str(args.slow)]
        for setting in settings:
            command += ["--set", setting]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        label = " ".join(settings) or "as it is"
        if not lines:
            print(f"run {index + 1} ({label}): failed: {done.stderr[-600:]}")
            continue
        print(f"run {index + 1} ({label}): {_summary(json.loads(lines[-1]))}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
