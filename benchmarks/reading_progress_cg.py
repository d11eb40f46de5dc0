"""Callgrind's instruction counts of a reading with and without a progress callback.

Usage, once each way, then compare the totals (``callgrind_annotate OUT | head``)::

    PYTHONPATH=. valgrind --tool=callgrind --callgrind-out-file=OUT \
        .venv/bin/python benchmarks/reading_progress_cg.py TEXT.txt with|without

The text is read twice in the process and both counted (the first also imports and builds
the lazily built tables, the same both ways).  Session 37, fix76.
"""

from __future__ import annotations

import sys

from timeline_app.extract import events


def main() -> None:
    text = open(sys.argv[1], encoding="utf-8").read()
    calls = [0]

    def report(_done: int, _total: int) -> bool:
        calls[0] += 1
        return True

    progress = report if sys.argv[2] == "with" else None
    for _ in range(2):
        events.extract_events(text, progress=progress)
    print(f"{calls[0]} progress calls", file=sys.stderr)


if __name__ == "__main__":
    main()
