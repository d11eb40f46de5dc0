"""Participants named in the sentence but missed (session 47, ext81): shapes of the u47- dev
articles (an ONA readout, an ERR story, a Lusa story) and of the dev stories counted with
them -- a state's office then its holder between commas ("Kenya's foreign minister, Musalia
Mudavadi,"), a capital after an envoy's post or an address ("withdrew its ambassador from
Paris", "protested to Tokyo"), and two states joined by a hyphen ("the Omani-Iranian Joint
Economic Committee", "the Tokyo-Seoul dispute").

The texts are invented in those shapes (none is a dev article's or an evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.candidates import readers
from timeline_app.extract.pipeline.entities import Entities

DCT = dt.date(2027, 5, 12)  # a Wednesday

events, _with = readers(DCT)


@pytest.mark.parametrize(("opening", "state"), [
    ("Kenya's foreign minister, Musalia Mudavadi,", "Kenya"),
    ("Kenya's Foreign Minister, Musalia Mudavadi,", "Kenya"),
    ("The foreign minister of Kenya, Musalia Mudavadi,", "Kenya"),
    ("Ghana's then foreign minister, Samuel Ablakwa,", "Ghana"),
])
def test_a_state_s_office_then_its_holder_between_commas(opening: str, state: str) -> None:
    # the holder had no state, so the dateline's (London: the United Kingdom) stood for it
    text = (f"LONDON, May 12 (Reuters) - {opening} met his Ugandan counterpart on Monday in "
            "Kampala.\n")
    name = opening.split(", ")[1].rstrip(",")
    assert Entities(text).people.get(name) == state
    cand = _with(text, "Kampala")
    assert state in cand.participants and "Uganda" in cand.participants
    assert "United Kingdom" not in cand.participants


def test_an_ambassador_to_a_state_is_not_of_that_state() -> None:
    # (only "of": "the ambassador to Kenya, John Smith," is no Kenyan)
    text = ("LONDON, May 12 (Reuters) - The ambassador to Kenya, John Smith, met Kenyan "
            "President William Ruto on Monday in Nairobi.\n")
    assert Entities(text).people.get("John Smith", "") != "Kenya"


@pytest.mark.parametrize(("sentence", "sides"), [
    ("Algiers recalled its ambassador from Paris on Monday.", {"Algeria", "France"}),
    ("Rabat recalled its ambassador from Algiers on Monday.", {"Morocco", "Algeria"}),
    ("Beijing protested to Tokyo on Monday over the visit.", {"China", "Japan"}),
])
def test_a_capital_after_an_envoy_s_post_or_an_address_is_its_government(
        sentence: str, sides: set[str]) -> None:
    # the capital after "ambassador from" / "protested to" was read as a place, its state
    # no side
    (cand,) = events("LONDON, May 12 (Reuters) - " + sentence + "\n")
    assert sides <= set(cand.participants)


def test_a_body_named_by_two_states_adjectives_is_theirs() -> None:
    # "the Omani-Iranian Joint Economic Committee, which last met in Muscat in 2024": the
    # body alone took part
    text = ("Muscat, 12 May (ONA) --- The Foreign Minister is scheduled to travel to Tehran "
            "next month to co-chair the Omani-Iranian Joint Economic Committee, which last met "
            "in Muscat in 2024.\n")
    cand = next(c for c in events(text) if c.date.year == 2024)
    assert {"Oman", "Iran"} <= set(cand.participants)


def test_two_states_adjectives_joined_name_both_sides() -> None:
    text = ("LONDON, May 12 (Reuters) - The Armenian-Georgian intergovernmental commission met "
            "in Tbilisi on Monday.\n")
    cand = _with(text, "Tbilisi")
    assert {"Armenia", "Georgia"} <= set(cand.participants)


def test_two_capitals_joined_before_a_noun_are_two_governments() -> None:
    # "the Tokyo-Seoul dispute": no one
    text = "LONDON, May 12 (Reuters) - The Tokyo-Seoul dispute erupted in December 2018.\n"
    cand = _with(text, "dispute")
    assert {"Japan", "South Korea"} <= set(cand.participants)


def test_a_pair_in_a_name_needs_two_states() -> None:
    entities = Entities("x")
    assert entities.pair_in_the_name("Omani-Iranian Joint Economic Committee") == ["Oman", "Iran"]
    assert entities.pair_in_the_name("Tonga-Fiji Joint Ministerial Council") == ["Tonga", "Fiji"]
    assert entities.pair_in_the_name("Joint Economic Committee") == []
    assert entities.pair_in_the_name("Saudi-led coalition") == []


def test_a_meeting_noun_s_parties_after_where_it_was_held() -> None:
    # "briefed him on the talks held in Abu Dhabi last weekend between Russia and Ukraine,
    # mediated by the United States": the mediator alone
    text = ("LONDON, May 12 (Reuters) - On Tuesday, the minister spoke by phone with Ukrainian "
            "Foreign Minister Andrii Sybiha, who briefed him on the talks held in Abu Dhabi on "
            "Saturday between Russia and Ukraine, mediated by the United States.\n")
    cand = _with(text, "Abu Dhabi")
    assert {"Russia", "Ukraine"} <= set(cand.participants)


def test_a_bare_title_is_the_story_s_own_minister_not_a_foreign_one() -> None:
    # "The Foreign Minister is scheduled to travel to Tehran", told after "Saudi Foreign
    # Minister Prince Faisal bin Farhan": the Saudi minister travelled (ONA-style readout)
    text = ("Muscat, 12 May (ONA) --- Sayyid Badr bin Hamad Albusaidi, Minister of Foreign "
            "Affairs, received today Abbas Araghchi, Foreign Minister of Iran.\n\n"
            "Araghchi arrived in Muscat on Monday evening after talks in Riyadh with Saudi "
            "Foreign Minister Prince Faisal bin Farhan.\n\n"
            "The Foreign Minister is scheduled to travel to Tehran next month.\n")
    entities = Entities(text)
    assert entities.title_holder("Foreign Minister", text.index("The Foreign Minister is")) \
        .endswith("Albusaidi")
    cand = _with(text, "Tehran")
    assert "Faisal bin Farhan" not in cand.participants
    assert any(p.endswith("Albusaidi") for p in cand.participants)


def test_a_qualified_title_still_finds_its_holder() -> None:
    # (every holder named with a state's adjective: the last one, as before)
    text = ("TOKYO, May 12 (Kyodo) - Japanese Foreign Minister Takeshi Iwaya met Chinese "
            "Foreign Minister Wang Yi on Monday.\n\n"
            "The foreign minister is scheduled to visit Seoul next month.\n")
    assert Entities(text).title_holder("foreign minister", text.index("The foreign")) == "Wang Yi"


@pytest.mark.parametrize("sentence", [
    # a court's readout: "received in audience", the guest's office "External Affairs
    # Minister", a name opening with an initial (a row "Audience" with no one, or no row)
    "King Abdullah II received in audience on Monday Japanese Foreign Minister Toshimitsu "
    "Motegi.",
    "President Mohammed bin Zayed received in audience Indian External Affairs Minister S. "
    "Jaishankar on Monday.",
    "President Mohammed bin Zayed on Monday received Indian External Affairs Minister "
    "Subrahmanyam Jaishankar.",
])
def test_a_host_receives_a_guest_in_audience(sentence: str) -> None:
    found = events("AMMAN, May 12 (Petra) - " + sentence + "\n")
    guest = "Motegi" if "Motegi" in sentence else "Jaishankar"
    host = "Abdullah" if "Abdullah" in sentence else "Zayed"
    assert any(any(guest in p for p in c.participants) and any(host in p for p in c.participants)
               for c in found)


def test_member_states_are_the_bloc_the_sentence_before_names() -> None:
    # "The foreign ministers of the four member states are due to meet in La Paz": no one
    text = ("LIMA, May 12 (EFE).- The Andean Community ruled in April that the Ecuadorian fee "
            "breached the bloc's free-trade rules. The foreign ministers of the four member "
            "states are due to meet in La Paz in December.\n")
    cand = _with(text, "La Paz")
    assert cand.participants == ("Andean Community",)


def test_member_states_with_no_bloc_before_name_no_bloc() -> None:
    text = ("LIMA, May 12 (EFE).- Peru and Ecuador ruled out new tariffs on Monday. The foreign "
            "ministers of the member states are due to meet in La Paz in December.\n")
    assert all("Andean Community" not in c.participants for c in events(text))


@pytest.mark.parametrize(("sentence", "host"), [
    ("Iranian President Masoud Pezeshkian visited the Kremlin on Monday.", "Russia"),
    ("When Milei visited the White House on October 14, Trump made continued help "
     "conditional on the outcome.", "United States"),
])
def test_a_visit_to_a_seat_of_government_names_its_state(sentence: str, host: str) -> None:
    # "visited the White House": the visitor alone (a visit to the capital named the host)
    cand = _with("LONDON, May 12 (Reuters) - " + sentence + "\n", "visits")
    assert host in cand.participants


def test_who_joined_whom_in_an_exercise_are_its_sides() -> None:
    # "joined their Egyptian counterparts in a joint exercise": India alone
    text = ("LONDON, May 12 (Reuters) - Indian troops joined their Egyptian counterparts in a "
            "joint exercise on Monday.\n")
    (cand,) = events(text)
    assert {"India", "Egypt"} <= set(cand.participants)


def test_two_states_people_by_their_surnames_alone() -> None:
    # "Chile's Boric and Argentina's Milei met": the participants were "Chile's Boric" and
    # "Argentina's Milei", and Chile was no side
    text = ("LONDON, May 12 (Reuters) - Kazakhstan's Tokayev and Kyrgyzstan's Japarov signed a "
            "border treaty on Monday.\n")
    people = Entities(text).people
    assert people.get("Tokayev") == "Kazakhstan" and people.get("Japarov") == "Kyrgyzstan"
    (cand,) = events(text)
    assert {"Tokayev", "Japarov"} <= set(cand.participants)
    assert not any("'s " in p for p in cand.participants)


def test_a_state_s_agency_alone_is_no_person() -> None:
    # (only the pair: "China's Xinhua said" names no one)
    text = ("LONDON, May 12 (Reuters) - China's Xinhua said on Monday that Beijing and Manila "
            "signed a fisheries accord.\n")
    assert "Xinhua" not in Entities(text).people


def test_the_visiting_president_is_the_president_named_before() -> None:
    # "The visiting president held talks with Nigerian President Bola Tinubu": Tinubu alone
    text = ("LONDON, May 12 (Reuters) - Ghanaian President John Mahama arrived in Abuja on "
            "Monday for a two-day visit.\n\nThe visiting president held talks with Nigerian "
            "President Bola Tinubu on Tuesday.\n")
    cand = next(c for c in events(text) if c.date.day == 11)
    assert {"John Mahama", "Bola Tinubu"} <= set(cand.participants)


@pytest.mark.parametrize(("sentence", "bloc"), [
    ("The West African regional bloc suspended Guinea on Monday.", "ECOWAS"),
    ("The 27-nation bloc imposed new sanctions on Russia on Monday.", "European Union"),
])
def test_a_bloc_described_by_its_region_is_that_bloc(sentence: str, bloc: str) -> None:
    # "The West African regional bloc suspended Guinea": Guinea alone
    (cand,) = events("LONDON, May 12 (Reuters) - " + sentence + "\n")
    assert bloc in cand.participants


def test_a_region_with_two_blocs_names_none() -> None:
    # ("the Central African bloc": ECCAS or CEMAC)
    (cand,) = events("LONDON, May 12 (Reuters) - The Central African regional bloc suspended "
                     "Gabon on Monday.\n")
    assert "ECCAS" not in cand.participants and "CEMAC" not in cand.participants


@pytest.mark.parametrize(("sentence", "name", "state"), [
    ("Portugal's then foreign minister Paulo Rangel called Daniel Chapo on Monday.",
     "Paulo Rangel", "Portugal"),
    ("Ghana's new foreign minister Samuel Ablakwa met Togolese Foreign Minister Robert Dussey "
     "on Monday.", "Samuel Ablakwa", "Ghana"),
    ("The then foreign minister of Portugal, Paulo Rangel, met Daniel Chapo on Monday.",
     "Paulo Rangel", "Portugal"),
])
def test_a_then_or_new_holder_of_a_state_s_office(sentence: str, name: str, state: str) -> None:
    # "then", "new" before the office hid the state (the person had none)
    assert Entities("LONDON, May 12 (Reuters) - " + sentence).people.get(name) == state


def test_his_host_is_the_state_visited() -> None:
    # "He held talks with his host on Tuesday", after "... arrived in Abuja": Mahama alone
    text = ("LONDON, May 12 (Reuters) - Ghanaian President John Mahama arrived in Abuja on "
            "Monday for a two-day visit.\n\nHe held talks with his host on Tuesday.\n")
    cand = next(c for c in events(text) if c.date.day == 11)
    assert {"John Mahama", "Nigeria"} <= set(cand.participants)


def test_the_commissions_are_the_two_states_named_with_them_before() -> None:
    # "The next meeting of the commissions will be held in Baku": the story's pair (Armenia
    # and Georgia), not the commissions' Armenia and Azerbaijan
    text = ("YEREVAN, MAY 12, ARMENPRESS. Foreign Minister of Armenia Ararat Mirzoyan held talks "
            "with Foreign Minister of Georgia Maka Botchorishvili in Yerevan on May 12.\n\n"
            "Mirzoyan briefed his counterpart on the meeting of the border delimitation "
            "commissions of Armenia and Azerbaijan, which took place on May 5.\n\n"
            "The next meeting of the commissions will be held in Baku in June.\n")
    cand = _with(text, "Baku")
    assert set(cand.participants) == {"Armenia", "Azerbaijan"}
