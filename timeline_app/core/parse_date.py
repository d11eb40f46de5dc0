"""Reading a date a person types, at the precision they typed it.

Behind the event editor, Go to Date, the import review and CSV import.  It reads
"22 March 2025", "22nd March 2025", "2025-03-22", "10.11.2020" (dotted dates are
day-first everywhere they are used), "19-Nov-2012", "March 22, 2025", "March 2025",
"2025-03", "late 2024", "mid-2024", "Q4 2024", "spring 2025", "2023", "the 1990s",
"late-1990s", parts of a month ("early December 2024", "mid-December 2024", "end of
December 2024"), years with an era ("44 BC", "800 AD", "AD 800", "March 15, 44 BC"),
a leading "c."/"circa"/"about", month names in German, French, Spanish, Italian,
Portuguese and Dutch ("März 1999", "1. März 1999", "3 mars 2020", "1 de marzo de 1999"),
German parts of a year or month ("Ende März 2026", "Mitte 2024", "Frühjahr 2026"),
and ranges ("1965–1970", "1965-1970", "March to May
1965", "9–13 March 2012", "between 1965 and 1970", "late January to early March 2025", "early to
mid-December 2024"), which fill a start and an end.
A day may carry a time of day after it (``core.clock``): "22 March 2025 10:30",
"22 March 2025, 10:30", "2025-03-22T10:30", "22/03/2025 14:05", "22 March 2025 at 10:30
a.m.", "22 March 2025, 10h" (the hour), with a UTC offset if given ("10:30 UTC+09:00",
"10:30Z", "2025-03-22T10:30+09:00") or a time zone's abbreviation that names one offset
("10:30 CET" is UTC+01:00: ``ZONE_OFFSETS``); each end of a range may carry its own.
It reads back everything ``FuzzyDate.describe()`` writes, so a date can be shown,
edited and read again.

Slash dates with two numbers that could each be the month ("12/11/2024") are
ambiguous: the result takes the order asked for (by default the system locale's,
``system_day_first()``) and offers the other reading in ``alternatives``.

Everything is linear in the length of the text: one tokenizing pass with a regular
expression without nested quantifiers, and a few fixed patterns over the tokens.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import locale
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .clock import ClockTime, parse_offset
from .dates import (
    LIMITS,
    MAX_YEAR,
    MIN_YEAR,
    MODS,
    MONTH_NAMES,
    PART_OF_YEAR_MONTHS,
    FuzzyDate,
    Precision,
    days_in_month,
    describe_range,
    ordinal_words,
    year_words,
)
from .solar_hijri import SOLAR_HIJRI_MONTH_RE, solar_hijri_month
from .solar_hijri import month_length as solar_hijri_month_length
from .solar_hijri import to_gregorian as solar_hijri_to_gregorian
from .time_zones import zone_of_place

__all__ = [
    "ParseResult",
    "day_first_for_locale",
    "day_first_from_pattern",
    "infer_day_first",
    "parse_fuzzy_date",
    "parse_relative_day",
    "parse_typed_date",
    "say_date",
    "system_day_first",
]

EXAMPLES = "22 March 2025, March 2025, late 2024, 1965, 44 BC or 1965–1970"

# -- what the system locale says about the order of day and month -----------------------
# Countries that write the month first in numeric dates (CLDR short date patterns M/d/y):
# the United States and a few countries that follow its usage.  Everywhere else writes
# the day first (or the year first, which is never ambiguous).
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR",
                                    "UM", "VI", "BZ"})


def day_first_for_locale(name: str | None) -> bool:
    """Whether numeric dates put the day first in a locale such as ``en_US.UTF-8``.

    Args:
        name: A POSIX locale name (``language_COUNTRY[.encoding][@modifier]``) or a BCP 47
            tag (``en-US``); ``None``, ``C`` and ``POSIX`` count as day-first, the order
            of most of the world.

    Returns:
        ``False`` for the month-first countries (the United States and a few others).
    """
    if not name:
        return True
    base = re.split(r"[.@]", name, maxsplit=1)[0]
    parts = re.split(r"[_-]", base)
    country = parts[1].upper() if len(parts) > 1 else ""
    return country not in _MONTH_FIRST_COUNTRIES


def day_first_from_pattern(pattern: str) -> bool:
    """Whether a date format puts the day before the month.

    Takes Qt/CLDR patterns (``"M/d/yy"``, ``"dd.MM.yyyy"``) and strftime ones
    (``"%m/%d/%Y"``), so a Qt caller can pass
    ``QLocale.system().dateFormat(QLocale.FormatType.ShortFormat)``.  Year-first
    patterns (``yyyy/MM/dd``, Japan, ISO) put the month first; a pattern without both
    counts as day-first.
    """
    text = pattern.replace("%d", "d").replace("%m", "M").replace("%e", "d")
    day, month = text.find("d"), text.find("M")
    return not (0 <= month < day)


def system_day_first() -> bool:
    """The day/month order of the user's locale (``LC_ALL``, ``LC_TIME``, ``LANG``).

    Environment variables are often unset for desktop apps on macOS and Windows: a Qt
    caller should pass ``day_first_from_pattern(QLocale.system().dateFormat(...))`` to
    ``parse_typed_date`` instead.
    """
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable)
        if value:
            return day_first_for_locale(value)
    try:
        name = locale.getlocale(locale.LC_TIME)[0]
    except (ValueError, TypeError):  # an unparsable locale setting
        name = None
    return day_first_for_locale(name)


def infer_day_first(texts: Iterable[str]) -> bool | None:
    """The day/month order a column of slash or dash dates must use, if the values say.

    For CSV import: one file keeps one order, so "25/12/2024" anywhere in a column
    settles "12/11/2024" elsewhere in it.

    Returns:
        ``True`` if some value only reads day-first, ``False`` if some value only reads
        month-first, ``None`` if no value decides (or the values contradict each other,
        which ``parse_typed_date`` will then report value by value).
    """
    day_first = month_first = False
    for text in texts:
        m = _NUMERIC.fullmatch(" ".join(text.split()))
        if m:
            a, b = int(m[1]), int(m[3])
            day_first = day_first or (a > 12 >= b)
            month_first = month_first or (b > 12 >= a)
    if day_first == month_first:
        return None
    return day_first


# -- results ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParseResult:
    """What a typed text says.

    Attributes:
        text: The text as typed.
        date: The date (the start of a range), or ``None`` when the text is not a date.
        end: The end of a range ("1965–1970"), else ``None``.
        alternatives: Other readings of an ambiguous text ("12/11/2024" read month
            first), each a ``(date, end)`` pair; ``date`` is the preferred reading.
        error: Why the text is not a date, in words a person can act on, else ``None``.
        note: How a loose expression was read ("late 1990s" as c. 1997 to c. 1999).
    """

    text: str
    date: FuzzyDate | None = None
    end: FuzzyDate | None = None
    alternatives: tuple[tuple[FuzzyDate, FuzzyDate | None], ...] = ()
    error: str | None = None
    note: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the text gave a date (possibly an ambiguous one)."""
        return self.date is not None

    @property
    def ambiguous(self) -> bool:
        return bool(self.alternatives)

    def feedback(self) -> str:
        """One line for the editor's live feedback: the date in words, or the error.

        E.g. "late 2024 — the last third of 2024", "12 November 2024 — a day (day first;
        or 11 December 2024, month first)".
        """
        if self.date is None:
            return self.error or "Not a date."
        text = say_date(self.date, self.end)
        if self.note:
            text += f" — {self.note}"
        return text


def _range_words(date: FuzzyDate, end: FuzzyDate | None) -> str:
    # As the rest of the app writes a range ("3–5 May 2024"), not "3 May 2024 to 5 May
    # 2024" (verify21); one date twice stays "… to …", which an en dash would hide.
    if end is not None and end == date:
        return f"{date.describe()} to {end.describe()}"
    return describe_range(date, end)


def say_date(date: FuzzyDate, end: FuzzyDate | None = None) -> str:
    """A date, or a range, said back in words with what it covers.

    ``say_date(late 2024)`` -> ``"late 2024 — the last third of 2024"``;
    ``say_date(1965, 1970)`` -> ``"1965–1970 — 6 years"``;
    ``say_date(9 March 2012, 13 March 2012)`` -> ``"9–13 March 2012 — 5 days"``
    (``dates.describe_range``).
    """
    if end is None:
        return date.span_words()
    days = end.end_day() - date.start_day()
    if days < 62:
        length = f"{days} days" if days != 1 else "1 day"
    elif days < 730:
        months = round(days / 30.436875)  # the mean Gregorian month
        length = f"about {months} months"
    else:
        years = days / 365.2425  # the mean Gregorian year
        length = (f"{round(years)} years" if abs(years - round(years)) < 0.01
                  else f"about {round(years)} years")
    if date.circa or end.circa:
        length += ", circa"
    return f"{_range_words(date, end)} — {length}"


