"""Participants of extracted events: both sides, states by name or adjective, as the
issue's "Participants" kinds ask (made-up sentences)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2025, 3, 22)  # a Saturday


def _only(text: str) -> tuple[str, ...]:
    (cand,) = extract_events(text, DCT).candidates
    return cand.participants


def test_the_state_acted_on_takes_part_after_the_actor() -> None:
    assert _only("Norway summoned Chile's ambassador on Tuesday.") == ("Norway", "Chile")
    assert _only("Kenya recalled its ambassador to Argentina on Monday.") == \
        ("Kenya", "Argentina")


def test_a_state_named_by_its_adjective_takes_part() -> None:
    assert _only("The Belarusian foreign ministry summoned Poland's charge d'affaires on "
                 "Thursday.") == ("Belarus", "Poland")
    assert _only("Norway expelled two Belarusian diplomats on Thursday.") == \
        ("Norway", "Belarus")


def test_an_adjective_of_a_place_name_is_no_state() -> None:
    # "Indian Ocean", "Indian-administered": a place, not India acting.
    assert "India" not in _only("Chile and Peru signed an accord in the Indian Ocean "
                                "port on Monday.")


def test_an_official_stands_for_the_state_of_the_title() -> None:
    assert _only("Japanese Foreign Minister Ana Sato met Kenyan Foreign Minister Joe Ruto "
                 "on Monday.") == ("Ana Sato", "Joe Ruto")


def test_both_sides_of_a_coordinated_subject() -> None:
    assert _only("Chile and the Philippines agreed on Tuesday to begin negotiations on a "
                 "pact.") == ("Chile", "Philippines")
    # "Xi" and "Wu": a two-letter part of a known name refers to the person.
    text = ("President Wu Lan spoke on Monday. Wu and President Ana Sato met in Lima on "
            "Tuesday.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "meet" in c.title]
    assert cand.participants == ("Wu Lan", "Ana Sato")


def test_the_actor_of_a_present_tense_first_verb_meets_too() -> None:
    text = ("Prime Minister Ravi Nair arrived on Monday. Nair leaves for Lima on Wednesday and "
            "is to meet President Ana Sato on Thursday.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "meet" in c.title]
    assert cand.participants == ("Ravi Nair", "Ana Sato")


def test_a_date_is_never_the_antecedent_of_its() -> None:
    text = ("The core group first met in Lima in January, and will hold its third meeting "
            "in Quito on March 10.")
    for cand in extract_events(text, DCT).candidates:
        assert not any(p.startswith("March") for p in cand.participants)


def test_the_doer_after_by_takes_part_in_an_event_noun() -> None:
    # Two events since the brokering and the expiry are read apart: the brokering's doer.
    truce = extract_events("The truce brokered by the United Nations in April 2022 expired "
                           "in October.", DCT).candidates
    assert any(c.participants[:1] == ("United Nations",) for c in truce)
    assert _only("The accord was renewed in 2017 during a visit to Lima by then-president "
                 "Ana Sato.") == ("Ana Sato",)


def test_titles_written_in_lower_case_name_a_person() -> None:
    (cand,) = extract_events("Foreign Minister Ana Sato held talks with visiting Peruvian "
                             "presidential adviser Luis Vega in Lima on Tuesday.",
                             DCT).candidates
    assert cand.participants == ("Ana Sato", "Luis Vega")
    assert cand.title == "Ana Sato and Luis Vega meet in Lima"


def test_the_leaders_of_a_list_of_states_are_all_sides() -> None:
    (cand,) = extract_events("The leaders of Chile, Peru and Japan held their last trilateral "
                             "summit in Lima in May 2024.", DCT).candidates
    assert cand.participants == ("Chile", "Peru", "Japan")
    assert cand.title == "Trilateral meeting of Chile, Peru and Japan in Lima"


def test_a_meeting_folded_into_a_visit_names_the_host_too() -> None:
    # "met Ana Sato" is absorbed by the visit: one event, both sides
    text = ("President Ana Sato spoke on Monday. Foreign Minister Ravi Nair visited Lima in "
            "May last year, his first trip there in six years, and met Sato for talks.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "Lima" in c.title]
    assert cand.participants[:2] == ("Ravi Nair", "Ana Sato")


def test_a_prefixed_verb_keeps_its_coordinated_subject() -> None:
    # "co-chaired": the subject is before the prefix, both leaders chair
    text = ("President Ana Sato and Prime Minister Ravi Nair met on Tuesday. A day earlier, "
            "Sato and Nair co-chaired the Lima Action Summit in Lima.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "chair" in
               c.evidence[0].sentence and "co-chaired" in c.evidence[0].sentence]
    assert set(cand.participants[:2]) == {"Ana Sato", "Ravi Nair"}


def test_the_two_and_their_leaders_refer_back() -> None:
    text = ("President Ana Sato welcomed Prime Minister Ravi Nair to Lima on Friday, and the "
            "two pledged to renew their partnership.")
    pledge = [c for c in extract_events(text, DCT).candidates if "pledge" in c.title.lower()]
    assert pledge and set(pledge[0].participants[:2]) == {"Ana Sato", "Ravi Nair"}
    text = ("Japan and Chile agreed on Friday to hold joint drills, a week after their "
            "leaders met President Ana Sato in Lima.")
    met = [c for c in extract_events(text, DCT).candidates if "Ana Sato" in c.participants]
    assert met and {"Japan", "Chile"} <= set(met[0].participants)


def test_who_attends_an_event_takes_part() -> None:
    text = ("President Ana Sato spoke on Monday. Chile looks forward to Sato's attendance at "
            "the Andes summit in Lima in October.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if c.location == "Lima"]
    assert "Ana Sato" in cand.participants


def test_each_object_of_a_gapped_meeting_verb_meets_on_its_own_day() -> None:
    text = ("ABU DHABI, March 22 (WAM) -- UN special envoy Luis Vega, who met Chilean Defence "
            "Minister Prince Khalid bin Omar in Riyadh on Monday and Peruvian Foreign Minister "
            "Ana Sato in Muscat on Tuesday, held talks in Abu Dhabi on Wednesday.")
    cands = extract_events(text, DCT).candidates
    muscat = next(c for c in cands if c.location == "Muscat")
    riyadh = next(c for c in cands if c.location == "Riyadh")
    assert muscat.participants[:2] == ("Luis Vega", "Ana Sato")
    assert "Khalid bin Omar" in riyadh.participants and "Ana Sato" not in riyadh.participants
