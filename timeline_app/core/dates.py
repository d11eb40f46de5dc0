"""Fuzzy dates: a calendar date together with the precision its source gave.

A diplomatic timeline is only as good as its dates, so a date never claims more
precision than the text gave: "February 2025" is a month, "late 2024" is a part
of a year, and "two months following ..." is circa.  Every ``FuzzyDate`` covers a
half-open range of days ``[start_day(), end_day())``; a day-precision date covers one day.

Years run from 9999 BC to AD 9999 in *astronomical* numbering, as ISO 8601 and
astronomers count: year 0 is 1 BC, year -43 is 44 BC (``year_words`` says them in
words).  The calendar is the proleptic Gregorian one throughout, as in ISO 8601 and
``datetime``.  Python's ``datetime.date`` stops at AD 1, so days are counted here as
integer *day numbers* with the origin of ``datetime.date.toordinal()`` (1 January AD 1
is day 1; earlier days are 0 and below).  ``day_number`` and ``from_day_number`` are
the one place that arithmetic lives.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from dataclasses import dataclass
from typing import Any, ClassVar

from .clock import MAX_OFFSET_MINUTES, ClockTime

__all__ = [
    "DATE_MAX_DAY",
    "DATE_MIN_DAY",
    "DAY_PARTS",
    "DECADE_THIRDS",
    "END_DAY",
    "MAX_DAY",
    "MAX_YEAR",
    "MIN_DAY",
    "MIN_YEAR",
    "MODS",
    "MONTH_NAMES",
    "MONTH_THIRDS",
    "PART_OF_YEAR_MONTHS",
    "SORT_RANK_BITS",
    "WEEKDAY_NAMES",
    "ClockTime",
    "FuzzyDate",
    "Precision",
    "century_of",
    "century_words",
    "day_number",
    "days_in_month",
    "describe_range",
    "from_day_number",
    "is_leap_year",
    "millennium_of",
    "millennium_words",
    "ordinal_words",
    "period_words",
    "shift_days",
    "shift_months",
    "year_ticks",
    "year_words",
]

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
"""The months' English names, January first.  Every date the app writes in words uses
these (and ``WEEKDAY_NAMES``), never ``strftime("%B")`` or ``calendar.month_name``: those
follow the process's ``LC_TIME``, which ``QApplication`` sets from the environment on
Unix, so a German desktop wrote "27 März 2026" into bases saved in the file and shown
beside English words (verify37 F1)."""

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The days of the week in English, Monday first (``datetime.date.weekday()``'s order)."""


#: The parts of a day a date of day precision may name, by their TimeML keys, in the order
#: of the day, each with ``(words, the minute of the day it is ordered at)``.  MO, AF, EV
#: and NI are TIMEX3's part-of-day values, written after the day's ``T`` as a time is
#: ("Friday morning" is ``1998-08-21TMO``, "Wednesday night" ``2000-04-05TNI``, TimeML
#: 1.2.1 annotation guidelines; TimeBank 1.2 and AQUAINT annotate them so).  START and
#: END are "early Tuesday" and "late yesterday", which TimeBank writes as the day with
#: the TIMEX3 ``mod`` START or END (``1998-03-03`` START, ``1991-02-24`` END).  TimeML
#: gives the parts no hours; the minutes only order a day's events (``sort_key``): those
#: of SUTime (Stanford CoreNLP, ``english.sutime.txt``: MORNING from 06:00, AFTERNOON
#: from 12:00, EVENING from 18:00, NIGHT from 20:00), "early on" at midnight and "late
#: on" at 22:00.  A part of a day is no clock time: the date covers its whole day, and
#: exports that have only clock times keep it as an all-day entry with the part in words.
DAY_PARTS: dict[str, tuple[str, int]] = {
    "START": ("early on", 0), "MO": ("morning", 6 * 60), "AF": ("afternoon", 12 * 60),
    "EV": ("evening", 18 * 60), "NI": ("night", 20 * 60), "END": ("late on", 22 * 60)}


class Precision(str, enum.Enum):
    """How exactly a source pinned a date down, finest first."""

    DAY = "day"
    MONTH = "month"
    PART_OF_YEAR = "part_of_year"
    YEAR = "year"
    DECADE = "decade"

    @property
    def words(self) -> str:
        return self.value.replace("_", " ")


# ``sort_key``'s second member: a day without a time first (0), then the day's times by
# the minute of their instant counted from the written day's 00:00 UTC, -18:00 to +41:59
# (``_TIMED_RANK`` + 1080 + minute, 1-3600: a time written without an offset counts as
# written, as if UTC), then coarser dates, finer first, with room before a month and
# before a decade for a part of it (mod); all fit in twelve bits (``SORT_RANK_BITS``,
# ``model``'s sort index; eleven until verify46 F18 ordered the times by the instant).
_TIMED_RANK = 1
_TIMED_SPAN = 1440 + 2 * MAX_OFFSET_MINUTES  # the instants' minutes a written day reaches
_SORT_RANK = {Precision.DAY: 0, Precision.MONTH: _TIMED_RANK + _TIMED_SPAN + 1,
              Precision.PART_OF_YEAR: _TIMED_RANK + _TIMED_SPAN + 2,
              Precision.YEAR: _TIMED_RANK + _TIMED_SPAN + 3,
              Precision.DECADE: _TIMED_RANK + _TIMED_SPAN + 5}
#: The limits whose date a reader looks for at its *last* day: "by the end of April
#: 2025" (ON_OR_BEFORE: no later than April's end) and "after April 2025" (AFTER: once
#: April is over).  TimeML 1.2.1 reads both against the end of the period the TIMEX3
#: names (``mod`` ON_OR_BEFORE "no later than", AFTER "after"); BEFORE ("before March
#: 2027") and ON_OR_AFTER ("no earlier than 2030") name its start, where such a date
#: already sorts.  See ``FuzzyDate.reading_key`` (verify57 F29).
LIMITS_AT_THE_END = frozenset({"ON_OR_BEFORE", "AFTER"})
# ``sort_key``'s second member for a period told with one of ``LIMITS_AT_THE_END``:
# after every plain rank of its first day (the index's order is still by first day; only
# the rank, so a timeline finds such dates from its index alone, ``Timeline.reading_order``),
# and, as ``reading_key``'s second member at the period's last day, after that day's own
# events, the day's times and the coarser dates starting on it.
_AT_THE_END_RANK = _TIMED_RANK + _TIMED_SPAN + 8
READ_AT_THE_END_RANKS = range(_AT_THE_END_RANK, _AT_THE_END_RANK + 8)
"""The ``sort_key`` ranks (second members) of the dates ``reading_key`` reads at their
last day (``LIMITS_AT_THE_END`` on a month, part of a year, year or decade)."""
SORT_RANK_BITS = 12
"""The bits ``FuzzyDate.sort_key``'s second member needs (it is under ``2**12``)."""

# The members as module names, for the functions below: ``Precision.DAY`` goes through
# ``EnumType.__getattr__`` on Python 3.11 (a class attribute read of ~100 ns, against
# ~6 ns for a global), and a 100 000-event load read them ~100 000 times (3.3 % of its
# instructions under callgrind, session 23).
_DAY, _MONTH, _PART_OF_YEAR, _YEAR, _DECADE = (
    Precision.DAY, Precision.MONTH, Precision.PART_OF_YEAR, Precision.YEAR, Precision.DECADE)

