"""The open timeline's dates as a hint for a dateline's year (verify33, E1).

A wire story "TOKYO, Nov. 26 (Kyodo) -- ... agreed in Tokyo on Wednesday" read on
3 December 2026: 26 November is a Wednesday in 2025 and the day after one in 2026 (a story
filed the next day).  The text cannot tell them apart (``_filed_next_day``: the same-day
reading is the more common); imported into a timeline of 17-23 November 2026 it is of 2026.
Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import extract_events
from timeline_app.extract.dateline import TIMELINE_NEAR_DAYS, read_dateline

WIRE = ("Ministers agree on a working group\n\n"
        "TOKYO, Nov. 26 (Kyodo) -- The foreign ministers of Japan and South Korea agreed in "
        "Tokyo on Wednesday to set up a working group on the summit.\n\n"
        "Relations soured in 2019 and improved after Seoul announced in March 2023 that it "
        "would settle the dispute itself.")
"""26 November: a Wednesday in 2025, a Thursday in 2026."""

MARCH = ("Talks resume\n\n"
         "VILNIUS, March 4 (AFP) - The foreign ministers of Lithuania and Poland met in "
         "Vilnius on Monday to resume talks on the border crossing.")
"""4 March: a Monday in 2013, 2019 and 2024; the day after one (Tuesday) in 2014, 2025."""


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 12, 3))


def test_without_a_timeline_the_same_day_reading_stays():
    found = read_dateline(WIRE)
    assert found.date == dt.date(2025, 11, 26)
    assert "if the story was filed the day after a Wednesday, it is of 2026" in found.year_basis


def test_a_timeline_of_the_weeks_before_takes_the_next_day_reading():
    found = read_dateline(WIRE, timeline_days=[dt.date(2026, 11, 17), dt.date(2026, 11, 23)])
    assert found.date == dt.date(2026, 11, 26)
    assert "day after a Wednesday" in found.year_basis
    assert "open timeline" in found.year_basis and "17 November 2026" not in found.year_basis
    assert "23 November 2026" in found.year_basis  # the nearest of its dates


def test_a_timeline_of_the_year_before_keeps_the_same_day_reading():
    found = read_dateline(WIRE, timeline_days=[dt.date(2025, 11, 20)])
    assert found.date == dt.date(2025, 11, 26)
    assert "open timeline" in found.year_basis


@pytest.mark.parametrize("days", [
    [dt.date(2025, 11, 20), dt.date(2026, 11, 20)],  # near both: the text decides
    [dt.date(2019, 1, 1)],  # near neither
    [dt.date(2026, 11, 26) + dt.timedelta(days=TIMELINE_NEAR_DAYS + 1)],  # just too far
])
def test_a_timeline_near_both_readings_or_neither_leaves_it_to_the_text(days):
    found = read_dateline(WIRE, timeline_days=days)
    assert found.date == dt.date(2025, 11, 26)
    assert "open timeline" not in found.year_basis


def test_a_timeline_settles_among_the_years_of_the_weekday_too():
    """Not only the next day: of the years in which the day is the lead's weekday, the one
    near the timeline's dates (an article of 2019 into a timeline of 2019)."""
    assert read_dateline(MARCH).date == dt.date(2024, 3, 4)
    found = read_dateline(MARCH, timeline_days=[dt.date(2019, 2, 14)])
    assert found.date == dt.date(2019, 3, 4)
    assert "4 March 2019 is a Monday" in found.year_basis


def test_a_year_the_text_gives_wins_over_the_timeline():
    text = WIRE.replace("TOKYO, Nov. 26 (Kyodo)", "TOKYO, Nov. 26, 2025 (Kyodo)")
    assert read_dateline(text, timeline_days=[dt.date(2026, 11, 20)]).date == \
        dt.date(2025, 11, 26)
    assert read_dateline(WIRE, 2025, timeline_days=[dt.date(2026, 11, 20)]).date == \
        dt.date(2025, 11, 26)


def test_the_extractor_passes_the_timeline_on():
    plain = extract_events(WIRE)
    hinted = extract_events(WIRE, timeline_days=(dt.date(2026, 11, 17),))
    assert plain.dct == dt.date(2025, 11, 26)
    assert hinted.dct == dt.date(2026, 11, 26)
    assert "open timeline" in hinted.dct_basis
    assert {c.date.start.year for c in hinted.candidates if "working group" in c.title.lower()
            } == {2026}


def test_the_other_years_are_the_few_nearest_not_all_of_them():
    """verify48 F5: "(1902, 1903, 1908, 1913, … 2020, 2026 too)", four lines of years in
    the Article date field and the review; the three nearest, as the other notes say."""
    ankara = ("ANKARA, Nov 20 (Reuters) - Turkish Foreign Minister Hakan Fidan met Swedish "
              "Foreign Minister Maria Malmer Stenergard in Ankara on Thursday.")
    found = read_dateline(ankara, timeline_days=[dt.date(2025, 11, 20)])
    assert found.date == dt.date(2025, 11, 20)
    # (each said as what it would be: verify61 F6 read "(..., 2015, 2020, 2026 too)" after
    # "20 November 2025 is a Thursday" as years in which it is a Thursday)
    assert "(20 November is the day after a Thursday in ..., 2015, 2020, 2026)" \
        in found.year_basis
    assert "1902" not in found.year_basis
