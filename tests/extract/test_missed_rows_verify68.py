"""Events verify68 found missed (F6): a meeting told in a clause of its own after "weeks
after", beside the lead's act dated by the day it was told (made-up sentences in the shapes
of verify68's stories, other names)."""

from __future__ import annotations

from timeline_app.extract import extract_events

_WIRE = ("Kazakhstan and Azerbaijan sign transit protocol\n\n"
         "ASTANA, Dec. 5 (AFP) - Kazakhstan and Azerbaijan signed a transit protocol weeks after "
         "their energy ministers met in Aktau in October, officials said on Saturday.\n")


def test_the_meeting_of_a_clause_after_weeks_after_is_a_row_of_its_own() -> None:
    rows = {(c.date.month, c.category): c for c in extract_events(_WIRE).candidates}
    meeting = rows[(10, "meeting")]
    assert meeting.participants == ("Kazakhstan", "Azerbaijan")
    assert meeting.location == "Aktau"
    assert meeting.title == "Kazakhstan and Azerbaijan meet in Aktau"
    # (the signing keeps the day it was told)
    signing = rows[(12, "treaty")]
    assert signing.date.day == 5


def test_a_state_that_began_filling_a_reservoir_is_a_row() -> None:
    text = ("Caspian talks end\n\n"
            "BAKU, Dec. 2 (Reuters) - Energy ministers met in Baku on Tuesday. The talks came "
            "weeks after Turkmenistan began filling a new reservoir on the Murghab in October, a "
            "move Astana says cut flows into the basin.\n")
    (filling,) = [c for c in extract_events(text).candidates if c.date.month == 10]
    assert filling.title.startswith("Turkmenistan fills new reservoir")
    assert filling.participants[0] == "Turkmenistan"


def test_the_talks_that_came_after_the_filling_are_no_part_of_it() -> None:
    # ("The talks came weeks after Turkmenistan began filling ...": the lead's talks told
    # again are timed by the filling, not folded into it, which made the filling a
    # two-sided act of the story's pair)
    text = ("Kazakhstan and Turkmenistan fail to agree water quotas\n\n"
            "ASTANA, Dec. 2 (Reuters) - Kazakhstan and Turkmenistan failed to agree on water "
            "quotas at talks in Astana on Tuesday, officials said.\n\n"
            "Kazakh Energy Minister Almas Sadykov and Turkmen Energy Minister Batyr Amanov held "
            "six hours of talks. The talks came weeks after Turkmenistan began filling a new "
            "reservoir on the Murghab in October, a move Astana says cut flows into the basin. "
            "Kazakhstan wants Turkmenistan to release more water.\n")
    (filling,) = [c for c in extract_events(text).candidates if c.date.month == 10]
    assert filling.participants == ("Turkmenistan",)