# Part of a year -> (first month, number of months, words, TIMEX3 value suffix or mod).
# Early/mid/late are thirds of a year (TimeML writes them as the year plus a mod);
# quarters, halves and seasons have TIMEX3 values of their own.  Winter runs from
# December into the next year.
PART_OF_YEAR_MONTHS: dict[str, tuple[int, int, str]] = {
    "early": (1, 4, "early"),
    "mid": (5, 4, "mid"),
    "late": (9, 4, "late"),
    "Q1": (1, 3, "first quarter of"),
    "Q2": (4, 3, "second quarter of"),
    "Q3": (7, 3, "third quarter of"),
    "Q4": (10, 3, "fourth quarter of"),
    "H1": (1, 6, "first half of"),
    "H2": (7, 6, "second half of"),
    "SP": (3, 3, "spring"),
    "SU": (6, 3, "summer"),
    "FA": (9, 3, "autumn"),
    "WI": (12, 3, "winter"),
}
_MOD_FOR_PART = {"early": "START", "mid": "MID", "late": "END"}
#: The parts of a year that follow one another, by kind: a part moves to the next of its
#: own kind (late 2024 -> early 2025, Q4 2024 -> Q1 2025, winter 2024 -> spring 2025).
#: Each series covers a year, in the order of its first months (``PART_OF_YEAR_MONTHS``).
PART_SERIES: tuple[tuple[str, ...], ...] = (
    ("early", "mid", "late"), ("Q1", "Q2", "Q3", "Q4"), ("H1", "H2"),
    ("SP", "SU", "FA", "WI"))
_SERIES_OF_PART = {part: series for series in PART_SERIES for part in series}
_PART_FOR_MOD = {mod: part for part, mod in _MOD_FOR_PART.items()}

# The span of a part of the year, in words, for live feedback in the editor.
_PART_SPANS = {
    "early": "the first third of", "mid": "the middle third of", "late": "the last third of",
    "Q1": "January to March", "Q2": "April to June", "Q3": "July to September",
    "Q4": "October to December", "H1": "January to June", "H2": "July to December",
    "SP": "March to May", "SU": "June to August", "FA": "September to November",
    "WI": "December to February",
}

#: The TIMEX3 ``mod`` values a month or a decade keeps (TimeML 1.2.1 / ISO-TimeML
#: ``mod``: START, MID, END), by the word a person writes ("early December 2024",
#: "the late 1990s").
MODS: dict[str, str] = {"START": "early", "MID": "mid", "END": "late"}
#: The days of a month each mod covers, ``(first day, last day or None for the month's
#: end)``: the month's three *dekads* (1-10, 11-20, 21 to the end), the division of a
#: month the WMO uses for agrometeorological data (WMO-No. 134, Guide to Agricultural
#: Meteorological Practices, "dekad") and the old 上旬/中旬/下旬 of East Asian calendars.
#: TimeML gives the mod no span; this is the one rule the timeline draws and sorts by.
MONTH_THIRDS: dict[str, tuple[int, int | None]] = {
    "START": (1, 10), "MID": (11, 20), "END": (21, None)}
#: The years of a decade each mod covers, as offsets from its first year, inclusive:
#: 0-3, 4-6, 7-9 ("the early 1990s" is 1990-1993).  Ten years do not split into equal
#: thirds; the early part takes the fourth year, as the typed-date parser has read "late
#: 1990s" since session 5 (1997-1999).
DECADE_THIRDS: dict[str, tuple[int, int]] = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}
_MOD_SERIES = ("START", "MID", "END")
# How ``describe`` writes a mod: before a month or a decade's "1990s" ("early December
# 2024", "mid-December 2024", "the late 1990s"), and before "the decade 51–42 BC".
_MOD_BEFORE = {"START": "early ", "MID": "mid-", "END": "late "}
_MOD_IN = {"START": "early in", "MID": "in the middle of", "END": "late in"}

#: The limits a date may be told as, by TimeML's TIMEX3 ``mod`` values for them (TimeML
#: 1.2.1 / ISO-TimeML: BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER), each with the word
#: ``describe`` writes in front of the date: "a deal is expected before the end of March"
#: (BEFORE), "talks due to conclude by mid-2027", "no later than 30 June" (ON_OR_BEFORE),
#: "not before 2030" (ON_OR_AFTER).  A limit does not move the days a date covers: the
#: date is still the period named, and the event is drawn and sorted there, at the
#: deadline, where a reader of a timeline of negotiations looks for it (verify43 X21).
LIMITS: dict[str, str] = {"BEFORE": "before", "ON_OR_BEFORE": "by", "AFTER": "after",
                          "ON_OR_AFTER": "no earlier than"}
#: What each limit means, for ``span_words`` ("by June 2027 — no later than June 2027, a
#: month").
LIMIT_MEANING = {"BEFORE": "some time before", "ON_OR_BEFORE": "no later than",
                  "AFTER": "some time after", "ON_OR_AFTER": "no earlier than"}

MIN_YEAR = -9998
"""9999 BC in astronomical numbering (1 BC is year 0)."""
MAX_YEAR = 9999

# -- day numbers: the one place for calendar arithmetic --------------------------------
# The Gregorian calendar repeats every 400 years, which are exactly 146 097 days, so any
# year maps onto one of AD 1-400, where ``datetime`` does the counting.
_CYCLE_YEARS = 400
_CYCLE_DAYS = 146_097


def is_leap_year(year: int) -> bool:
    """Whether ``year`` (astronomical: 0 is 1 BC) has 29 February (proleptic Gregorian)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """The number of days of a month (1-12) of an astronomical year.

    Raises:
        ValueError: ``month`` is not 1-12.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1-12")
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def day_number(year: int, month: int, day: int) -> int:
    """The day number of a proleptic Gregorian date, with ``date.toordinal()``'s origin.

    ``day_number(1, 1, 1) == 1``, ``day_number(0, 12, 31) == 0`` (31 December 1 BC), and
    for AD 1-9999 it equals ``datetime.date(year, month, day).toordinal()``.  Any integer
    year is counted (the exclusive end of AD 9999 is ``day_number(10000, 1, 1)``); whether
    a year is in the model's range is ``FuzzyDate``'s business.

    Args:
        year: Astronomical year (0 is 1 BC, -43 is 44 BC).
        month: 1-12.
        day: 1 to the length of the month.

    Raises:
        ValueError: The month or the day does not exist.
    """
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError(f"day {day} is out of range for {MONTH_NAMES[month - 1]} "
                         f"{year_words(year)}")
    return _day_number(year, month, day)


def _day_number(year: int, month: int, day: int) -> int:
    """``day_number`` for a date known to exist (no checks: the hot path of ``FuzzyDate``)."""
    cycles, year_in_cycle = divmod(year - 1, _CYCLE_YEARS)  # year_in_cycle: 0-399
    return _dt.date(year_in_cycle + 1, month, day).toordinal() + cycles * _CYCLE_DAYS


def from_day_number(number: int) -> tuple[int, int, int]:
    """The ``(year, month, day)`` of a day number; the inverse of ``day_number``.

    The year is astronomical.  Every integer is a day, so this never raises.
    """
    cycles, day_in_cycle = divmod(number - 1, _CYCLE_DAYS)  # day_in_cycle: 0-146096
    date = _dt.date.fromordinal(day_in_cycle + 1)
    return date.year + cycles * _CYCLE_YEARS, date.month, date.day


MIN_DAY = day_number(MIN_YEAR, 1, 1)
"""1 January 9999 BC, the first day a ``FuzzyDate`` may cover."""
MAX_DAY = day_number(MAX_YEAR, 12, 31)
"""31 December AD 9999, the last day a ``FuzzyDate`` may cover."""
END_DAY = MAX_DAY + 1
"""The exclusive end of the representable days (the largest ``end_day()``)."""
DATE_MIN_DAY = _dt.date.min.toordinal()
"""The first day ``datetime.date`` can hold (1 January AD 1, day 1)."""
DATE_MAX_DAY = _dt.date.max.toordinal()
"""The last day ``datetime.date`` can hold (31 December AD 9999, equal to ``MAX_DAY``)."""


def shift_days(number: int, days: int) -> int | None:
    """``number`` moved by ``days``, or ``None`` if that leaves 9999 BC - AD 9999."""
    moved = number + days
    return moved if MIN_DAY <= moved <= MAX_DAY else None


def shift_months(year: int, month: int, months: int) -> tuple[int, int] | None:
    """The ``(year, month)`` ``months`` after (or before, if negative) the given month.

    Returns:
        The month, or ``None`` if it lies outside 9999 BC - AD 9999.
    """
    index = year * 12 + (month - 1) + months
    new_year, new_month = divmod(index, 12)
    if not MIN_YEAR <= new_year <= MAX_YEAR:
        return None
    return new_year, new_month + 1


