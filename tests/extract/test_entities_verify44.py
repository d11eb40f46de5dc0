"""A plural title before two names each followed by its state: "Presidents Nicolás Maduro of
Venezuela and Irfaan Ali of Guyana meet in Bridgetown" (verify44 F4: the two were no one, so
the later "Maduro and Ali signed …" gave the bare names "Maduro", "Ali" as participants, and a
merge with a wire's "Nicolás Maduro, Irfaan Ali" held each person twice)."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.entities import Entities


@pytest.mark.parametrize(("text", "people"), [
    ("Presidents Nicolás Maduro of Venezuela and Irfaan Ali of Guyana meet in Bridgetown.",
     {"Nicolás Maduro": "Venezuela", "Irfaan Ali": "Guyana"}),
    ("Prime Ministers Narendra Modi of India and Shehbaz Sharif of Pakistan spoke by phone.",
     {"Narendra Modi": "India", "Shehbaz Sharif": "Pakistan"}),
    ("Leaders Ilham Aliyev of Azerbaijan and Nikol Pashinyan of Armenia initialled the text.",
     {"Ilham Aliyev": "Azerbaijan", "Nikol Pashinyan": "Armenia"}),
    # the state after the second name only; and the plain form, as before
    ("Foreign ministers Yván Gil and Hugh Todd of Guyana met in Brasília.",
     {"Yván Gil": "", "Hugh Todd": "Guyana"}),
    ("Foreign ministers Yván Gil and Hugh Todd met in Brasília.",
     {"Yván Gil": "", "Hugh Todd": ""}),
])
def test_a_plural_title_before_two_names_of_their_states(text: str, people: dict[str, str]) -> None:
    assert Entities(text).people == people


def test_the_surnames_later_are_the_full_names() -> None:
    text = ("Bridgetown, December 3, 2026 (Caribbean Wire) — Presidents Nicolás Maduro of "
            "Venezuela and Irfaan Ali of Guyana meet in Bridgetown on Thursday.\n\n"
            "Maduro and Ali met in Argyle, St Vincent, on 14 December 2023 and signed the "
            "Argyle Declaration, pledging not to use force.")
    result = extract_events(text, _dt.date(2026, 12, 3))
    argyle = next(c for c in result.candidates if c.date.year == 2023)
    # (and their states: a declaration they signed binds them, ext64)
    assert argyle.participants == ("Nicolás Maduro", "Irfaan Ali", "Venezuela", "Guyana")


@pytest.mark.parametrize(("text", "people"), [
    # verify55 F30: an MFA readout names ministers by the office of their state
    ("Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan and Minister of "
     "Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov held negotiations.",
     {"Ararat Mirzoyan": "Armenia", "Jeyhun Bayramov": "Azerbaijan"}),
    ("President of Kazakhstan Kassym-Jomart Tokayev received the two ministers.",
     {"Kassym-Jomart Tokayev": "Kazakhstan"}),
    ("Deputy Prime Minister of Serbia and Minister of Foreign Affairs of the Republic of "
     "Serbia Ivica Dacic arrived.", {"Ivica Dacic": "Serbia"}),
    # (a bloc's office is no state's, and its next word is no name)
    ("The Special Envoy of the European Union Delegation arrived.", {}),
])
def test_a_title_of_a_state_s_office_before_the_name(text: str, people: dict[str, str]) -> None:
    assert Entities(text).people == people