# -- the words ------------------------------------------------------------------------------
_MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTHS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
_MONTHS.update({"sept": 9})
#: Month names of the languages a spreadsheet most often comes in besides English (German,
#: French, Spanish, Italian, Portuguese, Dutch) and the abbreviations their Excel writes
#: (verify28: a German CSV's "März 1999" was refused).  Read, never written: a date is
#: described in English.  Not offered as "Did you mean" (``_unknown_word``).
_FOREIGN_MONTHS: dict[str, int] = {}
for _names in (
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro",
        "januari februari maart april mei juni juli augustus september oktober november "
        "december"):
    _FOREIGN_MONTHS.update({name: i + 1 for i, name in enumerate(_names.split())})
_FOREIGN_MONTHS.update({"jänner": 1, "mär": 3, "mrz": 3, "okt": 10, "dez": 12,  # German
                        "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,  # French
                        "ene": 1, "abr": 4, "ago": 8, "dic": 12, "setiembre": 9})  # Spanish
_FOREIGN_MONTHS = {k: v for k, v in _FOREIGN_MONTHS.items() if k not in _MONTHS}
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                       "sat", "sun"})
_ERAS = {"bc": "BC", "bce": "BC", "ad": "AD", "ce": "AD"}
_FILLERS = frozenset({"the", "of", "on", "in", "year",
                      "de", "del"})  # "1 de marzo de 1999" (Spanish, Portuguese)
# Words for parts of the year, from the same table FuzzyDate describes them with.
_PARTS = {words.lower(): part for part, (_, _, words) in PART_OF_YEAR_MONTHS.items()}
_PARTS.update({"fall": "FA", "beginning of": "early", "start of": "early", "end of": "late",
               "middle of": "mid", "q1": "Q1", "q2": "Q2", "q3": "Q3", "q4": "Q4",
               "h1": "H1", "h2": "H2", "first half": "H1", "second half": "H2",
               "first quarter": "Q1", "second quarter": "Q2", "third quarter": "Q3",
               "fourth quarter": "Q4", "beginning": "early", "start": "early", "end": "late",
               "middle": "mid"})
#: German words for the parts of a year or a month ("Ende März 2026", "Mitte 2024",
#: "Frühjahr 2026"): German month names are read (verify28), and a German user types
#: these words for the same dates (verify37 F13: "Ende März 2026" was refused).  Read,
#: never written; not offered as "Did you mean" (``_unknown_word``).
_FOREIGN_PARTS = {"anfang": "early", "mitte": "mid", "ende": "late", "frühjahr": "SP",
                  "frühling": "SP", "sommer": "SU", "herbst": "FA",
                  # French, as French month names are read ("fin 2025", "début mars 2025",
                  # "mi-2024", "printemps 2026"; verify56 F24: a French CSV's "fin 2025")
                  "début": "early", "debut": "early", "mi": "mid", "fin": "late",
                  "printemps": "SP", "été": "SU", "automne": "FA"}
#: French "1er" (premier: "1er décembre 2024") is the day 1 (verify56 F24); "mi-" before a
#: month or year ("mi-mars", "mi-2024") is "mid".
_FRENCH_FIRST = re.compile(r"\b1er\b", re.IGNORECASE)
_FRENCH_MID = re.compile(r"\bmi-(?=[^\W_])", re.IGNORECASE)
# Phrases by their first word, longest first ("first half of" before "first half").
_PART_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _key in sorted({**_PARTS, **_FOREIGN_PARTS}.items(),
                            key=lambda item: -len(item[0].split())):
    _PART_PHRASES.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), _key))
MAX_TEXT_LENGTH = 200
"""Longer texts are refused at once: no date takes that many characters."""
_CIRCA = re.compile(r"(?:~|c\.|ca\.|c(?=\s*\d)|ca\b|circa\b|about\b|around\b|approx\.|"
                    r"approximately\b)"
                    r"\s*", re.IGNORECASE)
_CIRCA_WORDS = "c. / circa / about / ~"
# One pass over the text: numbers with their suffix, words, and single characters.
_TOKEN = re.compile(
    r"(?P<code>[QqHh]\d)(?![^\W_])"  # Q4, H1
    r"|(?P<num>\d+)(?:(?P<suffix>st|nd|rd|th|'s|’s|s)(?![^\W\d_]))?"
    r"|(?P<word>[^\W\d_]+)(?P<dot>\.)?"
    r"|(?P<char>\S)"
)
_DECADE_PHRASE = re.compile(r"(?:(?P<third>early in|in the middle of|mid|late in)\s+)?"
                            r"the decade\s+", re.IGNORECASE)
_THIRD_OF_PHRASE = {"early in": "START", "in the middle of": "MID", "mid": "MID",
                    "late in": "END"}

# Whole-text numeric forms, tried first.
_ISO_DAY = re.compile(r"(-?\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_MONTH = re.compile(r"(-?\d{4})-(\d{1,2})")
_ISO_YEAR = re.compile(r"-(\d{4})")  # an ISO 8601 expanded year before AD 1: -0043 is 44 BC
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d+)\.?")
_NUMERIC = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d+)")
_YEAR_FIRST = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})")
_YEAR_SLASH_MONTH = re.compile(r"(\d{4})/(\d{1,2})")
# Eras written with dots ("44 B.C.", "A.D. 800") and ordinal parts ("1st half of 2024"),
# rewritten to the words the tokenizer knows.
_DOTTED_ERA = re.compile(r"\b(?:(B)\.\s?(C)\.?(?:\s?(E)\.?)?|(A)\.\s?(D)\.?|(C)\.\s?(E)\.?)(?!\w)",
                         re.IGNORECASE)
_ORDINAL_PART = re.compile(r"\b([1-4])(?:st|nd|rd|th)\s+(quarter|half)\b", re.IGNORECASE)
_ORDINAL_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_MONTH_SLASH_YEAR = re.compile(r"(\d{1,2})/(\d{3,4})")

