"""A year told in passing of a named instrument and the month (or day) the timeline has
it signed are offered as a possible duplicate (verify73 F1): "the 2015 Declaration of
Principles" gave "Declaration of Principles", 2015, "Duplicate? no", beside "Egypt,
Ethiopia and Sudan sign Declaration of Principles in Khartoum", March 2015."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

SIGNED = Event("s", "Togo, Ghana and Benin sign Charter of Principles in Lome",
               FuzzyDate.of_month(2019, 4), category="treaty",
               participants=("Togo", "Ghana", "Benin"), location="Lome")
TOLD = Event("t", "Charter of Principles", FuzzyDate.of_year(2019), category="treaty")


def _found(existing: Event, incoming: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming]).get(incoming.id)


def test_a_year_of_the_instrument_named_is_a_possible_duplicate_of_its_month() -> None:
    match = _found(SIGNED, TOLD)
    assert match is not None and not match.likely
    assert "both name the Charter of Principles" in match.reason
    day = dataclasses.replace(SIGNED, date=FuzzyDate.of_ymd(2019, 4, 9))
    assert _found(day, TOLD) is not None


def test_not_another_instrument_year_kind_or_parties() -> None:
    assert _found(SIGNED, dataclasses.replace(TOLD, title="Charter of Friendship")) is None
    assert _found(SIGNED, dataclasses.replace(TOLD, date=FuzzyDate.of_year(2020))) is None
    assert _found(SIGNED, dataclasses.replace(TOLD, participants=("Peru", "Chile"))) is None
    later = dataclasses.replace(TOLD, title="Charter of Principles ratified")
    assert _found(SIGNED, later) is None  # (a later act of it)
