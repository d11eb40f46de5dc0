"""Find text of an evaluation set's articles repeated in the repository (session 60, clean60).

The evaluation sets (the blind and studied sets of the coordinator, the shared corpora) never
enter the repository: no sentence of theirs, and no run of 8 words in a row, in code,
comments, docstrings, tests, docs or commit messages (the brief's rule).  This tool reads
every ``*.txt`` article of a set's folder and every file git tracks (outside
``benchmarks/data/``, the repository's own dev and held-out articles), and prints each run of
8 or more words that an article has too::

    .venv/bin/python tools/eval_text_check.py /work/coord/s58/h23
    .venv/bin/python tools/eval_text_check.py /work/coord/s59/h24 --log main..HEAD
    .venv/bin/python tools/eval_text_check.py SET_DIR --files docs/CHANGES.md tests/x.py

A word is a run of letters and digits (an apostrophe inside it kept: "region's"),
case-folded; punctuation, quotation marks, line breaks and a Python string's escapes
("\\n", "\\u2019") between words do not count, so a run split across lines, or across the
pieces of a Python string, is found.  Each run prints as
``path:first line-last line | article | words in the run | the words`` (``commit HASH:``
and the message's lines for a commit message); the last line is
``hits N`` (runs, not lines), and the exit status is 1 when N > 0.

A few phrases are common to any diplomatic story and are also in the repository's own
articles (``GENERIC``: an organisation's full name, a news agency's stock lead); a run that
lies wholly inside one of them is not reported (``--all`` reports those too).  Reword
anything else in sentences of our own of the same shape.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

RUN = 8
"""Words in a row that make a copy (the brief: "no sentence or 8-word run")."""

OWN_ARTICLES = "benchmarks/data/"
"""The repository's own articles (dev and held-out): not checked."""

GENERIC = (
    # an organisation's full name with its acronym
    "the Economic Community of West African States (ECOWAS)",
    "of the Association of Southeast Asian Nations (ASEAN)",
    # stock phrases of agency copy and communiqués, in benchmarks/data's articles too
    # (u42-xinhua-wang-vieira, h4-yonhap-korea-japan-fm-talks, h7-liveblog-drc-rwanda,
    # u42-joint-statement-chile-argentina)
    "(Xinhua) - Chinese Foreign Minister Wang Yi held talks with",
    "is scheduled to pay a courtesy call on",
    "by the two countries' foreign ministers in Washington on",
    "The two sides agreed to hold the next",
)
"""Phrases any story may have (each also in ``benchmarks/data``): runs inside them are kept."""

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\[ntr]")


def _unescape(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16)) if match.group(1) else " "


def words(text: str) -> list[str]:
    """The words of one line of text, case-folded, a right single quote read as an apostrophe
    and a Python string's escapes read as what they stand for."""
    text = _ESCAPE.sub(_unescape, text).casefold().replace("\u2019", "'")
    return _WORD.findall(text)


def runs_of(article_words: Sequence[str], n: int = RUN) -> set[tuple[str, ...]]:
    """Every ``n`` words in a row of an article."""
    return {tuple(article_words[i:i + n]) for i in range(len(article_words) - n + 1)}


@dataclass(frozen=True)
class Hit:
    """A run of at least ``n`` words of ``path`` (lines ``first``-``last``, 1-based) that
    ``article`` (a file name in the set) has too."""

    path: str
    first: int
    last: int
    article: str
    words: tuple[str, ...]

    def __str__(self) -> str:
        return (f"{self.path}:{self.first}-{self.last} | {self.article} | {len(self.words)} | "
                f"{' '.join(self.words)}")


def load_set(folder: Path, n: int = RUN) -> dict[tuple[str, ...], str]:
    """The ``n``-word runs of every ``*.txt`` article in ``folder``, each with the name of
    the first article that has it.  Raises ``FileNotFoundError`` when ``folder`` holds no
    article."""
    found: dict[tuple[str, ...], str] = {}
    articles = sorted(folder.glob("*.txt"))
    if not articles:
        raise FileNotFoundError(f"no *.txt article in {folder}")
    for article in articles:
        text = article.read_text(encoding="utf-8", errors="replace")
        for run in runs_of(words(text), n):
            found.setdefault(run, article.name)
    return found


