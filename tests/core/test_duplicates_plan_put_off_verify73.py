"""A plan and its telling put off on its day at its place are one plan, a likely duplicate
(verify73 F4): "Egypt, Ethiopia and Sudan meet in Addis Ababa (postponed)", three states,
and "Meeting with Hani Sewilam in Addis Ababa (scheduled)", one minister, 10 December
2026, said "Duplicate? no", and the timeline kept the meeting "(scheduled)"."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, merge_events

PLAN = Event("p", "Meeting with Amara Kone in Lome (scheduled)", FuzzyDate(2026, 5, 12),
             category="meeting", participants=("Amara Kone",), location="Lome")
PUT_OFF = Event("q", "Togo, Ghana and Benin meet in Lome (postponed)", FuzzyDate(2026, 5, 12),
                category="meeting", participants=("Togo", "Ghana", "Benin"), location="Lome")


def _found(existing: Event, incoming: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming]).get(incoming.id)


def test_a_plan_told_put_off_on_its_day_is_a_likely_duplicate() -> None:
    match = _found(PLAN, PUT_OFF)
    assert match is not None and match.likely
    assert "one plan, told postponed" in match.reason
    assert _found(PUT_OFF, PLAN) is not None  # (the plan told again after: also one)
    called_off = dataclasses.replace(PUT_OFF, title="Togo, Ghana and Benin meet in Lome "
                                                    "(cancelled)")
    assert "told cancelled" in _found(PLAN, called_off).reason


def test_merged_the_plan_says_postponed() -> None:
    merged = merge_events(PLAN, PUT_OFF)
    assert merged.title == "Meeting with Amara Kone in Lome (postponed)"
    assert merged.date == PLAN.date


def test_no_pair_on_another_day_place_or_kind_or_with_other_parties() -> None:
    assert _found(PLAN, dataclasses.replace(PUT_OFF, date=FuzzyDate(2026, 5, 20))) is None
    assert _found(PLAN, dataclasses.replace(PUT_OFF, location="Accra")) is None
    other_kind = _found(PLAN, dataclasses.replace(PUT_OFF, category="dispute"))
    assert other_kind is None or not other_kind.likely
    persons = dataclasses.replace(PUT_OFF, participants=("Kofi Mensah", "Yao Dossou"))
    other = _found(PLAN, persons)
    assert other is None or "one plan" not in other.reason  # (other persons)
    not_a_plan = dataclasses.replace(PLAN, title="Meeting with Amara Kone in Lome")
    held = _found(not_a_plan, PUT_OFF)
    assert held is None or "one plan" not in held.reason
