"""A week an article named is some day of it (``core.weeks``; verify63 F6: "Albusaidi
travelled to Washington last week" was drawn, said and exported as a seven-day visit,
23-29 November 2026, and Ctrl+→ moved it to a Tuesday-to-Monday "week")."""

from __future__ import annotations

import dataclasses
import datetime as _dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import _week_window
from timeline_app.core.weeks import moved_words, told_week, week_words, when_words
from timeline_app.io.csv_table import dumps_csv, guess_mapping, read_table, rows_to_events
from timeline_app.io.ical import dumps_icalendar, loads_icalendar

BASIS = ("'last week', relative to the dateline 3 December 2026: the week of 23 November "
         "2026; the whole week: to 29 November 2026")
VISIT = Event("visit", "Badr Albusaidi visits Washington", FuzzyDate.of_ymd(2026, 11, 23),
              FuzzyDate.of_ymd(2026, 11, 29), category="visit", date_basis=BASIS)


def test_a_week_an_article_named_is_told_from_days_typed_by_hand():
    assert told_week(VISIT) and _week_window(VISIT)
    assert when_words(VISIT) == "some day in the week of 23 November 2026"
    assert when_words(VISIT, short=True) == "week of 23 November 2026"
    # days typed from a Monday to a Sunday are a span; so is a week typed over by hand
    assert not told_week(dataclasses.replace(VISIT, date_basis="entered by hand"))
    assert not told_week(dataclasses.replace(VISIT, date=FuzzyDate.of_ymd(2026, 11, 24)))
    assert when_words(dataclasses.replace(VISIT, date_basis="")) == "23–29 November 2026"
    # a week cut at its article's day (told as done): some day of those days
    cut = dataclasses.replace(VISIT, end=FuzzyDate.of_ymd(2026, 11, 26))
    assert told_week(cut) and week_words(cut) == "some day in 23–26 November 2026"


def test_a_week_moved_by_hand_is_still_a_week_from_a_monday():
    moved = dataclasses.replace(
        VISIT, date=FuzzyDate.of_ymd(2026, 11, 30), end=FuzzyDate.of_ymd(2026, 12, 6),
        date_basis="moved by hand from some day in the week of 23 November 2026")
    assert told_week(moved)
    assert when_words(moved) == "some day in the week of 30 November 2026"
    assert not told_week(dataclasses.replace(moved, date=FuzzyDate.of_ymd(2026, 12, 1)))
    # (the words of the move, said before the basis says it moved)
    assert moved_words(VISIT, dataclasses.replace(moved, date_basis=BASIS)) == (
        "some day in the week of 30 November 2026")


def test_the_csv_says_some_day_in_the_week_and_reads_it_back():
    from timeline_app.core import Timeline

    timeline = Timeline("t")
    timeline.add(VISIT)
    text = dumps_csv(timeline)
    row = text.splitlines()[1]
    # Precision "week", not "day" (verify72 F20: a spreadsheet filtering on precision read
    # it as a known day)
    assert "some day in the week of 23 November 2026,2026-11-23,week,,,," in row
    assert "29 November" not in row.split(",")[5]  # (no End: it read as a seven-day visit)
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, guess_mapping(table.header))
    assert not [e for e in errors if not e.kept]
    (back,) = events
    assert (back.date, back.end, back.date_basis) == (VISIT.date, VISIT.end, BASIS)
    assert told_week(back)
    # a day typed over the week, its Precision cell left "week": a change, said so
    typed = text.replace("some day in the week of 23 November 2026", "24 November 2026")
    table = read_table(typed.encode("utf-8"))
    (back,), _errors = rows_to_events(table, guess_mapping(table.header))
    assert back.date == FuzzyDate.of_ymd(2026, 11, 24)
    assert back.date_basis.startswith("changed in the table")


def test_the_calendar_has_one_entry_on_the_monday_said_as_some_day_of_the_week():
    from timeline_app.core import Timeline

    timeline = Timeline("t")
    timeline.add(VISIT)
    stamp = _dt.datetime(2026, 12, 6, tzinfo=_dt.UTC)
    text = dumps_icalendar(timeline, stamp).decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20261123\r\nDTEND;VALUE=DATE:20261124\r\n" in unfolded
    assert ("SUMMARY:Badr Albusaidi visits Washington (some day in the week of 23 "
            "November 2026)") in unfolded
    # (precision "week", as the CSV's: verify72 F20)
    assert "Date: some day in the week of 23 November 2026 (precision: week)" in unfolded
    # our own round trip, and one through a calendar that dropped our own property
    for data in (text, "".join(line + "\r\n" for line in unfolded.split("\r\n")
                               if line and not line.startswith("X-DIPLOMATIC"))):
        back = next(iter(loads_icalendar(data.encode("utf-8")).timeline))
        assert (back.date, back.end) == (VISIT.date, VISIT.end), data[:40]
        assert told_week(back)


def test_a_timelinejs_slide_shows_some_day_in_the_week_and_comes_back_a_week():
    import json

    from timeline_app.core import Timeline
    from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs

    timeline = Timeline("t")
    timeline.add(VISIT)
    text = dumps_timelinejs(timeline)
    (slide,) = json.loads(text)["events"]
    assert slide["display_date"] == "some day in the week of 23 November 2026"
    result = loads_timelinejs(text)
    back = next(iter(result.timeline))
    assert (back.date, back.end, back.date_basis) == (VISIT.date, VISIT.end, BASIS)
    assert result.notes == []  # (the words are as exported: no date said edited)
    # another tool dropped our own key: the words still give the week back
    plain = json.loads(text)
    for one in plain["events"]:
        one.pop("diplomatic_timeline")
    plain.pop("diplomatic_timeline", None)
    back = next(iter(loads_timelinejs(json.dumps(plain)).timeline))
    assert (back.date, back.end) == (VISIT.date, VISIT.end)
    assert told_week(back), back.date_basis


def test_the_timeline_project_export_says_a_week_is_written_as_its_days():
    from timeline_app.core import Timeline
    from timeline_app.io.timeline_project import export_losses

    timeline = Timeline("t")
    timeline.add(VISIT)
    assert export_losses(timeline) == [
        "1 week an article named (some day of it: “last week”) is written as its days"]
