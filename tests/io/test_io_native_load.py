"""Reading native files: a valid file round-trips; every kind of bad input is one FormatError."""

from __future__ import annotations

import datetime as _dt
import json
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from native_samples import TEXT, sample, sample_text

from timeline_app.core import Event, Evidence, FuzzyDate, Precision, Source, Timeline
from timeline_app.io import MAX_FILE_BYTES, FormatError, dumps, load, loads, save


def test_loads_sample() -> None:
    timeline = loads(sample_text())
    assert timeline.title == "Sample"
    assert timeline.description == "Two events"
    assert [e.id for e in timeline] == ["munich", "meet"]
    meet = timeline.get("meet")
    assert meet.date == FuzzyDate.of_day(_dt.date(2025, 3, 22))
    assert meet.participants == ("Cho", "Iwaya")
    assert meet.source_id == "src"
    assert meet.evidence == (Evidence("The ministers met on Saturday.", 17, 47, 35, 46),)
    assert meet.evidence[0].date_span_in_sentence() == (18, 29)
    munich = timeline.get("munich")
    assert munich.date == FuzzyDate.of_month(2025, 2, circa=True)
    # Optional keys fall back to the model's defaults.
    assert (munich.category, munich.participants, munich.evidence, munich.end) == (
        "event",
        (),
        (),
        None,
    )
    source = timeline.sources["src"]
    assert source.dateline_date == _dt.date(2025, 3, 22)
    assert source.text == TEXT


def test_minimal_document() -> None:
    timeline = loads('{"format": "diplomatic-timeline", "version": 1, "events": []}')
    assert len(timeline) == 0 and timeline.sources == {}
    assert timeline.title == "Untitled timeline"


@pytest.mark.parametrize(
    "date",
    [
        FuzzyDate.of_day(_dt.date(2025, 3, 22)),
        FuzzyDate.of_day(_dt.date(2024, 2, 29), circa=True),
        FuzzyDate.of_month(2025, 1, circa=True),
        FuzzyDate.of_part(2024, "late"),
        FuzzyDate.of_part(2024, "WI"),
        FuzzyDate.of_year(1),
        FuzzyDate.of_year(0),
        FuzzyDate.of_year(-43, circa=True),
        FuzzyDate.of_ymd(-43, 3, 15),
        FuzzyDate.of_ymd(0, 2, 29),
        FuzzyDate.of_month(-9998, 1),
        FuzzyDate.of_part(-1, "WI"),
        FuzzyDate.of_decade(-50),
        FuzzyDate.of_year(9999),
        FuzzyDate.of_year(2023),
        FuzzyDate.of_decade(1990),
    ],
    ids=str,
)
def test_every_precision_round_trips(date: FuzzyDate) -> None:
    timeline = Timeline.from_events(
        [Event("e", "E", date, end=FuzzyDate.of_year(9999))], title="Round trip"
    )
    again = loads(dumps(timeline))
    assert again.get("e").date == date
    assert again.get("e").end == FuzzyDate.of_year(9999)
    assert dumps(again) == dumps(timeline)


def test_bc_dates_are_iso_8601_expanded_astronomical_years() -> None:
    timeline = Timeline.from_events([
        Event("ides", "Ides of March", FuzzyDate.of_ymd(-43, 3, 15)),
        Event("bc1", "1 BC", FuzzyDate.of_year(0), end=FuzzyDate.of_year(1)),
    ])
    text = dumps(timeline)
    assert '"value": "-0043-03-15"' in text
    assert '"value": "0000"' in text
    again = loads(text)
    assert [e.date.describe() for e in again] == ["15 March 44 BC", "1 BC"]


def test_an_end_before_the_start_across_year_zero_is_refused() -> None:
    doc = sample()
    doc["events"][0]["date"] = {"value": "0001", "precision": "year"}
    doc["events"][0]["end"] = {"value": "-0043", "precision": "year"}
    with pytest.raises(FormatError, match="ends \\(44 BC\\) before it starts \\(AD 1\\)"):
        loads(json.dumps(doc))


