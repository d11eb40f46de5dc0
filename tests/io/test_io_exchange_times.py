"""Times of day through every exchange format (session 36, edit33): TimelineJS's
``hour``/``minute``, The Timeline Project's instants, iCalendar's DTSTART/DTEND date-times
(floating, UTC or in a TZID) and CSV's columns, in and out.  Before, each import dropped the
times with a note and each export wrote days only."""

from __future__ import annotations

import datetime as dt
import json

from test_io_exchange_trial9 import _without_comments
from test_io_exchange_trial16 import _without_ours

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.clock import ClockTime
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

DAY = FuzzyDate.of_ymd(2025, 3, 22)


def _timeline() -> Timeline:
    timeline = Timeline(title="Summit day")
    for event in (
        Event("talks", "Talks begin", DAY.with_time(ClockTime(10, 30)),
              DAY.with_time(ClockTime(12, 0)), category="meeting"),
        Event("presser", "Press conference", DAY.with_time(ClockTime(15, 5, 540)),
              category="meeting"),
        Event("statement", "Statement", DAY.with_time(ClockTime(6, 45, 0))),
        Event("dinner", "Dinner", DAY.with_time(ClockTime(19))),
        Event("trilateral", "Trilateral", DAY),
        Event("tour", "Tour", FuzzyDate.of_ymd(2025, 3, 20).with_time(ClockTime(9, 15)),
              FuzzyDate.of_ymd(2025, 3, 23).with_time(ClockTime(17, 40))),
    ):
        timeline.add(event)
    return timeline


def _dates(timeline: Timeline) -> dict[str, tuple[FuzzyDate, FuzzyDate | None]]:
    return {e.title: (e.date, e.end) for e in timeline}


EXPECTED = _dates(_timeline())


# -- TimelineJS -------------------------------------------------------------------------

def test_timelinejs_writes_hour_and_minute_and_reads_them_back() -> None:
    document = json.loads(dumps_timelinejs(_timeline()))
    slides = {s["unique_id"]: s for s in document["events"]}
    # No display date where the parts say it all: TimelineJS shows its own, localized
    # (verify46 F11)
    assert slides["talks"]["start_date"] == {
        "year": 2025, "month": 3, "day": 22, "hour": 10, "minute": 30}
    assert "display_date" not in slides["talks"]
    assert slides["talks"]["end_date"]["hour"] == 12
    assert slides["dinner"]["start_date"]["hour"] == 19
    assert "minute" not in slides["dinner"]["start_date"]  # known to the hour
    # The local clock, as TimelineJS has no time zone; the display date says the offset.
    assert slides["presser"]["start_date"]["hour"] == 15
    assert slides["presser"]["display_date"] == "22 March 2025, 15:05 UTC+09:00"
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == EXPECTED
    # Written back by TimelineJS or a sheet, without our key: still every time and offset.
    del document[NAMESPACE]
    for slide in document["events"]:
        del slide[NAMESPACE]
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == EXPECTED


def test_a_timelinejs_slide_with_a_time_as_the_tool_writes_it() -> None:
    # TimelineJS's own shape: every part a string, seconds given, no display date.
    document = {"title": {"text": {"headline": "t"}}, "events": [
        {"start_date": {"year": "2025", "month": "3", "day": "22", "hour": "10",
                        "minute": "30", "second": "15"},
         "end_date": {"year": "2025", "month": "3", "day": "22", "hour": "11", "minute": "5"},
         "text": {"headline": "Talks"}},
        {"start_date": {"year": "2025", "month": "3", "day": "22", "hour": "25"},
         "text": {"headline": "Bad hour"}}]}
    result = loads_timelinejs(json.dumps(document))
    (talks,) = result.timeline.events
    assert (talks.date, talks.end) == (DAY.with_time(ClockTime(10, 30)),
                                       DAY.with_time(ClockTime(11, 5)))
    notes = "\n".join(result.notes)
    assert "seconds dropped" in notes and "hour 25 is not 0-23" in notes


# -- The Timeline Project ------------------------------------------------------------------

