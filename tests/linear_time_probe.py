"""Child process of ``test_linear_time.py``: time one entry point on hostile text.

Run as ``python tests/linear_time_probe.py ENTRY FAMILY...``; prints one JSON line per
family as soon as it is measured (so that a hang names its family):
``{"family": ..., "chars": n, "small": seconds at n, "large": seconds at 2n}``.
Each time is the best of two runs, alternating sizes, to shave off the noise of a
shared machine.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.core.parse_date import parse_fuzzy_date  # noqa: E402
from timeline_app.extract import extract_events, read_dateline, tag_timexes  # noqa: E402

DCT = _dt.date(2025, 3, 22)

# name -> (repeated unit, characters at the small size).  The big families are the ones
# the hostile-text sweep of issue 9 and the TimeBank blow-up of issue 8 found.
FAMILIES: dict[str, tuple[str, int]] = {
    "spaces": (" ", 5_000),
    "digits": ("7", 5_000),
    "commas": (",", 5_000),
    "thousands": (",000", 5_000),
    "capitalised words": ("Minister ", 5_000),
    "month names": ("March ", 5_000),
    "and and and": ("and ", 5_000),
    "newlines": ("\n", 5_000),
    "initials": ("a.", 5_000),
    "dashes": (" -- ", 5_000),
    "quotes": ('"', 5_000),
    "blanked dates": ("In the past two months ", 5_000),
    "years": ("1999 ", 5_000),
    "met": ("met ", 2_000),
    "meeting sentence": ("The ministers met in Tokyo on Saturday. ", 4_000),
    "hedged plans": ("Officials said they may have planned to meet next month, ", 4_000),
}

ENTRY_POINTS: dict[str, Callable[[str], object]] = {
    "extract_events": lambda text: extract_events(text, DCT),
    "extract_events without a DCT": extract_events,
    "tag_timexes": lambda text: tag_timexes(text, DCT),
    "read_dateline": read_dateline,
    "parse_fuzzy_date": parse_fuzzy_date,
}


def hostile_text(unit: str, chars: int) -> str:
    """``unit`` repeated to exactly ``chars`` characters."""
    return (unit * (chars // len(unit) + 1))[:chars]


def measure(entry: Callable[[str], object], unit: str, chars: int) -> tuple[float, float]:
    """Best-of-two seconds for ``entry`` at ``chars`` and at ``2 * chars`` characters."""
    small, large = hostile_text(unit, chars), hostile_text(unit, 2 * chars)
    best = [float("inf"), float("inf")]
    for _ in range(2):
        for i, text in enumerate((small, large)):
            start = time.perf_counter()
            entry(text)
            best[i] = min(best[i], time.perf_counter() - start)
    return best[0], best[1]


def main(argv: list[str]) -> int:
    entry = ENTRY_POINTS[argv[0]]
    for family in argv[1:]:
        unit, chars = FAMILIES[family]
        small, large = measure(entry, unit, chars)
        print(json.dumps({"family": family, "chars": chars, "small": small, "large": large}),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
