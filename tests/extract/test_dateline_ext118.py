"""Date lines in two forms the extractor had not read (ext118, from the error kinds of blind set
h20: two articles had no date, and every relative date of them was lost): a French site's
'Le 19/12/2024 à 11h20' under its byline, and a magazine's issue line with its 'Posted online'
day ('Monthly Review, April 2025 issue. Posted online 3 April 2025.'), whose month and year
had been read as a dateline of 20 April.  The lines and articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_dateline_ext113 import _date, _fixed_today  # noqa: F401 (its fixture: today fixed)
from timeline_app.extract import extract_events, read_dateline


@pytest.mark.parametrize("line", [
    "Le 03/03/2026 \u00e0 11h20",
    "By the Tunis desk\nLe 03/03/2026 \u00e0 11h20",
    "Le 03/03/2026",
    "Publi\u00e9 le 03/03/2026 \u00e0 09h05",
    "le 3/3/2026 \u00e0 23h59",
])
def test_a_french_date_line(line: str) -> None:
    assert _date(line) == (2026, 3, 3)


@pytest.mark.parametrize("line", [
    "Monthly Review, March 2026 issue. Posted online 3 March 2026.",
    "The Quarterly, March 2026 issue \u00b7 Posted online 3 March 2026",
    "Posted online 3 March 2026",
])
def test_an_issue_line_and_its_day_posted_online(line: str) -> None:
    assert _date(line) == (2026, 3, 3)


def test_a_month_and_its_year_is_no_day_of_the_month() -> None:
    found = read_dateline("Talks resume\n\nGeneva, March 2026 issue\n\nThe envoys met again.\n")
    assert found.day != 20


def test_a_relative_date_under_a_french_date_line_is_read_from_it() -> None:
    text = ("Two detained officials freed\n\nBy Our Correspondent (with agencies)\n"
            "Le 05/03/2026 \u00e0 11h20\n\n"
            "Two officials detained in the capital were freed on Wednesday after a mediation by "
            "the neighbouring government, the foreign ministry announced.\n")
    result = extract_events(text)
    assert result.dct == dt.date(2026, 3, 5)
    assert [(c.date.year, c.date.month, c.date.day) for c in result.candidates] == [(2026, 3, 4)]
