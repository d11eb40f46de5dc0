"""Split article text into sentences, keeping character offsets into the text.

Evidence offsets must point into the original article, so segments are spans of
the text, never normalised copies.  News text has a few traps a naive split on
". " falls into: abbreviations ("U.S.", "Jan.", "Mr."), initials ("John F.
Kennedy"), and lines that are not sentences at all (a headline, "Key Takeaways",
bullet points) which must stay segments of their own instead of being glued to
the paragraph that follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .chronology import chronology_lines

__all__ = ["ABBREVIATIONS", "MAX_SEGMENT_CHARS", "Segment", "bound_segments", "continues_after",
           "split_sentences"]

# Words that end in a period without ending a sentence.  Titles and month
# abbreviations are almost always followed by a name or a number.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
        "maj", "adm", "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "amb", "no", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "dept", "univ", "approx", "est", "fig", "e.g", "i.e", "cf",
    }
)

# After an abbreviation made of initials ("U.S.", "U.N.") the sentence usually goes on
# ("the U.S. Senate"), but a few words almost only ever start a new sentence.
_SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These",
        "Those", "But", "And", "However", "In", "On", "At", "After", "Before", "Meanwhile",
        "His", "Her", "Their", "Its", "There", "When", "While", "According",
    }
)

_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|\d{1,2}[.)])\s+")
_END_PUNCT = '.!?"\u201d\u2019)'
# A candidate sentence end: terminal punctuation, optional closing quotes/brackets,
# whitespace, then something that can start a sentence.
_LOOK_BACK = 64
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018(\[]?(\w+)")
_BOUNDARY = re.compile(r"([.!?])([\"'\u201d\u2019)\]]*+)(?:-(?=\s))?(\s+)"
                       r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9]|\((?i:end)\))")
"""A sentence end: '.', '!' or '?', closing quotes or brackets, blanks, then what starts a
sentence: a capital or a digit, perhaps after an opening quote or bracket.  Two agency
conventions as well: the Spanish-language agencies' dateline end '.-' ('Bogota, Aug 11
(EFE).- The ...', Europa Press, Notimex), and the sign-off '(end)' after the last sentence
('... reopened in 2008. (end) ah.gb', KUNA; Yonhap writes '(END)')."""

_SIGN_OFF = re.compile(r"[.!?][\"'\u201d\u2019)\]]*+\s++\((?i:end)\)[^\n]{0,40}+$")
"""A last sentence followed by an agency's sign-off on the same line: '... reopened in 2008.
(end) ah.gb' (KUNA: '(end)' and the editors' initials).  Such a line is sentences, not a
heading, though it does not end in a full stop."""


_CAPS_CITY_DOT_AGENCY = re.compile(r"[A-Z][A-Z '-]{1,30}\.\s+[A-Z]{3,}(?:\s+[A-Z]{3,})?\s+[-\u2013\u2014]\s")
"""A city in capitals with a full stop, then the agency: 'ASTANA. KAZINFORM - The ...'."""


_A_YEAR_NEXT = re.compile(r" {1,2}\d")
"""After "c." or "ca.", a number: the year it makes circa ("c. 10 BC", "ca. 1713")."""


_ENUMERATOR_LAST = re.compile(r"(?:^|[\s\u2022])\d{1,2}$")


@dataclass(frozen=True)
class Segment:
    """A sentence or a line of an article.

    Attributes:
        start: Offset of the first character in the article text.
        end: Offset just past the last character.
        text: ``article[start:end]``.
        kind: ``"sentence"``, ``"heading"`` (a line without closing punctuation,
            such as a headline), ``"bullet"`` (a list item) or ``"dateline"`` (a sentence
            that is the dateline and nothing else, "MOSCOW, November 18. /TASS/.": set by
            ``events.extract_events``, which knows the dateline).
        paragraph: Index of the line (paragraph) the segment lies in.
    """

    start: int
    end: int
    text: str
    kind: str = "sentence"
    paragraph: int = 0


def body_segments(segments: list[Segment]) -> list[Segment]:
    """The segments of the story's body, in text order: neither a heading nor the dateline
    standing alone as a sentence.  Its first is the lead: the sentence after "MOSCOW,
    November 18. /TASS/." or "BAKU, Azerbaijan, October 10." (verify55 F34, F22: the
    dateline was taken for the lead, and the lead's news was no row)."""
    return [s for s in segments if s.kind != "heading" and s.kind != "dateline"]


