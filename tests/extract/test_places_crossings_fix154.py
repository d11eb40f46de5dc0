"""Places the gazetteer cannot know (session 47, fix154): a border crossing, checkpoint or
bridge named as the act's object or subject, and a gathering "(ACRONYM) was held on DAY in
CITY".  The texts are invented; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2026, 12, 2)


def events(text: str) -> list[Candidate]:
    return list(extract_events(text, DCT).candidates)


@pytest.mark.parametrize(("text", "place"), [
    ("Egypt reopened the Rafah crossing on Monday after a two-week closure.", "Rafah crossing"),
    ("Tunisia and Libya reopened the Ras Ajdir border crossing on July 1, 2024, after a "
     "closure of more than three months.", "Ras Ajdir border crossing"),
    ("Truck drivers blocked the Chungara border crossing for nine days in August.",
     "Chungara border crossing"),
    ("The Rafah crossing reopened on Monday, Egyptian officials said.", "Rafah crossing"),
])
def test_a_crossing_acted_on_is_the_act_s_place(text: str, place: str) -> None:
    (event,) = events(text)
    assert event.location == place


def test_a_state_s_adjective_names_no_crossing() -> None:
    (event,) = events("Egypt closed the Egyptian border crossing on Friday.")
    assert event.location == ""


def test_a_place_the_sentence_gives_is_kept() -> None:
    (event,) = events("The crossing reopened in Rafah on Monday.")
    assert event.location == "Rafah"


def test_a_gathering_named_with_its_acronym_is_held_where_the_text_says() -> None:
    # (the acronym in brackets stopped the phrase: "was held on DAY in Arusha" was lost)
    (summit,) = events("The Ordinary Summit of the East African Community (EAC) was held on "
                       "30 November 2026 in Arusha, Tanzania.")
    assert summit.location == "Arusha"
