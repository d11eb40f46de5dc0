"""A date told as a limit ("by mid 2027", "before March 2027": ``FuzzyDate.limit``,
TimeML's TIMEX3 mods ON_OR_BEFORE, BEFORE, ...) in the native format and the exports.

The native file keeps it as a ``limit`` key (version 5; a file of an older version that
has one is refused, and a file without one stays at its version).  TimelineJS, iCalendar,
CSV and The Timeline Project write it in the text date ("by mid 2027") and the period's
days as the format's own dates; our imports read our exact forms back, with and without
our own fields (verify43 X21).  These fail on the code before ext49 (no ``limit``).
"""

from __future__ import annotations

import json

import pytest
from test_io_exchange_trial16 import _without_ours

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.errors import FormatError
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.native_schema import LIMIT_VERSION
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

BY_MID_2027 = FuzzyDate.of_part(2027, "mid").with_limit("ON_OR_BEFORE")


def _timeline() -> Timeline:
    timeline = Timeline(title="Deadlines")
    for event in (
        Event("talks", "Talks due to conclude", BY_MID_2027, participants=("Serbia", "Kosovo"),
              date_basis="'by mid-2027' in the lead"),
        Event("deal", "Deal expected", FuzzyDate.of_month(2027, 3).with_limit("BEFORE")),
        Event("ratify", "Ratification", FuzzyDate.of_ymd(2026, 6, 30).with_limit("ON_OR_BEFORE")),
        Event("vote", "Vote", FuzzyDate.of_year(2030, circa=True).with_limit("ON_OR_AFTER")),
        Event("plain", "Summit", FuzzyDate.of_month(2027, 5)),
    ):
        timeline.add(event)
    return timeline


def _dates(timeline: Timeline) -> dict[str, tuple[FuzzyDate, FuzzyDate | None]]:
    return {e.title: (e.date, e.end) for e in timeline}


EXPECTED = _dates(_timeline())


def test_the_native_file_keeps_the_limit_and_says_version_5() -> None:
    text = native.dumps(_timeline())
    document = json.loads(text)
    assert document["version"] == LIMIT_VERSION == 5
    (talks,) = [e for e in document["events"] if e["id"] == "talks"]
    assert talks["date"] == {"value": "2027", "precision": "part_of_year", "part": "mid",
                             "limit": "ON_OR_BEFORE"}
    assert _dates(native.loads(text)) == EXPECTED
    assert native.dumps(native.loads(text)) == text
    assert _dates(native.loads(text, lazy=True)) == EXPECTED
    # Without a limit the file stays at the version it was (old copies still open it).
    plain = Timeline(title="Plain")
    plain.add(Event("plain", "Summit", FuzzyDate.of_month(2027, 5)))
    assert json.loads(native.dumps(plain))["version"] == 1


def test_an_older_version_with_a_limit_or_an_unknown_limit_is_refused() -> None:
    document = json.loads(native.dumps(_timeline()))
    document["version"] = 4
    with pytest.raises(FormatError) as caught:
        native.loads(json.dumps(document), "old.json")
    assert caught.value.place.endswith(".date.limit")
    assert "needs version 5 of the format, and this file says version 4" in str(caught.value)
    document["version"] = 5
    document["events"][0]["date"]["limit"] = "UNTIL"
    with pytest.raises(FormatError) as caught:
        native.loads(json.dumps(document), "bad.json")
    assert "unknown limit 'UNTIL'; expected one of BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER" \
        in str(caught.value)


def test_the_schema_states_the_limits_the_core_knows() -> None:
    from timeline_app.core.dates import LIMITS

    schema = json.loads(native.schema.schema_text())
    assert sorted(schema["$defs"]["Date"]["properties"]["limit"]["enum"]) == sorted(LIMITS)


def test_timelinejs_writes_the_words_and_reads_them_back() -> None:
    document = json.loads(dumps_timelinejs(_timeline()))
    (talks,) = [s for s in document["events"] if s["unique_id"] == "talks"]
    assert talks["display_date"] == "by mid 2027"
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == EXPECTED
    # Written back by another tool, without our key: the display dates say the limits.
    del document[NAMESPACE]
    for slide in document["events"]:
        del slide[NAMESPACE]
    assert _dates(loads_timelinejs(json.dumps(document)).timeline) == EXPECTED


def test_icalendar_spans_the_period_and_its_date_line_says_the_limit() -> None:
    data = dumps_icalendar(_timeline())
    text = data.decode("utf-8")
    assert "Date: by mid 2027 (precision: part of year)" in text
    # the period's days, the limit in its title (verify70 F14, over verify58 F18's one day)
    assert "DTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270901" in text
    assert "(by mid 2027)" in text
    assert _dates(loads_icalendar(data).timeline) == EXPECTED
    assert _dates(loads_icalendar(_without_ours(data)).timeline) == EXPECTED


def test_csv_keeps_the_words_and_reads_them_back() -> None:
    text = dumps_csv(_timeline())
    # (the period's first and last months, as TimelineJS draws it: verify74 F12)
    assert "Talks due to conclude,by mid 2027,2027-05,part of year,,August 2027,2027-08," in text
    assert "Deal expected,before March 2027,2027-03,month," in text
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.title: (e.date, e.end) for e in events} == EXPECTED


def test_timeline_project_reads_the_date_line_back() -> None:
    data = dumps_timeline_project(_timeline()).encode("utf-8")
    assert b"Date: by mid 2027 (part of year)" in data
    assert _dates(loads_timeline_project(data).timeline) == EXPECTED


def test_our_fields_carry_the_limit() -> None:
    from timeline_app.io.exchange import date_fields, date_from_fields

    assert date_fields(BY_MID_2027)["limit"] == "ON_OR_BEFORE"
    assert date_from_fields(date_fields(BY_MID_2027)) == BY_MID_2027
    assert "limit" not in date_fields(FuzzyDate.of_month(2024, 2))
    assert date_from_fields({**date_fields(BY_MID_2027), "limit": "SOON"}) is None
