"""verify79 F13: at an hour's zoom "late on 1 December" stood at noon, the middle of its day,
before that day's afternoon events; a part of a day without a clock is drawn in its part."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.scale import PART_FRACTIONS, point_day

DAY = FuzzyDate.of_ymd(2025, 3, 22)


def test_point_day_of_a_part_of_a_day() -> None:
    start = DAY.start_day()
    assert point_day(Event("l", "l", DAY.with_day_part("END")), start) == pytest.approx(
        start + 23 / 24)
    assert point_day(Event("m", "m", DAY.with_day_part("MO")), start) == pytest.approx(
        start + 9 / 24)
    order = sorted(PART_FRACTIONS, key=PART_FRACTIONS.__getitem__)
    assert order == ["START", "MO", "AF", "EV", "NI", "END"]


def test_at_a_days_zoom_late_on_stands_late(window, qtbot):  # type: ignore[no-untyped-def]
    (event,) = [e for e in window.document.timeline
                if e.date == DAY and "bilateral" in e.title.lower()]
    window.document.update_event(dataclasses.replace(event, date=DAY.with_day_part("END")))
    view = window.view
    first = dt.date(2025, 3, 22).toordinal()
    view.show_range(first, first + 1)
    qtbot.waitUntil(lambda: view.marker_rect(event.id).isValid())
    at = view.marker_rect(event.id).center().x()
    assert abs(at - view.mapping().x_of_day(first + 23 / 24)) < 3

