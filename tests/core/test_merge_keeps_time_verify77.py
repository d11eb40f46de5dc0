"""A merge keeps a time of day one telling gives on the day kept (verify77 F5: UPDATE 4's
"06:00 GMT on Wednesday" merged into UPDATE 1's untimed "Wednesday", 2 December, was drawn
at noon and exported as an all-day VEVENT, the 06:00 gone)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.clock import ClockTime
from timeline_app.core.duplicates import merge_changes, merge_events

PLAN = "The truce takes effect on Wednesday."
HELD = "The truce took effect at 06:00 GMT on Wednesday."
DAY = FuzzyDate.of_day(dt.date(2026, 12, 2))
TIMED = FuzzyDate(2026, 12, 2, time=ClockTime(6, 0, 0))


def _event(event_id: str, title: str, date: FuzzyDate, sentence: str, basis: str) -> Event:
    return Event(event_id, title, date, date_basis=basis, summary=sentence,
                 evidence=(Evidence(sentence, 0, len(sentence)),), source_id=f"s{event_id}")


UNTIMED = _event("a", "Truce takes effect (scheduled)", DAY, PLAN,
                 "'Wednesday', relative to the dateline 1 December 2026")
AT_SIX = _event("b", "Truce takes effect", TIMED, HELD,
                "'06:00 GMT on Wednesday', relative to the dateline 2 December 2026")


def test_a_time_told_on_the_same_day_is_kept_either_way_round():
    for existing, incoming in ((UNTIMED, AT_SIX), (AT_SIX, UNTIMED)):
        merged = merge_events(existing, incoming)
        assert merged.date == TIMED and merged.id == existing.id
        assert merged.date_basis.startswith("'06:00 GMT on Wednesday'")


def test_the_review_line_says_the_time_the_merge_adds():
    assert "date: 2 December 2026 → 2 December 2026, 06:00 UTC" in merge_changes(UNTIMED,
                                                                                  AT_SIX)


def test_a_time_of_another_day_or_beside_another_time_is_not_taken():
    other_day = _event("c", "Truce takes effect", FuzzyDate(2026, 12, 3, time=ClockTime(6, 0, 0)),
                       HELD, "")
    held = _event("e", "Truce takes effect", DAY, PLAN, "")  # (a plan takes the held day)
    assert merge_events(held, other_day).date == DAY  # (no day shared: the event's own)
    at_seven = _event("d", "Truce takes effect", FuzzyDate(2026, 12, 2, time=ClockTime(7, 0, 0)),
                      HELD, "")
    assert merge_events(AT_SIX, at_seven).date == TIMED
