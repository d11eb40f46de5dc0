"""What a TimelineJS, Timeline Project, iCalendar or CSV user gets from our exports
(verify70, session 54: a researcher who swaps timelines with TimelineJS and The Timeline
Project).  Each test fails on the code before session 54."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from test_io_exchange_verify28 import _foreign

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs, \
    timelinejs_sheet_pieces


def _researcher() -> Timeline:
    timeline = Timeline(title="Border talks")
    for event in (
        Event("ref", "Nikol Pashinyan: Referendum", FuzzyDate.of_year(2027)),
        Event("yerevan", "Border commission meets in Yerevan", FuzzyDate.of_month(2025, 12),
              category="meeting"),
        Event("war", "Armenia and Azerbaijan go to war",
              FuzzyDate.of_decade(1990, False, "START")),
        Event("talks", "Talks in Geneva", FuzzyDate(2025, 11, 18)),
    ):
        timeline.add(event)
    return timeline


def _slides(text: str) -> dict[str, dict[str, Any]]:
    return {s["unique_id"]: s for s in json.loads(text)["events"]}


def test_a_month_or_a_year_is_no_span_from_itself_to_itself_in_timelinejs() -> None:
    """F7: TimelineJS shows "2027 — 2027" for a slide whose end_date repeats its start
    and which has no display_date (``Slide.getFormattedDate``)."""
    slides = _slides(dumps_timelinejs(_researcher()))
    for key in ("ref", "yerevan"):
        slide = slides[key]
        assert "end_date" not in slide, slide
        assert "display_date" not in slide  # TimelineJS's own "2027", "December 2025"
    assert slides["ref"]["start_date"] == {"year": 2027}
    assert slides["yerevan"]["start_date"] == {"year": 2025, "month": 12}
    # a span of years still has its end, and the words TimelineJS shows
    assert slides["war"]["end_date"]["year"] == 1993
    assert slides["war"]["display_date"] == "the early 1990s"


def test_the_timelinejs_sheet_has_no_end_for_a_month_or_a_year() -> None:
    rows = list(csv.DictReader(io.StringIO("".join(timelinejs_sheet_pieces(_researcher())))))
    by_title = {row["Headline"]: row for row in rows}
    referendum = by_title["Nikol Pashinyan: Referendum"]
    assert (referendum["Year"], referendum["End Year"]) == ("2027", "")
    meeting = by_title["Border commission meets in Yerevan"]
    assert (meeting["Month"], meeting["End Year"], meeting["End Month"]) == ("12", "", "")


def test_a_month_or_a_year_reads_back_as_it_was_with_and_without_our_key() -> None:
    text = dumps_timelinejs(_researcher())
    expected = {e.id: (e.date, e.end) for e in _researcher()}
    for document in (json.loads(text), _foreign(json.loads(text))):
        result = loads_timelinejs(json.dumps(document))
        assert {e.id: (e.date, e.end) for e in result.timeline} == expected


def test_an_older_export_with_the_end_repeated_reads_as_unedited() -> None:
    """A file our export wrote before session 54 (end_date = start_date) is not taken as
    edited in TimelineJS."""
    document = json.loads(dumps_timelinejs(_researcher()))
    for slide in document["events"]:
        if slide["unique_id"] in ("ref", "yerevan"):
            slide["end_date"] = dict(slide["start_date"])
    result = loads_timelinejs(json.dumps(document))
    assert {e.id: (e.date, e.end) for e in result.timeline} == \
        {e.id: (e.date, e.end) for e in _researcher()}
    assert not any("edited" in line for line in result.notes), result.notes


def test_the_calendar_covers_a_period_s_days_not_its_first_day() -> None:
    """F14: read with the ``icalendar`` library, the early 1990s ran 1 January 1990 to
    31 December 1993 (DTEND exclusive, RFC 5545 §3.6.1), 2027 the whole year and
    December 2025 the month; the days known to the day stay one day."""
    import datetime as _dt

    import icalendar

    from timeline_app.io.ical import dumps_icalendar, loads_icalendar

    data = dumps_icalendar(_researcher(), _dt.datetime(2026, 12, 6, tzinfo=_dt.UTC))
    entries = {str(c["uid"]).split("@")[0]: c
               for c in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    days = {key: (entry.decoded("dtstart"), entry.decoded("dtend"))
            for key, entry in entries.items()}
    assert days == {
        "war": (_dt.date(1990, 1, 1), _dt.date(1994, 1, 1)),
        "ref": (_dt.date(2027, 1, 1), _dt.date(2028, 1, 1)),
        "yerevan": (_dt.date(2025, 12, 1), _dt.date(2026, 1, 1)),
        "talks": (_dt.date(2025, 11, 18), _dt.date(2025, 11, 19)),
    }
    assert str(entries["war"]["summary"]) == \
        "Armenia and Azerbaijan go to war (the early 1990s)"
    back = {e.id: (e.date, e.end) for e in loads_icalendar(data).timeline}
    assert back == {e.id: (e.date, e.end) for e in _researcher()}


def test_the_csv_s_iso_cells_carry_the_years_of_the_early_1990s() -> None:
    """F15: "Date (ISO)" 1990 and an empty "End (ISO)" read as the year 1990 in a
    spreadsheet; the ISO pair now spans 1990 to 1993, the End words cell stays empty and
    the row reads back as the early 1990s with no end."""
    from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events

    text = dumps_csv(_researcher())
    rows = {row["Id"]: row for row in csv.DictReader(io.StringIO(text))}
    war = rows["war"]
    assert (war["Date"], war["Date (ISO)"], war["End"], war["End (ISO)"]) == (
        "the early 1990s", "1990", "", "1993")
    assert (rows["ref"]["Date (ISO)"], rows["ref"]["End (ISO)"]) == ("2027", "")
    assert (rows["yerevan"]["Date (ISO)"], rows["yerevan"]["End (ISO)"]) == ("2025-12", "")
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.id: (e.date, e.end) for e in events} == \
        {e.id: (e.date, e.end) for e in _researcher()}
