"""The article's weekday is the day of the lead's act or statement (verify87 F2): envoys who
'agreed on Friday' to a truce starting 'at midnight on Sunday' tell a Friday's story, and so
does a lead where talks were put off, 'the mediators said on Friday', with 'the truce began at
dawn on Sunday' further down.  The day a truce starts, in the present tense ('takes effect',
'comes into force', 'begins'), is a day to come; a statement's day is not moved by a later
sentence's past day.  The warning that quotes the weekday it read quotes it as written ('on
Sunday, ending', no blank before the comma).  The articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import read_dateline
from timeline_app.extract.dateline import last_dateline_day, weekday_words_read

# 16 October is a Friday in 2026 and a Sunday in 2022 (none of 2023-2025)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 10, 20))


def _lead(start: str) -> str:
    return (f"LORENZA, Oct 16 (Harbour Wire) -- Envoys of Corvania and the Eastern Reach "
            f"Movement agreed on Friday to a truce {start} on Sunday, ending weeks of hill "
            f"fighting since talks in Sarnow broke down in May 2023.\n\n"
            f"The envoys will meet again in Sarnow in the new year.")


@pytest.mark.parametrize("start", [
    "that takes effect at midnight",
    "that comes into force at 6 a.m.",
    "that begins at dawn",
    "that takes effect",
    "which goes into effect at noon local time",
])
def test_a_day_a_truce_starts_is_not_the_leads_day(start: str) -> None:
    line = read_dateline(_lead(start))
    assert line.year == 2026, line.year_basis
    assert "'Friday'" in line.year_basis
    assert "Sunday" not in line.year_basis


def test_the_day_offered_for_a_typed_year_is_the_friday() -> None:
    text = _lead("that takes effect at midnight")
    line = read_dateline(text)
    day = last_dateline_day(text, line, dt.date(2026, 10, 20))
    assert day is not None
    assert day[:2] == (dt.date(2026, 10, 16), "Friday")


FOLLOW_UP = ("LORENZA, Oct 16 (Harbour Wire) -- The second round of talks between Corvania and "
             "the Eastern Reach Movement has been put back, mediators said on Friday, as each "
             "side blamed the other for breaches of the truce.\n\n"
             "The truce began at dawn on Sunday and has largely been respected, according to "
             "the monitors. Talks in Sarnow broke down in May 2023.")


def test_a_statements_day_is_not_moved_by_a_later_past_day() -> None:
    line = read_dateline(FOLLOW_UP)
    assert line.year == 2026, line.year_basis
    assert "later sentence" not in line.year_basis
    day = last_dateline_day(FOLLOW_UP, line, dt.date(2026, 10, 20))
    assert day is not None and day[1] == "Friday"


def test_an_acts_day_is_still_moved_by_a_later_past_day() -> None:
    # (not a statement: the lead's vote is told a day or two after it happened)
    text = ("LORENZA, Oct 18 (Harbour Wire) -- The council of Corvania voted on Friday to "
            "dissolve itself, ending a year of deadlock since May 2023.\n\n"
            "The new assembly held its first sitting on Sunday in Sarnow.")
    assert dl._lead_weekday(text, read_dateline(text).span)[0] == "Sunday"


def test_the_quoted_words_keep_the_comma_on_the_weekday() -> None:
    text = _lead("that takes effect at midnight")
    line = read_dateline(text)
    assert weekday_words_read(text, line, "Sunday") == "at midnight on Sunday, ending weeks of"
    assert weekday_words_read(text, line, "Friday") == "Movement agreed on Friday to a truce"
