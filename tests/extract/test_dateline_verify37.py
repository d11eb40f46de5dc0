"""Datelines of a fact-checker's three outlets (verify37 F2-F4).

F2: 'ISTANBUL, March 27 (Reuters) - ... met in Istanbul on Tuesday' read in December 2026
was put in 2018, the latest year in which 27 March is a Tuesday, though nothing in the text
says the story is old; the lead's day is often days before the dateline's (27 March 2026 is
the Friday after a Tuesday).  F3: a dateline whose place starts with a capital outside
A-Z ('İstanbul', 'Łódź') was not read at all.  F4: AFP's English style, the date after the
outlet ('İstanbul (AFP) – 27 March 2026 – ...'), was read as a place and outlet with no
date: the lead event's day became the article's, and its sentence's '24 March 2026' was
lost for '27 March 2026'.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import extract_events

TODAY = dt.date(2026, 12, 3)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


REUTERS = ("ISTANBUL, March 27 (Reuters) - Russian Foreign Minister Sergei Lavrov and Ukrainian "
           "Foreign Minister Dmytro Kuleba met in Istanbul on Tuesday for talks hosted by "
           "Turkish President Recep Tayyip Erdogan.\n")


def test_a_weekday_years_back_with_nothing_saying_the_story_is_old_takes_the_latest_day():
    found = dl.read_dateline(REUTERS)
    assert found.date == dt.date(2026, 3, 27)
    assert "2018" in found.year_basis and "3 days after a Tuesday" in found.year_basis


def test_a_weekday_a_year_back_still_gives_its_year():
    # the default timeline's article: 22 March 2025 is a Saturday; 22 March 2026 is not
    found = dl.read_dateline("Tokyo, March 22 (NationPress) - The foreign ministers met on "
                             "Saturday in Tokyo.\n")
    assert found.date == dt.date(2025, 3, 22)


@pytest.mark.parametrize("place", ["İstanbul", "İSTANBUL", "Łódź", "ŁÓDŹ", "Đà Nẵng", "Århus"])
def test_a_place_starting_with_a_capital_outside_a_to_z_is_read(place: str):
    found = dl.read_dateline(f"{place}, March 27 (Reuters) - The ministers met on Friday.\n")
    assert (found.month, found.day, found.outlet) == (3, 27, "Reuters")
    assert found.place.casefold() == place.casefold()


def test_a_place_in_capitals_with_a_dash_outside_a_to_z_is_read():
    found = dl.read_dateline("ŁÓDŹ — The ministers met on Friday.\n")
    assert found.place == "Łódź"


AFP = ("Erdoğan hosts Lavrov and Kuleba in İstanbul\n\n"
       "İstanbul (AFP) – 27 March 2026 – Turkish President Recep Tayyip Erdoğan hosted Russia's "
       "Sergueï Lavrov and Ukraine's Dmytro Kuleba in İstanbul on 24 March 2026, in what he "
       "called \"a step towards peace\".\n")


def test_the_date_after_the_outlet_is_the_articles():
    found = dl.read_dateline(AFP)
    assert (found.place, found.outlet, found.date) == ("İstanbul", "AFP", dt.date(2026, 3, 27))
    dpa = dl.read_dateline("Warsaw (dpa) - Tuesday, March 3, 2026 - Polish ministers met.\n")
    assert (dpa.place, dpa.outlet, dpa.date) == ("Warsaw", "dpa", dt.date(2026, 3, 3))
    # a place and an outlet alone stay so
    assert dl.read_dateline("Hanoi (VNA) - Ministers met.\n").date is None


def test_the_hosted_meeting_keeps_its_own_day_and_is_no_plan():
    result = extract_events(AFP)
    assert result.dct == dt.date(2026, 3, 27)
    dates = {c.date.describe(): c.title for c in result.candidates}
    assert "24 March 2026" in dates, dates
    assert "scheduled" not in dates["24 March 2026"]
    assert "27 March 2026" not in dates


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\ufeff", "\u2066"])
def test_a_dateline_after_an_invisible_format_character_is_read(mark: str):
    # verify37 F12: text copied from web pages starts lines with bidi marks, zero-width
    # spaces or a byte order mark
    found = dl.read_dateline(f"{mark}DOHA, March 29, 2026 (Reuters) - Qatar offered on Sunday "
                             "to host the next round of talks.\n")
    assert (found.place, found.date) == ("Doha", dt.date(2026, 3, 29))


def test_a_date_line_opened_by_its_place_gives_the_place():
    # verify37 F19: Al Jazeera's 'Doha, Qatar - Published 29 March 2026'
    found = dl.read_dateline("Turkey's mediation: Russia and Ukraine talk again\n\n"
                             "Doha, Qatar - Published 29 March 2026\n\n"
                             "Russian and Ukrainian foreign ministers held talks in Istanbul "
                             "earlier this month, officials said.\n")
    assert (found.place, found.date) == ("Doha", dt.date(2026, 3, 29))
    # a label alone has no place
    assert dl.read_dateline("Published 29 March 2026\n\nQatar offered talks.\n").place == ""
