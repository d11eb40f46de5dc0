"""ext94 (verify64): slips a new user found in a Reuters story from Muscat and an AFP one
from Doha, in sentences of our own with the same shapes.

A third round planned "next month if the Muscat meeting produced results" was titled by the
meeting in the condition; "Talks on March 3 failed" read "Talks"; "A previous exchange on
October 2 was the largest" gave no row."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate

DAY = dt.date(2026, 11, 13)


def _rows(sentence: str, day: dt.date = DAY) -> list[Candidate]:
    text = f"MUSCAT, {day:%b} {day.day} (Reuters) - {sentence}"
    return list(extract_events(text, day).candidates)


def test_a_date_before_a_condition_dates_the_clause_not_the_condition() -> None:
    rows = _rows("A senior official said that a third round of talks could take place in "
                 "Geneva next month if the Doha meeting produced concrete results.")
    assert [(r.title, str(r.date), r.location) for r in rows] == [
        ("Third round of talks in Geneva (scheduled)", "December 2026", "Geneva")]


def test_a_possibility_on_a_condition_is_less_sure_than_a_plan() -> None:
    conditional = _rows("A second round could take place in Oslo next month if the sides "
                        "narrow their differences.")
    planned = _rows("A second round will take place in Oslo next month.")
    assert [r.title for r in conditional] == [r.title for r in planned] == [
        "Second round in Oslo (scheduled)"]
    assert conditional[0].confidence < planned[0].confidence


@pytest.mark.parametrize(("sentence", "title"), [
    ("Talks on March 3 failed after the two delegations could not agree, diplomats said.",
     "Talks fail"),
    ("A meeting on 4 February ended without agreement, a diplomat said.",
     "Meeting ends without agreement"),
    ("Negotiations held in Vienna on March 3 faltered, officials said.",
     "Negotiations falter in Vienna"),
])
def test_how_a_gathering_ended_is_its_title(sentence: str, title: str) -> None:
    assert [r.title for r in _rows(sentence)] == [title]


def test_talks_that_simply_ended_are_no_failure() -> None:
    # (guard: test_events_history_wars' "The talks ended on Friday and the envoys went home")
    assert not any("end" in r.title.lower()
                   for r in _rows("The talks ended on Friday and the envoys went home."))


@pytest.mark.parametrize("sentence", [
    "A previous exchange on October 2 was the largest since the start of the year.",
    "A prisoner exchange on October 2 freed 90 soldiers from each side.",
])
def test_a_prisoner_exchange_told_by_its_noun_and_date_is_a_row(sentence: str) -> None:
    rows = _rows(sentence, dt.date(2026, 11, 20))
    assert [(str(r.date), r.category) for r in rows] == [("2 October 2026", "event")]
    assert "xchange" in rows[0].title


@pytest.mark.parametrize("sentence", [
    "In exchange for aid, the council voted on October 2 to extend the mission.",
    "Officials held an exchange of views on October 2.",
])
def test_other_exchanges_are_no_swap(sentence: str) -> None:
    assert not any(r.title.lower().startswith(("exchange", "previous exchange"))
                   for r in _rows(sentence, dt.date(2026, 11, 20)))


@pytest.mark.parametrize(("sentence", "title", "date"), [
    ("Tehran has insisted that any deal must include guarantees that Washington will not "
     "withdraw again, as it did in 2018 under a previous administration.",
     "Washington withdraws", "2018"),
    ("Caracas wants assurances that the United States will not quit the pact again, as it "
     "did in 2019.", "United States quits pact", "2019"),
    ("Havana fears Washington could reimpose sanctions, as it did in May 2017.",
     "Washington reimposes sanctions", "May 2017"),
])
def test_as_it_did_dates_the_act_of_the_clause_before(sentence: str, title: str,
                                                       date: str) -> None:
    rows = _rows(sentence)
    assert [(r.title, str(r.date)) for r in rows] == [(title, date)]
    # (a back-reference's act: less sure than an act told with its own date)
    assert rows[0].confidence <= 0.7


@pytest.mark.parametrize("sentence", [
    "The two countries signed a trade accord in 2020, as they did in 2018.",
    "Ghana will host the summit again in March, as it did in 2019.",
])
def test_as_it_did_leaves_a_verb_with_its_own_date_alone(sentence: str) -> None:
    # (guard: the verb's own date is its own; the other year is another act's)
    assert all(r.confidence > 0.6 for r in _rows(sentence))


def test_as_it_did_after_a_verb_of_saying_is_no_saying_then() -> None:
    assert not any(str(r.date) == "2018" and "say" in r.title.lower() for r in _rows(
        "Tehran said Washington would not walk out again as it had done in 2018."))


def test_weeks_before_a_day_is_about_its_month_not_a_week_before() -> None:
    rows = _rows("Iranian and U.S. negotiators resumed talks in Muscat on Friday, officials "
                 "said, weeks after a previous attempt to revive the deal collapsed.")
    collapse = next(r for r in rows if "ollapse" in r.title)
    assert collapse.date.precision.value == "month" and collapse.date.circa
    assert str(collapse.date) == "c. October 2026"
    assert "some weeks" in collapse.date_basis


def test_a_week_counted_stays_a_day() -> None:
    # (guard: "a week after" is one week, counted: the day a week before, circa)
    rows = _rows("The sides met in Doha on Friday, a week after talks in Oman collapsed.")
    collapse = next(r for r in rows if "ollapse" in r.title)
    assert str(collapse.date) == "c. 6 November 2026"


def test_a_few_weeks_later_is_about_the_month_three_weeks_on() -> None:
    rows = _rows("The parliament ratified the treaty on 3 March. A few weeks later, the "
                 "president signed it into law.")
    signed = next(r for r in rows if r.title.startswith("President"))
    assert str(signed.date) == "c. March 2026"
