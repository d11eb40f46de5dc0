"""verify61 F2: a review row merged into the timeline's "… meet (scheduled)" replaced its
title with the row's "… meet in Beijing" (the import's wrong city) though the person had
corrected the row's Place to New Delhi.  A held title whose place differs from the place
the merged event has keeps the plan's own words, held ("… meet"); one that agrees is still
taken.  The events are written for the test."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import merge_events

DAY = FuzzyDate.of_ymd(2025, 8, 19)
PEOPLE = ("Wang Yi", "Ajit Doval")
PLAN = Event("a", "Wang Yi and Ajit Doval meet (scheduled)", DAY, category="meeting",
             participants=PEOPLE, location="New Delhi")


def _row(title: str, place: str) -> Event:
    return Event("b", title, DAY, category="meeting", participants=PEOPLE, location=place)


def test_a_held_title_naming_another_place_than_the_one_set_is_not_taken() -> None:
    merged = merge_events(PLAN, _row("Wang Yi and Ajit Doval meet in Beijing", "New Delhi"))
    assert merged.title == "Wang Yi and Ajit Doval meet"


def test_a_held_title_agreeing_with_the_place_is_taken() -> None:
    merged = merge_events(PLAN, _row("Wang Yi and Ajit Doval meet in New Delhi", "New Delhi"))
    assert merged.title == "Wang Yi and Ajit Doval meet in New Delhi"
    merged = merge_events(PLAN, _row("Wang Yi and Ajit Doval hold talks", ""))
    assert merged.title == "Wang Yi and Ajit Doval hold talks"