# Range separators, in the order they are tried: words, then dashes.
_RANGE_INTRO = re.compile(r"(?:from|between)\s+", re.IGNORECASE)
_RANGE_WORDS = re.compile(r"\s+(?:to|until|till|through|thru)\s+", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_RANGE_DASH = re.compile(r"\s*[–—]\s*|\s+-\s+")
# A hyphen between digits ("1965-70"), from a BC year to an AD one ("27 BC-AD 14", the
# reign of Augustus as people type it: verify41, F11), or from a year to a month with its
# own year ("December 2026-May 2027": verify87 F6, refused; "2012-Nov-19" and
# "2012-November" stay one day and one month, no year after their month).
_RANGE_HYPHEN = re.compile(r"(?<=\d)-(?=\d)|(?i:(?:(?<=\bBC)|(?<=\bBCE))-(?=(?:AD|CE)\b))"
                           r"|(?<=\b\d{4})-(?=[A-Za-z]+\.? \d)")


def _q(text: str) -> str:
    """Typed text quoted in a message, shortened: a message must stay readable."""
    return f"“{text}”" if len(text) <= 40 else f"“{text[:37]}…”"


class _Unreadable(ValueError):  # noqa: N818 - a private signal, not an error shown
    """A text that is not a date; the message is for the person who typed it."""


@dataclass
class _Fields:
    """What one side of a typed date gave; missing fields may come from the other side."""

    day: int | None = None
    month: int | None = None
    year: int | None = None  # as written (positive), before the era is applied
    year_digits: int = 0
    era: str | None = None  # "BC" or "AD" when written
    part: str | None = None
    decade: int | None = None  # a decade's first year as written ("1990s" -> 1990)
    decade_third: str | None = None  # early/mid/late of a decade
    month_third: str | None = None  # early/mid/late of a month ("early December 2024")
    lone_third: str | None = None  # "early" alone, the start of "early to mid-December"
    century: int | None = None  # "5th century BC" -> 5 (the era is in ``era``)
    millennium: int | None = None  # "1st millennium BC" -> 1, as the axis writes them
    circa: bool = False
    bare_number: bool = False  # a lone 1-2 digit number: a day or a year, by context
    notes: list[str] = field(default_factory=list)


# -- the entry points -----------------------------------------------------------------------
def parse_typed_date(text: str, day_first: bool | None = None) -> ParseResult:
    """Read a date (or a range of dates) as a person types it.

    Args:
        text: What was typed.
        day_first: For slash dates such as "12/11/2024": read the day first (12 November)
            or the month first (11 December); ``None`` takes the system locale's order
            (``system_day_first()``).  Dotted dates ("10.11.2020") are always day-first;
            year-first dates ("2024/11/12", "2024-11-12") are never ambiguous.

    Returns:
        A ``ParseResult``: ``date`` (and ``end`` for a range) when the text is a date,
        with ``alternatives`` when it can be read two ways; otherwise ``error`` says why
        in words a person can act on.  It never raises.
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return ParseResult(text, error=f"Type a date, e.g. {EXAMPLES}.")
    if len(cleaned) > MAX_TEXT_LENGTH:
        return ParseResult(text, error=f"That is too long for a date ({len(cleaned)} characters; "
                                       f"a date takes at most {MAX_TEXT_LENGTH}).")
    if day_first is None:
        day_first = system_day_first()
    try:
        return _parse(text, cleaned, day_first)
    except _Unreadable as exc:
        return ParseResult(text, error=str(exc))
    except ValueError:  # a check above missed something: still no traceback for a typo
        return ParseResult(text, error=f"Cannot read {_q(cleaned)} as a date. Try {EXAMPLES}.")


_WEEKDAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAY = re.compile(
    r"(?P<dd>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
    r"|(?:(?P<rel>last|this|next)\s+)?(?P<wd>" + "|".join(_WEEKDAY_ORDER) + r")"
    r"|(?P<rp>last|this|next)\s+(?P<unit>year|month)", re.IGNORECASE)
_RELATIVE_STEPS = {"last": -1, "this": 0, "next": 1}
_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}


def parse_relative_day(text: str, today: _dt.date) -> ParseResult | None:
    """A day named from ``today`` as a person adding news as it breaks names it, or
    ``None`` when ``text`` is no such words: "today", "yesterday", "tomorrow", "the day
    before yesterday", "Tuesday" (the last Tuesday, today if today is one; the note names
    the coming one), "last Tuesday" (the one before the last), "this Tuesday"
    (of this week, Monday first: ISO 8601), "next Tuesday" (the first after today);
    "next year", "this year", "last year", "next month", "this month", "last month" (the
    year or month, at that precision: verify88 F7).

    Only the event editor and Go to Date read these (verify58 F23: the editor refused
    "today" that the import reads against a dateline); a file's cell never does, having no
    today of its own.  The note says which day it took them from.
    """
    words = " ".join(text.strip().split())
    found = _RELATIVE_DAY.fullmatch(words)
    if found is None:
        return None
    said = f"from today, {today.day} {MONTH_NAMES[today.month - 1]} {today.year}"
    if found["unit"]:
        # "next year", "last month": the year or month, at that precision (verify88 F7:
        # the editor refused "next year" for a summit planned then)
        step = _RELATIVE_STEPS[found["rp"].lower()]
        if found["unit"].lower() == "year":
            return ParseResult(text, FuzzyDate.of_year(today.year + step), note=said)
        months = today.year * 12 + today.month - 1 + step
        return ParseResult(text, FuzzyDate.of_month(months // 12, months % 12 + 1), note=said)
    if found["dd"]:
        day = today + _dt.timedelta(days=_DEICTIC_DAYS[" ".join(found["dd"].lower().split())])
        return ParseResult(text, FuzzyDate.of_day(day), note=said)
    weekday = _WEEKDAY_ORDER.index(found["wd"].lower())
    rel = (found["rel"] or "").lower()
    back = (today.weekday() - weekday) % 7
    if rel == "next":
        day = today + _dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)
    elif rel == "this":
        day = today + _dt.timedelta(days=weekday - today.weekday())
    elif rel == "last":
        day = today - _dt.timedelta(days=back or 7)
    else:
        day = today - _dt.timedelta(days=back)
        ahead = today + _dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)
        if back:
            # (named in the note, not offered as a second reading: the editor's two
            # readings are a slash date's day-first and month-first)
            return ParseResult(text, FuzzyDate.of_day(day),
                               note=f"{said}; the coming one is {ahead.day} "
                                    f"{MONTH_NAMES[ahead.month - 1]}")
    return ParseResult(text, FuzzyDate.of_day(day), note=said)


def parse_fuzzy_date(text: str) -> FuzzyDate | None:
    """The one ``FuzzyDate`` the text names, or ``None``.

    ``None`` when the text is not a date, is ambiguous ("12/11/2024"), or is a range
    ("1965–1970"): a caller that wants those, and the reason for a refusal, uses
    ``parse_typed_date``.
    """
    result = parse_typed_date(text, day_first=True)
    if result.date is None or result.end is not None or result.alternatives:
        return None
    return result.date


# -- the parser ---------------------------------------------------------------------------
# A limit in front of a date ("by June 2027", "before 2027", "no later than 30 June";
# ``dates.LIMITS``), by its TIMEX3 mod.  "not after" is "by", "not before" "no earlier
# than" (TimeML's ON_OR_BEFORE, ON_OR_AFTER).
_LIMIT_WORDS = re.compile(
    r"(?P<words>by\s+the\s+end\s+of|by\s+end\s+of|by|before|after|no later than|not later than|"
    r"not after|no earlier than|not earlier than|not before)\s+", re.IGNORECASE)
_LIMIT_OF_WORDS = {"by the end of": "ON_OR_BEFORE", "by end of": "ON_OR_BEFORE",
                   "by": "ON_OR_BEFORE", "before": "BEFORE", "after": "AFTER",
                   "no later than": "ON_OR_BEFORE", "not later than": "ON_OR_BEFORE",
                   "not after": "ON_OR_BEFORE", "no earlier than": "ON_OR_AFTER",
                   "not earlier than": "ON_OR_AFTER", "not before": "ON_OR_AFTER"}


_WEEK_OF_TYPED = re.compile(r"(?:some\s+day\s+in\s+)?(?:the\s+)?week\s+of\s+(?P<day>\S.*)",
                            re.IGNORECASE)
"""'the week of 14 December 2026', 'week of 5 October 2026' (as the Events list writes a week an
article named: ``weeks.week_words``), 'some day in the week of …' (as Details writes it)."""


def _week_of(original: str, day: str, day_first: bool) -> ParseResult:
    """The week of ``day`` (one day typed): its Monday to its Sunday (ISO 8601), the days
    some day of which the event is (verify89 F6: the editor refused "the week of 14 December
    2026", words the Events list itself writes)."""
    result = _parse_date(original, day, day_first)
    if result.date is None:
        return result
    date = result.date
    if result.end is not None or date.precision is not Precision.DAY or date.time is not None \
            or date.year is None or date.month is None or date.day is None or date.year < 1:
        raise _Unreadable("“week of” goes with one day: type e.g. “the week of 14 December "
                          "2026”.")
    monday = _dt.date(date.year, date.month, date.day)
    monday -= _dt.timedelta(days=monday.weekday())
    first = FuzzyDate.of_day(monday, circa=date.circa)
    last = FuzzyDate.of_day(monday + _dt.timedelta(days=6), circa=date.circa)
    return ParseResult(original, first, last,
                       note=f"the week of {first.with_circa(False).describe()}: "
                            f"its Monday to its Sunday")


def _parse(original: str, text: str, day_first: bool) -> ParseResult:
    if (week := _WEEK_OF_TYPED.fullmatch(text)) is not None:
        return _week_of(original, week["day"], day_first)
    if m := _LIMIT_WORDS.match(text):
        return _limited(original, text[m.end():], day_first,
                        _LIMIT_OF_WORDS[" ".join(m["words"].lower().split())])
    return _parse_date(original, text, day_first)


def _limited(original: str, text: str, day_first: bool, limit: str) -> ParseResult:
    """``text`` read as a date, told as ``limit`` (a key of ``dates.LIMITS``): one date,
    never a range ("by 1965–1970" says nothing a person could mean)."""
    result = _parse_date(original, text, day_first)
    if result.date is None:
        return result
    if result.end is not None:
        raise _Unreadable(f"A limit goes with one date, not a range: type e.g. "
                          f"“{LIMITS[limit]} {result.date.describe()}”.")
    return _each_reading(original, result, lambda date: date.with_limit(limit))


def _each_reading(original: str, result: ParseResult,
                  change: Callable[[FuzzyDate], FuzzyDate]) -> ParseResult:
    """``result`` (one date, no end) with ``change`` made to its date and to each other
    reading of it: a limit or a part of a day typed around a date that reads two ways."""
    assert result.date is not None
    return ParseResult(original, change(result.date),
                       alternatives=tuple((change(a), None) for a, _ in result.alternatives),
                       note=result.note)


# A time of day after a day (``_split_time``): "10:30", "10:30:00" (seconds dropped),
# "10h30", "10h", "10 a.m.",
# "10:30 p.m.", each optionally after "," or "at", with "UTC", "GMT", "UTC+9", "Z" or
# "+09:00" after it and "local time" last.  A bare number ("22 March 2025 10") is no time.
#: The time zones' abbreviations read after a time ("10:30 CET"), each the one UTC offset
#: it names (standard or summer time: "CEST" is +02:00).  Only those that name one zone:
#: not "CST" (China and the US), "IST" (India, Ireland, Israel), "AST", "BST" in some
#: uses, "GST" — a schedule from Geneva or Vienna is announced in CET (verify50 F10: "14
#: Dec 2026 at 10 a.m. CET" was refused, the message blaming "at").  Offsets: IANA tz
#: database abbreviations.
ZONE_OFFSETS = {"CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00",
                "WET": "+00:00", "WEST": "+01:00", "MSK": "+03:00", "TRT": "+03:00",
                "IRST": "+03:30", "PKT": "+05:00", "HKT": "+08:00", "SGT": "+08:00",
                "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00",
                "NZST": "+12:00", "NZDT": "+13:00", "EST": "-05:00", "EDT": "-04:00",
                "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00"}
_ZONES = "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
_TIME = (r"(?:\s*,\s*|\s+)(?:at\s+)?"
         r"(?P<hour>\d{1,2})(?:(?::|h)(?P<minute>\d\d)(?::\d\d)?|\s*h\b|(?=\s*[ap]\.?\s?m\b))"
         r"(?:\s*(?P<ampm>[ap])\.?\s?m\.?)?")
_TIME_TAIL = re.compile(
    _TIME
    + r"(?:\s*(?:(?:UTC|GMT)(?P<utc_offset>[+\-\u2212]\d{1,2}(?::?\d\d)?)?(?![\w+\-])|"
    r"(?P<offset>Z|[+-]\d\d:?\d\d)|"
    rf"(?P<zone>{_ZONES})(?![\w+\-])))?"
    r"(?:\s+local(?:\s+time)?)?$", re.IGNORECASE)
#: A time followed by a word of capitals that is no zone read (``ZONE_OFFSETS``): said as
#: such, not as the first word that is no date ("at").
_UNKNOWN_ZONE = re.compile(_TIME + r"\s*(?P<unknown>[A-Z]{2,5})$")
# ISO 8601 / TIMEX3 with its "T": "2025-03-22T10:30", "-0043-03-15T09", "…T10:30:00+09:00".
_ISO_TIMED = re.compile(r"(?P<day>-?\d{4}-\d{1,2}-\d{1,2})T(?P<clock>[0-9:.,]+(?:Z|[+-][0-9:]+)?)",
                        re.IGNORECASE)


#: A zone or an offset in brackets after a time, as a wire gives it: "18:00 (GMT+4)", "(UTC
#: +04:00)", "(CET)" (verify90 F8: refused with "“:” has no place in a date").
_BRACKETED_ZONE = re.compile(
    rf"\s*\(\s*(?P<zone>(?:UTC|GMT)(?:\s*[+\-\u2212]\s*\d{{1,2}}(?::?\d\d)?)?|Z|[+-]\d\d:?\d\d|"
    rf"(?:{_ZONES}))\s*\)$", re.IGNORECASE)
#: A time told by a place's clock, "18:00 Baku time", "9 a.m. Kyiv time": no zone this parser
#: reads (only "local time"), said as such with the offset to type instead.
_PLACE_TIME = re.compile(_TIME + r"\s+(?P<place>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*)?)\s+time$",
                         re.IGNORECASE)


def _place_time_error(text: str, m: re.Match[str]) -> str:
    """Why "… 18:00 Baku time" (``_PLACE_TIME``) is not read, naming the part not read and
    the offset to type: the place's own on the day typed when the place is known
    (``time_zones.zone_of_place``, the tz database's offset by ``zoneinfo``), else an example."""
    place = " ".join(m["place"].split())
    clock = re.sub(r"^at\s+", "", m[0][:m.start("place") - m.start()].strip(" ,"),
                   flags=re.IGNORECASE)
    offset = None
    zone = zone_of_place(place)
    day = parse_fuzzy_date(text[:m.start()]) if zone is not None else None
    if zone is not None and day is not None and day.precision is Precision.DAY \
            and day.fits_datetime:
        try:
            from zoneinfo import ZoneInfo

            delta = _dt.datetime(day.year, day.month or 1, day.day or 1, 12,
                                 tzinfo=ZoneInfo(zone)).utcoffset()
        except (KeyError, ValueError, OSError):  # (no tz data for it here)
            delta = None
        if delta is not None:
            minutes = int(delta.total_seconds() // 60)
            sign = "-" if minutes < 0 else "+"
            hours, rest = divmod(abs(minutes), 60)
            offset = f"{sign}{hours}" + (f":{rest:02d}" if rest else "")
    if offset is not None:
        return (f"“{place} time” is not a time zone this app reads: type its UTC offset, "
                f"e.g. {clock} UTC{offset} or GMT{offset} ({place}’s on that day).")
    return (f"“{place} time” is not a time zone this app reads: type its UTC offset, "
            f"e.g. {clock} UTC+4 or GMT+4.")


def _split_time(text: str) -> tuple[str, ClockTime | None]:
    """``text`` without a time of day at its end, and that time (``None`` if none).  A zone
    or an offset in brackets is read as one without them ("18:00 (GMT+4)").

    Raises:
        _Unreadable: The time names no hour or minute of a day ("25:00", "13 p.m."), or
            is told by a place's clock ("18:00 Baku time": the message names it).
    """
    text = _BRACKETED_ZONE.sub(lambda z: " " + "".join(z["zone"].split()), text)
    if (named := _PLACE_TIME.search(text)) is not None and named.start() > 0 \
            and named["place"].lower() != "local":
        raise _Unreadable(_place_time_error(text, named))
    if m := _ISO_TIMED.fullmatch(text):
        try:
            return m["day"], ClockTime.from_iso(m["clock"].upper())
        except ValueError:
            raise _Unreadable(f"{_q(m['clock'])} is not a time of day: type e.g. "
                              "2025-03-22T10:30.") from None
    m = _TIME_TAIL.search(text)
    if m is None and (unknown := _UNKNOWN_ZONE.search(text)) and unknown.start() > 0:
        raise _Unreadable(f"{_q(unknown['unknown'])} is not a time zone this app reads: type "
                          "its UTC offset, e.g. 10:30 UTC+01:00.")
    if m is None or m.start() == 0:
        return text, None
    hour = int(m["hour"])
    minute = None if m["minute"] is None else int(m["minute"])
    if m["ampm"]:
        if not 1 <= hour <= 12:
            raise _Unreadable(f"{hour} {m['ampm'].lower()}.m. is not an hour: a.m. and "
                              "p.m. go with 1–12 (or type 24-hour time, e.g. 14:05).")
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    offset_text = m["offset"] or m["utc_offset"] or (
        ZONE_OFFSETS[m["zone"].upper()] if m["zone"] else None)
    try:
        offset = (parse_offset(offset_text.replace("\u2212", "-")) if offset_text
                  else 0 if "utc" in m[0].lower() or "gmt" in m[0].lower() else None)
        time = ClockTime(hour, minute, offset)
    except ValueError:
        raise _Unreadable(f"{_q(m[0].strip(' ,'))} is not a time of day: hours run 0–23, "
                          "minutes 0–59, e.g. 10:30 or 14:05.") from None
    return text[:m.start()], time


def _with_time(date: FuzzyDate, time: ClockTime | None) -> FuzzyDate:
    """``date`` at ``time``: only a day has hours."""
    if time is None:
        return date
    if date.precision is not Precision.DAY:
        raise _Unreadable(f"A time of day goes with a day: type e.g. 22 March 2025, "
                          f"{time.describe()} (not {date.describe()}, {time.describe()}).")
    return date.with_time(time)


#: A split year, as historians and budgets write one that runs over the turn of a year:
#: "1814/15", "1814/1815", "1999/00", "winter 1813/14" (the winter that begins in
#: December 1813; "winter 1813-14" too, which read as winter 1813 to the year 1814);
#: the second year must follow the first (verify53 F10).
_SPLIT_YEAR = re.compile(r"(?P<winter>winter\s+)?(?P<year>\d{3,4})\s*(?P<sep>[/\-–])\s*"
                         r"(?P<next>\d{2}|\d{4})", re.IGNORECASE)


def _split_year(original: str, text: str, circa: bool, day_first: bool
                ) -> ParseResult | None:
    """``text`` read as a split year (``_SPLIT_YEAR``): the two years as a range ("1814/15"
    is 1814–1815, as "1814-15" is), a winter as the one winter that begins in the first;
    ``None`` when it is none.  "1810/11" also reads as November 1810 (year and month, as
    "2024/11" is): that stays the reading, the split year its alternative."""
    m = _SPLIT_YEAR.fullmatch(text)
    if m is None or (m["sep"] != "/" and not m["winter"]):  # (a dash: a range as it was)
        return None
    first, second = int(m["year"]), m["next"]
    if int(second) != (first + 1 if len(second) == 4 else (first + 1) % 100):
        return None
    words = (f"{'c. ' if circa else ''}{m['winter']}{first}" if m["winter"]
             else f"{'c. ' if circa else ''}{first}–{first + 1}")
    split = _parse_date(original, words, day_first)
    month = (None if m["winter"] or len(second) == 4 or not 1 <= int(second) <= 12
             else _numeric(f"{first}/{second}", circa, day_first))
    if month is None or split.date is None:
        return split
    return ParseResult(original, month[0], alternatives=((split.date, split.end),),
                       note=f"{text} can also be {describe_range(split.date, split.end)}, "
                            "a split year")


# A part of a day around one day (``dates.DAY_PARTS``), as ``describe`` writes it: "late
# on 1 December 2026", "early on 1 December 2026" before it, "1 December 2026, evening"
# (or "1 December 2026 evening", "... in the evening") after it.
_PART_BEFORE = re.compile(r"(?P<word>early|late)\s+on\s+", re.IGNORECASE)
_PART_AFTER = re.compile(r",?\s+(?:in\s+the\s+|at\s+)?(?P<word>morning|afternoon|evening|night)$",
                         re.IGNORECASE)
_PART_OF_WORD = {"early": "START", "late": "END", "morning": "MO", "afternoon": "AF",
                 "evening": "EV", "night": "NI"}


def _parse_date(original: str, text: str, day_first: bool) -> ParseResult:
    """``text`` read as a date or a range; a part of a day around one day
    (``_PART_BEFORE``, ``_PART_AFTER``) is that day's ``day_part``."""
    circa, body = _strip_circa(text)
    found = _PART_BEFORE.match(body) or _PART_AFTER.search(body)
    if found is None:
        return _parse_plain(original, text, day_first)
    rest = body[found.end():] if found.start() == 0 else body[:found.start()]
    result = _parse_plain(original, f"c. {rest}" if circa else rest, day_first)
    part = _PART_OF_WORD[found["word"].lower()]
    if result.date is None or result.end is not None or result.date.precision is not \
            Precision.DAY or result.date.time is not None:
        raise _Unreadable(f"{_q(found['word'])} goes with one day: type e.g. "
                          f"{FuzzyDate.of_ymd(2026, 12, 1).with_day_part(part).describe()}.")
    return _each_reading(original, result, lambda date: date.with_day_part(part))


#: A Solar Hijri (Persian) date, its year written: "23 Esfand 1403", "Farvardin 1, 1404 SH",
#: "Esfand 1403" (a month: the Gregorian days it covers), "12 Hamal 1402" (an Afghan name).
_SOLAR_HIJRI = re.compile(
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{SOLAR_HIJRI_MONTH_RE})|"
    rf"(?P<month2>{SOLAR_HIJRI_MONTH_RE})(?:\s+(?P<day2>\d{{1,2}}))?),?\s+(?P<year>\d{{3,4}})"
    r"(?:\s*(?:SH|S\.H\.|AP|A\.P\.|HS|H\.\s?Sh\.|solar\s+hijri))?", re.IGNORECASE)


def _solar_hijri(original: str, text: str, time: ClockTime | None) -> ParseResult | None:
    """``text`` read as a Solar Hijri date (``_SOLAR_HIJRI``), in Gregorian days, with a note
    that says so: a day, or a month as the range of its days; ``None`` when it is none.

    Raises:
        _Unreadable: The year is outside the years read (``solar_hijri``: 1178-1633 SH) or
            the day does not exist ("30 Esfand 1402"): the message says which.
    """
    m = _SOLAR_HIJRI.fullmatch(text)
    if m is None:
        return None
    name = m["month"] or m["month2"]
    month, year = solar_hijri_month(name), int(m["year"])
    day = m["day"] or m["day2"]
    assert month is not None  # (the pattern is the months' names)
    told = f"{day + ' ' if day else ''}{name[:1].upper()}{name[1:].lower()} {year}"
    try:
        if day is None:
            first = solar_hijri_to_gregorian(year, month, 1)
            last = solar_hijri_to_gregorian(year, month, solar_hijri_month_length(year, month))
        else:
            first = last = solar_hijri_to_gregorian(year, month, int(day))
    except ValueError as exc:
        raise _Unreadable(f"{_q(told)} is read as a Solar Hijri date, and {exc}.") from None
    start = FuzzyDate.of_ymd(first.year, first.month, first.day)
    if day is not None:
        return ParseResult(original, _with_time(start, time),
                           note=f"{told} of the Solar Hijri calendar")
    end = FuzzyDate.of_ymd(last.year, last.month, last.day)
    return ParseResult(original, start, _with_time(end, time) if time else end,
                       note=f"{told} of the Solar Hijri calendar")


def _parse_plain(original: str, text: str, day_first: bool) -> ParseResult:
    # A time typed last belongs to the one date, or to a range's end ("…, 12:00").
    text, time = _split_time(text)
    if (persian := _solar_hijri(original, text, time)) is not None:
        return persian  # ("23 Esfand 1403": verify90 F4, "“esfand” is not a month")
    text = _DOTTED_ERA.sub(lambda m: "".join(filter(None, m.groups())).upper(), text)
    text = _ORDINAL_PART.sub(lambda m: f"{_ORDINAL_WORDS[m[1]]} {m[2]}", text)
    text = _FRENCH_MID.sub("mi ", _FRENCH_FIRST.sub("1", text))
    circa, text = _strip_circa(text)
    if not text:
        raise _Unreadable(f"Add the date after “{_CIRCA_WORDS}”, e.g. c. 1965.")
    if time is None and (split := _split_year(original, text, circa, day_first)) is not None:
        return split
    numeric = _numeric(text, circa, day_first)
    if numeric is not None:
        date, alternative = _with_time(numeric[0], time), numeric[1]
        if alternative is None:
            return ParseResult(original, date)
        alternative = _with_time(alternative, time)
        order = "month" if day_first else "day"
        return ParseResult(original, date, alternatives=((alternative, None),),
                           note=f"{text} can also be {alternative.describe()}, "
                                f"reading the {order} first")
    if m := _DECADE_PHRASE.match(text):  # describe()'s words for a decade before AD 1000
        mod = None if m["third"] is None else _THIRD_OF_PHRASE[" ".join(m["third"].lower().split())]
        return ParseResult(original, _with_time(
            _decade_from_range(text[m.end():], circa, mod), time))
    halves = _split_range(text)
    if halves is None:
        fields = _fields(text)
        fields.circa = fields.circa or circa
        date, end = _build(fields)
        if end is not None and time is not None:  # a century: no day to put it on
            _with_time(end.with_circa(end.circa), time)  # (raises: not a day)
        return ParseResult(original, _with_time(date, time), end, note=_note(fields))
    # Each side is a whole numeric date ("1965-06-01") or words that may leave out what
    # the other side gives ("9–13 March 2012").
    wholes: list[FuzzyDate | None] = []
    partial: list[_Fields] = []
    times: list[ClockTime | None] = []
    for whole_side in halves:
        side, side_time = _split_time(whole_side)
        times.append(side_time)
        side_circa, side_text = _strip_circa(side)
        whole = _numeric(side_text, circa or side_circa, day_first)
        if whole is not None and whole[1] is not None:
            raise _Unreadable(f"{_q(side)} can be read two ways; in a range, type the "
                              "month in words, e.g. 12 November 2024.")
        wholes.append(None if whole is None else whole[0])
        if whole is None:
            partial.append(_fields(side))
            partial[-1].circa = partial[-1].circa or circa
    if len(partial) == 2:
        _share(*partial)
    built = [_build(fields) for fields in partial]
    ends = [(w, None) if w is not None else built.pop(0) for w in wholes]
    start, end = ends[0][0], ends[1][1] or ends[1][0]
    start, end = _with_time(start, times[0]), _with_time(end, times[1] or time)
    if end.sort_key() < start.sort_key() and end.start_day() == start.start_day():
        raise _Unreadable(f"The end ({end.describe()}) is before the start "
                          f"({start.describe()}).")
    if end.start_day() < start.start_day():
        raise _Unreadable(f"The end ({end.describe()}) is before the start "
                          f"({start.describe()}).")
    return ParseResult(original, start, end, note=next(filter(None, map(_note, partial)), None))


def _strip_circa(text: str) -> tuple[bool, str]:
    m = _CIRCA.match(text)
    if not m:
        return False, text
    return True, text[m.end():].strip()


def _numeric(text: str, circa: bool,
             day_first: bool) -> tuple[FuzzyDate, FuzzyDate | None] | None:
    """All-digit forms: ISO, dotted, slashed.  ``None`` if the text is not one."""
    if m := _ISO_DAY.fullmatch(text):
        return _day(_iso_year(m[1]), int(m[2]), int(m[3]), circa, "YYYY-MM-DD"), None
    if (m := _ISO_MONTH.fullmatch(text)) and int(m[2]) <= 12:
        return _month(_iso_year(m[1]), int(m[2]), circa), None
    if m := _ISO_YEAR.fullmatch(text):
        return _year_date(_iso_year(m[0]), circa), None
    if m := _YEAR_FIRST.fullmatch(text):
        return _day(int(m[1]), int(m[3]), int(m[4]), circa, "year/month/day"), None
    if (m := _YEAR_SLASH_MONTH.fullmatch(text)) and int(m[2]) <= 12:
        return _month(int(m[1]), int(m[2]), circa), None
    if m := _DOTTED.fullmatch(text):
        year = _full_year(m[3], text)
        return _day(year, int(m[2]), int(m[1]), circa, "day.month.year"), None
    if m := _NUMERIC.fullmatch(text):
        a, b, year = int(m[1]), int(m[3]), _full_year(m[4], text)
        if a > 12 and b > 12:
            raise _Unreadable(f"Neither {a} nor {b} is a month (1–12) in {_q(text)}.")
        if a > 12 or b > 12 or a == b:  # only one reading
            day, month = (a, b) if a > 12 or a == b else (b, a)
            return _day(year, month, day, circa, "day/month/year"), None
        first = _day(year, b, a, circa, "day/month/year")  # day first
        second = _day(year, a, b, circa, "month/day/year")  # month first
        return (first, second) if day_first else (second, first)
    if m := _MONTH_SLASH_YEAR.fullmatch(text):
        return _month(int(m[2]), int(m[1]), circa), None
    return None


def _iso_year(text: str) -> int:
    year = int(text)
    if text == "-0000":
        raise _Unreadable("“-0000” is not a year: 1 BC is 0000 in ISO 8601, 2 BC is -0001.")
    return year


def _full_year(digits: str, text: str) -> int:
    if len(digits) <= 2:
        n = int(digits)
        raise _Unreadable(f"Write the year in full in {_q(text)}: {digits} could be "
                          f"{2000 + n}, {1900 + n} or AD {n or 1}.")
    if len(digits) > 4:
        raise _Unreadable(f"{digits} is not a year: years run from 9999 BC to AD 9999.")
    return int(digits)


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _Unreadable("Years run from 9999 BC to AD 9999.")


def _day(year: int, month: int, day: int, circa: bool, shape: str) -> FuzzyDate:
    _check_year(year)
    if not 1 <= month <= 12:
        raise _Unreadable(f"{month} is not a month (1–12); this date reads as {shape}.")
    length = days_in_month(year, month)
    if not 1 <= day <= length:
        raise _Unreadable(_no_such_day(year, month, day, length))
    return FuzzyDate.of_ymd(year, month, day, circa)


#: The most days a month (1-12) has in any year (February's 29 in a leap year).
_MOST_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _no_such_day(year: int, month: int, day: int, length: int) -> str:
    """Why "``day`` ``month`` ``year``" (astronomical) is refused, in plain words, and
    only real dates offered instead (verify62: "31 February 2025" was offered): the
    month's last day, or for 29 February the leap years either side (Gregorian rule,
    ``core.dates.is_leap_year``)."""
    month_name = MONTH_NAMES[month - 1]
    said = f"There is no {day} {month_name} {year_words(year)}: it has {length} days"
    if day < 1:
        return f"{said}, counted from 1."
    if month == 2 and day == 29:
        # the leap years either side (within eight years: 1896 and 1904 around 1900),
        # those the model holds (``MIN_YEAR``-``MAX_YEAR``)
        leap = [y for y in (*range(year - 1, year - 9, -1), *range(year + 1, year + 9))
                if MIN_YEAR <= y <= MAX_YEAR and days_in_month(y, 2) == 29]
        before = [y for y in leap if y < year][:1]
        after = [y for y in leap if y > year][:1]
        years = " or ".join(year_words(y) for y in (*before, *after))
        return f"{said}; 29 February comes only in a leap year, e.g. {years}."
    return f"{said}; the last is {length} {month_name} {year_words(year)}."


def _month(year: int, month: int, circa: bool, mod: str | None = None) -> FuzzyDate:
    _check_year(year)
    if not 1 <= month <= 12:
        raise _Unreadable(f"{month} is not a month (1–12).")
    return FuzzyDate.of_month(year, month, circa, mod)


def _year_date(year: int, circa: bool) -> FuzzyDate:
    _check_year(year)
    return FuzzyDate.of_year(year, circa)


def _split_range(text: str) -> tuple[str, str] | None:
    """The two sides of a range, or ``None`` for a single date."""
    intro = _RANGE_INTRO.match(text)
    body = text[intro.end():] if intro else text
    between = intro is not None and intro.group(0).lower().startswith("between")
    separators = (_RANGE_AND,) if between else (_RANGE_WORDS, _RANGE_DASH, _RANGE_HYPHEN)
    for separator in separators:
        pieces = separator.split(body)
        if len(pieces) == 1:
            continue
        if len(pieces) > 2:
            raise _Unreadable(f"{_q(text)} has more than one range separator; "
                              "type a single range such as 1965–1970.")
        left, right = (piece.strip() for piece in pieces)
        if not left or not right:
            raise _Unreadable(f"{_q(text)} looks like a range with a side missing; "
                              "type both ends, e.g. 1965–1970.")
        return left, right
    if intro:
        raise _Unreadable(f"After “{intro.group(0).strip()}”, type both ends of the range, "
                          "e.g. from 1965 to 1970 or between 1965 and 1970.")
    return None


def _fields(text: str) -> _Fields:
    """The fields one side of a date gives (some may be missing)."""
    fields = _Fields()
    circa, text = _strip_circa(text)
    fields.circa = circa
    tokens = _tokens(text)
    if not tokens:
        raise _Unreadable(f"Type a date, e.g. {EXAMPLES}.")
    # The era goes with the year it stands next to: "44 BC", "AD 800".
    eras = [i for i, (kind, _) in enumerate(tokens) if kind == "era"]
    if len(eras) > 1:
        raise _Unreadable(f"{_q(text)} has more than one era (BC/AD).")
    if eras:
        i = eras[0]
        fields.era = str(tokens[i][1])
        neighbours = [j for j in (i + 1, i - 1) if 0 <= j < len(tokens)
                      and tokens[j][0] in ("year", "number", "decade", "century",
                                           "millennium")]
        if not neighbours:
            raise _Unreadable(f"Put {fields.era} next to the year, e.g. 44 BC or AD 800.")
        del tokens[i]
    kinds = tuple(kind for kind, _ in tokens)
    values = [value for _, value in tokens]
    if kinds == ("ordinal", "century"):
        fields.century = int(values[0])
        if fields.century == 0:
            raise _Unreadable("There is no 0th century.")
        return fields
    if kinds == ("ordinal", "millennium"):
        fields.millennium = int(values[0])
        if fields.millennium == 0:
            raise _Unreadable("There is no 0th millennium.")
        return fields
    if (kinds == ("part", "ordinal", "century") and values[0] in _CENTURY_THIRDS
            and int(values[1]) > 0):
        fields.century = int(values[1])
        raise _Unreadable(_part_of_century_words(str(values[0]), fields, text))
    part_index = next((i for i, k in enumerate(kinds) if k == "part"), None)
    if part_index == 1 and len(kinds) == 2 and kinds[0] in ("year", "number"):  # "2024 Q4"
        kinds, values = kinds[::-1], values[::-1]
        part_index = 0
    if part_index is not None:
        if "month" in kinds:
            month = MONTH_NAMES[int(values[kinds.index("month")]) - 1]
            third = str(values[0])
            if part_index != 0 or third not in _MOD_OF_THIRD or kinds[1:] not in (
                    ("month",), ("month", "year"), *((("month", "number"),) if fields.era
                                                     else ())):
                raise _Unreadable(f"A part of a month is early, mid or late, before the "
                                  f"month: e.g. early {month} 2025 (or type a day, e.g. 25 "
                                  f"{month} 2025).")
            # "early November 2025", as news writes it: the month with its TIMEX3 mod.
            kinds, values = kinds[1:], values[1:]
            fields.month_third = third
            part_index = None
    if kinds == ("part",) and values[0] in _MOD_OF_THIRD:
        fields.lone_third = str(values[0])  # the other side of a range says of what
        return fields
    if part_index is not None:
        if part_index != 0 or len(kinds) != 2 or kinds[1] not in ("year", "number", "decade"):
            raise _Unreadable(f"Write a part of a year before the year, e.g. late 2024 or "
                              f"mid-2024 (read from {_q(text)}).")
        if kinds[1] == "decade":
            third = str(values[0])
            if third not in ("early", "mid", "late"):
                raise _Unreadable(f"A decade can be early, mid or late (e.g. late 1990s), "
                                  f"not {_q(text)}.")
            fields.decade, fields.decade_third = int(values[1]), third
            return fields
        fields.part = str(values[0])
        _set_year(fields, int(values[1]))
        return fields
    if kinds == ("decade",):
        fields.decade = int(values[0])
        return fields
    if kinds in (("year",), ("number",)):
        _set_year(fields, int(values[0]))
        fields.bare_number = kinds == ("number",) and fields.era is None
        return fields
    if kinds in (("ordinal",),):
        fields.day = int(values[0])
        return fields
    if kinds == ("month",):
        fields.month = int(values[0])
        return fields
    # Month and year: "March 2025", "March 44 BC", "March AD 800".
    if kinds == ("month", "year") or (kinds == ("month", "number") and fields.era):
        fields.month = int(values[0])
        _set_year(fields, int(values[1]))
        return fields
    if kinds == ("year", "month"):
        fields.month = int(values[1])
        _set_year(fields, int(values[0]))
        return fields
    # Day and month, in either order, with or without a year.
    for pattern, (di, mi, yi) in _DAY_PATTERNS.items():
        if kinds == pattern:
            if yi is not None and kinds[yi] == "number" and not fields.era:
                n = int(values[yi])
                raise _Unreadable(f"Write the year in full in {_q(text)}: {values[yi]} could be "
                                  f"{2000 + n}, {1900 + n} or AD {n or 1}.")
            fields.day, fields.month = int(values[di]), int(values[mi])
            if yi is None and fields.day > 31:
                raise _Unreadable(f"Write the year in full in {_q(text)}: {values[di]} could be "
                                  f"{1900 + fields.day} or AD {fields.day} (type "
                                  f"{MONTH_NAMES[fields.month - 1]} AD {fields.day}).")
            if yi is not None:
                _set_year(fields, int(values[yi]))
            return fields
    # A day and a year with the month on the other side of a range: "March 9–13, 2012".
    if kinds in (("number", "year"), ("ordinal", "year")):
        fields.day = int(values[0])
        _set_year(fields, int(values[1]))
        return fields
    raise _Unreadable(f"Cannot read {_q(text)} as a date. Try {EXAMPLES}.")


# Token kinds of day-and-month forms -> positions of (day, month, year or None).
_DAY_PATTERNS: dict[tuple[str, ...], tuple[int, int, int | None]] = {
    ("number", "month", "year"): (0, 1, 2),
    ("ordinal", "month", "year"): (0, 1, 2),
    ("month", "number", "year"): (1, 0, 2),
    ("month", "ordinal", "year"): (1, 0, 2),
    ("number", "month", "number"): (0, 1, 2),  # a year of 1-2 digits needs its era
    ("ordinal", "month", "number"): (0, 1, 2),
    ("month", "number", "number"): (1, 0, 2),
    ("month", "ordinal", "number"): (1, 0, 2),
    ("number", "month"): (0, 1, None),
    ("ordinal", "month"): (0, 1, None),
    ("month", "number"): (1, 0, None),
    ("month", "ordinal"): (1, 0, None),
    ("year", "month", "number"): (2, 1, 0),
    ("year", "month", "ordinal"): (2, 1, 0),
}


def _set_year(fields: _Fields, written: int) -> None:
    fields.year = written
    fields.year_digits = len(str(written))


def _tokens(text: str) -> list[tuple[str, int | str]]:
    """``(kind, value)`` tokens: year, number, ordinal, decade, month, era, part."""
    words: list[tuple[str, int | str]] = []
    raw: list[tuple[str, str]] = []  # (kind, text) before phrases are joined
    for m in _TOKEN.finditer(text):
        if m["num"] is not None and len(m["num"]) > 4:
            raise _Unreadable(f"{m['num'][:8]}{'…' if len(m['num']) > 8 else ''} is not a "
                              f"{'day' if m['suffix'] else 'year'}: years run from 9999 BC "
                              "to AD 9999.")
        if m["code"] is not None:
            if m["code"].lower() not in _PARTS:
                raise _Unreadable(f"{m['code']} is not a quarter (Q1–Q4) or a half (H1, H2).")
            raw.append(("word", m["code"].lower()))
        elif m["num"] is not None:
            suffix = (m["suffix"] or "").lower().replace("’", "'")
            if suffix in ("s", "'s"):
                raw.append(("decade", m["num"]))
            elif suffix:
                raw.append(("ordinal", m["num"]))
            else:
                raw.append(("num", m["num"]))
        elif m["word"] is not None:
            raw.append(("word", m["word"].lower()))
        elif m["char"] in (",", "-", "/", "'", "’"):
            continue  # "19-Nov-2012", "mid-2024", "March 15, 44 BC"
        elif m["char"] == "." and raw and raw[-1][0] == "num" and len(raw[-1][1]) <= 2:
            raw[-1] = ("ordinal", raw[-1][1])  # the German ordinal: "1. März 1999"
        else:
            raise _Unreadable(f"“{m['char']}” has no place in a date; try {EXAMPLES}.")
    i = 0
    while i < len(raw):
        kind, value = raw[i]
        if kind == "num":
            n = int(value)
            words.append(("year" if len(value) >= 3 else "number", n))
        elif kind == "ordinal":
            words.append(("ordinal", int(value)))
        elif kind == "decade":
            n = int(value)
            if any(v in ("bc", "bce") for k, v in raw if k == "word"):
                raise _Unreadable(f"Type a BC decade as its years, e.g. {n + 9}–{n} BC.")
            if len(value) == 2 and n % 10 == 0:
                later, earlier = ("20", "19") if n <= 30 else ("19", "18")
                raise _Unreadable(f"Write the decade with its century: the {later}{value}s or "
                                  f"the {earlier}{value}s (not the {value}s).")
            if len(value) < 3 or n % 10:
                raise _Unreadable(f"Write a decade as its first year with an s, e.g. the "
                                  f"1990s (not “{value}s”).")
            words.append(("decade", n))
        else:
            phrase = next(((key, len(words_)) for words_, key in _PART_PHRASES.get(value, ())
                           if tuple(v for _, v in raw[i:i + len(words_)]) == words_
                           and all(k == "word" for k, _ in raw[i:i + len(words_)])), None)
            if phrase is not None:
                words.append(("part", phrase[0]))
                i += phrase[1]
                continue
            ordinal = _ordinal_of_words(raw, i)
            if ordinal is not None:  # "the first century BC", "the twenty-first century"
                words.append(("ordinal", ordinal[0]))
                i += ordinal[1]
                continue
            if value in _MONTHS:
                words.append(("month", _MONTHS[value]))
            elif value in _FOREIGN_MONTHS:
                words.append(("month", _FOREIGN_MONTHS[value]))
            elif value in ("century", "cent"):
                words.append(("century", 0))
            elif value == "millennium":
                words.append(("millennium", 0))
            elif value in _ERAS:
                words.append(("era", _ERAS[value]))
            elif value in _FILLERS or value in _WEEKDAYS:
                pass
            else:
                raise _Unreadable(_unknown_word(value))
        i += 1
    return words


#: Ordinals in words, as a century or millennium is written ("the first century BC").
_ORDINAL_NUMBERS = {word: number for number, word in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=1)}