# -- years in words, for dates and axes --------------------------------------------------


def year_words(year: int) -> str:
    """An astronomical year as a person writes it.

    ``-43`` -> ``"44 BC"``, ``0`` -> ``"1 BC"``, ``800`` -> ``"AD 800"``, ``2024`` -> ``"2024"``.
    AD years before 1000 carry "AD" (placed before the number, as the Chicago Manual of
    Style has it), so that a bare small number is never read as a count or a BC year.
    """
    if year <= 0:
        return f"{1 - year} BC"
    if year < 1000:
        return f"AD {year}"
    return str(year)


def ordinal_words(n: int) -> str:
    """``1`` -> ``"1st"``, ``2`` -> ``"2nd"``, ``11`` -> ``"11th"``, ``23`` -> ``"23rd"``."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _period_of(year: int, years: int) -> int:
    if year >= 1:
        return (year - 1) // years + 1
    return -((-year) // years + 1)


def _period_words(number: int, noun: str) -> str:
    if number == 0:
        raise ValueError(f"there is no {noun} 0: the 1st {noun} BC (-1) precedes the 1st (1)")
    if number < 0:
        return f"{ordinal_words(-number)} {noun} BC"
    return f"{ordinal_words(number)} {noun}"


def century_of(year: int) -> int:
    """The century of an astronomical year, signed: AD 1-100 is 1, 100 BC - 1 BC is -1.

    Centuries are counted as historians do, with no century 0: the 1st century BC is
    100-1 BC (astronomical -99 to 0), the 1st century AD is AD 1-100.
    """
    return _period_of(year, 100)


def century_words(century: int) -> str:
    """``-1`` -> ``"1st century BC"``, ``9`` -> ``"9th century"``, ``21`` -> ``"21st century"``.

    Raises:
        ValueError: ``century`` is 0.
    """
    return _period_words(century, "century")


def millennium_of(year: int) -> int:
    """The millennium of an astronomical year, signed like ``century_of``."""
    return _period_of(year, 1000)


def millennium_words(millennium: int) -> str:
    """``-1`` -> ``"1st millennium BC"``, ``3`` -> ``"3rd millennium"``.

    Raises:
        ValueError: ``millennium`` is 0.
    """
    return _period_words(millennium, "millennium")


def year_ticks(first_year: int, last_year: int, step: int) -> list[int]:
    """Astronomical years in ``[first_year, last_year]`` whose *written* year is round.

    For an axis that labels years with ``year_words``: AD years that are multiples of
    ``step`` (2000, 2050), BC years whose BC number is (500 BC is -499), and AD 1 when
    ``step`` > 1, since there is no year "0" to label between 1 BC and AD 1.

    Args:
        first_year: First astronomical year shown.
        last_year: Last astronomical year shown (inclusive).
        step: Years between labels, >= 1.

    Returns:
        The years in increasing order.

    Raises:
        ValueError: ``step`` < 1.
    """
    if step < 1:
        raise ValueError(f"step {step} is not a positive number of years")
    ticks: list[int] = []
    # BC: written years b = 1 - y that are multiples of step, from the largest down.
    if first_year <= 0:
        b = (1 - first_year) // step * step
        while b >= step and 1 - b <= last_year:
            ticks.append(1 - b)
            b -= step
    if step > 1 and first_year <= 1 <= last_year:
        ticks.append(1)
    y = max(step, -(-max(first_year, 1) // step) * step)
    while y <= last_year:
        ticks.append(y)
        y += step
    return ticks


def _year_in_range(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"the year {year_words(year)} is outside 9999 BC - AD 9999")


class _DaysSlot:
    """The base of ``FuzzyDate`` that holds its ``_days`` (not a dataclass field) in a
    slot of its own."""

    __slots__ = ("_days",)


@dataclass(frozen=True, order=False, init=False, repr=False, slots=True)
class FuzzyDate(_DaysSlot):
    """A date with its precision.

    Attributes:
        year: The astronomical year (0 is 1 BC, -43 is 44 BC); for a decade its first
            year, a multiple of 10 (1990; -50 is the decade 51-42 BC).
        month: 1-12 for day and month precision, else ``None``.
        day: 1-31 for day precision, else ``None``.
        precision: How much of the date the source gave.
        part: For ``PART_OF_YEAR``: a key of ``PART_OF_YEAR_MONTHS``.
        circa: The date was derived loosely ("about two months later").
        mod: For ``MONTH`` and ``DECADE`` only, the TIMEX3 ``mod`` of a part of it
            (a key of ``MODS``: START, MID, END for early, mid, late), else ``None``.
            It narrows the days covered (``MONTH_THIRDS``, ``DECADE_THIRDS``); the
            precision stays the month's or the decade's.
        limit: ``None``, or a key of ``LIMITS`` (BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER:
            TimeML's TIMEX3 mods for "before", "by", "after", "no earlier than"): the
            event happened, or is due, before (after) the date, not in it.  The days
            covered stay the date's own (see ``LIMITS``).
        time: For ``DAY`` precision only, the time of day the source gave (a
            ``ClockTime``: hour or minute, local clock, optional UTC offset), else
            ``None``.  A time is a finer precision *of a day*, not a precision of its
            own: the date still covers its whole day (``start_day``/``end_day``,
            ``overlaps``, moves by days, is drawn as a point), so every caller that asks
            for days or switches on ``precision`` is right for a timed date unchanged,
            and only what writes, reads, says or orders a date looks at the time (TIMEX3
            ``2025-03-22T10:30``; "22 March 2025, 10:30").  A separate precision HOUR /
            MINUTE would have made every ``precision is DAY`` test in the app (a hundred
            of them: views, duplicates, extraction) wrong for a timed day.
        day_part: For ``DAY`` precision without a ``time`` only, the part of the day the
            source named (a key of ``DAY_PARTS``: MO, AF, EV, NI for "Friday morning",
            "afternoon", "evening", "night"; START, END for "early on", "late on"),
            else ``None``.  Like ``time`` it is a finer precision of the day: the date
            covers its whole day, and only what writes, reads, says or orders a date
            looks at it (TIMEX3 ``2026-12-01TNI``; "1 December 2026, night", "late on 1
            December 2026").

    Raises:
        ValueError: From the constructor, for fields that do not make a date, or a date
            that does not lie wholly inside 9999 BC - AD 9999.
    """

    year: int
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.DAY
    part: str | None = None
    circa: bool = False
    mod: str | None = None
    limit: str | None = None
    time: ClockTime | None = None
    day_part: str | None = None

    # A hand-written __init__ (init=False above): the generated one of a frozen dataclass
    # sets each field through object.__setattr__ and then calls __post_init__, about six
    # times the cost of this one, and a 100 000-event file makes some 30 000 dates.
    def __init__(self, year: int, month: int | None = None, day: int | None = None,
                 precision: Precision = Precision.DAY, part: str | None = None,
                 circa: bool = False, mod: str | None = None,
                 limit: str | None = None, time: ClockTime | None = None,
                 day_part: str | None = None) -> None:
        _year_in_range(year)
        p = precision
        needs_month = p in (_DAY, _MONTH)
        if needs_month != (month is not None):
            raise ValueError(f"{p.value} precision {'needs' if needs_month else 'takes no'} month")
        if (p is _DAY) != (day is not None):
            needs = "needs" if p is _DAY else "takes no"
            raise ValueError(f"{p.value} precision {needs} day")
        if (p is _PART_OF_YEAR) != (part is not None):
            raise ValueError("a part of the year goes with part_of_year precision only")
        if part is not None and part not in PART_OF_YEAR_MONTHS:
            raise ValueError(f"unknown part of year {part!r}")
        if p is _DECADE and year % 10:
            raise ValueError(f"a decade starts on a year ending in 0, not {year}")
        if mod is not None:
            if mod not in MODS:
                raise ValueError(f"unknown mod {mod!r} (START, MID or END)")
            if p is not _MONTH and p is not _DECADE:
                raise ValueError(f"early/mid/late (mod) goes with month or decade precision, "
                                 f"not {p.value}")
        if limit is not None and limit not in LIMITS:
            raise ValueError(f"unknown limit {limit!r} (BEFORE, ON_OR_BEFORE, AFTER or "
                             "ON_OR_AFTER)")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month} is not 1-12")
        if day is not None:
            assert month is not None
            if not 1 <= day <= days_in_month(year, month):
                raise ValueError(f"day {day} is out of range for "
                                 f"{MONTH_NAMES[month - 1]} {year_words(year)}")
        if time is not None:
            if p is not _DAY:
                raise ValueError(f"a time of day goes with day precision, not {p.value}")
            if not isinstance(time, ClockTime):
                raise ValueError(f"a time of day is a ClockTime, not {type(time).__name__}")
        if day_part is not None:
            if day_part not in DAY_PARTS:
                raise ValueError(f"unknown part of a day {day_part!r} (one of "
                                 f"{', '.join(DAY_PARTS)})")
            if p is not _DAY:
                raise ValueError(f"a part of a day goes with day precision, not {p.value}")
            if time is not None:
                raise ValueError("a day has a time of day or a part of the day, not both")
        if part == "WI" and year == MAX_YEAR:  # the only date that ends past 9999
            raise ValueError(f"{'c. ' if circa else ''}winter {year_words(year)} runs past "
                             "the end of AD 9999")
        # The slots are filled through their descriptors (the dataclass is frozen
        # against attribute assignment, not against this).  ``_days`` is computed here
        # once: views and sorting ask for it for every event on every frame, and an
        # instance attribute is the cheapest thing to read.  Slots, not an instance
        # dict: 400 -> 150 bytes a date, 6 MiB at 100 000 events (issue 11).
        _fill(self, year, month, day, p, part, circa, mod, limit, time, day_part,
              _covered_days(year, month, day, p, part, mod))

    def __repr__(self) -> str:
        # The dataclass's repr, with ``mod`` shown only when set: a date without one
        # reads as before (extraction snapshots and logs compare reprs).
        mod = "" if self.mod is None else f", mod={self.mod!r}"
        limit = "" if self.limit is None else f", limit={self.limit!r}"
        time = "" if self.time is None else f", time={self.time!r}"
        day_part = "" if self.day_part is None else f", day_part={self.day_part!r}"
        return (f"FuzzyDate(year={self.year!r}, month={self.month!r}, day={self.day!r}, "
                f"precision={self.precision!r}, part={self.part!r}, circa={self.circa!r}"
                f"{mod}{limit}{time}{day_part})")

    def __reduce__(self) -> tuple[type[FuzzyDate], tuple[object, ...]]:
        # (pickle and copy: the dataclass's own state of a slotted class leaves out _days;
        # a date without a mod pickles as before, so older pickles and newer agree)
        if self.day_part is not None:
            return FuzzyDate, (self.year, self.month, self.day, self.precision, self.part,
                               self.circa, self.mod, self.limit, None, self.day_part)
        if self.time is not None:
            return FuzzyDate, (self.year, self.month, self.day, self.precision, self.part,
                               self.circa, self.mod, self.limit, self.time)
        if self.mod is None and self.limit is None:
            return FuzzyDate, (self.year, self.month, self.day, self.precision, self.part,
                               self.circa)
        if self.limit is None:
            return FuzzyDate, (self.year, self.month, self.day, self.precision, self.part,
                               self.circa, self.mod)
        return FuzzyDate, (self.year, self.month, self.day, self.precision, self.part,
                           self.circa, self.mod, self.limit)

    # -- constructors -----------------------------------------------------------------
    @classmethod
    def of_day(cls, day: _dt.date, circa: bool = False) -> FuzzyDate:
        return cls(day.year, day.month, day.day, _DAY, circa=circa)

    @classmethod
    def of_ymd(cls, year: int, month: int, day: int, circa: bool = False) -> FuzzyDate:
        """A day of any representable year (``of_day`` takes a ``datetime.date``, AD only)."""
        return cls(year, month, day, _DAY, circa=circa)

    @classmethod
    def of_month(cls, year: int, month: int, circa: bool = False,
                 mod: str | None = None) -> FuzzyDate:
        """A month, or with ``mod`` (START, MID, END) its early, mid or late part."""
        return cls(year, month, None, _MONTH, None, circa, mod)

    @classmethod
    def of_part(cls, year: int, part: str, circa: bool = False) -> FuzzyDate:
        return cls(year, None, None, _PART_OF_YEAR, part, circa)

    @classmethod
    def of_year(cls, year: int, circa: bool = False) -> FuzzyDate:
        return cls(year, None, None, _YEAR, circa=circa)

    @classmethod
    def of_decade(cls, year: int, circa: bool = False, mod: str | None = None) -> FuzzyDate:
        """The decade of ``year``, or with ``mod`` (START, MID, END) its early, mid or late
        part."""
        return cls(year - year % 10, None, None, _DECADE, None, circa, mod)

    def with_circa(self, circa: bool = True) -> FuzzyDate:
        """The same date (precision, part, mod, limit, time, part of day kept) with
        ``circa`` set."""
        return FuzzyDate(self.year, self.month, self.day, self.precision, self.part, circa,
                         self.mod, self.limit, self.time, self.day_part)

    def with_time(self, time: ClockTime | None) -> FuzzyDate:
        """The same day at ``time`` (``None``: the whole day, no time).

        Raises:
            ValueError: ``time`` is given and the date is not of day precision.
        """
        if time == self.time:
            return self
        return FuzzyDate(self.year, self.month, self.day, self.precision, self.part,
                         self.circa, self.mod, self.limit, time,
                         None if time is not None else self.day_part)

    def with_day_part(self, day_part: str | None) -> FuzzyDate:
        """The same day in the part of it ``day_part`` names (a key of ``DAY_PARTS``; a
        time of day it had is dropped), or with ``None`` the whole day.

        Raises:
            ValueError: ``day_part`` is unknown, or given and the date is not of day
                precision.
        """
        if day_part == self.day_part:
            return self
        return FuzzyDate(self.year, self.month, self.day, self.precision, self.part,
                         self.circa, self.mod, self.limit,
                         None if day_part is not None else self.time, day_part)

    def with_limit(self, limit: str | None) -> FuzzyDate:
        """The same date told as a limit (a key of ``LIMITS``: "by June 2027" is June 2027
        with ON_OR_BEFORE), or with ``None`` the date itself; the days it covers are the
        same.

        Raises:
            ValueError: ``limit`` is not a key of ``LIMITS``.
        """
        if limit == self.limit:
            return self
        return FuzzyDate(self.year, self.month, self.day, self.precision, self.part,
                         self.circa, self.mod, limit, self.time, self.day_part)

    @classmethod
    def of_day_number(cls, number: int, circa: bool = False) -> FuzzyDate | None:
        """The day with that day number, or ``None`` outside 9999 BC - AD 9999."""
        if not MIN_DAY <= number <= MAX_DAY:
            return None
        return cls.of_ymd(*from_day_number(number), circa=circa)

    @classmethod
    def containing(cls, number: int, precision: Precision,
                   circa: bool = False) -> FuzzyDate | None:
        """The date of the given precision that contains day ``number``.

        For ``PART_OF_YEAR`` it is the early, mid or late third of the year (the parts a
        view snaps to).  Used to pre-fill the date under the mouse at the zoom's precision.

        Returns:
            The date, or ``None`` if the day (or its whole decade) is out of range.
        """
        if not MIN_DAY <= number <= MAX_DAY:
            return None
        year, month, day = from_day_number(number)
        try:
            if precision is _DAY:
                return cls.of_ymd(year, month, day, circa)
            if precision is _MONTH:
                return cls.of_month(year, month, circa)
            if precision is _PART_OF_YEAR:
                return cls.of_part(year, ("early", "mid", "late")[(month - 1) // 4], circa)
            if precision is _YEAR:
                return cls.of_year(year, circa)
            return cls.of_decade(year, circa)
        except ValueError:  # the decade of 9999 BC begins in 10000 BC
            return None

    # -- the range of days it covers --------------------------------------------------
    # (start_day(), end_day()), set on each instance by __init__.  Declared ClassVar
    # so that it is not a dataclass field (not an argument, not compared, not shown).
    _days: ClassVar[tuple[int, int]]

    def start_day(self) -> int:
        """The day number of the first day the date may mean (see ``day_number``)."""
        return self._days[0]

    def end_day(self) -> int:
        """The day number after the last day the date may mean (exclusive; <= ``END_DAY``)."""
        return self._days[1]

    @property
    def fits_datetime(self) -> bool:
        """Whether ``start`` and ``end`` exist: the date lies in AD 1-9998 (``datetime``'s range,
        with room for the exclusive end)."""
        return DATE_MIN_DAY <= self._days[0] and self._days[1] <= DATE_MAX_DAY

    @property
    def start(self) -> _dt.date:
        """The first day the date may mean, as a ``datetime.date`` (AD only).

        Raises:
            ValueError: The date begins before AD 1, which ``datetime.date`` cannot hold;
                use ``start_day()``.
        """
        return self._as_date(self._days[0])

    @property
    def end(self) -> _dt.date:
        """The day after the last day the date may mean (exclusive), as a ``datetime.date``.

        Raises:
            ValueError: The date begins before AD 1 or ends on 31 December AD 9999 (its end
                would be in AD 10000); use ``end_day()``.
        """
        self._as_date(self._days[0])  # a BC date has no AD end either, even 1 BC
        return self._as_date(self._days[1])

    def _as_date(self, number: int) -> _dt.date:
        if not DATE_MIN_DAY <= number <= DATE_MAX_DAY:
            raise ValueError(f"{self.describe()} is outside the years datetime.date holds "
                             "(AD 1-9999): use start_day()/end_day()")
        return _dt.date.fromordinal(number)

    def overlaps(self, other: FuzzyDate) -> bool:
        """Whether the two dates may mean the same day: their day ranges overlap.

        Dates of different precision are compared at the coarser one: 22 March 2025
        overlaps March 2025 and late 2024 overlaps November 2024; 22 and 23 March do not.
        Circa is not widened here: how far "about" reaches is the caller's rule.
        """
        return self._days[0] < other._days[1] and other._days[0] < self._days[1]

    @property
    def is_point(self) -> bool:
        """True for a single day, drawn as a point rather than a span."""
        return self.precision is _DAY

    def sort_key(self) -> tuple[int, int]:
        """Order by first day, then finer dates first (a part of a month before the month,
        a part of a decade before the decade: "early December 2024" before "December
        2024").  The second member is under ``2**SORT_RANK_BITS``.

        A day's events: the untimed ones first, then the timed ones by their instant
        (an hour at its start: "10h" with "10:00").  Untimed first as a calendar lists a
        day's all-day events above its hours (RFC 5545 clients, the Timeline Project's
        day view), and as the view draws an untimed day at its middle only until a timed
        one is there to place: the day as a whole is what its times are parts of.  A
        time with a UTC offset counts at its instant: 09:45+01:00 (08:45 UTC) before
        09:00Z (verify46 F18: a live chronology mixing GMT stamps and Brussels time was
        out of order); a time without one (most of them) cannot be converted and counts
        as written, as if UTC.  The day is the written one whatever the instant (a day's
        events stay on their day); the display is the time as written.  A part of a day
        ("Tuesday night", ``day_part``) counts as a time at the minute ``DAY_PARTS`` gives
        it: after the day's untimed events, among its times.
        """
        if self.mod is None:
            if self.time is not None:
                minute = self.time.minute_of_day() - (self.time.offset or 0)
                return (self._days[0], _TIMED_RANK + MAX_OFFSET_MINUTES + minute)
            if self.day_part is not None:  # at the minute DAY_PARTS orders it by
                return (self._days[0],
                        _TIMED_RANK + MAX_OFFSET_MINUTES + DAY_PARTS[self.day_part][1])
            rank = _SORT_RANK[self.precision]
        else:
            rank = _SORT_RANK[self.precision] - 1
        if self.limit is not None and self.precision is not _DAY \
                and self.limit in LIMITS_AT_THE_END:
            # (the same first day; after the plain dates of it, by the same order of
            # precisions: see READ_AT_THE_END_RANKS)
            rank += _AT_THE_END_RANK - _SORT_RANK[_MONTH] + 1
        return (self._days[0], rank)

    def reading_key(self) -> tuple[int, int]:
        """Where a reader of a list of events looks for the date: ``sort_key``, but a
        period told with a limit that names its end (``LIMITS_AT_THE_END``: "by the end
        of April 2025", "after April 2025") at its last day, after that day's events
        (``READ_AT_THE_END_RANKS``): a deadline "by the end of April" comes after "22
        April", where ``sort_key`` (its first day, the order of the timeline's index,
        which views bisect) put it before (verify57 F29).  The date itself, its days and
        its precision are unchanged; a day told so ("by 20 December 2026") is its day.

        TimeML 1.2.1 reads ON_OR_BEFORE as "no later than" the period, AFTER as after
        it: both at its end.  TimelineJS sorts slides by their start date
        (``DateUtil.sortByDate``, ``TLDate``: a month's first day) and The Timeline
        Project by start time; neither has a deadline, so neither says otherwise.
        """
        key = self.sort_key()
        if key[1] < _AT_THE_END_RANK:
            return key
        return (self._days[1] - 1, key[1])

    def moved(self, steps: int) -> FuzzyDate | None:
        """The date moved by ``steps`` of its own precision, keeping precision and circa.

        A day moves by days, a month by months, a part of the year to the next part of its
        own kind (``PART_SERIES``: late 2024 -> early 2025, Q4 2024 -> Q1 2025, winter 2024
        -> spring 2025; new-user trial, session 9: Ctrl+Right on "late 2024" jumped a whole
        year), a year by years, a decade by decades.  This is what dragging an event in the
        view and Ctrl+Left / Ctrl+Right snap to.

        A part of a month or of a decade (``mod``) moves by parts: late December 2024 ->
        early January 2025, the late 1990s -> the early 2000s.

        Returns:
            The moved date, or ``None`` if it would leave 9999 BC - AD 9999.
        """
        if self.limit is not None:  # "by June 2027" moves to "by July 2027"
            return self._moved_limit(steps)
        p = self.precision
        try:
            if self.mod is not None:
                wholes, index = divmod(_MOD_SERIES.index(self.mod) + steps, 3)
                mod = _MOD_SERIES[index]
                if p is _MONTH:
                    assert self.month is not None
                    ym = shift_months(self.year, self.month, wholes)
                    return None if ym is None else self.of_month(*ym, self.circa, mod)
                return self.of_decade(self.year + 10 * wholes, self.circa, mod)
            if p is _DAY:
                moved = shift_days(self._days[0], steps)
                day = None if moved is None else self.of_day_number(moved, self.circa)
                return None if day is None else \
                    day.with_time(self.time).with_day_part(self.day_part)
            if p is _MONTH:
                assert self.month is not None
                ym = shift_months(self.year, self.month, steps)
                return None if ym is None else self.of_month(*ym, circa=self.circa)
            if p is _PART_OF_YEAR:
                assert self.part is not None
                series = _SERIES_OF_PART[self.part]
                years, index = divmod(series.index(self.part) + steps, len(series))
                return self.of_part(self.year + years, series[index], self.circa)
            if p is _YEAR:
                return self.of_year(self.year + steps, self.circa)
            return self.of_decade(self.year + 10 * steps, self.circa)
        except ValueError:  # out of range
            return None

    def _moved_limit(self, steps: int) -> FuzzyDate | None:
        moved = self.with_limit(None).moved(steps)
        return None if moved is None else moved.with_limit(self.limit)

    # -- words ---------------------------------------------------------------------------
    def describe(self) -> str:
        """The date as a person writes it: '22 March 2025', 'late 2024', 'c. January 2025',
        '15 March 44 BC', 'AD 800', 'the 1990s', 'early December 2024', 'the late 1990s',
        'mid-December 2024', 'late in the decade AD 800–809'; a part of a day '1 December
        2026, evening', 'late on 1 December 2026' (``DAY_PARTS``); a limit goes first: 'by mid
        2027', 'before March 2027', 'by c. June 2027' (``LIMITS``), and "by" a whole year,
        month or decade is 'by the end of 2026', 'by the end of November 2026'.
        ``parse_date.parse_fuzzy_date`` reads it back."""
        if self.limit is not None:
            bare = self.with_limit(None)
            if self.limit == "ON_OR_BEFORE" and bare.precision in (_YEAR, _MONTH, _DECADE) \
                    and not bare.circa and bare.mod is None:
                # "by the end of 2026", not "by 2026", which a reader took for "before 2026"
                # (verify49 F6: "before the end of the year" shown as "by 2026")
                return f"by the end of {bare.describe()}"
            return f"{LIMITS[self.limit]} {bare.describe()}"
        p = self.precision
        year = year_words(self.year)
        if p is _DAY:
            assert self.month is not None
            text = f"{self.day} {MONTH_NAMES[self.month - 1]} {year}"
            if self.time is not None:
                text = f"{text}, {self.time.describe()}"
            elif self.day_part in ("START", "END"):
                text = f"{DAY_PARTS[self.day_part][0]} {text}"
            elif self.day_part is not None:
                text = f"{text}, {DAY_PARTS[self.day_part][0]}"
        elif p is _MONTH:
            assert self.month is not None
            text = f"{MONTH_NAMES[self.month - 1]} {year}"
            if self.mod is not None:
                text = f"{_MOD_BEFORE[self.mod]}{text}"
        elif p is _PART_OF_YEAR:
            assert self.part is not None
            text = f"{PART_OF_YEAR_MONTHS[self.part][2]} {year}"
        elif p is _YEAR:
            text = year
        elif self.year >= 1000:
            text = f"the {self.year}s" if self.mod is None else \
                f"the {_MOD_BEFORE[self.mod]}{self.year}s"
        else:  # "the 800s" would read as a century, and BC decades run backwards
            text = f"the decade {_year_span_words(self.year, self.year + 9)}"
            if self.mod is not None:
                text = f"{_MOD_IN[self.mod]} {text}"
        return f"c. {text}" if self.circa else text

    def precision_words(self) -> str:
        """'month', 'part of year', 'year, circa'; a part of a month or a decade (``mod``)
        is 'part of a month', 'part of a decade'; a day with a time 'minute' or 'hour'."""
        words = self.precision.words if self.mod is None else f"part of a {self.precision.words}"
        if self.time is not None:
            words = self.time.precision_words
        elif self.day_part is not None:
            words = "part of a day"
        return f"{words}, circa" if self.circa else words

    def span_words(self) -> str:
        """What the date covers, in words, for live feedback while it is typed.

        ``"22 March 2025 — a day"``, ``"late 2024 — the last third of 2024"``,
        ``"44 BC — a year"``, ``"the 1990s — 1990 to 1999"``, ``"c. 1965 — a year, circa"``,
        ``"early December 2024 — days 1–10 of December 2024"``, ``"the late 1990s — 1997 to
        1999"``; a limit says what it means: ``"by June 2027 — no later than June 2027
        (a month, 30 days)"``.
        """
        if self.limit is not None:
            plain = self.with_limit(None).span_words().partition(" — ")[2]
            return (f"{self.describe()} — {LIMIT_MEANING[self.limit]} "
                    f"{self.with_limit(None).describe()} ({plain})")
        p = self.precision
        year = year_words(self.year)
        if p is _DAY:
            what = "a day" if self.time is None else (
                "a time of day, to the hour" if self.time.minute is None
                else "a time of day, to the minute")
            if self.time is not None and self.time.offset is None:
                what += ", local time"
            if self.day_part is not None:
                what = f"a part of a day ({DAY_PARTS[self.day_part][0].removesuffix(' on')})"
        elif p is _MONTH:
            assert self.month is not None
            if self.mod is None:
                what = f"a month, {days_in_month(self.year, self.month)} days"
            else:
                first, last = self._month_third_days()
                what = f"days {first}–{last} of {MONTH_NAMES[self.month - 1]} {year}"
        elif p is _PART_OF_YEAR:
            assert self.part is not None
            span = _PART_SPANS[self.part]
            years = _year_span_words(self.year, self.year + 1) if self.part == "WI" else year
            what = f"{span} {years}"
        elif p is _YEAR:
            what = "a year"
        elif self.mod is not None:
            first, last = DECADE_THIRDS[self.mod]
            what = _year_span_words(self.year + first, self.year + last, " to ")
        else:
            what = _year_span_words(self.year, self.year + 9, " to ")
        if self.circa:
            what += ", circa"
        return f"{self.describe()} — {what}"

    def _month_third_days(self) -> tuple[int, int]:
        """The first and last day of the month a month's mod covers (``MONTH_THIRDS``)."""
        assert self.month is not None and self.mod is not None
        first, last = MONTH_THIRDS[self.mod]
        return first, last or days_in_month(self.year, self.month)

    def __str__(self) -> str:
        return self.describe()

    # -- ISO 8601 (the native file format) ----------------------------------------------
    def to_iso(self) -> str:
        """The ISO 8601 value of the date at its precision, astronomical years.

        ``YYYY-MM-DD`` for a day, ``YYYY-MM`` for a month and ``YYYY`` for the rest (the
        year a part of the year belongs to; a decade's first year).  Years before AD 1 are
        written as ISO 8601 expanded years with a minus sign and four digits: 44 BC is
        ``-0043``, 1 BC is ``0000``.  Precision, part, circa, mod and a day's time are
        kept beside the value (a part of a month is its month's value, of a decade the
        decade's; the time is ``ClockTime.to_iso``).
        """
        year = f"-{-self.year:04d}" if self.year < 0 else f"{self.year:04d}"
        if self.precision is _DAY:
            return f"{year}-{self.month:02d}-{self.day:02d}"
        if self.precision is _MONTH:
            return f"{year}-{self.month:02d}"
        return year

    @classmethod
    def from_iso(cls, value: str, precision: Precision, part: str | None = None,
                 circa: bool = False, mod: str | None = None,
                 limit: str | None = None, time: ClockTime | None = None,
                 day_part: str | None = None) -> FuzzyDate:
        """Read a value written by ``to_iso`` at the given precision.

        Args:
            value: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as the precision needs, the year
                optionally ``-YYYY`` (astronomical: ``-0043`` is 44 BC).
            precision: The precision the value is at.
            part: For ``PART_OF_YEAR``, a key of ``PART_OF_YEAR_MONTHS``.
            circa: Whether the date is circa.
            mod: For ``MONTH`` and ``DECADE``, START, MID or END (a key of ``MODS``).
            limit: ``None`` or a key of ``LIMITS`` (any precision).
            time: ``None`` or the day's time of day (day precision only).
            day_part: ``None`` or the part of the day (a key of ``DAY_PARTS``; day
                precision only, not with a time).

        Raises:
            ValueError: With a message fit to show: the value does not have the shape the
                precision needs, is not a valid date, a decade does not start on a year
                ending in 0, a mod goes with another precision, the limit is unknown, or
                a time goes with another precision than day.
        """
        if day_part is not None:
            if day_part not in DAY_PARTS:
                raise ValueError(f"unknown part of a day {day_part!r}: one of "
                                 f"{', '.join(DAY_PARTS)}")
            if time is not None:
                raise ValueError("a day has a time of day or a part of the day, not both")
            return cls.from_iso(value, precision, part, circa, mod,
                                limit).with_day_part(day_part)
        if time is not None:
            return cls.from_iso(value, precision, part, circa, mod, limit).with_time(time)
        if limit is not None:
            if limit not in LIMITS:
                raise ValueError(f"unknown limit {limit!r}: BEFORE, ON_OR_BEFORE, AFTER or "
                                 "ON_OR_AFTER")
            return cls.from_iso(value, precision, part, circa, mod).with_limit(limit)
        if mod is not None:
            if precision is not _MONTH and precision is not _DECADE:
                raise ValueError(f"early/mid/late (mod {mod}) goes with month or decade "
                                 f"precision, not {precision.value}")
            if mod not in MODS:
                raise ValueError(f"unknown mod {mod!r}: START, MID or END")
        if precision is _DAY and len(value) == 10 and value[4] == value[7] == "-":
            # The usual day, of AD 1-9999, read and checked in C (``datetime``: ASCII
            # digits, a day that exists), and the date made without checking again: each
            # of a file's tens of thousands of distinct days went through the pattern
            # below and ``__init__``'s checks (issue 11: the 100 000-event open).  What
            # ``datetime`` refuses (year 0, a minus sign, no such day) is read below,
            # which words the problem.
            try:
                found = _dt.date.fromisoformat(value)
            except ValueError:
                pass
            else:
                # AD days: their day number is the proleptic Gregorian ordinal.
                number = found.toordinal()
                return _DateBuilder(found.year, found.month, found.day,  # type: ignore[return-value]
                                    _DAY, circa, (number, number + 1))
        elif precision is _MONTH and len(value) == 7 and value[4] == "-" \
                and mod is None:
            # The usual month (AD 1-9999), its first day read in C as above: the pattern
            # and ``__init__``'s checks cost 6-7 us a month, five times a day's (a
            # 100 000-event file has 1 600 distinct months, a million 16 000; issue 11).
            try:
                found = _dt.date.fromisoformat(value + "-01")
            except ValueError:
                pass
            else:
                number = found.toordinal()
                return _DateBuilder(  # type: ignore[return-value]
                    found.year, found.month, None, _MONTH, circa,
                    (number, number + days_in_month(found.year, found.month)))
        m = _compiled(_ISO_VALUE[precision]).fullmatch(value)
        if not m or m["year"] == "-0000":
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
            raise ValueError(f"{shown} does not match {_ISO_SHAPES[precision]} "
                             f"for {precision.value} precision")
        year = int(m["year"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(f"{value} is outside 9999 BC - AD 9999 (-9998 to 9999 in ISO 8601)")
        if precision is _DECADE and year % 10:
            raise ValueError(f"{value} is not the first year of a decade "
                             f"(e.g. {year - year % 10})")
        if precision is _PART_OF_YEAR:
            if part is None:
                raise ValueError("a part_of_year date needs its part")
            return cls.of_part(year, part, circa)  # ValueError: unknown part, winter 9999
        if precision is _YEAR:
            return cls.of_year(year, circa)
        if precision is _DECADE:
            return cls.of_decade(year, circa, mod)
        try:
            if precision is _DAY:
                return cls(year, int(m["month"]), int(m["day"]), _DAY, None, circa)
            return cls(year, int(m["month"]), None, _MONTH, None, circa, mod)
        except ValueError:
            raise ValueError(f"{value} is not a valid date") from None

    # -- TIMEX3 -------------------------------------------------------------------------
    def to_timex(self) -> tuple[str, str | None]:
        """The TimeML TIMEX3 ``(value, mod)`` of this date.

        Years before AD 1 are written as the TIMEX2 guidelines do, ``BC`` and the BC year
        (44 BC is ``BC0044``), since TIMEX3's own value pattern has no negative years.
        A part of a month or a decade is its value with its ``mod`` (START, MID, END); a
        TIMEX3 has one mod, so a circa part keeps the part and drops APPROX, and a limit
        (``LIMITS``: BEFORE, ON_OR_BEFORE, ...) is the mod before APPROX and before a
        month's or decade's part, but a third of a year ("by mid 2027") keeps its part.
        A day's time follows a ``T``, as TIMEX3 values of type TIME are written:
        ``2025-03-22T10:30``, ``2025-03-22T10`` (the hour), ``2025-03-22T10:30+09:00``;
        so does a part of a day (``2026-12-01TNI``), but "early on" and "late on" a day
        are the day with the mod START or END, as TimeBank writes "early Tuesday".
        """
        p = self.precision
        mod = self.limit or self.mod or ("APPROX" if self.circa else None)
        if self.day_part is not None:
            day = f"{self.with_day_part(None).to_timex()[0]}"
            if self.day_part in ("START", "END"):
                return day, self.limit or self.day_part
            return f"{day}T{self.day_part}", mod
        year = f"BC{1 - self.year:04d}" if self.year <= 0 else f"{self.year:04d}"
        if p is _DAY:
            if self.time is not None:
                return f"{year}-{self.month:02d}-{self.day:02d}T{self.time.to_iso()}", mod
            return f"{year}-{self.month:02d}-{self.day:02d}", mod
        if p is _MONTH:
            return f"{year}-{self.month:02d}", mod
        if p is _PART_OF_YEAR:
            assert self.part is not None
            if self.part in _MOD_FOR_PART:
                return year, _MOD_FOR_PART[self.part]
            return f"{year}-{self.part}", mod
        if p is _YEAR:
            return year, mod
        if self.year <= 0:
            return year, mod  # no BC decade value: the decade's first year
        return f"{self.year // 10:03d}", mod

    @classmethod
    def from_timex(cls, value: str, mod: str | None = None) -> FuzzyDate:
        """Read a TIMEX3 DATE value; raises ``ValueError`` for anything not a calendar date.

        ``BC0044`` is 44 BC; a bare ``0000`` is refused (TIMEX3 has no year 0).  A mod
        START, MID or END makes a year a third of it (``PART_OF_YEAR``) and a month or a
        decade a part of it (``mod``); on a day it is dropped.  A mod of ``LIMITS``
        (BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER) makes the date a limit.  A day
        with a time (``2025-03-22T10:30``, TIMEX3 type TIME; ``ClockTime.from_iso``) is
        that day at that time; a part of a day (``2025-03-22TMO``, ``…TAF``, ``…TEV``,
        ``…TNI``) is the day in that part (``day_part``; ``DT``, the daytime, is the
        day), and a day with the mod START or END is "early on" or "late on" it.
        """
        if mod in LIMITS:
            return cls.from_timex(value).with_limit(mod)
        day_value, t, clock = value.partition("T")
        if t:
            date = cls.from_timex(day_value, mod)
            if date.precision is not _DAY:
                raise ValueError(f"a time goes with a day: {value!r}")
            if clock in DAY_PARTS:  # morning, afternoon, evening, night
                return date.with_day_part(clock)
            if clock == "DT":  # the daytime: the day
                return date
            return date.with_time(ClockTime.from_iso(clock))
        circa = mod == "APPROX"
        m = _compiled(_TIMEX_DATE).fullmatch(value)
        if not m:
            raise ValueError(f"not a calendar TIMEX3 value: {value!r}")
        bc, year_text, month, day, part = m.group("bc", "year", "month", "day", "part")
        if len(year_text) == 3:
            if bc:
                raise ValueError(f"no BC decades in TIMEX3: {value!r}")
            return cls.of_decade(int(year_text) * 10, circa,
                                 mod if mod in MONTH_THIRDS else None)
        year = 1 - int(year_text) if bc else int(year_text)
        if year == 0 and not bc:
            raise ValueError("TIMEX3 has no year 0000 (1 BC is BC0001)")
        if bc and year == 1:
            raise ValueError("there is no year 0 BC")
        if day:
            if mod in ("START", "END"):
                return cls(year, int(month), int(day), _DAY, day_part=mod)
            return cls.of_ymd(year, int(month), int(day), circa)
        if month:
            return cls.of_month(year, int(month), circa, mod if mod in MONTH_THIRDS else None)
        if part:
            return cls.of_part(year, part, circa)
        if mod in _PART_FOR_MOD:
            return cls.of_part(year, _PART_FOR_MOD[mod])
        return cls.of_year(year, circa)


def _month_after(year: int, month: int, months: int) -> tuple[int, int]:
    """The ``(year, month)`` ``months`` later, with no range check (for exclusive ends)."""
    year_add, month_index = divmod(month - 1 + months, 12)
    return year + year_add, month_index + 1



# The slots' own setters: they store into a frozen FuzzyDate (its __setattr__ refuses).
_SLOTS: dict[str, Any] = {**vars(_DaysSlot), **vars(FuzzyDate)}
(_set_year, _set_month, _set_day, _set_precision, _set_part, _set_circa, _set_mod,
 _set_limit, _set_time, _set_day_part, _set_days) = (_SLOTS[name].__set__ for name in (
     "year", "month", "day", "precision", "part", "circa", "mod", "limit", "time",
     "day_part", "_days"))


class _DateBuilder(_DaysSlot):
    """``FuzzyDate.from_iso``'s usual day or month (no part of the year), made with plain
    slot stores and then turned into a ``FuzzyDate`` (the layouts are the same:
    ``__class__`` may be assigned), as ``model.make_event`` does: the slots' setters cost a
    call each (issue 11)."""

    __slots__ = FuzzyDate.__slots__

    def __init__(self, year: int, month: int, day: int | None, precision: Precision,
                 circa: bool, days: tuple[int, int]) -> None:
        (self.year, self.month, self.day, self.precision, self.part, self.circa, self.mod,
         self.limit, self.time, self.day_part, self._days) = (
            year, month, day, precision, None, circa, None, None, None, None, days)
        self.__class__ = FuzzyDate  # type: ignore[assignment]


def _fill(date: FuzzyDate, year: int, month: int | None, day: int | None,
          precision: Precision, part: str | None, circa: bool, mod: str | None,
          limit: str | None, time: ClockTime | None, day_part: str | None,
          days: tuple[int, int]) -> None:
    """Set every slot of a new ``date`` (for its constructors only)."""
    _set_year(date, year)
    _set_month(date, month)
    _set_day(date, day)
    _set_precision(date, precision)
    _set_part(date, part)
    _set_circa(date, circa)
    _set_mod(date, mod)
    _set_limit(date, limit)
    _set_time(date, time)
    _set_day_part(date, day_part)
    _set_days(date, days)


def _covered_days(year: int, month: int | None, day: int | None, precision: Precision,
                  part: str | None, mod: str | None = None) -> tuple[int, int]:
    """``(start_day(), end_day())`` of a date whose fields were checked."""
    if mod is not None:
        if precision is _MONTH:
            assert month is not None
            first, last = MONTH_THIRDS[mod]
            start = _day_number(year, month, first)
            if last is None:
                return start, _day_number(*_month_after(year, month, 1), 1)
            return start, start + last - first + 1
        first_year, last_year = DECADE_THIRDS[mod]
        return _day_number(year + first_year, 1, 1), _day_number(year + last_year + 1, 1, 1)
    if precision is _DAY:
        assert month is not None and day is not None
        start = _day_number(year, month, day)
        return start, start + 1
    if precision is _MONTH:
        assert month is not None
        return _day_number(year, month, 1), _day_number(*_month_after(year, month, 1), 1)
    if precision is _PART_OF_YEAR:
        assert part is not None
        first, count, _ = PART_OF_YEAR_MONTHS[part]
        return _day_number(year, first, 1), _day_number(*_month_after(year, first, count), 1)
    years = 1 if precision is _YEAR else 10
    return _day_number(year, 1, 1), _day_number(year + years, 1, 1)


def describe_range(date: FuzzyDate, end: FuzzyDate | None = None) -> str:
    """A date, or a range from ``date`` to ``end``, as a person writes it, saying a month
    or year the two ends share once (the style of news copy and of Chicago's en-dash
    ranges): '3–5 May 2024', '3 May – 5 June 2024', 'March–June 1965', '1965–1970',
    '51–42 BC', '28 December 2024 – 3 January 2025'; years that are exactly a century as
    historians count them, that century: '17th century' (1601-1700), '1st century BC'
    (and a millennium likewise).
    Ends of different precisions, with
    circa or with a part (``mod``), or the same date twice, are written whole, joined by
    ' – ': 'c. 1965 – 1970', 'March 1965 – 1970'.  ``parse_date.parse_typed_date`` reads
    each shared shape back to the same two dates."""
    if end is None:
        return date.describe()
    p = date.precision
    if (p is not end.precision or date.circa or end.circa or date.mod or end.mod
            or date.limit or end.limit or date.time or end.time or date == end):
        return f"{date.describe()} – {end.describe()}"
    if p is _YEAR:
        return period_words(date, end) or _year_span_words(date.year, end.year)
    if p in (_DAY, _MONTH) and date.year == end.year:
        assert date.month is not None
        month = MONTH_NAMES[date.month - 1]
        if p is _MONTH:
            return f"{month}–{end.describe()}"
        if date.month != end.month:
            return f"{date.day} {month} – {end.describe()}"
        return f"{date.day}–{end.describe()}"
    return f"{date.describe()} – {end.describe()}"


def period_words(date: FuzzyDate, end: FuzzyDate | None) -> str | None:
    """The century or millennium whose years are exactly ``date`` to ``end`` (two years,
    neither circa nor with a part) in words, counted as historians do: "17th century"
    (1601-1700), "1st century BC" (100-1 BC), "1st millennium BC" (1000-1 BC, as the axis
    writes it); else None.  How "the 1st century" typed as a date is said again ("AD 1–100"
    was said for it: verify41, F6); ``parse_typed_date`` reads the words back to the same
    years."""
    if (end is None or date.precision is not _YEAR or end.precision is not _YEAR
            or date.circa or end.circa or date.mod or end.mod or date.limit or end.limit):
        return None
    first, last = date.year, end.year
    if last - first == 99 and century_of(first) == century_of(last):
        return century_words(century_of(first))
    if last - first == 999 and millennium_of(first) == millennium_of(last):
        return millennium_words(millennium_of(first))
    return None


def _year_span_words(first: int, last: int, dash: str = "–") -> str:
    """Years ``first``..``last`` (astronomical, inclusive): '1990–1999', '51–42 BC',
    '1 BC–AD 9', 'AD 800–809'."""
    if last <= 0:
        return f"{1 - first}{dash}{1 - last} BC"
    if first <= 0:
        return f"{year_words(first)}{dash}{year_words(last)}"
    if last < 1000:
        return f"AD {first}{dash}{last}"
    return f"{year_words(first)}{dash}{last}"


# The patterns below are kept as text and compiled on first use (``_compiled``), not when
# the module is imported before the timeline's first paint, which reads none of them:
# 2.9 M instructions of every start (issue 11; benchmarks/README.md, "Session 55,
# open59"; ``tests/ui/test_startup.py`` holds the rule).
_ISO_YEAR = r"(?P<year>-?[0-9]{4})"
_ISO_MONTH = _ISO_YEAR + r"-(?P<month>[0-9]{2})"
_ISO_DAY = _ISO_MONTH + r"-(?P<day>[0-9]{2})"
_ISO_VALUE: dict[Precision, str] = {
    Precision.DAY: _ISO_DAY,
    Precision.MONTH: _ISO_MONTH,
    Precision.PART_OF_YEAR: _ISO_YEAR,
    Precision.YEAR: _ISO_YEAR,
    Precision.DECADE: _ISO_YEAR,
}
_ISO_SHAPES = {
    Precision.DAY: "YYYY-MM-DD",
    Precision.MONTH: "YYYY-MM",
    Precision.PART_OF_YEAR: "YYYY",
    Precision.YEAR: "YYYY",
    Precision.DECADE: "YYYY (the decade's first year)",
}

_TIMEX_DATE = (
    r"(?P<bc>BC)?(?P<year>\d{4}|\d{3})"
    r"(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?|-(?P<part>Q[1-4]|H[12]|SP|SU|FA|WI))?"
)
#: The patterns compiled so far, by their text (``_compiled``).
_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled(source: str) -> re.Pattern[str]:
    """``source`` compiled, once (a dictionary look-up after that: ``from_iso`` reads every
    date of a file that is not a plain day or month through it, so not ``re``'s own cache,
    whose look-up costs more and which a run of the extractor's patterns may empty)."""
    pattern = _PATTERNS.get(source)
    if pattern is None:
        pattern = _PATTERNS[source] = re.compile(source)
    return pattern
