"""Titles of extracted events: whole phrases in agreement, no pronouns, initialisms kept,
both sides named (made-up sentences for the kinds a new user saw)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2025, 3, 22)  # a Saturday


def _titles(text: str) -> list[str]:
    return [c.title for c in extract_events(text, DCT).candidates]


def test_they_is_resolved_to_the_last_two_named() -> None:
    assert _titles("Foreign Minister Ana Sato and Foreign Minister Ravi Nair spoke on Monday. "
                   "They last met in Oslo in January.") == ["Ana Sato and Ravi Nair meet in Oslo"]


def test_an_adverb_after_the_subject_keeps_the_verb_in_agreement() -> None:
    (title,) = _titles("Foreign Minister Ana Sato and Foreign Minister Ravi Nair spoke on "
                       "Monday. The two ministers last met in Munich in February.")
    assert title == "Ana Sato and Ravi Nair meet in Munich"
    (title,) = _titles("Two ministers last met in Munich in February.")
    assert "meets" not in title


def test_a_title_names_whose_relations_not_their() -> None:
    (title,) = _titles("Chile and Peru marked the normalization of their diplomatic relations "
                       "in 1992.")
    assert "their" not in title.split() and title.startswith("Chile and Peru")


def test_initialisms_keep_their_capitals() -> None:
    assert _titles("The ASEAN summit in Jakarta was held on Monday.") == \
        ["ASEAN summit in Jakarta"]


def test_a_subject_opening_with_the_names_both_sides() -> None:
    (title,) = _titles("The Philippines and Vietnam signed a coast guard cooperation agreement "
                       "on Monday.")
    assert title == "Philippines and Vietnam sign coast guard cooperation agreement"


def test_no_title_is_stored_cut_with_an_ellipsis() -> None:
    text = ("Foreign Minister Ana Sato met Foreign Minister Ravi Nair in Munich on Monday on "
            "the sidelines of the Munich Security Conference on European Defence and Security "
            "Cooperation in the Atlantic.")
    for title in _titles(text):
        assert "\u2026" not in title and title.count("(") == title.count(")")


def test_a_date_is_never_the_subject() -> None:
    for cand in extract_events("The core group first met in Lima on Feb 28, and will hold "
                               "its third meeting in Quito in mid-March.", DCT).candidates:
        assert not cand.title.startswith("Feb") and "Feb 28" not in cand.participants


def test_a_long_title_ends_before_a_phrase() -> None:
    (title,) = _titles("Norway summoned Chile's ambassador on Tuesday to protest the "
                       "detention of a Norwegian businessman in Santiago.")
    assert title == "Norway summons Chile's ambassador"
    (title,) = _titles("Chile and the Philippines agreed on Tuesday to begin negotiations on a "
                       "pact that would allow their armed forces to share fuel, food and "
                       "ammunition.")
    assert title.endswith("negotiations on a pact")


def test_the_ministers_of_two_states_are_both_sides() -> None:
    (cand,) = extract_events("The foreign ministers of Norway and Chile met in Geneva on "
                             "Tuesday.", DCT).candidates
    assert cand.title == "Norway and Chile meet in Geneva"
    assert cand.participants == ("Norway", "Chile")
