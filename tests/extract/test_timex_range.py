"""Dates near the ends of the representable range give "no date", never an exception (issue 9)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline_app.extract.dateline import read_dateline
from timeline_app.extract.timex import tag_timexes

RICH = (
    "Q4 this year. Christmas. Easter. Thanksgiving. next winter. last winter. the coming decade. "
    "this century. next century. the day after tomorrow. two weeks from today. noon Friday. "
    "9999. the year 9998. two thousand years later. 10,000 years ago. a century later. the next "
    "decade. March 22, 9999. December 31, 9999. 1 January 0001. next week. last week. the "
    "previous month. tomorrow. yesterday. Sunday. next Monday. last October. the fourth quarter. "
    "in '82. the 1990s. October. On the 5th, they met. Two weeks later. The day before. "
    "Exports rose in May. The agreement expires on December 31. over the next decade."
)
EXTREMES = [dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(2, 1, 1), dt.date(9998, 12, 31),
            dt.date(9999, 1, 1), dt.date(9999, 12, 31)]


@pytest.mark.parametrize("dct", EXTREMES, ids=str)
@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_tagging_at_the_ends_of_the_range_gives_only_representable_values(
        dct: dt.date, mode: str) -> None:
    for t in tag_timexes(RICH, dct, mode=mode):
        assert not re.match(r"-|0000|\d{5}", t.value), t


@pytest.mark.parametrize("text", [
    "March 22, 9999 - The talks went on.",
    "SEOUL, Dec. 31, 9999 (Yonhap) -- Talks ended on Friday.",
    "SEOUL, Jan. 1, 0001 (Yonhap) -- Talks ended on Monday since 2019.",
    "SEOUL, Jan. 1 (Yonhap) -- Talks ended on Monday, since 9999.",
    "SEOUL, Feb. 29 (Yonhap) -- Talks ended on Monday, since 2019.",
    "Published: 9999-12-31\nTalks ended.",
])
def test_datelines_at_the_ends_of_the_range_never_raise(text: str) -> None:
    d = read_dateline(text)
    if d.year is not None and d.month and d.day:
        assert d.date is None or 1 <= d.date.year <= 9999


def test_a_dateline_year_the_timeline_cannot_hold_is_no_year_and_says_why(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline_app.extract.dateline as dateline
    monkeypatch.setattr(dateline, "MAX_YEAR", 9998)  # core's limit when this was written
    line = read_dateline("SEOUL, March 22, 9999 (Yonhap) -- Talks ended on Saturday.")
    assert line.year is None and "outside the years" in line.year_basis


@pytest.mark.parametrize("year", ["9999", "0001"])
def test_extraction_with_a_dateline_at_the_ends_of_the_range_never_raises(year: str) -> None:
    from timeline_app.extract import extract_events
    text = (f"SEOUL, March 22, {year} (Yonhap) -- The ministers met on Saturday and agreed to "
            "meet again next month. They last met in March 2023.")
    extract_events(text)  # no exception; a date out of range is no date


def test_rule_triggers_never_change_what_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline_app.extract.timex as timex
    text = RICH + (" At 3 p.m. Friday, Q3 2024 sales rose twice a week; every Monday; daily; "
                   "the week of March 6; the weekend; noon; 12:00 UTC; nineteen ninety; '82; "
                   "a single-day fall; a decades-long feud; year-earlier; the weeks ahead; "
                   "the 1990s; the nineties; 12-14 July; 1915-17; April 24 and 25; 44 BC.")
    with_triggers = tag_timexes(text, dt.date(2025, 3, 22))
    monkeypatch.setattr(timex, "_TRIGGERS", {})
    assert tag_timexes(text, dt.date(2025, 3, 22)) == with_triggers
