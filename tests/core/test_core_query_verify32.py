"""verify32, F14: a date range in the Filters held the window 1.4 s on 100 000 events (2.7 s
with the legend's counts, which filter again): ``hidden_by`` turned every event's first and
end day into a ``datetime.date`` (``Event.start_day`` / ``end_day``) to compare them with the
range.  It now compares day numbers (``Timeline.day_spans``), with the same answers, the
clamping to AD 1-9999 of those properties included."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Event as ModelEvent
from timeline_app.core.query import EventFilter, hidden_by


def _events() -> list[Event]:
    return [
        Event("bc", "Treaty of Kadesh", FuzzyDate.of_year(-1258, circa=True)),
        Event("ad1", "First day", FuzzyDate.of_ymd(1, 1, 1)),
        Event("span", "Talks", FuzzyDate.of_month(2013, 9), FuzzyDate.of_month(2015, 7)),
        Event("day", "Signed", FuzzyDate.of_ymd(2015, 7, 14)),
        Event("q4", "Statement", FuzzyDate.of_part(2019, "Q4")),
        Event("last", "Last day", FuzzyDate.of_ymd(9999, 12, 31)),
        Event("decade", "The 9990s", FuzzyDate.of_decade(9990)),
    ]


_DAYS = [_dt.date(1, 1, 1), _dt.date(1, 1, 2), _dt.date(2013, 8, 31), _dt.date(2013, 9, 1),
         _dt.date(2015, 7, 14), _dt.date(2015, 7, 15), _dt.date(2015, 8, 1),
         _dt.date(2019, 12, 31), _dt.date(9999, 12, 30), _dt.date(9999, 12, 31), None]


@pytest.mark.parametrize("first", _DAYS)
@pytest.mark.parametrize("last", _DAYS)
def test_a_date_range_hides_what_accepts_refuses(first: _dt.date | None,
                                                 last: _dt.date | None) -> None:
    timeline = Timeline.from_events(_events())
    f = EventFilter(first_day=first, last_day=last)
    assert hidden_by(timeline, f) == {e.id for e in timeline if not f.accepts(e)}
    assert hidden_by(list(timeline), f) == hidden_by(timeline, f)  # any iterable of events


def test_a_date_range_makes_no_date_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    timeline = Timeline.from_events(_events())
    expected = hidden_by(timeline, EventFilter(first_day=_dt.date(2014, 1, 1),
                                               last_day=_dt.date(2016, 1, 1)))

    def refused(_event: Event) -> _dt.date:
        raise AssertionError("a datetime.date made for each event")

    monkeypatch.setattr(ModelEvent, "start_day", property(refused))
    monkeypatch.setattr(ModelEvent, "end_day", property(refused))
    assert hidden_by(timeline, EventFilter(first_day=_dt.date(2014, 1, 1),
                                           last_day=_dt.date(2016, 1, 1))) == expected
    assert expected == {"bc", "ad1", "q4", "last", "decade"}
