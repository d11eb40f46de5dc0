"""CPU (and callgrind instructions) of ``find_duplicates`` on a big File → Merge.

Usage::

    .venv/bin/python benchmarks/duplicates_cost.py [--size 20000] [--other 2000]
        [--copies 500] [--compare TREE]

    # instructions of the one find_duplicates call, no other work counted:
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=OUT .venv/bin/python benchmarks/duplicates_cost.py --once ...
    grep totals: OUT

The timeline is ``synthetic.synthetic_timeline(--size, seed=1)``; the file merged into it is
``--other`` events of another synthetic timeline (``seed=2``: new events, of which some tell
the timeline's in other words) and ``--copies`` of the timeline's own events with new ids and
each person's surname alone ("Park" for "Park Min-jun": the short forms of ``_parties``).
Prints the flags (likely ones) and the best CPU (``time.process_time``) of three calls, the
title caches cleared before each; with ``--compare TREE``, this tree and TREE (a checkout of
the same repository, e.g. ``git archive main``) alternated three times, each in a process of
its own.  Session 44 (ext72): see ``benchmarks/README.md``.  A report, not a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Two-word states the synthetic participants name, left whole by the short forms.
_STATES = ("South Korea", "North Korea", "United States", "United Kingdom", "Saudi Arabia",
           "South Africa", "New Zealand")


def _counting(on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
                   capture_output=True, check=False)


def _child(size: int, other: int, copies: int, once: bool) -> None:
    sys.path.insert(0, os.getcwd())
    from benchmarks.synthetic import synthetic_timeline
    from timeline_app.core import duplicates

    mine = list(synthetic_timeline(size, seed=1).events)
    theirs = [dataclasses.replace(e, id=f"o{i}")
              for i, e in enumerate(synthetic_timeline(other, seed=2).events)]

    def short(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(n.split()[-1] if " " in n and n not in _STATES else n for n in names)

    step = max(1, size // max(1, copies))
    theirs += [dataclasses.replace(e, id=f"c{i}", participants=short(e.participants))
               for i, e in enumerate(mine[::step][:copies])]
    duplicates.find_duplicates(mine[:200], theirs[:50])  # lemminflect, the caches' code
    best = None
    for _ in range(1 if once else 3):
        duplicates._title_words.cache_clear()
        duplicates._acronyms.cache_clear()
        if hasattr(duplicates, "_instrument_named"):  # (cached since session 49, import57)
            getattr(duplicates._instrument_named, "cache_clear", lambda: None)()
        if once:
            _counting(True)
        started = time.process_time()
        found = duplicates.find_duplicates(mine, theirs)
        cpu = time.process_time() - started
        if once:
            _counting(False)
        best = cpu if best is None else min(best, cpu)
    likely = sum(match.likely for match in found.values())
    print(f"{len(mine)} events, {len(theirs)} merged in: {len(found)} flags ({likely} likely); "
          f"best CPU {best:.3f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--other", type=int, default=2_000)
    parser.add_argument("--copies", type=int, default=500)
    parser.add_argument("--compare", help="a base tree, alternated with this one")
    parser.add_argument("--once", action="store_true",
                        help="one call, counted by callgrind_control (under valgrind)")
    options = parser.parse_args()
    if options.compare is None:
        _child(options.size, options.other, options.copies, options.once)
        return 0
    args = ["--size", str(options.size), "--other", str(options.other),
            "--copies", str(options.copies)]
    for _round in range(3):
        for name, tree in (("this", str(ROOT)), ("base", options.compare)):
            done = subprocess.run(
                [sys.executable, os.path.join(str(ROOT), "benchmarks", "duplicates_cost.py"),
                 *args], cwd=tree, capture_output=True, text=True, check=False,
                env={**os.environ, "PYTHONPATH": tree})
            print(f"{name:5} {done.stdout.strip() or done.stderr.strip()[-300:]}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
