"""One correction of an import review's row compared with a big timeline again, beside
the baseline of session 23's way, in the same run.

Usage::

    python benchmarks/bench_review_recheck.py [--size 100000] [--repeat 20]
    valgrind --tool=callgrind python benchmarks/bench_review_recheck.py --way index \\
        --size 20000 --repeat 0|20     # instruction counts: (20 - 0) / 20 a recheck

The import review compares a row with the timeline's events each time its date, title,
participants, place or category is corrected (``ReviewDialog._recheck_duplicate``,
session 24; until then only its date).  Ways:

* **rebuild** (baseline, session 23): ``find_duplicates(existing, [row])`` each time,
  which buckets every existing event by year again;
* **index**: ``DuplicateIndex(existing)`` once (the review's opening already built it),
  then ``index.find([row], taken)`` each time.

Prints the process CPU time a recheck takes (median of ``--repeat``, ms) for each way
(or, with ``--way``, runs that way only, for callgrind).  The events come from
``benchmarks.synthetic`` (seed 1); the row is a 2024 treaty in a busy year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.alternate import run_ways
from benchmarks.synthetic import synthetic_timeline
from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import DuplicateIndex, find_duplicates

ROW = Event("row0", "Thai and Cambodian defence ministers agree to withdraw heavy weapons",
            FuzzyDate.of_day(dt.date(2024, 3, 12)), category="treaty",
            participants=("Thailand", "Cambodia"), location="Kuala Lumpur")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--way", choices=("rebuild", "index"))
    args = parser.parse_args(argv)
    events = list(synthetic_timeline(args.size).events)
    index = DuplicateIndex(events)
    ways = {"rebuild": lambda: find_duplicates(events, [ROW]),
            "index": lambda: index.find([ROW], ())}
    if not args.way:
        assert ways["rebuild"]() == ways["index"]()  # the same answer
    run_ways(ways, args.repeat, args.way, args.size, "recheck")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
