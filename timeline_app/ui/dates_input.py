"""Reading a date a person types ("22 March 2025", "2025-03", "March 2025", "1965"). Qt-free."""

from __future__ import annotations

import datetime as _dt
import re

from dateutil import parser as _dateparser

from timeline_app.core.dates import FuzzyDate

_YEAR = re.compile(r"\s*(\d{1,4})\s*")
_YEAR_MONTH = re.compile(r"\s*(\d{4})-(\d{1,2})\s*")


def parse_user_date(text: str) -> tuple[_dt.date, _dt.date] | None:
    """The days ``[start, end)`` that the text names, at its precision, or ``None``."""
    text = text.strip()
    if not text:
        return None
    m = _YEAR.fullmatch(text)
    if m and 1 <= int(m.group(1)) <= 9998:
        date = FuzzyDate.of_year(int(m.group(1)))
        return date.start, date.end
    m = _YEAR_MONTH.fullmatch(text)
    if m:
        try:
            date = FuzzyDate.of_month(int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        return date.start, date.end
    # Two different defaults reveal which fields the text really gave.
    try:
        a = _dateparser.parse(text, default=_dt.datetime(2000, 1, 1), fuzzy=False)
        b = _dateparser.parse(text, default=_dt.datetime(2001, 2, 2), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if a.year != b.year:
        return None  # no year given: ambiguous
    if a.day == b.day:
        day = a.date()
        return day, day + _dt.timedelta(days=1)
    if a.month == b.month:
        date = FuzzyDate.of_month(a.year, a.month)
        return date.start, date.end
    year = FuzzyDate.of_year(a.year)
    return year.start, year.end