def test_date_objects_are_explicit() -> None:
    timeline = Timeline.from_events(
        [
            Event("a", "A", FuzzyDate.of_day(_dt.date(2025, 3, 22))),
            Event("b", "B", FuzzyDate.of_part(2024, "late")),
            Event("c", "C", FuzzyDate.of_month(2025, 1, circa=True)),
            Event("d", "D", FuzzyDate.of_decade(1990)),
        ]
    )
    dates = {e["id"]: e["date"] for e in json.loads(dumps(timeline))["events"]}
    assert dates == {
        "a": {"value": "2025-03-22", "precision": "day"},
        "b": {"value": "2024", "precision": "part_of_year", "part": "late"},
        "c": {"value": "2025-01", "precision": "month", "circa": True},
        "d": {"value": "1990", "precision": "decade"},
    }


def test_dumps_is_stable_and_round_trips() -> None:
    timeline = loads(sample_text())
    text = dumps(timeline)
    assert text.endswith("}\n")
    assert list(json.loads(text)) == [
        "format",
        "version",
        "title",
        "description",
        "sources",
        "events",
    ]
    assert dumps(loads(text)) == text
    # Sources are written sorted by id, whatever order they were added in.
    a, b = Source("b-src"), Source("a-src")
    t1 = Timeline.from_events([], sources={"b-src": a, "a-src": b})
    t2 = Timeline.from_events([], sources={"a-src": b, "b-src": a})
    assert dumps(t1) == dumps(t2)


def test_dumps_keeps_unicode_readable() -> None:
    timeline = Timeline.from_events([Event("e", "Séoul — 서울", FuzzyDate.of_year(2025))])
    text = dumps(timeline)
    assert "Séoul — 서울" in text
    assert loads(text).get("e").title == "Séoul — 서울"


def test_load_reads_a_file_with_or_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(sample_text().encode("utf-8"))
    assert len(load(path)) == 2
    path.write_bytes(b"\xef\xbb\xbf" + sample_text().encode("utf-8"))
    assert len(load(str(path))) == 2


# -- bad documents ------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def _set(*keys: str | int, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return mutate


def _delete(*keys: str | int) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return mutate


def _duplicate_event(doc: dict[str, Any]) -> None:
    doc["events"][1]["id"] = "meet"


def _duplicate_source(doc: dict[str, Any]) -> None:
    doc["sources"].append({"id": "src"})


EV = ("events", 0)
EVIDENCE = ("events", 0, "evidence", 0)

