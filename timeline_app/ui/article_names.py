"""Telling apart articles whose names read the same: a wire's original and its CORRECTED
or UPDATE version share a headline once the slug is taken off it
(``extract.wire_slugs.without_slugs``, verify44 F21), so the Filters' Article list and
Details' "This event also cites:" showed two identical names (verify79 F7: a fact-checker
could not tell the correction from the story it corrects without opening each).

Names that collide get the article's slugs and its dateline day after them, in brackets:
"Talks open in Jeddah (CORRECTED, 2 December 2026)".  Plain text; Qt-free.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from timeline_app.core.dates import MONTH_NAMES
from timeline_app.core.model import Source
from timeline_app.extract.wire_slugs import without_slugs

__all__ = ["article_marks", "distinct_names"]

_HEAD_LINES = 5
"""How many non-empty lines of an article's text may hold its headline (as
``wire_slugs.correction_words`` reads them)."""


def article_marks(source: Source) -> str:
    """What tells ``source`` apart from another telling of the same headline: its wire
    slugs ("CORRECTED", "UPDATE 1") and its dateline day, joined by ", "; "" when it has
    neither."""
    marks: list[str] = []
    for line in [line for line in source.text.splitlines() if line.strip()][:_HEAD_LINES]:
        _rest, slugs = without_slugs(line)
        if slugs:
            marks.extend(slugs)
            break
    day = source.dateline_date
    if day is not None:
        marks.append(f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}")
    return ", ".join(marks)


def distinct_names(names: Mapping[str, str], sources: Mapping[str, Source]) -> dict[str, str]:
    """``names`` (article id -> name shown) with the marks of :func:`article_marks` after
    every name that two or more ids share (case aside), when the marks differ."""
    counts = Counter(name.casefold() for name in names.values())
    out = dict(names)
    for source_id, name in names.items():
        source = sources.get(source_id)
        if counts[name.casefold()] > 1 and source is not None and (marks := article_marks(source)):
            out[source_id] = f"{name} ({marks})"
    return out
