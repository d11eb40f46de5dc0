"""A merge keeps one name for a body told alone and with its state (verify89 F11).

One article named a parliament "the Milli Majlis", its update "Azerbaijan's Milli Majlis":
the event merged from both (an import's Merge, or Edit → Merge Selected Events) listed both
names, so Details, Filters and the printed list named one parliament twice.  The longer
name, which says whose body it is, is kept in the first one's place.
"""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import merge_events
from timeline_app.core.merge import merge_into_one, one_name_per_body
from timeline_app.core.names import lane_name_key, state_named_body

DAY = FuzzyDate.of_day(_dt.date(2027, 1, 6))
PLAN = Event("plan", "Parliament takes up the accord (scheduled)", DAY, category="treaty",
             participants=("Milli Majlis", "Azerbaijan"))
UPDATE = Event("upd", "Parliament debates the accord (scheduled)", DAY, category="treaty",
               participants=("Azerbaijan's Milli Majlis",))


def test_a_possessive_state_splits_from_the_body_it_names() -> None:
    assert state_named_body(lane_name_key("Azerbaijan's Milli Majlis")) == (
        "azerbaijan", "milli majlis")
    assert state_named_body(lane_name_key("the UK's Home Office")) == (
        "united kingdom", "home office")
    # no state before the "'s": a name like any other
    assert state_named_body(lane_name_key("Ben's Bar")) == ("", "ben's bar")
    assert state_named_body(lane_name_key("Milli Majlis")) == ("", "milli majlis")


def test_the_longer_name_takes_the_first_ones_place() -> None:
    assert one_name_per_body(["Milli Majlis", "Azerbaijan", "Azerbaijan's Milli Majlis"]) == (
        "Azerbaijan's Milli Majlis", "Azerbaijan")
    assert one_name_per_body(["Azerbaijan's Milli Majlis", "Azerbaijan", "milli majlis"]) == (
        "Azerbaijan's Milli Majlis", "Azerbaijan")


def test_a_body_two_states_have_stays_as_told() -> None:
    names = ["Armenia's parliament", "Azerbaijan's parliament", "parliament"]
    assert one_name_per_body(names) == tuple(names)


def test_both_merges_keep_one_name() -> None:
    assert merge_into_one([PLAN, UPDATE]).participants == (
        "Azerbaijan's Milli Majlis", "Azerbaijan")
    assert merge_events(PLAN, UPDATE).participants == ("Azerbaijan's Milli Majlis", "Azerbaijan")
