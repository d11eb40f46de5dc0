"""verify46 F2: merging an imported row into an event whose title a desk editor had
corrected ("Vučić and Kurti due back in Brussels to review statute (scheduled)") replaced
it with the new article's weaker "Leaders expected in Brussels".  A plan's title gives way
only to a telling that the event happened, and a title typed by hand only to that
(verify65 F6: a typed "… (scheduled)" stayed on the meeting held)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import merge_changes, merge_events, tells_expected

JAN_15 = FuzzyDate.of_day(dt.date(2027, 1, 15))
MID_JANUARY = FuzzyDate.of_month(2027, 1)
PLAN = Event("plan", "Vučić and Kurti due back in Brussels to review statute (scheduled)",
             JAN_15, category="meeting", location="Brussels",
             participants=("Aleksandar Vučić", "Albin Kurti"))


def _incoming(title: str, date: FuzzyDate = MID_JANUARY) -> Event:
    return Event("row3", title, date, category="meeting", location="Brussels")


def test_another_expectation_does_not_replace_a_plans_title() -> None:
    expected = _incoming("Leaders expected in Brussels")
    assert merge_events(PLAN, expected).title == PLAN.title
    assert not any(c.startswith("title:") for c in merge_changes(PLAN, expected))
    for title in ("Talks due in Brussels", "Kallas to meet Vučić and Kurti",
                  "Leaders will meet in Brussels", "Next round of talks in Brussels",
                  "Summit set for January"):
        assert merge_events(PLAN, _incoming(title)).title == PLAN.title, title


def test_a_telling_that_it_happened_replaces_the_extractors_plan_title() -> None:
    held = _incoming("Vučić and Kurti meet in Brussels", JAN_15)
    assert merge_events(PLAN, held).title == "Vučić and Kurti meet in Brussels"
    assert merge_changes(PLAN, held)[0].startswith("title: ")


def test_a_title_typed_by_hand_is_kept_word_for_word() -> None:
    expected = _incoming("Leaders expected in Brussels", JAN_15)
    merged = merge_events(PLAN, expected, keep_title=True)
    assert merged.title == PLAN.title
    assert merged.date == JAN_15 and "Brussels" in merged.location  # the rest still merges
    assert not any(c.startswith("title:")
                   for c in merge_changes(PLAN, expected, keep_title=True))
    # ... but a typed plan told held takes the held title, as Merge Selected Events offers
    # it (verify65 F6, a behaviour changed: "… (scheduled)" stayed on the event held)
    held = _incoming("Vučić and Kurti meet in Brussels", JAN_15)
    assert merge_events(PLAN, held, keep_title=True).title == held.title
    assert merge_changes(PLAN, held, keep_title=True)[0].startswith("title: ")
    # nor made "(postponed)" by a telling that it was put off: the desk decides
    off = _incoming("Brussels meeting postponed", JAN_15)
    assert merge_events(PLAN, off, keep_title=True).title == PLAN.title


def test_tells_expected() -> None:
    assert tells_expected("Leaders expected in Brussels")
    assert tells_expected("Talks in Oslo (scheduled)")
    assert tells_expected("Kurti to return to Brussels")
    assert not tells_expected("Vučić and Kurti meet in Brussels")
    assert not tells_expected("Withdrawal begins")


MAR_16 = FuzzyDate.of_day(dt.date(2026, 3, 16))
MAR_24 = FuzzyDate.of_day(dt.date(2026, 3, 24))
PUT_OFF = Event("visit", "Faisal bin Farhan visits Tehran (postponed from 16 March)", MAR_24,
                category="visit", location="Tehran", participants=("Faisal bin Farhan",))
HELD = Event("row1", "Faisal bin Farhan and Abbas Araqchi meet in Tehran", MAR_24,
             category="meeting", location="Tehran",
             participants=("Faisal bin Farhan", "Abbas Araqchi"))


def test_a_postponed_title_gives_way_to_a_telling_of_it_held() -> None:
    """verify58 F12: "… (postponed from 16 March)" stayed on the meeting held.  A title
    put off takes the title of a telling of the event held; put off again, or told as
    expected, it stays; typed by hand, it stays and the merge says what is offered."""
    from timeline_app.core.duplicates import (
        held_title_among,
        tells_held,
        tells_not_yet,
        told_held_after_plan,
    )

    assert tells_not_yet(PUT_OFF.title) and tells_not_yet("Talks (postponed)")
    assert tells_not_yet("Talks in Oslo (scheduled)") and not tells_not_yet(HELD.title)
    assert tells_held(HELD) and not tells_held(PUT_OFF)
    assert merge_events(PUT_OFF, HELD).title == HELD.title
    assert merge_changes(PUT_OFF, HELD)[0].startswith("title: ")
    again = dataclasses.replace(HELD, title="Saudi minister's visit to Tehran postponed again")
    assert merge_events(PUT_OFF, again).title == PUT_OFF.title
    expected = dataclasses.replace(HELD, title="Faisal bin Farhan expected in Tehran")
    assert merge_events(PUT_OFF, expected).title == PUT_OFF.title
    # typed by hand: the held title too (verify65 F6; it was kept, the review's line
    # saying the row told it held)
    assert merge_events(PUT_OFF, HELD, keep_title=True).title == HELD.title
    assert told_held_after_plan(PUT_OFF, HELD) and not told_held_after_plan(HELD, PUT_OFF)
    # Merge Selected Events: the held title offered first when the first selected's is
    # a plan or a postponement
    assert held_title_among([PUT_OFF, HELD]) == 1
    assert held_title_among([HELD, PUT_OFF]) is None
    assert held_title_among([PLAN, _incoming("Leaders expected in Brussels")]) is None
    assert held_title_among([PLAN, _incoming("Vučić and Kurti meet in Brussels")]) == 1


def test_a_typed_plan_told_held_with_a_postponement_aside_takes_the_held_title() -> None:
    """verify65 F6: a review's typed "Technical commission meets in Paramaribo
    (scheduled)" (May) merged with the next article's "… holds first meeting in
    Paramaribo" (14 May; "held its first meeting … after the April session was
    postponed") kept "(scheduled)" for the meeting held."""
    from timeline_app.core import Evidence

    said = ("The fisheries commission held its first meeting in Lima on May 14 and a second in "
            "Santiago on June 9, after the April session was postponed over a navy vessel.")
    plan = Event("p", "Fisheries commission meets in Lima (scheduled)",
                 FuzzyDate.of_month(2026, 5), category="meeting",
                 participants=("Chile", "Peru"), location="Lima")
    row = Event("r", "Fisheries commission holds first meeting in Lima",
                FuzzyDate.of_ymd(2026, 5, 14), category="meeting",
                participants=("Chile", "Peru"), location="Lima",
                evidence=(Evidence(said, 0, len(said)),))
    merged = merge_events(plan, row, keep_title=True)
    assert merged.title == row.title and merged.date == row.date
    # a typed "… to visit …" plan likewise
    visit = dataclasses.replace(plan, title="Chilean delegation to visit Lima")
    assert merge_events(visit, row, keep_title=True).title == row.title
