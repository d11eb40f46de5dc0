"""A merge keeps the part of a day one telling gives on the day kept, as it keeps a time of
day (verify77 F5's rule; ext132): "late on Tuesday" merged with "Tuesday" is late on it,
and a clock time beats a part."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.clock import ClockTime
from timeline_app.core.duplicates import merge_events

DAY = FuzzyDate.of_ymd(2026, 12, 1)
LATE = DAY.with_day_part("END")


def _event(event_id: str, date: FuzzyDate, sentence: str) -> Event:
    return Event(event_id, "Ceasefire signed", date, summary=sentence,
                 evidence=(Evidence(sentence, 0, len(sentence)),), source_id=f"s{event_id}")


def test_a_part_of_the_same_day_is_kept_either_way_round() -> None:
    whole = _event("a", DAY, "The ceasefire was signed on Tuesday.")
    late = _event("b", LATE, "The ceasefire was signed late on Tuesday.")
    for existing, incoming in ((whole, late), (late, whole)):
        assert merge_events(existing, incoming).date == LATE


def test_a_clock_time_beats_a_part() -> None:
    late = _event("b", LATE, "The ceasefire was signed late on Tuesday.")
    timed = _event("c", DAY.with_time(ClockTime(23, 10)), "It was signed at 23:10 on Tuesday.")
    for existing, incoming in ((late, timed), (timed, late)):
        assert merge_events(existing, incoming).date == DAY.with_time(ClockTime(23, 10))
