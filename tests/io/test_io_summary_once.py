"""An extracted event's summary is its source sentence word for word
(``Candidate.to_event``): the exports write it once, as the sentence, as the detail pane
shows it (verify24, U3: the CSV's Summary and Source sentence columns were identical on
every row, and a TimelineJS page quoted each sentence twice).  A summary written by a
person is written as before."""

from __future__ import annotations

import csv
import io
import json

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs

SENTENCE = ("SANTIAGO, Oct 14 - Chile and Bolivia agreed on Monday to restore full "
            "diplomatic relations at ambassador level.")


def _timeline(summary: str) -> Timeline:
    event = Event("e1", "Chile and Bolivia agree to restore relations",
                  FuzzyDate.of_ymd(2025, 10, 13), summary=summary,
                  evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),))
    timeline = Timeline(title="Chile and Bolivia")
    timeline.add(event)
    return timeline


def _csv_row(timeline: Timeline) -> dict[str, str]:
    return next(csv.DictReader(io.StringIO(dumps_csv(timeline))))


def test_csv_writes_a_summary_that_is_the_sentence_once():
    row = _csv_row(_timeline(SENTENCE))
    assert row["Source sentence"] == SENTENCE
    assert row["Summary"] == ""
    spaced = _csv_row(_timeline(SENTENCE.replace(" ", "\n", 3)))  # spaces aside
    assert spaced["Summary"] == ""


def test_csv_keeps_a_summary_of_its_own():
    row = _csv_row(_timeline("The two states end a 47-year rupture."))
    assert row["Summary"] == "The two states end a 47-year rupture."
    assert row["Source sentence"] == SENTENCE


def _csv_round_trip(timeline: Timeline) -> Event:
    table = read_table(dumps_csv(timeline).encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == [] and len(events) == 1
    return events[0]


def test_csv_reads_a_summary_written_as_the_sentence_back():
    """verify40, F8: the summary came back empty (6 of 19 events of a round trip)."""
    back = _csv_round_trip(_timeline(SENTENCE))
    assert back.summary == SENTENCE and back.evidence[0].sentence == SENTENCE
    own = _csv_round_trip(_timeline("The two states end a 47-year rupture."))
    assert own.summary == "The two states end a 47-year rupture."


def test_another_table_s_empty_summary_stays_empty():
    table = read_table(b"Date,Title,Notes,Quote\n2025-10-13,Talks,,\"They met.\"\n")
    assert {"summary", "source"} <= set(table.mapping)
    events, _ = rows_to_events(table, table.mapping)
    assert events[0].summary == "" and events[0].evidence[0].sentence == "They met."


def test_timelinejs_page_quotes_the_sentence_once_and_reads_the_summary_back():
    text = dumps_timelinejs(_timeline(SENTENCE))
    slide = json.loads(text)["events"][0]
    assert slide["text"]["text"].count("restore full diplomatic relations") == 1
    assert "Source: \u201c" in slide["text"]["text"]
    back = loads_timelinejs(text).timeline.events[0]
    assert back.summary == SENTENCE  # our own fields still carry it
    own = json.loads(dumps_timelinejs(_timeline("A summary.")))["events"][0]
    assert own["text"]["text"].startswith("<p>A summary.</p>")


def test_icalendar_description_quotes_the_sentence_once_and_reads_it_back():
    data = dumps_icalendar(_timeline(SENTENCE))
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    description = next(line for line in unfolded.splitlines()
                       if line.startswith("DESCRIPTION:"))
    assert description.count("ambassador level") == 1
    assert loads_icalendar(data).timeline.events[0].summary == SENTENCE
