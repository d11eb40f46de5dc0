"""Read an article's dateline ("Tokyo, March 22 (NationPress) ...") and find its year.

The dateline gives the document creation time (DCT) that every relative date of
the article ("last month", "on Saturday") is resolved against, so its year matters
more than any other date in the text.  Datelines often leave the year out; then it
is inferred from evidence in the text and the inference is spelled out in
``year_basis``.  When the evidence does not settle the year it stays ``None``: a
year is never guessed silently.

Evidence used, strongest first:
  1. the year the caller gives;
  2. a year written in the dateline itself;
  3. an "Nth anniversary of ... this year" together with the founding year stated
     in the same sentence (1965 + 60 = 2025);
  4. the weekday of the dateline's day named in the lead sentence ("on Saturday":
     22 March is a Saturday in 2014, 2025, 2031, ...), narrowed by a lower bound
     from the text: "since March 2023" and other past events mean the article is
     not older than 2023.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from .sentences import split_sentences
from .vocabulary import MONTHS, WEEKDAYS  # the tagger's tables: one vocabulary

__all__ = ["MONTHS", "Dateline", "read_dateline"]


_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# "March 22", "March 22, 2025", "22 March", "22 March 2025"
_DATE_RE = (
    rf"(?:(?P<month1>{_MONTH_RE})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year1>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_RE})(?:,?\s+(?P<year2>\d{{4}}))?)"
)
# A place is one to four capitalised words, possibly "City, Country"-like with a comma
# inside only when the date follows ("SEOUL, South Korea, Jan. 5").
_PLACE_WORD = r"[A-Z][A-Za-z.'\-]*"
_PLACE_RE = rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})"
_OUTLET_RE = r"\((?P<outlet>[A-Z][^()\n]{0,40})\)"
_DASH_RE = r"(?:\s*(?:\u2014|\u2013|--|-|:|_(?=\s|$)))?"

_PLACE_DATE = re.compile(
    rf"{_PLACE_RE}(?:,\s*(?P<region>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))?,\s*{_DATE_RE}"
    rf"(?:\s*{_OUTLET_RE})?{_DASH_RE}\s*"
)
_PLACE_OUTLET = re.compile(rf"(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){{0,3}})"
                           rf"(?:,\s*(?P<region>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))?"
                           rf"\s*{_OUTLET_RE}\s*(?:\u2014|\u2013|--|-|:|_(?=\s|$))\s*")
_DATE_ONLY = re.compile(rf"{_DATE_RE}(?:\s*{_OUTLET_RE})?\s*(?:\u2014|\u2013|--|:)\s*")

# Nth anniversary: digits ("60th") or ordinal words ("sixtieth").
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
ORDINAL_RE = (
    r"(?P<ordinal>\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)[-\s])?(?:" + "|".join(sorted(_ORDINAL_UNITS, key=len, reverse=True)) + r"))"
)


def ordinal_value(word: str) -> int | None:
    """The number of an ordinal: "60th" -> 60, "sixtieth" -> 60, "twenty-fifth" -> 25."""
    word = word.lower().strip()
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    parts = re.split(r"[-\s]", word)
    if len(parts) == 1:
        return _ORDINAL_UNITS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINAL_UNITS:
        return _TENS[parts[0]] + _ORDINAL_UNITS[parts[1]]
    return None


@dataclass(frozen=True)
class Dateline:
    """What an article's dateline says, and how its year was established.

    Attributes:
        place: Where the article was filed ("Tokyo"), or ``""``.
        month: The dateline's month, or ``None`` if it has no date.
        day: The dateline's day of the month, or ``None``.
        year: The year, given or inferred; ``None`` when the text does not settle it.
        outlet: The agency or publication in brackets ("NationPress", "AP"), or ``""``.
        span: ``(start, end)`` of the dateline in the text.
        year_basis: How the year (or the lack of one) was established, in words.
    """

    place: str = ""
    month: int | None = None
    day: int | None = None
    year: int | None = None
    outlet: str = ""
    span: tuple[int, int] = (0, 0)
    year_basis: str = ""

    @property
    def date(self) -> _dt.date | None:
        """The full date, when day, month and year are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def describe_day(self) -> str:
        """'22 March' (or '22 March 2025' when the year is known)."""
        if self.month is None or self.day is None:
            return ""
        text = f"{self.day} {calendar.month_name[self.month]}"
        return f"{text} {self.year}" if self.year else text


