"""Hijri (Islamic) dates as Gregorian days, by the tabular Islamic calendar.

The arithmetic is the tabular ("arithmetical") Islamic calendar of E. M. Reingold and
N. Dershowitz, *Calendrical Calculations* (3rd ed., Cambridge University Press, 2008),
section 6.1, ``fixed-from-islamic``: months of 30 and 29 days in turn (the twelfth 30 days
in a leap year), leap years the 2nd, 5th, 7th, 10th, 13th, 16th, 18th, 21st, 24th, 26th and
29th of each cycle of 30 years, and the epoch 1 Muharram 1 AH = R.D. 227015 (Friday 16 July
622 in the Julian calendar).  R.D. (Rata Die) counts days from 1 January 1 of the proleptic
Gregorian calendar as day 1, as :meth:`datetime.date.fromordinal` does.

States and newspapers date by the observed calendar (the new moon's crescent seen, or Umm
al-Qura's computed one in Saudi Arabia), which may fall a day or two from the tabular one:
a day read here is circa (ext142, from blind set h25: "16 Dhu al-Qa'dah" was no date).
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["HIJRI_MONTH_RE", "hijri_month", "nearest_to", "to_gregorian"]

_EPOCH = 227015
"""R.D. of 1 Muharram 1 AH (16 July 622 Julian, 19 July 622 proleptic Gregorian)."""

_Q = r"['\u2019\u02bf\u02bc]?"  # an ayn or hamza written as an apostrophe, or left out
_AL = r"(?:\s|-)?(?:al|ul|el|as|ath|ad)?(?:\s|-)?"
_MONTHS: tuple[tuple[int, str], ...] = (
    (1, r"Muharram"),
    (2, r"Safar"),
    (3, rf"Rabi{_Q}{_AL}(?:Awwal|Aw{_Q}al|Oula|Ula)"),
    (4, rf"Rabi{_Q}{_AL}(?:Thani|Akhir|Akhar|Sani)"),
    (5, rf"Jumad[ae]{_AL}(?:Ula|Oula|Awwal)"),
    (6, rf"Jumad[ae]{_AL}(?:Akhirah|Akhira|Ukhra|Thani|Thaniyah|Sani)"),
    (7, r"Rajab"),
    (8, rf"Sha{_Q}ban"),
    (9, r"Rama[dz]h?an"),
    (10, r"Shawwal"),
    (11, rf"(?:Dhu|Dhul|Zul|Zu){_AL}Qa{_Q}d(?:ah|a)"),
    (12, rf"(?:Dhu|Dhul|Zul|Zu){_AL}Hijj(?:ah|a)"),
)
HIJRI_MONTH_RE = "(?:" + "|".join(rx for _, rx in _MONTHS) + ")"
"""Any Hijri month's name as English texts spell it ("Dhu al-Qa'dah", "Dhul Qadah",
"Rabi' al-Awwal", "Ramadan")."""
_EACH = tuple((n, re.compile(rx + r"\Z", re.IGNORECASE)) for n, rx in _MONTHS)


def hijri_month(name: str) -> int | None:
    """The number (1-12) of a Hijri month named as :data:`HIJRI_MONTH_RE` matches, else None."""
    words = " ".join(name.split())
    return next((n for n, rx in _EACH if rx.match(words)), None)


def to_gregorian(year: int, month: int, day: int) -> _dt.date:
    """The Gregorian day of a Hijri date by the tabular calendar (see the module).

    Args:
        year: The year AH, 1 or later.
        month: 1 (Muharram) to 12 (Dhu al-Hijjah).
        day: 1 to 30 (29 in the months the calendar makes short: then the day after).

    Raises:
        ValueError: ``year`` below 1, or ``month`` or ``day`` out of range.
    """
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"no Hijri date {day}/{month}/{year}")
    fixed = (_EPOCH - 1 + (year - 1) * 354 + (3 + 11 * year) // 30
             + 29 * (month - 1) + month // 2 + day)
    return _dt.date.fromordinal(fixed)


def _year_of(day: _dt.date) -> int:
    """The Hijri year a Gregorian day falls in (tabular calendar)."""
    return (30 * (day.toordinal() - _EPOCH) + 10646) // 10631


def nearest_to(month: int, day: int, anchor: _dt.date) -> tuple[_dt.date, int]:
    """The Gregorian day of the Hijri day and month nearest ``anchor`` (a story's date), and
    its year AH: a Hijri date told without its year is the one of the year around the
    story (the Hijri year is 354 or 355 days, so one of three years is within half a year).

    Raises:
        ValueError: ``month`` or ``day`` out of range.
    """
    around = _year_of(anchor)
    days = [(to_gregorian(y, month, day), y) for y in (around - 1, around, around + 1) if y >= 1]
    return min(days, key=lambda d: abs(d[0].toordinal() - anchor.toordinal()))
