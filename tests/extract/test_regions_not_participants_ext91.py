"""ext91 (verify61/62 leftovers): "Xizang Autonomous Region" was taken as a participant.  A
region, a province, an oblast is a place, never a party: it is left out of the participants,
told with its state's possessive or without."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.phrases import is_geographic_feature


def _participants(sentence: str) -> list[tuple[str, ...]]:
    text = f"BEIJING, April 28, 2026 (Reuters) - {sentence}"
    return [c.participants for c in extract_events(text, dt.date(2026, 4, 28)).candidates]


@pytest.mark.parametrize(("sentence", "parties"), [
    ("Nepal and the Xizang Autonomous Region agreed on Tuesday to reopen two border "
     "crossings.", ("Nepal",)),
    ("Officials from Nepal and China's Xizang Autonomous Region signed a border trade "
     "protocol on Tuesday.", ("Nepal", "China")),
])
def test_a_region_is_no_participant(sentence: str, parties: tuple[str, ...]) -> None:
    assert _participants(sentence) == [parties]


@pytest.mark.parametrize("name", ["Xizang Autonomous Region", "Tigray Region", "Sindh Province",
                                  "Kursk Oblast", "Primorsky Krai"])
def test_a_state_s_part_is_a_place(name: str) -> None:
    assert is_geographic_feature(name)


@pytest.mark.parametrize("name", ["Solomon Islands", "Gulf Cooperation Council", "Nepal"])
def test_states_and_bodies_are_not(name: str) -> None:
    assert not is_geographic_feature(name)
