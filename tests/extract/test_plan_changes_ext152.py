"""Plans that change (verify87's leftovers after edit87): "put off until" a later day is read
as the plan put off to its new date, as "pushed back to" is; "brought forward to", "moved
forward to" or "moved up to" an earlier day is the plan moved there ("Talks, brought forward
from 12 January (scheduled)"), one row on the new day, none left on the old.  Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

FOLLOW_UP = ("MERREN, Nov 27 (Harbour Wire) - The next round of talks between Vostria and "
             "the Coastal League has been rescheduled, mediators said on Friday.\n\n"
             "The talks, first set for 12 January, {verb} {day}, the mediation office said "
             "in a statement.\n")


def _talks(verb: str, day: str) -> list[tuple[str, str]]:
    result = extract_events(FOLLOW_UP.format(verb=verb, day=day), dt.date(2026, 11, 27))
    return [(c.title, str(c.date)) for c in result.candidates
            if "12 January" in c.date_basis or c.title.startswith("Talks")]


@pytest.mark.parametrize("verb", ["were put off until", "have been put off to",
                                  "have been pushed back to", "were put back to"])
def test_a_plan_put_off_to_a_later_day(verb: str) -> None:
    assert _talks(verb, "1 February") == [
        ("Talks, postponed from 12 January (scheduled)", "1 February 2027")]


@pytest.mark.parametrize("verb", ["were brought forward to", "have been moved forward to",
                                  "were moved up to", "has been brought forward to"])
def test_a_plan_brought_forward_to_an_earlier_day(verb: str) -> None:
    assert _talks(verb, "5 January") == [
        ("Talks, brought forward from 12 January (scheduled)", "5 January 2027")]


def test_brought_forward_to_a_later_day_is_no_move_forward() -> None:
    # (the words say earlier: a later day is not read as this plan brought forward)
    rows = _talks("were brought forward to", "1 February")
    assert not any("brought forward from" in title for title, _ in rows), rows


@pytest.mark.parametrize("verb", ["were pushed back to", "were put off until",
                                  "have been postponed to"])
def test_a_new_day_without_its_year_is_after_the_old_one(verb: str) -> None:
    # (under a November dateline, 30 March is the coming one, after the 11 March the plan
    # had; the moving verb's past tense does not send it back to the spring before)
    rows = [(t, d) for t, d in _talks_on(verb, "11 March", "30 March")]
    assert rows == [("Talks, postponed from 11 March (scheduled)", "30 March 2027")], rows


def test_a_new_day_a_few_weeks_back_stays_past() -> None:
    text = ("MERREN, Nov 27 (Harbour Wire) - The summit of Vostria and the Coastal League "
            "finally opened on Friday.\n\nThe summit, first set for 1 November, was "
            "postponed to 20 November and then again to this week.\n")
    dates = [str(c.date) for c in extract_events(text, dt.date(2026, 11, 27)).candidates]
    assert "20 November 2026" in dates and "20 November 2027" not in dates, dates


def _talks_on(verb: str, old: str, day: str) -> list[tuple[str, str]]:
    text = FOLLOW_UP.replace("12 January", old).format(verb=verb, day=day)
    result = extract_events(text, dt.date(2026, 11, 27))
    return [(c.title, str(c.date)) for c in result.candidates if c.title.startswith("Talks")]
