"""verify77 F14: a wire desk's last 24 hours.  A desk editor following one truce story
through updates timed to the minute typed "2 December 2026 06:00" into Go to Date and was
shown the whole day among its fortnight; "06:00" alone and "06:00–18:00" were refused,
and the zoom stopped at one day across the window.  Go to Date reads times of day now
(``ui/go_to_times.py``) and the view zooms in to an hour across the window, its axis
naming the minutes."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.ui.wire_desk_edit80 import wire_desk_timeline
from timeline_app.core.dates import day_number
from timeline_app.ui.axis import axis_ticks
from timeline_app.ui.dates_input import read_date
from timeline_app.ui.go_to_times import TimeSpan, read_times, span_words

DEC2 = day_number(2026, 12, 2)
NOW = dt.datetime(2026, 12, 3, 14, 5)
_read = partial(read_date, today=NOW.date())


def _span(text: str) -> TimeSpan:
    span = read_times(text, _read, DEC2, NOW)
    assert isinstance(span, TimeSpan), (text, span)
    return span


@pytest.mark.parametrize("text", ["2 December 2026 06:00", "06:00", "2 December 2026, 06:00 GMT",
                                  "6 am", "2026-12-02T06:00"])
def test_a_time_is_that_minute_or_hour_of_its_day(text: str) -> None:
    span = _span(text)
    assert span.point
    assert span.first == pytest.approx(DEC2 + 0.25)
    # a time to the minute marks its minute; to the hour ("6 am"), its hour
    assert span.last - span.first == pytest.approx(1 / 24 if text == "6 am" else 1 / 1440)
    assert span.words.startswith(("2 December 2026, 06", "2 December 2026, 6h"))


@pytest.mark.parametrize("text", ["2 December 2026, 06:00–18:00", "06:00-18:00",
                                  "from 06:00 to 18:00", "2 December 2026 from 06:00 to 18:00",
                                  "2 December 2026 06:00 GMT to 18:00 GMT"])
def test_a_range_of_times_is_read_on_its_day(text: str) -> None:
    span = _span(text)
    assert not span.point
    assert (span.first, span.last) == pytest.approx((DEC2 + 0.25, DEC2 + 0.75))
    assert span.words == "2 December 2026, 06:00–18:00"
    assert span.feedback.endswith("— 12 hours")


def test_ranges_across_days_and_the_last_hours() -> None:
    over_night = _span("22:00-02:00")
    assert (over_night.first, over_night.last) == pytest.approx((DEC2 + 22 / 24, DEC2 + 1 + 2 / 24))
    day = _span("2 December 2026 06:00 to 3 December 2026 06:00")
    assert day.last - day.first == pytest.approx(1.0)  # not two whole days
    last = _span("the last 24 hours")
    assert (last.first, last.last) == pytest.approx((DEC2 + (14 * 60 + 5) / 1440,
                                                     DEC2 + 1 + (14 * 60 + 5) / 1440))
    assert last.words == "2 December 2026, 14:05 – 3 December 2026, 14:05"
    assert _span("past 6 hours").first == pytest.approx(DEC2 + 1 + (8 * 60 + 5) / 1440)
    assert _span("last 2 days").last - _span("last 2 days").first == pytest.approx(2.0)
    assert span_words(0, 1.5 / 24) == "1 hour 30 minutes"


@pytest.mark.parametrize("text", ["2 December 2026", "March 2025", "1965–1970", "44 BC",
                                  "hello", "today"])
def test_dates_without_a_time_are_read_as_before(text: str) -> None:
    assert read_times(text, _read, DEC2, NOW) is None


def test_a_time_that_is_none_says_why() -> None:
    why = read_times("25:00", _read, DEC2, NOW)
    assert isinstance(why, str) and "hours run 0–23" in why


def test_the_axis_names_minutes_at_an_hours_zoom() -> None:
    ticks = axis_ticks(DEC2 + 0.25, DEC2 + 0.25 + 1 / 24, 1200 * 24)  # 06:00-07:00, 1200 px
    assert ticks.unit == "5 minutes"
    assert [t.label for t in ticks.minor][:3] == ["06:00", "06:05", "06:10"]
    assert ticks.major == [] or ticks.major[0].label == "2 December 2026"


def _go(window, monkeypatch, text: str) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: text))
    monkeypatch.setattr("timeline_app.ui.view_fit._dt.datetime",
                        type("Clock", (dt.datetime,), {"now": staticmethod(lambda: NOW)}))
    assert view.ask_go_to_date()


def test_go_to_date_shows_the_hours_of_a_time(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(wire_desk_timeline(), None)
    window.resize(1400, 860)
    view = window.view
    _go(window, monkeypatch, "2 December 2026 06:00")
    first, last = view.visible_days()
    # 12 hours around 06:00 (with the view's margins), not the fortnight around the day
    assert first < DEC2 + 0.25 < last
    assert 0.45 < last - first < 0.7, (first, last)
    assert view.x_of_day(DEC2 + 0.25) == pytest.approx(view.viewport().width() / 2, abs=30)
    assert window.statusBar().currentMessage().startswith("Showing 2 December 2026, 06:00")
    mark = view._date_mark.days()
    assert mark == pytest.approx((DEC2 + 0.25, DEC2 + 0.25 + 1 / 1440))
    # The truce at 06:00 and the convoy at 06:40 stand apart, at their times.
    assert view.x_of_day(DEC2 + (6 * 60 + 40.5) / 1440) - view.x_of_day(DEC2 + 0.25) > 40
    ids = {e.title: e.id for e in window.document.timeline}
    assert view.event_rect(ids["First aid convoy crosses"]).isValid()  # on screen


def test_go_to_date_shows_a_range_of_times_and_the_last_day(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(wire_desk_timeline(), None)
    view = window.view
    view.go_to_date(dt.date(2026, 12, 2))  # the day in the middle: a time alone is on it
    _go(window, monkeypatch, "06:00–09:00")
    first, last = view.visible_days()
    assert first <= DEC2 + 0.25 and DEC2 + 0.375 <= last
    assert last - first < 0.2  # three hours and the margins, not a day
    assert window.statusBar().currentMessage() == \
        "Showing 2 December 2026, 06:00–09:00 — 3 hours"
    _go(window, monkeypatch, "the last 24 hours")
    first, last = view.visible_days()
    assert first <= DEC2 + (14 * 60 + 5) / 1440 and DEC2 + 1 + 14 / 24 <= last < DEC2 + 1.8
    assert "the last 24 hours" in window.statusBar().currentMessage()


def test_the_view_zooms_in_to_an_hour(window, qtbot):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(wire_desk_timeline(), None)
    view = window.view
    view.go_to_days(DEC2 + 0.25, DEC2 + 0.26)  # asked for 15 minutes: an hour at most
    first, last = view.visible_days()
    assert 1 / 24 <= last - first < 1.2 / 24  # (with the view's margins)
