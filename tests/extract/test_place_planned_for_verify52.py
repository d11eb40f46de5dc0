"""A gathering planned for a city is to be held there (verify52: Reuters' "The next round is
planned for Geneva in January 2027" gave "Next round planned" with no place)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("sentence", "place"), [
    ("The next round is planned for Geneva in January 2027, two diplomats said.", "Geneva"),
    ("The summit is set for Hanoi in March.", "Hanoi"),
])
def test_the_city_it_is_planned_for(sentence: str, place: str) -> None:
    result = extract_events("ISTANBUL, Dec 3, 2026 (Reuters) - " + sentence, DCT)
    assert [c.location for c in result.candidates] == [place]
