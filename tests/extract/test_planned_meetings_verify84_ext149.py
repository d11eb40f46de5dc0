"""A meeting agreed to is a plan titled by the meeting, not by the agreement (verify84 F2,
ext149): "agreed to meet again in Zenda on April 12" is the meeting of 12 April (scheduled),
even when its date has no year or a part of a month before it; and a minister who "will brief
the parliamentary committee" on a day is a row.  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from timeline_app.extract import extract_events

HEAD = ("STRELSAU, March 4, 2026 (Wire) -- The foreign ministers of Ruritania and Borduria "
        "met in Strelsau on Tuesday.\n\n")


def _rows(body: str) -> list[tuple[str, str, str]]:
    result = extract_events(HEAD + body + "\n")
    return [(str(c.date), c.title, c.location) for c in result.candidates
            if c.date.to_timex()[0] != "2026-03-03"]


@pytest.mark.parametrize(("body", "row"), [
    ("The two envoys agreed to meet again in Zenda on April 12.",
     ("12 April 2026", "Two envoys meet again in Zenda (scheduled)", "Zenda")),
    ("Both envoys agreed to meet again in Borduria's capital, Zenda, on April 12.",
     ("12 April 2026", "Both envoys meet again in Zenda (scheduled)", "Zenda")),
    ("The delegations agreed to hold the next round of talks in Zenda in the second half of "
     "October 2026.",
     ("October 2026", "Delegations hold next round of talks in Zenda (scheduled)", "Zenda")),
])
def test_a_meeting_agreed_to_is_titled_by_the_meeting(body: str, row: tuple[str, str, str]) -> None:
    assert _rows(body) == [row]


def test_a_past_act_agreed_to_without_a_year_stays_the_agreement() -> None:
    # (not a meeting: the month's year is the tagger's guess, so the agreement keeps the row)
    rows = _rows("The two governments agreed to sell the pipeline on April 12.")
    assert all("(scheduled)" not in title for _, title, _ in rows)


def test_a_briefing_of_a_committee_on_a_day_is_a_row() -> None:
    rows = _rows("The Minister of Foreign Affairs, Dr Lena Holm, will brief the parliamentary "
                 "committee on defence on 15 March.")
    assert rows == [("15 March 2026", "Lena Holm briefs parliamentary committee on defence (scheduled)", "")]


def test_coast_guards_shadowing_each_other_s_boats_is_a_row() -> None:
    rows = _rows("By the late 1960s the two fleets were shadowing each other's survey ships.")
    assert rows == [("by the late 1960s", "Two fleets shadow each other's survey ships", "")]