BAD_DOCUMENTS: list[tuple[str, Mutation, str, str]] = [
    ("wrong format marker", _set("format", value="timelinejs"), "$.format", "not a timeline file"),
    ("no format marker", _delete("format"), "$", "not a timeline file"),
    ("no version", _delete("version"), "$", "missing required key 'version'"),
    (
        "version a string",
        _set("version", value="1"),
        "$.version",
        "expected a whole number, found a string",
    ),
    (
        "version true",
        _set("version", value=True),
        "$.version",
        "expected a whole number, found true",
    ),
    ("version 0", _set("version", value=0), "$.version", "unsupported version 0"),
    ("no events", _delete("events"), "$", "missing required key 'events'"),
    ("events not a list", _set("events", value={}), "$.events", "expected a list, found an object"),
    ("unknown top key", _set("colour", value="red"), "$", "unknown key 'colour'"),
    ("title a number", _set("title", value=3), "$.title", "expected a string, found a number"),
    (
        "event not an object",
        _set("events", 1, value=[]),
        "$.events[1]",
        "expected an object, found a list",
    ),
    ("event without id", _delete(*EV, "id"), "$.events[0]", "missing required key 'id'"),
    ("event with empty id", _set(*EV, "id", value=" "), "$.events[0].id", "must not be empty"),
    ("event without date", _delete(*EV, "date"), "$.events[0]", "missing required key 'date'"),
    (
        "event title null",
        _set(*EV, "title", value=None),
        "$.events[0].title",
        "expected a string, found null",
    ),
    ("unknown event key", _set(*EV, "when", value="x"), "$.events[0]", "unknown key 'when'"),
    (
        "participants a string",
        _set(*EV, "participants", value="Cho"),
        "$.events[0].participants",
        "expected a list",
    ),
    (
        "participant a number",
        _set(*EV, "participants", 1, value=7),
        "$.events[0].participants[1]",
        "expected a string",
    ),
    (
        "date a string",
        _set(*EV, "date", value="2025-03-22"),
        "$.events[0].date",
        "expected an object, found a string",
    ),
    (
        "date without precision",
        _delete(*EV, "date", "precision"),
        "$.events[0].date",
        "missing required key 'precision'",
    ),
    (
        "unknown precision",
        _set(*EV, "date", "precision", value="week"),
        "$.events[0].date.precision",
        "unknown precision 'week'",
    ),
    (
        "precision null",
        _set(*EV, "date", "precision", value=None),
        "$.events[0].date.precision",
        "expected one of day, month, part_of_year, year, decade, found null",
    ),
    (
        "impossible day",
        _set(*EV, "date", "value", value="2025-02-30"),
        "$.events[0].date.value",
        "2025-02-30 is not a valid date",
    ),
    (
        "month 13",
        _set(*EV, "date", value={"value": "2025-13", "precision": "month"}),
        "$.events[0].date.value",
        "2025-13 is not a valid date",
    ),
    (
        "year minus 0",
        _set(*EV, "date", value={"value": "-0000", "precision": "year"}),
        "$.events[0].date.value",
        "'-0000' does not match YYYY for year precision",
    ),
    (
        "10000 BC",
        _set(*EV, "date", value={"value": "-9999", "precision": "year"}),
        "$.events[0].date.value",
        "-9999 is outside 9999 BC - AD 9999",
    ),
    (
        "no 29 February 2 BC",
        _set(*EV, "date", "value", value="-0001-02-29"),
        "$.events[0].date.value",
        "-0001-02-29 is not a valid date",
    ),
    (
        "value shape",
        _set(*EV, "date", "value", value="22/03/2025"),
        "$.events[0].date.value",
        "does not match YYYY-MM-DD",
    ),
    (
        "non-ASCII digits",
        _set(*EV, "date", "value", value="２０２５-03-22"),
        "$.events[0].date.value",
        "does not match",
    ),
    (
        "decade not on a 0",
        _set(*EV, "date", value={"value": "1995", "precision": "decade"}),
        "$.events[0].date.value",
        "not the first year of a decade",
    ),
    (
        "part missing",
        _set(*EV, "date", value={"value": "2024", "precision": "part_of_year"}),
        "$.events[0].date",
        "missing required key 'part'",
    ),
    (
        "unknown part",
        _set(*EV, "date", value={"value": "2024", "precision": "part_of_year", "part": "end"}),
        "$.events[0].date.part",
        "unknown part of year 'end'",
    ),
    (
        "part with a month",
        _set(*EV, "date", "part", value="late"),
        "$.events[0].date.part",
        "goes with part_of_year",
    ),
    (
        "circa a string",
        _set(*EV, "date", "circa", value="yes"),
        "$.events[0].date.circa",
        "expected true or false",
    ),
    (
        "unknown date key",
        _set(*EV, "date", "modifier", value="END"),
        "$.events[0].date",
        "unknown key 'modifier'",
    ),
    (
        "mod in a version 1 file",
        _set(*EV, "date", "mod", value="END"),
        "$.events[0].date.mod",
        "needs version 2 of the format, and this file says version 1",
    ),
    (
        "end before start",
        _set(*EV, "end", value={"value": "2024", "precision": "year"}),
        "$.events[0].end",
        "before it starts",
    ),
    (
        "unknown source",
        _set(*EV, "source", value="nowhere"),
        "$.events[0].source",
        "unknown source 'nowhere'",
    ),
    (
        "source a number",
        _set(*EV, "source", value=1),
        "$.events[0].source",
        "expected a source id or null",
    ),
    ("duplicate event id", _duplicate_event, "$.events[1].id", "duplicate event id 'meet'"),
    ("duplicate source id", _duplicate_source, "$.sources[1].id", "duplicate source id 'src'"),
    ("sources not a list", _set("sources", value="src"), "$.sources", "expected a list"),
    ("source without id", _delete("sources", 0, "id"), "$.sources[0]", "missing required key 'id'"),
    (
        "dateline impossible",
        _set("sources", 0, "dateline_date", value="2025-02-29"),
        "$.sources[0].dateline_date",
        "2025-02-29 is not a valid date",
    ),
    (
        "dateline shape",
        _set("sources", 0, "dateline_date", value="March 22"),
        "$.sources[0].dateline_date",
        "not a date of the form YYYY-MM-DD",
    ),
    ("source id blank", _set("sources", 0, "id", value=" \t"), "$.sources[0].id",
     "an id must not be empty"),
    ("source id empty", _set("sources", 0, "id", value=""), "$.sources[0].id",
     "an id must not be empty"),
    # issue 11: the usual dateline is read by datetime; the rest as before
    *((f"dateline {why}", _set("sources", 0, "dateline_date", value=value),
       "$.sources[0].dateline_date", problem) for why, value, problem in [
        ("in year 0", "0000-03-22", "0000-03-22 is not a valid date"),
        ("in other digits", "\u0662\u0660\u0662\u0665-03-22", "not a date of the form"),
        ("as an ISO week", "2025-W12-6", "not a date of the form YYYY-MM-DD"),
        ("with a time", "2025-03-22T10:00", "not a date of the form YYYY-MM-DD")]),
    (
        "dateline a number",
        _set("sources", 0, "dateline_date", value=2025),
        "$.sources[0].dateline_date",
        "expected a date",
    ),
    (
        "evidence not a list",
        _set(*EV, "evidence", value={}),
        "$.events[0].evidence",
        "expected a list",
    ),
    (
        "evidence end beyond text",
        _set(*EVIDENCE, "end", value=len(TEXT) + 1),
        "$.events[0].evidence[0].end",
        f"beyond the end of the text of source 'src' ({len(TEXT)} characters)",
    ),
    (
        "evidence date beyond text",
        _set(*EVIDENCE, "date_end", value=10_000),
        "$.events[0].evidence[0].date_end",
        "beyond the end of the text",
    ),
    (
        "evidence negative",
        _set(*EVIDENCE, "start", value=-1),
        "$.events[0].evidence[0].start",
        "-1 is less than 0",
    ),
    (
        "evidence offset a float",
        _set(*EVIDENCE, "start", value=17.0),
        "$.events[0].evidence[0].start",
        "expected a whole number",
    ),
    (
        "evidence offset a bool",
        _set(*EVIDENCE, "end", value=True),
        "$.events[0].evidence[0].end",
        "expected a whole number, found true",
    ),
    (
        "evidence end before start",
        _set(*EVIDENCE, "end", value=3),
        "$.events[0].evidence[0].end",
        "end 3 is before start 17",
    ),
    (
        "evidence date reversed",
        _set(*EVIDENCE, "date_end", value=20),
        "$.events[0].evidence[0].date_end",
        "is before date_start",
    ),
    (
        "evidence half a date span",
        _set(*EVIDENCE, "date_end", value=None),
        "$.events[0].evidence[0]",
        "give both or neither",
    ),
    (
        "evidence sentence differs",
        _set(*EVIDENCE, "sentence", value="The ministers met on Sunday."),
        "$.events[0].evidence[0].sentence",
        "does not match the text of source 'src' at 17-47",
    ),
    (
        "evidence without sentence",
        _delete(*EVIDENCE, "sentence"),
        "$.events[0].evidence[0]",
        "missing required key 'sentence'",
    ),
    (
        "unpaired surrogate",
        _set(*EV, "title", value="\ud800"),
        "$.events[0].title",
        "unpaired surrogate",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "place", "problem"),
    [case[1:] for case in BAD_DOCUMENTS],
    ids=[case[0] for case in BAD_DOCUMENTS],
)
def test_bad_document(mutate: Mutation, place: str, problem: str) -> None:
    doc = sample()
    mutate(doc)
    with pytest.raises(FormatError) as info:
        loads(json.dumps(doc), "my.json")
    error = info.value
    assert error.path == "my.json"
    assert error.place == place
    assert problem in error.problem
    assert str(error) == f"my.json: {error.place}: {error.problem}"


