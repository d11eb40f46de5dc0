"""Weekdays of a clause that looks ahead in a wire update (verify77 F3, F4): 'had confirmed
they would return on Saturday', said on a Wednesday, is the coming Saturday, not the one
before; a lead's 'talks set for Saturday' is a day to come, so it does not make the dateline's
day a Saturday (and with it the dateline's year).  The articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import read_dateline
from timeline_app.extract.timex import tag_timexes

WEDNESDAY = dt.date(2026, 12, 2)


def _saturday(text: str) -> str:
    return next(t.value for t in tag_timexes(text, WEDNESDAY) if t.text == "Saturday")


def test_a_modal_reported_after_a_past_perfect_verb_of_saying_looks_ahead() -> None:
    text = ("The mediator told reporters on Wednesday that the two governments had agreed "
            "they would resume the border talks in Geneva on Saturday.")
    assert _saturday(text) == "2026-12-05"


def test_confirmed_in_the_past_perfect_inside_reported_speech() -> None:
    text = ("The envoy said on Wednesday that both teams had confirmed they would fly back "
            "to Nairobi on Saturday for a second round.")
    assert _saturday(text) == "2026-12-05"


def test_a_plan_of_the_past_perfect_stays_past() -> None:
    # no verb of saying between 'had' and the plan: a plan that lay in the past
    text = "The vote had been due to take place on Saturday, officials said on Wednesday."
    assert _saturday(text) == "2026-11-28"
    # nor a reporting verb before 'had': 'had said it would' is a plan of the past
    text = "The ministry had said it would reopen the crossing on Saturday."
    assert _saturday(text) == "2026-11-28"


@pytest.fixture
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 12, 6))


# 2 December is a Wednesday in 2026 and a Saturday in 2023
LEAD = ("NAIROBI, Dec 2 (X) - A ceasefire in the east held on Wednesday, with food trucks "
        "moving again and talks on a lasting peace set for Saturday in Nairobi. Fighting "
        "flared there in October 2022.")


@pytest.mark.usefixtures("_fixed_today")
def test_a_day_a_plan_is_set_for_does_not_fix_the_datelines_weekday() -> None:
    line = read_dateline(LEAD)
    assert line.year == 2026, line.year_basis
    assert "'Wednesday'" in line.year_basis


@pytest.mark.usefixtures("_fixed_today")
@pytest.mark.parametrize("phrase", ["slated for", "set to begin on"])
def test_other_words_of_a_set_day(phrase: str) -> None:
    line = read_dateline(LEAD.replace("set for", phrase))
    assert line.year == 2026, line.year_basis
