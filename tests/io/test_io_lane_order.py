"""The lanes' order in the native format (lanes18, session 16): an optional ``lane_order``
list, version 2 of the format, written only when not empty, and a file without it still
written as version 1 so that older copies of the app open it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from native_samples import sample
from test_io_native_pieces import _filler, pieces  # noqa: F401 - a fixture

from timeline_app.core import Timeline
from timeline_app.io import FORMAT_VERSION, FormatError, dumps, load, loads, native


def _with_order(order: Any, version: int = 2) -> dict[str, Any]:
    doc = sample()
    doc["version"] = version
    doc["lane_order"] = order
    return doc


def test_the_order_round_trips_as_version_2() -> None:
    assert FORMAT_VERSION >= 2
    timeline = loads(json.dumps(_with_order(["visit", "<b>x</b>", "", "meeting"])))
    assert timeline.lane_order == ["visit", "<b>x</b>", "", "meeting"]
    text = dumps(timeline)
    assert json.loads(text)["version"] == 2
    # (each lane as shown since session 41: "Visit"; verify51 F13)
    assert '"lane_order": [\n    "Visit",\n    "<b>x</b>",\n    "",\n    "Meeting"\n  ]' in text
    assert text.index('"lane_order"') < text.index('"sources"')
    assert loads(text).lane_order == timeline.lane_order
    assert dumps(loads(text)) == text
    assert native.needed_version(timeline) == 2
    assert native.needed_version(native.snapshot(timeline)) == 2


def test_without_an_order_a_file_is_still_version_1() -> None:
    timeline = loads(json.dumps(sample()))
    assert timeline.lane_order == [] and Timeline().lane_order == []
    text = dumps(timeline)
    assert json.loads(text)["version"] == 1 and "lane_order" not in text
    assert native.needed_version(timeline) == 1
    timeline.lane_order = ["visit"]
    assert json.loads(dumps(timeline))["version"] == 2
    timeline.lane_order = []  # the order undone: version 1 again
    assert dumps(timeline) == text


@pytest.mark.parametrize(("doc", "place", "problem"), [
    (_with_order(["visit"], version=1), "$.lane_order",
     "is a key of version 2, but the file says version 1"),
    (_with_order(["visit", "meeting", "visit"]), "$.lane_order[2]",
     "lists the lane 'visit' twice"),
])
def test_a_wrong_order_is_refused_with_its_place(doc: dict[str, Any], place: str,
                                                 problem: str) -> None:
    with pytest.raises(FormatError) as info:
        loads(json.dumps(doc), "x.json")
    assert str(info.value) == f"x.json: {place}: {problem}"


def test_an_order_that_is_not_a_list_of_names_is_refused() -> None:
    for order in ({"visit": 1}, ["visit", 3], "visit"):
        with pytest.raises(FormatError, match=r"\$\.lane_order"):
            loads(json.dumps(_with_order(order)), "x.json")


def test_a_large_file_read_in_pieces_keeps_its_order(
        tmp_path: Path, pieces: list[str]) -> None:  # noqa: F811 - the fixture
    doc = _with_order(["meeting", "visit"])
    doc["events"] = doc["events"] + _filler(100)
    path = tmp_path / "big.json"
    path.write_text(dumps(loads(json.dumps(doc))), encoding="utf-8")
    timeline = load(path)
    assert pieces == ["pieces"]
    assert timeline.lane_order == ["meeting", "visit"]


def test_the_schema_declares_the_order() -> None:
    schema = json.loads(native.schema.schema_text())
    order = schema["properties"]["lane_order"]
    assert order["type"] == "array" and order["uniqueItems"] is True
    assert schema["properties"]["version"]["maximum"] == native.FORMAT_VERSION


def test_the_exports_that_carry_lanes_keep_the_order() -> None:
    """TimelineJS and iCalendar keep it in their own key (``exchange.timeline_fields``);
    The Timeline Project's file lists its categories in it and keeps it in its comment."""
    from timeline_app.io.ical import dumps_icalendar, loads_icalendar
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
    from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs

    timeline = loads(json.dumps(sample()))
    lanes = sorted({e.category for e in timeline})
    assert len(lanes) >= 2
    timeline.lane_order = lanes[::-1]
    assert loads_timelinejs(dumps_timelinejs(timeline)).timeline.lane_order == lanes[::-1]
    assert loads_icalendar(dumps_icalendar(timeline)).timeline.lane_order == lanes[::-1]
    text = dumps_timeline_project(timeline)
    assert loads_timeline_project(text).timeline.lane_order == lanes[::-1]
    names = [text.index(f"<name>{lane.capitalize()}</name>") for lane in lanes[::-1]
             if lane != "event"]  # (no category: verify40, F6)
    assert names == sorted(names)  # the categories listed in lane order
    timeline.lane_order = []
    assert "lane_order" not in dumps_timelinejs(timeline)