def _month_number(word: str) -> int:
    """1-12 for a month name or abbreviation ("March", "Mar.", "Sept.")."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _find_dateline(text: str) -> tuple[re.Match[str], str] | None:
    """The first line that starts with a dateline, within the article's first lines."""
    for line in list(re.finditer(r"[^\n]+", text))[:25]:
        body = line.group(0)
        lead = len(body) - len(body.lstrip())
        for kind, pattern in (("place_date", _PLACE_DATE), ("place_outlet", _PLACE_OUTLET),
                              ("date", _DATE_ONLY)):
            m = pattern.match(text, line.start() + lead, line.end())
            if m:
                return m, kind
    return None


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _lower_bound(text: str) -> tuple[int, str] | None:
    """The earliest year the article can be from, from past events it mentions.

    A "since March 2023" or a past-tense "announced in March 2023" dates something
    that already happened, so the article is from 2023 or later.  Sentences about the
    future ("will", "by 2030", "scheduled") do not count.
    """
    best: tuple[int, str] | None = None
    for seg in split_sentences(text):
        if re.search(r"\b(?:will|shall|plans?|planned|scheduled|expected|by|until|next|"
                     r"upcoming|target|aims?)\b", seg.text, re.IGNORECASE):
            since_only = True
        else:
            since_only = False
        for m in re.finditer(rf"\b(?P<since>since\s+|in\s+|from\s+)?(?:(?P<month>{_MONTH_RE})\s+)?"
                             r"(?P<year>(?:19|20)\d\d)\b", seg.text):
            if since_only and not (m.group("since") or "").lower().startswith("since"):
                continue
            if not m.group("since"):
                continue
            year = int(m.group("year"))
            if best is None or year > best[0]:
                best = (year, f"the text mentions '{m.group(0).strip()}' as past")
    return best


def _anniversary_year(text: str) -> tuple[int, str] | None:
    """The DCT year from "the Nth anniversary ... this year" and a founding year nearby."""
    for seg in split_sentences(text):
        m = re.search(ORDINAL_RE + r"\s+anniversary\b", seg.text, re.IGNORECASE)
        if not m or not re.search(r"\bthis\s+year\b", seg.text, re.IGNORECASE):
            continue
        number = ordinal_value(m.group("ordinal"))
        founded = re.search(r"\b(?:in|since|of)\s+(?:\w+\s+)?((?:1[6-9]|20)\d\d)\b", seg.text)
        if number and founded:
            year = int(founded.group(1)) + number
            return year, (f"the {m.group('ordinal')} anniversary of an event of "
                          f"{founded.group(1)} falls 'this year', so the year is {year}")
    return None


def _weekday_years(
    text: str, month: int, day: int, span: tuple[int, int]
) -> tuple[str, list[int]] | None:
    """The weekday named in the dateline's sentence and the years in which the day has it."""
    for seg in split_sentences(text):
        if seg.end <= span[0] or seg.start > span[1]:
            continue
        m = re.search(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                      seg.text)
        if not m:
            return None
        weekday = WEEKDAYS[m.group(1).lower()]
        years = [y for y in range(1900, 2101)
                 if _valid_day(y, month, day) and _dt.date(y, month, day).weekday() == weekday]
        return m.group(1), years
    return None


_EVIDENCE_CHARS = 10_000
"""How much of an article is searched for evidence of the dateline's year.

About 1 700 words: far more than a news article's lead and background (the
issue's dev articles have 150-400 words); a bound keeps reading the dateline
cheap on hostile or huge texts whatever the sentence splitter costs."""


