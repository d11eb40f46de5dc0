"""verify79 F5: the same party under three names in Filters — "Sudan (2)", "Sudan's army
(1)", "Sudanese army (1)".  A state's body named by its state, possessive or adjective
("X's army", "the Xian army", "the army of X"), is one participant key; the state itself
stays its own (an army is a warring side, the state is not); each event keeps its
participants as written."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import participants_added
from timeline_app.core.merge import participant_key
from timeline_app.core.names import lane_name_key, name_counts


def test_a_states_army_told_three_ways_is_one_key_and_not_the_states():
    keys = {participant_key(name) for name in (
        "Chad's army", "Chadian army", "the Chadian Army", "army of Chad", "Chad’s army")}
    assert len(keys) == 1
    assert participant_key("Chad") not in keys
    assert lane_name_key("the Chadian army") in keys  # (Filters' and lanes' rule)
    # another state's, another body, a group named otherwise: their own
    assert participant_key("South Sudanese army") != participant_key("Sudanese army")
    assert participant_key("Nigerian army") == participant_key("Nigeria's army")
    assert participant_key("Nigerian army") != participant_key("Niger's army")
    assert participant_key("Chadian navy") != participant_key("Chadian army")
    for name in ("Rapid Support Forces", "Central Bank of Kosovo", "Army", "Chad"):
        assert participant_key(name) == " ".join(name.casefold().split())


def _event(event_id: str, *participants: str) -> Event:
    return Event(event_id, "Talks", FuzzyDate.of_day(dt.date(2031, 3, 4)),
                 category="meeting", participants=participants)


def test_filters_and_lanes_count_one_party_and_the_events_keep_their_words():
    events = [_event("a", "Chad's army", "Desert Front"), _event("b", "Chadian army"),
              _event("c", "Chad")]
    counts = dict(name_counts(events, by_place=False))
    assert counts == {"Chad's army": 2, "Chad": 1, "Desert Front": 1} or counts == {
        "Chadian army": 2, "Chad": 1, "Desert Front": 1}
    assert events[1].participants == ("Chadian army",)


def test_a_merge_adds_no_second_name_of_the_army():
    held = _event("held", "Chad's army", "Desert Front")
    told = _event("told", "the Chadian army", "Desert Front")
    assert participants_added(held, told) == ()