def _ordinal_of_words(raw: list[tuple[str, str]], i: int) -> tuple[int, int] | None:
    """(the ordinal, how many words) written in words at ``raw[i]`` just before "century" or
    "millennium" ("first", "twenty-first": 21), else None: elsewhere "first" is a part of a
    year ("first half") or not a date word."""
    def word(j: int) -> str | None:
        return raw[j][1] if j < len(raw) and raw[j][0] == "word" else None

    value, length = _ORDINAL_NUMBERS.get(word(i) or ""), 1
    if word(i) == "twenty" and (unit := _ORDINAL_NUMBERS.get(word(i + 1) or "")) and unit < 10:
        value, length = 20 + unit, 2
    if value is None or word(i + length) not in ("century", "cent", "millennium"):
        return None
    return value, length


def _unknown_word(word: str) -> str:
    known = [*_MONTHS, *(p for p in _PARTS if " " not in p), "BC", "AD"]
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
    hint = f" Did you mean “{close[0].capitalize() if close[0] in _MONTHS else close[0]}”?" \
        if close else f" Try {EXAMPLES}."
    return f"{_q(word)} is not a month or a date word.{hint}"


def _share(left: _Fields, right: _Fields) -> None:
    """Fill what one side of a range leaves out from the other: "9–13 March 2012"."""
    if left.lone_third is not None:  # "early to mid-December 2024", "early to mid-1990s"
        if right.month is not None and right.day is None:
            left.month, left.month_third = right.month, left.lone_third
        elif right.decade is not None:
            left.decade, left.decade_third = right.decade, left.lone_third
        elif right.part in _MOD_OF_THIRD and right.year is not None:
            left.part = left.lone_third  # "early to mid 2024": thirds of the year
        else:
            raise _Unreadable(f"Say what “{left.lone_third}” is a part of, e.g. "
                              f"{left.lone_third} to mid-December 2024.")
        left.lone_third = None
    if left.bare_number and right.year is not None and right.day is None \
            and right.month is None and right.part is None:
        left.bare_number = False  # "50–44 BC", "1965–70" (below): a year
    elif left.bare_number and (right.day is not None or right.month is not None):
        left.day, left.year, left.bare_number = left.year, None, False  # "9–13 March 2012"
    if right.bare_number and left.year is not None and left.day is None \
            and left.year_digits >= 3 and right.year is not None:
        # "1965–70": the end year in the start year's century.
        short = right.year
        year = left.year - left.year % 100 + short
        if year < left.year:
            year += 100
        right.year, right.bare_number = year, False
    elif right.bare_number and left.month is not None and left.day is not None:
        right.day, right.year, right.bare_number = right.year, None, False  # "March 9–13, 2012"
    if right.bare_number and left.day is not None and left.month is None:
        raise _Unreadable("Give the month of the range, e.g. 9–13 March 2012.")
    if left.year is None and left.decade is None and right.year is not None:
        left.year, left.year_digits = right.year, right.year_digits
        left.era = left.era or right.era
    elif left.era is None and right.era is not None and left.year is not None:
        left.era = right.era  # "50–44 BC", "800–900 AD"
    if left.month is None and left.day is not None and right.month is not None:
        left.month = right.month
    if right.month is None and right.day is not None and left.month is not None:
        right.month = left.month
    if right.year is None and right.decade is None and left.year is not None:
        right.year, right.era = left.year, left.era  # "March 1965 to May"
    elif right.era is None and left.era == "BC":
        right.era = "BC"  # "44–30 BC" written as "44 BC – 30"; crossing writes "AD 30"


