"""Reading a date a person types, at the precision they typed it.

"22 March 2025", "2025-03-22", "March 2025", "2025-03", "late 2024", "Q4 2024",
"spring 2025", "2023", "the 1990s", and a leading "c."/"circa"/"about" — including
everything ``FuzzyDate.describe()`` writes, so a date can be shown, edited and read back.
"""

from __future__ import annotations

import datetime as _dt
import re

from dateutil import parser as _dateparser

from .dates import MONTH_NAMES, PART_OF_YEAR_MONTHS, FuzzyDate

__all__ = ["MAX_DATE_CHARS", "parse_fuzzy_date"]

# The longest date a person types ("approximately the second half of 2024", "c. Wednesday,
# 22 September 2025") has about 40 characters; longer text is no date.
MAX_DATE_CHARS = 100

_CIRCA = re.compile(r"^(?:c\.|ca\.|circa|about|around|approximately)\s*", re.I)
_YEAR = re.compile(r"(\d{1,4})")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_DECADE = re.compile(r"(?:the\s+)?(\d{3}0)s")
_MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTHS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
# Words for parts of the year, from the same table FuzzyDate describes them with.
_PARTS = {words.lower(): part for part, (_, _, words) in PART_OF_YEAR_MONTHS.items()}
_PARTS.update({"fall": "FA", "beginning of": "early", "start of": "early", "end of": "late",
               "middle of": "mid", "q1": "Q1", "q2": "Q2", "q3": "Q3", "q4": "Q4",
               "h1": "H1", "h2": "H2", "first half": "H1", "second half": "H2"})
_PART = re.compile(
    r"(?P<part>" + "|".join(sorted((re.escape(p) for p in _PARTS), key=len, reverse=True))
    + r")(?:\s+of)?\s+(?P<year>\d{1,4})", re.I)


def parse_fuzzy_date(text: str) -> FuzzyDate | None:
    """The ``FuzzyDate`` the text names, or ``None`` if it names none (or is ambiguous)."""
    text = " ".join(text.strip().split())
    if len(text) > MAX_DATE_CHARS:
        return None  # no date is written this long; and the date parser is not linear
    circa = False
    m = _CIRCA.match(text)
    if m:
        circa, text = True, text[m.end():]
    if not text:
        return None
    try:
        return _parse(text, circa)
    except ValueError:
        return None


def _parse(text: str, circa: bool) -> FuzzyDate | None:
    if _YEAR.fullmatch(text):
        return FuzzyDate.of_year(int(text), circa)
    if m := _DECADE.fullmatch(text):
        return FuzzyDate.of_decade(int(m.group(1)), circa)
    if m := _YEAR_MONTH.fullmatch(text):
        return FuzzyDate.of_month(int(m.group(1)), int(m.group(2)), circa)
    if m := _PART.fullmatch(text):
        return FuzzyDate.of_part(int(m.group("year")), _PARTS[m.group("part").lower()], circa)
    words = text.replace(",", " ").split()
    if (len(words) == 2 and words[0].lower().rstrip(".") in _MONTHS and words[1].isdigit()
            and len(words[1]) >= 3):  # "March 22" is a day without a year, not 22 AD
        return FuzzyDate.of_month(int(words[1]), _MONTHS[words[0].lower().rstrip(".")], circa)
    # Two different defaults reveal which fields the text really gave.
    try:
        a = _dateparser.parse(text, default=_dt.datetime(2000, 1, 1))
        b = _dateparser.parse(text, default=_dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    if a.year != b.year:
        return None  # no year: which one would be a guess
    if a.day == b.day and a.month == b.month:
        return FuzzyDate.of_day(a.date(), circa)
    if a.month == b.month:
        return FuzzyDate.of_month(a.year, a.month, circa)
    return None
