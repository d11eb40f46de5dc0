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


SIDE = ("Explainer: how the whaling row began\n\nThe row goes back decades.\n\nChronology\n\n"
        "- 1976: Norway extends its fishing limits to 200 miles, after Iceland, which had "
        "fought three wars with Britain between 1958 and 1975.\n"
        "- 1992: Iceland leaves the whaling commission.\n")


def test_a_chronology_line_s_main_clause_is_its_event_beside_a_side_clause_s_act() -> None:
    rows = extract_events(SIDE).candidates
    main = [c for c in rows if c.title.startswith("Norway extends")]
    assert len(main) == 1 and str(main[0].date) == "1976", [(str(c.date), c.title) for c in rows]
    # (the side clause's words are no part of the line's title)
    assert "Iceland" not in main[0].title


def test_a_counted_series_between_two_years_spans_them() -> None:
    rows = extract_events(SIDE).candidates
    series = next(c for c in rows if "wars" in c.title.lower())
    assert str(series.date) == "1958" and series.end is not None and str(series.end) == "1975"


def test_one_act_between_two_years_keeps_its_year() -> None:
    rows = extract_events("Explainer\n\nThe row is old. Norway lodged an objection between "
                          "1982 and 1985, officials said.").candidates
    assert all(c.end is None for c in rows), [(str(c.date), c.end, c.title) for c in rows]


def test_a_line_cut_by_its_side_clause_before_its_verb_gives_no_stub_row() -> None:
    text = ("Explainer\n\nChronology\n\n- 1977: Iceland, which had fought three wars with "
            "Britain between 1958 and 1976, declares a zone.\n- 1999: The EU and Norway sign an "
            "arrangement.\n")
    assert all(c.title != "Iceland" for c in extract_events(text).candidates)
