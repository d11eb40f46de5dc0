"""Article dates the extractor did not read in blind set h27 (ext146): a business weekly
dated only by its issue's week ('Week of ...'), and a dateline that gives a weekday for its
date, whose day the text tells by a day 'next week'.  The articles and sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events, read_dateline
from timeline_app.extract.dateline import header_day

WEEKLY = ("ALPINE TRADE REVIEW\n"
          "Week of 9-15 March 2026 | Energy & Markets\n\n"
          "Pipeline link to the coast wins its last permit\n\n"
          "STRELSAU - The planned gas link between Ruritania and Borduria cleared its last "
          "hurdle on Thursday, when the regulator approved the route.\n\n"
          "The two governments signed the pipeline treaty in Zenda on 2 May 2025.\n")


def test_a_weekly_s_week_gives_its_first_day() -> None:
    found = read_dateline(WEEKLY)
    assert (found.year, found.month, found.day) == (2026, 3, 9)
    result = extract_events(WEEKLY)
    assert result.dct == dt.date(2026, 3, 9)
    days = {(c.date.year, c.date.month, c.date.day) for c in result.candidates}
    assert (2026, 3, 5) in days  # 'on Thursday', the Thursday before the Monday


@pytest.mark.parametrize("line", ["Week of March 9-15, 2026", "Week beginning 9 March 2026",
                                  "The week of 9 March 2026"])
def test_other_ways_of_writing_the_week(line: str) -> None:
    header = header_day(f"ALPINE TRADE REVIEW\n{line}\n\nThe ministers met again.\n")
    assert header is not None and (header.year, header.month, header.day) == (2026, 3, 9)


def test_a_week_without_its_year_is_no_header() -> None:
    assert header_day("ALPINE TRADE REVIEW\nWeek of 9-15 March\n\nThe ministers met.\n") is None


WEEKDAY_LINE = ("Border talks open in the capital\n\n"
                "ZENDA, THURSDAY - Delegations of Ruritania and Borduria arrived in Zenda on "
                "Thursday for two days of talks on the river border.\n\n"
                "The old commission was dissolved on 12 November 2025. The delegations want a "
                "deal before the treaty's centenary next week, on 19 March, in Strelsau.\n")


def test_a_weekday_dateline_takes_its_day_from_a_day_told_next_week() -> None:
    # 19 March 2026 is a Thursday: the week before it, Thursday is the 12th
    found = read_dateline(WEEKDAY_LINE)
    assert (found.place, found.year, found.month, found.day) == ("Zenda", 2026, 3, 12)
    result = extract_events(WEEKDAY_LINE)
    assert result.dct == dt.date(2026, 3, 12)
    days = {(c.date.year, c.date.month, c.date.day) for c in result.candidates}
    assert (2026, 3, 12) in days  # the delegations' arrival 'on Thursday'


def test_a_weekday_dateline_and_a_body_date_alone_give_no_day() -> None:
    # a day the text does not tell from today is no day of the dateline's
    text = WEEKDAY_LINE.replace("next week, on 19 March", "on 19 March")
    assert read_dateline(text).day is None


def test_tomorrow_s_day_must_follow_the_dateline_s_weekday() -> None:
    text = WEEKDAY_LINE.replace("next week, on 19 March", "tomorrow, 13 March")
    assert (read_dateline(text).month, read_dateline(text).day) == (3, 12)
    text = WEEKDAY_LINE.replace("next week, on 19 March", "tomorrow, 14 March")
    assert read_dateline(text).day is None
