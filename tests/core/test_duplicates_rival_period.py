"""Two tellings of one happening in periods next to each other are a possible duplicate
offering "Merge, disputed" (verify45 F23: "Abdel Fattah al-Burhan visits Addis Ababa",
late 2025 in an analysis, January 2026 in a wire update, the same title, participants and
place, was never offered)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import disagreement, find_duplicates

BURHAN = ("Abdel Fattah al-Burhan", "Abiy Ahmed", "Ethiopia")


def _visit(event_id: str, date: FuzzyDate, title: str = "Abdel Fattah al-Burhan visits "
           "Addis Ababa", participants: tuple[str, ...] = BURHAN) -> Event:
    return Event(event_id, title, date, category="visit", participants=participants,
                 location="Addis Ababa")


LATE_2025 = FuzzyDate.of_part(2025, "late")
JANUARY = FuzzyDate.of_month(2026, 1)


def test_late_2025_and_january_2026_are_a_possible_duplicate_disputed():
    match = find_duplicates([_visit("a", LATE_2025)], [_visit("x", JANUARY)])["x"]
    assert match.existing.id == "a" and not match.likely
    assert "periods next to each other" in match.reason
    assert "the dates told differ" in disagreement(match.existing, match.incoming)


def test_parts_of_a_year_next_to_each_other_across_the_year():
    early = FuzzyDate.of_part(2026, "early")
    assert "x" in find_duplicates([_visit("a", LATE_2025)], [_visit("x", early)])
    day = FuzzyDate.of_day(dt.date(2025, 12, 28))  # a day: _rival_day's, never a month
    assert find_duplicates([_visit("a", JANUARY)], [_visit("x", day)]) == {}


def test_other_visits_or_months_far_apart_are_not():
    other = _visit("x", JANUARY, "Abdel Fattah al-Burhan visits Cairo",
                   ("Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi", "Egypt"))
    assert find_duplicates([_visit("a", LATE_2025)], [other]) == {}
    march = _visit("x", FuzzyDate.of_month(2026, 3))
    assert find_duplicates([_visit("a", FuzzyDate.of_month(2026, 1))], [march]) == {}
    two_days = [_visit("a", FuzzyDate.of_day(dt.date(2026, 1, 5)))]
    assert find_duplicates(two_days, [_visit("x", FuzzyDate.of_day(
        dt.date(2026, 1, 20)))]) == {}  # two days: _rival_day's (6 days at most)