def _astronomical(fields: _Fields, text_year: int) -> int:
    if text_year == 0:
        raise _Unreadable("There is no year 0: 1 BC is followed by AD 1.")
    year = 1 - text_year if fields.era == "BC" else text_year
    _check_year(year)
    return year


def _year_wanted(fields: _Fields, what: str) -> str:
    """What to say of a date typed without its year (``what``, "22 March"), offering a
    real date at the precision typed: a day no year has ("31 February", "31 April") is
    refused saying why, and 29 February is offered in a leap year (verify62: the hint
    offered "31 February 2025")."""
    day, month = fields.day, fields.month
    if day is not None and month is None:  # "31st": a day alone
        return _month_wanted(day, "the month and the year")
    if day is not None and month is not None and day > _MOST_DAYS[month - 1]:
        name = MONTH_NAMES[month - 1]
        most = ("28 days, 29 in a leap year" if month == 2
                else f"{_MOST_DAYS[month - 1]} days")
        return f"There is no {what} in any year: {name} has {most}."
    example = "2024" if (day, month) == (29, 2) else "2025"  # (2024: a leap year)
    return f"Add the year: “{what}” could be any year (e.g. {what} {example})."


def _month_wanted(day: int, what: str, year: str = "2025") -> str:
    """What to say of a day typed without its month ("31st", "45 2025"): ``what`` to add
    ("the month"), with a real day as the example (March has 31) in ``year`` (the year
    typed, in words), or, past 31, that no month has that day (verify62: "e.g. 45 March
    2025" was offered)."""
    if day > max(_MOST_DAYS):
        return f"There is no day {day} in any month: a month has at most 31 days."
    return f"Add {what} to the day {day}, e.g. {day} March {year}."


