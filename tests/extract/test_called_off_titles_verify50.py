"""verify50 F5: "Talks planned for October were called off after Iran rejected the agenda"
gave a row "Talks", dated October, which reads as talks held.  An occasion's noun dated by
its plan and then told as called off, cancelled or postponed is titled so."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.occurrence import not_held_words
from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 3)


def _meetings(sentence: str) -> list[tuple[str, str]]:
    result = extract_events("VIENNA, Dec 3, 2026 (Reuters) - " + sentence, DCT)
    return [(c.title, c.date.describe()) for c in result.candidates if c.category == "meeting"]


@pytest.mark.parametrize(("sentence", "title", "date"), [
    ("Talks planned for October were called off after Iran rejected the agenda.",
     "Talks called off", "October 2026"),
    ("The talks planned for October were cancelled.", "Talks cancelled", "October 2026"),
    ("A meeting scheduled for October was called off.", "Meeting called off",
     "October 2026"),
    ("Talks planned for January were postponed.", "Talks postponed", "January 2027"),
    ("The summit in Geneva planned for 14 December was cancelled.",
     "Summit cancelled in Geneva", "14 December 2026"),
])
def test_an_occasion_called_off_says_so(sentence: str, title: str, date: str) -> None:
    assert _meetings(sentence) == [(title, date)]


def test_the_title_reads_as_not_held_to_a_merge() -> None:
    from timeline_app.core import Event, FuzzyDate

    called_off = Event("r", "Talks called off", FuzzyDate.of_month(2026, 10))
    assert not_held_words(called_off)[0]


def test_talks_held_stay_talks() -> None:
    assert _meetings("Talks planned for October were held in Cairo.") == [
        ("Talks in Cairo", "October 2026")]


@pytest.mark.parametrize(("sentence", "title"), [
    # verify58 F22's review: "Faisal bin Farhan postponed in Riyadh" -- the visit was put
    # off, not the minister
    ("Saudi Foreign Minister Prince Faisal bin Farhan's visit to Tehran, planned for next "
     "week, has been postponed, the Saudi foreign ministry said on Friday.",
     "Faisal bin Farhan's visit to Tehran postponed"),
    ("Britain's proposal, tabled in March, was rejected on Thursday.",
     "Britain's proposal rejected"),
])
def test_what_a_name_owns_is_what_was_done_to(sentence: str, title: str) -> None:
    result = extract_events("RIYADH, March 13 (Reuters) - " + sentence, dt.date(2026, 3, 13))
    assert any(c.title.startswith(title) for c in result.candidates), \
        [c.title for c in result.candidates]


def test_a_preposition_before_a_possessive_is_no_owner() -> None:
    result = extract_events("LONDON, May 2 (Reuters) - After Britain's proposal, the talks, "
                            "planned for May, were suspended on Thursday.", dt.date(2026, 5, 2))
    assert not any("Britain's" in c.title for c in result.candidates), \
        [c.title for c in result.candidates]
