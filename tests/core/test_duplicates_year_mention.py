"""A year told in passing of an event the timeline dates finer inside it is offered as a
possible duplicate (verify44 F9: "the ICJ's 2020 ruling on jurisdiction" gave "ICJ's ruling on
jurisdiction", 2020, never offered against "ICJ rules it has jurisdiction", 18 December 2020:
the same kind, titles 80 % alike, but a year is longer than the nested rule's part of a year).
Parties both name and none shared still tell two events apart."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

RULING = Event("icj", "ICJ rules it has jurisdiction", FuzzyDate.of_day(dt.date(2020, 12, 18)),
               category="dispute", participants=("ICJ",))


def test_a_year_mention_of_a_known_day_is_a_possible_duplicate() -> None:
    mention = Event("m", "ICJ's ruling on jurisdiction", FuzzyDate.of_year(2020),
                    category="dispute")
    match = find_duplicates([RULING], [mention])["m"]
    assert match.existing.id == "icj" and not match.likely  # offered, never merged by default


def test_other_parties_in_the_same_year_are_not() -> None:
    japan = Event("j", "Japan establishes diplomatic relations",
                  FuzzyDate.of_day(dt.date(1992, 1, 26)), category="diplomacy",
                  participants=("Japan", "Kazakhstan"))
    india = Event("i", "India and Ukraine establish diplomatic relations", FuzzyDate.of_year(1992),
                  category="diplomacy", participants=("India", "Ukraine"))
    assert find_duplicates([japan], [india]) == {}


def test_another_kind_in_the_same_year_is_not() -> None:
    statement = Event("s", "ICJ's ruling on jurisdiction", FuzzyDate.of_year(2020),
                      category="statement")
    assert find_duplicates([RULING], [statement]) == {}


# verify55 F11: an RFE/RL row "Referendum (scheduled)", 2027, was not offered against the
# timeline's "Armenian constitutional referendum (possible)", 2027, from a Reuters wire
# (titles 69 % alike), while the June 2026 elections were.
ARMENIA_S_REFERENDUM = Event("ref", "Armenian constitutional referendum (possible)",
                             FuzzyDate.of_year(2027), category="event", participants=("Armenia",))


def test_one_state_s_vote_told_twice_in_a_year_is_a_possible_duplicate() -> None:
    for parties in (("Armenia",), ("Armenia", "Azerbaijan")):
        row = Event("r", "Referendum (scheduled)", FuzzyDate.of_year(2027), category="event",
                    participants=parties)
        match = find_duplicates([ARMENIA_S_REFERENDUM], [row])["r"]
        assert match.existing.id == "ref" and not match.likely
        assert "the same vote" in match.reason


def test_a_vote_of_a_timeline_event_with_no_participants_names_its_state_in_its_title() -> None:
    typed = Event("typed", "Armenian constitutional referendum (possible)",
                  FuzzyDate.of_year(2027), category="event")
    row = Event("r", "Referendum (scheduled)", FuzzyDate.of_year(2027), category="event",
                participants=("Armenia",))
    assert find_duplicates([typed], [row])["r"].existing.id == "typed"


def test_votes_told_apart_by_their_words_or_of_another_state_are_not() -> None:
    pensions = Event("p", "Referendum on pensions", FuzzyDate.of_year(2027), category="event",
                     participants=("Switzerland",))
    immigration = Event("i", "Referendum on immigration (scheduled)", FuzzyDate.of_year(2027),
                        category="event", participants=("Switzerland",))
    assert find_duplicates([pensions], [immigration]) == {}
    georgia = Event("g", "Referendum (scheduled)", FuzzyDate.of_year(2027), category="event",
                    participants=("Georgia",))
    assert find_duplicates([ARMENIA_S_REFERENDUM], [georgia]) == {}
