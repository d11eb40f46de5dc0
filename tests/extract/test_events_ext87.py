"""Participants of unseen news (session 49, ext87): the misses of the h10 and h11 sets once
they joined dev -- a list of states after a fronted date and its comma, a guest "visiting"
after "and", a counterpart named after a comma, the capitalised plural office of a readout or
joint statement ("the two Prime Ministers", "The Leaders"), an office written in capitals
before a name ("Indian High Commissioner X", "India's Ambassador X").

The texts are invented (none is a dev article's or an evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.candidates import readers
from timeline_app.extract.pipeline.entities import Entities

DCT = dt.date(2027, 5, 12)  # a Wednesday

events, _with = readers(DCT)


@pytest.mark.parametrize("opening", [
    "On Sunday, ", "Last week, ", "On 9 May, ", "On May 9, 2027, ", "Earlier this month, ",
    "In April 2027, ",
])
def test_a_list_of_states_after_a_fronted_date_and_its_comma_is_the_whole_subject(
        opening: str) -> None:
    # (main: "Uganda and Tanzania sign", the first state lost at the date's comma)
    text = f"{opening}Kenya, Uganda and Tanzania signed a customs pact in Arusha.\n"
    cand = _with(text, "pact")
    assert {"Kenya", "Uganda", "Tanzania"} <= set(cand.participants)
    assert cand.title.startswith("Kenya, Uganda and Tanzania")


def test_a_fronted_place_is_no_date_and_opens_no_list() -> None:
    # "In Arusha, Kenya" may be a city and its state: the subject stays the clause's
    text = "In Arusha, Kenya, Uganda and Tanzania signed a customs pact on Monday.\n"
    cand = _with(text, "pact")
    assert "Arusha" not in cand.participants


def test_a_visiting_guest_after_and_is_a_second_subject() -> None:
    # (main: "Nalani Keomaka holds talks", the host lost)
    text = ("President Aroha Tane and visiting Fijian Prime Minister Nalani Keomaka held talks "
            "in Wellington on Monday.\n")
    cand = _with(text, "meet")
    assert {"Aroha Tane", "Nalani Keomaka"} <= set(cand.participants)


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Sela Moana held talks with his Tongan counterpart, Viliami Tangi, "
    "in Suva on Monday.",
    "Foreign Minister Sela Moana held talks on Monday with his Tongan counterpart, Viliami "
    "Tangi, in Suva.",
])
def test_a_counterpart_named_after_a_comma_is_the_one_met(sentence: str) -> None:
    # (main: the counterpart's state only, "Sela Moana holds talks with Tonga")
    cand = _with(sentence + "\n", "Suva")
    assert {"Sela Moana", "Viliami Tangi"} <= set(cand.participants)


@pytest.mark.parametrize(("second", "word"), [
    ("On Thursday, the two Prime Ministers are expected to sign a maritime accord.", "accord"),
    ("The Leaders agreed to meet again in Apia in 2028.", "Apia"),
])
def test_a_capitalised_plural_office_is_the_two_people_not_a_participant(
        second: str, word: str) -> None:
    # (main: "Prime Ministers" and "Leaders" were the participants)
    text = ("Prime Minister Aroha Tane met Prime Minister Nalani Keomaka in Wellington on "
            f"Monday. {second}\n")
    cand = _with(text, word)
    assert not {"Prime Ministers", "Leaders"} & set(cand.participants)
    assert {"Aroha Tane", "Nalani Keomaka"} <= set(cand.participants)


def test_the_two_heads_of_state_of_a_communique_stay_the_two_heads() -> None:
    text = ("President Aroha Tane received President Nalani Keomaka in Wellington on 3 May "
            "2027. On 4 May 2027, the two Heads of State held plenary talks at Government "
            "House.\n")
    cand = _with(text, "Government House")
    assert "Heads of State" not in cand.participants


@pytest.mark.parametrize("envoy", [
    "Fijian High Commissioner Ratu Tevita Lomani", "Fiji's High Commissioner Ratu Tevita Lomani",
    "Fiji's Ambassador Ratu Tevita Lomani",
])
def test_an_office_in_capitals_before_a_name_is_no_part_of_the_name(envoy: str) -> None:
    # (main: no one for "Fijian High Commissioner X", and "Ambassador X" or "High
    # Commissioner X" as a participant after a state's possessive)
    text = f"Tonga summoned {envoy} on Monday to lodge a protest.\n"
    assert "Ratu Tevita Lomani" in Entities(text).people
    cand = _with(text, "summon")
    assert {"Tonga", "Fiji", "Ratu Tevita Lomani"} <= set(cand.participants)
    assert not any(p.startswith(("High", "Ambassador")) for p in cand.participants)


def test_the_country_is_the_state_the_story_is_about() -> None:
    # (main: "Country joins NATO", the state no participant)
    text = ("REYKJAVIK, May 12 (Reuters) - Iceland said on Wednesday it would host the Arctic "
            "talks. Iceland's foreign minister will chair them. The country joined NATO in "
            "April 1949.\n")
    cand = _with(text, "NATO")
    assert {"Iceland", "NATO"} <= set(cand.participants)
    assert "Country" not in cand.title


def test_the_country_of_a_story_of_two_states_named_as_often_is_no_one() -> None:
    text = "Iceland and Norway held talks on Monday. The country joined NATO in April 1949.\n"
    cand = _with(text, "NATO")
    assert not {"Iceland", "Norway"} & set(cand.participants)


@pytest.mark.parametrize(("sentence", "court"), [
    ("Hungary left the ICC in April 2027.", "ICC"),
    ("Hungary withdrew from the International Criminal Court in April 2027.",
     "International Criminal Court"),
    ("Belize took its dispute with Guatemala to the ICJ in June 2019.", "ICJ"),
    ("Belize took its dispute with Guatemala to the International Court of Justice in June "
     "2019.", "International Court of Justice"),
])
def test_the_courts_in_the_hague_are_sides(sentence: str, court: str) -> None:
    # (main: the court was no participant)
    cand = events(sentence + "\n")[0]
    assert court in cand.participants


def test_a_meeting_between_the_two_presidents_is_theirs() -> None:
    # (main: no one)
    text = ("Fijian President Aroha Tane and Tongan President Nalani Keomaka spoke by phone on "
            "Monday. The last face-to-face meeting between the two presidents took place in "
            "Nadi on April 2.\n")
    cand = _with(text, "Nadi")
    assert {"Aroha Tane", "Nalani Keomaka"} <= set(cand.participants)


@pytest.mark.parametrize("said", ["said Tuesday", "said on Tuesday"])
def test_who_speaks_after_talks_held_them_with_the_day_between(said: str) -> None:
    # (main: "Meeting with Viliami Tangi", the speaker left out)
    text = (f"Foreign Minister Sela Moana {said} after talks with Tongan Foreign Minister "
            "Viliami Tangi that the two states would sign a fisheries accord.\n")
    cand = _with(text, "meet")
    assert {"Sela Moana", "Viliami Tangi"} <= set(cand.participants)


def test_the_traveller_of_a_plan_is_the_subject_before_an_aside_of_his_trip() -> None:
    # (main: "Meeting with Viliami Tangi in Nuku'alofa", the traveller lost)
    text = ("Foreign Minister Sela Moana arrived in Apia on Monday. Moana, on his first trip to "
            "Polynesia since taking office, is scheduled to fly to Suva on Thursday for talks "
            "with Fijian Foreign Minister Viliami Tangi.\n")
    cand = _with(text, "Suva")
    assert {"Sela Moana", "Viliami Tangi"} <= set(cand.participants)


def test_who_is_due_somewhere_for_talks_takes_part_in_them() -> None:
    # (main: "Meeting with Viliami Tangi in Suva", the traveller left out)
    text = ("Prime Minister Sela Moana announced the vote on Monday. Moana is due in Suva in "
            "early June for talks with Fijian Prime Minister Viliami Tangi.\n")
    cand = _with(text, "Suva")
    assert {"Sela Moana", "Viliami Tangi"} <= set(cand.participants)


@pytest.mark.parametrize("sentence", [
    "Fiji and Tonga marked 50 years of diplomatic ties in 2021, counting from a treaty of "
    "friendship signed in Apia in 1971.",
    "Fiji and Tonga signed a fisheries accord in 2005, though two quotas stayed open until an "
    "agreement in July 2023.",
])
def test_a_text_naming_no_party_is_the_sentence_s_two_states(sentence: str) -> None:
    # (main: the treaty of 1971 and the agreement of 2023 named no one)
    cands = events(sentence + "\n")
    assert len(cands) == 2
    for cand in cands:
        assert {"Fiji", "Tonga"} <= set(cand.participants), cand


@pytest.mark.parametrize("sentence", [
    # a state named as a place, inside a release's address, or a third one: no pair
    "Leaders of the Pacific Islands Forum closed their summit in the Fijian capital with a "
    "pact on fisheries and agreed to meet again in Apia, Samoa, in 2030.",
    "(Forum Secretariat, Suva, Fiji) 3 May 2027 - Ministers of Tonga reached an agreement in "
    "Nuku'alofa on Thursday.",
    "Fiji, Tonga and Samoa marked 50 years of ties in 2021, counting from a treaty signed in "
    "1971.",
])
def test_a_text_in_a_sentence_without_one_pair_stays_as_it_was(sentence: str) -> None:
    for cand in events(sentence + "\n"):
        assert set(cand.participants) != {"Fiji", "Samoa"} and \
            set(cand.participants) != {"Fiji", "Tonga"}, cand


@pytest.mark.parametrize("epithet", ["Neighbouring", "Landlocked"])
def test_an_epithet_opening_the_sentence_is_no_part_of_the_state_s_name(epithet: str) -> None:
    # (main: the participant "Neighbouring Albania", "Landlocked Malawi")
    text = (f"{epithet} Malawi, which started talks together with Zambia, signed a transit "
            "accord with Mozambique in 2019.\n")
    cand = events(text)[0]
    assert {"Malawi", "Mozambique"} <= set(cand.participants)
    assert not any(p.startswith(epithet) for p in cand.participants)


def test_the_other_side_named_after_its_region_s_description() -> None:
    # (main: Ethiopia alone; "with Somaliland" was read since ext84)
    text = ("Ethiopia signed a memorandum of understanding with the breakaway region of "
            "Somaliland on Jan. 1, 2024.\n")
    assert {"Ethiopia", "Somaliland"} <= set(events(text)[0].participants)
