"""Solar Hijri (Persian, "Jalali") dates as Gregorian days: Iran's and Afghanistan's civil
calendar ("23 Esfand 1403", "1 Farvardin 1404", an Afghan "12 Hamal 1402").

The year begins at the March equinox (1 Farvardin is 20, 21 or 22 March); the first six
months have 31 days, the next five 30, and Esfand 29, or 30 in a leap year.  The official
calendar places the year's start by the observed equinox; this module uses the arithmetic
33-year rule instead: year ``y`` is leap when ``(25 * y + 11) mod 33 < 8`` (the eight leap
years of each 33-year cycle, the first after a gap of five years).  K. M. Borkowski, "The
Persian calendar for 3000 years", *Earth, Moon and Planets* 74 (1996), 223-230, computed the
equinoxes from AH 1 to AD 3800 and found that this rule (the "Khayam program"'s) holds for
the years around 1178-1634 SH (AD 1799-2256); his own algorithm, which follows the equinoxes
over those 3000 years, and this rule give the same first day and the same leap years for
1178 to 1633 SH, and part at 1177 and 1634 (checked in ``tests/core/test_solar_hijri.py``).
Dates are read for 1178 to 1633 SH (21 March 1799 to 20 March 2255) and refused outside.

Days are counted from a known first day, 1 Farvardin 1404 = 21 March 2025 (Iran's official
calendar for 1404), year by year.  Qt-free: the date field (``core.parse_date``) and
the tagger (``extract.timex``) both read through it.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

__all__ = ["FIRST_YEAR", "LAST_YEAR", "SOLAR_HIJRI_MONTH_RE", "is_leap", "month_length",
           "month_name", "solar_hijri_month", "to_gregorian"]

FIRST_YEAR = 1178
"""The first year SH read (AD 1799-1800): in 1177 the rule makes a leap year Borkowski's
algorithm does not."""
LAST_YEAR = 1633
"""The last year SH read (AD 2254-2255): in 1634 the rule makes a leap year his algorithm
does not."""

_KNOWN_YEAR, _KNOWN_START = 1404, _dt.date(2025, 3, 21)
"""1 Farvardin 1404 SH is Friday 21 March 2025."""

_NAMES = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban",
          "Azar", "Dey", "Bahman", "Esfand")
"""The Iranian months' names as Iran's English-language press writes them."""

_MONTHS: tuple[tuple[int, str], ...] = (
    (1, r"Farvardin|Farwardin|Farvardeen|Hamal"),
    (2, r"Ordibehesht|Ordibehest|Ardibehesht|Urdibihisht|Sawr|Saur|Sowr"),
    (3, r"Khordad|Khurdad|Khordaad|Jawza|Jauza|Jowza"),
    (4, r"Tir|Saratan"),
    (5, r"Mordad|Amordad|Murdad|Mordaad|Asad"),
    (6, r"Shahrivar|Shahrewar|Shahriwar|Sonbola|Sunbula|Sunbulah"),
    (7, r"Mehr|Mihr|Mizan"),
    (8, r"Aban|Aaban|Abaan|Aqrab|Akrab"),
    (9, r"Azar|Adhar|Azer|Qaws|Qous|Qaus"),
    (10, r"Dey|Dei|Jadi|Jaddi|Jady"),
    (11, r"Bahman|Dalw|Dalv|Dalwa"),
    (12, r"Esfand|Esfund|Isfand|Espand|Esfandarmad|Hut|Hoot|Hout"),
)
SOLAR_HIJRI_MONTH_RE = "(?:" + "|".join(rx for _, rx in _MONTHS) + ")"
"""Any Solar Hijri month's name as English texts spell it: the Iranian names ("Esfand",
"Isfand", "Ordibehesht") and the Afghan (Dari) ones, named after the zodiac ("Hamal",
"Jawza", "Hut").  Many are also words or names of their own ("Tir", "Mehr", "Asad",
"Mizan"): callers read them only with a day and a year of the calendar."""
_EACH = tuple((n, re.compile(rf"(?:{rx})\Z", re.IGNORECASE)) for n, rx in _MONTHS)


def solar_hijri_month(name: str) -> int | None:
    """The number (1-12) of a Solar Hijri month named as :data:`SOLAR_HIJRI_MONTH_RE` matches
    ("Esfand": 12, "hamal": 1), else ``None``."""
    word = name.strip()
    return next((n for n, rx in _EACH if rx.match(word)), None)


def month_name(month: int) -> str:
    """The Iranian name of month ``month`` (1-12): ``month_name(12) == "Esfand"``.

    Raises:
        ValueError: ``month`` is not 1-12.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"no Solar Hijri month {month}")
    return _NAMES[month - 1]


def is_leap(year: int) -> bool:
    """Whether Esfand of ``year`` SH has 30 days, by the 33-year rule (see the module)."""
    return (25 * year + 11) % 33 < 8


def month_length(year: int, month: int) -> int:
    """The days of month ``month`` (1-12) of ``year`` SH: 31, 30, or 29/30 for Esfand."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


@cache
def _year_start(year: int) -> int:
    """The ordinal (``date.toordinal``) of 1 Farvardin of ``year`` SH, counted year by year
    from :data:`_KNOWN_START`."""
    day = _KNOWN_START.toordinal()
    for y in range(_KNOWN_YEAR, year):
        day += 366 if is_leap(y) else 365
    for y in range(year, _KNOWN_YEAR):
        day -= 366 if is_leap(y) else 365
    return day


def to_gregorian(year: int, month: int, day: int) -> _dt.date:
    """The Gregorian day of the Solar Hijri date ``day`` ``month`` ``year``.

    Args:
        year: The year SH, :data:`FIRST_YEAR` to :data:`LAST_YEAR`.
        month: 1 (Farvardin) to 12 (Esfand).
        day: 1 to the month's length (:func:`month_length`).

    Raises:
        ValueError: The year is outside the range the arithmetic agrees with the
            astronomical calendar for (see the module), or the month or day does not exist.
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"{year} SH is outside {FIRST_YEAR}–{LAST_YEAR} SH, the years whose "
                         "days the 33-year rule gives as the calendar does")
    if not 1 <= month <= 12:
        raise ValueError(f"no Solar Hijri month {month}")
    if not 1 <= day <= month_length(year, month):
        raise ValueError(f"{month_name(month)} {year} has {month_length(year, month)} days, "
                         f"not {day}")
    before = 31 * min(month - 1, 6) + 30 * max(month - 7, 0)
    return _dt.date.fromordinal(_year_start(year) + before + day - 1)
