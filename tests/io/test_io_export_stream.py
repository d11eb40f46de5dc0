"""Exports written in pieces (issue 11, new-user trial 10: an iCalendar export of 1 000 000
events grew past 11 GB and never finished; the others held the whole file and a Python
object per event part in memory).  The bytes stay those of before, checked against the
``icalendar`` library's own calendar and against ``json.dumps`` of the whole document."""

from __future__ import annotations

import datetime as _dt
import html
import json
import math
import tracemalloc
from typing import Any

import pytest
from hypothesis import given

from tests.io.ical_reference import library_calendar
from tests.io.test_io_exchange_properties import SETTINGS, timelines
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import formats
from timeline_app.io.bundled import load_default_timeline
from timeline_app.io.exchange import timeline_fields
from timeline_app.io.formats import EXPORTS, ExportCancelledError, export_bytes, export_pieces
from timeline_app.io.ical import dumps_icalendar, icalendar_pieces
from timeline_app.io.timelinejs import (
    NAMESPACE,
    _end_parts,
    _paragraphs_html,
    _slide,
    dumps_timelinejs,
)

STAMP = _dt.datetime(2026, 12, 1, 6, 30, 0, tzinfo=_dt.UTC)


def test_the_bundled_timeline_s_calendar_is_the_library_s_byte_for_byte() -> None:
    timeline = load_default_timeline()
    assert dumps_icalendar(timeline, STAMP) == library_calendar(timeline, STAMP)


@SETTINGS
@given(timelines())
def test_any_timeline_s_calendar_is_the_library_s_byte_for_byte(timeline: Timeline) -> None:
    assert dumps_icalendar(timeline, STAMP) == library_calendar(timeline, STAMP)


@pytest.mark.parametrize("filler", ["a", "é", "한", "😀", "\\", "^", ",", ";", "\n", "a\\"])
def test_lines_are_folded_where_the_library_folds_them(filler: str) -> None:
    """Every length around the 74-octet cuts, with escapes and 2-4 octet characters at them."""
    events = [Event(f"e{n}", "x" * n + filler * 3 + "y" * (n % 7), FuzzyDate(2000, 1, 1),
                    summary=filler * n, location=("p" * n + filler)[:200])
              for n in range(1, 160)]
    timeline = Timeline.from_events(events, title=filler * 80)
    assert dumps_icalendar(timeline, STAMP) == library_calendar(timeline, STAMP)


