"""Events a feature states plainly with a season, a year or a decade (verify74 F8, verify75
F6, session 57).  Each date was tagged; the words that tell the event were no trigger: "The
relaunch came in the spring of 2010" (a noun of talks begun again), "We exchanged offers in
2016" (a negotiation's step), "The EU asked for an additional environmental instrument in the
spring of 2023" (a side's demand), and a chronology's line opened by a decade ("- In the
1980s: ...") was no entry at all.  The articles are written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers
from timeline_app.extract.chronology import chronology_entry, entry_year

events, the_one = readers(dt.date(2025, 1, 20))

FEATURE = (
    "The long road to Lima: how a fisheries pact outlived its negotiators\n\n"
    "By A. Writer\n\n"
    "LIMA - The talks had been opened with great hopes, but by the late 2000s they were going "
    "nowhere. The relaunch came in the autumn of 2012, under a Chilean presidency of the forum. "
    "\"We exchanged offers in 2015 and nobody believed them,\" an old negotiator recalls.\n\n"
    "Peru asked for an additional monitoring protocol in the spring of 2021; Ecuador answered "
    "with demands of its own.\n")


def test_talks_begun_again_told_by_their_noun_are_an_event_of_their_season() -> None:
    row = the_one(FEATURE, "elaunch")
    assert str(row.date) == "autumn 2012", row.date_basis
    assert row.category == "meeting"


def test_offers_exchanged_in_a_negotiation_are_an_event_of_their_year() -> None:
    row = the_one(FEATURE, "offers")
    assert str(row.date) == "2015", row.date_basis


def test_a_side_asking_for_a_text_to_be_added_is_an_event_of_its_season() -> None:
    row = the_one(FEATURE, "protocol")
    assert str(row.date) == "spring 2021", row.date_basis
    assert "Peru" in row.participants


def test_views_exchanged_and_calm_asked_for_stay_no_events() -> None:
    text = ("LIMA, Jan 20 (X) - Peru and Chile exchanged views on Monday. Peru asked for calm "
            "in the spring of 2021.\n")
    assert not any("asks for calm" in c.title or "views" in c.title for c in events(text))


CHRONOLOGY = (
    "Explainer: how the anchovy row began\n\nIts roots go back decades.\n\nChronology\n\n"
    "- 1972: Peru closes its anchovy fishery after a collapse of the stock.\n"
    "- In the 1980s: Anchovy is landed mainly in Chimbote; the Chilean catch is small.\n"
    "- 1997: Peru and Chile sign their first arrangement on sharing the catch.\n")


def test_a_chronology_line_opened_by_a_decade_is_an_event_of_that_decade() -> None:
    row = the_one(CHRONOLOGY, "Anchovy is landed")
    assert str(row.date) == "the 1980s", row.date_basis


def test_a_decade_stamp_is_an_entry_with_no_single_year() -> None:
    at = CHRONOLOGY.index("Anchovy is landed")
    stamp = chronology_entry(CHRONOLOGY, at)
    assert stamp is not None and stamp.group("decade") == "1980"
    assert entry_year(stamp) is None


def test_a_collapse_told_by_its_noun_with_its_year_before_it_is_an_event_of_that_year() -> None:
    text = ("LIMA - Talks between Peru and Chile on the catch opened in 2001. After the 2009 "
            "collapse, the negotiators did not sit down together again for almost six years.\n")
    rows = [c for c in events(text) if str(c.date) == "2009"]
    assert len(rows) == 1 and rows[0].category == "dispute", [(str(c.date), c.title) for c in events(text)]


def test_a_collapse_with_no_year_before_it_stays_no_row_of_its_own() -> None:
    text = ("LIMA, Jan 20 (X) - Peru and Chile resumed talks on Monday. The collapse of the sol "
            "worried both sides in 2009.\n")
    assert not any(c.title.lower().startswith("collapse") for c in events(text))
