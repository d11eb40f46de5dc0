"""Every garbage collection of ``bench_view.py``'s frames session timed in thread CPU, in
this checkout and another, alternating (issue 11: "no garbage-collection pause > 16 ms";
session 63, scale68).

Usage::

    .venv/bin/python benchmarks/gc_pauses_ab.py TREE [--events 1000000] [--rounds 2] \
        [--viewport 1600x900 [2560x1440]] [--census]

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
``--census``: with each full collection, what it walked by type.  ``TREE`` is another
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
            if census and generation == 2:
                censuses[-1].update(cpu_ms=round(cpu, 1), collected=info["collected"],
                                    where=where or " <- ".join(
                                        frame.name for frame in
                                        reversed(traceback.extract_stack()[:-1][-6:])))

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
        print(json.dumps({"collections": len(seen),
                          "full": sum(row[0] == 2 for row in seen),
                          "over_16_ms_cpu": [r for r in seen if r[2] > TARGET_GC_PAUSE_MS],
                          "longest_cpu_ms": max(cpus, default=0.0),
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
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.events, args.viewport, args.census)
        return 0
    trees = [ROOT, args.tree.resolve()]
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
