"""An event's status in the native format, version 4 (``native_schema.STATUS_VERSION``).

A file that gives no event a status is written as before (its version, byte for byte), so
that older copies of the app open it; one with a status says version 4, which they refuse
as newer.  A version-3 file with a status is refused as a version-1 file with a mod is.
Each test fails before session 33 (no ``status`` key).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from native_samples import sample
from test_io_native_pieces import _filler, pieces  # noqa: F401 - a fixture

from timeline_app.core.query import EventFilter, facets, hidden_by
from timeline_app.io import FormatError, dumps, load, loads, native
from timeline_app.io.native_schema import FORMAT_VERSION, STATUS_VERSION


def _with_status(status: str = "disputed", version: int = 4) -> dict[str, Any]:
    doc = sample()
    doc["version"] = version
    doc["events"][0]["status"] = status
    return doc


def test_a_status_round_trips_and_makes_the_file_version_4() -> None:
    timeline = loads(json.dumps(_with_status()))
    assert timeline.get("meet").status == "disputed"
    assert timeline.get("munich").status == ""
    text = dumps(timeline)
    assert '"version": 4,' in text and text.count('"status"') == 1
    assert '        }\n      ],\n      "status": "disputed"\n    }' in text  # last key
    assert dumps(loads(text)) == text
    assert STATUS_VERSION == 4 <= FORMAT_VERSION  # (5: a date's limit, ext49)


def test_without_a_status_the_file_stays_the_version_it_was_byte_for_byte() -> None:
    doc = sample()
    text = json.dumps(doc)
    timeline = loads(text)
    assert native.needed_version(native.snapshot(timeline)) == 1
    saved = dumps(timeline)
    assert '"version": 1,' in saved and '"status"' not in saved


def test_a_version_3_file_with_a_status_is_refused_at_its_place() -> None:
    doc = _with_status(version=3)
    doc["events"][1]["status"] = "denied"
    with pytest.raises(FormatError) as caught:
        loads(json.dumps(doc), "old.json")
    assert caught.value.place == "$.events[0].status"
    assert "an event's status needs version 4 of the format, and this file says version 3" \
        in str(caught.value)


def test_an_unknown_status_is_refused_with_the_ones_it_may_be() -> None:
    with pytest.raises(FormatError) as caught:
        loads(json.dumps(_with_status("rumoured")), "x.json")
    assert caught.value.place == "$.events[0].status"
    assert ("unknown status 'rumoured'; expected one of confirmed, unconfirmed, disputed, "
            "denied") in str(caught.value)
    with pytest.raises(FormatError, match=r"expected one of confirmed, .*, denied, found null"):
        loads(json.dumps(_with_status(None)), "x.json")  # type: ignore[arg-type]


def test_a_newer_file_than_this_app_reads_is_refused_as_today() -> None:
    doc = _with_status()
    doc["version"] = FORMAT_VERSION + 1
    doc["events"][0]["certainty"] = 0.8  # anything a newer version may add
    with pytest.raises(FormatError) as caught:
        loads(json.dumps(doc), "new.json")
    assert caught.value.place == "$.version"
    assert (f"written by a newer version of Diplomatic Timeline (version {FORMAT_VERSION + 1})"
            in str(caught.value))
    assert f"this app reads version {FORMAT_VERSION}" in str(caught.value)


def test_a_lazily_loaded_timeline_filters_and_counts_statuses_without_making_events() -> None:
    doc = _with_status()
    lazy = loads(json.dumps(doc), lazy=True)
    eager = loads(json.dumps(doc))
    shown = EventFilter(statuses=frozenset({"disputed"}))
    assert hidden_by(lazy, shown) == hidden_by(eager, shown) == {"munich"}
    assert facets(lazy) == facets(eager)
    assert facets(lazy).statuses == [("disputed", 1), ("", 1)]
    assert lazy.store is not None and lazy.store.statuses(lazy.event_items()) == [
        "", "disputed"]  # in date order: Munich (February) first
    assert all(type(item) is int for item in lazy.event_items())  # nothing made
    assert native.needed_version(native.snapshot(lazy)) == 4
    assert lazy.get("meet").status == "disputed"
    assert dumps(lazy) == dumps(eager)


def test_a_large_file_read_in_pieces_keeps_its_statuses_and_refuses_them_in_version_3(
        tmp_path: Path, pieces: list[str]) -> None:  # noqa: F811 - the fixture
    doc = _with_status("denied")
    doc["events"] = doc["events"] + _filler(100)
    doc["events"][-1]["status"] = "confirmed"
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    timeline = load(path)
    assert pieces == ["pieces"]
    assert timeline.get("meet").status == "denied"
    assert timeline.get(doc["events"][-1]["id"]).status == "confirmed"
    assert native.needed_version(native.snapshot(timeline)) == 4
    old = copy.deepcopy(doc)
    old["version"] = 3
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(FormatError, match="needs version 4") as caught:
        load(path)
    assert caught.value.place == "$.events[0].status"


def test_the_schema_takes_a_version_4_file_and_refuses_a_status_in_version_3() -> None:
    from test_io_schema import _schema, errors

    schema = _schema()
    text = dumps(loads(json.dumps(_with_status())))
    assert errors(json.loads(text), schema, schema) == []
    old = json.loads(text)
    old["version"] = 3
    assert errors(old, schema, schema) == ["$.version: below 4"]


def test_an_older_files_pieces_are_decoded_without_a_status_field() -> None:
    """Issue 11: a file that cannot hold a status is decoded by events without the field
    (``native._event_struct``): a "status" key is refused in C, and no Python check of
    each event is needed (it was +54 M instructions of the 100 000-event load)."""
    import msgspec

    event = (b'[{"id": "a", "title": "A", "date": {"value": "2026", "precision": "year"}'
             b'%s}]')
    for decoder in (native._EVENTS_DECODER_BEFORE_STATUS,
                    native._EVENTS_EVIDENCE_LATER_DECODER_BEFORE_STATUS):
        (raw,) = decoder.decode(event % b"")
        assert raw.status is msgspec.UNSET
        assert "status" not in msgspec.structs.fields(type(raw)).__repr__()
        with pytest.raises(msgspec.ValidationError, match="unknown field `status`"):
            decoder.decode(event % b', "status": "denied"')
    (raw,) = native._EVENTS_DECODER.decode(event % b', "status": "denied"')
    assert raw.status == "denied"
