"""What the undo step of a restored recovery copy costs (``io.recovery.recovered_change``,
edit56): the copy compared with its saved file, event by event, beside a baseline measured
in the same run — reading the copy's events once (``[e.id for e in timeline]``), which any
restore already does more than of.  Prints seconds (best of 3) for N events with 10 edits.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_recovered_change.py 100000 1000000
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time

from benchmarks.synthetic import synthetic_timeline
from timeline_app.core import Timeline
from timeline_app.io.recovery import recovered_change


def best(work, rounds: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main(argv: list[str]) -> int:
    for n in map(int, argv or ["100000"]):
        saved = synthetic_timeline(n)
        events = list(saved)
        edited = [dataclasses.replace(e, title=e.title + " (edited)") for e in events[:10]]
        # distinct objects, as a copy read from disk beside its saved file gives them
        recovered = Timeline.from_events([*edited,
                                          *(dataclasses.replace(e) for e in events[10:])])
        baseline = best(lambda r=recovered: [e.id for e in r])
        change = best(lambda s=saved, r=recovered: recovered_change(s, r))
        counts = recovered_change(saved, recovered).counts
        print(f"{n:>9} events: recovered_change {change:.3f} s CPU; baseline (ids read) "
              f"{baseline:.3f} s; (added, changed, removed) = {counts}")
    print(f"load average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
