"""Where the articles of a text that holds several begin.  Qt-free.

A paste of many wires, each with its own dateline, was read as one article dated by the
first dateline: every "Friday" and "last month" of the later wires was dated against the
first one's day, without a word (verify46 F12: 153 pasted wires, one article "=== ARTICLE 1
===", 27 November 2026).  :func:`article_starts` finds the places a new article begins, so
that the import can say so before reading.

A new article begins:

* after a separator line — a run of three or more ``=``, ``-``, ``*``, ``_`` or ``~``,
  alone or around a few words ("=== ARTICLE 2 ===", "-----", "*** Story 3 ***") — when
  text comes both before and after it;
* at a second dateline: a line that starts with a dateline with a place (the dateline
  reader's patterns, ``extract.dateline``: "BRUSSELS, Nov 27, 2013 (AFP) -", "GENEVA (3
  March 2026) –", "Hanoi (VNA) -"), or a publication date line under a headline
  ("Published: Tuesday, August 19, 2025"), when the article begun before has had one
  already (a dateline, a date line or a known city and its colon, "NEW DELHI: ..."); the
  article then begins at its headline, a short line without a full stop just above (above
  its byline and date line, when it has them).

A part with fewer than :data:`MIN_WORDS` words is no article: it is kept with the one
before (a wire's "Reporting by …" under a rule, a press release's "###" and contact).

Linear: each line is tried once against anchored patterns bounded by the line.
"""

from __future__ import annotations

import re

from .dateline import (
    _DATE_PLACE,
    _PLACE_ALONE,
    _PLACE_DASH,
    _PLACE_DASH_DATE,
    _PLACE_DATE,
    _PLACE_OUTLET,
    _PLACE_OUTLET_DATE,
    _PLACE_PAREN_DATE,
    _PUBLISHED,
    BYLINE_LINE,
    _blanks_before,
    _fold,
    _folded_cities,
    _is_weekday,
)
from .vocabulary import WEEKDAYS

__all__ = ["MIN_WORDS", "article_spans", "article_starts", "end_before"]

MIN_WORDS = 40
"""A part of fewer words is not an article of its own (a footer, a contact line)."""

_SEPARATOR = re.compile(r"[^\S\n]*+(?P<c>[=*_~-])(?P=c){2,}+(?:[^\n]{0,60}?(?P=c){3,}+)?[^\S\n]*+$")
"""A line that separates articles: three or more of one mark, alone or around a few
words."""
_DATELINES = (_PLACE_DATE, _PLACE_PAREN_DATE, _PLACE_OUTLET_DATE, _PLACE_DASH_DATE,
              _DATE_PLACE, _PLACE_OUTLET)
_WORD = re.compile(r"[^\W\d_]+")
_HEADLINE_MAX = 160
"""A line above a dateline at most this long, with no full stop at its end, is the new
article's headline (characters)."""


_DATE_LINE_CHARS = 80
"""A publication date line ('Published: Tuesday, August 19, 2025') is at most this long."""


def _line_kind(text: str, start: int, end: int) -> str:
    """What the line ``text[start:end]`` tells of where an article begins: ``"dateline"``
    (it starts with a dateline that names a place), ``"date line"`` (a publication line,
    'Published: Tuesday, August 19, 2025', 'Updated - August 20, 2025 09:41 pm IST'),
    ``"place"`` (a known city and its colon or dash with no date, 'NEW DELHI: Chinese
    Foreign Minister ...', 'NEW DELHI:' alone: an article's dateline that opens no new one
    by itself), ``"byline"`` ('By Shivangi Acharya and Aditya Kalra') or ``""``."""
    at = start + _blanks_before(text[start:end])
    for pattern in _DATELINES:
        m = pattern.match(text, at, end)
        if m is not None and (m.groupdict().get("place") or "") \
                and not _is_weekday(m.group("place")) \
                and not _ends_in_weekday(m.group("place")):
            return "dateline"
    if end - at <= _DATE_LINE_CHARS and _PUBLISHED.match(text, at, end) is not None:
        return "date line"
    if BYLINE_LINE.match(text, at, end) is not None:
        return "byline"
    m = _PLACE_DASH.match(text, at, end) or _PLACE_ALONE.match(text, at)
    if m is not None and _fold(m.group("place")) in _folded_cities():
        return "place"
    return ""