def test_the_calendar_builds_no_library_object_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's tree of a calendar held ~13 KB per event; one component at most now."""
    import icalendar

    made: list[object] = []
    original = icalendar.cal.component.Component.__init__

    def counting(self: Any, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(icalendar.cal.component.Component, "__init__", counting)
    events = [Event(f"e{n}", f"Event {n}", FuzzyDate(2000, 1 + n % 12, 1)) for n in range(300)]
    data = dumps_icalendar(Timeline.from_events(events), STAMP)
    assert data.count(b"BEGIN:VEVENT") == 300
    assert len(made) <= 1


def _old_timelinejs(timeline: Timeline) -> str:
    """The TimelineJS document as written before: one ``json.dumps`` of the whole of it.
    Every lane shown as eras is written as eras (``Timeline.is_era_lane``: "era", "Eras",
    or one the person chose), and text is escaped as text (session 48: hypothesis found a
    lane "eras", written as eras by the export and as slides by this reference, which
    still knew "era" alone)."""
    slides = [_slide(e, timeline.sources) for e in timeline
              if not timeline.is_era_lane(e.category)]
    eras = []
    for event in timeline:
        if timeline.is_era_lane(event.category):
            era = _slide(event, timeline.sources)
            era.setdefault("end_date", _end_parts(event.date))
            eras.append(era)
    document: dict[str, Any] = {
        "scale": "human",
        "title": {"text": {"headline": html.escape(timeline.title, quote=False),
                           "text": _paragraphs_html(timeline.description)}},
        "events": slides,
        NAMESPACE: timeline_fields(timeline),
    }
    if eras:
        document["eras"] = eras
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("categories", [(), ("meeting",), ("era",), ("era", "treaty", "era"),
                                        ("eras",), ("Eras", "meeting")])
def test_timelinejs_pieces_are_json_dumps_of_the_whole_document(
        categories: tuple[str, ...]) -> None:
    events = [Event(f"e{n}", f"T\n{n} \"q\" <b>", FuzzyDate.of_year(1990 + n), category=c,
                    summary="one\n\ntwo") for n, c in enumerate(categories)]
    timeline = Timeline.from_events(events, title="Ti\u00e9's \"T\"", description="a\n\nb")
    assert dumps_timelinejs(timeline) == _old_timelinejs(timeline)


@SETTINGS
@given(timelines())
def test_any_timelinejs_export_is_json_dumps_of_the_whole_document(timeline: Timeline) -> None:
    assert dumps_timelinejs(timeline) == _old_timelinejs(timeline)


def _wide_timeline(count: int) -> Timeline:
    text = "A long summary of a meeting, with its participants and its place. " * 30
    return Timeline.from_events(
        [Event(f"e{n}", f"Event {n}", FuzzyDate(1900 + n % 120, 1 + n % 12, 1 + n % 28),
               category=("meeting", "treaty", "era")[n % 3], participants=("A", "B"),
               location="Geneva", summary=text) for n in range(count)], title="Wide")


def _events_for_an_export_of(kind: str, size: int) -> int:
    """Events of ``_wide_timeline`` whose ``kind`` export is just over ``size`` bytes, read
    from a sample's bytes per event (9 000 events for every kind wrote 18.5-43 MB, 41 MB
    of TimelineJS and 43 MB of iCalendar: twice the bytes the test needs, at 16 s and 5 s
    of CPU; session 60, suite60)."""
    sample = 200
    return math.ceil(size / (len(export_bytes(_wide_timeline(sample), kind)) / sample))


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_pieces_are_the_export_s_bytes_and_memory_stays_bounded(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole export is ~7.5 MB; taking its pieces one by one never holds more than a
    few of them (before: the whole text, and for iCalendar and TimelineJS an object graph
    of several times its size).  The peak does not grow with the export: 1.1-1.7 MB at
    6.5 MB as at 16.5 MB, the size this test wrote until session 64 (suite64: 7.5 MB,
    over twice the bound, fails a writer that holds the text, at half the CPU)."""
    monkeypatch.setattr(formats, "PIECE_CHARS", 256 * 1024)
    timeline = _wide_timeline(_events_for_an_export_of(kind, 7_500_000))
    whole = export_bytes(timeline, kind) if kind != "iCalendar" else None
    size = 0
    first = b""
    tracemalloc.start()
    try:
        for piece in export_pieces(timeline, kind):
            size += len(piece)
            first = first or piece[:64]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size > 7_000_000
    assert peak < 3_000_000, f"{kind}: {peak} bytes at the peak for {size} bytes written"
    if whole is not None:
        assert size == len(whole) and whole.startswith(first)


def test_pieces_join_into_the_export_s_bytes() -> None:
    timeline = _wide_timeline(300)
    for kind in EXPORTS:
        if kind == "iCalendar":
            continue  # DTSTAMP is the time of writing: compared below with a fixed stamp
        assert b"".join(export_pieces(timeline, kind)) == export_bytes(timeline, kind)
    assert "".join(icalendar_pieces(timeline, STAMP)).encode() == dumps_icalendar(timeline, STAMP)


def test_a_report_that_returns_false_stops_the_export() -> None:
    timeline = _wide_timeline(3_000)
    reports: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        reports.append((done, total))
        return len(reports) < 3

    with pytest.raises(ExportCancelledError):
        for _ in export_pieces(timeline, "CSV", report):
            pass
    assert len(reports) == 3
    assert all(total == 3_000 and 0 < done < total for done, total in reports)
