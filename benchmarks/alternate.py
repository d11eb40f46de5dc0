"""Ways of doing one thing timed alternately in one run, each beside the others (the
baseline among them), as process CPU time: the loop ``bench_review_recheck.py`` and
``bench_editor_repeat.py`` share.  Alternating spreads the machine's noise over every way."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def run_ways(ways: dict[str, Callable[[], object]], repeat: int, only: str | None,
             size: int, what: str) -> None:
    """Run ``ways`` ``repeat`` times each, alternately, and print the median CPU time (ms)
    of each, "a ``what``" of ``size`` events; with ``only``, run that way alone and print
    nothing (for callgrind, whose counts are the trustworthy measure)."""
    if only:
        for _ in range(repeat):
            ways[only]()
        return
    times: dict[str, list[float]] = {way: [] for way in ways}
    for _ in range(repeat):  # alternately
        for way, run in ways.items():
            start = time.process_time()
            run()
            times[way].append(1000 * (time.process_time() - start))
    for way, ms in times.items():
        print(f"{way:8} {statistics.median(ms):8.2f} ms a {what} (median of {repeat}, "
              f"{size} events)")
