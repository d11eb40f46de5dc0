"""verify51 F1: "The Geneva Conference, held a year later, failed to produce a peace treaty"
was imported as "Geneva Conference signs peace treaty", and "failed to reach an agreement"
as "Agreement reached": the opposite of the text.  A text a clause failed (or refused) to
produce, reach, sign or conclude is titled so."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 3)


def _titles(sentence: str) -> list[str]:
    result = extract_events("VIENNA, Dec 3, 2026 (Reuters) - " + sentence, DCT)
    return [c.title for c in result.candidates]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Geneva Conference failed to produce a peace treaty on 15 June 1954.",
     "Geneva Conference fails to produce peace treaty"),
    ("The talks failed to reach an agreement on Monday.", "Talks fail to reach agreement"),
    ("Iran and the E3 failed to reach a deal on Monday.", "Iran and E3 fail to reach deal"),
    ("On Monday, it failed to produce a peace treaty.", "Peace treaty not produced"),
])
def test_a_text_not_made_is_not_titled_as_made(sentence: str, title: str) -> None:
    assert _titles(sentence) == [title]


def test_a_text_made_is_titled_as_before() -> None:
    assert _titles("The two sides signed an agreement on Monday.") == ["Two sides sign agreement"]
