"""A range whose year is written at its end only (ext47; ext45's '26 June – 4 August 1952'), and
a weekday that starts what a past agreement set (verify42 X2).

The first part of '26 June – 4 August 1952' takes the year that closes the range, as 'March 3
to April 20, 1995' did already; it took the year of the date told before it (1950 in a list of
battles), or none at all in a narrative not yet dated.  A range across the new year begins in
the year before its end.  'agreed on Wednesday to a 72-hour truce starting on Saturday' is the
coming Saturday, though the clause's verb is past.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2026, 12, 3)


def _values(text: str, dct: dt.date | None = DCT, mode: str = "news") -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct, mode=mode)}


@pytest.mark.parametrize(("text", "first", "value"), [
    ("The Battle of Old Baldy (26 June – 4 August 1952) followed.", "26 June", "1952-06-26"),
    ("The battle lasted from 26 June to 4 August 1952.", "26 June", "1952-06-26"),
    ("They met on 3 March and 12 April 2025.", "3 March", "2025-03-03"),
    ("The offensive ran from 28 December to 2 January 2027.", "28 December", "2026-12-28"),
    ("It ran December 28 to January 2, 2027.", "December 28", "2026-12-28"),
    ("Fighting raged from December to February 1991.", "December", "1990-12"),
])
def test_the_first_part_of_a_range_takes_the_year_of_its_end(text: str, first: str, value: str):
    assert _values(text)[first] == value


def test_a_narrative_list_of_battles_dates_each_first_day_by_its_own_range():
    text = ("In 1950 the war began. The Battle of Old Baldy (26 June – 4 August 1952) and the "
            "Battle of Triangle Hill (14 October – 25 November 1952) followed.")
    values = _values(text, None, "narrative")
    assert values["26 June"] == "1952-06-26" and values["14 October"] == "1952-10-14"


def test_the_first_day_says_where_its_year_comes_from():
    t = next(t for t in tag_timexes("It ran from 26 June to 4 August 1952.", DCT)
             if t.text == "26 June")
    assert "range" in t.basis and "dateline" not in t.basis


def test_guard_a_lower_case_may_is_no_month_closing_a_range():
    assert "1 to 4 may" not in " ".join(_values("From 1 to 4 may 2020 sales fell.", None))
    assert "may" not in _values("Talks ran from 2 to 4 June and may 2020 bring more.", DCT)


def test_guard_a_range_within_one_year_keeps_it():
    assert _values("It ran March to May 1965.")["March"] == "1965-03"
    assert _values("It ran from 26 June to 4 August 1952.")["26 June"] == "1952-06-26"


WEDNESDAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("words", ["a 72-hour humanitarian truce starting on Saturday",
                                   "a ceasefire to take effect on Saturday",
                                   "a ceasefire beginning Saturday", "new rules effective Saturday"])
def test_a_weekday_that_starts_what_a_past_agreement_set_is_the_coming_one(words: str):
    # verify42 X2: 'agreed on Wednesday to a 72-hour humanitarian truce starting on Saturday'
    # dated the truce the Saturday before
    values = _values(f"The two sides agreed on Wednesday to {words}, mediators said.", WEDNESDAY)
    assert values["Saturday"] == "2026-12-05" and values["Wednesday"] == "2026-12-02"


@pytest.mark.parametrize("words", ["The ceasefire, which took effect on Saturday, held.",
                                   "The truce began on Saturday.",
                                   "The talks, which started on Saturday, ended."])
def test_guard_a_weekday_something_started_on_stays_past(words: str):
    assert _values(words, WEDNESDAY)["Saturday"] == "2026-11-28"
