"""Times of day on a day date (session 36, edit33; the session-35 trial's finding F7: a
wire-desk editor had corrected times of a summit day and nowhere to put them)."""

from __future__ import annotations

import pickle

import pytest

from timeline_app.core import Event, Timeline
from timeline_app.core.clock import ClockTime
from timeline_app.core.dates import FuzzyDate, Precision, describe_range
from timeline_app.core.parse_date import parse_fuzzy_date, parse_typed_date

DAY = FuzzyDate.of_ymd(2025, 3, 22)


@pytest.mark.parametrize(("text", "time"), [
    ("22 March 2025 10:30", ClockTime(10, 30)),
    ("22 March 2025, 10:30", ClockTime(10, 30)),
    ("2025-03-22T10:30", ClockTime(10, 30)),
    ("2025-03-22T10", ClockTime(10)),
    ("2025-03-22T10:30:00Z", ClockTime(10, 30, 0)),
    ("2025-03-22T10:30+09:00", ClockTime(10, 30, 540)),
    ("22/03/2025 14:05", ClockTime(14, 5)),
    ("22 March 2025 at 10:30 a.m.", ClockTime(10, 30)),
    ("22 March 2025, 2:05 p.m.", ClockTime(14, 5)),
    ("22 March 2025 12 am", ClockTime(0)),
    ("22 March 2025, 10h", ClockTime(10)),
    ("22 March 2025, 10h30", ClockTime(10, 30)),
    ("22 March 2025, 10:30 UTC", ClockTime(10, 30, 0)),
    ("22 March 2025, 10:30 UTC+09:00", ClockTime(10, 30, 540)),
    ("22 March 2025, 10:30 GMT-5", ClockTime(10, 30, -300)),
    ("22 March 2025, 10:30 local time", ClockTime(10, 30)),
])
def test_a_time_typed_after_a_day_is_read(text: str, time: ClockTime) -> None:
    assert parse_fuzzy_date(text) == DAY.with_time(time)


@pytest.mark.parametrize("text", [
    "22 March 2025 25:00", "22 March 2025 10:61", "22 March 2025 13 p.m.",
    "March 2025 10:30", "2025 10:30", "22 March 2025 10"])
def test_what_is_no_time_of_a_day_is_refused_in_words(text: str) -> None:
    result = parse_typed_date(text, True)
    assert result.date is None and result.error


def test_describe_and_parse_agree_for_every_shape() -> None:
    for time in (ClockTime(10, 30), ClockTime(10), ClockTime(0, 5, 0), ClockTime(23, 59, -330),
                 ClockTime(9, 0, 540)):
        for date in (DAY, DAY.with_circa(), FuzzyDate.of_ymd(-43, 3, 15),
                     DAY.with_limit("ON_OR_BEFORE")):
            timed = date.with_time(time)
            assert parse_fuzzy_date(timed.describe()) == timed, timed.describe()
            assert FuzzyDate.from_timex(*timed.to_timex()) == timed


def test_words_timex_and_precision() -> None:
    timed = DAY.with_time(ClockTime(10, 30))
    assert timed.describe() == "22 March 2025, 10:30"
    assert DAY.with_time(ClockTime(10)).describe() == "22 March 2025, 10h"
    assert DAY.with_time(ClockTime(10, 30, 540)).describe() == "22 March 2025, 10:30 UTC+09:00"
    assert timed.to_timex() == ("2025-03-22T10:30", None)
    assert DAY.with_time(ClockTime(10)).to_timex() == ("2025-03-22T10", None)
    assert DAY.with_time(ClockTime(10, 30, 0)).to_timex() == ("2025-03-22T10:30Z", None)
    assert timed.precision is Precision.DAY and timed.is_point
    assert timed.precision_words() == "minute"
    assert DAY.with_time(ClockTime(10)).precision_words() == "hour"
    assert (timed.start_day(), timed.end_day()) == (DAY.start_day(), DAY.end_day())
    assert timed != DAY and timed.with_time(None) == DAY
    assert pickle.loads(pickle.dumps(timed)) == timed
    assert timed.moved(1) == FuzzyDate.of_ymd(2025, 3, 23).with_time(ClockTime(10, 30))
    # a part of a day: the day with its part (ext132; it was the day alone)
    assert FuzzyDate.from_timex("2025-03-22TMO") == DAY.with_day_part("MO")
    with pytest.raises(ValueError):
        FuzzyDate.of_month(2025, 3).with_time(ClockTime(10))
    with pytest.raises(ValueError):
        ClockTime(24)


def test_a_range_with_times_is_written_whole_and_read_back() -> None:
    start, end = DAY.with_time(ClockTime(10)), DAY.with_time(ClockTime(12, 30))
    words = describe_range(start, end)
    assert words == "22 March 2025, 10h – 22 March 2025, 12:30"
    result = parse_typed_date(words, True)
    assert (result.date, result.end) == (start, end)
    assert parse_typed_date("22 March 2025, 12:00 – 22 March 2025, 10:00", True).error


def test_a_days_events_sort_untimed_first_then_by_time() -> None:
    def event(name: str, date: FuzzyDate) -> Event:
        return Event(name, name, date)

    timeline = Timeline.from_events([
        event("month", FuzzyDate.of_month(2025, 3)),
        event("afternoon", DAY.with_time(ClockTime(14, 5))),
        event("day", DAY),
        event("morning", DAY.with_time(ClockTime(10, 30))),
        event("ten", DAY.with_time(ClockTime(10))),
        event("next", FuzzyDate.of_ymd(2025, 3, 23)),
        event("first", FuzzyDate.of_ymd(2025, 3, 1)),
    ])
    assert [e.id for e in timeline.events] == [
        "first", "month", "day", "ten", "morning", "afternoon", "next"]
    # added one by one (the sort index's bisection) the same
    again = Timeline()
    for e in reversed(timeline.events):
        again.add(e)
    assert [e.id for e in again.events] == [e.id for e in timeline.events]
