"""verify41, F1: a historian's Filters From "100 BC" To "AD 300" said "Cannot read “100 BC”
as a date" and ignored From: ``EventFilter``'s range was two ``datetime.date``s, which have
no day before AD 1.  The range is now day numbers (``dates.day_number``), so an era before
AD 1 can be shown alone; a ``datetime.date`` still reads as its day."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import day_number
from timeline_app.core.query import EventFilter, hidden_by


def _history() -> Timeline:
    return Timeline.from_events([
        Event("sulla", "Sulla meets Orobazus", FuzzyDate.of_year(-95)),     # 96 BC
        Event("carrhae", "Battle of Carrhae", FuzzyDate.of_year(-52)),     # 53 BC
        Event("standards", "Standards returned", FuzzyDate.of_year(-19)),  # 20 BC
        Event("armenia", "Rome and Parthia contest Armenia", FuzzyDate.of_year(1),
              FuzzyDate.of_year(100)),
        Event("rhandeia", "Settlement of Rhandeia", FuzzyDate.of_year(63)),
        Event("westphalia", "Peace of Westphalia", FuzzyDate.of_ymd(1648, 10, 24)),
    ])


def _shown(timeline: Timeline, f: EventFilter) -> set[str]:
    return {e.id for e in timeline} - hidden_by(timeline, f)


def test_an_era_before_ad_1_is_shown_alone() -> None:
    timeline = _history()
    # 60 BC to 20 BC: the last day is 31 December 20 BC (astronomical year -19)
    f = EventFilter(first_day=day_number(-59, 1, 1), last_day=day_number(-19, 12, 31))
    assert _shown(timeline, f) == {"carrhae", "standards"}
    assert {e.id for e in timeline if f.accepts(e)} == {"carrhae", "standards"}


def test_a_range_across_year_0() -> None:
    timeline = _history()
    f = EventFilter(first_day=day_number(-29, 1, 1), last_day=day_number(1, 12, 31))
    assert _shown(timeline, f) == {"standards", "armenia"}


def test_a_datetime_date_is_its_day_number() -> None:
    assert EventFilter(first_day=_dt.date(1648, 1, 1)) == EventFilter(
        first_day=day_number(1648, 1, 1))
    timeline = _history()
    assert _shown(timeline, EventFilter(first_day=_dt.date(1600, 1, 1))) == {"westphalia"}


_DAYS = [day_number(-99, 1, 1), day_number(-52, 12, 31), day_number(-51, 1, 1),
         day_number(0, 12, 31), day_number(1, 1, 1), day_number(100, 12, 31),
         day_number(1648, 10, 24), None]


@pytest.mark.parametrize("first", _DAYS)
@pytest.mark.parametrize("last", _DAYS)
def test_hidden_by_agrees_with_accepts_on_both_sides_of_year_0(first: int | None,
                                                               last: int | None) -> None:
    timeline = _history()
    f = EventFilter(first_day=first, last_day=last)
    assert hidden_by(timeline, f) == {e.id for e in timeline if not f.accepts(e)}
    assert hidden_by(list(timeline), f) == hidden_by(timeline, f)
