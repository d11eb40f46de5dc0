"""Wire-service slugs at the head of a headline: "UPDATE 2-", "CORRECTED-", "CORRECTION:",
"REFILE-", "URGENT:" (verify44 F21: kept in the article's name, they made one story's UPDATE
1, 2 and 3 read as three articles in Details, Reported by, the Article filter and the CSV,
and nothing read the one that says the article is a correction).  The slugs are the
agencies' own conventions (Reuters' "UPDATE n-", "CORRECTED-", "REFILE-"; AP's and AFP's
"URGENT", "CORRECTION"); they are upper case there, so only upper case is read: "Update on
the talks" is a headline.  The text keeps them; only the article's title is without."""

from __future__ import annotations

import re

__all__ = ["CORRECTION_SLUGS", "correction_words", "without_slugs"]

_SLUG = re.compile(
    r"\A\s*(?P<slug>(?:UPDATE|WRAPUP|RPT|REPEAT)(?:\s*\d+)?|CORRECTED|CORRECTION|REFILE|URGENT"
    r"|BREAKING|FLASH|EXCLUSIVE)\s*(?:[-:\u2013\u2014]|\s-\s)\s*")
#: The slugs that say the article corrects an earlier one.
CORRECTION_SLUGS = frozenset({"CORRECTED", "CORRECTION"})


def without_slugs(headline: str) -> tuple[str, tuple[str, ...]]:
    """The headline without its leading wire slugs, and the slugs in order:
    "UPDATE 2-CORRECTED-Venezuela, Guyana agree" -> ("Venezuela, Guyana agree",
    ("UPDATE 2", "CORRECTED")).  A headline that is nothing but a slug is kept whole."""
    slugs: list[str] = []
    rest = headline
    while (match := _SLUG.match(rest)) and rest[match.end():].strip():
        slugs.append(" ".join(match["slug"].split()))
        rest = rest[match.end():]
    return (rest if slugs else headline), tuple(slugs)


#: A correction's note: "Corrects time of Mottley statement to 16:45 local time, not 15:30."
#: (Reuters' "(Corrects paragraph 3 to show …)"), at a line's or a sentence's start, after a
#: dateline's dash or in brackets.
_CORRECTS = re.compile(r"(?:\A|\n|[(\u2014\u2013]\s*|\s-\s|[.!?]\s+)(Corrects\b[^\n)]*?[.)])")


def correction_words(text: str, lines: int = 5) -> str:
    """How the article says it corrects an earlier one, in words, or ``""``: a correction
    slug (``CORRECTION_SLUGS``) at the head of one of its first ``lines`` non-empty lines
    (its headline), and its "Corrects …" note: '“CORRECTION:” in its headline; “Corrects
    time of Mottley statement to 16:45 local time, not 15:30.”' (verify44 F21, F7)."""
    said = []
    heads = [line for line in text.splitlines() if line.strip()][:lines]
    for line in heads:
        rest, slugs = without_slugs(line)
        if CORRECTION_SLUGS.intersection(slugs):  # ("UPDATE 2-CORRECTED-…" too)
            said.append(f"“{line[:len(line) - len(rest)].strip()}” in its headline")
            break
    note = _CORRECTS.search(text)
    if note:
        said.append(f"“{' '.join(note[1].split())}”")
    return "; ".join(said)