def _build(fields: _Fields) -> tuple[FuzzyDate, FuzzyDate | None]:
    """The date (and, for a century, its end) the fields name."""
    circa = fields.circa
    if fields.lone_third is not None:
        raise _Unreadable(f"Write a part of a year before the year, e.g. late 2024 or "
                          f"{fields.lone_third} December 2024.")
    if fields.decade is not None:
        return _decade(fields, circa)
    if fields.century is not None or fields.millennium is not None:
        first, last = _century_years(fields)
        return FuzzyDate.of_year(first, circa), FuzzyDate.of_year(last, circa)
    if fields.year is None:
        what = (f"{fields.day} {MONTH_NAMES[fields.month - 1]}" if fields.day and fields.month
                else MONTH_NAMES[fields.month - 1] if fields.month else str(fields.day or ""))
        if fields.month_third is not None and fields.day is None:
            what = f"{fields.month_third} {what}"
        raise _Unreadable(_year_wanted(fields, what))
    if fields.day is not None and fields.month is None:
        raise _Unreadable(_month_wanted(fields.day, "the month",
                                        year_words(_astronomical(fields, fields.year))))
    year = _astronomical(fields, fields.year)
    if fields.part is not None:
        return FuzzyDate.of_part(year, fields.part, circa), None
    if fields.month is None:
        return _year_date(year, circa), None
    if fields.day is None:
        mod = None if fields.month_third is None else _MOD_OF_THIRD[fields.month_third]
        return _month(year, fields.month, circa, mod), None
    return _day(year, fields.month, fields.day, circa, "day month year"), None


