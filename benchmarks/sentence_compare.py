"""Compare our sentence splitter with pySBD against sentence boundaries judged by hand.

Usage::

    python benchmarks/sentence_compare.py [--list]

Needs ``pysbd`` (``pip install pysbd``; not a dependency of the app). Three samples:

* **benchmark articles** (``benchmarks/data``, dev and held-out parts separately): every
  sentence start inside a line, judged by hand, is in ``data/sentence_boundaries.json``
  (offsets into each article); every line start is a boundary too.
* **AQUAINT** (the first 30 files of ``../shared/corpora/tbaq-cleaned/AQUAINT``, real AP
  news of 1998-2000; skipped when absent): the PTB-style quotes of the corpus are turned back
  into “ ” first, as an article would have them. A position both splitters agree on is
  taken as right; every position where they disagree, and every ". X" that neither split,
  was judged by hand: ``data/sentence_judgements_aquaint.json`` lists those offsets with
  ``true`` (a boundary), ``false`` (none) or ``null`` (undecidable, left out).
* **pySBD's Golden Rules**: the 48 English cases pySBD is developed against (the rules
  whose expected sentences are exact substrings of the input), so biased towards pySBD.
* **MEANTIME** (``../shared/corpora/meantime-en``, Wikinews, one sentence a line,
  tokenised): the body lines are detokenised and joined into one paragraph, and each line
  join is a boundary. An automatic gold (the detokenisation is rough), for scale only.

Convention: a sentence inside a quotation is a sentence ("“Why delay? Who is he?”" has
two), as MEANTIME annotates; ``--quotes-whole`` prints the figures under the opposite
convention as well (no boundary inside a quotation), which is pySBD's. A bullet's text
starting after its marker counts as starting at the line start.

Prints, per sample and splitter, the gold boundaries, false boundaries and missed ones;
``--list`` lists every error with its context.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extract_eval import DATA_DIR, load_dataset
from benchmarks.timex_eval import read_tml
from timeline_app.extract import split_sentences

CORPORA = ROOT / ".." / "shared" / "corpora"
AQUAINT_FILES = 30
_LINE_START = re.compile(r"(?m)^[ \t]*(?=\S)")
_BULLET = re.compile(r"[-*\u2022\u2013\u2014]\s+")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def line_starts(text: str) -> set[int]:
    """Offsets of the first non-blank character of each line."""
    return {m.end() for m in _LINE_START.finditer(text)}


def normalise(text: str, starts: Iterable[int]) -> set[int]:
    """Boundaries as comparable offsets: past blanks, a bullet's marker mapped to its line."""
    out = set()
    lines = line_starts(text)
    for s in starts:
        s = _skip_space(text, s)
        if s >= len(text):
            continue
        line = text.rfind("\n", 0, s) + 1
        line = _skip_space(text, line)
        if s != line and line in lines and _BULLET.fullmatch(text[line:s]):
            s = line
        out.add(s)
    out.discard(_skip_space(text, 0))
    return out


def ours(text: str) -> set[int]:
    """Our splitter: ``timeline_app.extract.split_sentences``."""
    return normalise(text, (seg.start for seg in split_sentences(text)))


def make_pysbd() -> Callable[[str], set[int]]:
    """pySBD on the whole text (it keeps line breaks as boundaries)."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(text: str) -> set[int]:
        return normalise(text, (span.start for span in segmenter.segment(text)))

    return split


def in_quotation(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside “…” on its line (an open quote not yet closed)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("\u201c") > line.count("\u201d") or line.count('"') % 2 == 1


# --------------------------------------------------------------------------- samples
Sample = list[tuple[str, str, set[int], set[int]]]  # name, text, gold, positions left out


#: A paragraph's number at the start of its line ("1. ", "12. ").
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}\.[ \t]+")


def benchmark_sample(heldout: bool) -> Sample:
    """``(name, text, gold boundaries, ())`` of the benchmark articles of one part."""
    judged = json.loads((DATA_DIR / "sentence_boundaries.json").read_text(encoding="utf-8"))
    out = []
    for art in load_dataset():
        if art.heldout != heldout:
            continue
        starts = set(judged["boundaries"][art.name])
        gold = line_starts(art.text) | starts
        # A numbered paragraph's sentence starts after its number where the judgement
        # says so ("1. We, the Foreign Ministers": the h6 communiqués): not at the line.
        gold -= {line for line in line_starts(art.text)
                 if (m := _PARAGRAPH_NUMBER.match(art.text, line)) and m.end() in starts}
        gold.discard(_skip_space(art.text, 0))
        out.append((art.name, art.text, gold, set()))
    return out


def aquaint_texts() -> list[tuple[str, str]]:
    folder = CORPORA / "tbaq-cleaned" / "AQUAINT"
    files = sorted(folder.glob("*.tml"))[:AQUAINT_FILES]
    return [(f.name, read_tml(f)[1].replace("``", "\u201c").replace("''", "\u201d"))
            for f in files]


def aquaint_sample(splitters: dict[str, Callable[[str], set[int]]]) -> Sample:
    """AQUAINT texts with gold = agreed boundaries corrected by the hand judgements.

    Raises:
        ValueError: A disagreement of the splitters that was not judged by hand.
    """
    judged = json.loads((DATA_DIR / "sentence_judgements_aquaint.json")
                        .read_text(encoding="utf-8"))["judgements"]
    out = []
    for name, text in aquaint_texts():
        found = [split(text) for split in splitters.values()]
        gold = set.intersection(*found) | line_starts(text)
        gold.discard(_skip_space(text, 0))
        undecided = set()
        for pos_text, verdict in judged.get(name, {}).items():
            pos = int(pos_text)
            if verdict is None:
                undecided.add(pos)
            elif verdict:
                gold.add(pos)
            else:
                gold.discard(pos)
        unjudged = (set.union(*found) - set.intersection(*found)) - set(map(int, judged.get(
            name, {})))
        if unjudged:
            raise ValueError(f"{name}: disagreements not judged by hand: {sorted(unjudged)}")
        out.append((name, text, gold - undecided, undecided))
    return out


_DETOK = [(re.compile(r" ([,.;:!?%)\]}])"), r"\1"), (re.compile(r"([(\[{$]) "), r"\1"),
          (re.compile(r" ('s|'re|'ve|'ll|'d|n't|'m)\b"), r"\1"),
          (re.compile(r"`` "), "\u201c"), (re.compile(r" ''"), "\u201d")]


def _detokenise(line: str) -> str:
    """Undo MEANTIME's tokenisation, roughly: "Airbus ' Delivery", `` x '' and " x "."""
    for rx, rep in _DETOK:
        line = rx.sub(rep, line)
    line = re.sub(r"(\w)s ' ", r"\1s' ", line)
    parts = line.split(' " ') if line.count('"') else [line]
    if len(parts) > 1 or line.startswith('" ') or line.endswith(' "'):
        # Straight quotes as tokens: the odd ones open, the even ones close.
        tokens = re.split(r'(?:(?<=\s)|^)"(?=\s|$)', line)
        line = tokens[0]
        for i, tok in enumerate(tokens[1:]):
            line = (line.rstrip() + '"' + tok) if i % 2 else (line + '"' + tok.lstrip())
    return line