def test_timeline_project_writes_the_times_and_reads_them_back() -> None:
    xml = dumps_timeline_project(_timeline())
    assert "<start>2025-03-22 10:30:00</start>" in xml
    assert "<end>2025-03-22 12:00:00</end>" in xml
    assert "<start>2025-03-20 09:15:00</start>" in xml and "<end>2025-03-23 17:40:00</end>" in xml
    # An offset and an hour alone are said in the description's date line, which reads back.
    assert "Date: 22 March 2025, 15:05 UTC+09:00 (minute)" in xml
    assert "Date: 22 March 2025, 19h (hour)" in xml
    assert _dates(loads_timeline_project(xml.encode()).timeline) == EXPECTED
    saved_again = _without_comments(xml)
    assert _dates(loads_timeline_project(saved_again.encode()).timeline) == EXPECTED


# -- iCalendar -------------------------------------------------------------------------------

def test_icalendar_writes_date_times_and_reads_them_back() -> None:
    data = dumps_icalendar(_timeline())
    text = data.decode("utf-8")
    # floating local times as written; UTC with Z; an offset of whole hours as written in
    # its fixed zone, declared once (edit35: was the same instant in UTC, 06:05Z)
    assert "DTSTART:20250322T103000\r\nDTEND:20250322T120000\r\n" in text
    assert "DTSTART:20250322T064500Z\r\n" in text
    assert "DTSTART;TZID=Etc/GMT-9:20250322T150500\r\n" in text  # 15:05+09:00
    assert text.count("BEGIN:VTIMEZONE\r\nTZID:Etc/GMT-9\r\n") == 1
    assert "DTSTART;VALUE=DATE:20250322\r\nDTEND;VALUE=DATE:20250323\r\n" in text  # untimed
    result = loads_icalendar(data)
    assert _dates(result.timeline) == EXPECTED and result.notes == []


def test_a_local_time_is_written_in_its_places_zone_or_its_datelines() -> None:
    """verify54 F27: "10:30" of talks in Tokyo was a floating time, which a calendar in
    Berlin showed at 10:30 Berlin time.  A time without an offset is the clock of where it
    happened: written in the zone of the event's place, else of its article's dateline
    (Seoul, 1965: Korea's clock then, UTC+09:00, from the zone's VTIMEZONE); a time that
    nothing places stays floating, and the export's message says so (RFC 5545 §3.3.5)."""
    from timeline_app.core.model import Source
    from timeline_app.io.formats import export_notes
    from timeline_app.io.ical import export_losses

    timeline = Timeline(title="Two clocks", sources={
        "yonhap": Source("yonhap", "Treaty signed", "Yonhap", "SEOUL", None, "", "")})
    timeline.add(Event("tokyo", "Talks in Tokyo", DAY.with_time(ClockTime(10, 30)),
                       DAY.with_time(ClockTime(12, 0)), location="Tokyo, Japan"))
    timeline.add(Event("treaty", "Treaty signed", FuzzyDate.of_ymd(1965, 6, 22).with_time(
        ClockTime(17)), source_id="yonhap"))
    timeline.add(Event("call", "Phone call", DAY.with_time(ClockTime(21, 15)),
                       location="United States"))  # several clocks: none known
    text = dumps_icalendar(timeline).decode("utf-8")
    assert "DTSTART;TZID=Asia/Tokyo:20250322T103000\r\nDTEND;TZID=Asia/Tokyo:20250322T120000" \
        in text
    assert "DTSTART;TZID=Asia/Seoul:19650622T170000\r\n" in text
    assert "DTSTART:20250322T211500\r\n" in text  # floating
    assert text.count("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n") == 1
    assert text.count("BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\n") == 1
    assert "TZOFFSETTO:+0900" in text.split("TZID:Asia/Seoul")[1].split("END:VTIMEZONE")[0]
    # Another calendar reads the instants: 10:30 in Tokyo is 01:30 UTC.
    import icalendar

    starts = {str(c["SUMMARY"]): c.decoded("DTSTART")
              for c in icalendar.Calendar.from_ical(text).walk("VEVENT")}
    assert starts["Talks in Tokyo"].astimezone(dt.UTC).hour == 1
    assert starts["Treaty signed"].utcoffset() == dt.timedelta(hours=9)
    # Read back: as written (our property), and with our property dropped, at the zone's offset.
    back = {e.title: e for e in loads_icalendar(text.encode("utf-8")).timeline}
    assert back["Talks in Tokyo"].date == DAY.with_time(ClockTime(10, 30))
    assert back["Talks in Tokyo"].end == DAY.with_time(ClockTime(12, 0))
    result = loads_icalendar(text.encode("utf-8"))
    assert result.notes == []  # not taken for an edit in the calendar
    plain = {e.title: e for e in loads_icalendar(_without_ours(text.encode("utf-8"))).timeline}
    assert plain["Treaty signed"].date.time in (ClockTime(17), ClockTime(17, 0, 540))
    assert export_losses(timeline) == [
        "1 time of day written without a time zone (no place or dateline gives one; a "
        "calendar shows it at its reader's clock): \u201cPhone call\u201d"]
    notes = export_notes(timeline, "iCalendar")
    assert notes is not None and "Phone call" in notes.text()
    assert notes.summary == "1 time of day written without a time zone"