def _inside(run: tuple[str, ...], phrases: Iterable[tuple[str, ...]]) -> bool:
    size = len(run)
    return any(phrase[i:i + size] == run for phrase in phrases
               for i in range(len(phrase) - size + 1))


def find_runs(path: str, text: str, found: dict[tuple[str, ...], str], n: int = RUN,
              allowed: Iterable[str] = ()) -> list[Hit]:
    """The runs of ``text`` (the file ``path``) of ``n`` words or more that ``found``
    (:func:`load_set`) has, longest first at each place, without those wholly inside an
    ``allowed`` phrase."""
    phrases = [tuple(words(p)) for p in allowed]
    tokens: list[str] = []
    line_of: list[int] = []
    for number, line in enumerate(text.splitlines(), 1):
        for word in words(line):
            tokens.append(word)
            line_of.append(number)
    hits: list[Hit] = []
    i = 0
    while i + n <= len(tokens):
        article = found.get(tuple(tokens[i:i + n]))
        if article is None:
            i += 1
            continue
        j = i + 1
        while j + n <= len(tokens) and tuple(tokens[j:j + n]) in found:
            j += 1
        run = tuple(tokens[i:j + n - 1])
        if not _inside(run, phrases):
            hits.append(Hit(path, line_of[i], line_of[j + n - 2], article, run))
        i = j + n - 1
    return hits


def tracked_files(root: Path) -> list[str]:
    """The files git tracks under ``root``, without the repository's own articles."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True,
                            check=True).stdout.decode("utf-8", "surrogateescape")
    return [f for f in listed.split("\0") if f and not f.startswith(OWN_ARTICLES)]


def _read_text(path: Path) -> str | None:
    """A file's text, or None for a binary file or one that is not there."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if b"\0" in data[:8192]:
        return None
    return data.decode("utf-8", errors="replace")


def check(found: dict[tuple[str, ...], str], root: Path, files: Iterable[str], n: int = RUN,
          allowed: Iterable[str] = GENERIC) -> list[Hit]:
    """Every run of :func:`find_runs` in ``files`` (paths relative to ``root``)."""
    allowed = tuple(allowed)
    hits: list[Hit] = []
    for name in files:
        text = _read_text(root / name)
        if text is not None:
            hits += find_runs(name, text, found, n, allowed)
    return hits


def commit_messages(root: Path, revisions: str) -> list[tuple[str, str]]:
    """The short hash and message of each commit of ``revisions`` (``git log`` syntax:
    "main..HEAD"), newest first."""
    out = subprocess.run(["git", "log", "--format=%h%x00%B%x01", revisions], cwd=root,
                         capture_output=True, text=True, check=True).stdout
    return [(entry.split("\0", 1)[0].strip(), entry.split("\0", 1)[1])
            for entry in out.split("\x01") if "\0" in entry]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="a folder of an evaluation set's *.txt articles")
    parser.add_argument("--files", nargs="+", help="check these files (default: all git tracks)")
    parser.add_argument("--log", metavar="REVISIONS",
                        help="check these commits' messages too (git log syntax: main..HEAD)")
    parser.add_argument("--words", type=int, default=RUN, help=f"run length (default {RUN})")
    parser.add_argument("--all", action="store_true", help="report the GENERIC phrases too")
    args = parser.parse_args(argv)
    root = Path.cwd()
    found = load_set(args.set, args.words)
    allowed = () if args.all else GENERIC
    files = args.files if args.files is not None else tracked_files(root)
    hits = check(found, root, files, args.words, allowed)
    for commit, message in commit_messages(root, args.log) if args.log else ():
        hits += find_runs(f"commit {commit}", message, found, args.words, allowed)
    for hit in hits:
        print(hit)
    print("hits", len(hits))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
