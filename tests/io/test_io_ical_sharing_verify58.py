"""verify58 F18: an agency editor's "Key dates" calendar in Outlook.  A date not known to
the day was a bar over every day it covers (April 2026 filled a month's all-day row); a
re-sent calendar had no ``SEQUENCE`` or ``LAST-MODIFIED``, so a moved date might not be
taken as an update (RFC 5545 §3.8.7.4); every entry blocked the reader's time."""

from __future__ import annotations

import datetime as _dt

import icalendar
import pytest

from tests.io.test_io_exchange_trial16 import _without_ours
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.ical import dumps_icalendar, loads_icalendar

STAMP = _dt.datetime(2026, 12, 5, 20, 0, tzinfo=_dt.UTC)


def _key_dates() -> Timeline:
    return Timeline.from_events([
        Event("doha", "Doha committee (scheduled)", FuzzyDate.of_month(2026, 4)),
        Event("saudi", "Saudi Arabia breaks off relations, April 1988",
              FuzzyDate.of_month(1988, 4)),
        Event("spring", "Talks resume", FuzzyDate.of_part(2026, "SP")),
        Event("year", "Red Sea task force formed", FuzzyDate.of_year(2023)),
        Event("circa", "Envoys meet", FuzzyDate.of_ymd(2026, 3, 12, circa=True)),
        Event("days", "Brussels meeting", FuzzyDate.of_ymd(2026, 3, 18),
              FuzzyDate.of_ymd(2026, 3, 19)),
        Event("day", "Galaxy Leader seized", FuzzyDate.of_ymd(2023, 11, 19)),
    ])


def _entries(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(c["uid"]).split("@")[0]: c for c in calendar.walk("VEVENT")}


def test_a_date_not_known_to_the_day_covers_its_days_with_its_date_in_the_title() -> None:
    """verify58 F18 had one entry on the first day; verify70 F14 (session 54) found the
    early 1990s on New Year's Day 1990: the entry covers the period's days (RFC 5545
    §3.6.1, DTEND exclusive), its date still in the title."""
    entries = _entries(dumps_icalendar(_key_dates(), STAMP))
    expected = {
        # (a plan: one entry on the first day of its month since edit88, verify87 F7)
        "doha": ("Doha committee (scheduled, April 2026)", _dt.date(2026, 4, 1),
                 _dt.date(2026, 4, 2)),
        "saudi": ("Saudi Arabia breaks off relations, April 1988", _dt.date(1988, 4, 1),
                  _dt.date(1988, 5, 1)),
        "spring": ("Talks resume (spring 2026)", _dt.date(2026, 3, 1), _dt.date(2026, 6, 1)),
        "year": ("Red Sea task force formed (2023)", _dt.date(2023, 1, 1),
                 _dt.date(2024, 1, 1)),
        "circa": ("Envoys meet (c. 12 March 2026)", _dt.date(2026, 3, 12),
                  _dt.date(2026, 3, 13)),
    }
    for key, (summary, first, after) in expected.items():
        entry = entries[key]
        assert (str(entry["summary"]), entry.decoded("dtstart"), entry.decoded("dtend")) == (
            summary, first, after), key
    # Days known to the day stay as they were: the days they cover.
    assert entries["days"].decoded("dtend") == _dt.date(2026, 3, 20)
    assert str(entries["days"]["summary"]) == "Brussels meeting"
    assert str(entries["day"]["summary"]) == "Galaxy Leader seized"


@pytest.mark.parametrize("dropped", [False, True])
def test_such_an_entry_reads_back_as_its_date_and_title(dropped: bool) -> None:
    """Read back, with our own property or from a calendar program that dropped it (the
    description's "Date:" line), the month is a month again and the title has no
    "(April 2026)"."""
    reads_back(_key_dates(), dropped)


def reads_back(timeline: Timeline, dropped: bool) -> None:
    """``timeline`` exported and read back (``dropped``: by a calendar program that
    dropped our own property) has each event's title, date and end."""
    data = dumps_icalendar(timeline, STAMP)
    back = {e.id if not dropped else e.title: e
            for e in loads_icalendar(_without_ours(data) if dropped else data).timeline}
    for event in timeline:
        read = back[event.title if dropped else event.id]
        assert (read.title, read.date, read.end) == (event.title, event.date, event.end)


def test_a_title_edited_in_the_calendar_loses_only_the_date_words() -> None:
    data = dumps_icalendar(_key_dates(), STAMP).replace(
        b"SUMMARY:Doha committee (scheduled\\, April 2026)",
        b"SUMMARY:Doha committee postponed (April 2026)")
    back = {e.id: e for e in loads_icalendar(data).timeline}
    assert back["doha"].title == "Doha committee postponed"
    assert back["doha"].date == FuzzyDate.of_month(2026, 4)


def test_a_calendar_sent_again_is_an_update_and_blocks_no_time() -> None:
    """RFC 5545 §3.8.7.4: an entry of a known UID is the newer version when its SEQUENCE
    is higher; §3.8.2.7: news is free time."""
    first = _entries(dumps_icalendar(_key_dates(), STAMP))
    later = _entries(dumps_icalendar(_key_dates(), STAMP + _dt.timedelta(minutes=3)))
    for key, entry in first.items():
        assert int(later[key]["sequence"]) == int(entry["sequence"]) + 3
        assert 0 < int(entry["sequence"]) < 2**31
        assert entry.decoded("last-modified") == STAMP
        assert str(entry["transp"]) == "TRANSPARENT"


