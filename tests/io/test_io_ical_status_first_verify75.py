"""verify75 F11 (session 57): a calendar entry says a warning status in its title.

The disputed claim of a committee handout was exported with ``SUMMARY`` its bare title and
"Status: Disputed" only in the description, which a calendar shows when the entry is
opened: in the month grid it read as established.  The title now says it first,
"Disputed: …" (as the printed dated list does, "? Disputed: …", verify75 F10), and reads
back as the title without it, with or without our own property."""

from __future__ import annotations

import datetime as _dt

import icalendar
import pytest

from tests.io.test_io_ical_sharing_verify58 import _without_ours, reads_back
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.status import status_told_first, without_status_told_first
from timeline_app.io.ical import calendar_title, dumps_icalendar, loads_icalendar

STAMP = _dt.datetime(2026, 12, 6, 23, 40, tzinfo=_dt.UTC)


def _claims() -> Timeline:
    return Timeline.from_events([
        Event("claim", "Officials say stock summers in their waters",
              FuzzyDate.of_ymd(2026, 11, 11), status="disputed"),
        Event("denial", "Ministry denies a secret meeting", FuzzyDate.of_month(2026, 10),
              status="denied"),
        Event("report", "Talks planned in Oslo (scheduled)", FuzzyDate.of_month(2027, 1),
              status="unconfirmed"),
        Event("held", "Ministers met in Oslo", FuzzyDate.of_ymd(2026, 9, 3),
              status="confirmed"),
        Event("plain", "Quota set", FuzzyDate.of_ymd(2026, 12, 1)),
    ])


def _summaries(data: bytes) -> dict[str, str]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(c["uid"]).split("@")[0]: str(c["summary"]) for c in calendar.walk("VEVENT")}


def test_a_warning_status_is_said_first_in_the_entrys_title() -> None:
    summaries = _summaries(dumps_icalendar(_claims(), STAMP))
    assert summaries["claim"] == "Disputed: Officials say stock summers in their waters"
    assert summaries["denial"] == "Denied: Ministry denies a secret meeting (October 2026)"
    assert summaries["report"] == "Unconfirmed: Talks planned in Oslo (scheduled, January 2027)"
    assert summaries["held"] == "Ministers met in Oslo"  # (confirmed: nothing to warn of)
    assert summaries["plain"] == "Quota set"


@pytest.mark.parametrize("dropped", [False, True])
def test_the_status_word_leaves_the_title_when_read_back(dropped: bool) -> None:
    reads_back(_claims(), dropped)
    data = dumps_icalendar(_claims(), STAMP)
    back = loads_icalendar(_without_ours(data) if dropped else data).timeline
    assert {e.title: e.status for e in back}["Ministry denies a secret meeting"] == "denied"


def test_a_title_retyped_in_the_calendar_keeps_the_status_out() -> None:
    data = dumps_icalendar(_claims(), STAMP).replace(
        b"SUMMARY:Disputed: Officials say stock summers in their waters",
        b"SUMMARY:Disputed: Faroese officials say stock summers there")
    back = {e.id: e for e in loads_icalendar(data).timeline}
    assert back["claim"].title == "Faroese officials say stock summers there"
    assert back["claim"].status == "disputed"


def test_told_first_and_taken_off_again() -> None:
    assert status_told_first("X", "disputed") == "Disputed: X"
    assert status_told_first("X", "confirmed") == "X"
    assert without_status_told_first("disputed: X", "disputed") == "X"
    assert without_status_told_first("Disputed:", "disputed") == "Disputed:"  # (nothing left)
    assert without_status_told_first("Disputed: X", "denied") == "Disputed: X"
    assert calendar_title(_claims().get("plain")) == "Quota set"
