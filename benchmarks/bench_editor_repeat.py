"""The event editor's "likely repeats" line (session 39, edit37; verify48 F8): what one
check costs at a pause in typing, beside the status line's way after OK, in the same run.

Usage::

    python benchmarks/bench_editor_repeat.py [--size 100000] [--repeat 20]
    valgrind --tool=callgrind python benchmarks/bench_editor_repeat.py --way kept \\
        --size 20000 --repeat 0|20     # instruction counts: (20 - 0) / 20 a check

Ways:

* **rebuild** (baseline: ``MainWindow._say_if_already_there`` before session 39, and the
  status line after OK still): ``find_duplicates(others, [event], kinds=())``, which
  buckets every event of the timeline by year each time;
* **kept**: ``core.duplicates.RepeatCheck(timeline)`` made once when the editor opens;
  its first ``match`` builds the index (``first`` below), each later one only compares.

Prints the process CPU time (median of ``--repeat``, ms).  Events from
``benchmarks.synthetic`` (seed 1); the event typed is a 2024 meeting in a busy year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.alternate import run_ways
from benchmarks.synthetic import synthetic_timeline
from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import RepeatCheck, find_duplicates

TYPED = Event("typed0", "Thai and Cambodian defence ministers meet in Kuala Lumpur",
              FuzzyDate.of_day(dt.date(2024, 3, 12)), category="meeting",
              participants=("Thailand", "Cambodia"), location="Kuala Lumpur")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--way", choices=("rebuild", "kept"))
    args = parser.parse_args(argv)
    timeline = synthetic_timeline(args.size)
    events = list(timeline.events)
    check = RepeatCheck(timeline)
    start = time.process_time()
    first = check.match(TYPED)
    first_ms = 1000 * (time.process_time() - start)
    ways = {"rebuild": lambda: find_duplicates(events, [TYPED], kinds=()).get(TYPED.id),
            "kept": lambda: check.match(TYPED)}
    if not args.way:
        assert ways["rebuild"]() == first  # the same answer
        print(f"first    {first_ms:8.2f} ms (kept: the index built, {args.size} events)")
    run_ways(ways, args.repeat, args.way, args.size, "check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
