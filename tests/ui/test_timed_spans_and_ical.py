"""Times of day where edit33 left them (session 36's report): a same-day span with times
(talks 10:00-12:30) is drawn as a bar at a day's zoom, not a point at its start.
Fails on main ``ad8e74e8``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.clock import ClockTime
from timeline_app.ui.scale import TIMED_SPAN_LEAST_PX, timed_span

TOKYO = FuzzyDate.of_ymd(2025, 3, 22)


def _tokyo_talks(window) -> str:  # type: ignore[no-untyped-def]
    """The default timeline's Tokyo bilateral meeting, 10:00-12:30 that day."""
    (event,) = [e for e in window.document.timeline
                if e.date == TOKYO and "bilateral" in e.title.lower()]
    window.document.update_event(dataclasses.replace(
        event, date=TOKYO.with_time(ClockTime(10, 0)), end=TOKYO.with_time(ClockTime(12, 30))))
    return event.id


def test_timed_span_is_the_part_of_the_day_between_the_times() -> None:
    start = TOKYO.start_day()
    talks = Event("t", "Talks", TOKYO.with_time(ClockTime(10, 0)),
                  end=TOKYO.with_time(ClockTime(12, 30)))
    first, last = timed_span(talks, start)  # type: ignore[misc]
    # (a minute's middle, as ``point_day`` places a time)
    assert abs((first - start) * 24 - 10.0) < 0.01 and abs((last - start) * 24 - 12.5) < 0.01
    assert timed_span(Event("p", "Point", TOKYO.with_time(ClockTime(10))), start) is None
    assert timed_span(Event("u", "Untimed end", TOKYO.with_time(ClockTime(10)), end=TOKYO),
                      start) is None
    backwards = Event("b", "b", TOKYO.with_time(ClockTime(12)), end=TOKYO.with_time(ClockTime(9)))
    assert timed_span(backwards, start) is None


def test_at_a_days_zoom_a_same_day_span_with_times_is_a_bar(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    event_id = _tokyo_talks(window)
    view = window.view
    first = dt.date(2025, 3, 22).toordinal()
    view.show_range(first, first + 1)
    qtbot.waitUntil(lambda: view.marker_rect(event_id).isValid())
    mapping = view.mapping()
    marker = view.marker_rect(event_id)
    # From 10:00 to 12:30 (was a 12 px point at 10:00)
    assert abs(marker.left() - mapping.x_of_day(first + 10 / 24)) < 2
    assert abs(marker.right() - mapping.x_of_day(first + 12.5 / 24)) < 2
    item = view._layout().items_by_id[event_id]
    assert not item.is_point
    # At a month's zoom the bar would be a few px: a point at its start time, as before.
    view.show_range(first - 15, first + 15)
    qtbot.waitUntil(lambda: view.marker_rect(event_id).isValid())
    assert view._layout().items_by_id[event_id].is_point
    assert view.marker_rect(event_id).width() <= 2 * TIMED_SPAN_LEAST_PX


def test_an_icalendar_export_keeps_the_local_clock_of_an_offset() -> None:
    """A time the source gave with an offset (10:30 UTC+09:00) is written as that clock
    time in the offset's fixed zone (``DTSTART;TZID=Etc/GMT-9``, its ``VTIMEZONE`` once),
    so that a calendar that keeps neither our property nor our description still has
    10:30 at +09:00 (it was written as 01:30Z, read back as 01:30 UTC)."""
    import re

    from timeline_app.core import Timeline
    from timeline_app.io.ical import dumps_icalendar, fixed_zone, loads_icalendar

    talks = Event("t", "Talks", TOKYO.with_time(ClockTime(10, 30, 540)),
                  end=TOKYO.with_time(ClockTime(12, 0, 540)), category="meeting")
    delhi = Event("d", "Delhi", TOKYO.with_time(ClockTime(9, 0, 330)), category="meeting")
    data = dumps_icalendar(Timeline.from_events([talks, delhi])).decode()
    assert "DTSTART;TZID=Etc/GMT-9:20250322T103000\r\n" in data
    assert "DTEND;TZID=Etc/GMT-9:20250322T120000\r\n" in data
    assert "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n" in data
    assert "DTSTART:20250322T033000Z\r\n" in data  # +05:30: no fixed zone, UTC as before
    # A calendar app that dropped our property and the description:
    bare = re.sub(r"(X-DIPLOMATIC-TIMELINE|DESCRIPTION)[^\r]*\r\n( [^\r]*\r\n)*", "", data)
    back = {e.title: e for e in loads_icalendar(bare.encode()).timeline}
    assert back["Talks"].date == talks.date and back["Talks"].end == talks.end
    assert fixed_zone(-300) == "Etc/GMT+5" and fixed_zone(0) is None and fixed_zone(330) is None
