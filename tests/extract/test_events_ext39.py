"""Session 27, ext39: places and participants on wire news, and verify34's leftovers.
Each rule is checked on a sentence written for the test in the style of wire news (no
corpus text); one test per kind of error:

- a call told as "held phone talks" took the dateline's city ("meet in Seoul"): a call or a
  video link has no place, and is titled as a call.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate

MARCH4 = dt.date(2025, 3, 4)


def _candidates(text: str, dct: dt.date) -> list[Candidate]:
    return list(extract_events(text + "\n", dct).candidates)


def _one(text: str, word: str, dct: dt.date) -> Candidate:
    found = [c for c in _candidates(text, dct) if word in c.title.lower()]
    assert len(found) == 1, [c.title for c in _candidates(text, dct)]
    return found[0]


# ------------------------------------------------------------ calls: no place
def test_phone_talks_have_no_place_and_are_a_call() -> None:
    text = ("SEOUL, March 4 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul held phone "
            "talks with his Japanese counterpart Takeshi Iwaya on Tuesday and agreed to keep "
            "working closely on North Korea, the foreign ministry said.")
    call = _one(text, "telephone", MARCH4)
    assert call.title == "Cho Tae-yul and Takeshi Iwaya speak by telephone"
    assert call.location == ""
    assert str(call.date) == "4 March 2025"


def test_a_call_does_not_merge_with_the_meeting_in_a_place_the_day_before() -> None:
    text = ("SEOUL, March 4 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul held phone "
            "talks with his Japanese counterpart Takeshi Iwaya on Tuesday, the ministry said.\n\n"
            "The call came a day after the two ministers met in person in Tokyo.")
    found = {c.title: c for c in _candidates(text, MARCH4)}
    assert found["Cho Tae-yul and Takeshi Iwaya speak by telephone"].location == ""
    met = found["Cho Tae-yul and Takeshi Iwaya meet in Tokyo"]
    assert met.location == "Tokyo" and "3 March 2025" in str(met.date)
