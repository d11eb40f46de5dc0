"""One day at one place, the parties not telling them apart: a possible duplicate whatever
kinds the extractor guessed and however the titles differ (verify47 F12)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

KINDS = ("treaty", "policy", "dispute", "visit", "meeting", "anniversary", "statement", "event")
TALKS = Event("a", "Iran and the three European powers resume talks on Tehran's nuclear "
              "programme in Vienna", FuzzyDate.of_ymd(2026, 11, 30), category="policy",
              participants=("Iran", "France", "Britain", "Germany"), location="Vienna")


def test_a_round_with_no_parties_read_at_the_same_place_that_day_is_offered() -> None:
    """An op-ed's "New round in Vienna (scheduled)", a meeting with no participant read, was
    "not like any event already in the timeline" beside the wire's talks in Vienna, a
    policy, the same day (titles 44 % alike)."""
    round_ = Event("b", "New round in Vienna (scheduled)", FuzzyDate.of_ymd(2026, 11, 30),
                   category="meeting", location="Vienna")
    match = find_duplicates([TALKS], [round_], kinds=KINDS).get("b")
    assert match is not None and not match.likely
    assert "same place (Vienna)" in match.reason


def test_another_day_place_or_party_keeps_them_apart() -> None:
    for other in (
            Event("b", "New round in Vienna (scheduled)", FuzzyDate.of_ymd(2026, 12, 7),
                  category="meeting", location="Vienna"),
            Event("c", "New round in Geneva (scheduled)", FuzzyDate.of_ymd(2026, 11, 30),
                  category="meeting", location="Geneva"),
            Event("d", "New round (scheduled)", FuzzyDate.of_ymd(2026, 11, 30),
                  category="meeting"),
            Event("e", "Grossi meets Araghchi in Vienna", FuzzyDate.of_ymd(2026, 11, 30),
                  category="meeting", participants=("Rafael Grossi", "Abbas Araghchi"),
                  location="Vienna")):
        assert find_duplicates([TALKS], [other], kinds=KINDS).get(other.id) is None, other.id
