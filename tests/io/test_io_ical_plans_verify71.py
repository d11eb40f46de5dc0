"""verify71 F8 (session 54): a planned event's calendar entry.  "Technical meeting
(scheduled)" in the spring of 2027 came out as "Technical meeting (scheduled) (spring
2027)", two pairs of brackets, and without ``STATUS:TENTATIVE`` (RFC 5545 §3.8.1.11), so
a calendar showed the plan as certain.  How long the entry is: as xchg54 set it (a date
not known to the day covers its days) but for a plan, one entry on its period's first
day since edit88 (verify87 F7)."""

from __future__ import annotations

import datetime as _dt

import icalendar
import pytest

from tests.io.test_io_ical_sharing_verify58 import reads_back
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.ical import dumps_icalendar, loads_icalendar

STAMP = _dt.datetime(2026, 12, 6, 16, 30, tzinfo=_dt.UTC)


def _plans() -> Timeline:
    return Timeline.from_events([
        Event("oas", "Technical meeting (scheduled)", FuzzyDate.of_part(2027, "SP")),
        Event("gc", "Fonseca and Martinez meet (scheduled)", FuzzyDate.of_ymd(2027, 2, 12)),
        Event("fourth", "Fourth round (did not take place)", FuzzyDate.of_month(2026, 5)),
        Event("held", "Hearings close", FuzzyDate.of_ymd(2026, 11, 21)),
    ])


def _entries(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(c["uid"]).split("@")[0]: c for c in calendar.walk("VEVENT")}


def test_a_plan_s_date_is_in_the_brackets_of_its_told_ending() -> None:
    entries = _entries(dumps_icalendar(_plans(), STAMP))
    assert str(entries["oas"]["summary"]) == "Technical meeting (scheduled, spring 2027)"
    assert str(entries["fourth"]["summary"]) == "Fourth round (did not take place, May 2026)"
    # Known to the day: no date words, the title as it is.
    assert str(entries["gc"]["summary"]) == "Fonseca and Martinez meet (scheduled)"
    # A plan not known to the day is one entry on the first day of its period since
    # verify87 F7 (edit88: a spring plan had filled March to May); a past event's month
    # still covers its days (xchg54).
    assert (entries["oas"].decoded("dtstart"), entries["oas"].decoded("dtend")) == (
        _dt.date(2027, 3, 1), _dt.date(2027, 3, 2))
    assert (entries["fourth"].decoded("dtstart"), entries["fourth"].decoded("dtend")) == (
        _dt.date(2026, 5, 1), _dt.date(2026, 6, 1))


def test_a_plan_is_tentative_and_nothing_else_is() -> None:
    entries = _entries(dumps_icalendar(_plans(), STAMP))
    assert str(entries["oas"]["status"]) == "TENTATIVE"
    assert str(entries["gc"]["status"]) == "TENTATIVE"
    assert "status" not in entries["held"]
    # (a round that did not take place is cancelled since verify73 F15: ``calendar_status``)
    assert str(entries["fourth"]["status"]) == "CANCELLED"


@pytest.mark.parametrize("dropped", [False, True])
def test_a_plan_reads_back_as_its_title_and_date(dropped: bool) -> None:
    reads_back(_plans(), dropped)


def test_a_plan_s_title_edited_in_the_calendar_loses_only_the_date_words() -> None:
    data = dumps_icalendar(_plans(), STAMP).replace(
        b"SUMMARY:Technical meeting (scheduled\\, spring 2027)",
        b"SUMMARY:OAS technical meeting (scheduled\\, spring 2027)")
    back = {e.id: e for e in loads_icalendar(data).timeline}
    assert back["oas"].title == "OAS technical meeting (scheduled)"
    assert back["oas"].date == FuzzyDate.of_part(2027, "SP")