def meantime_sample() -> Sample:
    """MEANTIME body sentences, detokenised and joined; gold = the joins."""
    out = []
    tag = re.compile(r"<[^>]+>")
    for f in sorted((CORPORA / "meantime-en").glob("*.tml")):
        body = tag.sub("", f.read_text(encoding="utf-8").split("<TEXT>", 1)[-1])
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()][2:]  # title, date
        if len(lines) < 2:
            continue
        sentences = [_detokenise(ln) for ln in lines]
        text, gold = "", set()
        for s in sentences:
            if text:
                text += " "
                gold.add(len(text))
            text += s
        out.append((f.name, text, gold, set()))
    return out


def golden_rules_sample() -> Sample:
    """pySBD's own 48 English "Golden Rules" (shipped in its wheel), where the expected
    sentences are exact substrings of the text; a sample biased towards pySBD."""
    import importlib.util

    import pysbd

    path = Path(pysbd.__file__).resolve().parent.parent / "benchmarks" / "english_golden_rules.py"
    spec = importlib.util.spec_from_file_location("pysbd_golden_rules", path)
    if spec is None or spec.loader is None or not path.is_file():
        return []
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out: Sample = []
    for number, (text, expected) in enumerate(module.GOLDEN_EN_RULES, 1):
        gold, pos = set(), 0
        for sentence in expected:
            at = text.find(sentence, pos)
            if at < 0:
                break
            gold.add(at)
            pos = at + len(sentence)
        else:
            gold.discard(_skip_space(text, 0))
            out.append((f"rule {number}", text, gold, set()))
    return out


# --------------------------------------------------------------------------- scoring
def score(sample: Sample, split: Callable[[str], set[int]],
          quotes_whole: bool = False) -> tuple[int, list[tuple[str, str, int, str]]]:
    """Gold boundaries and errors ``(kind, name, offset, context)`` of one splitter."""
    n, errors = 0, []
    for name, text, gold, ignored in sample:
        if quotes_whole:
            gold = {g for g in gold if not in_quotation(text, g)}
        found = split(text) - ignored  # under quotes_whole, a split inside a quotation is false
        n += len(gold)
        for kind, positions in (("false", found - gold), ("missed", gold - found)):
            for pos in sorted(positions):
                ctx = f"{text[max(0, pos - 40):pos]!r} | {text[pos:pos + 25]!r}"
                errors.append((kind, name, pos, ctx))
    return n, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="list every error with its context")
    ap.add_argument("--quotes-whole", action="store_true",
                    help="also score with no boundaries inside quotations")
    args = ap.parse_args(argv)
    try:
        splitters = {"ours": ours, "pysbd": make_pysbd()}
    except ImportError:
        print("pysbd is not installed: pip install pysbd")
        return 1
    samples = [("benchmark dev", benchmark_sample(False)),
               ("benchmark held-out", benchmark_sample(True))]
    if (CORPORA / "tbaq-cleaned" / "AQUAINT").is_dir():
        samples.append((f"AQUAINT first {AQUAINT_FILES} (hand-judged)", aquaint_sample(splitters)))
    rules = golden_rules_sample()
    if rules:
        samples.append((f"pySBD Golden Rules ({len(rules)} usable)", rules))
    if (CORPORA / "meantime-en").is_dir():
        samples.append(("MEANTIME (automatic gold)", meantime_sample()))
    conventions = [False, True] if args.quotes_whole else [False]
    for quotes_whole in conventions:
        if quotes_whole:
            print("\nno boundaries inside quotations:")
        print(f"{'sample':<36} {'docs':>5} {'gold':>5}  " + "  ".join(
            f"{name + ' false':>12} {name + ' missed':>13}" for name in splitters))
        for label, sample in samples:
            cells, listing = [], []
            n = 0
            for name, split in splitters.items():
                n, errors = score(sample, split, quotes_whole)
                false = sum(e[0] == "false" for e in errors)
                cells.append(f"{false:>12} {len(errors) - false:>13}")
                listing += [(name, *e) for e in errors]
            print(f"{label:<36} {len(sample):>5} {n:>5}  " + "  ".join(cells))
            if args.list:
                for who, kind, doc, pos, ctx in listing:
                    print(f"    {who:<6} {kind:<7} {doc[:24]:<24} {pos:>5} {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
