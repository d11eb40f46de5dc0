"""Solar Hijri (Persian) dates (verify90 F4): the 33-year rule of ``core.solar_hijri`` against
an independent reckoning of the calendar, K. M. Borkowski's algorithm (Earth, Moon and Planets
74, 1996: the years' first days from his table of 'breaks' in the 33-year pattern, as his
FORTRAN routine ``jalcal`` computes them), over every year the module reads; and the date
field reading such dates, with a note that says how, and refusing those it cannot read."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import solar_hijri as sh
from timeline_app.core.parse_date import parse_typed_date

_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
           2262, 2324, 2394, 2456, 3178)


def _div(a: int, b: int) -> int:
    return int(a / b)  # (truncated toward zero, as FORTRAN's integer division)


def _borkowski(year: int) -> tuple[bool, dt.date]:
    """Whether ``year`` SH is leap, and its first day, by Borkowski's algorithm."""
    gy, leap_j, jp, jump = year + 621, -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(jump % 33, 4)
        jp = jm
    n = year - jp
    leap_j += _div(n, 33) * 8 + _div(n % 33 + 3, 4)
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + _div(jump + 4, 33) * 33
    leap = ((n + 1) % 33 - 1) % 4
    return leap == 0, dt.date(gy, 3, march)


def test_the_rule_gives_borkowski_s_calendar_for_every_year_read() -> None:
    for year in range(sh.FIRST_YEAR, sh.LAST_YEAR + 1):
        leap, first = _borkowski(year)
        assert (sh.is_leap(year), sh.to_gregorian(year, 1, 1)) == (leap, first), year


def test_the_range_ends_where_the_rule_and_the_calendar_part() -> None:
    assert sh.is_leap(sh.FIRST_YEAR - 1) != _borkowski(sh.FIRST_YEAR - 1)[0]
    assert sh.is_leap(sh.LAST_YEAR + 1) != _borkowski(sh.LAST_YEAR + 1)[0]


@pytest.mark.parametrize(("persian", "gregorian"), [
    ((1404, 1, 1), dt.date(2025, 3, 21)),   # Nowruz 1404
    ((1403, 12, 30), dt.date(2025, 3, 20)),  # the leap day of 1403
    ((1357, 11, 22), dt.date(1979, 2, 11)),  # 22 Bahman 1357
    ((1178, 1, 1), dt.date(1799, 3, 21)),
])
def test_known_days(persian: tuple[int, int, int], gregorian: dt.date) -> None:
    assert sh.to_gregorian(*persian) == gregorian


@pytest.mark.parametrize("persian", [(1177, 12, 29), (1634, 1, 1), (1402, 12, 30),
                                     (1403, 7, 31), (1403, 13, 1)])
def test_days_not_read_are_refused(persian: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError):
        sh.to_gregorian(*persian)


@pytest.mark.parametrize(("name", "number"), [("Esfand", 12), ("isfand", 12), ("Hut", 12),
                                              ("Ordibehesht", 2), ("Jawza", 3), ("Mehr", 7)])
def test_month_names_and_spellings(name: str, number: int) -> None:
    assert sh.solar_hijri_month(name) == number


@pytest.mark.parametrize(("typed", "day"), [
    ("22 Bahman 1357", dt.date(1979, 2, 11)),
    ("22 bahman 1357", dt.date(1979, 2, 11)),
    ("Bahman 22, 1357 SH", dt.date(1979, 2, 11)),
    ("1 Hamal 1401", dt.date(2022, 3, 21)),
])
def test_the_date_field_reads_a_persian_day(typed: str, day: dt.date) -> None:
    result = parse_typed_date(typed, True)
    assert result.date is not None and result.end is None, result.error
    assert (result.date.year, result.date.month, result.date.day) == (day.year, day.month,
                                                                      day.day)
    assert result.note is not None and "Solar Hijri" in result.note


def test_a_persian_month_is_the_range_of_its_days() -> None:
    result = parse_typed_date("Mehr 1404", True)
    assert result.date is not None and result.end is not None
    assert (result.date.month, result.date.day, result.end.month, result.end.day) == (9, 23, 10, 22)


def test_a_persian_day_may_carry_a_time() -> None:
    result = parse_typed_date("22 Bahman 1357, 10:30 UTC+3:30", True)
    assert result.date is not None and result.date.time is not None
    assert result.date.time.offset == 210


@pytest.mark.parametrize(("typed", "words"), [
    ("30 Esfand 1402", "29 days"),
    ("4 Dey 1650", "outside 1178–1633 SH"),
])
def test_the_date_field_says_why_it_refuses_one(typed: str, words: str) -> None:
    result = parse_typed_date(typed, True)
    assert result.date is None
    assert result.error is not None and words in result.error and "Solar Hijri" in result.error
