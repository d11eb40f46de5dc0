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


@pytest.mark.parametrize(("head", "sides"), [
    ("The foreign secretaries of Bangladesh and India", {"Bangladesh", "India"}),
    ("The army commanders of Thailand and Cambodia", {"Thailand", "Cambodia"}),
    ("The ambassadors of Peru and Chile", {"Peru", "Chile"}),
    ("The foreign ministers of Peru and Chile", {"Peru", "Chile"}),
])
def test_a_group_headed_by_an_office_s_plural_names_every_state_after_of(
        head: str, sides: set[str]) -> None:
    # (only "ministers", "leaders", ... were group heads: the clause was cut at "and", and
    # "The foreign secretaries of Bangladesh and India met" was India's alone)
    (cand,) = events(f"LIMA, May 12 (Reuters) - {head} met in Santiago on Monday.\n")
    assert sides <= set(cand.participants)


def test_a_plural_that_is_no_office_heads_no_group() -> None:
    # "the sidelines of", "tanks of": no people of those states
    text = ("SEOUL, May 12 (Reuters) - On the sidelines of the Shangri-La Dialogue, Japanese "
            "Defence Minister Minoru Kihara met South Korean Defence Minister Shin Won-sik on "
            "Monday.\n")
    (cand,) = events(text)
    assert {"Minoru Kihara", "Shin Won-sik"} <= set(cand.participants)


@pytest.mark.parametrize(("sentence", "other"), [
    ("Ethiopia signed a memorandum of understanding with Somaliland in Addis Ababa on Monday.",
     "Somaliland"),
    ("Somalia signed a security pact with Puntland on Monday.", "Puntland"),
    ("Sudan's army signed a truce with the Rapid Support Forces on Monday.",
     "Rapid Support Forces"),
])
def test_the_with_complement_of_an_act_is_its_other_side_known_or_not(
        sentence: str, other: str) -> None:
    # the name the app did not know was no side: the act was one state's alone
    (cand,) = events("NAIROBI, May 12 (Reuters) - " + sentence + "\n")
    assert other in cand.participants


@pytest.mark.parametrize("sentence", [
    "Kenyan Foreign Minister Musalia Mudavadi spoke by telephone with U.S. Secretary of State "
    "Marco Rubio on Monday.",
    "Kenya signed a loan agreement with the Government on Monday.",
    "Kenya signed a trade deal with Uganda in May on Monday.",
])
def test_no_initial_common_noun_or_month_is_a_with_side(sentence: str) -> None:
    (cand,) = events("NAIROBI, May 12 (Reuters) - " + sentence + "\n")
    assert not {"U", "Government", "May"} & set(cand.participants)


@pytest.mark.parametrize("sentence", [
    "Bangladesh's interim leader received Pakistan's foreign minister on Monday.",
    "Pakistan's foreign minister was received by Bangladesh's interim leader on Monday.",
])
def test_a_state_s_unnamed_office_holder_received_or_receiving(sentence: str) -> None:
    # the active was no row; the passive's agent was a participant "Bangladesh's"
    (cand,) = events("DHAKA, May 12 (Reuters) - " + sentence + "\n")
    assert set(cand.participants) == {"Bangladesh", "Pakistan"}


@pytest.mark.parametrize(("sentence", "sides"), [
    ("Portugal's foreign minister called Daniel Chapo in January to congratulate him.",
     {"Portugal", "Daniel Chapo"}),
    ("Peru's foreign minister called Ecuador's president on Monday to discuss the border.",
     {"Peru", "Ecuador"}),
])
def test_a_call_to_congratulate_or_discuss_names_both_sides(sentence: str,
                                                            sides: set[str]) -> None:
    # a date between the one called and "to congratulate", or an unnamed office holder
    # called, made no row; the one called with no title was no one
    (cand,) = events("LISBON, May 12 (Lusa) - " + sentence + "\n")
    assert sides <= set(cand.participants)


