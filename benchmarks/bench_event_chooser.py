"""The import review's "Another event…" chooser (session 42, edit42) on a big timeline:
opening it and one typed letter, with the list capped at ``SHOWN_AT_MOST`` lines (as
built) beside the baseline of listing every matching event, in the same run.

Usage::

    python benchmarks/bench_event_chooser.py [--size 100000] [--repeat 5]
    valgrind --tool=callgrind --instr-atstart=no python benchmarks/bench_event_chooser.py \\
        --way capped --size 20000 --repeat 0|5   # instruction counts: (5 - 0) / 5 a run

A run is: the chooser made for a row of 12 March 2024 (its events sorted nearest in date
first, their lines written and folded for the filter, the list filled), then "a" typed
into its filter (every event's line searched, the list filled again).  Ways:

* **all** (baseline): every matching event listed (``SHOWN_AT_MOST`` = the timeline's size);
* **capped**: at most ``SHOWN_AT_MOST`` (200) listed, the nearest in date; the line under
  the list says how many more match and that typing narrows them.

Prints the process CPU time of a run (median of ``--repeat``, ms) for each way.  The events
come from ``benchmarks.synthetic`` (seed 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.alternate import run_ways
from benchmarks.synthetic import synthetic_timeline
from timeline_app.core import FuzzyDate
from timeline_app.ui import event_chooser

NEAR = FuzzyDate.of_day(dt.date(2024, 3, 12))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--way", choices=("all", "capped"))
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    events = list(synthetic_timeline(args.size).events)
    capped = event_chooser.SHOWN_AT_MOST

    def run(at_most: int) -> None:
        event_chooser.SHOWN_AT_MOST = at_most
        chooser = event_chooser.EventChooser(events, NEAR, None, {}, "Row 1", None)
        chooser.filter.setText("a")
        chooser.deleteLater()
        app.processEvents()

    run_ways({"all": lambda: run(len(events)), "capped": lambda: run(capped)},
             args.repeat, args.way, args.size, "chooser opened and a letter typed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
