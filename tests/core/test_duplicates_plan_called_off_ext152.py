"""A follow-up that calls a plan off by its bare noun ("The talks set for 12 January were
cancelled": "Talks cancelled" or "Talks (cancelled)", no place, its dateline the plan's) is
the plan told called off, a likely duplicate, though the plan's act reads in another lane
("resume": Policy); merged, the plan ends "(cancelled)" (verify87's leftovers: it came in
as a second event and the plan stayed scheduled).  Events written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.core.duplicates import find_duplicates, merge_events

PLAN = Event("p", "Talks between Vostria and Coastal League resume in Merren (scheduled)",
             FuzzyDate(2027, 1, 12, Precision.DAY), category="policy", location="Merren",
             participants=("Vostria", "Coastal League"))


def _told(title: str, **changes: object) -> Event:
    return dataclasses.replace(Event("t", title, FuzzyDate(2027, 1, 12, Precision.DAY),
                                     category="meeting"), **changes)


@pytest.mark.parametrize("title", ["Talks cancelled", "Talks (cancelled)", "Talks called off"])
def test_the_plan_called_off_by_its_noun_is_matched(title: str) -> None:
    match = find_duplicates([PLAN], [_told(title)]).get("t")
    assert match is not None and match.likely, match
    assert "one plan, told cancelled" in match.reason
    assert "same place" not in match.reason  # (the row names none)
    assert merge_events(PLAN, _told(title)).title == (
        "Talks between Vostria and Coastal League resume in Merren (cancelled)")


def test_not_another_place_day_thing_or_a_move() -> None:
    for other in (_told("Talks cancelled", location="Sarnow"),
                  _told("Talks cancelled", date=FuzzyDate(2027, 1, 20, Precision.DAY)),
                  _told("Concert cancelled"),
                  _told("Talks, postponed from 5 January"),
                  _told("Talks cancelled", location="Sarnow", category="dispute")):
        match = find_duplicates([PLAN], [other]).get("t")
        assert match is None or "one plan" not in match.reason, (other.title, match)
