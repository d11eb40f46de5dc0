"""verify70 F4: a Reuters wire on border talks (text written for this test, not the trial's):
"the next round of the commission" in Yerevan on December 9 gave no row, and "The commission
last met in January in Baku, where it agreed ..." was the agreement of "Nations", the last
name of "the Palais des Nations" told the sentence before."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2026, 11, 18)


@pytest.mark.parametrize("sentence", [
    "The two sides will hold the next round of the commission in Yerevan on December 9, it said.",
    "They will hold the next round of their joint border commission in Yerevan on December 9.",
])
def test_the_next_round_of_a_commission_is_a_meeting(sentence: str) -> None:
    rows = extract_events("GENEVA, Nov. 18 (Reuters) - " + sentence, DCT).candidates
    assert [(str(c.date), c.location) for c in rows] == [("9 December 2026", "Yerevan")]


def test_a_round_of_voting_is_still_no_meeting() -> None:
    rows = extract_events("GENEVA, Nov. 18 (Reuters) - The first round of voting is on "
                          "December 9.", DCT).candidates
    assert not rows


@pytest.mark.parametrize("opening", ["The commission", "The joint border commission"])
def test_it_after_a_comma_is_the_body_the_sentence_opens_on(opening: str) -> None:
    text = ("GENEVA, Nov. 18 (Reuters) - Negotiators met at the Palais des Nations. "
            f"{opening} last met in January in Baku, where it agreed on the border.")
    (row,) = extract_events(text, DCT).candidates
    assert "Nations" not in row.participants and "Palais" not in row.title
    assert "ommission" in row.title, row.title
