"""Article dates the extractor did not read in blind set h26 (ext143): a ministry's briefing
transcript whose title line ends with its date after a comma, and a radio programme's page
whose 'First broadcast' line gives a weekday, a day and a month but no year.  The articles and
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_dateline_ext113 import _fixed_today  # noqa: F401 (its fixture: today fixed)
from timeline_app.extract import extract_events, read_dateline
from timeline_app.extract.dateline import header_day

BRIEFING = ("Ministry of External Affairs, Strelsau\n"
            "Record of the fortnightly media briefing by the Official Spokesperson, "
            "Tuesday 11 March 2025\n\n"
            "Spokesperson: Welcome, everyone. The minister will travel to Zenda on Saturday for "
            "talks on the river treaty.\n\n"
            "Q: Has the joint commission met?\n"
            "A: The joint commission met in Strelsau on 4 February and agreed a work plan.\n")


def test_a_briefing_transcript_s_title_line_gives_its_date() -> None:
    found = read_dateline(BRIEFING)
    assert (found.year, found.month, found.day) == (2025, 3, 11)
    result = extract_events(BRIEFING)
    assert result.dct == dt.date(2025, 3, 11)
    days = {(c.date.year, c.date.month, c.date.day) for c in result.candidates}
    assert (2025, 3, 15) in days  # the trip of Saturday
    assert (2025, 2, 4) in days


PROGRAMME = ("RURITANIA HOUR \u2014 the weekly radio programme on Balkan affairs\n"
             "Episode 40: \"The river that divides\"\n"
             "First broadcast Monday, 17 February\n\n"
             "This week's programme looks at the water treaty Ruritania and Borduria signed in "
             "Zenda last October, a year after talks began in March 2023.\n\n"
             "The two ministers met again in Strelsau on 2 February to discuss the dams.\n")


def test_a_programme_s_first_broadcast_line_gives_its_date_and_the_weekday_its_year() -> None:
    # 17 February is a Monday in 2025 and 2020 (and a Tuesday in 2026); the text's own
    # years ('March 2023') leave 2025
    found = read_dateline(PROGRAMME)
    assert (found.year, found.month, found.day) == (2025, 2, 17)
    assert extract_events(PROGRAMME).dct == dt.date(2025, 2, 17)


@pytest.mark.parametrize("line", [
    # a lead sentence whose date follows a comma: prose, with its period
    "Ruritania and Borduria signed a border treaty in Strelsau, Tuesday 14 January 2025.",
    # the date after a preposition or a weekday, in a line of prose
    "The ministers will meet again on Tuesday, 14 January 2025",
    "Talks resume in Zenda until Tuesday, 14 January",
    # a day and a month after a comma, with neither a weekday nor a year
    "Record of the media briefing by the Spokesperson, 14 January",
])
def test_a_date_in_a_sentence_or_a_bare_day_is_no_header(line: str) -> None:
    assert header_day(f"{line}\n\nThe ministers met again.\n") is None


@pytest.mark.parametrize(("line", "words"), [
    ("Record of the media briefing by the Spokesperson, Tuesday 14 January 2025",
     "Tuesday 14 January 2025"),
    ("Joint press statement of the two foreign ministers, 14 January 2025", "14 January 2025"),
    ("First broadcast Tuesday, 14 January", "Tuesday, 14 January"),
    ("Aired on Tuesday 14 January", "Tuesday 14 January"),
    ("Recorded: 14 January 2025", "14 January 2025"),
])
def test_a_header_line_s_date_after_a_comma_or_a_label(line: str, words: str) -> None:
    header = header_day(f"{line}\n\nThe ministers met again.\n")
    assert header is not None and header.words == words
    assert (header.month, header.day) == (1, 14)
