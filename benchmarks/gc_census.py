"""What the garbage collector walks during ``bench_view.py``'s frames session, and how
long each collection takes in wall and CPU time (issue 11).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gc_census.py \
        [--size 100000] [--viewports 1600x900 2560x1440] [--tree TREE] \
        [--census-at-full] [--where] [--idle-collections] [--out FILE]

Runs ``bench_view.py``'s frames child (``_child_frames``: the window on the synthetic
file, every frame of its scripted session and the latency runs) in this process and
prints a census of the collector's generations (``gc.get_objects(generation)``, counted
by type, and the largest containers) and ``gc.get_count()``/``gc.get_freeze_count()``
before and after the session, then the CPU of three full collections run by hand.  Every
collection during the session is timed twice: wall clock (as ``bench_view.py``'s "GC
while interacting" row) and the thread's CPU (``time.thread_time``), which a loaded
machine does not inflate; the summary gives both, by generation.  ``--census-at-full``
also takes a census of generation 2 at the start of each full collection (``--where``:
with the stack that triggered it); it runs inside that collection's timing.  ``--tree``
runs another checkout's app and ``bench_view.py`` (A/B from one script).  A report, not
a test.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
if "--tree" in sys.argv[:-1]:  # before anything of the app is imported
    ROOT = Path(sys.argv[sys.argv.index("--tree") + 1]).resolve()
for entry in (str(ROOT / "benchmarks"), str(ROOT)):
    sys.path.insert(0, entry)

import bench_view  # after the path

CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"
TOP_TYPES = 20


def census(out: TextIO, tag: str, generations: tuple[int, ...] = (0, 1, 2)) -> None:
    """Write the objects of ``generations`` by type (the ``TOP_TYPES`` commonest) and
    the five largest lists, dicts, sets and tuples among them."""
    out.write(f"== {tag}: count {gc.get_count()}, frozen {gc.get_freeze_count()}, "
              f"threshold {gc.get_threshold()}, collections "
              f"{[s['collections'] for s in gc.get_stats()]}\n")
    for generation in generations:
        objects = gc.get_objects(generation)
        kinds = Counter(type(o).__name__ for o in objects)
        largest = sorted(((len(o), type(o).__name__) for o in objects
                          if isinstance(o, (dict, list, set, tuple))), reverse=True)[:5]
        out.write(f"   generation {generation}: {len(objects)} objects; "
                  f"{kinds.most_common(TOP_TYPES)}\n   largest containers: {largest}\n")
        del objects
    out.flush()


def summary(out: TextIO, timed: list[tuple[int, float, float]]) -> None:
    """Write the collections of the session by generation: how many, the longest
    (wall and CPU, ms) and how many took over 16 ms of CPU."""
    for generation in (0, 1, 2):
        mine = [t for t in timed if t[0] == generation]
        out.write(f"   generation {generation} collections during the session: {len(mine)}"
                  f"; longest wall {max((t[1] for t in mine), default=0):.1f} ms, CPU "
                  f"{max((t[2] for t in mine), default=0):.1f} ms; over 16 ms of CPU: "
                  f"{sum(t[2] > 16 for t in mine)}\n")


def forced_idle_collections(out: TextIO, watch: type) -> Any:
    """``--idle-collections`` (session 37): after each of ``bench_view``'s idle waits
    (``_wait_until_idle``: after each resize) and twice at the end of the session, the
    app's idle collection is run through ``IdleCollector._check`` with its idle
    conditions made true (no frame for an interval, quiet counts), as it runs in the
    app when it finds the app idle there (it may or may not, by timing, in a real run).
    Writes the old generation's size before each and the collection's wall and CPU
    (``gc.callbacks``); at the end, everything is unfrozen and collected with
    ``gc.DEBUG_SAVEALL``: the garbage among the frozen objects, which a freeze keeps
    from ever being collected (a cycle that died while frozen), by type."""
    from PySide6.QtCore import QCoreApplication

    from timeline_app.ui import idle_gc

    timed: dict[str, tuple[float, float]] = {}

    def time_full(phase: str, info: dict[str, Any]) -> None:
        if info["generation"] != 2:
            return
        now = (time.perf_counter(), time.thread_time())
        if phase == "start":
            timed["began"] = now
        else:
            began = timed["began"]
            timed["took"] = ((now[0] - began[0]) * 1000, (now[1] - began[1]) * 1000)

    gc.callbacks.append(time_full)

    def collect(tag: str) -> None:
        collector = QCoreApplication.instance().findChild(idle_gc.IdleCollector,
                                                          idle_gc._NAME)
        old, counts = len(gc.get_objects(2)), gc.get_count()
        idle_gc._last_frame = -math.inf  # no frame for an interval ...
        collector._mark = idle_gc._activity()  # ... and the counts quiet
        ran = collector.full_collections
        timed.pop("took", None)
        collector._check()
        wall, cpu = timed.get("took", (math.nan, math.nan))
        out.write(f"== idle collection {tag}: {collector.full_collections - ran} ran; old "
                  f"generation {old} objects (counts {counts}); wall {wall:.1f} ms, CPU "
                  f"{cpu:.1f} ms; frozen then {gc.get_freeze_count()}\n")
        out.flush()

    waits = [0]
    wait_until_idle = bench_view._wait_until_idle

    def wait(app: Any, *rest: Any) -> float:
        waited = wait_until_idle(app, *rest)
        waits[0] += 1
        collect(f"after idle wait {waits[0]}")
        return waited

    bench_view._wait_until_idle = wait
    take = watch.take

    def at_the_end() -> None:
        collect("at the end")
        collect("at the end, again")

    def take_then_unfreeze(self: Any) -> Any:
        pauses = take(self)
        frozen = gc.get_freeze_count()
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.unfreeze()
        found = gc.collect()
        gc.set_debug(0)
        kinds = Counter(type(o).__name__ for o in gc.garbage)
        out.write(f"== garbage among the {frozen} frozen objects (unfrozen, collected): "
                  f"{found}; {kinds.most_common(8)}\n")
        out.flush()
        return pauses

    watch.take = take_then_unfreeze
    return at_the_end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--viewports", nargs="*", default=["1600x900", "2560x1440"])
    parser.add_argument("--tree", help="the checkout whose app runs (default: this one)")
    parser.add_argument("--census-at-full", action="store_true",
                        help="a census of generation 2 at the start of each full collection")
    parser.add_argument("--where", action="store_true",
                        help="with --census-at-full: the stack that triggered it")
    parser.add_argument("--out", help="write the census here (default: stdout)")
    parser.add_argument("--idle-collections", action="store_true",
                        help="the app's idle collection run after each of bench_view's "
                        "idle waits and twice at the end: each one's old generation and "
                        "CPU, then the garbage among the frozen objects")
    args = parser.parse_args(argv)
    path = CACHE / f"synthetic-v3-{args.size}-1.json"
    meta = json.loads(path.with_name(path.stem + ".meta.json").read_text())
    out: TextIO = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout

    class Watch(bench_view._GcWatch):
        """bench_view's watch, with a census when the session starts and ends."""

        def __init__(self) -> None:
            self._watching = False
            self._began = (0.0, 0.0)
            self.timed: list[tuple[int, float, float]] = []  # (generation, wall, CPU ms)
            super().__init__()
            gc.callbacks.append(self._time)

        @property
        def active(self) -> bool:
            return self._watching

        @active.setter
        def active(self, value: bool) -> None:
            if value and not self._watching:
                census(out, "before the session")
            if not value and self._watching:
                if at_the_end is not None:
                    at_the_end()  # (the session's last idle collections, then the census)
                self._watching = False
                census(out, "after the session")
                summary(out, self.timed)
                for i in range(3):
                    c0 = time.process_time()
                    gc.collect()
                    out.write(f"   full collection by hand {i + 1}: CPU "
                              f"{(time.process_time() - c0) * 1000:.1f} ms, generation 2 "
                              f"then {len(gc.get_objects(2))} objects\n")
                out.flush()
            self._watching = value

        def _time(self, phase: str, info: dict[str, Any]) -> None:
            if not self._watching:
                return
            if phase == "start":
                if info["generation"] == 2 and args.census_at_full:
                    if args.where:
                        out.write("".join(traceback.format_stack(limit=10)[:-1]))
                    census(out, "a full collection starts", (2,))
                self._began = (time.perf_counter(), time.thread_time())
            else:
                self.timed.append((info["generation"],
                                   (time.perf_counter() - self._began[0]) * 1000,
                                   (time.thread_time() - self._began[1]) * 1000))

    at_the_end = forced_idle_collections(out, Watch) if args.idle_collections else None
    bench_view._GcWatch = Watch
    bench_view._child_frames(str(path), meta["busiest_day"],
                             [tuple(map(int, v.split("x"))) for v in args.viewports])
    return 0  # (the child ends the process itself)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