def test_newer_version_says_so() -> None:
    doc = sample()
    doc["version"] = 15
    doc["events"] = "a version 15 layout the loader cannot know"
    with pytest.raises(FormatError) as info:
        loads(json.dumps(doc), "/x/future.json")
    assert str(info.value) == (
        "future.json: $.version: was written by a newer version of Diplomatic Timeline "
        "(version 15); this app reads version 14"
    )


@pytest.mark.parametrize(
    ("text", "place", "problem"),
    [
        (
            '{"format": "diplomatic-timeline",\n  "version": 1,,}',
            "line 2, column 16",
            "invalid JSON",
        ),
        ("", "line 1, column 1", "invalid JSON"),
        ("[1, 2]", "$", "expected a JSON object, found a list"),
        ('"timeline"', "$", "expected a JSON object, found a string"),
        ("null", "$", "expected a JSON object, found null"),
        (
            '{"format": "diplomatic-timeline", "version": NaN, "events": []}',
            "line 1, column 46",
            "NaN is not a JSON number",
        ),
        (
            '{"format": "diplomatic-timeline", "format": "x", "version": 1, "events": []}',
            "$",
            "the key 'format' appears twice",
        ),
        ("[" * 100_000 + "]" * 100_000, "$", "expected a JSON object, found a list"),
        ('{"format": "diplomatic-timeline", "version": 1' + "0" * 5000 + ', "events": []}',
         "$.version", "the number is too large"),
    ],
    ids=["syntax", "empty", "list", "string", "null", "nan", "duplicate key", "deep", "huge int"],
)
def test_bad_json(text: str, place: str | None, problem: str) -> None:
    with pytest.raises(FormatError) as info:
        loads(text, "bad.json")
    assert info.value.place == place
    assert problem in info.value.problem