def _is_abbreviation(line: str, dot: int) -> bool:
    """Whether the period at ``line[dot]`` closes an abbreviation or an initial."""
    # Only the last word matters: a look-back of 64 characters keeps this linear, and a
    # word that fills it is too long to be an abbreviation or an initial anyway.
    lower = max(0, dot - _LOOK_BACK)
    m = _LAST_WORD.search(line, lower, dot)
    if not m or (m.start() == lower and lower > 0):
        return False
    word = m.group(1)
    if word.lower() in ("st", "nd", "rd", "th") and m.start() > 0 and line[m.start() - 1].isdigit():
        return False  # "to halve the fees from November 1st. The bridge ...": an ordinal's
        # ending, not "St." (ext114: the two sentences were read as one)
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    if word in ("c", "ca") and _A_YEAR_NEXT.match(line, dot + 1):
        return True  # "About ten years later, c. 10 BC, Phraates IV sent": circa (verify41's a1)
    # A single capital letter is an initial ("John F. Kennedy").
    return len(word) == 1 and word.isupper()


def _is_initialism(line: str, dot: int) -> bool:
    """Whether the period closes an initialism such as "U.S." or "U.N."."""
    # Read right to left, "Y." then "X." ...: the same as searching
    # (?:\b[A-Za-z]\.){2,}$ but linear on a long run of "a.a.a.a.".
    units, i = 0, dot + 1
    while i >= 2 and line[i - 1] == "." and line[i - 2].isascii() and line[i - 2].isalpha():
        if i >= 3 and (line[i - 3].isalnum() or line[i - 3] == "_"):
            break
        units += 1
        if units >= 2:
            return True
        i -= 2
    return False


def continues_after(text: str, dot: int) -> bool:
    """Whether the period at ``text[dot]`` leaves the sentence going on: it closes an
    initialism not followed by a word that starts sentences ("the U.S. Congress", not "in
    the U.S. The talks"), an abbreviation ("Nov.", "Mr.") or an initial ("John F.
    Kennedy") — the rules :func:`split_sentences` splits by, for a caller with its own
    scan (the tagger's tense cues: ``timex._TextIndex``).  False for any other character.
    """
    if dot >= len(text) or text[dot] != ".":
        return False
    if _is_initialism(text, dot):
        after = dot + 1
        while after < len(text) and (text[after] in _END_PUNCT or text[after].isspace()):
            after += 1
        next_word = _NEXT_WORD.match(text, after)
        return (next_word.group(1) if next_word else "") not in _SENTENCE_STARTERS
    return _is_abbreviation(text, dot)


