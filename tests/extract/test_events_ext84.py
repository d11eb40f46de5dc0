"""Participants of news nobody has studied (session 48, ext84): people named with no title the
app knows, read as people by how the story uses their names (a surname alone as a speaker or
after "Mr", the holder of a body's office between commas, the second name of "talks between
A and B"), and the sides of an event found in its argument slots.

The texts are invented (none is a dev article's or an evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.candidates import readers
from timeline_app.extract.pipeline.entities import Entities

DCT = dt.date(2027, 5, 12)  # a Wednesday

events, _with = readers(DCT)


@pytest.mark.parametrize("later", [
    "Leavasa said the talks had been useful.",
    "Leavasa told reporters the talks had been useful.",
    "\"The talks were useful,\" said Leavasa.",
    "Mr Leavasa called the talks useful.",
    "Leavasa's office called the talks useful.",
])
def test_a_name_whose_surname_is_used_alone_as_a_person_s_is_a_person(later: str) -> None:
    # no title the app knows: "Talks between Tavita Leavasa and Ratu Naiqama" named no one
    text = ("SUVA, May 12 (Reuters) - Talks between Tavita Leavasa and Ratu Naiqama opened in "
            f"Suva on Monday. {later}\n")
    people = Entities(text).people
    assert "Tavita Leavasa" in people and "Ratu Naiqama" in people
    cand = _with(text, "Suva")
    assert {"Tavita Leavasa", "Ratu Naiqama"} <= set(cand.participants)


@pytest.mark.parametrize("text", [
    # places and bodies called by their last word, or named without a person's use of it
    "SUVA, May 12 (Reuters) - Talks between Fiji and Tonga opened at Albert Park on Monday. "
    "Park officials said the talks were useful.\n",
    "SUVA, May 12 (Reuters) - Pacific Fisheries Agency said on Monday that Fiji and Tonga "
    "would sign a deal. Agency said it would host the signing.\n",
    "SUVA, May 12 (Reuters) - Fiji and Tonga held talks at Denarau Island on Monday. "
    "Island residents said the talks were useful.\n",
    "SUVA, May 12 (Reuters) - Fiji and Tonga held talks in San Pedro Sula on Monday. "
    "Sula said nothing.\n",
    "SUVA, May 12 (Reuters) - Fiji and Tonga held talks at the Minister of Water Resources and "
    "Irrigation Hani Sewilam's office on Monday. Sewilam said nothing.\n",
])
def test_no_place_or_body_becomes_a_person_by_its_last_word(text: str) -> None:
    people = Entities(text).people
    assert not {"Albert Park", "Pacific Fisheries Agency", "Fisheries Agency", "Denarau Island",
                "San Pedro Sula", "Pedro Sula", "Irrigation Hani Sewilam"} & set(people)


@pytest.mark.parametrize("office", [
    "the bloc's chairman", "the commission's secretary-general", "the Commission's secretary-general",
    "the agency's director-general",
])
def test_a_body_s_office_then_its_holder_between_commas(office: str) -> None:
    # the one met was no one ("Fontenelle meets bloc's chairman")
    text = (f"VICTORIA, May 12 (Reuters) - French minister Claire Fontenelle met {office}, "
            "Edgard Razafindravahy, in Victoria on Monday.\n")
    assert "Edgard Razafindravahy" in Entities(text).people
    cand = _with(text, "Victoria")
    assert "Edgard Razafindravahy" in cand.participants


def test_a_state_s_office_apposed_keeps_its_state() -> None:
    # (a state's possessive is _STATE_S_OFFICE_APPOSED's: its holder is that state's)
    text = ("VICTORIA, May 12 (Reuters) - Kenya's foreign minister, Musalia Mudavadi, met "
            "Ugandan President Yoweri Museveni in Kampala on Monday.\n")
    assert Entities(text).people.get("Musalia Mudavadi") == "Kenya"