# -- bad files ----------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        load(tmp_path / "nope.json")
    assert str(info.value) == "nope.json: no such file"
    assert info.value.path == str(tmp_path / "nope.json")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="is a folder, not a timeline file"):
        load(tmp_path)


def test_file_over_the_limit_fails_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate((1 << 30) + 1)  # sparse: over 1 GiB on paper, nothing on disk
    opened: list[object] = []
    real_open = open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    with pytest.raises(FormatError) as info:
        load(path)
    assert "is too large" in info.value.problem and "limit is 1 GiB" in info.value.problem
    assert str(path) not in [os.fspath(p) for p in opened if isinstance(p, (str, os.PathLike))]


def test_file_just_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(FormatError, match="too large"):
        load(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"format": "diplomatic-timeline",\n "title": "S\xe9oul"}')
    with pytest.raises(FormatError) as info:
        load(path)
    assert info.value.problem == "is not valid UTF-8 text"
    assert info.value.place is not None and info.value.place.startswith("line 2, column 13")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.json"
    path.write_text(sample_text(), encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(FormatError, match="permission denied"):
            load(path)
    finally:
        path.chmod(0o600)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_file_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(FormatError, match="not a regular file"):
        load(fifo)


def test_errors_carry_the_path_from_load(tmp_path: Path) -> None:
    doc = sample()
    doc["events"][0]["date"]["value"] = "2025-02-30"
    path = tmp_path / "default-timeline.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(FormatError) as info:
        load(path)
    assert str(info.value) == (
        "default-timeline.json: $.events[0].date.value: 2025-02-30 is not a valid date"
    )


def _random_mutation(rng: random.Random, value: Any) -> Any:
    """Replace, delete or retype one value somewhere in a JSON document."""
    containers: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, (dict, list)) and node:
            containers.append(node)
            for child in node.values() if isinstance(node, dict) else node:
                walk(child)

    walk(value)
    node = rng.choice(containers)
    key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
    replacement = rng.choice(
        [None, True, -1, 0, 3.5, 10**6, "", "x", "2025-02-30", "day", [], {}, [1], {"a": 1}]
    )
    if isinstance(node, dict) and rng.random() < 0.3:
        del node[key]
    else:
        node[key] = replacement
    return value


