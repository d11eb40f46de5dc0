"""A reference and a link typed in Add quote… are kept, shown and exported as what they
are, not as a quoted "Source sentence" (verify53 F17: "Instrumentum Pacis Osnabrugensis,
art. I; text in Parry, Consolidated Treaty Series, vol. 1, pp. 119-356." was shown in
Details in quotation marks under "Source sentence" and exported as one)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.core.sourced import Reference, evidence_kept_by, guessed_kind, reference
from timeline_app.io import FormatError, dumps, loads
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.native_schema import KIND_VERSION
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs

PARRY = ("Instrumentum Pacis Osnabrugensis, art. I; text in Parry, Consolidated Treaty "
         "Series, vol. 1, pp. 119-356.")
LINK = "https://avalon.law.yale.edu/17th_century/westphal.asp"
QUOTE = "There shall be a Christian and Universal Peace."


def _timeline() -> Timeline:
    event = Event("westphalia", "Peace of Westphalia", FuzzyDate.of_ymd(1648, 10, 24),
                  category="treaty", summary="The peace is signed at Münster.",
                  evidence=(Evidence(QUOTE, 0, len(QUOTE)), reference(PARRY, "reference"),
                            reference(LINK, "link")))
    return Timeline.from_events([event])


def _kinds(event: Event) -> list[tuple[str, str]]:
    return [(e.sentence, e.kind if isinstance(e, Reference) else "quote")
            for e in event.evidence]


EXPECTED = [(QUOTE, "quote"), (PARRY, "reference"), (LINK, "link")]


def test_the_kind_is_guessed_from_the_text() -> None:
    assert guessed_kind(PARRY) == "reference"
    assert guessed_kind(LINK) == "link"
    assert guessed_kind(QUOTE) == "quote"
    assert guessed_kind("“Signed at p. 3 of the protocol,” he said.") == "quote"


def test_the_native_file_keeps_each_kind_at_version_11() -> None:
    text = dumps(_timeline())
    assert f'"version": {KIND_VERSION},' in text
    assert '"kind": "reference"' in text and '"kind": "link"' in text
    again = loads(text)
    assert _kinds(again.get("westphalia")) == EXPECTED
    assert dumps(again) == text


def test_a_file_without_references_keeps_its_older_version() -> None:
    event = Event("e", "Quote only", FuzzyDate.of_ymd(1648, 10, 24),
                  evidence=(Evidence(QUOTE, 0, len(QUOTE)),))
    assert '"version": 1,' in dumps(Timeline.from_events([event]))


def test_a_kind_in_a_file_of_an_older_version_is_refused() -> None:
    data = json.loads(dumps(_timeline()))
    data["version"] = 10
    with pytest.raises(FormatError, match="kind needs version 11"):
        loads(json.dumps(data))


def test_a_reference_stays_one_when_moved_between_events() -> None:
    kept = evidence_kept_by(reference(PARRY, "reference"), None, None)
    assert isinstance(kept, Reference) and kept.kind == "reference"


def test_the_csv_has_references_apart_and_reads_them_back() -> None:
    text = dumps_csv(_timeline())
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert row["Source sentence"] == QUOTE
    assert row["Other source sentences"] == ""
    assert row["References"].splitlines() == [PARRY, LINK]
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert _kinds(events[0]) == EXPECTED


def test_timelinejs_writes_them_unquoted_and_reads_them_back() -> None:
    text = dumps_timelinejs(_timeline())
    slide_text = json.loads(text)["events"][0]["text"]["text"]
    assert f"Reference: {PARRY}" in slide_text and f"Link: {LINK}" in slide_text
    assert f"“{PARRY}”" not in slide_text
    assert _kinds(loads_timelinejs(text).timeline.get("westphalia")) == EXPECTED


def test_timeline_project_writes_them_unquoted_and_reads_them_back() -> None:
    text = dumps_timeline_project(_timeline())
    assert f"Reference: {PARRY}" in text and f"“{PARRY}”" not in text
    again = loads_timeline_project(text.encode("utf-8")).timeline
    (event,) = list(again)
    assert _kinds(event) == EXPECTED


def test_icalendar_writes_them_unquoted_and_reads_them_back() -> None:
    data = dumps_icalendar(_timeline())
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    assert "Reference: Instrumentum" in unfolded and "“Instrumentum" not in unfolded
    (event,) = list(loads_icalendar(data).timeline)
    assert _kinds(event) == EXPECTED


def test_find_says_a_word_was_found_in_a_reference() -> None:
    from timeline_app.core.query import found_in

    event = _timeline().get("westphalia")
    assert found_in(event, "Parry") == ("reference",)
    assert found_in(event, "avalon") == ("link",)
    assert found_in(event, "Christian") == ("source sentence",)
