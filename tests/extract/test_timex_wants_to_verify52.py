"""A month after "wants to" / "seeks to" is ahead of the article (verify52: "The UN wants to
reach a deal on Black Sea shipping by March" under a December 2026 dateline was dated March
2026, a deadline already past)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import tag_timexes

DCT = dt.date(2026, 12, 3)


@pytest.mark.parametrize("sentence", [
    "The UN wants to reach a deal on Black Sea shipping by March.",
    "Kyiv seeks to sign the accord in March.",
])
def test_a_wish_looks_ahead(sentence: str) -> None:
    assert [t.value for t in tag_timexes(sentence, DCT) if t.text == "March"] == ["2027-03"]


def test_a_past_want_is_not_a_cue() -> None:
    assert [t.value for t in tag_timexes("The talks ended in March.", DCT)] == ["2026-03"]