# The words of a part of a month or a decade -> its TIMEX3 mod (``dates.MODS``).
_MOD_OF_THIRD = {word: mod for mod, word in MODS.items()}


def _decade(fields: _Fields, circa: bool) -> tuple[FuzzyDate, FuzzyDate | None]:
    assert fields.decade is not None
    if fields.era == "BC":
        raise _Unreadable(f"Type a BC decade as its years, e.g. {fields.decade + 9}–"
                          f"{fields.decade} BC.")
    _check_year(fields.decade + 9)
    mod = None if fields.decade_third is None else _MOD_OF_THIRD[fields.decade_third]
    return FuzzyDate.of_decade(fields.decade, circa, mod), None


#: A third of a century: its first and last years' offsets from the century's first
#: (astronomical), and, counted the way its years are written (down in BC), the year of it
#: a circa date offers.
_CENTURY_THIRDS = {"early": (0, 32, 15), "mid": (33, 65, 50), "late": (66, 99, 85)}


def _part_of_century_words(third: str, fields: _Fields, text: str) -> str:
    """Why "mid-17th century" is no date, with the years of that third and a circa year
    that are: "1634–1666" or "c. 1650" (verify41, F7: it was told to write a part of a
    year before the year, as it had).  A century's thirds as a span of years would claim
    more than the writer knew; the person picks."""
    first, _last = _century_years(fields)
    low, high, written = _CENTURY_THIRDS[third]
    century = fields.century
    assert century is not None
    circa = (century - 1) * 100 + written if fields.era != "BC" else 1 - (century * 100 - written)
    years = describe_range(FuzzyDate.of_year(first + low), FuzzyDate.of_year(first + high))
    return (f"A part of a century is not a date the timeline keeps ({_q(text)}): type its "
            f"years, e.g. {years}, or a year with circa, e.g. "
            f"{FuzzyDate.of_year(circa, circa=True).describe()}.")


