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
