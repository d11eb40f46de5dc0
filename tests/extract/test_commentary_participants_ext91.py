"""ext91 (verify61/62 leftovers): a think tank's commentary ("said Fellow X of the Y
Institute") gave meetings with no participants: "The foreign ministers met on the sidelines
of the G20 in Johannesburg" in a piece whose two states are named only in its headline
("Commentary | The India-China thaw") and as "the two sides".  People told by their offices
alone who meet are the story's two sides, and a headline's hyphen joins its pair."""

from __future__ import annotations

from timeline_app.extract import extract_events

COMMENTARY = """Commentary | The India-China thaw: how durable is the détente on the LAC?

By Dr. Meera Raghunathan, Senior Fellow, Institute for Strategic Studies

14 November 2025

The special representatives met in Beijing on 18 December 2024 for the first time in five years, said Fellow Rohan Mehta of the Delhi Policy Institute.

The foreign ministers met on the sidelines of the G20 in Johannesburg on 21 February 2025, said Fellow Ankit Rao of the Observer Research Foundation.

The two sides agreed in August 2025 to reopen border trade through Lipulekh, said Fellow Sun Yun of the Stimson Center.
"""


def test_office_holders_who_meet_are_the_story_s_two_sides() -> None:
    rows = {c.title: c.participants for c in extract_events(COMMENTARY, None).candidates}
    assert rows["Special representatives meet in Beijing"] == ("India", "China")
    assert rows["Foreign ministers meet in Johannesburg"] == ("India", "China")
    assert rows["India and China agree to reopen border trade through Lipulekh"] == (
        "India", "China")


def test_a_story_of_three_keeps_its_office_holders_unnamed() -> None:
    text = ("ADDIS ABABA, May 2, 2026 (Reuters) - Egypt, Ethiopia and Sudan resumed talks on "
            "the dam on Saturday. The foreign ministers met again in Khartoum on Sunday.")
    rows = {c.title: c.participants for c in extract_events(text, None).candidates}
    assert all(len(p) != 2 for t, p in rows.items() if "Khartoum" in t), rows
