"""Misses of blind set h30 (ext157), in sentences written for these tests: a date line whose
year is one of the Buddhist era, and a past-looking clause about a date after today's year."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import extract_events, read_dateline
from timeline_app.extract.pipeline.eras import gregorian_years

TODAY = _dt.date(2026, 12, 7)


@pytest.fixture
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


THAI = ("Ministers of two river states agree to open a ferry link\n\n"
        "PROVINCIAL NEWS DESK\n"
        "Friday, 10 April B.E. 2569 | 09:15 hrs.\n\n"
        "NONG KHAI \u2014 The transport ministers of Thailand and Laos signed a ferry accord "
        "in Nong Khai on Thursday, after a survey begun in March 2568.\n")


def test_a_date_line_in_the_buddhist_era_gives_the_article_s_gregorian_day() -> None:
    line = read_dateline(THAI)
    assert line.date == _dt.date(2026, 4, 10)


@pytest.mark.parametrize(("written", "read"), [
    ("Friday, 10 April B.E. 2569 |", "Friday, 10 April 2026      |"),
    ("on 3 May 2568 BE,", "on 3 May 2025   ,"),
    ("in 2543 B.E. and", "in 2000      and"),
])
def test_buddhist_years_read_as_gregorian_keep_every_offset(written: str, read: str) -> None:
    text = f"A Thai story (Buddhist Era): {written} more words."
    out = gregorian_years(text)
    assert len(out) == len(text)
    assert read in out


def test_without_the_era_s_mark_numbers_stay_as_written() -> None:
    text = "A cargo of 2569 tonnes left on 3 May 2025 and 2,568 more followed."
    assert gregorian_years(text) == text


def test_the_thai_story_s_relative_day_is_dated_from_its_date_line() -> None:
    dates = [str(c.date) for c in extract_events(THAI).candidates]
    assert "9 April 2026" in dates


@pytest.mark.usefixtures("_fixed_today")
def test_a_date_after_this_year_never_counts_as_past_for_the_dateline_s_year() -> None:
    text = ("OSLO, Jan 12 (Wire) - Nordic energy ministers on Monday approved a levy on "
            "imports of refined fuel oil from March 2027, days before the tenth anniversary "
            "of the grid compact.\n\nThe compact was signed on Jan 19, 2017, in Bergen.\n")
    line = read_dateline(text)
    assert line.date == _dt.date(2026, 1, 12)