def test_random_damage_gives_format_error_or_a_timeline() -> None:
    rng = random.Random(20261127)
    for _ in range(600):
        doc = sample()
        for _ in range(rng.randint(1, 3)):
            _random_mutation(rng, doc)
        try:
            timeline = loads(json.dumps(doc), "fuzz.json")
        except FormatError as error:
            assert error.path == "fuzz.json" and error.problem
        else:
            assert isinstance(timeline, Timeline)
            loads(dumps(timeline))  # whatever loads must save and load again


def test_save_then_load_is_identity(tmp_path: Path) -> None:
    timeline = loads(sample_text())
    save(timeline, tmp_path / "t.json")
    again = load(tmp_path / "t.json")
    assert again.events == timeline.events
    assert again.sources == timeline.sources
    assert (again.title, again.description) == (timeline.title, timeline.description)


def test_permission_denied_reported_even_when_running_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CI containers often run as root, where chmod 0 does not stop reading.
    path = tmp_path / "secret.json"
    path.write_text(sample_text(), encoding="utf-8")

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.open", denied)  # files are opened with os.open (io/files.py)
    with pytest.raises(FormatError) as info:
        load(path)
    assert str(info.value) == "secret.json: permission denied: the file cannot be read"


def test_other_os_errors_become_format_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "t.json"
    path.write_text(sample_text(), encoding="utf-8")

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("os.open", broken)
    with pytest.raises(FormatError, match="cannot be read: Input/output error"):
        load(path)


# -- duplicate keys: msgspec keeps the last one silently, the loader refuses them ---------


def _with_duplicate(text: str, key: str, value: str) -> str:
    """``text`` with ``"key": value`` added again right after the first ``"key":`` pair."""
    marker = f'"{key}": '
    at = text.index(marker)
    return text[:at] + f'"{key}": {value}, ' + text[at:]


@pytest.mark.parametrize(
    ("key", "value", "place"),
    [
        ("title", '"Other"', "$"),
        ("sentence", '"x"', "$.events[0].evidence[0]"),
        ("precision", '"day"', "$.events[0].date"),
        ("dateline_date", "null", "$.sources[0]"),
    ],
)
def test_duplicate_keys_are_refused_with_their_place(key: str, value: str, place: str) -> None:
    text = _with_duplicate(json.dumps(sample()), key, value)
    with pytest.raises(FormatError) as info:
        loads(text, "dup.json")
    assert info.value.place == place
    assert info.value.problem == f"the key {key!r} appears twice in one object"


def test_colons_in_text_are_not_mistaken_for_keys() -> None:
    doc = sample()
    doc["events"][0]["summary"] = 'a: b ": c \\": d \\\\": e {"k": 1}'
    doc["events"][1]["title"] = ":" * 50
    timeline = loads(json.dumps(doc))
    assert timeline.get("meet").summary == doc["events"][0]["summary"]


def test_a_duplicate_hidden_by_escaped_colons_is_still_found() -> None:
    doc = sample()
    doc["events"][0]["summary"] = "COLONS"
    text = json.dumps(doc).replace("COLONS", "\\u003a\\u003A")
    assert loads(text).get("meet").summary == "::"
    with pytest.raises(FormatError, match="'location' appears twice"):
        loads(_with_duplicate(text, "location", '"x"'))


