"""verify71 F1 (a correspondent's Belize–Guatemala wire, text written for this test): a
year-less dateline whose lead's weekday is the dateline's own day in two years, under a "Key
dates" box whose last entry is years old, took the year just after that entry (2020), not
the latest (2026, two days before the day it was read): a chronology lists background."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract.dateline import read_dateline

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


LEAD = ("Neighbours pledge to accept court ruling\n\n"
        "BELIZE CITY, December 4 (Reuters) -- The foreign ministers of the two neighbours met "
        "on Friday and agreed to respect the court's ruling on their border, officials said.\n\n"
        "The court held hearings in The Hague in November. A judgment is expected next year.\n\n")
BOX = ("Key dates:\n"
       "- 30 April 1859: the boundary treaty is signed.\n"
       "- 8 December 2008: the two sign a special agreement to go to court.\n"
       "- 8 May 2019: the second referendum approves it.\n")


def test_a_chronology_s_last_entry_does_not_pull_the_year_back_to_it() -> None:
    found = read_dateline(LEAD + BOX)
    assert found.date == dt.date(2026, 12, 4), found.year_basis  # a Friday, two days ago


def test_a_past_month_told_in_the_body_still_does() -> None:
    # ('last met in May 2019' told as news, not listed: the year after it, as before)
    body = LEAD.replace("The court held hearings in The Hague in November.",
                        "The ministers last met in May 2019.")
    assert read_dateline(body).date == dt.date(2020, 12, 4)