def test_a_call_that_is_a_name_given_is_no_meeting() -> None:
    # "called the election a fraud": a naming, not a call
    cands = events("LISBON, May 12 (Lusa) - The opposition called the election in January a "
                   "fraud to discredit him.\n")
    assert not any(c.participants for c in cands)


@pytest.mark.parametrize("group", ["The three countries' ministers", "The three governments",
                                   "The trilateral working group"])
def test_a_group_counted_in_its_sentence_is_the_states_of_the_sentence_before(group: str) -> None:
    # not the lead's group: the row named no one (or the lead's two states)
    text = ("ASTANA, May 12 (Reuters) - Kazakhstan and China signed a pipeline deal in Astana on "
            "Monday, the Kazakh foreign ministry said.\n\nOn Tuesday, Kazakh Foreign Minister "
            "Murat Nurtleu met Kyrgyz Foreign Minister Jeenbek Kulubaev and Tajikistan's "
            f"Sirojiddin Muhriddin in Almaty. {group} last met in Dushanbe in March.\n")
    cand = _with(text, "Dushanbe")
    named = {*cand.participants, *(state for person, state in (
        ("Murat Nurtleu", "Kazakhstan"), ("Jeenbek Kulubaev", "Kyrgyzstan"),
        ("Sirojiddin Muhriddin", "Tajikistan")) if person in cand.participants)}
    assert {"Kazakhstan", "Kyrgyzstan", "Tajikistan"} <= named
    assert "China" not in cand.participants


@pytest.mark.parametrize("subject", [
    "Mongolia's deputy foreign minister and his Japanese counterpart",
    "The Mongolian foreign minister and his Japanese counterpart",
    "Mongolia's foreign minister and Japan's foreign minister",
])
@pytest.mark.parametrize("verb", ["held talks", "met", "co-chaired the consultations"])
def test_two_office_holders_joined_as_one_subject_are_both_sides(subject: str, verb: str) -> None:
    # the clause was cut at "and": the Japanese counterpart alone; "co-chaired" lost its prefix
    # and with it its subject
    (cand,) = events(f"ULAANBAATAR, May 12 (Montsame) - {subject} {verb} in Tokyo on Monday.\n")
    assert {"Mongolia", "Japan"} <= set(cand.participants)


def test_a_bare_name_after_a_state_s_possessive_is_its_person() -> None:
    # "Singapore's Lawrence Wong at Seri Perdana": Singapore, not Wong, took part
    text = ("KUALA LUMPUR, May 12 (Bernama) - Anwar Ibrahim received a courtesy call from "
            "Singapore's Lawrence Wong at Seri Perdana on Monday.\n")
    assert Entities(text).people.get("Lawrence Wong") == "Singapore"
    (cand,) = events(text)
    assert "Lawrence Wong" in cand.participants


@pytest.mark.parametrize("text", [
    "TOKYO, May 12 (Kyodo) - Japan's Nikkei Stock Average fell on Monday.\n",
    "TOKYO, May 12 (Kyodo) - China's Xinhua News Agency said on Monday that talks would resume.\n",
    "TOKYO, May 12 (Kyodo) - Japan's Self Defense Forces held drills on Monday.\n",
])
def test_no_body_after_a_state_s_possessive_is_a_person(text: str) -> None:
    assert not {"Nikkei Stock Average", "Xinhua News Agency", "Self Defense Forces"} & set(
        Entities(text).people)


def test_two_people_each_with_an_apposed_office_joined_as_one_subject() -> None:
    # the clause finder cut at the commas: the second office alone ("Australia") signed
    (cand,) = events("JAKARTA, May 12 (Antara) - Sjafrie Sjamsoeddin, Indonesia's defence "
                     "minister, and Richard Marles, Australia's deputy prime minister, signed "
                     "the agreement in Canberra on Monday.\n")
    assert {"Sjafrie Sjamsoeddin", "Richard Marles"} <= set(cand.participants)


