"""CPU time of ``query.hidden_by`` for a participant's filter, with and without the
timeline's era lanes named (``EventFilter.era_lanes``: the eras a participant's filter
keeps, session 60, fix84, verify80 F15), on the per-event path and the coded one.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_filter_eras.py [EVENTS]

The baseline is the same filter without ``era_lanes`` (what every filter was before),
measured in the same run; best of three each.  Two synthetic timelines of EVENTS events
(default 200 000): one with an era every 1 000 events, one with an era in every fifth.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.coded import coded_facts
from timeline_app.core.query import EventFilter, hidden_by

LANES = ("meeting", "visit", "policy", "treaty", "era")


def _timeline(n: int, every: int) -> Timeline:
    first = dt.date(1950, 1, 1)
    return Timeline.from_events([
        Event(f"e{i}", f"Event {i}", FuzzyDate.of_day(first + dt.timedelta(days=i % 25_000)),
              category="era" if i % every == 0 else LANES[i % 4],
              participants=(("A", "B", "C", "D")[i % 4 - 1],), location=("X", "Y")[i % 2])
        for i in range(n)])


def _best(timeline: Timeline, event_filter: EventFilter) -> tuple[float, int]:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        hidden = hidden_by(timeline, event_filter)
        count = len(hidden)
        best = min(best, time.process_time() - start)
    return best * 1000, count


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    for every, label in ((1000, "an era every 1 000 events"), (5, "an era in every fifth")):
        timeline = _timeline(n, every)
        eras = timeline.era_lane_set()
        for path in ("per-event", "coded"):
            if path == "coded":
                facts = coded_facts(timeline)
                while not facts.warm(100_000):
                    pass
            for named in (frozenset(), eras):
                ms, hidden = _best(timeline, EventFilter(participants=frozenset({"A"}),
                                                         era_lanes=named))
                print(f"{n} events, {label}, {path} path, "
                      f"{'era lanes named' if named else 'baseline (no era lanes)'}: "
                      f"{ms:.0f} ms CPU, {hidden} hidden")


if __name__ == "__main__":
    main()
