"""Every garbage collection of ``bench_view.py``'s frames session timed in thread CPU, in
this checkout and another, alternating (issue 11: "no garbage-collection pause > 16 ms";
session 63, scale68).

Usage::

    .venv/bin/python benchmarks/gc_pauses_ab.py TREE [--events 1000000] [--rounds 2] \
        [--viewport 1600x900 [2560x1440]] [--census] [--frames]

``bench_view.py`` times each collection of its frames session in wall-clock ms
(``_GcWatch``); on a machine shared with other work a collection of 1 ms is then 30 ms.
Here each child runs that same session (``bench_view._child_frames`` on the cached
synthetic file of ``--events`` events, one viewport, the latency runs included) with
every collection's CPU of the GUI thread (``time.thread_time``) beside its wall clock,
and the stack of those over ``STACK_MS`` of CPU, so that two trees compare on a loaded
machine.  One line of JSON a child: collections, full ones, those over 16 ms of CPU (gen,
wall ms, CPU ms, stack), the longest, the sum, the objects not frozen at the end (what
the next full collection, the idle one, would walk) and those found garbage once the
frozen ones are unfrozen at the end (cycles freed after a freeze: memory never freed).
``--census``: with each full collection, what it walked by type.  ``--frames``: also the
session's judged frames (``bench_view.TARGET_KINDS``; the zoom notches apart) per viewport
and view, CPU and wall p95 and max of each run and their medians over the runs, and each
full collection with the kind of ``bench_view``'s frame it ran in ("pan", "zoom", ...,
"latency" in the latency runs, "between" outside a frame): a collection inside a judged
frame is counted in that frame's time (session 65, scale75).  ``TREE`` is another
checkout with its own ``.venv``; the synthetic file must be cached (run ``bench_view.py``
once).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: Collections over this much CPU (ms) are reported with their stack.
STACK_MS = 8.0
#: ``--census``: containers of this many entries or more are listed by size.
CENSUS_LEN = 5000
#: Issue 11's limit on a collection's pause, ms.
TARGET_GC_PAUSE_MS = 16.0


def _census(generation: int) -> dict[str, Any]:
    """What a collection of ``generation`` is about to walk: the objects of that
    generation and the younger ones (the frozen ones are in none), by type (the 12 most
    common) and the containers among them of ``CENSUS_LEN`` entries or more."""
    import gc
    from collections import Counter

    objects = [o for g in range(generation + 1) for o in gc.get_objects(g)]
    types = Counter(type(o).__qualname__ for o in objects)
    big = []
    for o in objects:
        if isinstance(o, (list, dict, tuple, set)) and len(o) >= CENSUS_LEN:
            big.append(f"{type(o).__name__}[{len(o)}]")
    return {"objects": len(objects), "types": types.most_common(12), "big": big[:12]}


def _child(events: int, viewports: list[str], census: bool) -> None:
    """Run bench_view's frames session here; print the collections' summary (stderr)."""
    import gc
    import traceback

    sys.path.insert(0, str(Path.cwd()))
    import benchmarks.bench_view as bench

    cache = bench._cache_dir(None)
    path = cache / f"synthetic-v3-{events}-1.json"
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    seen: list[tuple[int, float, float, str]] = []
    censuses: list[dict[str, Any]] = []
    callback = bench._GcWatch._callback
    started = {"cpu": 0.0}

    def timed(self: Any, phase: str, info: dict[str, int]) -> None:
        if phase == "start" and census and self.active and info["generation"] == 2:
            censuses.append(_census(2))
        if phase == "start":
            started["cpu"] = time.thread_time()
        callback(self, phase, info)
        if phase == "stop" and self.active and self.pauses:
            generation, wall = self.pauses[-1]
            cpu = (time.thread_time() - started["cpu"]) * 1000
            where = ""
            if cpu > STACK_MS:
                where = " <- ".join(frame.name for frame in
                                    reversed(traceback.extract_stack()[:-1][-6:]))
            seen.append((generation, round(wall, 1), round(cpu, 1), where))
            if generation == 2:
                full_in.append((round(cpu, 1), _frame_kind()))
            if census and generation == 2:
                censuses[-1].update(cpu_ms=round(cpu, 1), collected=info["collected"],
                                    where=where or " <- ".join(
                                        frame.name for frame in
                                        reversed(traceback.extract_stack()[:-1][-6:])))

    full_in: list[tuple[float, str]] = []  # full collections: (CPU ms, the frame's kind)

    def _frame_kind() -> str:
        """The kind of ``bench_view``'s frame under way (its ``frame``'s ``current``:
        "enter", "pan", "zoom", ...), "latency" in its latency runs, else "between"."""
        here = sys._getframe(1)
        while here is not None:
            code = here.f_code
            if code.co_name == "frame" and "current" in here.f_locals:
                return str(here.f_locals["current"]["kind"])
            if code.co_name == "_latency_runs":
                return "latency"
            here = here.f_back
        return "between"

    take = bench._GcWatch.take

    def summary(self: Any) -> list[tuple[int, float]]:
        cpus = [row[2] for row in seen]
        # What the next full collection (the idle one, when the person pauses) would walk:
        # whether the bench's own waits met an idle collection is a matter of timing.
        unfrozen = sum(len(gc.get_objects(g)) for g in range(3))
        # Garbage hidden among the frozen objects (reference cycles that became garbage
        # after a freeze, never collected): what is garbage once all is unfrozen, less
        # what a collection finds before.
        gc.collect()
        gc.unfreeze()
        frozen_garbage = gc.collect()
        from PySide6.QtCore import QCoreApplication

        from timeline_app.ui.idle_gc import IdleCollector

        collector = QCoreApplication.instance().findChild(IdleCollector)
        print(json.dumps({"collections": len(seen),
                          "busy": getattr(collector, "busy_collections", None),
                          "full": sum(row[0] == 2 for row in seen),
                          "over_16_ms_cpu": [r for r in seen if r[2] > TARGET_GC_PAUSE_MS],
                          "longest_cpu_ms": max(cpus, default=0.0),
                          "full_in_judged_frames": [
                              row for row in full_in if row[1] in bench.TARGET_KINDS],
                          "full_elsewhere": sorted(
                              (row for row in full_in if row[1] not in bench.TARGET_KINDS),
                              reverse=True)[:8],
                          "all_cpu_ms": round(sum(cpus), 1),
                          "unfrozen_at_end": unfrozen,
                          "frozen_garbage": frozen_garbage,
                          **({"census": censuses} if census else {})}),
              file=sys.stderr, flush=True)
        return take(self)

    bench._GcWatch._callback = timed  # type: ignore[method-assign]
    bench._GcWatch.take = summary  # type: ignore[method-assign]
    gc.collect()
    sizes = [(int(w), int(h)) for w, h in (v.split("x") for v in viewports)]
    bench._child_frames(str(path), int(meta["busiest_day"]), sizes)


def _frame_rows(out: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``--frames``: from ``bench_view._child_frames``'s output, one row a viewport and
    view: (name, judged frames' CPU p95, CPU max, wall p95, wall max), ms; the judged
    frames are ``bench_view.TARGET_KINDS``' (the zoom notches: all of them), as in its
    report."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_view import TARGET_KINDS, _pct

    rows = []
    for size, result in out.get("viewports", {}).items():
        for name in ("fit", "year", "month", "week", "day", "zoom"):
            parts = result.get(name + "_parts")
            if not parts:
                continue
            cpu = [c for c, k in zip(parts["cpu"], parts["kind"])
                   if name == "zoom" or k in TARGET_KINDS]
            wall = (result["zoom"] if name == "zoom" else
                    [w for kind in TARGET_KINDS for w in result[name].get(kind, [])])
            rows.append((f"{size:<10}{name:<6}", _pct(cpu, 95), max(cpu), _pct(wall, 95),
                         max(wall)))
    return rows


def _frames_summary(frames: dict[str, list[list[tuple[Any, ...]]]]) -> None:
    """``--frames``: per tree, the median over its runs of each row's figures."""
    import statistics

    print("medians over the runs (judged frames, ms): cpu p95, cpu max, wall p95, wall max")
    for name, runs in frames.items():
        if not runs:
            continue
        for index, row in enumerate(runs[0]):
            values = [statistics.median(run[index][k] for run in runs) for k in range(1, 5)]
            print(f"  {name:<16}{row[0]}" + "".join(f"{v:8.1f}" for v in values))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree", type=Path, help="another checkout of the app")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--viewport", nargs="+", default=["1600x900"],
                        help="one or more, in turn in one child (make bench: both sizes)")
    parser.add_argument("--census", action="store_true",
                        help="with each full collection, what it walks: the types and "
                        "the large containers (the census's own time is left out)")
    parser.add_argument("--frames", action="store_true",
                        help="also the frames' figures of each run (bench_view's judged "
                        "rows: CPU p95 and max, wall p95 and max, ms) and their medians")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.events, args.viewport, args.census)
        return 0
    trees = [ROOT, args.tree.resolve()]
    frames: dict[str, list[list[tuple[Any, ...]]]] = {tree.name: [] for tree in trees}
    with tempfile.TemporaryDirectory(prefix="gc_pauses_ab_") as tmp:
        for rnd in range(args.rounds):
            for tree in trees if rnd % 2 == 0 else trees[::-1]:
                env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree),
                           TIMELINE_APP_SETTINGS=os.path.join(tmp, f"{rnd}-{tree.name}.ini"),
                           TIMELINE_APP_RECOVERY_DIR=os.path.join(tmp, "recovery"))
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                began, load = time.perf_counter(), os.getloadavg()[0]
                proc = subprocess.run(
                    [str(tree / ".venv/bin/python"), "-X", "utf8", str(Path(__file__).resolve()),
                     "tree-unused", "--child", "--events", str(args.events),
                     "--viewport", *args.viewport, *(["--census"] if args.census else [])],
                    env=env, capture_output=True, text=True, cwd=tree, check=False)
                lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("{")]
                print(f"round {rnd} {tree} ({time.perf_counter() - began:.0f} s, load "
                      f"{load:.1f}): " + (lines[-1] if lines else
                                          "failed: " + proc.stderr[-1500:]), flush=True)
                if args.frames:
                    outs = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
                    if outs:
                        rows = _frame_rows(json.loads(outs[-1]))
                        frames[tree.name].append(rows)
                        for row in rows:
                            print("    " + row[0] + "".join(f"{v:8.1f}" for v in row[1:]))
        if args.frames:
            _frames_summary(frames)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