def _ends_in_weekday(place: str) -> bool:
    """Whether a dateline pattern's "place" is a paragraph's opening words ending in an
    English weekday, "On Wednesday" of "On Wednesday, March 26, the commission met ...":
    no place, so no second dateline (verify83 F1: a follow-up's third paragraph was taken
    for a new article, and the meeting it told was never read)."""
    words = place.split()
    return bool(words) and words[-1].strip(".,").lower() in WEEKDAYS


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` starts with a dateline that names a place."""
    return _line_kind(text, start, end) == "dateline"


def article_starts(text: str) -> list[int]:
    """The offsets in ``text`` where its articles begin (see the module's docstring).

    Args:
        text: A pasted or opened article text, perhaps several articles.

    Returns:
        ``[0]`` for one article; else 0 and the offset of each further article's first
        character (its separator line left out, its headline included), increasing.
    """
    starts = [0]
    dated = False  # the article begun at starts[-1] has had its dateline
    words = 0  # words of that article so far
    headline: tuple[int, int] | None = None  # the last non-blank line, if a headline
    cut_after: int | None = None  # a separator was met: the next text begins an article
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        if not line.group(0).strip():
            continue
        if _SEPARATOR.match(text, start, end):
            if words:
                cut_after = end + 1
            headline = None
            continue
        if cut_after is not None:
            if words >= MIN_WORDS:
                starts.append(start)
                dated, words = False, 0
            cut_after = None
        kind = _line_kind(text, start, end)
        if kind == "dateline" or kind == "date line" and headline is not None:
            # (a publication line opens an article only under a headline: "Wang Yi in Delhi:
            # ..." / "By Our Special Correspondent" / "Published: Tuesday, August 19, 2025")
            if dated and words >= MIN_WORDS:
                begin = headline[0] if headline is not None else start
                starts.append(begin if begin > starts[-1] else start)
                words = 0 if begin == start else len(_WORD.findall(text, begin, start))
            dated = True
        elif kind in ("date line", "place"):
            dated = True  # (verify61 F23: "NEW DELHI: ..." under "Published: ..." had been
            # no dateline, and the Xinhua wire after that article was taken for its own)
        body = line.group(0).rstrip()
        if kind not in ("byline", "date line"):
            # (the headline stays above its byline and its date line: verify61 F23, the
            # Reuters wire began at "By Shivangi Acharya and Aditya Kalra", its headline left
            # at the end of the article before)
            headline = (start, end) if len(body) <= _HEADLINE_MAX \
                and body[-1:] not in ".:;,\"”" else None
        words += len(_WORD.findall(text, start, end))
    return _without_short_parts(text, starts)


def _without_short_parts(text: str, starts: list[int]) -> list[int]:
    """``starts`` less those whose part (up to the next start) has fewer than
    :data:`MIN_WORDS` words: such a part stays with the article before."""
    bounds = [*starts, len(text)]
    return [0] + [bounds[i] for i in range(1, len(starts))
                  if len(_WORD.findall(text, bounds[i], bounds[i + 1])) >= MIN_WORDS]


def end_before(text: str, start: int) -> int:
    """Where the article before the one beginning at ``start`` ends: after its last line
    that is neither blank nor a separator (the separator and blank lines between two
    articles belong to neither: cutting from here to the end leaves the first article
    whole and clean).  ``start`` itself when no such lines come before it."""
    at = start
    while at > 0:
        line_start = text.rfind("\n", 0, at - 1) + 1
        line = text[line_start:at]
        if line.strip() and not _SEPARATOR.match(line.rstrip("\n")):
            break
        at = line_start
    return at


def article_spans(text: str, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """Each article of ``text`` as a ``(start, end)`` span of character offsets: from its
    start (:func:`article_starts`, or ``starts`` when given) to where it ends before the
    next (:func:`end_before`: the separator and blank lines between two articles belong to
    neither), the last one to the end of the text.  One span, ``(0, len(text))``, for a
    text of one article."""
    starts = article_starts(text) if starts is None else starts
    ends = [end_before(text, start) for start in starts[1:]] + [len(text)]
    # The first article without a separator line above it ("=== ARTICLE 1 ===" was
    # taken as its headline, and the timeline's name, verify46 F12)
    first = _after_separators(text, starts[0], ends[0])
    return list(zip([first, *starts[1:]], ends, strict=True))


def _after_separators(text: str, start: int, end: int) -> int:
    """``start`` moved past the blank and separator lines that begin ``text[start:end]``
    (not past all of it)."""
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        line = text[at:line_end]
        if line.strip() and not _SEPARATOR.match(line):
            return at
        at = line_end + 1
    return start
