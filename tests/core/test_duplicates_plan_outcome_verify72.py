"""A plan told to the day and its other telling a few days away are offered as possible
duplicates, and merged, the held telling gives the title and the date (verify72 F8, F10):
"Lawmakers vote on new agreement (scheduled)", 29 November 2016, and "Congress approves
peace agreement", the 30th, showed "Duplicate? no", and the past plan stayed "(scheduled)"."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import PLAN_SLIP_DAYS, find_duplicates, merge_events

PLAN = Event("p", "Senators vote on the fisheries bill (scheduled)", FuzzyDate(2025, 3, 4),
             category="treaty", participants=("Chile",))
HELD = Event("h", "Senate approves fisheries bill", FuzzyDate(2025, 3, 5), category="policy",
             participants=("Senate",))
HANDOVER = Event("w", "Rebels hand over their rifles (scheduled)",
                 FuzzyDate(2025, 6, 10, circa=True), category="policy",
                 participants=("ELN", "United Nations"))
CEREMONY = Event("c", "Last rifles handed to monitors at a ceremony (scheduled)",
                 FuzzyDate(2025, 6, 18), category="event")


def _found(existing: Event, incoming: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming]).get(incoming.id)


def test_a_plan_and_its_outcome_a_day_apart_are_offered() -> None:
    match = _found(PLAN, HELD)
    assert match is not None and not match.likely
    assert "a plan and a telling of it 1 day apart" in match.reason
    assert _found(HELD, PLAN) is not None  # (the plan imported after: also offered)


def test_a_plan_and_its_later_telling_a_week_apart_are_offered() -> None:
    match = _found(HANDOVER, CEREMONY)
    assert match is not None and not match.likely
    late = dataclasses.replace(CEREMONY, date=FuzzyDate(2025, 6, 11 + PLAN_SLIP_DAYS + 1))
    assert _found(HANDOVER, late) is None


def test_no_pair_without_the_act_and_its_thing_or_with_other_parties() -> None:
    other_bill = dataclasses.replace(HELD, title="Senate approves pensions bill")
    assert _found(PLAN, other_bill) is None  # another bill
    assert _found(PLAN, dataclasses.replace(HELD, title="Senate approves pensions")) is None
    assert _found(PLAN, dataclasses.replace(HELD, participants=("Peru",))) is None
    not_a_plan = dataclasses.replace(PLAN, title="Senators vote on the fisheries bill")
    assert _found(not_a_plan, HELD) is None  # no plan: the rivals' rules decide
    lasting = dataclasses.replace(HELD, end=FuzzyDate(2025, 3, 7))
    assert _found(PLAN, lasting) is None


def test_merged_the_held_telling_gives_title_and_date() -> None:
    merged = merge_events(PLAN, HELD)
    assert merged.title == HELD.title and merged.date == HELD.date
    assert "told otherwise: 4 March 2025" in merged.date_basis


def test_a_plans_day_beside_the_day_held_is_no_dispute() -> None:
    from timeline_app.core.duplicates import disagreement

    assert disagreement(PLAN, HELD) == "" and disagreement(HELD, PLAN) == ""
    other_plan = dataclasses.replace(HELD, title="Senators vote on the fisheries bill "
                                                 "(scheduled)")
    assert "the dates told differ" in disagreement(PLAN, other_plan)  # two plans' days
