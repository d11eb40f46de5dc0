"""The year of lines as they were dates no act (verify41's a3: "The treaty restored the
Bourbon monarchy and left France its frontiers of 1792" was a row "Treaty signed", 1792)."""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events


def _dates(text: str) -> list[FuzzyDate]:
    return [c.date for c in extract_events(text, mode="narrative").candidates]


def test_frontiers_of_a_year_date_no_treaty() -> None:
    text = ("The allies signed the Treaty of Chaumont in March 1814. The treaty confirmed the "
            "alliance and promised Prussia its borders of 1806.")
    assert FuzzyDate.of_year(1806) not in _dates(text)


def test_an_act_in_a_year_after_borders_is_still_dated() -> None:
    # (guard: only "of" a year is the lines'; "fixed the borders in 1921" is the act's year)
    assert FuzzyDate.of_year(1921) in _dates("Poland and Soviet Russia signed a treaty that "
                                             "fixed the borders in 1921.")
