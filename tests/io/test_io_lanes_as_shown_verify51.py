"""verify51 F13: lanes typed "The war" and "Armistice negotiations" were saved in the native
file as "the war" and "armistice negotiations" (``category``, ``lane_order``), while the
window, the CSV and the TimelineJS export showed the capitals.  The file writes each lane as
the app shows it and reads it back as the lane it was; files of before open as they were; a
lane that would read back as another (one kept with its capital, "Treaty", which no editing
in the app makes) is listed in ``kept_lanes``, version 10, so the round trip stays exact."""

from __future__ import annotations

import datetime as dt
import json

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import LeftOut
from timeline_app.io import dumps, loads, native
from timeline_app.io.exchange import category_from_display
from timeline_app.io.native_schema import KEPT_LANES_VERSION


def _korea(lanes: list[str]) -> Timeline:
    timeline = Timeline.from_events(
        [Event(f"e{n}", f"Event {n}", FuzzyDate.of_year(1945 + n), category=lane)
         for n, lane in enumerate(lanes)], title="Korea",
        category_colors={lanes[0]: "#123456"}, lane_order=list(lanes))
    timeline.era_lanes = frozenset({lanes[-1]})
    timeline.left_out = [LeftOut("src-1", "S.", lanes[1], "1950", dt.date(2026, 12, 4))]
    return timeline


def test_typed_lanes_are_written_as_shown_and_read_back() -> None:
    typed = ["Division of Korea", "The war", "Armistice negotiations", "USA", "era"]
    lanes = [category_from_display(name) for name in typed]  # as the editor keeps them
    assert lanes == ["Division of Korea", "the war", "armistice negotiations", "USA", "era"]
    timeline = _korea(lanes)
    text = dumps(timeline)
    document = json.loads(text)
    assert [e["category"] for e in document["events"]] == [
        "Division of Korea", "The war", "Armistice negotiations", "USA", "Era"]
    assert document["lane_order"] == [
        "Division of Korea", "The war", "Armistice negotiations", "USA", "Era"]
    assert document["category_colors"] == {"Division of Korea": "#123456"}
    assert document["era_lanes"] == ["Era"]
    assert document["left_out"][0]["category"] == "The war"
    assert "kept_lanes" not in document and document["version"] == 8  # (left_out)
    back = loads(text)
    assert [e.category for e in back] == lanes
    assert back.lane_order == lanes and back.era_lanes == frozenset({"era"})
    assert back.category_colors == {"Division of Korea": "#123456"}
    assert back.left_out[0].category == "the war"
    assert dumps(back) == text


def test_a_file_of_before_opens_as_it_was() -> None:
    document = json.loads(dumps(_korea(["division of korea", "the war", "era"])))
    for event in document["events"]:  # as the writer of before wrote them
        event["category"] = event["category"].lower()
    document["lane_order"] = ["division of korea", "the war", "era"]
    document["era_lanes"] = ["era"]
    back = loads(json.dumps(document))
    assert [e.category for e in back] == ["division of korea", "the war", "era"]
    assert back.lane_order == ["division of korea", "the war", "era"]


def test_a_lane_kept_with_its_capital_is_listed_and_comes_back_exactly() -> None:
    timeline = _korea(["Treaty", "treaty", "Meeting"])  # two lanes shown alike, and one more
    text = dumps(timeline)
    document = json.loads(text)
    assert document["version"] == KEPT_LANES_VERSION == 10
    assert document["kept_lanes"] == ["Meeting", "Treaty"]
    assert [e["category"] for e in document["events"]] == ["Treaty", "treaty", "Meeting"]
    assert native.needed_version(timeline) == 10
    back = loads(text)
    assert [e.category for e in back] == ["Treaty", "treaty", "Meeting"]
    assert back.lane_order == ["Treaty", "treaty", "Meeting"]
    assert dumps(back) == text
