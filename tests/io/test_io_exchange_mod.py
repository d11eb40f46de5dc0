"""Early / mid / late of a month or a decade in the exports, and our imports of them.

TimelineJS, iCalendar, CSV and The Timeline Project write the part as the text date
("late December 2024") and its days as the format's own dates (an all-day span from the
21st to the 31st); our imports read our exact forms back, with and without our own
fields.  These fail on the code before session 16 (no ``mod``).
"""

from __future__ import annotations

import json

import pytest
from test_io_exchange_trial16 import _without_ours

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

LATE_DECEMBER = FuzzyDate.of_month(2024, 12, mod="END")


def _timeline() -> Timeline:
    timeline = Timeline(title="Parts")
    for event in (
        Event("late", "Talks stall", LATE_DECEMBER, participants=("USA", "China"),
              date_basis="'late December' in the lead"),
        Event("nineties", "Reforms", FuzzyDate.of_decade(1990, True, "START")),
        Event("span", "Negotiations", FuzzyDate.of_month(2025, 1, mod="MID"),
              FuzzyDate.of_month(2025, 3, mod="START")),
    ):
        timeline.add(event)
    return timeline


def _dates(timeline: Timeline) -> dict[str, tuple[FuzzyDate, FuzzyDate | None]]:
    return {e.title: (e.date, e.end) for e in timeline}


EXPECTED = _dates(_timeline())


def test_timelinejs_writes_the_days_and_the_words_and_reads_them_back() -> None:
    document = json.loads(dumps_timelinejs(_timeline()))
    (late,) = [s for s in document["events"] if s["unique_id"] == "late"]
    assert late["start_date"] == {"year": 2024, "month": 12, "day": 21,
                                  "display_date": "late December 2024"}
    assert late["end_date"] == {"year": 2024, "month": 12, "day": 31,
                                "display_date": "late December 2024"}
    (nineties,) = [s for s in document["events"] if s["unique_id"] == "nineties"]
    assert (nineties["start_date"]["year"], nineties["end_date"]["year"]) == (1990, 1993)
    assert nineties["display_date"] == "c. the early 1990s"
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == EXPECTED
    # Written back by another tool, without our key: the display dates say the parts.
    del document[NAMESPACE]
    for slide in document["events"]:
        del slide[NAMESPACE]
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == EXPECTED


def test_icalendar_spans_the_days_of_the_part() -> None:
    data = dumps_icalendar(_timeline())
    text = data.decode("utf-8")
    # The part's days, the part in its title (verify70 F14: the early 1990s was New
    # Year's Day 1990 under verify58 F18's one entry on the first day)
    assert "DTSTART;VALUE=DATE:20241221\r\nDTEND;VALUE=DATE:20250101" in text
    assert "DTSTART;VALUE=DATE:19900101\r\nDTEND;VALUE=DATE:19940101" in text
    assert "SUMMARY:Talks stall (late December 2024)" in text
    assert "Date: late December 2024 (precision: part of a month)" in text
    assert _dates(loads_icalendar(data).timeline) == EXPECTED
    assert _dates(loads_icalendar(_without_ours(data)).timeline) == EXPECTED


def test_csv_keeps_the_words_and_reads_them_back() -> None:
    text = dumps_csv(_timeline())
    # (its ISO cells and End the first and last of what it covers, as the TimelineJS
    # export's start and end: verify74 F12; they were "2024-12" and no End)
    assert ("Talks stall,late December 2024,2024-12-21,part of a month,,31 December 2024,"
            "2024-12-31,") in text
    assert "Reforms,c. the early 1990s,1990,part of a decade,yes,1993,1993," in text
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.title: (e.date, e.end) for e in events} == EXPECTED


def test_timeline_project_writes_the_days_and_reads_the_date_line_back() -> None:
    data = dumps_timeline_project(_timeline()).encode("utf-8")
    assert b"<start>2024-12-21 00:00:00</start>" in data
    assert b"<end>2024-12-31 00:00:00</end>" in data
    assert _dates(loads_timeline_project(data).timeline) == EXPECTED


@pytest.mark.parametrize("mod", ["START", "MID", "END"])
def test_our_fields_carry_the_mod(mod: str) -> None:
    from timeline_app.io.exchange import date_fields, date_from_fields

    date = FuzzyDate.of_month(2024, 2, True, mod)
    assert date_fields(date)["mod"] == mod
    assert date_from_fields(date_fields(date)) == date
    assert "mod" not in date_fields(FuzzyDate.of_month(2024, 2))
    assert date_from_fields({**date_fields(date), "mod": ["x"]}) is None
