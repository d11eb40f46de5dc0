"""A date told as a limit (verify43 X21: "the talks are due to conclude by mid-2027" was
read as the period itself, May-August 2027): ``FuzzyDate.limit``, TimeML's TIMEX3 mods
BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER; in words, typed, moved, pickled, as TIMEX3."""

from __future__ import annotations

import copy
import pickle

import pytest

from timeline_app.core.dates import LIMITS, FuzzyDate, Precision
from timeline_app.core.parse_date import parse_fuzzy_date, parse_typed_date

MID_2027 = FuzzyDate.of_part(2027, "mid")


def test_a_limit_keeps_the_days_and_is_another_date() -> None:
    by = MID_2027.with_limit("ON_OR_BEFORE")
    assert (by.start_day(), by.end_day()) == (MID_2027.start_day(), MID_2027.end_day())
    # sorted on its first day, after the period itself; read at its last (verify57 F29)
    assert by.sort_key()[0] == MID_2027.sort_key()[0] and by.sort_key() > MID_2027.sort_key()
    assert by.reading_key()[0] == MID_2027.end_day() - 1
    assert by != MID_2027 and len({by, MID_2027, MID_2027.with_limit("BEFORE")}) == 3
    assert by.with_limit(None) == MID_2027 and MID_2027.with_limit(None) is MID_2027
    assert by.with_circa().limit == "ON_OR_BEFORE"
    with pytest.raises(ValueError, match="unknown limit 'SOON'"):
        MID_2027.with_limit("SOON")


@pytest.mark.parametrize(("limit", "words"), [
    ("ON_OR_BEFORE", "by mid 2027"), ("BEFORE", "before mid 2027"),
    ("AFTER", "after mid 2027"), ("ON_OR_AFTER", "no earlier than mid 2027")])
def test_the_words_say_the_limit_and_read_back(limit: str, words: str) -> None:
    date = MID_2027.with_limit(limit)
    assert date.describe() == str(date) == words
    assert parse_fuzzy_date(words) == date
    assert date.span_words().startswith(f"{words} — ")
    assert LIMITS[limit] == words.split(" mid")[0]


@pytest.mark.parametrize(("typed", "expected"), [
    ("by June 2027", FuzzyDate.of_month(2027, 6).with_limit("ON_OR_BEFORE")),
    ("before 2027", FuzzyDate.of_year(2027).with_limit("BEFORE")),
    ("by mid-2027", MID_2027.with_limit("ON_OR_BEFORE")),
    ("no later than 30 June 2026", FuzzyDate.of_ymd(2026, 6, 30).with_limit("ON_OR_BEFORE")),
    ("Not before 2030", FuzzyDate.of_year(2030).with_limit("ON_OR_AFTER")),
    ("after c. 1965", FuzzyDate.of_year(1965, True).with_limit("AFTER")),
    # (no later than the end of March: by March, not by "late March" -- session 39)
    ("by the end of March 2027", FuzzyDate.of_month(2027, 3).with_limit("ON_OR_BEFORE")),
    ("by 2026", FuzzyDate.of_year(2026).with_limit("ON_OR_BEFORE")),
])
def test_typed_limits(typed: str, expected: FuzzyDate) -> None:
    result = parse_typed_date(typed, True)
    assert result.date == expected and result.end is None, result.error


def test_a_limit_goes_with_one_date_and_an_ambiguous_one_keeps_it_in_both_readings() -> None:
    result = parse_typed_date("by 1965–1970", True)
    assert result.date is None and "A limit goes with one date" in (result.error or "")
    result = parse_typed_date("by 12/11/2024", True)
    assert result.date == FuzzyDate.of_ymd(2024, 11, 12).with_limit("ON_OR_BEFORE")
    assert result.alternatives == ((FuzzyDate.of_ymd(2024, 12, 11)
                                    .with_limit("ON_OR_BEFORE"), None),)
    assert parse_typed_date("by", True).date is None


def test_moved_copied_pickled_and_timex() -> None:
    by = FuzzyDate.of_month(2027, 6).with_limit("ON_OR_BEFORE")
    assert by.moved(1) == FuzzyDate.of_month(2027, 7).with_limit("ON_OR_BEFORE")
    for made in (pickle.loads(pickle.dumps(by)), copy.copy(by)):
        assert made == by and made._days == by._days
    assert pickle.dumps(FuzzyDate.of_month(2027, 6)) == pickle.dumps(by.with_limit(None))
    assert by.to_timex() == ("2027-06", "ON_OR_BEFORE")
    assert FuzzyDate.from_timex("2027-06", "ON_OR_BEFORE") == by
    assert MID_2027.with_limit("BEFORE").to_timex() == ("2027", "MID")  # the part is kept
    assert FuzzyDate.from_iso("2027-06", Precision.MONTH, limit="BEFORE") == \
        by.with_limit("BEFORE")
    assert "limit='ON_OR_BEFORE'" in repr(by) and "limit" not in repr(by.with_limit(None))


@pytest.mark.parametrize(("date", "words"), [
    (FuzzyDate.of_year(2026).with_limit("ON_OR_BEFORE"), "by the end of 2026"),
    (FuzzyDate.of_month(2026, 11).with_limit("ON_OR_BEFORE"), "by the end of November 2026"),
    (FuzzyDate.of_ymd(2026, 10, 20).with_limit("ON_OR_BEFORE"), "by 20 October 2026"),
    (MID_2027.with_limit("ON_OR_BEFORE"), "by mid 2027"),
    (FuzzyDate.of_year(2026).with_limit("BEFORE"), "before 2026"),
])
def test_by_a_whole_year_or_month_says_by_its_end_and_reads_back(date: FuzzyDate,
                                                                  words: str) -> None:
    """verify49 F6: "before the end of the year" was shown "by 2026", which a reader took
    for "before 2026"."""
    assert date.describe() == words
    assert parse_fuzzy_date(words) == date
