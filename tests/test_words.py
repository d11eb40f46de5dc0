"""Counts in words (verify9: "1 events imported", "Merged 1 events")."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.exchange import ImportResult
from timeline_app.words import counted


def test_counted_is_singular_for_exactly_one():
    assert counted(1, "event") == "1 event"
    assert [counted(n, "event") for n in (0, 2, 13)] == ["0 events", "2 events", "13 events"]
    assert counted(1, "match", "matches") == "1 match"
    assert counted(3, "match", "matches") == "3 matches"


def test_the_summary_of_an_import_of_one_event_says_one_event():
    one = Timeline.from_events([Event("a", "Talks", FuzzyDate.of_year(2020))])
    summary = ImportResult(one, "TimelineJS JSON").summary()
    assert summary.startswith("1 event imported from a TimelineJS JSON file.")
