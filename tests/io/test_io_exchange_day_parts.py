"""A part of a day through the exports that write dates (session 58, ext132): the
iCalendar entry stays all-day (a part of a day is no clock time) with the part in its
title and its description, the CSV row, the TimelineJS slide and The Timeline Project's date
line say it in words, and each reads it back."""

from __future__ import annotations

import json
import re

from test_io_exchange_trial16 import _without_ours

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

DAY = FuzzyDate.of_ymd(2026, 12, 1)


def _timeline() -> Timeline:
    timeline = Timeline(title="Ceasefire")
    timeline.add(Event("signed", "Ceasefire signed", DAY.with_day_part("END")))
    timeline.add(Event("shelling", "Shelling of the city", DAY.with_day_part("NI")))
    timeline.add(Event("summit", "Summit", DAY))
    return timeline


def _dates(timeline: Timeline) -> dict[str, FuzzyDate]:
    return {e.title: e.date for e in timeline.events}


def test_icalendar_keeps_a_part_of_a_day_as_an_all_day_entry_with_its_words() -> None:
    text = dumps_icalendar(_timeline()).decode("utf-8")
    assert text.count("DTSTART;VALUE=DATE:20261201\r\n") == 3
    assert "SUMMARY:Ceasefire signed (late on 1 December 2026)\r\n" in text
    assert "SUMMARY:Shelling of the city (1 December 2026\\, night)\r\n" in text
    assert "SUMMARY:Summit\r\n" in text
    assert "Date: late on 1 December 2026 (precision: part of a day)" in text.replace(
        "\r\n ", "")
    assert _dates(loads_icalendar(text.encode("utf-8")).timeline) == _dates(_timeline())
    plain = _dates(loads_icalendar(_without_ours(text.encode("utf-8"))).timeline)
    assert plain["Ceasefire signed"].day_part == "END"
    assert plain["Shelling of the city"].day_part == "NI"


def test_csv_says_a_part_of_a_day_in_words_and_reads_it_back() -> None:
    text = dumps_csv(_timeline())
    assert 'Ceasefire signed,late on 1 December 2026,2026-12-01,' in text
    assert 'Shelling of the city,"1 December 2026, night",2026-12-01,' in text
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.title: e.date for e in events} == _dates(_timeline())


def test_timelinejs_shows_a_part_of_a_day_in_its_display_date_and_reads_it_back() -> None:
    document = json.loads(dumps_timelinejs(_timeline()))
    slides = {s["unique_id"]: s for s in document["events"]}
    assert slides["signed"]["start_date"]["display_date"] == "late on 1 December 2026"
    assert "hour" not in slides["signed"]["start_date"]  # no clock time
    assert "display_date" not in slides["summit"]["start_date"]
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == _dates(_timeline())
    # Written back by TimelineJS or a sheet, without our key: the display date says it.
    del document[NAMESPACE]
    for slide in document["events"]:
        del slide[NAMESPACE]
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == _dates(_timeline())


def test_the_timeline_project_says_a_part_of_a_day_in_the_date_line() -> None:
    """No instant says "late on" a day: the description's "Date:" line does, also for an
    event typed by hand (no basis), so a file The Timeline Project saved again (our
    comments gone) still reads it back."""
    text = dumps_timeline_project(_timeline())
    text = text if isinstance(text, str) else text.decode("utf-8")
    assert "Date: late on 1 December 2026 (part of a day)" in text
    assert _dates(loads_timeline_project(text.encode("utf-8")).timeline) == _dates(_timeline())
    plain = re.sub(r"<!-- diplomatic-timeline.*?-->", "", text, flags=re.DOTALL)
    assert _dates(loads_timeline_project(plain.encode("utf-8")).timeline) == _dates(_timeline())