def _century_years(fields: _Fields) -> tuple[int, int]:
    """First and last astronomical year of a century ("5th century BC": 500-401 BC) or a
    millennium ("1st millennium BC": 1000-1 BC)."""
    n, size = ((fields.century, 100) if fields.century is not None
               else (fields.millennium, 1000))
    assert n is not None
    first, last = ((1 - n * size, -(n - 1) * size) if fields.era == "BC"
                   else ((n - 1) * size + 1, n * size))
    _check_year(first)
    _check_year(last)
    return first, last


def _note(fields: _Fields) -> str | None:
    if fields.notes:
        return "; ".join(fields.notes)
    if fields.century is not None or fields.millennium is not None:
        first, last = _century_years(fields)
        era = " BC" if fields.era == "BC" else ""
        what = (f"{ordinal_words(fields.century)} century" if fields.century is not None
                else f"{ordinal_words(fields.millennium or 0)} millennium")
        return (f"“{what}{era}” read as the years {year_words(first)} to {year_words(last)}")
    return None


def _decade_from_range(text: str, circa: bool, mod: str | None = None) -> FuzzyDate:
    """'the decade 51–42 BC' (as ``describe()`` writes decades before AD 1000), or a part
    of it ('late in the decade 51–42 BC': ``mod`` END)."""
    halves = _split_range(text)
    if halves is None:
        raise _Unreadable("Give the decade's first and last year, e.g. the decade 51–42 BC.")
    left, right = _fields(halves[0]), _fields(halves[1])
    _share(left, right)
    start, _ = _build(left)
    stop, _ = _build(right)
    if start.precision is not Precision.YEAR or stop.precision is not Precision.YEAR \
            or stop.year - start.year != 9 or start.year % 10:
        raise _Unreadable("A decade is ten years from a year ending in 0 (astronomical), "
                          "e.g. the decade 51–42 BC or the decade AD 800–809.")
    return FuzzyDate.of_decade(start.year, circa, mod)
