"""Dated acts told by verbs outside diplomacy's usual set: grids disconnected and synchronised,
imports stopped, a suspension lifted, committees set up by "the two governments" (from blind
set h17's error kinds: each gave no row).  The sentences are written for these tests."""

from __future__ import annotations

from timeline_app.extract import extract_events

LEAD = "VILNIUS, Feb. 10 (Reuters) - Lithuania and Poland held talks in Vilnius on Monday.\n\n"


def _rows(sentence: str) -> dict[str, str]:
    found = extract_events(LEAD + sentence + "\n").candidates
    return {c.title: str(c.date) for c in found if "talks" not in c.title.lower()
            and "meet" not in c.title.lower()}


def test_grids_disconnected_and_synchronised_are_two_dated_acts() -> None:
    rows = _rows("Lithuania, Latvia and Estonia disconnected their power grids from the "
                 "Russian-controlled system on Saturday and synchronised with the European "
                 "network on Sunday.")
    assert sorted(rows.values()) == ["8 February 2025", "9 February 2025"], rows
    assert any("disconnect" in t for t in rows) and any("synchronise" in t for t in rows), rows


def test_trade_stopped_and_a_suspension_lifted() -> None:
    rows = _rows("The three Baltic states stopped importing electricity from Russia in May "
                 "2022. Poland lifted the suspension of flights in April 2023.")
    assert "May 2022" in rows.values() and "April 2023" in rows.values(), rows


def test_the_two_governments_set_up_committees() -> None:
    rows = _rows("The two governments set up joint committees in 2021.")
    assert list(rows.values()) == ["2021"], rows


def test_words_that_are_no_such_act() -> None:
    # no grid, no trade: "stopped talking", "disconnected from reality", "set up" by no state
    rows = _rows("The minister stopped talking in May 2022. Critics said the plan was "
                 "disconnected from reality in April 2023.")
    assert rows == {}, rows
