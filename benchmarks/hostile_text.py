"""Time the tagger and the dateline reader on hostile article text.

Usage::

    python benchmarks/hostile_text.py [--size BYTES] [--family NAME ...]

Each family is one kind of hostile text built to the given size (100 KB by default):
runs of years, thousands separators, blanks, capitalised words, month names, dates,
"and and and", whole sentences, markup, scripts...; the families are those of
``hostile_articles.py``, declared once in ``hostile_families.py``.  For each family the
script prints
the time of ``tag_timexes`` and ``read_dateline`` (bare and after a dateline)
at half the size and at the full size, and their ratio: linear code doubles
its time (ratio about 2), quadratic code quadruples it.  The target
(issue 9) is at most 2 s for 100 KB of any content.

The families of the first sweep (``hostile_families.FIRST_SWEEP``), at smaller sizes,
are checked by ``tests/extract/test_linear_time.py``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.hostile_families import FAMILIES  # one declaration, shared with hostile_articles.py
from timeline_app.extract import extract_events
from timeline_app.extract.dateline import read_dateline
from timeline_app.extract.timex import tag_timexes

DATELINE = "SEOUL, March 22 (Yonhap) -- "


def hostile(family: str, size: int) -> str:
    """The text of a family (``hostile_families.FAMILIES``), exactly ``size`` characters."""
    return FAMILIES[family](size)


def entry_points() -> dict[str, Callable[[str], object]]:
    """The public calls timed on each text."""
    dct = _dt.date(2025, 3, 22)
    return {
        "tag": lambda s: tag_timexes(s, dct),
        "tag_narrative": lambda s: tag_timexes(s, None, mode="narrative"),
        "dateline": read_dateline,
        "dateline_lead": lambda s: read_dateline(DATELINE + s),
        # the whole pipeline (tagger, sentences, triggers, arguments, merging, titles)
        "extract": lambda s: extract_events(s, dct),
    }


def timed(fn: Callable[[str], object], text: str) -> float:
    """CPU seconds one call takes (process time: the machine is shared, so wall-clock time
    says more about the other processes than about this one)."""
    t0 = time.process_time()
    fn(text)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--family", nargs="*", default=list(FAMILIES))
    ap.add_argument("--entry", nargs="*", default=None,
                    help="time only these entry points (default: all)")
    args = ap.parse_args(argv)
    calls = entry_points()
    if args.entry:
        calls = {k: v for k, v in calls.items() if k in args.entry}
    worst = 0.0
    print(f"{'family':24s} " + " ".join(f"{k:>22s}" for k in calls))
    for fam in args.family:
        cells = []
        for fn in calls.values():
            half = timed(fn, hostile(fam, args.size // 2))
            full = timed(fn, hostile(fam, args.size))
            worst = max(worst, full)
            cells.append(f"{full:6.2f}s (x{full / max(half, 1e-3):4.1f})")
        print(f"{fam[:24]:24s} " + " ".join(f"{c:>22s}" for c in cells), flush=True)
    print(f"worst time at {args.size} characters: {worst:.2f} s (target 2 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
