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
