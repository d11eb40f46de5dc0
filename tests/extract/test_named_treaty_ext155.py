"""verify88 F2, F5, F6 (ext155): a treaty named in a sentence about another act, with its own
dated signing in a relative clause, is not a new treaty of the sentence's other day; a
state's objection made on a day is its act; a range of months keeps its last month; a new
terminal "due to open" is a plan.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import Precision
from timeline_app.extract import extract_events

DAY = dt.date(2025, 5, 14)  # (a Wednesday)

NOTE = ("OSLO, May 14, 2025 - The fisheries ministry sent a diplomatic note to Stockholm on "
        "Tuesday arguing that the new levies contradict the fishing agreement the two "
        "countries signed in Bergen on May 5, 2011.\n")


def test_a_treaty_named_with_its_own_signing_is_not_dated_by_the_other_act() -> None:
    rows = extract_events(NOTE, DAY).candidates
    treaties = [c for c in rows if c.category == "treaty"]
    assert [(c.date.year, c.date.month, c.date.day) for c in treaties] == [(2011, 5, 5)]
    assert not any(c.date.year == 2025 and c.category == "treaty" for c in rows)


def test_a_treaty_named_without_a_clause_of_its_own_keeps_the_sentence_s_date() -> None:
    text = ("OSLO, May 14, 2025 - Norway and Sweden signed a fishing agreement in Bergen on "
            "Tuesday, the two countries said.\n")
    rows = extract_events(text, DAY).candidates
    assert any(c.category == "treaty" and (c.date.year, c.date.month, c.date.day) == (2025, 5, 13)
               for c in rows)


def test_an_objection_made_on_a_day_is_a_row() -> None:
    text = ("OSLO, May 14, 2025 - Norway's fisheries ministry on Wednesday formally objected to "
            "a new schedule of port levies that Sweden's harbour board plans to bring in.\n")
    rows = extract_events(text, DAY).candidates
    objections = [c for c in rows if "objects" in c.title]
    assert objections and objections[0].category == "dispute"
    assert (objections[0].date.month, objections[0].date.day) == (5, 14)


def test_a_stance_objected_to_stays_no_row() -> None:
    text = ("OSLO, May 14, 2025 - Sweden had long objected to any quota deal between the "
            "coastal states, officials said on Wednesday.\n")
    assert not any("objects" in c.title for c in extract_events(text, DAY).candidates)


def test_a_range_of_months_keeps_its_last_month() -> None:
    text = ("OSLO, May 14, 2025 - The harbour at Lysekil, which was closed for dredging from "
            "February to April 2025, reopened to fishing boats on Wednesday.\n")
    rows = [c for c in extract_events(text, DAY).candidates if c.date.month == 2]
    assert rows and rows[0].end is not None
    assert (rows[0].end.year, rows[0].end.month) == (2025, 4)
    assert rows[0].end.precision is Precision.MONTH


def test_a_terminal_due_to_open_beside_an_aside_is_a_plan() -> None:
    text = ("OSLO, May 14, 2025 - A new cargo terminal at Narvik, near the frontier, is due to "
            "open in spring 2026.\n")
    rows = [c for c in extract_events(text, DAY).candidates if c.date.year == 2026]
    assert rows and "(scheduled)" in rows[0].title and "terminal" in rows[0].title.lower()


def test_disagreements_said_settled_are_a_dispute_s_end_not_a_treaty() -> None:
    text = ("OSLO, May 14, 2025 - Ties were tense in late 2019, when Norway protested a Swedish "
            "rise in harbour dues, but the two governments said on Wednesday that these "
            "disagreements had been settled.\n")
    settled = [c for c in extract_events(text, DAY).candidates if "settled" in c.title.lower()]
    assert settled and settled[0].category == "dispute"


def test_an_agreement_that_leaders_will_meet_elsewhere_is_placed_where_it_was_made() -> None:
    text = ("OSLO, May 14, 2025 - The trade ministers of Norway and Sweden agreed on Wednesday "
            "that the two countries' kings will meet in the harbour town of Lysekil on June 9, "
            "2026.\n")
    rows = extract_events(text, DAY).candidates
    agreed = [c for c in rows if c.category == "treaty" and c.date.year == 2025]
    assert agreed and agreed[0].location != "Lysekil"
    assert "Lysekil" not in agreed[0].title  # (nor the agreement's place as the meeting's)
    assert "Oslo" not in agreed[0].title


def test_a_plan_told_in_a_relative_clause_names_what_is_planned() -> None:
    text = ("OSLO, May 14, 2025 - Norway on Wednesday criticised a new table of port levies "
            "that Sweden's harbour board plans to introduce on July 1, 2025.\n")
    plans = [c for c in extract_events(text, DAY).candidates if c.date.month == 7]
    assert plans and plans[0].title == ("Sweden's harbour board introduces new table of port "
                                        "levies (scheduled)")


def test_a_diplomatic_note_sent_is_a_dispute_row_placed_apart_from_what_it_argues() -> None:
    notes = [c for c in extract_events(NOTE, DAY).candidates if "note" in c.title]
    assert notes and notes[0].category == "dispute"
    assert (notes[0].date.month, notes[0].date.day) == (5, 13)
    assert notes[0].location != "Bergen" and "Bergen" not in notes[0].title
