"""A plan told as not held ("Fourth round (did not take place)", ext58) is known to the
duplicate rules as a plan's " (scheduled)" is (session 39, edit37): the ending tells
whether the happening was held, not what happened, so titles are compared without it, and
a merge into the plan says it did not take place (not "cancelled": nobody said so)."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.core.duplicates import find_duplicates, merge_events, title_similarity

MID_MAY = FuzzyDate(2024, 5, None, Precision.MONTH, mod="MID")
SENTENCE = ("Norway mediated indirect talks between Ruvia and Tarsland from 3 March 2024; a "
            "fourth round, planned for mid-May, never took place.")
NOT_HELD = Event("n1", "Fourth round (did not take place)", MID_MAY, category="meeting",
                 evidence=(Evidence(SENTENCE, 0, len(SENTENCE), 83, 91),))


def test_the_extractor_writes_core_s_ending() -> None:
    from timeline_app.core.occurrence import NOT_HELD_SUFFIX
    from timeline_app.extract import events as extract_events_module

    assert extract_events_module.NOT_HELD_SUFFIX is NOT_HELD_SUFFIX


def test_a_plan_and_its_not_being_held_are_one_likely_duplicate() -> None:
    plan = Event("p1", "Fourth round (scheduled)", MID_MAY, category="meeting")
    assert title_similarity(plan.title, NOT_HELD.title) == 100.0  # was 78: "take place"
    match = find_duplicates([plan], [NOT_HELD])["n1"]
    assert match.likely and match.existing is plan
    assert merge_events(plan, NOT_HELD).title == "Fourth round (did not take place)"


def test_the_same_round_told_as_held_is_a_likely_duplicate_to_dispute() -> None:
    from timeline_app.core.duplicates import disagreement

    held = Event("h1", "Fourth round of talks", MID_MAY, category="meeting")
    match = find_duplicates([held], [NOT_HELD])["n1"]
    assert match.likely
    assert disagreement(held, NOT_HELD).startswith("whether it took place")
    assert merge_events(held, NOT_HELD).title == "Fourth round of talks"  # not renamed


def test_two_not_held_titles_keep_their_ending() -> None:
    a = "Fourth round (did not take place)"
    assert title_similarity(a, "Fifth round (did not take place)") < 100.0
    assert title_similarity(a, a) == 100.0
