"""How often the dateline reader finds an article's year when the text leaves it out.

Usage::

    python benchmarks/dateline_years.py [DATA_DIR] [--verbose]

A third of each blind set had datelines without a year ('SEOUL, Jan. 13 (Yonhap) --'),
and the year then comes only from evidence in the text (weekdays, years mentioned,
anniversaries; :mod:`timeline_app.extract.dateline`).  The dev articles whose date the
reader finds from a written year give many more such cases: for each of them this script
removes the publication line and the dateline's year (or, when the dateline has no date,
writes the month and day into it, or puts ``CITY, Month Day (X) -`` before the lead's
paragraph), reads the dateline again, and counts the years recovered, wrong and left
unknown.  'Today' is fixed at 2026-11-30 so that the figures do not age.  Articles whose
date the reader does not find as written are left out.  It is a report: it exits 0.

``--timeline DAYS`` reads each article as if imported into an open timeline holding one date,
DAYS days before its true date (``read_dateline``'s ``timeline_days``; negative: after it):
``--timeline 9`` is a timeline of the story's week before, ``--timeline 365`` one of the year
before (a misleading timeline: what the hint costs when it is wrong).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_app.extract import dateline as dl

DATA_DIR = Path(__file__).resolve().parent / "data"
TODAY = dt.date(2026, 11, 30)


def without_year(text: str, dct: dt.date) -> str:
    """The article with its publication line removed and its dateline's year taken out."""
    published = dl._find_published(text)
    if published is not None:
        start, end = published[2]
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        text = text[:line_start] + (text[line_end:] if line_end != -1 else "")
    found = dl._find_dateline(text)
    if found is not None:
        m, _kind = found
        head = re.sub(r"(,?\s*|/)" + str(dct.year) + r"\b", "", text[m.start():m.end()], count=1)
        text = text[:m.start()] + head + text[m.end():]
    line = dl.read_dateline(text)
    if line.month is not None:
        return text
    day = f"{dct.strftime('%B')} {dct.day}"
    if line.span[1] > line.span[0]:  # a place and an outlet: 'Hanoi (VNA) -'
        head = text[line.span[0]:line.span[1]]
        place = re.match(r"([^(\n]*?)\s*(?:\(|:|\u2014|\u2013|--|-)", head)
        if place is not None and place.group(1).strip():  # (not an outlet alone: '(CNN) -')
            cut = line.span[0] + len(place.group(1))
            return text[:cut] + f", {day} " + text[cut:].lstrip()
    lead = re.search(r"(?m)^[^\n]{120,}$", text)
    at = lead.start() if lead else 0
    return text[:at] + f"CITY, {day} (X) - " + text[at:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DATA_DIR)
    parser.add_argument("--verbose", action="store_true", help="print every article")
    parser.add_argument("--timeline", type=int, metavar="DAYS", default=None,
                        help="read each article beside a timeline date DAYS before its own")
    args = parser.parse_args(argv)
    dl._today = lambda: TODAY  # type: ignore[assignment]
    counts = {"recovered": 0, "wrong": 0, "unknown": 0}
    for gold_path in sorted(args.data_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold.get("dct") or "article" in gold:
            continue
        dct = dt.date.fromisoformat(gold["dct"])
        text = (args.data_dir / gold_path.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8")
        if dl.read_dateline(text).date != dct:
            continue
        days = () if args.timeline is None else (dct - dt.timedelta(days=args.timeline),)
        line = dl.read_dateline(without_year(text, dct), timeline_days=days)
        kind = ("recovered" if line.date == dct else "unknown" if line.year is None
                else "wrong")
        counts[kind] += 1
        if args.verbose or kind != "recovered":
            print(f"{kind:9} {gold_path.name[:-10]:40} {dct} -> {line.year}: "
                  f"{line.year_basis[:160]}")
    total = sum(counts.values())
    print(f"{total} articles: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
