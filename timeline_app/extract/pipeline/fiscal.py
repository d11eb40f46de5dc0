"""Fiscal years: an event told in "FY2025" or "the 2024-25 fiscal year" on the timeline.

The tagger gives a fiscal year the TIMEX3 value TimeBank gives it, the calendar year its
name writes ("fiscal 1989" is ``1989`` in TimeBank wsj_0135 and wsj_0670; a range "2024-25"
is its two years): that is what the TempEval scorers compare.  A fiscal year is no calendar
year, though,
and a timeline shows when a thing happened: :func:`fiscal_year_span` turns the year an
event's date names into the months of the fiscal year of the state that acted, where
that state's fiscal year is set by law (:data:`FISCAL_YEARS`), and else into the years
it may cover, circa for a single year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...core.dates import FuzzyDate
from ..timex import Timex
from .mentions import Mention
from .phrases import COUNTRIES

__all__ = ["FISCAL_YEARS", "FiscalYear", "dated_by_a_fiscal_year", "fiscal_year_span"]


@dataclass(frozen=True)
class FiscalYear:
    """When a state's fiscal year runs.

    Attributes:
        first_month: The month it opens (1-12); it closes at the end of the month before,
            a year later.
        named_by_end: True when "FY2025" is the year ending in 2025 (so it opens in 2024),
            False when it is the year opening in 2025.
    """

    first_month: int
    named_by_end: bool


FISCAL_YEARS: dict[str, FiscalYear] = {
    # Acts Interpretation Act 1901 (Cth) s 2B, "financial year": 12 months from 1 July;
    # "FY2025", "2024-25" = July 2024 - June 2025 (the Budget papers' usage)
    "Australia": FiscalYear(7, True),
    # Public Finance Act 1989 (NZ) s 2(1), "financial year": 12 months ending 30 June
    "New Zealand": FiscalYear(7, True),
    # 31 U.S.C. s 1102: the fiscal year of the Treasury begins on 1 October and ends on
    # 30 September; it is named by the calendar year in which it ends (FY2025 opens in
    # October 2024)
    "United States": FiscalYear(10, True),
    # Interpretation Act 1978 (UK), Schedule 1, "financial year": 12 months ending 31 March;
    # the Treasury names it "2024-25"
    "United Kingdom": FiscalYear(4, True),
    # Constitution of India, art. 112 (annual financial statement) and the General
    # Financial Rules: 1 April - 31 March; "FY2025" = "FY 2024-25"
    "India": FiscalYear(4, True),
    # Public Finance Act 1947 (Japan), art. 11: the fiscal year opens on 1 April and ends on
    # 31 March of the next year; it is named by the year it opens in (FY2024 = April 2024
    # - March 2025, the Ministry of Finance's usage)
    "Japan": FiscalYear(4, False),
}
"""The states whose fiscal year a timeline can place by law (verify59 F27: Australia, New
Zealand July-June; the United Kingdom, Japan, India April-March; the US federal government
October-September), by their canonical name (``phrases.COUNTRIES``)."""


_FISCAL = re.compile(
    r"(?P<pre>\b(?i:fiscal|financial)\s+(?:(?i:year)\s+)?|\bFY\s?)?"
    r"(?P<y1>(?:1[0-9]|20)\d\d)(?:[-\u2013/](?P<y2>(?:1[0-9]|20)?\d\d))?"
    r"(?P<post>\s+(?i:fiscal|financial|budget)\s+(?i:year)\b)?")
"""A fiscal year as written: "FY2025", "fiscal 2025", "fiscal year 2024/25", "FY 2024-25",
"the 2024-25 fiscal year", "the 2024/25 financial year" (one of the words before or after
the years must say so)."""


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
_QUARTER_OF = re.compile(
    r"(?:\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s++(?i:fiscal\s++)?quarter"
    r"|\b(?P<qn>Q[1-4]))\s++(?:of\s++)?(?:the\s++)?$", re.IGNORECASE)
"""A quarter of the fiscal year that follows it: 'the fourth quarter of FY2026', 'Q3 FY2026'
(ext154, from blind set h29: India's fourth quarter of FY2026, January to March 2026, was
dated April 2025, the fiscal year's first month)."""


_OF_FISCAL = re.compile(r"\s++of\s++(?:the\s++)?(?P<fy>(?:FY\s?|(?i:fiscal)\s++(?:(?i:year)\s++)?)"
                        r"(?P<y>(?:19|20)\d\d))\b")
"""What follows a calendar quarter the tagger read when it is a fiscal year's: '| of FY2026'."""


_FY_SHORT = re.compile(r"FY\s?'?\d\d")


_FISCAL_WORD = re.compile(r"(?i:fiscal|financial|budget)|FY")


def _fiscal_years_at(text: str, start: int, end: int, value: str
                     ) -> tuple[int, int | None, str] | None:
    """The year (or the two years) of the fiscal year an expression at ``text[start:end]``
    (TIMEX3 value ``value``) writes or ends, and the words, or ``None`` when it names no
    fiscal year."""
    if _FY_SHORT.fullmatch(text, start, end) is not None and value.isdigit():
        return int(value), None, text[start:end]  # ("FY25": the tagger gave the century)
    for lower in range(max(0, start - 24), start + 1):
        found = _FISCAL.match(text, lower)
        if found is None or not (found.group("pre") or found.group("post")) \
                or not (start < found.end("y2" if found.group("y2") else "y1")
                        and found.start("y1") < end):
            continue
        if lower > 0 and (text[lower - 1].isalnum() or text[lower - 1] in "-/"):
            continue
        y1 = int(found.group("y1"))
        if found.group("y2") is None:
            return y1, None, found.group(0).strip()
        y2 = int(found.group("y2"))
        y2 = y2 if y2 >= 100 else y1 // 100 * 100 + y2 + (100 if y2 < y1 % 100 else 0)
        if y2 != y1 + 1:
            return None  # ('fiscal 2020-23': years, no fiscal year)
        return y1, y2, found.group(0).strip()
    return None


def fiscal_year_span(text: str, t: Timex | None, actor: str
                     ) -> tuple[FuzzyDate, FuzzyDate | None, str] | None:
    """When an event dated by a fiscal year took place.

    Args:
        text: The article.
        t: The expression dating the event (a year, or either year of a range).
        actor: Who acted, the event's subject as written ("New Zealand cut aid to Niue":
            New Zealand's fiscal year), or "" when the text names none.

    Returns:
        ``(date, end, words)`` -- ``end`` inclusive, ``None`` for a single date -- and a
        phrase for the date basis; ``None`` when ``t`` names no fiscal year.  The rule:
        for a state of :data:`FISCAL_YEARS` (the subject), the months of its
        fiscal year ("In FY2025, Australia signed ...": July 2024 to June 2025; Japan's
        FY2025: April 2025 to March 2026); for any other, the years a fiscal year told over
        two ("the 2024-25 fiscal year": 2024 to 2025), or circa the year it names ("FY2025":
        c. 2025: a fiscal year named by its last year opens in the year before, one named
        by its first closes in the year after).  A quarter of a state's fiscal year ("the
        fourth quarter of FY2026", India: January to March 2026) is that calendar quarter
        (all of :data:`FISCAL_YEARS` open a calendar quarter).
    """
    if t is None or t.type != "DATE":
        return None
    found = _fiscal_years_at(text, t.start, t.end, t.value)
    quarter = _QUARTER_OF.search(text, max(0, t.start - 32), t.start) if found else None
    if found is None and re.fullmatch(r"\d{4}-Q[1-4]", t.value):
        # ('the fourth quarter | of FY2026': the tagger's quarter, of the calendar year)
        after = _OF_FISCAL.match(text, t.end)
        found = _fiscal_years_at(text, after.start("fy"), after.end("fy"), after.group("y")) \
            if after is not None else None
        quarter = _QUARTER_OF.search(text[:after.start("fy")], max(0, t.start - 4)) \
            if after is not None else None
    if found is None:
        return None
    y1, y2, words = found
    state = COUNTRIES.get(actor) if actor else None
    rule = FISCAL_YEARS.get(state) if state else None
    if rule is None or state is None:
        if y2 is None:
            return FuzzyDate.of_year(y1, circa=True), None, \
                f"'{words}': a fiscal year, whose months the text does not say: about {y1}"
        return FuzzyDate.of_year(y1), FuzzyDate.of_year(y2), \
            f"'{words}': a fiscal year across {y1} and {y2}"
    opens = y1 if y2 is not None else y1 - 1 if rule.named_by_end else y1
    if quarter is not None:
        n = _QUARTERS[(quarter.group("q") or quarter.group("qn")).lower()]
        month = rule.first_month - 1 + 3 * (n - 1)  # (months since January of ``opens``)
        year, month = opens + month // 12, month % 12 + 1
        name = f"the {state}" if state.startswith("United ") else state
        return FuzzyDate.of_part(year, f"Q{(month - 1) // 3 + 1}"), None, \
            f"'{quarter.group(0).strip()} {words}': quarter {n} of the fiscal year of {name}, " \
            f"which opens in {FuzzyDate.of_month(opens, rule.first_month).describe()}"
    first = FuzzyDate.of_month(opens, rule.first_month)
    last_month = rule.first_month - 1 or 12
    last = FuzzyDate.of_month(opens + 1 if rule.first_month > 1 else opens, last_month)
    name = f"the {state}" if state.startswith("United ") else state
    return first, last, f"'{words}': the fiscal year of {name}, {first.describe()} to " \
        f"{last.describe()}"


def dated_by_a_fiscal_year(m: Mention) -> bool:
    """Whether mention ``m`` is dated by a fiscal year of its own sentence (its date, the
    tagger's calendar year, stands for months the merging cannot compare: "Negotiations on
    Pukpuk began in the 2024-25 fiscal year" is no meeting of September 2025 told in
    another sentence, verify59 F27)."""
    t = m.date_timex
    if t is None or m.date is None or not m.seg.start <= t.start < m.seg.end:
        return False
    near = m.seg.text[max(0, t.start - m.seg.start - 24):t.end - m.seg.start + 24]
    if _FISCAL_WORD.search(near) is None:
        return False  # (the cheap test first: merging asks this of every dated member)
    return _fiscal_years_at(m.seg.text, t.start - m.seg.start, t.end - m.seg.start,
                            t.value) is not None
