"""Participants and places on news the extractor had not seen (session 19, ext24: four new
wire stories, ``u24-*``, whose golds were committed before the first run).  Each rule is
checked on text of my own, not on the stories it was found in."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2025, 5, 16)  # a Friday


def _rows(text: str, dct: dt.date = DCT) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(c.title, str(c.date), c.participants, c.location)
            for c in extract_events(text, dct=dct).candidates]


# ------------------------------------------------- 1. the host of a visit to its capital
def test_a_visit_to_a_capital_names_its_state_as_the_host() -> None:
    # was the visitor alone, where "visited India" named India
    assert _rows("Kenyan President William Ruto visited Hanoi on Tuesday.") == [
        ("William Ruto visits Hanoi", "13 May 2025", ("William Ruto", "Vietnam"), "Hanoi")]
    text = "Chilean President Ana Sato is expected to make a state visit to Lima in June."
    assert _rows(text)[0][2:] == (("Ana Sato", "Peru"), "Lima")


def test_a_capital_of_the_visitors_own_state_or_a_way_there_names_no_host() -> None:
    # a return home, and a way rather than a stay ("leaves for"), name the traveller alone
    assert _rows("Kenyan President William Ruto travelled to Nairobi on Tuesday.")[0][2] == (
        "William Ruto",)
    assert _rows("Kenyan President William Ruto leaves for Hanoi on Tuesday.")[0][2] == (
        "William Ruto",)


# -------------------------------------- 2. the lead's three states, for talks naming no one
NILE = ("ADDIS ABABA, May 16 (Xinhua) -- Kenya, Uganda and Tanzania resumed talks on the "
        "lake's water on Friday in the Ugandan capital.\n\n"
        "The talks are to continue on Monday, and a meeting of the three foreign ministers "
        "is scheduled for June in Nairobi.\n\n"
        "The last round, held in Kampala in December 2023, collapsed.")


def test_talks_that_name_no_one_are_those_of_the_leads_three_states() -> None:
    # each was a row with no participant
    states = ("Kenya", "Uganda", "Tanzania")
    by_date = {r[1]: r[2] for r in _rows(NILE)}
    assert by_date["19 May 2025"] == states  # "The talks are to continue on Monday"
    assert by_date["June 2025"] == states  # "a meeting of the three foreign ministers"
    assert by_date["December 2023"] == states  # "The last round"


# ------------------------------------------------------------- 3. places: "held in PLACE"
def test_a_round_held_in_a_place_is_there() -> None:
    # each had no place
    text = ("NAIROBI, May 16 (Reuters) - Kenya and Uganda resumed talks on Friday.\n\n"
            "The last round, held in Kampala in December 2023, collapsed. The previous "
            "meeting was also held in Mombasa in May 2015.")
    where = {r[1]: r[3] for r in _rows(text)}
    assert where["December 2023"] == "Kampala" and where["May 2015"] == "Mombasa"


# ------------------------------------- 4. places: the lead's day at the dateline's place
def test_a_signing_of_the_leads_day_is_at_the_datelines_place() -> None:
    text = ("LIMA, May 16 (Andina) -- Peruvian President Ana Sato held talks with Chilean "
            "President Tom Reyes on Friday.\n\n"
            "The two leaders also signed four agreements on Friday, officials said.")
    assert [r[3] for r in _rows(text) if "four agreements" in r[0]] == ["Lima"]  # was ""
    # not on a day other than the lead's
    before = text.replace("four agreements on Friday", "four agreements on Wednesday")
    assert [r[3] for r in _rows(before) if "four agreements" in r[0]] == [""]


# ----------------------------------------- 5. places: the city of a visit to its state
def test_a_visit_to_a_state_is_placed_in_the_city_its_clause_names() -> None:
    text = "Kenyan President William Ruto travelled to Vietnam on Tuesday for talks in Hanoi."
    assert [r[3] for r in _rows(text)] == ["Hanoi"]  # was Vietnam
    # not the city of another clause
    other = ("Kenyan President William Ruto will pay a visit to Vietnam in June, while the "
             "ministers are to meet in Hanoi in July.")
    assert [r[3] for r in _rows(other) if r[1] == "June 2025"] == ["Vietnam"]


# ------------------------------------------- 6. a passive's doer, a people, without "the"
def test_a_people_that_did_it_is_named_without_its_article() -> None:
    rows = _rows("The text was agreed by the Europeans in January.")
    assert [r[2] for r in rows] == [("Europeans",)]  # was "the Europeans"
