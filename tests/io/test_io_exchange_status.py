"""An event's status through every exchange format (verify42 F9): CSV's "Status" column,
iCalendar's and TimelineJS's own key, The Timeline Project's comment, and the labelled line
"Status: Disputed" the texts carry, read back when another tool wrote the file again
without our key.  Each test fails before session 33 (no status)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_io_exchange_trial9 import _without_comments
from test_io_exchange_trial16 import _without_ours

from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
from timeline_app.io.csv_table import EXPORT_HEADERS, dumps_csv, read_table, rows_to_events
from timeline_app.io.exchange import event_fields, status_paragraph, take_status
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

TEXT = "AP: The truce was signed late Wednesday in Jeddah. Reuters: a ceremony on Thursday."


def _jeddah() -> Timeline:
    day = FuzzyDate.of_day(dt.date(2026, 12, 2))
    sources = {"ap": Source("ap", "Truce signed", outlet="AP", text=TEXT)}
    signed = Evidence("The truce was signed late Wednesday in Jeddah.", 4, 51)
    return Timeline.from_events([
        Event("signed", "Truce agreement signed in Jeddah", day, category="treaty",
              participants=("SAF", "RSF"), location="Jeddah", summary="Signed.",
              source_id="ap", evidence=(signed,), status="disputed"),
        Event("talks", "Talks resume", FuzzyDate.of_month(2026, 11), status="confirmed"),
        Event("denial", "RSF withdraws from the capital", FuzzyDate.of_year(2026),
              summary="Status: pending a second source", status="denied"),
        Event("rumour", "Ceasefire extended", FuzzyDate.of_day(dt.date(2026, 12, 9)),
              status="unconfirmed"),
        Event("plain", "Monitors named", FuzzyDate.of_day(dt.date(2026, 12, 4))),
    ], sources=sources)


def _statuses(timeline: Timeline) -> dict[str, str]:
    return {event.title: event.status for event in timeline}


WANTED = {"Truce agreement signed in Jeddah": "disputed", "Talks resume": "confirmed",
          "RSF withdraws from the capital": "denied", "Ceasefire extended": "unconfirmed",
          "Monitors named": ""}


def test_our_key_carries_a_status_only_when_set_and_its_line_reads_back() -> None:
    timeline = _jeddah()
    assert event_fields(timeline.get("signed"))["status"] == "disputed"
    assert "status" not in event_fields(timeline.get("plain"))
    assert status_paragraph("denied") == ["Status: Denied"] and status_paragraph("") == []
    blocks = ["A summary", "Status: Disputed"]
    assert take_status(blocks) == "disputed" and blocks == ["A summary"]
    for kept in (["Status: pending a second source"], ["Status: Not assessed"],
                 ["Status: Disputed\nmore"]):
        assert take_status(kept) is None and len(kept) == 1  # a summary's own words stay


def test_csv_has_a_status_column_read_back() -> None:
    timeline = _jeddah()
    text = dumps_csv(timeline)
    assert EXPORT_HEADERS[-1] == "Status" and text.splitlines()[0].endswith(",Status")
    table = read_table(text.encode("utf-8"))
    assert table.mapping["status"] == len(EXPORT_HEADERS) - 1
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.title: e.status for e in events} == WANTED


def test_a_sheets_status_column_of_other_words_is_kept_not_assessed_and_listed() -> None:
    table = read_table(b"Date,Title,Verdict\n2026-12-02,Truce signed,disputed\n"
                       b"2026-12-03,Ceremony,Mostly true\n2026-12-04,Monitors,\n")
    assert table.mapping["status"] == 2
    events, errors = rows_to_events(table, table.mapping)
    assert [e.status for e in events] == ["disputed", "", ""]
    assert [(e.row, e.kept) for e in errors] == [(3, True)]
    assert "status 'Mostly true' is none this app knows (confirmed, unconfirmed, disputed, " \
           "denied): left not assessed" in errors[0].reason


def test_icalendar_keeps_the_status_in_our_property_and_in_the_description() -> None:
    timeline = _jeddah()
    data = dumps_icalendar(timeline)
    assert b"Status: Disputed" in data
    assert _statuses(loads_icalendar(data).timeline) == WANTED
    written_back = _without_ours(data)
    assert b'"status"' not in written_back
    result = loads_icalendar(written_back)
    assert _statuses(result.timeline) == WANTED
    denial = next(e for e in result.timeline if e.status == "denied")
    assert denial.summary == "Status: pending a second source"  # its own words stay
    assert any("statuses" in note for note in result.notes)


def test_timelinejs_keeps_the_status_in_our_key_and_on_the_slide() -> None:
    timeline = _jeddah()
    text = dumps_timelinejs(timeline)
    document = json.loads(text)
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert slides["signed"][NAMESPACE]["status"] == "disputed"
    assert slides["signed"]["text"]["text"].startswith(
        "<p>Signed.</p><p>Status: Disputed</p><p>Participants: SAF, RSF</p>")
    assert "Status" not in slides["plain"]["text"].get("text", "")
    assert _statuses(loads_timelinejs(text).timeline) == WANTED
    for slide in document["events"]:
        del slide[NAMESPACE]
    document.pop(NAMESPACE, None)
    result = loads_timelinejs(json.dumps(document))
    assert _statuses(result.timeline) == WANTED
    assert any("statuses" in note for note in result.notes)


def test_the_timeline_project_keeps_the_status_in_our_comment_and_a_labelled_line() -> None:
    timeline = _jeddah()
    xml = dumps_timeline_project(timeline)
    assert "Status: Disputed" in xml and '"status":"disputed"' in xml
    result = loads_timeline_project(xml.encode("utf-8"))
    assert _statuses(result.timeline) == WANTED
    assert result.notes == [n for n in result.notes if "changed after" not in n]  # unchanged
    saved_again = loads_timeline_project(_without_comments(xml).encode("utf-8"))
    assert _statuses(saved_again.timeline) == WANTED
    denial = next(e for e in saved_again.timeline if e.status == "denied")
    assert denial.summary == "Status: pending a second source"
    assert any(note.startswith("statuses, participants") for note in saved_again.notes)


@pytest.mark.parametrize("status", ["", "disputed"])
def test_a_description_changed_in_the_timeline_project_gives_its_own_status(
        status: str) -> None:
    """A status changed there (the line edited, or taken away) wins over our comment's, as
    every description changed since the export does."""
    xml = dumps_timeline_project(_jeddah())
    edited = xml.replace("Status: Denied", f"Status: {status.title()}" if status else "")
    result = loads_timeline_project(edited.encode("utf-8"))
    denial = next(e for e in result.timeline if e.title == "RSF withdraws from the capital")
    assert denial.status == status