def test_a_calendar_exported_before_reads_back_as_it_did() -> None:
    """A calendar exported before session 47 (verify58's own redsea1.ics) spans the month:
    its days are not taken for a date moved in the calendar."""
    data = dumps_icalendar(_key_dates(), STAMP).replace(
        b"DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260402",
        b"DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260501")
    for dropped in (False, True):
        read = {e.id if not dropped else e.title: e
                for e in loads_icalendar(_without_ours(data) if dropped else data).timeline}
        doha = read["Doha committee (scheduled)" if dropped else "doha"]
        assert doha.date == FuzzyDate.of_month(2026, 4) and doha.end is None
        assert "moved" not in doha.date_basis


def _standoffs() -> Timeline:
    """verify61 F14: a news desk's India-China timeline, spans given to the month."""
    return Timeline.from_events([
        Event("galwan", "Galwan standoff", FuzzyDate.of_month(2020, 5),
              FuzzyDate.of_ymd(2024, 10, 21)),
        Event("thaw", "Thaw", FuzzyDate.of_ymd(2024, 10, 21), FuzzyDate.of_month(2025, 11)),
        Event("doklam", "Doklam standoff", FuzzyDate.of_month(2017, 6),
              FuzzyDate.of_month(2017, 8)),
        Event("war", "Sino-Indian war", FuzzyDate.of_month(1962, 10),
              FuzzyDate.of_month(1962, 11)),
        Event("decade", "Border talks", FuzzyDate.of_year(2003), FuzzyDate.of_year(2005)),
        Event("pilgrims", "Pilgrims return", FuzzyDate.of_month(2025, 6, mod="END")),
        Event("misri", "Vikram Misri visits Beijing", FuzzyDate.of_ymd(2025, 1, 26),
              FuzzyDate.of_ymd(2025, 1, 27)),
    ])


def test_a_span_not_known_to_the_day_covers_its_days_with_its_date_in_the_title() -> None:
    """verify61 F14: a four-year standoff, "May 2020 – 21 October 2024", was a one-day
    entry on 1 May 2020.  A span covers its start's first day to its end's last day
    (DTEND the day after: RFC 5545 §3.6.1) whatever their precision; so, since verify70
    F14 (session 54), does a single date: "late June 2025" 21 to 30 June."""
    entries = _entries(dumps_icalendar(_standoffs(), STAMP))
    expected = {
        "galwan": ("Galwan standoff (May 2020 – 21 October 2024)",
                   _dt.date(2020, 5, 1), _dt.date(2024, 10, 22)),
        "thaw": ("Thaw (21 October 2024 – November 2025)",
                 _dt.date(2024, 10, 21), _dt.date(2025, 12, 1)),
        "doklam": ("Doklam standoff (June 2017 – August 2017)",
                   _dt.date(2017, 6, 1), _dt.date(2017, 9, 1)),
        "war": ("Sino-Indian war (October 1962 – November 1962)",
                _dt.date(1962, 10, 1), _dt.date(1962, 12, 1)),
        "decade": ("Border talks (2003 – 2005)", _dt.date(2003, 1, 1), _dt.date(2006, 1, 1)),
        "pilgrims": ("Pilgrims return (late June 2025)",
                     _dt.date(2025, 6, 21), _dt.date(2025, 7, 1)),
        "misri": ("Vikram Misri visits Beijing", _dt.date(2025, 1, 26), _dt.date(2025, 1, 28)),
    }
    for key, (summary, first, end) in expected.items():
        entry = entries[key]
        assert (str(entry["summary"]), entry.decoded("dtstart"), entry.decoded("dtend")) == (
            summary, first, end), key


@pytest.mark.parametrize("dropped", [False, True])
def test_a_span_reads_back_with_its_precision(dropped: bool) -> None:
    """The app opens its own .ics: the spans come back as months and years, not days,
    with our property or from the description's "Date:" line, and the title without the
    date words."""
    timeline = _standoffs()
    data = dumps_icalendar(timeline, STAMP)
    back = {e.id if not dropped else e.title: e
            for e in loads_icalendar(_without_ours(data) if dropped else data).timeline}
    for event in timeline:
        read = back[event.title if dropped else event.id]
        assert (read.title, read.date, read.end) == (event.title, event.date, event.end)
        assert "moved" not in read.date_basis


def test_a_span_exported_on_its_first_day_alone_reads_back_as_it_did() -> None:
    """A calendar of sessions 47-48 (verify61's india-china.ics) has a span not known to
    the day on its first day only: not a date moved in the calendar."""
    data = dumps_icalendar(_standoffs(), STAMP).replace(
        b"DTSTART;VALUE=DATE:20200501\r\nDTEND;VALUE=DATE:20241022",
        b"DTSTART;VALUE=DATE:20200501\r\nDTEND;VALUE=DATE:20200502")
    for dropped in (False, True):
        read = {e.id if not dropped else e.title: e
                for e in loads_icalendar(_without_ours(data) if dropped else data).timeline}
        galwan = read["Galwan standoff" if dropped else "galwan"]
        assert (galwan.date, galwan.end) == (FuzzyDate.of_month(2020, 5),
                                             FuzzyDate.of_ymd(2024, 10, 21))
        assert "moved" not in galwan.date_basis
