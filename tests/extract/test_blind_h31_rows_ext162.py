"""Rows of blind set h31 (ext162) the vocabulary missed, in sentences written for these
tests: a state joining as a member, one state recognising another, relations that sour (not
when the act that soured them is told beside), a formal request filed, and a conflict whose
subject has a superlative between commas."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract import extract_events

DCT = _dt.date(2026, 3, 4)

HEAD = "OSLO, March 4, 2026 (Wire) - Ministers met on Tuesday.\n\n"


def _rows(sentence: str) -> list[tuple[str, str]]:
    result = extract_events(HEAD + sentence + "\n", dct=DCT)
    return [(str(c.date), c.title) for c in result.candidates
            if c.title != "Ministers meet"]


def test_a_state_that_joined_as_a_full_member_is_a_row() -> None:
    assert _rows("Chile finally joined as a full member in April 2025.") == [
        ("April 2025", "Chile joins as a full member")]


def test_a_state_recognised_by_name_is_a_row() -> None:
    rows = _rows("Peru had recognised Norway in 1950.")
    assert [d for d, _ in rows] == ["1950"]


def test_recognising_a_state_s_role_is_no_row() -> None:
    assert _rows("Peru recognised Norway's help with the harvest in 1950.") == []


def test_relations_that_soured_are_a_row() -> None:
    rows = _rows("Ties between Lima and Quito soured in November over a fishing quota.")
    assert [d for d, _ in rows] == ["November 2025"]


def test_relations_soured_by_an_act_told_beside_them_are_one_row() -> None:
    rows = _rows("Relations between Lima and Quito soured in November 2024, when Peru "
                 "expelled a Chilean diplomat.")
    assert len(rows) == 1


def test_an_extradition_request_filed_is_a_row() -> None:
    rows = _rows("Portugal filed its formal extradition request in February.")
    assert [d for d, _ in rows] == ["February 2026"]


def test_fighting_told_with_a_superlative_aside_is_a_row() -> None:
    rows = _rows("The shelling, the heaviest in a decade, broke out on February 11 after a "
                 "patrol was ambushed.")
    assert [d for d, _ in rows] == ["11 February 2026"]


def test_states_a_bloc_admitted_are_a_treaty_row() -> None:
    result = extract_events(HEAD + "The bloc admitted Chile, Bolivia and the Netherlands in "
                            "May 2020.\n", dct=DCT)
    rows = [c for c in result.candidates if c.title != "Ministers meet"]
    assert [(str(c.date), c.category) for c in rows] == [("May 2020", "treaty")]


def test_a_body_that_will_sit_for_the_first_time_is_a_plan() -> None:
    rows = _rows("The Peru-Norway fisheries commission will convene for the first time in "
                 "Lima in May 2026.")
    assert [d for d, _ in rows] == ["May 2026"]


def test_a_title_case_headline_s_verb_ends_the_name_before_it() -> None:
    text = ("Ministry of Foreign Affairs\n\nPRESS RELEASE\n\n"
            "Foreign Minister Rahman Holds Video Call with Chilean Counterpart\n\n"
            "Dhaka, 22 April 2026 \u2014 Foreign Minister of Bangladesh, Rahman, held a video "
            "call with the Foreign Minister of Chile this afternoon.\n")
    people = {p for c in extract_events(text).candidates for p in c.participants}
    assert "Rahman" in people
    assert not any("Holds" in p for p in people)