def _split_line(line: str, offset: int, paragraph: int,
                enumerators: bool = False) -> list[Segment]:
    """The sentences of one line; with ``enumerators`` (a list item's line), "2." or "10."
    after a blank or a bullet mark numbers an item inline and ends no sentence."""
    segments: list[Segment] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        dot = m.start(1)
        if enumerators and m.group(1) == "." and _ENUMERATOR_LAST.search(line, max(0, dot - 4),
                                                                         dot):
            continue
        if m.group(1) == "." and start == 0 and _CAPS_CITY_DOT_AGENCY.match(line) \
                and m.end() < len(line) and dot == line.index("."):
            continue  # "ASTANA. KAZINFORM - The ...": one dateline, as "MOSCOW, October 24.
            # /TASS/." is (Kazinform; the gold's judgement)
        if m.group(1) == ".":
            next_word = _NEXT_WORD.match(line, m.end())
            following = next_word.group(1) if next_word else ""
            if _is_initialism(line, dot):
                if following not in _SENTENCE_STARTERS:
                    continue
            elif _is_abbreviation(line, dot):
                continue
        end = m.end(2)
        piece = line[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            segments.append(
                Segment(offset + start + lead, offset + end, piece.strip(), "sentence", paragraph)
            )
        start = m.end()
    piece = line[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        segments.append(
            Segment(offset + start + lead, offset + start + lead + len(text), text, "sentence",
                    paragraph)
        )
    return segments


def split_sentences(text: str) -> list[Segment]:
    """Split an article into sentences, headings and bullet items.

    Each line is a paragraph: news text puts one paragraph on a line, and a line
    break never falls inside a sentence of the headline or a bullet.  A line that
    does not end in closing punctuation is a heading; a line that starts with a
    bullet mark is a bullet (the mark is not part of the segment), and so is an
    entry of a chronology (:func:`.chronology.chronology_lines`).

    Args:
        text: The article text.

    Returns:
        The segments in text order; ``text[s.start:s.end] == s.text`` for each.
    """
    segments: list[Segment] = []
    paragraph = 0
    entries = chronology_lines(text)
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not line.strip():
            continue
        offset = m.start()
        bullet = _BULLET.match(line)
        stripped = line.rstrip()
        if bullet:
            # A numbered paragraph of a joint statement ("3. They witnessed ... The
            # partnership, launched in 2022, ...") holds several sentences: each is a
            # segment of its own, so that each event cites its own sentence.
            body = " " * bullet.end() + stripped[bullet.end():]  # the mark blanked out
            segments.extend(replace(s, kind="bullet")
                            for s in _split_line(body, offset, paragraph, enumerators=True))
        elif offset in entries:
            # a chronology's entry is an item of a list, an event with its date, whether or
            # not it closes with a full stop (verify49 F8: a "Key dates" list gave no row)
            segments.extend(replace(s, kind="bullet")
                            for s in _split_line(line, offset, paragraph))
        elif (stripped and stripped[-1] not in _END_PUNCT and len(stripped.split()) <= 20
              and not _SIGN_OFF.search(stripped)):
            lead = len(stripped) - len(stripped.lstrip())
            body = stripped.strip()
            segments.append(
                Segment(offset + lead, offset + lead + len(body), body, "heading", paragraph)
            )
        else:
            segments.extend(_split_line(line, offset, paragraph))
        paragraph += 1
    return segments


# The longest sentence in the TimeML news corpora (TimeBank, AQUAINT, MEANTIME) has
# 606 characters; a "sentence" past this many is a list, a table or hostile text.
MAX_SEGMENT_CHARS = 1000


def bound_segments(segments: list[Segment], text: str,
                   limit: int = MAX_SEGMENT_CHARS) -> list[Segment]:
    """The segments, each longer than ``limit`` characters cut into pieces of at most that.

    Everything the event builder does within a sentence looks across the sentence, so
    a sentence of n characters costs up to n² steps; bounding its length keeps the
    whole pipeline linear in the length of the article.  A piece ends at the last
    blank (after a comma or semicolon when there is one) before the limit, else at the
    limit.

    Args:
        segments: Segments of ``text`` (from :func:`split_sentences`).
        text: The article text the segments point into.
        limit: The longest segment kept whole, in characters (> 1).

    Returns:
        The segments in text order; ``text[s.start:s.end] == s.text`` for each.
    """
    bounded: list[Segment] = []
    for seg in segments:
        if seg.end - seg.start <= limit:
            bounded.append(seg)
            continue
        start = seg.start
        while start < seg.end:
            end = min(seg.end, start + limit)
            if end < seg.end:
                window = text[start + limit // 2:end + 1]
                punct = max(window.rfind(", "), window.rfind("; "))
                blank = max((i for i in (window.rfind(" "), window.rfind("\n"),
                                         window.rfind("\t")) if i > 0), default=-1)
                cut = punct + 1 if punct > 0 else blank
                if cut > 0:
                    end = start + limit // 2 + cut
            piece = text[start:end]
            body = piece.strip()
            if body:
                lead = len(piece) - len(piece.lstrip())
                bounded.append(Segment(start + lead, start + lead + len(body), body, seg.kind,
                                       seg.paragraph))
            start = end
    return bounded
