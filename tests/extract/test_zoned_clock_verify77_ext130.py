"""A 24-hour clock time with a zone abbreviation after it, 'at 10:00 EST on Thursday' (verify77
F6: the session was dated the Thursday alone, drawn at noon and exported all-day), is a time of
that day in that zone.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

WEDNESDAY = dt.date(2026, 12, 2)


def test_the_zone_is_in_the_expression_and_the_day_after_it_is_its_day() -> None:
    found = [(t.text, t.value) for t in tag_timexes(
        "The assembly will vote at 16:30 CET on Friday, officials said.", WEDNESDAY)]
    assert found[0] == ("16:30 CET", "2026-12-04T16:30")


def test_a_zoned_time_without_a_day_is_a_time_too() -> None:
    found = [(t.text, t.value) for t in tag_timexes("The talks opened at 09:15 EAT.", WEDNESDAY)]
    assert found == [("09:15 EAT", "2026-12-02T09:15")]


def test_an_unknown_capitalised_word_after_the_clock_is_no_zone() -> None:
    # (no 'on DAY', 'local time' or 'hours' after it either: no time)
    assert tag_timexes("The score stood at 10:00 ABC.", WEDNESDAY) == []


def test_the_event_keeps_the_time_and_its_offset() -> None:
    text = ("The U.N. Security Council will hold an emergency session on the crisis at 10:00 "
            "EST on Thursday, diplomats said.")
    session = next(c for c in extract_events(text, WEDNESDAY).candidates
                   if "session" in c.title.lower())
    assert str(session.date) == "3 December 2026, 10:00 UTC-05:00", session.date_basis
