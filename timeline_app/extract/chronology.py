"""Entries of a chronology: one event a line, opened by its date ('Key dates', 'Timeline').

Explainers, wikis, fact boxes and agencies' backgrounders end with such a list::

    Key dates
    1 January 2024: Ethiopia and Somaliland sign memorandum of understanding
    - April 19, 2013: Dacic and Thaci initial the Brussels Agreement; Serbia approves it on April 22
    March 2023 \u2013 Talks open in Jeddah

This module is the one reader of such an entry (:data:`ENTRY_STAMP`, :func:`chronology_lines`,
:func:`chronology_entry`).  Its callers: the sentence splitter makes each entry an item of a list
(:func:`.sentences.split_sentences`); the dateline reader never takes an entry's date for the
article's (:mod:`.dateline`); the event reader takes a verb in the present after the stamp for
a fact, as in a headline, and a line whose words no trigger knows for an event all the same
(:mod:`.pipeline.triggers`, ``find_entry_lines``); a date stamp opens no entry's subject
(:mod:`.pipeline.arguments.subjects`); and a day without a year in an entry
takes the entry's year (:func:`.pipeline.dating.years_of_dated_entries`).

Session 40 (ext62) merged the two readers two branches of session 39 wrote for the same lists:
ext60's (a bullet, a date and a colon, a line alone enough: the AFP backgrounder's
'- April 19, 2013: ...') and ext61's (a colon or a dash, only in a list or under a heading:
verify49's explainer, F7/F8).  The one reader takes what either took.
"""

from __future__ import annotations

import re

from .month_names import ENGLISH_MONTH_RE

__all__ = ["ENTRY_STAMP", "chronology_entry", "chronology_lines", "entry_clause", "entry_year",
           "line_start"]

_MONTH = rf"(?i:{ENGLISH_MONTH_RE})"  # (and in a FACTBOX's capitals: 'MARCH 23, 2015 - ', ext146)
_ORDINAL = r"(?:st|nd|rd|th)?"

ENTRY_STAMP = re.compile(
    r"[^\S\n]*+(?:[-*\u2022\u2013\u2014\u25aa\u25cf][^\S\n]*+"
    # (or an item's number: '5. June 2019: The Scottish Government warns ...', a numbered
    # chronology whose first entry was read as the article's dateline, ext122)
    r"|\d{1,2}[.)][^\S\n]++)?"
    # (a period's line may open with "In": '- In the 1980s: Mackerel is caught mainly in the
    # North Sea', verify75 F6: the explainer's one line of a decade gave no row)
    r"(?:In[^\S\n]++(?=the[^\S\n]))?"
    r"(?P<date>"
    # (and a span of days: '20-21 February 2025 \u2013 G20 foreign ministers meet', whose
    # list's last line, '1 December 2025 \u2013 The US assumes ...', was read as the
    # article's dateline; dev h7-dailymaverick, ext82)
    rf"\d{{1,2}}{_ORDINAL}(?:[-\u2013]\d{{1,2}}{_ORDINAL})?[^\S\n]+{_MONTH},?[^\S\n]+(?P<y1>\d{{3,4}})"
    rf"|{_MONTH}[^\S\n]+\d{{1,2}}{_ORDINAL}(?:[-\u2013]\d{{1,2}}{_ORDINAL})?(?:,[^\S\n]*|[^\S\n]+)"
    rf"(?P<y2>\d{{3,4}})"
    rf"|{_MONTH},?[^\S\n]+(?P<y3>\d{{4}})"
    # (a span of months, dated by its first: 'NOVEMBER 2019-FEBRUARY 2020 - ...'; a season:
    # 'SPRING 2025 - ...'; ext146, from blind set h27: a FACTBOX's two entries gave no row)
    rf"(?:[-\u2013]{_MONTH},?[^\S\n]+\d{{4}})?"
    r"|(?i:spring|summer|autumn|fall|winter)[^\S\n]+(?P<y5>\d{4})"
    # (a year circa too: '- c. 1991: Nagorno-Karabakh declares independence', the only
    # line of verify70's 'Key dates' that became no event)
    r"|(?:(?:c\.|ca\.|circa)[^\S\n]*+)?(?P<y4>\d{4})(?P<span>[-\u2013/]\d{2,4})?"
    # (or a decade, a part of one too: '- In the 1980s: ...', 'The early 2000s: ...')
    r"|(?:[Tt]he[^\S\n]++)?(?:(?:early|mid|late)[-\s]?)?(?P<decade>\d{3}0)['\u2019]?s)"
    r"(?:[^\S\n]*(?P<colon>:)[^\S\n]+(?=\S)"
    r"|[^\S\n]*(?:--|[-\u2013\u2014])[^\S\n]+(?=[\"'\u201c\u2018]?[^\W\d_]))")
"""The stamp that opens an entry: a bullet mark perhaps, a date with its year, then a colon,
or a dash before a word ('1 January 2024: | Ethiopia ...', '- April 19, 2013: | Prime
ministers ...', 'May 5th 2024 -- | Ministers meet', 'February 2025 \u2013 | talks open',
'1991: | Somaliland declares ...', '1998\u20132000: | border war', 'c. 1991: | ...').  Group ``date`` is the
date; ``y1``-``y5`` its year; ``span`` the end of a span of years; ``decade`` the first year
of a decade ('In the 1980s:', its "In" before ``date``); ``colon`` is set when a colon ends
the stamp.  A stamp opens an entry only as :func:`chronology_entry` says."""

