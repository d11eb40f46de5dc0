"""The share of English function words (``extract.language.english_share``) in every
document of the TimeML corpora (English news: TimeBank, AQUAINT, MEANTIME-en; and the
WikiWars narratives), and in any text files named on the command line: the lowest
shares, and how many fall under ``ENGLISH_SHARE``.

Usage::

    python benchmarks/language_share.py [FILE ...]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.extract.language import ENGLISH_SHARE, MIN_WORDS, english_share

CORPORA = ROOT.parent / "shared" / "corpora"
_TAG = re.compile(r"<[^>]*>")


def corpus_documents() -> Iterator[tuple[Path, str]]:
    """Every document of the TimeML corpora (each ``.tml``, ``.xml`` or ``.txt`` file under
    ``CORPORA``, in path order) with its text, markup tags blanked: ``(path, text)``."""
    for path in sorted(CORPORA.rglob("*")):
        if path.suffix.lower() in (".tml", ".xml", ".txt") and path.is_file():
            yield path, _TAG.sub(" ", path.read_text("utf-8", errors="replace"))


def main(argv: list[str]) -> int:
    shares: list[tuple[float, int, str]] = []
    for path, text in corpus_documents():
        share, words = english_share(text)
        if words >= MIN_WORDS:
            shares.append((share, words, str(path.relative_to(CORPORA))))
    shares.sort()
    under = sum(1 for share, _w, _p in shares if share < ENGLISH_SHARE)
    print(f"corpora: {len(shares)} documents of {MIN_WORDS}+ words; under "
          f"{ENGLISH_SHARE:.2f}: {under}")
    for share, words, name in shares[:5]:
        print(f"  lowest: {share:.3f} ({words} words) {name}")
    for name in argv:
        share, words = english_share(Path(name).read_text("utf-8", errors="replace"))
        print(f"{name}: {share:.3f} ({words} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
