"""Session 25, ext36: participants, places and dates extraction still got wrong on real news
(verify32's wire story and the dev set).  Each rule is checked on a short wire-style
sentence written for the test and a variant (no corpus text):

- a list of states after a verb of saying ("European diplomats said France, Germany and
  Britain would meet Iranian negotiators"): the first state of the list was lost, the
  words before it ("diplomats said") not being names;
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate

THURSDAY = dt.date(2025, 11, 20)
VIENNA = "VIENNA, Nov 20 (Reuters) - "


def _candidates(body: str, dct: dt.date = THURSDAY, dateline: str = VIENNA) -> list[Candidate]:
    return list(extract_events(dateline + body + "\n", dct).candidates)


def _one(body: str, word: str, dct: dt.date = THURSDAY, dateline: str = VIENNA) -> Candidate:
    found = [c for c in _candidates(body, dct, dateline) if word in c.title.lower()]
    assert len(found) == 1, [c.title for c in _candidates(body, dct, dateline)]
    return found[0]


# ------------------------------------------------------------ a list after "said"
def test_a_list_of_states_after_said_keeps_its_first_state() -> None:
    meeting = _one("European diplomats said France, Germany and Britain would meet Iranian "
                   "negotiators in Geneva on Friday.", "meet")
    assert meeting.participants[:3] == ("France", "Germany", "Britain")
    assert "Iran" in meeting.participants
    assert meeting.title.startswith("France, Germany, Britain and Iran meet")
    assert meeting.location == "Geneva"
    assert str(meeting.date) == "21 November 2025"


def test_a_list_after_said_that_and_before_said_alike() -> None:
    after_that = _one("The ministry said that Japan, South Korea and the Philippines signed a "
                      "maritime accord on Monday.", "accord")
    assert set(after_that.participants) >= {"Japan", "South Korea", "Philippines"}
    before = _one("France, Germany and Britain would meet Iranian officials in Istanbul on "
                  "Friday, the ministry said.", "meet")
    assert before.participants[:3] == ("France", "Germany", "Britain")


def test_words_before_said_stay_out_of_the_list() -> None:
    # (the speaker is no side of what was said)
    meeting = _one("Foreign Minister Ana Lopez said France, Germany and Britain would meet "
                   "Iranian officials in Istanbul on Friday.", "meet")
    assert "Ana Lopez" not in meeting.participants
    assert meeting.participants[:3] == ("France", "Germany", "Britain")
