"""The lead's weekday, not one a paragraph far down tells (verify90 F3): the day a spokesman
said something on, six paragraphs below a lead that names its own day, is not the day of the
lead's news, and so does not choose the dateline's year; a day told right after the lead still
moves it (the news told a day after it happened).  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import read_dateline

# 9 October is a Thursday in 2014 and 2025, a Friday in 2015, 2020 and 2026.
FAR_DOWN = (
    "ORAVIA, Oct 9 (Harbour Wire) - Envoys of Corvania and Montavia signed a fishing accord "
    "in Oravia on Thursday, ending a dispute that flared in March 2019.\n\n"
    "The accord sets quotas for the next five seasons.\n\n"
    "Fishing crews on both sides have waited years for the deal.\n\n"
    "Inspectors from each state will board the other's boats.\n\n"
    "A joint commission will meet twice a year.\n\n"
    "Corvania's parliament is expected to ratify the text soon.\n\n"
    "Separately, a Montavian spokesman said on Friday that ferry fares would rise.\n")


@pytest.fixture()
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 11, 30))


@pytest.mark.usefixtures("_today")
def test_a_day_said_far_down_does_not_move_the_lead_s_day() -> None:
    line = read_dateline(FAR_DOWN)
    assert line.year == 2025, line.year_basis
    assert "'Thursday'" in line.year_basis
    assert "Friday" not in line.year_basis


@pytest.mark.usefixtures("_today")
def test_a_day_told_right_after_the_lead_still_moves_it() -> None:
    # (the lead's news told a day after it happened: the dateline's day is the later one)
    text = FAR_DOWN.replace(
        "The accord sets quotas for the next five seasons.",
        "Montavia's cabinet approved the accord on Friday.")
    line = read_dateline(text)
    assert "'Friday'" in line.year_basis, line.year_basis
    assert line.year in (2020, 2026)
