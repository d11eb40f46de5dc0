"""A chronology line's own year dates what it tells (verify75, session 56): a year-less season
in it is of the line's year (F2: "- 2007: Large shoals ... appear ... during the summer" was
dated summer 1977, the year of a line before), and the line's main clause is its event, dated
by that year, whatever a side clause tells (F3: "- 1977: The Faroe Islands declare a
200-nautical-mile zone, following Iceland, which had fought three "Cod Wars" with Britain
between 1958 and 1976" gave only "1958 — Iceland fights ...").  The articles are written for
these tests."""

from __future__ import annotations

import pytest

from timeline_app.extract import extract_events

CHRONOLOGY = (
    "Explainer: how the whaling row began\n\nThe row goes back decades.\n\nChronology\n\n"
    "- 1986: The whaling commission bans commercial whaling worldwide.\n"
    "- 1992: Iceland leaves the whaling commission.\n"
    "- 2003: Iceland resumes scientific whaling during the summer.\n"
    "- 2006: Iceland resumes commercial whaling in October.\n")
DATED = "REYKJAVIK, 12 November 2026 (X) - Whaling talks broke down on Thursday.\n\n"


@pytest.mark.parametrize("head", ["", DATED], ids=["undated", "dated"])
def test_a_season_in_a_chronology_line_is_of_the_line_s_year(head: str) -> None:
    rows = extract_events(head + CHRONOLOGY).candidates
    row = next(c for c in rows if "scientific whaling" in c.title)
    assert str(row.date) == "summer 2003", row.date_basis
