"""A lane of periods a person named "Eras" is written as the other tool's eras (verify34 F5).

A teacher's "Cold War, 1947–1991" and "Moon Jae-in presidency" in a lane he named "Eras"
became ordinary TimelineJS slides (the Cold War the class website's first slide): only a
lane called exactly "era" (as an import of eras names it) was written as eras."""

from __future__ import annotations

import json

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs


def _class_timeline() -> Timeline:
    return Timeline.from_events([
        Event("cold", "Cold War", FuzzyDate.of_year(1947), end=FuzzyDate.of_year(1991),
              category="eras"),
        Event("treaty", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 6, 22), category="treaty"),
    ])


def test_an_eras_lane_is_written_as_timelinejs_eras_and_read_back_as_it_was() -> None:
    timeline = _class_timeline()
    document = json.loads(dumps_timelinejs(timeline))
    assert [e["text"]["headline"] for e in document["events"]] == [
        "Treaty on Basic Relations signed in Tokyo"]
    (era,) = document["eras"]
    assert era["text"]["headline"] == "Cold War"
    assert (era["start_date"]["year"], era["end_date"]["year"]) == (1947, 1991)
    back = loads_timelinejs(dumps_timelinejs(timeline)).timeline
    cold = back.events_by_id()["cold"] if hasattr(back, "events_by_id") else next(
        e for e in back if e.id == "cold")
    assert (cold.category, cold.date, cold.end) == ("eras", FuzzyDate.of_year(1947),
                                                    FuzzyDate.of_year(1991))


def test_an_eras_lane_is_written_as_timeline_project_eras_and_read_back_as_it_was() -> None:
    timeline = _class_timeline()
    text = dumps_timeline_project(timeline)
    assert "<eras>" in text and "<name>Cold War</name>" in text.split("<events>")[0]
    assert "<name>Eras</name>" not in text  # no category of that name
    back = loads_timeline_project(text.encode("utf-8")).timeline
    cold = next(e for e in back if e.title == "Cold War")
    assert (cold.category, cold.date, cold.end) == ("eras", FuzzyDate.of_year(1947),
                                                    FuzzyDate.of_year(1991))
