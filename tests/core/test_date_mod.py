"""Early / mid / late of a month or a decade: the TIMEX3 ``mod`` kept on the date (session 16).

Before, "late December 2024" was stored as December 2024 and "the late 1990s" as c. 1997 to
c. 1999: the part the article gave was lost.  Every test here fails on that code (no
``mod`` argument, no such words).
"""

from __future__ import annotations

import pickle

import pytest

from timeline_app.core import FuzzyDate
from timeline_app.core.dates import Precision, day_number
from timeline_app.core.model import date_sort_number
from timeline_app.core.parse_date import parse_fuzzy_date


def _month(mod: str | None, year: int = 2024, month: int = 12,
           circa: bool = False) -> FuzzyDate:
    return FuzzyDate.of_month(year, month, circa, mod)


@pytest.mark.parametrize(("date", "words", "first", "after"), [
    (_month("START"), "early December 2024", (2024, 12, 1), (2024, 12, 11)),
    (_month("MID"), "mid-December 2024", (2024, 12, 11), (2024, 12, 21)),
    (_month("END"), "late December 2024", (2024, 12, 21), (2025, 1, 1)),
    (_month("END", 2024, 2), "late February 2024", (2024, 2, 21), (2024, 3, 1)),
    (_month("END", 2023, 2, circa=True), "c. late February 2023", (2023, 2, 21), (2023, 3, 1)),
    (FuzzyDate.of_decade(1990, mod="START"), "the early 1990s", (1990, 1, 1), (1994, 1, 1)),
    (FuzzyDate.of_decade(1990, mod="MID"), "the mid-1990s", (1994, 1, 1), (1997, 1, 1)),
    (FuzzyDate.of_decade(1990, mod="END"), "the late 1990s", (1997, 1, 1), (2000, 1, 1)),
    (FuzzyDate.of_decade(-50, mod="END"), "late in the decade 51–42 BC", (-43, 1, 1),
     (-40, 1, 1)),
])
def test_a_part_covers_its_days_and_is_said_as_written(
        date: FuzzyDate, words: str, first: tuple[int, int, int],
        after: tuple[int, int, int]) -> None:
    assert date.describe() == words
    assert (date.start_day(), date.end_day()) == (day_number(*first), day_number(*after))
    assert parse_fuzzy_date(words) == date  # describe() reads back
    assert date.precision in (Precision.MONTH, Precision.DECADE)


def test_a_part_sorts_by_its_first_day_and_before_its_whole() -> None:
    whole, early, mid, late = _month(None), _month("START"), _month("MID"), _month("END")
    tenth, eleventh = FuzzyDate.of_ymd(2024, 12, 10), FuzzyDate.of_ymd(2024, 12, 11)
    first = FuzzyDate.of_ymd(2024, 12, 1)
    ordered = [first, early, whole, tenth, eleventh, mid, late]
    assert sorted(reversed(ordered), key=FuzzyDate.sort_key) == ordered
    assert sorted(reversed(ordered), key=date_sort_number) == ordered
    decade = FuzzyDate.of_decade(1990)
    early_decade = FuzzyDate.of_decade(1990, mod="START")
    year = FuzzyDate.of_year(1990)
    assert sorted([decade, early_decade, year], key=date_sort_number) == [
        year, early_decade, decade]


def test_mod_is_a_field_equal_hashed_pickled_and_checked() -> None:
    date = _month("END", circa=True)
    assert date != _month(None, circa=True) and date == _month("END", circa=True)
    assert len({date, _month(None, circa=True)}) == 2
    again = pickle.loads(pickle.dumps(date))
    assert again == date and again._days == date._days
    assert date.with_circa(False) == _month("END")
    # A date without a mod pickles as before (six arguments), so older pickles agree.
    assert len(_month(None).__reduce__()[1]) == 6
    with pytest.raises(ValueError, match="month or decade precision"):
        FuzzyDate(2024, None, None, Precision.YEAR, mod="END")
    with pytest.raises(ValueError, match="month or decade precision"):
        FuzzyDate(2024, 3, 2, Precision.DAY, mod="START")
    with pytest.raises(ValueError, match="unknown mod"):
        FuzzyDate.of_month(2024, 3, mod="APPROX")


def test_a_part_moves_by_parts() -> None:
    assert _month("END").moved(1) == _month("START", 2025, 1)
    assert _month("START").moved(-1) == _month("END", 2024, 11)
    assert _month("MID").moved(3) == _month("MID", 2025, 1)
    assert FuzzyDate.of_decade(1990, mod="END").moved(1) == FuzzyDate.of_decade(2000,
                                                                                   mod="START")


@pytest.mark.parametrize(("date", "timex"), [
    (_month("START"), ("2024-12", "START")),
    (_month("END", circa=True), ("2024-12", "END")),  # one mod: the part wins over APPROX
    (FuzzyDate.of_decade(1990, mod="MID"), ("199", "MID")),
])
def test_timex_value_and_mod(date: FuzzyDate, timex: tuple[str, str]) -> None:
    assert date.to_timex() == timex
    assert FuzzyDate.from_timex(*timex) == date.with_circa(False)


def test_timex_mod_on_a_year_and_a_day() -> None:
    assert FuzzyDate.from_timex("2024", "END") == FuzzyDate.of_part(2024, "late")
    # (a day with START or END is "early on" / "late on" it, as TimeBank writes "early
    # Tuesday": ext132; it was the day alone)
    assert FuzzyDate.from_timex("2024-12-05", "START") == \
        FuzzyDate.of_ymd(2024, 12, 5).with_day_part("START")
    assert FuzzyDate.from_timex("2024-12-05", "MID") == FuzzyDate.of_ymd(2024, 12, 5)
    assert FuzzyDate.from_timex("2024-12", "APPROX") == _month(None, circa=True)


def test_iso_reads_a_mod_beside_the_value() -> None:
    assert FuzzyDate.from_iso("2024-12", Precision.MONTH, None, False, "END") == _month("END")
    assert FuzzyDate.from_iso("1990", Precision.DECADE, None, True, "START") == \
        FuzzyDate.of_decade(1990, True, "START")
    with pytest.raises(ValueError, match="goes with month or decade precision"):
        FuzzyDate.from_iso("2024", Precision.YEAR, None, False, "END")


def test_span_words_say_the_days() -> None:
    assert _month("END", 2024, 2).span_words() == (
        "late February 2024 — days 21–29 of February 2024")
    assert FuzzyDate.of_decade(1990, True, "START").span_words() == (
        "c. the early 1990s — 1990 to 1993, circa")
