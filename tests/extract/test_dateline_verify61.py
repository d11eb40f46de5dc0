"""An article's own facts, verify61 (a newsroom data editor's India–China articles).  Texts
written for these tests.

- F6: a wire dateline without a year, "late on Sunday" in its text, read on 6 December 2026:
  the weekday matching the dateline's own day (Sunday 26 October 2025) keeps that year; it
  was put in 2026, "a story filed the next day".
- F22: "NEW DELHI:" alone on its line above the lead (Indian sites) is the dateline's place.
- F9: "Publisher, date" under a headline is the article's outlet, not its place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract.dateline import read_dateline

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


FERRY = ("Ferry link between two islands restored\n\n"
         "MALE, Oct 26 (Reuters) - The Maldives and Sri Lanka restored their ferry link on "
         "Sunday after a six-year pause.\n\n"
         "The first ferry left Male late on Sunday, the operator said.\n")
"""26 October: a Sunday in 2025, a Monday in 2026."""


def test_late_on_the_dateline_s_weekday_keeps_the_year_it_is_that_weekday():
    found = read_dateline(FERRY)
    assert found.date == dt.date(2025, 10, 26)
    assert "'late on Sunday' tells an evening" in found.year_basis


def test_a_night_still_moves_the_dateline_to_the_next_day():
    found = read_dateline(FERRY.replace("late on Sunday", "on Sunday night"))
    assert found.date == dt.date(2026, 10, 26)
    assert "next day" in found.year_basis


def test_late_on_the_day_of_this_week_s_news_is_still_the_day_before(monkeypatch):
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 10, 27))
    assert read_dateline(FERRY).date == dt.date(2026, 10, 26)


def test_the_timeline_s_note_says_what_each_other_year_would_be():
    """"(..., 2015, 2020, 2026 too)" after "19 August 2025 is a Tuesday" read as years in which
    19 August is a Tuesday; they were years in which it is the day after one."""
    text = ("Ministers meet\n\nBEIJING, Aug. 19 (Xinhua) -- The foreign ministers of China and "
            "Nepal held talks in Beijing on Tuesday.\n")
    found = read_dateline(text, timeline_days=[dt.date(2025, 8, 18)])
    assert found.date == dt.date(2025, 8, 19)
    assert ("no other year the weekday leaves is (19 August is the day after a Tuesday in "
            "..., 2015, 2020, 2026)") in found.year_basis


PLACE_ALONE = ("India and Nepal agree to reopen a border crossing\n\n"
               "Updated - August 20, 2025 09:41 pm IST\n\n"
               "NEW DELHI:\n\n"
               "India and Nepal agreed on Tuesday to reopen the crossing at Banbasa, the "
               "External Affairs Ministry said on Wednesday.\n")


def test_a_city_with_its_colon_alone_on_a_line_is_the_place():
    found = read_dateline(PLACE_ALONE)
    assert found.place == "New Delhi"
    assert found.date == dt.date(2025, 8, 20)


def test_a_city_alone_without_a_date_line_is_the_place_too():
    found = read_dateline(PLACE_ALONE.replace("Updated - August 20, 2025 09:41 pm IST\n\n", ""))
    assert found.place == "New Delhi" and found.date is None


def test_a_speaker_s_colon_alone_is_no_place():
    found = read_dateline("Briefing\n\nSPOKESPERSON:\n\nGood afternoon to all of you.\n")
    assert found.place == ""


THINK_TANK = ("Commentary | Can the river treaty survive a dry decade?\n\n"
              "Mekong Policy Forum, 12 November 2025\n"
              "By Dr. Anan Chaiyasit, Senior Fellow\n\n"
              "A year after the two governments signed the water-sharing protocol, the "
              "treaty looks sound on paper.\n")


def test_a_publisher_and_a_date_under_a_headline_is_the_outlet():
    found = read_dateline(THINK_TANK)
    assert found.date == dt.date(2025, 11, 12)
    assert found.place == ""
    assert found.outlet == "Mekong Policy Forum"


def test_a_city_and_a_date_under_a_headline_is_still_the_place():
    found = read_dateline(THINK_TANK.replace("Mekong Policy Forum", "Bangkok"))
    assert found.place == "Bangkok" and found.outlet == ""
