"""Dates a journalist's trial (verify62) found wrong under a 13 November dateline.

* "Talks on March 3 failed": a year-less day up to 120 days ahead of the article's date is
  read as a coming one unless a past verb governs it, and here the past verb came after the
  date, as the verb of the noun the date belongs to: 3 March of the next year.
* "The ministers met in Muscat on Thursday last week": the weekday was read alone (the
  nearest Thursday, under a Thursday dateline the dateline's own day) and "last week" as a
  week of its own, so the meeting was dated on the day of the article.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import extract_events, tag_timexes

_DCT = _dt.date(2025, 11, 13)  # a Thursday


def _value(text: str, words: str, dct: _dt.date = _DCT) -> str:
    return {t.text: t.value for t in tag_timexes(text, dct)}[words]


@pytest.mark.parametrize("text", [
    "Talks on March 3 failed.",
    "The meeting on March 3 collapsed after an hour.",
    "Talks in Geneva on March 3 broke down over sanctions.",
    "The talks on March 3 were held in Muscat.",
    "The meeting on 3 March took place in Muscat.",
    "A round of talks on March 3 in the Omani capital ended without a deal.",
    "Talks on March 3rd had failed.",
    "The minister said talks on March 3 failed.",
    "The March 3 talks failed.",
    "A March 3 meeting in Geneva broke down.",
    "The last round of talks, on March 3, broke down.",
    "Negotiations between the two sides on March 3 were inconclusive.",
    "Talks, which took place on March 3, failed.",
    "A round of talks that took place on March 3 ended without a deal.",
])
def test_a_day_of_the_subject_of_a_past_verb_is_past(text: str) -> None:
    timex = next(t for t in tag_timexes(text, _DCT) if "3" in t.text)
    assert timex.value == "2025-03-03", text


@pytest.mark.parametrize("text", [
    "The vote on March 3 was postponed.",
    "The talks on March 3 were expected to resume.",
    "The summit on March 3 will decide.",
    "The summit on March 3 is expected to be tense.",
    "The election on March 3 had been scheduled for weeks.",
    "The rights, which expire March 3, can be exercised.",
    # (MEANTIME, Chrysler: 'A June 3 hearing has been scheduled', under 14 May)
    "A March 3 hearing has been scheduled.",
    "The March 3 vote was postponed.",
    "The vote, on March 3, was postponed.",
    "The summit on March 3 was likely to be tense.",
    "The summit on March 3 was to decide the matter.",
    "Talks on March 3 may have failed.",
])
def test_a_day_of_a_thing_to_come_stays_ahead(text: str) -> None:
    timex = next(t for t in tag_timexes(text, _DCT) if "3" in t.text)
    assert timex.value == "2026-03-03", text


def test_a_month_of_the_subject_of_a_past_verb_is_past() -> None:
    assert _value("Talks in January failed.", "January") == "2025-01"
    assert _value("Talks in January will decide.", "January") == "2026-01"
    assert _value("Talks in December were postponed.", "December") == "2025-12"


def test_a_day_done_in_the_past_perfect_is_past() -> None:
    """A dev live blog of 29 October 2025: "... less than a week after the outgoing Biden
    administration had removed it on 14 January" was 14 January 2026."""
    text = ("Rodriguez denounced the decision, less than a week after the outgoing Biden "
            "administration had removed it on 14 January.")
    assert _value(text, "14 January", _dt.date(2025, 10, 29)) == "2025-01-14"
    # (a thing put off may lie ahead)
    assert _value("The council had postponed the vote on March 3.", "March 3") == "2026-03-03"


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The ministers met in Muscat on Thursday last week.", "Thursday last week", "2025-11-06"),
    ("He arrived on Tuesday of last week.", "Tuesday of last week", "2025-11-04"),
    ("The envoys met on Tuesday this week in Doha.", "Tuesday this week", "2025-11-11"),
    ("He said on Monday earlier this week that talks failed.", "Monday earlier this week",
     "2025-11-10"),
    ("They will meet on Monday next week.", "Monday next week", "2025-11-17"),
    ("They met last week on Sunday.", "last week on Sunday", "2025-11-09"),
])
def test_a_weekday_with_its_week_is_that_day(text: str, words: str, value: str) -> None:
    timexes = tag_timexes(text, _DCT)
    assert [(t.text, t.value) for t in timexes] == [(words, value)]
    assert "of the week" in timexes[0].basis or "of its week" in timexes[0].basis


def test_a_weekday_beside_a_possessive_week_is_read_alone() -> None:
    timexes = tag_timexes("They met on Thursday, last week's talks having failed.", _DCT)
    assert [t.text for t in timexes] == ["Thursday", "last week"]


_ARTICLE = (
    "MUSCAT, Nov 13, 2025 (Reuters) - Oman's foreign minister said on Thursday that talks "
    "between Iran and the United States would resume next month.\n\n"
    "Talks on March 3 failed after the delegations could not agree on prisoner exchanges.\n\n"
    "The ministers met in Muscat on Thursday last week to prepare the new round.\n")


def test_the_trial_s_story() -> None:
    result = extract_events(_ARTICLE)
    assert result.dct == _DCT
    by_sentence = {c.evidence[0].sentence.split()[0]: c for c in result.candidates}
    assert str(by_sentence["Talks"].date) == "3 March 2025"
    ministers = by_sentence["The"]
    assert str(ministers.date) == "6 November 2025"
    assert "the Thursday of the week before" in ministers.date_basis


@pytest.mark.parametrize(("text", "value"), [
    ("Last week the ministers met in Muscat on Thursday.", "2025-11-06"),
    ("Earlier this week, the envoys met in Doha on Monday.", "2025-11-10"),
    # (a plan's day ahead after a week ahead is that week's)
    ("Next week the ministers will meet on Tuesday.", "2025-11-18"),
    # (the week right after it, a place between)
    ("The ministers met on Thursday in Muscat last week.", "2025-11-06"),
    ("They will meet on Monday in Abu Dhabi next week.", "2025-11-17"),
])
def test_a_weekday_and_its_week_in_the_clause_is_that_week_s(text: str, value: str) -> None:
    (weekday,) = [t for t in tag_timexes(text, _DCT) if "week" not in t.text]
    assert weekday.value == value, text
    assert "of that week" in weekday.basis


@pytest.mark.parametrize("text", [
    # (another clause: the weekday is the speaker's or the plan's, read alone as before)
    "Last week the minister said talks resumed on Thursday.",
    "Last week, talks collapsed; on Thursday they resumed.",
    # (a day ahead after a week past)
    "Last week the two sides agreed to meet on Friday.",
    "He met them on Thursday in Muscat, and last week he flew home.",
])
def test_a_weekday_in_another_clause_than_the_week_is_read_alone(text: str) -> None:
    (weekday,) = [t for t in tag_timexes(text, _DCT) if "day" in t.text]
    assert "week told before" not in weekday.basis, text


def test_the_day_dates_the_act_rather_than_its_week() -> None:
    """The dating stage gave "met" the fronted week (c. 3 November, circa) though the
    sentence names the day."""
    text = ("MUSCAT, Nov 13, 2025 (Reuters) - Oman's foreign minister said on Thursday that "
            "talks between Iran and the United States would resume next month.\n\n"
            "Last week the ministers met in Muscat on Thursday to prepare the new round.\n")
    (met,) = [c for c in extract_events(text).candidates
              if c.evidence and c.evidence[0].sentence.startswith("Last week")]
    assert str(met.date) == "6 November 2025"
    assert not met.date.circa