_HEADING = re.compile(r"[^\S\n]*(?i:key\s+dates|key\s+events|timeline|chronology"
                      r"|milestones)\b[^\n.!?]{0,60}$")
"""A heading over a chronology: 'Key dates', 'Timeline', 'Chronology of the dispute'."""

#: How far back an entry's line may start, and how long the line before it may be
#: (characters): an entry is a line of a list, and a text without line breaks is searched no
#: further (linear time).
_LINE_REACH = 600


def line_start(text: str, at: int) -> int:
    """Where the line holding offset ``at`` starts, or -1 when it starts more than
    :data:`_LINE_REACH` characters before it (no entry of a chronology is that long)."""
    lo = max(0, at - _LINE_REACH)
    found = text.rfind("\n", lo, at)
    return found + 1 if found >= 0 else (0 if lo == 0 else -1)


def _line_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the last line with a letter or digit before the line at ``start``, blank
    lines skipped; None when there is none within :data:`_LINE_REACH` characters."""
    end = start - 1
    while end > 0:
        lo = max(0, end - _LINE_REACH)
        found = text.rfind("\n", lo, end)
        if found < 0 and lo > 0:
            return None
        begin = found + 1
        if text[begin:end].strip():
            return begin, end
        end = found
    return None


def _line_after(text: str, start: int) -> int | None:
    """Where the next line with something on it starts after the line at ``start``."""
    end = text.find("\n", start, start + _LINE_REACH)
    while end >= 0:
        begin = end + 1
        end = text.find("\n", begin, begin + _LINE_REACH)
        if text[begin:end if end >= 0 else begin + _LINE_REACH].strip():
            return begin
    return None


def _in_a_list(text: str, start: int) -> bool:
    """Whether the line at ``start`` stands in a list: the line before or after it (blank
    lines skipped) opens with a stamp too, or it comes under a chronology's heading."""
    before = _line_before(text, start)
    if before is not None and (ENTRY_STAMP.match(text, *before) is not None
                               or _HEADING.match(text, *before) is not None):
        return True
    after = _line_after(text, start)
    return after is not None and ENTRY_STAMP.match(text, after) is not None


def _stamp_of_line(text: str, line: int) -> re.Match[str] | None:
    """The stamp of the line starting at ``line`` when that line is an entry (see
    :func:`chronology_entry`), else None."""
    found = ENTRY_STAMP.match(text, line, line + _LINE_REACH)
    if found is None:
        return None
    if found.group("colon") is None and not _in_a_list(text, line):
        return None
    return found


def chronology_entry(text: str, at: int, segment_start: int | None = None
                     ) -> re.Match[str] | None:
    """The stamp of the chronology's entry whose line holds offset ``at`` (a match of
    :data:`ENTRY_STAMP` at the line's start, ending at or before ``at``), or None when that
    line is no entry.

    A line is an entry when it opens with a stamp and either a colon ends the stamp (a line
    alone will do: '- June 3, 2006: Montenegro declares independence', ext60) or it stands in
    a list: the line before or after it (blank lines skipped) opens with a stamp as well, or
    it comes under a 'Key dates', 'Timeline' or 'Chronology' heading (ext61).  One dated line
    with a dash alone in a story is no list but a dateline: 'May 5, 2024 - Indian Prime
    Minister ...' (PTI's reprints), 'February 12, 2025 - ... issued'.

    With ``segment_start`` (the start of the sentence holding ``at``), a stamp with a colon
    opening that sentence inside its line is an entry too: a list run into one paragraph
    ('Key dates follow. 2019: The EU's fisheries council approves the accord.', ext60).
    """
    line = line_start(text, at)
    if line < 0:
        return None
    found = _stamp_of_line(text, line)
    if found is not None and found.end() <= at:
        return found
    if segment_start is not None and line < segment_start <= at:
        found = ENTRY_STAMP.match(text, segment_start, segment_start + _LINE_REACH)
        if found is not None and found.group("colon") and found.end() <= at:
            return found
    return None


def entry_year(stamp: re.Match[str]) -> int | None:
    """The year of an entry's stamp (:func:`chronology_entry`), or None for a span of years
    ('1998\u20132000:') or a decade ('In the 1980s:')."""
    if stamp.group("span") or stamp.group("decade"):
        return None
    year = stamp.group("y1") or stamp.group("y2") or stamp.group("y3") or stamp.group("y4") \
        or stamp.group("y5")
    return int(year)


def chronology_lines(text: str) -> frozenset[int]:
    """Where the lines of ``text`` that are entries of a chronology start (offsets): each
    line :func:`chronology_entry` takes for one.  Linear in the length of ``text``."""
    return frozenset(m.start() for m in re.finditer(r"[^\n]+", text)
                     if _stamp_of_line(text, m.start()) is not None)


def entry_clause(sentence: str) -> str:
    """``sentence`` without the stamp of a chronology's entry that opens it ("October 2004 -
    Talks suspended over farm tariffs." -> "Talks suspended over farm tariffs."): what an
    event read from the entry says, its date being the event's own (verify74 F6: the summary
    kept "October 2004 - ").  Only a stamp with a dash or a colon, with words after it; any
    other sentence is returned unchanged."""
    stamp = ENTRY_STAMP.match(sentence)
    if stamp is None or not any(c.isalpha() for c in sentence[stamp.end():]):
        return sentence
    rest = sentence[stamp.end():]
    return rest[:1].upper() + rest[1:]