@pytest.mark.parametrize(("sentence", "sides"), [
    ("In a meeting with Australia's foreign minister on Monday, Sugiono discussed maritime "
     "security.", {"Sugiono", "Australia"}),
    ("During talks with Australian Foreign Minister Penny Wong on Monday, Indonesian Foreign "
     "Minister Sugiono raised the detention of fishermen.", {"Sugiono", "Penny Wong"}),
])
def test_a_fronted_meeting_with_someone_is_the_main_clause_subject_s(sentence: str,
                                                                    sides: set[str]) -> None:
    # the subject after the fronted phrase's comma took no part
    (cand,) = events("JAKARTA, May 12 (Antara) - " + sentence + "\n")
    assert sides <= set(cand.participants)


@pytest.mark.parametrize("sentence", [
    "Uganda's Museveni held talks with Kenya's Ruto in Kampala on Monday.",
    "Kenya's Ruto met Uganda's Museveni in Kampala on Monday.",
    "Uganda's Museveni held a phone call with Kenya's Ruto on Monday.",
])
def test_one_name_after_a_state_s_possessive_meeting_or_met_is_a_person(sentence: str) -> None:
    # "Uganda's Museveni" was a participant as written, and Ruto was Kenya
    text = "NAIROBI, May 12 (Reuters) - " + sentence + "\n"
    people = Entities(text).people
    assert people.get("Museveni") == "Uganda" and people.get("Ruto") == "Kenya"
    (cand,) = events(text)
    assert {"Museveni", "Ruto"} <= set(cand.participants)


@pytest.mark.parametrize("text", [
    "BEIJING, May 12 (Reuters) - China's Xinhua said on Monday that talks would resume.\n",
    "NAIROBI, May 12 (Reuters) - China's Huawei signed a deal with Kenya's Safaricom on Monday.\n",
])
def test_one_name_after_a_state_s_possessive_that_only_speaks_or_signs_is_no_person(
        text: str) -> None:
    assert not {"Xinhua", "Huawei", "Safaricom"} & set(Entities(text).people)


def test_a_company_called_by_its_last_word_is_no_person() -> None:
    # "Institut Merieux S.A. ... Merieux said": the opening words of a longer name
    text = ("PARIS, May 12 (Reuters) - Institut Merieux S.A. said it would extend its bid. "
            "Institut Merieux shares rose, and Merieux said the offer was fair.\n")
    assert "Institut Merieux" not in Entities(text).people


@pytest.mark.parametrize(("sentence", "sides"), [
    ("France, Russia, and the United States signed the accord on Monday.",
     {"France", "Russia", "United States"}),
    ("Kenya, Uganda, Tanzania, and Rwanda agreed on Monday to merge their customs posts.",
     {"Kenya", "Uganda", "Tanzania", "Rwanda"}),
])
def test_a_list_with_a_serial_comma_is_one_subject(sentence: str, sides: set[str]) -> None:
    # the clause was cut at ", and": the last name alone
    (cand,) = events("PARIS, May 12 (Reuters) - " + sentence + "\n")
    assert sides <= set(cand.participants)


def test_a_clause_joined_by_comma_and_is_no_list() -> None:
    # "in Zvecan, and Kosovo quit": Zvecan is where the attack was, no side of the quitting
    cands = events("PRISTINA, May 12 (Reuters) - Serbia suspended its payments on Monday after "
                   "an attack on its substation in Zvecan, and Kosovo quit the deal on Tuesday.\n")
    assert not any("Zvecan" in c.participants for c in cands)


@pytest.mark.parametrize("sentence", [
    "Russia deployed troops to Bangui on Monday.",
    "Moscow sent instructors to Bangui on Monday to train the army.",
])
def test_the_city_a_force_is_sent_to_names_its_state(sentence: str) -> None:
    # the sender alone took part
    (cand,) = events("MOSCOW, May 12 (Reuters) - " + sentence + "\n")
    assert {"Russia", "Central African Republic"} <= set(cand.participants)
