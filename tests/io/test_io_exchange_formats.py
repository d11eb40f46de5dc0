"""Other tools' formats: TimelineJS, The Timeline Project, CSV, iCalendar, and sniffing."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import re
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Precision, Timeline
from timeline_app.io import FormatError, load
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.formats import EXPORTS, detect_format, export_bytes, open_timeline_file
from timeline_app.io.ical import dumps_icalendar
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "formats"
DEFAULT = ROOT / "resources" / "default-timeline.json"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/formats is not here")


def _default() -> Timeline:
    return load(DEFAULT)


# -- TimelineJS ------------------------------------------------------------------------

@needs_shared
def test_the_real_timelinejs_file_imports_all_13_slides() -> None:
    opened = open_timeline_file(SHARED / "timelinejs-example.json")
    assert opened.kind == "timelinejs" and not opened.native
    timeline = opened.timeline
    assert len(timeline) == 13 and timeline.title == "The Republican Run-Up"
    iowa = timeline.events[0]
    assert iowa.title == "Iowa" and iowa.date == FuzzyDate.of_day(_dt.date(2012, 1, 3))
    # HTML became text, the link kept as a link, the media as a link: nothing loaded.
    assert "<a" not in iowa.summary and "(http://www.foxnews.com/" in iowa.summary
    assert "Media: https://farm7.staticflickr.com/" in iowa.summary
    assert any("media" in note for note in opened.notes)


def test_timelinejs_precision_follows_the_date_and_strings_or_numbers() -> None:
    document = {"events": [
        {"start_date": {"year": "1965"}, "text": {"headline": "Year"}},
        {"start_date": {"year": 1965, "month": 6}, "text": {"headline": "Month"}},
        {"start_date": {"year": "1965", "month": "6", "day": "22", "hour": "10"},
         "text": {"headline": "Day"}},
    ]}
    result = loads_timelinejs(json.dumps(document))
    dates = {e.title: e.date.describe() for e in result.timeline}
    # The hour is kept (edit33; it was dropped with a note before).
    assert dates == {"Year": "1965", "Month": "June 1965", "Day": "22 June 1965, 10h"}
    assert not any("times of day" in note for note in result.notes)


def test_timelinejs_cosmological_years_are_skipped_and_reported() -> None:
    document = {"scale": "cosmological", "events": [
        {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}},
        {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Moon"}},
    ]}
    result = loads_timelinejs(json.dumps(document))
    assert [e.title for e in result.timeline] == ["Moon"]
    assert any("1 item skipped" in note and "Big Bang" in note for note in result.notes)


def test_timelinejs_hostile_html_is_text_and_nothing_is_loaded() -> None:
    document = {"events": [{"start_date": {"year": 2020}, "text": {
        "headline": "<img src=\"file:///dev/zero\">Title",
        "text": "<p>One</p><script>alert(1)</script><p>Two <a href='javascript:x'>j</a></p>"}}]}
    (event,) = loads_timelinejs(json.dumps(document)).timeline.events
    assert event.title == "Title"
    assert event.summary == "One\n\nTwo j"


def test_timelinejs_errors_name_the_json_path() -> None:
    """A file with no readable slide is refused with the first slide's place (one with
    readable slides imports them: ``test_io_exchange_trial16``)."""
    with pytest.raises(FormatError, match=r"\$\.events\[0\]\.start_date\.month: month 13"):
        loads_timelinejs(json.dumps({"events": [
            {"start_date": {"year": 2020, "month": 13}}, {"start_date": {"year": "x"}}]}),
            "t.json")
    with pytest.raises(FormatError, match=r"\$\.events\[0\]: an event needs a start_date"):
        loads_timelinejs(json.dumps({"events": [{"text": {}}]}))
    with pytest.raises(FormatError, match="day"):
        loads_timelinejs(json.dumps({"events": [{"start_date": {"year": 2025, "month": 2,
                                                                "day": 30}}]}))


def test_native_to_timelinejs_to_native_is_lossless() -> None:
    timeline = _default()
    text = dumps_timelinejs(timeline)
    document = json.loads(text)
    assert all(NAMESPACE in slide and "start_date" in slide for slide in document["events"])
    back = loads_timelinejs(text).timeline
    assert back.events == timeline.events
    assert back.sources == timeline.sources and back.title == timeline.title


def test_timelinejs_export_of_spans_and_eras() -> None:
    timeline = Timeline.from_events([
        Event("a", "Late", FuzzyDate.of_part(2024, "late", circa=True)),
        Event("b", "Cold War", FuzzyDate.of_year(1947), FuzzyDate.of_year(1991), "era"),
    ])
    document = json.loads(dumps_timelinejs(timeline))
    (slide,) = document["events"]
    assert slide["start_date"]["month"] == 9 and slide["end_date"]["month"] == 12
    (era,) = document["eras"]
    assert era["start_date"]["year"] == 1947 and era["end_date"]["year"] == 1991
    assert loads_timelinejs(json.dumps(document)).timeline.events == timeline.events


# -- The Timeline Project ----------------------------------------------------------------

@needs_shared
def test_the_real_timeline_project_file_imports_all_59_events() -> None:
    opened = open_timeline_file(SHARED / "timeline-project-example.timeline")
    assert opened.kind == "timeline-project" and not opened.native
    assert len(opened.timeline) == 59
    assert {e.category for e in opened.timeline} == {"Planned Release", "Correction Release",
                                                     "Future Release"}
    first = opened.timeline.events[0]
    assert first.title == "Timeline 0.1.0" and first.date.precision.value == "day"


@needs_shared
def test_timeline_project_import_export_import_round_trip() -> None:
    first = loads_timeline_project((SHARED / "timeline-project-example.timeline").read_bytes())
    again = loads_timeline_project(dumps_timeline_project(first.timeline).encode())
    fields = [(e.title, e.date, e.end, e.category, e.summary) for e in first.timeline]
    assert [(e.title, e.date, e.end, e.category, e.summary) for e in again.timeline] == fields


def _xml(events: str, extra: str = "", version: str = "2.3.0") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>{version}</version>'
            f"<timetype>gregoriantime</timetype>{extra}<categories>"
            "<category><name>Talks</name><color>1,2,3</color></category></categories>"
            f"<events>{events}</events><view></view></timeline>").encode()


def test_timeline_project_fuzzy_milestones_containers_and_eras() -> None:
    events = (
        "<event><start>2020-01-01 00:00:00</start><end>2020-01-03 00:00:00</end>"
        "<text>[1]Summit week</text><fuzzy>False</fuzzy><category>Talks</category></event>"
        "<event><start>2020-01-02 10:00:00</start><end>2020-01-02 12:00:00</end>"
        "<text>(1)Plenary</text><fuzzy>True</fuzzy></event>"
        "<event><start>2020-02-01 00:00:00</start><end>2020-02-01 00:00:00</end>"
        "<text> (aside)</text><milestone>True</milestone><category>Talks</category>"
        "<hyperlink>https://example.org</hyperlink></event>")
    eras = ("<eras><era><name>Détente</name><start>2019-01-01 00:00:00</start>"
            "<end>2021-01-01 00:00:00</end><color>1,1,1</color></era></eras>")
    result = loads_timeline_project(_xml(events, eras))
    by_title = {e.title: e for e in result.timeline}
    assert set(by_title) == {"Plenary", "(aside)", "Détente"}
    assert by_title["Plenary"].category == "Summit week" and by_title["Plenary"].date.circa
    # (a link of its sources since verify55 F3, no longer a "Link: …" line of its summary)
    aside = by_title["(aside)"]
    assert aside.summary == ""
    assert [(e.sentence, getattr(e, "kind", "")) for e in aside.evidence] == [
        ("https://example.org", "link")]
    assert by_title["Détente"].category == "era" and by_title["Détente"].end is not None
    text = dumps_timeline_project(result.timeline)
    assert "<eras>" in text and "<text> (aside)</text>" in text
    assert "<hyperlink>https://example.org</hyperlink>" in text
    again = loads_timeline_project(text.encode())
    assert [e.evidence for e in again.timeline if e.title == "(aside)"] == [aside.evidence]


def test_timeline_project_links_view_and_nested_categories_verify55() -> None:
    """verify55 F1-F3: a researcher's .timeline — its displayed period is where the window
    opens, several hyperlinks are links, a category under another and a sub-event's own
    category are named in the notes."""
    events = (
        "<event><start>2024-02-27 00:00:00</start><end>2024-02-29 00:00:00</end>"
        "<text>[7]Berlin round</text><fuzzy>False</fuzzy><category>Talks</category></event>"
        "<event><start>2024-02-28 10:00:00</start><end>2024-02-28 12:00:00</end>"
        "<text>(7)Villa Borsig talks open</text><category>EU talks</category>"
        "<description>First day.</description>"
        "<hyperlink>https://a.example/1; https://b.example/2</hyperlink></event>")
    cats = ("<categories><category><name>Talks</name><color>1,2,3</color></category>"
            "<category><name>EU talks</name><color>4,5,6</color><parent>Talks</parent>"
            "</category></categories>")
    view = ("<view><displayed_period><start>2023-01-01 00:00:00</start>"
            "<end>2024-12-31 00:00:00</end></displayed_period></view>")
    data = (f'<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>2.3.0</version>'
            f"<timetype>gregoriantime</timetype>{cats}<events>{events}</events>{view}"
            "</timeline>").encode()
    result = loads_timeline_project(data)
    (event,) = result.timeline
    assert event.summary == "First day."
    assert [e.sentence for e in event.evidence] == ["https://a.example/1; https://b.example/2"]
    assert result.view_days == (FuzzyDate(2023, 1, 1, Precision.DAY).start_day(),
                                FuzzyDate(2024, 12, 31, Precision.DAY).end_day())
    notes = "\n".join(result.notes)
    assert "\u201cEU talks\u201d under \u201cTalks\u201d" in notes
    assert "own categories are not their lanes here" in notes and "\u201cEU talks\u201d" in notes
    assert result.timeline.description == ""  # (F16: it was the TimelineJS title slide's)
    # No period, or a backwards one: no view days (a view is never an error).
    assert loads_timeline_project(_xml("")).view_days is None
    backwards = view.replace("2023-01-01", "2025-06-01")
    assert loads_timeline_project(data.replace(view.encode(), backwards.encode())
                                  ).view_days is None


def test_timeline_project_milestones_containers_and_parents_written_back_verify55(
        tmp_path: Path) -> None:
    """verify55 F14: her .timeline's milestone was exported a plain event, her container
    "Berlin round" a category (its sub-events' own "Negotiations" lost), and her "EU
    talks" no longer under "Talks" — through an import, a save in our own format and a
    reopen, and an export The Timeline Project reads (its own fields, no comments)."""
    from timeline_app.io import native

    events = (
        "<event><start>2024-02-27 00:00:00</start><end>2024-02-29 00:00:00</end>"
        "<text>[7]Berlin round</text><fuzzy>False</fuzzy></event>"
        "<event><start>2024-02-28 10:00:00</start><end>2024-02-28 12:00:00</end>"
        "<text>(7)Villa Borsig talks open</text><category>Talks</category></event>"
        "<event><start>2024-04-19 00:00:00</start><end>2024-04-19 00:00:00</end>"
        "<text>Villages agreed</text><category>EU talks</category>"
        "<default_color>200,200,200</default_color><milestone>True</milestone></event>")
    cats = ("<categories><category><name>EU talks</name><color>4,5,6</color>"
            "<parent>Talks</parent></category>"  # (a parent after its child: as read)
            "<category><name>Talks</name><color>1,2,3</color></category></categories>")
    data = (f'<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>2.3.0</version>'
            f"<timetype>gregoriantime</timetype>{cats}<events>{events}</events>"
            "<view></view></timeline>").encode()
    timeline = loads_timeline_project(data).timeline
    path = tmp_path / "hers.json"
    native.save(timeline, path)
    assert json.loads(path.read_text("utf-8"))["version"] == 12
    reopened = native.load(path)
    assert reopened.project_shape == timeline.project_shape
    text = re.sub(r"\s*<!--.*?-->", "", dumps_timeline_project(reopened), flags=re.DOTALL)
    assert re.search(r"<text>Villages agreed</text>.*?<default_color>200,200,200"
                     r"</default_color>\s*<milestone>True</milestone>", text, re.DOTALL)
    assert "<name>Berlin round</name>" not in text  # a container, not a category
    container = text.index("<text>[1]Berlin round</text>")
    sub = text.index("<text>(1)Villa Borsig talks open</text>")
    assert container < sub  # (its reader looks the container up as it reads)
    assert "<category>Talks</category>" in text[sub:text.index("</event>", sub)]
    # the parent first, as The Timeline Project's reader needs it
    assert text.index("<name>Talks</name>") < text.index("<name>EU talks</name>")
    assert re.search(r"<name>EU talks</name>.*?<parent>Talks</parent>", text, re.DOTALL)
    again = loads_timeline_project(text.encode()).timeline
    assert {e.title: e.category for e in again} == {e.title: e.category for e in timeline}
    shape = again.project_shape
    assert (len(shape.milestones), shape.containers, [n for _i, n in shape.own_categories],
            shape.parents) == (1, ("Berlin round",), ["Talks"], (("EU talks", "talks"),))
    # an event no longer an instant is no milestone
    (villages,) = [e for e in reopened if e.title == "Villages agreed"]
    reopened.replace(dataclasses.replace(villages, end=FuzzyDate(2024, 4, 20)))
    assert "<milestone>" not in dumps_timeline_project(reopened)


@pytest.mark.parametrize(("data", "message"), [
    (b"<timeline><version>3.0.0</version></timeline>", "newer"),
    (b"<timeline><version>x</version></timeline>", "not a version"),
    (b"<timeline><version>2.0.0</version><timetype>numtime</timetype></timeline>", "calendar"),
    (b"<timeline><version>2.0.0", "not well-formed"),
    (b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
     b"<timeline><version>&e;</version></timeline>", "DTD"),
    (b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">'
     b"<!ENTITY c \"&b;&b;&b;&b;&b;&b;\">]><timeline><version>&c;</version></timeline>", "DTD"),
])
def test_timeline_project_bad_and_hostile_files(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        loads_timeline_project(data, "bad.timeline")


def test_timeline_project_bad_time_names_the_element() -> None:
    events = "<event><start>yesterday</start><end>x</end><text>T</text></event>"
    with pytest.raises(FormatError, match=r"<event>\[1\]/<start>.*not a time"):
        loads_timeline_project(_xml(events), "t.timeline")


# -- CSV ---------------------------------------------------------------------------------

def test_csv_export_guards_formulas_and_round_trips_what_it_carries() -> None:
    from timeline_app.core.parse_date import parse_fuzzy_date

    timeline = _default()
    events = [*timeline.events, Event("x", "=HYPERLINK(\"http://evil\")", FuzzyDate.of_year(2001),
                                      participants=("@alice", "+bob"), summary="-1+1"),
              # Values that start as an escaped cell does come back as they were.
              Event("y", "'=quoted", FuzzyDate.of_year(2002), summary="''twice"),
              Event("z", "'plain", FuzzyDate.of_year(2003), summary="'")]
    timeline = Timeline.from_events(events)
    text = dumps_csv(timeline)
    assert "'=HYPERLINK" in text and "'@alice; +bob" in text and "'-1+1" in text
    table = read_table(text.encode("utf-8"))
    back, errors = rows_to_events(table, table.mapping, parse_fuzzy_date)
    assert errors == []
    carried = [(e.title, e.date, e.end, e.category, e.participants, e.location, e.summary)
               for e in timeline]
    assert [(e.title, e.date, e.end, e.category, e.participants, e.location, e.summary)
            for e in back] == carried


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_import_encodings_delimiters_and_row_errors(encoding: str) -> None:
    from timeline_app.core.parse_date import parse_fuzzy_date

    text = ("When;Headline;Where\r\n22 March 2025;Café talks;Tōkyō\r\nnot a date;Bad;X\r\n"
            "2024;Year;\r\n")
    if encoding == "cp1252":
        text = text.replace("Tōkyō", "Tokyo")
    table = read_table(text.encode(encoding))
    assert table.delimiter == ";" and table.mapping == {"date": 0, "title": 1, "place": 2}
    events, errors = rows_to_events(table, table.mapping, parse_fuzzy_date)
    assert [e.title for e in events] == ["Café talks", "Year"]
    assert [str(e) for e in errors] == ["row 3: 'not a date' is not a date this app reads"]


# -- iCalendar ---------------------------------------------------------------------------

def test_icalendar_export_reparses_with_spans_uids_and_precision() -> None:
    import icalendar

    stamp = _dt.datetime(2026, 1, 1, tzinfo=_dt.UTC)
    data = dumps_icalendar(_default(), stamp)
    assert data == dumps_icalendar(_default(), stamp)  # stable
    calendar = icalendar.Calendar.from_ical(data)
    entries = {str(c["uid"]): c for c in calendar.walk("VEVENT")}
    assert len(entries) == 8
    june = entries["normalization-1965@diplomatic-timeline"]
    # the month's days, the month in its title (verify70 F14, over verify58 F18's one day)
    assert june.decoded("dtstart") == _dt.date(1965, 6, 1)
    assert june.decoded("dtend") == _dt.date(1965, 7, 1)
    assert str(june["summary"]).endswith(" (June 1965)")
    assert "precision: month" in str(june["description"])
    assert all("categories" in c for c in entries.values())


def test_icalendar_round_trip_is_lossless(tmp_path: Path) -> None:
    timeline = _default()
    path = tmp_path / "exported.txt"  # the content decides, not the extension
    path.write_bytes(dumps_icalendar(timeline))
    opened = open_timeline_file(path)
    assert (opened.kind, opened.native, opened.notes) == ("icalendar", False, [])
    assert opened.timeline.title == timeline.title
    assert opened.timeline.sources == timeline.sources
    assert sorted(opened.timeline, key=lambda e: e.id) == sorted(timeline, key=lambda e: e.id)


FOREIGN_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "X-WR-CALNAME:Summit season\r\n"
    "BEGIN:VEVENT\r\nUID:abc123@google.com\r\nDTSTAMP:20250101T000000Z\r\n"
    "DTSTART;TZID=Asia/Tokyo:20250322T100000\r\nDTEND;TZID=Asia/Tokyo:20250322T120000\r\n"
    "SUMMARY:Foreign ministers meet\r\nLOCATION:Tokyo\r\nDESCRIPTION:Iwaya hosts Cho\\, "
    "Wang.\r\nCATEGORIES:Meeting,asia\r\nORGANIZER;CN=Takeshi Iwaya:mailto:iwaya@example.jp\r\n"
    "ATTENDEE;CN=Cho Tae-yul:mailto:cho@example.kr\r\nATTENDEE:mailto:wang@example.cn\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:def@x\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250520\r\n"
    "DTEND;VALUE=DATE:20250524\r\nSUMMARY:<img src=/dev/zero> state visit\r\n"
    "RRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:g@x\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
    "BEGIN:VTODO\r\nUID:t@x\r\nSUMMARY:Book flights\r\nEND:VTODO\r\n"
    "END:VCALENDAR\r\n")


def test_a_foreign_calendar_imports_with_what_was_not_carried_said(tmp_path: Path) -> None:
    path = tmp_path / "google.ics"
    path.write_bytes(b"\xef\xbb\xbf" + FOREIGN_ICS.encode())
    opened = open_timeline_file(path)
    timeline = opened.timeline
    assert timeline.title == "Summit season"
    meeting, visit = sorted(timeline, key=lambda e: e.date.sort_key())
    assert (meeting.title, str(meeting.date.start)) == (
        "Foreign ministers meet", "2025-03-22")  # the day where it was written
    # at the times where they were written, with Tokyo's offset (edit33: dropped before)
    assert (meeting.date.describe(), meeting.end and meeting.end.describe()) == (
        "22 March 2025, 10:00 UTC+09:00", "22 March 2025, 12:00 UTC+09:00")
    assert meeting.date.precision.value == "day" and meeting.location == "Tokyo"
    assert meeting.category == "meeting"  # "Meeting": the meeting lane, not a second one
    assert meeting.summary == ("Iwaya hosts Cho, Wang.\n\nTime: 10:00–12:00 (Asia/Tokyo)\n"
                               "Categories: Meeting, asia")  # the second is not lost
    assert meeting.participants == ("Takeshi Iwaya", "Cho Tae-yul", "wang@example.cn")
    assert visit.title == "<img src=/dev/zero> state visit"  # kept as text, shown as text
    assert visit.end is not None and str(visit.end.start) == "2025-05-23"  # DTEND exclusive
    notes = "\n".join(opened.notes)
    assert "times of day are kept in the events' dates" in notes
    assert "1 recurring event: the timeline shows the first time" in notes
    assert "Repeats every year in the calendar" in visit.summary
    assert "events without a start date" in notes and "to-dos" in notes


@pytest.mark.parametrize("data", [
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",  # cut short
    b"BEGIN:VCALENDAR\r\n\xff\xfe\x00garbage\r\nEND:VCALENDAR\r\n",
    b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\n" * 2000,
])
def test_broken_calendars_give_a_format_error_or_import_what_is_readable(
        tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.ics"
    path.write_bytes(data)
    try:
        opened = open_timeline_file(path)
    except FormatError as exc:
        assert str(exc).startswith("broken.ics: ")
    else:
        assert all(e.title for e in opened.timeline)


def test_calendar_times_fall_on_the_day_they_have_where_the_calendar_is() -> None:
    """22:30 UTC in a Nairobi calendar is the next day there; a session from 23:00 to 00:30
    is one day, not two (new-user trial)."""
    from timeline_app.io.ical import loads_icalendar

    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-TIMEZONE:Africa/Nairobi\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Late call\r\n"
        b"DTSTART:20251120T223000Z\r\nDTEND:20251120T233000Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:UN session\r\n"
        b"DTSTART;TZID=America/New_York:20251120T230000\r\n"
        b"DTEND;TZID=America/New_York:20251121T003000\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Summit\r\n"
        b"DTSTART;TZID=Europe/Paris:20251201T090000\r\n"
        b"DTEND;TZID=Europe/Paris:20251203T120000\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n")
    events = {e.title: e for e in loads_icalendar(data).timeline}
    call, session, summit = events["Late call"], events["UN session"], events["Summit"]
    assert (call.date.describe(), call.end and call.end.describe()) == (
        "21 November 2025, 01:30 UTC+03:00", "21 November 2025, 02:30 UTC+03:00")
    assert "01:30–02:30 (Africa/Nairobi)" in call.summary
    assert (str(session.date.start), session.end) == ("2025-11-20", None)
    assert "23:00–00:30 (America/New_York)" in session.summary
    assert summit.end is not None and str(summit.end.start) == "2025-12-03"
    assert (summit.date.describe(), summit.end.describe()) == (
        "1 December 2025, 09:00 UTC+01:00", "3 December 2025, 12:00 UTC+01:00")


def test_a_calendar_cut_short_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cut.ics"
    path.write_bytes(FOREIGN_ICS.encode()[:-len("END:VCALENDAR\r\n")])
    try:
        opened = open_timeline_file(path)
    except FormatError as exc:
        assert "cut short" in str(exc) or "not a calendar" in str(exc)
    else:  # the library may read what is complete
        assert len(opened.timeline) >= 1


# -- recognising files -------------------------------------------------------------------

@pytest.mark.parametrize(("head", "words"), [
    (b"PK\x03\x04rest", "Excel workbook"), (b"%PDF-1.7", "PDF"), (b"\x89PNG\r\n", "PNG"),
    (b"<!DOCTYPE html><html>", "web page"),
])
def test_files_of_other_kinds_get_one_clear_sentence(tmp_path: Path, head: bytes,
                                                     words: str) -> None:
    path = tmp_path / "dropped.json"  # the extension must not matter
    path.write_bytes(head + b"\x00" * 10)
    with pytest.raises(FormatError) as info:
        open_timeline_file(path)
    message = str(info.value)
    assert words in message and "this looks like" in message and "invalid JSON" not in message
    assert detect_format(head).kind is None


def test_content_not_extension_decides(tmp_path: Path) -> None:
    path = tmp_path / "timeline.txt"
    path.write_text(dumps_timelinejs(_default()), encoding="utf-8")
    assert open_timeline_file(path).kind == "timelinejs"
    csv_path = tmp_path / "events.json"
    csv_path.write_text("Date,Title\n2020,A\n2021,B\n", encoding="utf-8")
    opened = open_timeline_file(csv_path)
    assert opened.kind == "csv" and [e.title for e in opened.timeline] == ["A", "B"]
    native = open_timeline_file(DEFAULT)
    assert native.native and len(native.timeline) == 8


def test_every_export_writes_bytes() -> None:
    for kind in EXPORTS:
        assert export_bytes(_default(), kind)


def test_bc_dates_cross_timelinejs_and_timeline_project() -> None:
    caesar = FuzzyDate.of_ymd(-43, 3, 15)
    timeline = Timeline.from_events([
        Event("c", "Caesar killed", caesar, category="crisis"),
        Event("r", "Republic", FuzzyDate.of_year(-508), FuzzyDate.of_year(-26), "era"),
    ])
    assert loads_timelinejs(dumps_timelinejs(timeline)).timeline.events == timeline.events
    text = dumps_timeline_project(timeline)
    assert "<start>-43-03-15 00:00:00</start>" in text
    back = {e.title: e for e in loads_timeline_project(text.encode()).timeline}
    assert back["Caesar killed"].date == caesar
    assert back["Republic"].date.start_day() == FuzzyDate.of_year(-508).start_day()


@pytest.mark.parametrize("make", ["folder", "fifo", "symlink loop"])
def test_open_refuses_what_is_not_a_regular_file_with_a_format_error(
        tmp_path: Path, make: str) -> None:
    # tools/hostile_files.py found File → Open on a folder raising IsADirectoryError
    # (os.open opens a folder on Linux; fdopen then failed outside the handlers).
    import os

    path = tmp_path / "t.json"
    if make == "folder":
        path.mkdir()
    elif make == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(tmp_path / "u.json")
        (tmp_path / "u.json").symlink_to(path)
    with pytest.raises(FormatError, match=r"folder|not a regular file|cannot be read"):
        open_timeline_file(path)


def test_a_csv_saved_as_unicode_text_by_excel_is_read(tmp_path: Path) -> None:
    """Excel's "Unicode Text" is UTF-16 with a byte-order mark, tab-separated."""
    path = tmp_path / "events.txt"
    path.write_bytes("\ufeffDate\tTitle\n2020\tCafé talks\n2021\tB\n".encode("utf-16-le"))
    opened = open_timeline_file(path)
    assert opened.kind == "csv" and [e.title for e in opened.timeline] == ["Café talks", "B"]


def test_every_calendar_of_the_icalendar_librarys_own_tests_opens_or_says_why() -> None:
    """The library ships ~160 calendars, broken ones on purpose (bad rules, missing ends,
    odd time zones): each opens, or gives a FormatError, never another exception."""
    import icalendar

    files = sorted(Path(icalendar.__file__).parent.glob("tests/**/*.ics"))
    if not files:
        pytest.skip("this icalendar build ships no test calendars")
    opened = 0
    for path in files:
        try:
            open_timeline_file(path)
            opened += 1
        except FormatError:
            pass
    assert opened >= len(files) // 2


def test_a_csv_file_of_a_header_row_alone_is_a_table_without_rows() -> None:
    """verify18: "Date,Title" alone was called "plain text … use File → Import Article"
    (the window says it has no rows: ``test_csv_dates_ui``).  Fails on 6840e45."""
    assert detect_format(b"Date,Title\r\n", "hdr_only.csv").kind == "csv"
    assert detect_format(b"Date,Title\n", "notes.txt").kind is None  # a .txt stays text
    assert detect_format(b"Talks in Geneva\n", "a.csv").kind is None  # one cell: text
    assert read_table(b"Date,Title\n", "hdr_only.csv").row_count == 0


@pytest.mark.parametrize(("first", "last", "expected"), [
    (FuzzyDate.of_year(1993), FuzzyDate.of_year(2000), ("1993", "2000")),
    (FuzzyDate.of_month(2013, 9), FuzzyDate.of_month(2015, 7), ("2013-09", "2015-07")),
    (FuzzyDate.of_ymd(1993, 1, 1), FuzzyDate.of_ymd(2000, 12, 30), ("1993-01-01", "2000-12-30")),
    (FuzzyDate.of_ymd(1993, 1, 2), FuzzyDate.of_ymd(2000, 12, 31), ("1993-01-02", "2000-12-31")),
])
def test_an_era_saved_again_without_our_comment_keeps_whole_years_and_months(
        first: FuzzyDate, last: FuzzyDate, expected: tuple[str, str]) -> None:
    """verify32, finding 12: an era 1993-2000 exported to The Timeline Project and saved
    again by it (our comment dropped) came back as 1 January 1993 - 31 December 2000."""
    era = Event("o", "Oslo era", first, last, "era")
    text = dumps_timeline_project(Timeline.from_events([era]))
    stripped = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    (back,) = loads_timeline_project(stripped.encode()).timeline
    assert back.category == "era"
    assert back.end is not None
    assert (back.date.to_iso(), back.end.to_iso()) == expected


def test_imports_have_no_imported_from_description_verify55(tmp_path: Path) -> None:
    """verify55 F16: "Imported from events.csv" was the timeline's description, which the
    TimelineJS export publishes as its title slide's text and the print as its header."""
    table = tmp_path / "events.csv"
    table.write_text("Date,Title\n2024-02-28,Talks open\n", encoding="utf-8")
    opened = open_timeline_file(table)
    assert opened.timeline.title == "events" and opened.timeline.description == ""
    calendar = tmp_path / "talks.ics"
    calendar.write_bytes(dumps_icalendar(opened.timeline))
    assert open_timeline_file(calendar).timeline.description == ""


def test_the_timeline_project_export_opens_at_the_whole_timeline() -> None:
    """verify59 F20: the export wrote ``<view>`` with only ``<hidden_categories>``, so The
    Timeline Project opened a colleague's file at its own default period; it now writes the
    whole timeline's days as ``<displayed_period>``.  This app opens such a file at Fit
    All (verify65 F8, a behaviour changed: it drew those days linearly, a story of months
    in 30 px beside a lone event of 1975); another period is the days it opens at."""
    from timeline_app.io.timeline_project import loads_timeline_project, timeline_project_pieces

    timeline = Timeline.from_events([
        Event("a", "South Pacific Forum founded", FuzzyDate(1971, 8, 5)),
        Event("b", "Pukpuk Treaty", FuzzyDate(2025, 10, 6), FuzzyDate(2025, 10, 8))])
    text = "".join(timeline_project_pieces(timeline))
    assert ("<view>\n    <displayed_period>\n      <start>1971-08-05 00:00:00</start>\n"
            "      <end>2025-10-08 00:00:00</end>\n    </displayed_period>\n"
            "    <hidden_categories>") in text
    assert loads_timeline_project(text.encode()).view_days is None  # Fit All
    narrower = text.replace("<displayed_period>\n      <start>1971-08-05",
                            "<displayed_period>\n      <start>2025-01-01")
    assert loads_timeline_project(narrower.encode()).view_days == (
        FuzzyDate(2025, 1, 1).start_day(), FuzzyDate(2025, 10, 8).end_day())
