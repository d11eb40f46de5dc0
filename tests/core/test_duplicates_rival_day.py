"""Two outlets' days for one happening (verify44 F15): Antilles Press's "signed a joint
statement on Saturday" (read as 28 November 2026) beside Caribbean Wire's Friday, 4 December,
titles word for word alike, was "not like any event already in the timeline" because the
dates share no day, so "Merge, disputed" was never offered and the timeline held the signing
twice.  Now a possible duplicate (added by default), whose disagreement is the dates."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import RIVAL_DAYS, disagreement, find_duplicates

TITLE = "Nicolás Maduro and Irfaan Ali sign joint statement in Bridgetown"
BASE = dict(category="treaty", participants=("Nicolás Maduro", "Irfaan Ali"),
            location="Bridgetown")


def _wire() -> Event:
    return Event("wire", TITLE, FuzzyDate.of_ymd(2026, 12, 4), **BASE)


def test_a_rivals_other_day_with_the_same_title_is_a_possible_duplicate_disputed():
    rival = Event("rival", TITLE, FuzzyDate.of_ymd(2026, 11, 28), **BASE)
    match = find_duplicates([_wire()], [rival])["rival"]
    assert match.existing.id == "wire" and not match.likely
    assert "6 days apart" in match.reason
    assert disagreement(match.existing, rival).startswith("the dates told differ")


def test_the_same_parties_and_titles_alike_a_day_apart_across_a_new_year():
    agreed = Event("a", "Venezuela and Guyana agree to set up a joint border commission in "
                   "Bridgetown", FuzzyDate.of_ymd(2026, 12, 31), category="treaty",
                   participants=("Venezuela", "Guyana"))
    leaders = Event("b", "Leaders agree to set up a joint border commission",
                    FuzzyDate.of_ymd(2027, 1, 1), category="treaty",
                    participants=("Venezuela", "Guyana"))
    assert not find_duplicates([agreed], [leaders])["b"].likely


def test_a_week_apart_another_kind_place_or_title_or_a_month_stay_apart():
    others = [
        Event("week", TITLE, FuzzyDate.of_ymd(2026, 12, 4 + RIVAL_DAYS + 1), **BASE),
        Event("kind", TITLE, FuzzyDate.of_ymd(2026, 12, 1), **{**BASE, "category": "dispute"}),
        Event("place", "Nicolás Maduro and Irfaan Ali sign joint statement",
              FuzzyDate.of_ymd(2026, 12, 1), **{**BASE, "location": "Caracas"}),
        Event("title", "Nicolás Maduro and Irfaan Ali dine", FuzzyDate.of_ymd(2026, 12, 1),
              **BASE),
        Event("month", TITLE, FuzzyDate.of_month(2026, 11), **BASE),
        Event("round", "2nd round of talks", FuzzyDate.of_ymd(2026, 12, 2),
              **{**BASE, "category": "treaty"}),
    ]
    existing = [_wire(), Event("r1", "1st round of talks", FuzzyDate.of_ymd(2026, 12, 5), **BASE)]
    assert find_duplicates(existing, others) == {}
