"""Any lane shown as eras (verify45 F15, session 36): the native format's ``era_lanes``
(version 7, written only when the timeline says which lanes are eras), and the TimelineJS
and Timeline Project exports writing every era lane as eras, whatever its name, and their
imports making their eras an era lane."""

from __future__ import annotations

import json
from typing import Any

import pytest
from native_samples import sample

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import FormatError, dumps, loads, native
from timeline_app.io.native_schema import ERA_LANES_VERSION, json_schema
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs


def _dam_timeline(lane: str = "Filling phases") -> Timeline:
    """The GERD trial's "Filling phases" (verify45 F15) beside an ordinary lane."""
    timeline = Timeline.from_events([
        Event("f1", "First filling", FuzzyDate.of_month(2020, 7), end=FuzzyDate.of_month(2020, 8),
              category=lane),
        Event("f2", "Second filling", FuzzyDate.of_month(2021, 7), end=FuzzyDate.of_month(2021, 8),
              category=lane),
        Event("talks", "Talks in Kinshasa", FuzzyDate.of_ymd(2021, 4, 4), category="meeting"),
    ])
    timeline.era_lanes = frozenset({lane})
    return timeline


def test_the_era_lanes_round_trip_as_version_7() -> None:
    # (the lane as the editor keeps "Filling phases" typed; written as shown: session 41)
    timeline = _dam_timeline("filling phases")
    text = dumps(timeline)
    document = json.loads(text)
    assert document["version"] == ERA_LANES_VERSION == 7
    assert document["era_lanes"] == ["Filling phases"]
    back = loads(text)
    assert back.era_lanes == frozenset({"filling phases"})
    assert back.is_era_lane("filling phases") and not back.is_era_lane("meeting")
    assert dumps(back) == text
    assert native.needed_version(native.snapshot(timeline)) == 7


def test_no_era_lane_at_all_is_kept_too() -> None:
    """An empty list says "none", which is not the default (a lane "Eras" shown as rows)."""
    timeline = Timeline.from_events([Event("c", "Cold War", FuzzyDate.of_year(1947),
                                           category="eras")])
    assert timeline.is_era_lane("eras")
    timeline.era_lanes = frozenset()
    back = loads(dumps(timeline))
    assert back.era_lanes == frozenset() and not back.is_era_lane("eras")


def test_without_a_choice_a_file_keeps_its_version_and_the_default() -> None:
    timeline = loads(json.dumps(sample()))
    assert timeline.era_lanes is None
    text = dumps(timeline)
    assert "era_lanes" not in text and json.loads(text)["version"] == 1
    assert timeline.is_era_lane("era") and timeline.is_era_lane("eras")
    assert not timeline.is_era_lane("Eras")  # (lanes are kept lower case: "eras")


@pytest.mark.parametrize(("lanes", "version", "place", "problem"), [
    (["x"], 5, "$.era_lanes", "is a key of version 7, but the file says version 5"),
    (["x", "y", "x"], 7, "$.era_lanes[2]", "lists the lane 'x' twice"),
])
def test_a_wrong_list_is_refused_with_its_place(lanes: list[str], version: int, place: str,
                                                problem: str) -> None:
    doc: dict[str, Any] = sample()
    doc["version"] = version
    doc["era_lanes"] = lanes
    with pytest.raises(FormatError) as info:
        loads(json.dumps(doc))
    assert info.value.place == place
    assert problem in str(info.value)


def test_the_schema_says_the_key_needs_version_7() -> None:
    schema = json_schema()
    assert "era_lanes" in schema["properties"]
    assert {"if": {"required": ["era_lanes"]},
            "then": {"properties": {"version": {"minimum": 7}}}} in schema["allOf"]


def test_timelinejs_writes_any_era_lane_as_eras_and_reads_it_back_as_one() -> None:
    timeline = _dam_timeline()
    document = json.loads(dumps_timelinejs(timeline))
    assert [e["text"]["headline"] for e in document["eras"]] == [
        "First filling", "Second filling"]
    assert [e["text"]["headline"] for e in document["events"]] == ["Talks in Kinshasa"]
    back = loads_timelinejs(dumps_timelinejs(timeline)).timeline
    assert {e.id: e.category for e in back} == {
        "f1": "Filling phases", "f2": "Filling phases", "talks": "meeting"}
    assert back.era_lanes == frozenset({"Filling phases"})


def test_timelinejs_eras_of_another_tool_are_an_era_lane() -> None:
    document = {"events": [{"start_date": {"year": 2021}, "text": {"headline": "Talks"}}],
                "eras": [{"start_date": {"year": 2020}, "end_date": {"year": 2021},
                          "text": {"headline": "First filling"}}]}
    timeline = loads_timelinejs(json.dumps(document)).timeline
    era = next(e for e in timeline if e.title == "First filling")
    assert era.category == "era" and timeline.is_era_lane("era")
    assert timeline.era_lanes is None  # the default says so: nothing to write


def test_an_era_lane_shown_as_rows_is_written_as_slides() -> None:
    timeline = Timeline.from_events([Event("c", "Cold War", FuzzyDate.of_year(1947),
                                           end=FuzzyDate.of_year(1991), category="eras")])
    timeline.era_lanes = frozenset()
    document = json.loads(dumps_timelinejs(timeline))
    assert "eras" not in document and len(document["events"]) == 1
    assert loads_timelinejs(dumps_timelinejs(timeline)).timeline.era_lanes == frozenset()


def test_timeline_project_writes_any_era_lane_as_eras_and_reads_it_back_as_one() -> None:
    timeline = _dam_timeline()
    text = dumps_timeline_project(timeline)
    assert text.count("<era>") == 2 and "<name>Filling phases</name>" not in text
    back = loads_timeline_project(text.encode()).timeline
    assert {e.id: e.category for e in back} == {
        "f1": "Filling phases", "f2": "Filling phases", "talks": "meeting"}
    assert back.era_lanes == frozenset({"Filling phases"})


def test_icalendar_keeps_the_choice_in_its_own_property() -> None:
    from timeline_app.io.ical import dumps_icalendar, loads_icalendar

    timeline = _dam_timeline()
    back = loads_icalendar(dumps_icalendar(timeline)).timeline
    assert back.era_lanes == frozenset({"Filling phases"})


def test_an_empty_list_in_an_older_file_is_refused_as_the_schema_does() -> None:
    doc: dict[str, Any] = sample()
    doc["era_lanes"] = []
    with pytest.raises(FormatError) as info:
        loads(json.dumps(doc))
    assert info.value.place == "$.era_lanes"
