"""A year the text tells as coming bounds a year-less dateline's year from below (verify75 F1:
'TORSHAVN, Faroe Islands, Nov 12 (Reuters)' over 'collapsed on Thursday', a ban 'lifted in
August 2014' and a government that 'would set its own quota for 2027' was put in 2015, the
first Thursday 12 November after the past date, read on 6 December 2026).  The articles are
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import read_dateline

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


# 12 November is a Thursday in 2015, 2020 and 2026
LEAD = ("REYKJAVIK, Nov 12 (X) - Whaling talks between Iceland and Japan broke down on "
        "Thursday, officials said. Japan lifted its ban on Icelandic whale meat in June 2014 "
        "after a long dispute.")


def test_a_year_told_as_coming_outweighs_the_year_after_the_past_date() -> None:
    line = read_dateline(LEAD + " The fisheries minister said Iceland would set its own "
                         "catch limit for 2027 if no deal was reached before the end of the year.")
    assert line.year == 2026, line.year_basis
    assert "'for 2027' as coming" in line.year_basis


def test_a_year_with_a_modal_after_its_noun_is_coming() -> None:
    line = read_dateline(LEAD + " Scientists advised in late September that the 2027 catch "
                         "should fall by a fifth.")
    assert line.year == 2026, line.year_basis


def test_without_a_coming_year_the_year_after_the_past_date_stays() -> None:
    line = read_dateline(LEAD)
    assert line.year == 2015, line.year_basis
    # (one year, not "1 years")
    assert "at most a year after" in line.year_basis


@pytest.mark.parametrize("sentence", [
    # a far target leaves no fitting year near it
    "The government would set a whaling goal for 2050.",
    # a quota set in the past is no year to come
    "The quota Iceland had set for 2021 was exceeded.",
])
def test_a_far_or_past_year_bounds_nothing(sentence: str) -> None:
    line = read_dateline(f"{LEAD} {sentence}")
    assert line.year == 2015, line.year_basis
