"""Participants on the shapes of unseen news (session 40, ext64): the states of the people
who agree or sign are parties to what they agree; a meeting, a call, a visit or an
agreement to meet names the people alone.

The texts are invented (none is taken from an evaluation corpus).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

DCT = dt.date(2026, 12, 2)  # a Wednesday



events, _with = readers(DCT)


def test_an_agreement_of_two_ministers_names_their_states_too() -> None:
    # the dev golds name the states of such an agreement ("Mudavadi and Fiqi agreed to set
    # up a joint commission": Kenya, Somalia); the people alone were named
    text = ("NAIROBI, Dec 2 (Reuters) - Kenyan Foreign Minister Musa Odhiambo and Tanzanian "
            "Foreign Minister Amina Salum agreed on Wednesday to set up a joint border "
            "commission.\n")
    cand = _with(text, "agree")
    assert cand.participants == ("Musa Odhiambo", "Amina Salum", "Kenya", "Tanzania")


def test_what_the_sentence_tells_as_the_two_countries_names_their_states() -> None:
    text = ("OTTAWA, Dec 2 (AP) - Canadian Foreign Minister Claire Dubois and Indian Foreign "
            "Minister Ravi Menon announced on Wednesday that the two countries would "
            "reopen consular services.\n")
    cand = _with(text, "announce")
    assert cand.participants[:2] == ("Claire Dubois", "Ravi Menon")
    assert set(cand.participants[2:]) == {"Canada", "India"}


def test_a_meeting_call_or_visit_names_the_people_alone() -> None:
    text = ("TOKYO, Dec 2 (Kyodo) - Japanese Foreign Minister Kenji Ota met South Korean "
            "Foreign Minister Park Min-ho in Tokyo on Wednesday.\n\nOta spoke by telephone with "
            "Philippine Foreign Secretary Maria Cruz on Monday.\n")
    found = events(text)
    assert {c.participants for c in found} == {("Kenji Ota", "Park Min-ho"),
                                               ("Kenji Ota", "Maria Cruz")}


def test_an_agreement_to_hold_talks_names_the_people_alone() -> None:
    text = ("SEOUL, Dec 2 (Yonhap) -- South Korean President Han Seo-jun and Japanese Prime "
            "Minister Aiko Mori agreed on Wednesday to hold talks in Busan next month.\n")
    assert all(set(c.participants) <= {"Han Seo-jun", "Aiko Mori"} for c in events(text))


def test_a_two_plus_two_meeting_names_the_two_states() -> None:
    text = ("MANILA, Dec 2 (Kyodo) - Japanese Foreign Minister Kenji Ota and Defense Minister "
            "Taro Sato met Philippine Foreign Secretary Maria Cruz and Defense Secretary Jose "
            "Reyes in Manila on Wednesday for their first two-plus-two security talks.\n")
    (cand,) = events(text)
    assert {"Japan", "Philippines"} <= set(cand.participants)


def test_one_person_s_act_names_no_state_beside_them() -> None:
    text = ("ANKARA, Dec 2 (Reuters) - Turkish Foreign Minister Selim Aydin signed the "
            "convention on Wednesday.\n")
    assert "Turkey" not in _with(text, "sign").participants


def test_a_lowercase_memorandum_signed_between_two_names_both() -> None:
    # ext63's leftover: "Memorandum signed between Ethiopia", the second party lost
    text = ("ADDIS ABABA, Dec 2 (AFP) - Ethiopia and Eritrea resumed talks on Wednesday.\n\n"
            "The memorandum signed on 1 January 2024 between Ethiopia and the Somaliland region "
            "angered Somalia.\n")
    (signed,) = [c for c in events(text) if c.date.year == 2024]
    assert signed.title == "Memorandum signed by Ethiopia and Somaliland"
    assert signed.participants == ("Ethiopia", "Somaliland")


def test_a_state_named_only_as_where_they_met_is_no_side() -> None:
    # ext63's leftover: "the two countries' defence chiefs met in Djibouti" had Djibouti (the
    # city of the same name, where the key-dates entry says they met) as a participant
    text = ("MOGADISHU, Dec 2 (AFP) - Ethiopia and Somalia agreed on Wednesday to reopen their "
            "border.\n\nOn 20 October 2026 the two countries' defence chiefs met in Djibouti."
            "\n\nKey dates:\n\n- 1 January 2024: Ethiopia and Somaliland sign a memorandum\n"
            "- 20 October 2026: Defence chiefs meet in Djibouti\n")
    (met,) = [c for c in events(text) if "Djibouti" in c.title]
    assert met.location == "Djibouti"
    assert met.participants == ("Ethiopia", "Somalia")
