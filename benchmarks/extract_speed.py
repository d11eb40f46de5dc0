"""Extraction speed per document, beside the tagger's speed on the same document.

Usage::

    python benchmarks/extract_speed.py [CORPUS_DIR] [--top N] [--file SUBSTRING] [--repeat N]

For every ``.tml`` file (default: ``../shared/corpora/tbaq-cleaned/TimeBank`` beside
the repository) the DCT and plain text are read as ``timex_eval.read_tml`` does, then
:func:`timeline_app.extract.tag_timexes` (the baseline: the tagger alone) and
:func:`timeline_app.extract.extract_events` are each timed ``--repeat`` times (3 by
default) and the best time kept: the machine is shared, and the best run is the one
least disturbed by others.  Tokens are
whitespace-separated words.  Prints the ``N`` slowest documents (all with ``--top 0``)
as a table: tokens, tag ms, extract ms, extract tokens/s, the tagger's share; then
totals, the slowest
document, the lowest tokens/s, and how many documents miss the targets of issue 8
(extraction at >= 10 000 tokens/s on every document, none over 1 s).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.timex_eval import read_tml
from timeline_app.extract import extract_events, tag_timexes

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq-cleaned" / "TimeBank"
TARGET_TOKENS_PER_S = 10_000
TARGET_MAX_S = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=15, help="rows to print (0: all)")
    parser.add_argument("--file", default="", help="only files whose name contains this")
    parser.add_argument("--repeat", type=int, default=3, help="runs per document (best kept)")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.glob("*.tml") if args.file in p.name)
    if not files:
        print(f"no .tml files in {args.corpus}", file=sys.stderr)
        return 1
    rows: list[tuple[str, int, float, float]] = []
    for path in files:
        dct, text = read_tml(path)
        tag_s = ext_s = float("inf")
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            tag_timexes(text, dct)
            t1 = time.perf_counter()
            extract_events(text, dct)
            t2 = time.perf_counter()
            tag_s, ext_s = min(tag_s, t1 - t0), min(ext_s, t2 - t1)
        rows.append((path.stem, len(text.split()), tag_s, ext_s))
    rows.sort(key=lambda r: -r[3])
    shown = rows if args.top == 0 else rows[: args.top]
    print(f"{'document':32s} {'tokens':>7s} {'tag ms':>8s} {'extract ms':>11s} {'tokens/s':>10s}"
          f" {'tagger share':>13s}")
    for name, tokens, tag_s, ext_s in shown:
        print(f"{name:32s} {tokens:7d} {1000 * tag_s:8.1f} {1000 * ext_s:11.1f} "
              f"{tokens / max(ext_s, 1e-9):10.0f} {min(1.0, tag_s / max(ext_s, 1e-9)):12.0%}")
    tokens = sum(r[1] for r in rows)
    tag_total = sum(r[2] for r in rows)
    ext_total = sum(r[3] for r in rows)
    slowest = rows[0]
    lowest = min(rows, key=lambda r: r[1] / max(r[3], 1e-9))
    under = [r for r in rows if r[1] / max(r[3], 1e-9) < TARGET_TOKENS_PER_S]
    over = [r for r in rows if r[3] > TARGET_MAX_S]
    print()
    print(f"documents: {len(rows)}  tokens: {tokens}  tag: {tag_total:.2f} s  "
          f"extract: {ext_total:.2f} s ({tokens / max(ext_total, 1e-9):.0f} tokens/s overall)")
    print(f"slowest: {slowest[0]} {1000 * slowest[3]:.1f} ms; lowest rate: {lowest[0]} "
          f"{lowest[1] / max(lowest[3], 1e-9):.0f} tokens/s")
    print(f"below {TARGET_TOKENS_PER_S} tokens/s: {len(under)}; over {TARGET_MAX_S:.0f} s: "
          f"{len(over)}; the tagger is {tag_total / max(ext_total, 1e-9):.0%} of extraction "
          f"(extract_events tags the text itself)")
    for name, tokens, tag_s, ext_s in sorted(under, key=lambda r: r[1] / max(r[3], 1e-9)):
        print(f"   under target: {name} {tokens / max(ext_s, 1e-9):.0f} tokens/s, "
              f"{1000 * ext_s:.1f} ms, tagger {min(1.0, tag_s / max(ext_s, 1e-9)):.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
