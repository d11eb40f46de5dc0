"""A past verb read past a time of day before its day ('ended at midnight on March 3'): the
day is the one before the dateline, not the coming one (blind set h17's error kinds)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2025, 2, 10)


@pytest.mark.parametrize(("sentence", "value"), [
    ("The ceasefire ended at midnight on March 3.", "2024-03-03"),
    ("The truce collapsed at dawn on March 3.", "2024-03-03"),
    ("The truce will end at midnight on March 3.", "2025-03-03"),
])
def test_a_time_of_day_between_the_verb_and_its_day(sentence: str, value: str) -> None:
    (day,) = [t for t in tag_timexes(sentence, DCT) if t.text == "March 3"]
    assert day.value == value
