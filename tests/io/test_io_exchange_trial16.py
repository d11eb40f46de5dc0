"""Exchange formats keep what people made (new-user trial 16, findings 1, 2, 5, 6, 7).

1. TimelineJS and iCalendar round trips keep every document-level field of the native
   format (the lane colours were lost), checked field by field against the schema's list.
2. A file another tool wrote back without our key / X- property reads back the labelled
   lines and the date words our export writes, and only those (other tools' text stays).
5. A TimelineJS file with one bad slide imports the rest and names what was left out.
6. The CSV preview numbers rows as the file (and the import's list of rows left out) does.
7. An empty file and a JSON file of another kind get plain words and the formats read.

Each test here fails on main ``eb44568``.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.core.model import Evidence, LeftOut, ProjectShape
from timeline_app.io import timelinejs
from timeline_app.io.bundled import load_default_timeline
from timeline_app.io.csv_table import read_table, rows_to_events
from timeline_app.io.errors import FormatError
from timeline_app.io.formats import READABLE, error_in_words, open_timeline_file
from timeline_app.io.ical import OURS, dumps_icalendar, loads_icalendar
from timeline_app.io.native import kept_lanes
from timeline_app.io.native_schema import TimelineFile
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "formats"

#: The native file's document-level fields and how each is read off a ``Timeline``; the
#: format marker and version are the file's, not the document's, and events are compared
#: on their own.  A field added to the schema fails ``test_every_document_field_is_listed``
#: until it is listed here (and carried by the exports).
DOCUMENT_FIELDS: dict[str, Callable[[Timeline], object]] = {
    "title": lambda t: t.title,
    "description": lambda t: t.description,
    "category_colors": lambda t: t.category_colors,
    "lane_order": lambda t: t.lane_order,
    "era_lanes": lambda t: t.era_lanes,  # (edit34)
    "titles_by_hand": lambda t: t.titles_by_hand,  # (fix81)
    "left_out": lambda t: t.left_out,  # (fix81)
    # (edit40: not a field of the timeline but how its file writes the lanes, which the
    # exports keep as they are)
    "kept_lanes": kept_lanes,
    # (session 45, verify55 F14: a Timeline Project file's milestones, containers, parents)
    "timeline_project": lambda t: t.project_shape,
    # (session 55: format version 13, a typed name with years and the files' colours)
    "title_typed": lambda t: t.typed_title,
    "sources": lambda t: t.sources,
}


def _coloured() -> Timeline:
    timeline = load_default_timeline()
    lanes = sorted({e.category for e in timeline})
    timeline.category_colors = {lane: f"#{17 * (i + 1):02x}80ff" for i, lane in enumerate(lanes)}
    timeline.description = "A description\n\nof two paragraphs"
    timeline.lane_order = [*lanes[::-1], "<b>no events</b>"]  # lanes18
    timeline.era_lanes = frozenset({lanes[0], "<b>no events</b>"})  # edit34
    timeline.titles_by_hand = {timeline.events[1].id}  # fix81
    timeline.left_out = [LeftOut("a1", "It met <b>\u201chere\u201d</b>.", "meeting",
                                 "15 January 2027", datetime.date(2026, 12, 4))]
    timeline.project_shape = ProjectShape(  # (verify55 F14)
        frozenset({timeline.events[2].id}), (lanes[1],),
        ((timeline.events[3].id, "Talks"),), ((lanes[2], lanes[1]),),
        ((timeline.events[2].id, "#c0c0c0"),))  # (session 55)
    timeline.typed_title = timeline.title = "Seoul and Tokyo, 1965-2025"  # (session 55)
    return timeline


def test_every_document_field_is_listed() -> None:
    assert set(TimelineFile.__struct_fields__) - {"format", "version", "events"} \
        == set(DOCUMENT_FIELDS)


@pytest.mark.parametrize("name", ["timelinejs", "icalendar"])
def test_a_round_trip_keeps_every_document_field(name: str) -> None:
    timeline = _coloured()
    assert timeline.category_colors and timeline.sources
    if name == "timelinejs":
        back = loads_timelinejs(dumps_timelinejs(timeline)).timeline
    else:
        back = loads_icalendar(dumps_icalendar(timeline)).timeline
    for field, read in DOCUMENT_FIELDS.items():
        assert read(back) == read(timeline), field
    assert back.events == timeline.events


def test_bad_colours_in_our_key_are_left_out() -> None:
    document = json.loads(dumps_timelinejs(_coloured()))
    document[NAMESPACE]["category_colors"] = {"treaty": "#00ff00", "meeting": "red", "x": 3}
    back = loads_timelinejs(json.dumps(document)).timeline
    assert back.category_colors == {"treaty": "#00ff00"}


# -- 2. a file another tool wrote back -----------------------------------------------------

def _made_by_hand() -> Timeline:
    evidence = (Evidence("Cho met Iwaya in Sado late last year.", 0, 38),)
    return Timeline.from_events([
        Event("a", "Sado mine memorial", FuzzyDate.of_part(2024, "late"), category="meeting",
              participants=("South Korea", "Japan"), location="Sado, Japan",
              summary="First paragraph.\n\nSecond paragraph.", evidence=evidence),
        Event("b", "Talks", FuzzyDate.of_month(2025, 1, circa=True), category="meeting",
              participants=("USA",), date_basis="'in January' in the lead"),
        Event("c", "Visit", FuzzyDate.of_ymd(2025, 5, 5, circa=True), location="Seoul"),
        Event("d", "Normalisation", FuzzyDate.of_year(1965), FuzzyDate.of_year(1970),
              category="treaty"),
        Event("e", "The nineties", FuzzyDate.of_decade(1990)),
        Event("f", "June to July", FuzzyDate.of_month(1965, 6), FuzzyDate.of_ymd(1966, 7, 3)),
        Event("g", "A plain day", FuzzyDate.of_ymd(2020, 2, 29), summary="Nothing labelled."),
    ], title="By hand")


def _compare(back: Timeline, timeline: Timeline, check_basis: bool = False) -> None:
    by_title = {e.title: e for e in back}
    for event in timeline:
        got = by_title[event.title]
        assert (got.date, got.end) == (event.date, event.end), event.title
        assert got.participants == event.participants, event.title
        assert got.location == event.location, event.title
        assert got.summary == event.summary, event.title
        assert [e.sentence for e in got.evidence] == [e.sentence for e in event.evidence[:1]]
        if check_basis:
            assert got.date_basis == (event.date_basis or "the calendar entry's start")


def test_a_timelinejs_file_written_back_without_our_key_keeps_our_fields() -> None:
    timeline = _made_by_hand()
    document = json.loads(dumps_timelinejs(timeline))
    del document[NAMESPACE]
    for slide in document["events"]:
        del slide[NAMESPACE]
    result = loads_timelinejs(json.dumps(document))
    _compare(result.timeline, timeline)
    assert any("read back from the labelled lines" in n for n in result.notes)
    assert any("read back from the display dates" in n for n in result.notes)


def _without_ours(data: bytes) -> bytes:
    """The calendar as a program that drops unknown X- properties writes it back."""
    lines = data.decode("utf-8").split("\r\n")
    kept: list[str] = []
    dropping = False
    for line in lines:
        if line.startswith(" ") and dropping:
            continue
        dropping = line.startswith(OURS)
        if not dropping:
            kept.append(line)
    return "\r\n".join(kept).encode("utf-8")


def test_a_calendar_written_back_without_our_property_keeps_our_fields() -> None:
    timeline = _made_by_hand()
    data = _without_ours(dumps_icalendar(timeline))
    assert OURS.encode() not in data and b"(precision: month\\, circa)" in data
    result = loads_icalendar(data)
    _compare(result.timeline, timeline, check_basis=True)
    assert any("read back from the labelled lines" in n for n in result.notes)


def test_a_calendar_event_moved_after_the_export_keeps_the_calendars_days() -> None:
    data = _without_ours(dumps_icalendar(_made_by_hand()))
    # (the month's days, "Talks (c. January 2025)": verify70 F14)
    moved = data.replace(b"DTSTART;VALUE=DATE:20250101", b"DTSTART;VALUE=DATE:20250110"
                         ).replace(b"DTEND;VALUE=DATE:20250201", b"DTEND;VALUE=DATE:20250111")
    (talks,) = [e for e in loads_icalendar(moved).timeline if e.title == "Talks"]
    assert talks.date == FuzzyDate.of_ymd(2025, 1, 10)
    assert talks.end is None
    assert talks.summary == ("Date: c. January 2025 (precision: month, circa)\n\n"
                             "How the date was found: 'in January' in the lead")
    assert talks.participants == ("USA",)
    assert talks.date_basis == "the calendar entry's start"


def test_other_calendars_descriptions_stay_text() -> None:
    calendar = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                b"DTSTART;VALUE=DATE:20250101\r\nDTEND;VALUE=DATE:20250201\r\nSUMMARY:S\r\n"
                b"DESCRIPTION:Date: January 2025 (agenda)\\n\\nParticipants: A\\, B\r\n"
                b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = loads_icalendar(calendar).timeline
    assert event.date.precision is Precision.DAY and event.participants == ()
    assert event.summary == "Date: January 2025 (agenda)\n\nParticipants: A, B"


def test_a_display_date_in_other_words_changes_nothing() -> None:
    document = {"events": [
        {"start_date": {"year": 2012, "month": 3}, "end_date": {"year": 2012, "month": 5},
         "display_date": "Spring 2012", "text": {"headline": "S"}},
        {"start_date": {"year": 2012, "month": 1, "day": 3}, "display_date": "January 2012",
         "text": {"headline": "J", "text": "<p>Place: wherever</p><p>more</p>"}}]}
    january, spring = loads_timelinejs(json.dumps(document)).timeline
    assert spring.date == FuzzyDate.of_month(2012, 3)  # "spring 2012" is what we write
    assert january.date == FuzzyDate.of_ymd(2012, 1, 3) and january.location == ""
    assert january.summary == "Place: wherever\n\nmore"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/formats is not here")
def test_the_real_timelinejs_file_reads_as_without_the_read_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = SHARED / "timelinejs-example.json"
    now = loads_timelinejs(path.read_text(encoding="utf-8"))
    monkeypatch.setattr(timelinejs, "described_date", lambda *_args: None)
    monkeypatch.setattr(timelinejs, "_labelled", lambda text, _notes: (text, (), "", (), ""))
    before = loads_timelinejs(path.read_text(encoding="utf-8"))
    assert [(e.title, e.date, e.end, e.participants, e.location, e.summary, e.evidence)
            for e in now.timeline] == [
        (e.title, e.date, e.end, e.participants, e.location, e.summary, e.evidence)
        for e in before.timeline]
    assert now.notes == before.notes


# -- 5. one bad slide ----------------------------------------------------------------------

def test_a_timelinejs_file_with_one_bad_date_imports_the_rest() -> None:
    document: dict[str, Any] = {"title": {"text": {"headline": "T"}}, "events": [
        {"start_date": {"year": "2012", "month": "13", "day": "1"},
         "text": {"headline": "Month 13"}},
        {"start_date": {"year": "2012"}, "text": {"headline": "Fine"}},
        {"start_date": {"year": 2025, "month": 2, "day": 30}, "text": {"headline": "Feb 30"}},
        {"text": {"headline": "No start"}}]}
    result = loads_timelinejs(json.dumps(document), "bad.json")
    assert [e.title for e in result.timeline] == ["Fine"]
    (line,) = [n for n in result.notes if "left out" in n]
    assert line.startswith("3 entries left out, not readable: ")
    assert "event 1 (\u201cMonth 13\u201d), its start date: month 13 is not 1-12" in line
    assert "event 3 (\u201cFeb 30\u201d), its start date: 2025-02-30 is not a valid date" in line
    assert "event 4 (\u201cNo start\u201d): an event needs a start_date" in line


def test_a_file_of_only_bad_slides_is_still_refused() -> None:
    with pytest.raises(FormatError, match=r"month 13 is not 1-12"):
        loads_timelinejs(json.dumps({"events": [{"start_date": {"year": 1, "month": 13}}]}))


# -- 6. CSV row numbers --------------------------------------------------------------------

def test_the_csv_preview_and_the_rows_left_out_number_rows_alike() -> None:
    text = ("Date,Title\n2025-01-01,One\n\n2025-01-03,Three\n,No date\n"
            "\"2025-01-05\",\"Multi\nline\"\nbad,Six\n")
    table = read_table(text.encode())
    # The header is row 1 and the blank line row 3, as a spreadsheet shows them.
    assert table.preview_numbers == [2, 4, 5, 6, 7]
    _events, errors = rows_to_events(table, table.mapping)
    by_title = dict(zip([row[1] for row in table.preview], table.preview_numbers, strict=True))
    assert {e.row for e in errors} == {by_title["No date"], by_title["Six"]}


def test_a_headerless_csv_numbers_its_first_row_1() -> None:
    table = read_table(b"2025-01-01,One\n2025-01-02,Two\n2025-01-03,Three\n")
    assert not table.has_header
    assert table.preview_numbers == [1, 2, 3]


# -- 7. files that are not timelines -------------------------------------------------------

EMPTY_WORDS = f"x.json: the file is empty: there is no timeline in it ({READABLE})"
OTHER_WORDS = f"x.json: this is a JSON file of another kind, not a timeline ({READABLE})"


@pytest.mark.parametrize(("content", "expected"), [
    (b"", EMPTY_WORDS), (b"  \r\n", EMPTY_WORDS), (b"\xef\xbb\xbf", EMPTY_WORDS),
    (b'{"hello": [1, 2]}', OTHER_WORDS), (b"[1, 2]", OTHER_WORDS), (b'[{"a": 1}]', OTHER_WORDS)])
def test_a_file_that_is_not_a_timeline_says_so_and_what_the_app_reads(
        tmp_path: Path, content: bytes, expected: str) -> None:
    """Not "this looks like plain text" for an empty file, nor "$: not a timeline file"."""
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(FormatError) as caught:
        open_timeline_file(path)
    assert error_in_words(caught.value) == expected


_COMMA_NAMES = ("Turkey", "Kingdom of Serbs, Croats and Slovenes")


def _with_comma_names() -> Timeline:
    return Timeline.from_events([
        Event("l", "Treaty of Lausanne", FuzzyDate.of_ymd(1923, 7, 24), category="treaty",
              participants=_COMMA_NAMES, location="Lausanne"),
        Event("k", "Talks", FuzzyDate.of_year(1991), participants=("Korea, Republic of",))])


@pytest.mark.parametrize("way", ["csv", "timelinejs", "icalendar", "timeline project"])
def test_a_participant_with_a_comma_comes_back_one_participant(way: str, tmp_path: Path
                                                               ) -> None:
    """verify53 F1: names with a comma came back split at it from every format that
    writes participants as text (the CSV's column, the "Participants:" line of a file
    another tool wrote back without our own fields)."""
    import re

    from timeline_app.io.csv_table import dumps_csv
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    timeline = _with_comma_names()
    if way == "csv":
        path = tmp_path / "t.csv"
        path.write_text(dumps_csv(timeline), "utf-8")
        back = open_timeline_file(path).timeline
    elif way == "timelinejs":
        document = json.loads(dumps_timelinejs(timeline))
        del document[NAMESPACE]
        for slide in document["events"]:
            del slide[NAMESPACE]
        back = loads_timelinejs(json.dumps(document)).timeline
    elif way == "icalendar":
        back = loads_icalendar(_without_ours(dumps_icalendar(timeline))).timeline
    else:
        written = re.sub(r"<!-- diplomatic-timeline.*?-->", "", dumps_timeline_project(timeline),
                         flags=re.S)
        assert "diplomatic-timeline" not in written and "Participants: Turkey; " in written
        back = loads_timeline_project(written.encode("utf-8")).timeline
    assert {e.title: e.participants for e in back} == {
        "Treaty of Lausanne": _COMMA_NAMES, "Talks": ("Korea, Republic of",)}
