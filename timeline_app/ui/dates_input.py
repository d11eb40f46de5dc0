"""Reading a date a person types: the parser with the order of the user's locale.

Every place in the GUI that reads a typed date (the event editor, the import review,
CSV import, Go to Date) takes the day/month order of numeric dates from here, so
"12/11/2024" reads the same way everywhere in one session.
"""

from __future__ import annotations

import datetime as _dt
import math

from timeline_app.core.dates import MAX_DAY, MIN_DAY, FuzzyDate, describe_range
from timeline_app.core.parse_date import (
    ParseResult,
    day_first_from_pattern,
    parse_fuzzy_date,
    parse_relative_day,
    parse_typed_date,
)

__all__ = ["day_range_words", "day_words", "locale_day_first", "parse_user_date",
           "read_date", "read_day_range", "read_from_today"]


def locale_day_first() -> bool:
    """Whether the system locale writes numeric dates day first (``d/M/yy``).

    Read from ``QLocale.system()``'s short date format, which, unlike the environment
    variables, is set on macOS and Windows desktops too.  Year-first locales (Japan,
    ISO) count as month-first, as ``day_first_from_pattern`` says.
    """
    from PySide6.QtCore import QLocale

    return day_first_from_pattern(QLocale.system().dateFormat(QLocale.FormatType.ShortFormat))


def read_date(text: str, day_first: bool | None = None,
              today: _dt.date | None = None) -> ParseResult:
    """``parse_typed_date`` with the locale's order unless ``day_first`` is given; with
    ``today``, "today", "yesterday", "Tuesday", "last Tuesday"… too, counted from it
    (``parse_date.parse_relative_day``: the event editor and Go to Date pass the
    computer's date; the import review's cells do not, an article having its own)."""
    if today is not None and (relative := parse_relative_day(text, today)) is not None:
        return relative
    return parse_typed_date(text, locale_day_first() if day_first is None else day_first)


def read_from_today(text: str, day_first: bool | None = None) -> ParseResult:
    """``read_date`` counting "today", "yesterday", "next Tuesday"… from the computer's
    date (``core.clock.today``): the one reading of every field where a person types a
    date of the news as it breaks (the event editor, Go to Date, Filters → From and To).

    verify87 F4: Filters → From refused "today", which the guide promised for the editor
    and Go to Date.  The import review's cells and files read with ``read_date`` alone
    (an article has its own date).
    """
    from timeline_app.core import clock

    return read_date(text, day_first, today=clock.today())


def parse_user_date(text: str) -> tuple[_dt.date, _dt.date] | None:
    """The days ``[start, end)`` that the text names, at its precision, or ``None``.

    ``None`` also for dates ``datetime.date`` cannot hold (before AD 1): callers that
    need those use ``parse_date.parse_typed_date`` and day numbers.
    """
    date = parse_fuzzy_date(text)
    return None if date is None or not date.fits_datetime else (date.start, date.end)


def read_day_range(text: str, day_first: bool | None = None) -> tuple[int, int] | str:
    """The day numbers ``[first, end)`` a typed date or range covers, or why not (for Go to
    Date and other jumps; works on both sides of year 0).

    Args:
        text: What was typed: "March 2025", "44 BC", "1965–1970"…
        day_first: Order of numeric dates; ``None`` takes the locale's.  An ambiguous
            date is read in that order (a jump shows where it went; nothing is stored).

    Returns:
        ``(first, end)`` as ``dates.day_number``s, ``end`` exclusive; or the parser's
        message when the text is not a date.
    """
    result = read_date(text, day_first)
    if result.date is None:
        return result.error or "Not a date."
    last = result.end if result.end is not None else result.date
    return result.date.start_day(), last.end_day()


def _day_date(day: float) -> FuzzyDate:
    date = FuzzyDate.of_day_number(int(min(max(math.floor(max(min(day, 1e12), -1e12)),
                                               MIN_DAY), MAX_DAY)))
    assert date is not None
    return date


def day_words(day: float) -> str:
    """A (float) day number in words, as the rest of the app writes a day for people:
    '22 March 2025', '2 March AD 800', '15 March 44 BC' (``FuzzyDate.describe``);
    clamped to 9999 BC - AD 9999, NaN is ''."""
    if math.isnan(day):
        return ""
    return _day_date(day).describe()


def day_range_words(first: float, last: float) -> str:
    """Two days (``last`` inclusive) in words, without saying a shared month or year
    twice: '4–20 November 2024', '4 November – 20 December 2024',
    '15 March 44 BC – 22 March 2025'.  NaN at either end is ''."""
    if math.isnan(first) or math.isnan(last):
        return ""
    start, end = _day_date(first), _day_date(last)
    return describe_range(start, end) if start != end else end.describe()
