"""How evenly ``extract_events``'s progress moves, and what reporting costs.

Usage: ``python benchmarks/reading_progress.py TEXT.txt [--no-baseline]``

Prints, for one reading of TEXT with a progress callback, the CPU time each pass took
against the share :func:`timeline_app.extract.events.pass_shares` gives it (the figures
those shares were set from), how many times the callback was called, and the CPU time
of a reading without a callback (the baseline, in the same run) beside it.
Session 37, fix76 (the Import Article dialog's determinate bar, verify45 F19).
"""

from __future__ import annotations

import itertools
import sys
import time

from timeline_app.extract import events


def main() -> None:
    text = open(sys.argv[1], encoding="utf-8").read()
    marks: list[tuple[int, float]] = []

    def record(done: int, total: int) -> bool:
        marks.append((done, time.process_time()))
        return True

    events.extract_events(text[:20000])  # the lazily built tables, before either run
    baselines, withs = [], []
    for _ in range(1 if "--no-baseline" in sys.argv else 2):  # alternated: the order counts
        if "--no-baseline" not in sys.argv:
            begun = time.process_time()
            events.extract_events(text)
            baselines.append(time.process_time() - begun)
        marks.clear()
        start = time.process_time()
        found = events.extract_events(text, progress=record)
        withs.append(time.process_time() - start)
    with_calls = withs[-1]
    print(f"{len(text) / 1024:.0f} KB, {len(text.split())} words, "
          f"{len(found.candidates)} events; {len(marks)} progress calls")
    print("with progress:      " + ", ".join(f"{s:6.2f}" for s in withs) + " s CPU")
    if baselines:
        print("without (baseline): " + ", ".join(f"{s:6.2f}" for s in baselines) + " s CPU")
    # each pass: from the mark where the last one ended to its own end
    edge, then = 0, start
    for name, share in events.pass_shares(len(text)).items():
        edge += share
        end = next(t for done, t in marks if done >= edge)
        print(f"  {name:10} share {share:4}/1000, measured {1000 * (end - then) / with_calls:5.0f}"
              f"/1000 ({end - then:6.2f} s)")
        then = end
    # the longest the bar stood still
    times = [start] + [t for _, t in marks]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    print(f"longest time without a report: {max(gaps):.2f} s CPU")


if __name__ == "__main__":
    main()