def test_unpaired_surrogate_escape_is_refused_at_its_json_path() -> None:
    text = json.dumps(sample()).replace('"Munich"', '"Mun\\udc00ich"')
    with pytest.raises(FormatError) as info:
        loads(text, "s.json")
    assert info.value.place == "$.events[1].title"
    assert "unpaired surrogate" in info.value.problem


# -- issue 9 §4: every error names a place, in a few words a person can use ---------------

_HEAD = '{"format": "diplomatic-timeline", "version": 1, '
_EVENT = '{"id": "a", "title": "t", "date": {"value": "2025", "precision": "year"}'


@pytest.mark.parametrize(
    ("text", "place", "problem"),
    [
        (_HEAD + '"events": [' + _EVENT + ', "participants": ' + "[" * 50_000 + "]" * 50_000
         + "}]}", "$.events[0].participants[0]", "expected a string, found a list"),
        (_HEAD + '"events": [' + _EVENT + ', "evidence": [{"sentence": "", "start": 1'
         + "0" * 4300 + ', "end": 1}]}]}', "$.events[0].evidence[0].start",
         "the number is too large"),
        (_HEAD + '"events": [' + _EVENT + ', "title": "u"}]}', "$.events[0]",
         "the key 'title' appears twice in one object"),
        (_HEAD + '"events": [], "title": Infinity}', "line 1, column 72",
         "invalid JSON: Infinity is not a JSON number"),
        (_HEAD + '"events": [], "title": -Infinity}', "line 1, column 72",
         "invalid JSON: -Infinity is not a JSON number"),
        (_HEAD + '"events": [' + _EVENT + ', "location": null}]}', "$.events[0].location",
         "expected a string, found null"),
        (_HEAD + '"events": [], "k' + "y" * 5000 + '": 1}', "$",
         "unknown key 'kyyyyyy"),
        (_HEAD + '"events": [' + _EVENT + ', "source": 3}]}', "$.events[0].source",
         "expected a source id or null, found a number"),
        (_HEAD + '"events": [], "' + " - at `x" * 1000 + '": 1}', "$", "unknown key ' - at `x"),
    ],
    ids=["deep", "huge int", "duplicate key", "Infinity", "-Infinity", "null", "long key",
         "source", "key like a place"],
)
def test_every_error_names_a_place_in_a_few_words(text: str, place: str, problem: str) -> None:
    with pytest.raises(FormatError) as info:
        loads(text, "p.json")
    error = info.value
    assert error.place == place
    assert error.problem.startswith(problem)
    assert len(str(error)) < 200
    assert "None" not in error.problem and "sys.set_int_max_str_digits" not in error.problem


