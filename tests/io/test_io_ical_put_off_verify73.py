"""verify73 F15 (session 55): a meeting put off or called off is no plain booking.
"Meeting … in Addis Ababa (postponed)" was exported as an ordinary all-day event on
10 December, with no ``STATUS``; a ``VEVENT``'s statuses are TENTATIVE, CONFIRMED and
CANCELLED (RFC 5545 §3.8.1.11): the entry on the day it will not be held is cancelled."""

from __future__ import annotations

import datetime as _dt

import icalendar
import pytest

from tests.io.test_io_ical_sharing_verify58 import reads_back
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.ical import calendar_status, dumps_icalendar

STAMP = _dt.datetime(2026, 12, 6, 19, 0, tzinfo=_dt.UTC)


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("off", "Ministers meet in Lome (postponed)", FuzzyDate.of_ymd(2026, 5, 12)),
        Event("no", "Summit in Accra (cancelled)", FuzzyDate.of_ymd(2026, 6, 2)),
        Event("new", "Ministers meet in Lome (scheduled)", FuzzyDate.of_ymd(2026, 7, 1)),
        Event("held", "Ministers met in Lome", FuzzyDate.of_ymd(2026, 4, 1)),
    ])


def test_a_meeting_put_off_or_called_off_is_cancelled_in_the_calendar() -> None:
    calendar = icalendar.Calendar.from_ical(dumps_icalendar(_timeline(), STAMP))
    entries = {str(c["uid"]).split("@")[0]: c for c in calendar.walk("VEVENT")}
    assert str(entries["off"]["status"]) == "CANCELLED"
    assert str(entries["no"]["status"]) == "CANCELLED"
    assert str(entries["new"]["status"]) == "TENTATIVE"  # (its new date: a plan)
    assert "status" not in entries["held"]
    assert calendar_status(Event("x", "Talks postponed", FuzzyDate.of_ymd(2026, 5, 1))) is None


@pytest.mark.parametrize("dropped", [False, True])
def test_a_cancelled_entry_reads_back_as_its_title_and_date(dropped: bool) -> None:
    reads_back(_timeline(), dropped)