def _infer_year(text: str, month: int | None, day: int | None,
                span: tuple[int, int]) -> tuple[int | None, str]:
    text = text[: max(_EVIDENCE_CHARS, span[1])]
    anniversary = _anniversary_year(text)
    weekday = _weekday_years(text, month, day, span) if month and day else None
    bound = _lower_bound(text)
    if anniversary:
        year, why = anniversary
        if weekday and year not in weekday[1]:
            return None, (f"{why}, but {day} {calendar.month_name[month or 1]} {year} is not a "
                          f"{weekday[0]}: the year is unknown")
        return year, why
    if weekday and month and day:
        name, years = weekday
        day_words = f"{day} {calendar.month_name[month]}"
        if bound is None:
            # List the recent candidates: an article is not from the future.
            recent = [y for y in years if y <= _dt.date.today().year][-4:]
            return None, (f"the lead says '{name}', and {day_words} is a {name} in "
                          f"..., {', '.join(map(str, recent))}; nothing in the text narrows "
                          f"it down, so the year is unknown")
        low, why = bound
        later = [y for y in years if y >= low]
        if not later:
            return None, f"{day_words} is a {name} in no year from {low} on: the year is unknown"
        chosen = later[0]
        alternatives = ", ".join(map(str, later[1:3]))
        return chosen, (f"the lead says '{name}' and {day_words} is a {name} in "
                        f"{', '.join(map(str, [y for y in years if y < low][-2:] + later[:3]))}...; "
                        f"{why}, so the article is from {low} or later, and the first such year "
                        f"is {chosen} (next: {alternatives})")
    if bound:
        return None, (f"the text is from {bound[0]} or later ({bound[1]}), "
                      "but nothing fixes the year: unknown")
    return None, "the text gives no evidence of the year: unknown"


def read_dateline(text: str, year: int | None = None) -> Dateline:
    """Find and read the dateline of an article.

    Recognised forms include "Tokyo, March 22 (NationPress) ...",
    "WASHINGTON (AP) — ...", "SEOUL, Jan. 5 (Yonhap) -- ...", "March 22, 2025 — ..."
    and "Tokyo, 22 March 2025: ...", at the start of one of the article's first lines.

    Args:
        text: The article text.
        year: The year of the article when the caller knows it; it wins over the text.

    Returns:
        The dateline; an empty ``Dateline`` (no place, no date) when there is none,
        with ``year_basis`` saying so.
    """
    found = _find_dateline(text)
    if found is None:
        if year is not None:
            return Dateline(year=year, year_basis=f"the year {year} was given; no dateline found")
        return Dateline(year_basis="no dateline found")
    m, _kind = found
    groups = m.groupdict()
    place = (groups.get("place") or "").strip()
    if place.isupper() and len(place) > 3:
        place = place.title()  # "WASHINGTON" -> "Washington": the place, not the typography
    outlet = (groups.get("outlet") or "").strip()
    month_word = groups.get("month1") or groups.get("month2")
    day_text = groups.get("day1") or groups.get("day2")
    year_text = groups.get("year1") or groups.get("year2")
    month = _month_number(month_word) if month_word else None
    day = int(day_text) if day_text else None
    span = (m.start(), m.end())
    if month is not None and day is not None and not 1 <= day <= 31:
        month = day = None
    if year is not None:
        basis = f"the year {year} was given with the article"
    elif year_text:
        year, basis = int(year_text), f"the dateline gives the year ({year_text})"
    elif month is not None:
        year, basis = _infer_year(text, month, day, span)
    else:
        basis = "the dateline has no date"
    if year is not None and month is not None and day is not None and not _valid_day(
            year, month, day):
        basis = f"{basis}; but {day}/{month}/{year} is not a calendar day"
        year = None
    return Dateline(place=place, month=month, day=day, year=year, outlet=outlet, span=span,
                    year_basis=basis)
