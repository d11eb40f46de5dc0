"""Smoke run of the event extractor over a folder of news articles in TimeML (.tml).

Usage::

    python benchmarks/extract_smoke.py [CORPUS_DIR] [--raw] [--file SUBSTRING] [--quiet]

For every ``.tml`` file (default: ``../shared/corpora/meantime-en`` beside the
repository) the DCT and the plain text are read (tags stripped, as
``timex_eval.read_tml`` does), the corpus' tokenisation is undone ("States 's" ->
"States's", "cars ," -> "cars,", ```` `` ```` -> '"') so the text reads like an article
as the app would get it (``--raw`` keeps it tokenised), and
:func:`timeline_app.extract.extract_events` is run with the DCT.  Prints, per file,
its headline and the candidates (date | category | title | confidence), then totals:
files, candidates, candidates per file and the extraction time.

It is a report to read, not a score: the corpus has no gold events of the kind the
app proposes.  The corpus is evaluation data only; never copy its text into tests.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.timex_eval import read_tml
from timeline_app.extract import extract_events

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "meantime-en"

_DETOKENIZE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r" +([,.;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$]) +"), r"\1"),
    (re.compile(r" +(['\u2019](?:s|re|ve|ll|d|m)\b|n't\b)"), r"\1"),
    (re.compile(r" +(['\u2019])(?=\s)"), r"\1"),
    (re.compile(r"(\d) , (\d{3})\b"), r"\1,\2"),
)


def detokenize(text: str) -> str:
    """Undo the corpus' Penn-Treebank style tokenisation, line by line."""
    for pattern, repl in _DETOKENIZE:
        text = pattern.sub(repl, text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--raw", action="store_true", help="keep the corpus' tokenisation")
    parser.add_argument("--file", default="", help="only files whose name contains this")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.glob("*.tml") if args.file in p.name)
    if not files:
        print(f"no .tml files in {args.corpus}", file=sys.stderr)
        return 1
    total = 0
    per_category: dict[str, int] = {}
    elapsed = 0.0
    for path in files:
        dct, text = read_tml(path)
        text = text.strip("\n")
        if not args.raw:
            text = detokenize(text)
        t0 = time.perf_counter()
        result = extract_events(text, dct)
        elapsed += time.perf_counter() - t0
        total += len(result.candidates)
        if not args.quiet:
            headline = text.split("\n", 1)[0].strip()
            print(f"== {path.stem}  (DCT {dct.isoformat()}): {headline}")
            for c in result.candidates:
                per_category[c.category] = per_category.get(c.category, 0) + 1
                print(f"   {c.date!s:24s} | {c.category:11s} | {c.title} | {c.confidence:.2f}")
        else:
            for c in result.candidates:
                per_category[c.category] = per_category.get(c.category, 0) + 1
    print()
    print(f"files: {len(files)}  candidates: {total}  per file: {total / len(files):.2f}  "
          f"time: {elapsed:.2f} s ({1000 * elapsed / len(files):.1f} ms/file)")
    print("by category: " + ", ".join(f"{k} {v}" for k, v in sorted(
        per_category.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