def test_structural_rejects_stop_at_the_first_wrong_value(tmp_path: Path) -> None:
    """Issue 9 §3: 2 million empty lists fail at the first one, not after building them
    (the old loader took seconds and gigabytes for 20 million; measured by hand, see the
    commit message)."""
    path = tmp_path / "lists.json"
    path.write_text(_HEAD + '"events": [' + "[]," * 2_000_000 + "[]]}", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        load(path)
    assert (info.value.place, info.value.problem) == (
        "$.events[0]", "expected an object, found a list")


def test_no_garbage_collection_during_a_load_and_frozen_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: the collector stays out of a load, and what was loaded is frozen out of
    its reach afterwards; a failed load leaves the collector as it was."""
    import gc

    from timeline_app.io import native

    seen: list[bool] = []
    real_reader = native._Reader.add_events

    def spy(self: Any, raws: Any, first: int) -> None:
        seen.append(gc.isenabled())
        real_reader(self, raws, first)

    monkeypatch.setattr(native._Reader, "add_events", spy)
    path = tmp_path / "t.json"
    path.write_text(sample_text(), encoding="utf-8")
    assert gc.isenabled()
    gc.unfreeze()
    try:
        load(path)
        assert seen == [False]
        assert gc.isenabled() and gc.get_freeze_count() > 0
        path.write_text("{", encoding="utf-8")
        with pytest.raises(FormatError):
            load(path)
        assert gc.isenabled()
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("lazy", [False, True])
def test_a_loaded_timeline_is_freed_with_its_reader_without_the_cyclic_collector(
        monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """Session 37: the loader's reader and its store of events held each other, so a
    timeline dropped (replaced by File → Open) waited for the cyclic collector, and a
    load freezes what is alive when it ends: the next load froze the one it replaced,
    never freed (100 000 events each time).  Fails on the old code: the reader lived on."""
    import gc
    import weakref

    from timeline_app.io import native

    readers: weakref.WeakSet[Any] = weakref.WeakSet()
    real_init = native._Reader.__init__

    def keep(self: Any, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        readers.add(self)

    monkeypatch.setattr(native._Reader, "__init__", keep)
    gc.disable()
    try:
        timeline = loads(sample_text(), lazy=lazy)
        assert len(timeline) > 0 and len(readers) == (1 if lazy else 0)
        del timeline
        assert len(readers) == 0
    finally:
        gc.enable()


def test_unpaired_surrogate_in_python_text_is_refused_at_its_json_path() -> None:
    text = json.dumps(sample(), ensure_ascii=False).replace('"Munich"', '"Mun\ud800ich"')
    with pytest.raises(FormatError) as info:
        loads(text, "s.json")
    assert info.value.place == "$.events[1].title"
    assert "unpaired surrogate" in info.value.problem


def _day_event(event_id: str, value: str, **extra: Any) -> dict[str, Any]:
    return {"id": event_id, "title": event_id, "date": {"value": value, "precision": "day"},
            **extra}


def test_a_file_out_of_date_order_loads_sorted_keeping_its_order_of_equals() -> None:
    """Issue 11: the loader's one sort (skipped for files already in order) gives what
    Timeline.from_events gives."""
    rng = random.Random(11)
    days = [f"{rng.randrange(1990, 1993)}-0{rng.randrange(1, 4)}-1{rng.randrange(0, 3)}"
            for _ in range(400)]
    events = [_day_event(f"e{i:03d}", day, participants=["Japan", "Korea"])
              for i, day in enumerate(days)]
    document = {"format": "diplomatic-timeline", "version": 1, "events": events}
    timeline = loads(json.dumps(document))
    expected = Timeline.from_events([
        Event(f"e{i:03d}", f"e{i:03d}", FuzzyDate.from_iso(day, Precision.DAY),
              participants=("Japan", "Korea"))
        for i, day in enumerate(days)])
    assert timeline.events == expected.events
    assert [timeline.index_of(e.id) for e in timeline] == list(range(400))
    again = loads(dumps(timeline))  # now in order: the quick path
    assert again.events == timeline.events
    assert [again.index_of(e.id) for e in again] == list(range(400))


def test_a_repeated_event_id_is_reported_at_its_second_place() -> None:
    events = [_day_event("a", "2020-01-02"), _day_event("b", "2020-01-01"),
              _day_event("c", "2020-01-03"), _day_event("b", "2019-05-05")]
    with pytest.raises(FormatError) as info:
        loads(json.dumps({"format": "diplomatic-timeline", "version": 1, "events": events}))
    assert (info.value.place, info.value.problem) == ("$.events[3].id", "duplicate event id 'b'")


def test_a_bad_date_far_into_the_file_is_reported_at_its_place() -> None:
    events = [_day_event(f"e{i}", "2020-01-02") for i in range(50)]
    events.append(_day_event("bad", "2020-02-30"))
    events.append({**_day_event("worse", "2020-03-01"),
                   "end": {"value": "2020-02", "precision": "month"}})
    with pytest.raises(FormatError) as info:
        loads(json.dumps({"format": "diplomatic-timeline", "version": 1, "events": events}))
    assert (info.value.place, info.value.problem) == (
        "$.events[50].date.value", "2020-02-30 is not a valid date")
    del events[50]
    with pytest.raises(FormatError) as info:
        loads(json.dumps({"format": "diplomatic-timeline", "version": 1, "events": events}))
    assert info.value.place == "$.events[50].end"
    assert info.value.problem.startswith("ends (February 2020) before it starts")
