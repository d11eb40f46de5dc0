"""What writing times of day in their places' zones costs the iCalendar export (session 44,
edit47, verify54 F27).

Usage::

    .venv/bin/python benchmarks/ical_zones_cost.py [--compare TREE] [--events 100000]

Builds a synthetic timeline of ``--events`` events, every one with a time of day and a
place (Tokyo, Seoul, "Munich, Germany", Washington, none, "United States": two of six
without a zone), and one untimed; exports each with ``io.ical.dumps_icalendar`` three
times and prints the best process CPU time, the size and how many ``TZID`` lines it
holds.  With ``--compare TREE`` the same runs in TREE's code, in a child process of the
same run (the host's speed drifts).  A report, not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(events: int) -> None:
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.core.clock import ClockTime
    from timeline_app.io.ical import dumps_icalendar

    places = ["Tokyo", "Seoul", "Munich, Germany", "Washington", "", "United States"]
    for timed in (True, False):
        timeline = Timeline.from_events([
            Event(f"e{i}", f"Talks {i}", (
                FuzzyDate.of_ymd(1950 + i % 75, 1 + i % 12, 1 + i % 28).with_time(
                    ClockTime(i % 24, i % 60)) if timed
                else FuzzyDate.of_ymd(1950 + i % 75, 1 + i % 12, 1 + i % 28)),
                location=places[i % 6]) for i in range(events)], title="bench")
        best, data = float("inf"), b""
        for _ in range(3):
            start = time.process_time()
            data = dumps_icalendar(timeline)
            best = min(best, time.process_time() - start)
        print(f"  {events} {'timed' if timed else 'untimed'} events: {best:.2f} s CPU "
              f"(best of 3), {len(data) / 1e6:.1f} MB, {data.count(b';TZID=')} TZID lines")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", help="another checkout to measure in the same run")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, args.child)
        measure(args.events)
        return
    for tree in [str(ROOT)] + ([args.compare] if args.compare else []):
        print(tree)
        subprocess.run([sys.executable, __file__, "--child", tree, "--events",
                        str(args.events)], check=False)


if __name__ == "__main__":
    main()