def test_a_calendars_times_are_kept_floating_utc_or_in_their_zone() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Floating\r\n"
        b"DTSTART:20250322T103000\r\nDTEND:20250322T120000\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:UTC\r\n"
        b"DTSTART:20250322T014500Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:c@x\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Tokyo\r\n"
        b"DTSTART;TZID=Asia/Tokyo:20250322T103000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n")
    events = {e.title: e for e in loads_icalendar(data).timeline}
    assert (events["Floating"].date, events["Floating"].end) == (
        DAY.with_time(ClockTime(10, 30)), DAY.with_time(ClockTime(12, 0)))
    assert events["UTC"].date == DAY.with_time(ClockTime(1, 45, 0))
    assert (events["Tokyo"].date, events["Tokyo"].end) == (
        DAY.with_time(ClockTime(10, 30, 540)), DAY.with_time(ClockTime(11, 30, 540)))


def test_icalendar_without_our_property_keeps_the_times() -> None:
    data = _without_ours(dumps_icalendar(_timeline()))
    back = _dates(loads_icalendar(data).timeline)
    # Floating and UTC times come back as they were; a time of another offset comes back as
    # its UTC instant unless the description's date line (written whole) says otherwise.
    assert back["Talks begin"] == EXPECTED["Talks begin"]
    assert back["Statement"] == EXPECTED["Statement"]
    assert back["Press conference"] == EXPECTED["Press conference"]


# -- CSV -------------------------------------------------------------------------------------

def test_csv_writes_the_times_and_reads_them_back() -> None:
    text = dumps_csv(_timeline())
    assert ("Talks begin,\"22 March 2025, 10:30\",2025-03-22T10:30,minute,,"
            "\"22 March 2025, 12:00\",2025-03-22T12:00,") in text
    assert "2025-03-22T15:05+09:00" in text and "2025-03-22T19,hour" in text
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.title: (e.date, e.end) for e in events} == EXPECTED


def test_a_timelinejs_sheets_time_column_is_read() -> None:
    sheet = ("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline\r\n"
             "2025,3,22,10:30,2025,3,22,12:00,Talks\r\n"
             "2025,3,22,,,,,,Trilateral\r\n")
    table = read_table(sheet.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.title: (e.date, e.end) for e in events} == {
        "Talks": (DAY.with_time(ClockTime(10, 30)), DAY.with_time(ClockTime(12, 0))),
        "Trilateral": (DAY, None)}


def test_a_time_of_day_before_the_year_1000_is_written_with_four_digits() -> None:
    """strftime's %Y wrote AD 800 as "8001225T100000", which no calendar reads: the
    event was lost on the way back (found by session 44's round trips)."""
    timeline = Timeline(title="Coronation")
    timeline.add(Event("c", "Charlemagne crowned", FuzzyDate.of_ymd(800, 12, 25).with_time(
        ClockTime(10)), location="Rome"))
    text = dumps_icalendar(timeline).decode("utf-8")
    assert "DTSTART;TZID=Europe/Rome:08001225T100000\r\n" in text
    back = list(loads_icalendar(_without_ours(text.encode("utf-8"))).timeline)
    assert [e.date for e in back] == [FuzzyDate.of_ymd(800, 12, 25).with_time(ClockTime(10))]
