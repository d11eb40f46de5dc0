"""Verbs of diplomacy the vocabulary lacked ('replied', 'spoke directly with', 'took oral
evidence', 'restart'), each a row only where the text dates it; a treaty dated by its own
"of" phrase is that treaty's signing, not the act of the clause that names it; and a plan
that visits "could restart" is no visit (ext135, from ext133's leftovers and verify78's
articles).  The sentences are written for these tests; the DCT is Thursday 3 December
2026."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

THURSDAY = dt.date(2026, 12, 3)
_LINE = "TARN, Dec 3 (Reuters) - "


def _rows(text: str) -> list[tuple[str, str]]:
    return [(str(c.date), c.title) for c in extract_events(_LINE + text, THURSDAY).candidates]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruvia replied late last month through Norland.",
     [("late November 2026", "Ruvia replies through Norland")]),
    ("Ruvia replied on Monday to the proposal of the European Union.",
     [("30 November 2026", "Ruvia replies to the proposal of the European Union")]),
    ("Vaz spoke directly with Karlsen on Saturday.",
     [("28 November 2026", "Vaz meets with Karlsen")]),
    ("The committee took oral evidence from the foreign minister in June.",
     [("June 2026", "Committee takes oral evidence")]),
    # (already a row: a guard)
    ("The German chancellor paid a visit to Warsaw on Monday.",
     [("30 November 2026", "Germany visits Warsaw")]),
    ("Leaders endorsed the Declaration on Ocean Peace on Tuesday.",
     [("1 December 2026", "Leaders endorse Declaration on Ocean Peace")]),
])
def test_a_dated_act_told_by_the_verb_is_a_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    "Ruvia replied through Norland.",
    "Ruvia has not replied to requests for comment on Monday.",
    "Ruvia replied that it would study the text.",
    "Vaz spoke directly with Karlsen, state television said.",
    "Vaz spoke with reporters on Monday.",
    "The committee took oral evidence from the foreign minister.",
    "Leaders endorsed the Declaration on Ocean Peace.",
])
def test_no_row_where_the_text_gives_no_date_or_no_diplomatic_act(text: str) -> None:
    assert _rows(text) == []


def test_a_treaty_dated_by_its_own_of_phrase_is_its_signing() -> None:
    # (verify78's article 2: its 1963 row was the renewal, titled "Renews ... Treaty")
    rows = _rows("Ruvia and Norland signed a pact in Tarn on Monday, in the hall where their "
                 "predecessors signed the Treaty of Tarn on 14 May 2001, which itself renewed "
                 "the Kessel Treaty of 3 June 1955 that ended the border war.")
    assert rows == [("3 June 1955", "Kessel Treaty signed"),
                    ("14 May 2001", "Treaty of Tarn signed"),
                    ("30 November 2026", "Ruvia and Norland sign pact in Tarn")]


def test_visits_that_could_restart_are_a_restart_not_a_visit() -> None:
    rows = _rows("Officials said visa-free visits by former island residents, suspended in "
                 "2022, could restart as early as next summer.")
    assert rows == [("2022", "Visa-free visits suspended"),
                    ("summer 2027", "Visa-free visits restart (scheduled)")]


def test_talks_restarted_are_a_row() -> None:
    assert _rows("Ruvia and Norland will restart talks on the border next month.") == [
        ("January 2027", "Ruvia and Norland restart talks on the border (scheduled)")]
