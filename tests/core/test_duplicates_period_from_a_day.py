"""A period typed from the day of a signing is not likely the signing (verify52 F7: "Black Sea
Grain Initiative in force", 22 July 2022 - 17 July 2023, was "Likely repeats" the signing of
22 July 2022, titles 81 % alike, because both dates start that day).  Qt-free."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

SIGNED = Event("s", "Black Sea Grain Initiative signed in Istanbul", FuzzyDate.of_ymd(2022, 7, 22),
               category="treaty", location="Istanbul")


def test_a_year_from_the_day_is_at_most_possible() -> None:
    period = Event("p", "Black Sea Grain Initiative in force", FuzzyDate.of_ymd(2022, 7, 22),
                   FuzzyDate.of_ymd(2023, 7, 17), category="treaty")
    match = find_duplicates([SIGNED], [period]).get("p")
    assert match is None or not match.likely


def test_the_same_period_told_again_is_still_likely() -> None:
    told = Event("a", "Black Sea Grain Initiative in force", FuzzyDate.of_ymd(2022, 7, 22),
                 FuzzyDate.of_ymd(2023, 7, 17), category="treaty")
    again = Event("b", "Black Sea Grain Initiative in force", FuzzyDate.of_ymd(2022, 7, 22),
                  FuzzyDate.of_ymd(2023, 7, 17), category="treaty")
    assert find_duplicates([told], [again])["b"].likely
