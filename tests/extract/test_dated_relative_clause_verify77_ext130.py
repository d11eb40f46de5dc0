"""A 'where' clause with its own day after a coarser date: "brought the sides to Lisbon in March
2021, where they signed a pledge ... on March 9, 2021" -- the signing is the 9th's (verify77
F12: the background's signing kept only the month, the day lost); and a place of two words
taken, "captured El Geneina", is an event (F12: none).  The sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 2)


def _dates(text: str) -> dict[str, str]:
    return {c.title: str(c.date) for c in extract_events(text, DCT).candidates}


def test_the_relative_clause_s_verb_takes_its_own_day() -> None:
    dates = _dates("Oslo and Rome first brought the two factions to Lisbon in March 2021, where "
                   "they signed a pledge on sparing schools on March 9, 2021.")
    signing = next(d for title, d in dates.items() if "pledge" in title)
    assert signing == "9 March 2021"


def test_without_a_date_of_its_own_the_clause_keeps_the_date_before_it() -> None:
    dates = _dates("Oslo and Rome first brought the two factions to Lisbon in March 2021, where "
                   "they signed a pledge on sparing schools.")
    signing = next(d for title, d in dates.items() if "pledge" in title)
    assert signing == "March 2021"


def test_a_place_of_two_words_with_a_particle_is_captured() -> None:
    # (verify77 F12: "captured El Fasher in October 2025" gave no event at all)
    for place in ("El Geneina", "Port Harcourt", "Wad Medani"):
        dates = _dates(f"The militia captured {place} in August 2024 after a long siege.")
        assert dates == {f"Militia captures {place}": "August 2024"}, dates

