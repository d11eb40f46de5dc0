"""How often ``extract.articles.article_starts`` reads a single article as several (false
questions in Import Article), over every document of the TimeML corpora (one article each:
TimeBank, AQUAINT, MEANTIME-en, WikiWars) and the articles in the repository
(``benchmarks/data`` — totals only —, the tests' ``.txt`` files, the seed article); and,
for any text files named on the command line (a paste of many wires), how many articles
it finds and how long that takes (the median of 5 runs, wall clock: a rough figure).

Usage::

    python benchmarks/article_starts_check.py [FILE ...]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.language_share import corpus_documents
from timeline_app.extract.articles import article_starts


def _several(texts: Iterable[str]) -> tuple[int, int]:
    """(documents read, documents read as several articles)."""
    read = several = 0
    for text in texts:
        read += 1
        several += len(article_starts(text)) > 1
    return read, several


def main(argv: list[str]) -> int:
    read, several = _several(text for _path, text in corpus_documents())
    print(f"corpora: {read} documents, read as several articles: {several}")
    repo = (sorted((ROOT / "benchmarks" / "data").glob("*.txt"))
            + sorted((ROOT / "tests").rglob("*.txt")) + [ROOT.parent / "shared" / "seed-article.txt"])
    read, several = _several(p.read_text("utf-8", errors="replace") for p in repo if p.is_file())
    print(f"repository articles: {read}, read as several: {several}")
    for name in argv:
        text = Path(name).read_text("utf-8", errors="replace")
        times = []
        for _ in range(5):
            start = time.perf_counter()
            found = article_starts(text)
            times.append(time.perf_counter() - start)
        print(f"{name}: {len(text)} characters, {len(found)} articles, "
              f"{statistics.median(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
