"""verify73 F17: a Timeline Project file's lanes came out alphabetically (Correction,
Future, Planned Release) where the file lists its categories Planned, Correction, Future:
the import set no lane order.  It keeps the file's, each category's children after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.exchange import category_from_display
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT.parent / "shared" / "formats" / "timeline-project-example.timeline"


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="../shared/formats is not here")
def test_the_example_file_keeps_its_categories_order() -> None:
    timeline = loads_timeline_project(EXAMPLE.read_bytes(), str(EXAMPLE)).timeline
    assert timeline.lane_order == ["Planned Release", "Correction Release", "Future Release"]


def _category(name: str, parent: str = "") -> str:
    return (f"<category><name>{name}</name><color>10,20,30</color>"
            + (f"<parent>{parent}</parent>" if parent else "") + "</category>")


def _file(categories: list[str], events: list[tuple[str, str]]) -> bytes:
    """A Timeline Project file of ``categories`` and (text, category) events."""
    rows = "".join(
        f"<event><start>2020-0{1 + at}-01 00:00:00</start><end>2020-0{1 + at}-01 00:00:00"
        f"</end><text>{text}</text><fuzzy>False</fuzzy><locked>False</locked>"
        f"<ends_today>False</ends_today><category>{category}</category></event>"
        for at, (text, category) in enumerate(events))
    return (f"<?xml version='1.0' encoding='utf-8'?><timeline><version>2.3.0</version>"
            f"<timetype>gregoriantime</timetype><categories>{''.join(categories)}"
            f"</categories><events>{rows}</events></timeline>").encode()


def test_children_come_right_after_their_parent() -> None:
    data = _file([_category("Zeta"), _category("Alpha"), _category("Zeta one", "Zeta"),
                  _category("Alpha one", "Alpha"), _category("Zeta two", "Zeta"),
                  _category("Zeta one child", "Zeta one")],
                 [("a", "Alpha"), ("b", "Zeta two"), ("c", "Zeta one child"), ("d", "Zeta")])
    timeline = loads_timeline_project(data).timeline
    assert timeline.lane_order == [category_from_display(name) for name in (
        "Zeta", "Zeta one", "Zeta one child", "Zeta two", "Alpha", "Alpha one")]


def test_a_loop_of_parents_keeps_the_files_order() -> None:
    data = _file([_category("B", "A"), _category("A", "B"), _category("C")],
                 [("x", "A"), ("y", "B"), ("z", "C")])
    assert loads_timeline_project(data).timeline.lane_order == [
        category_from_display(name) for name in "CBA"]


def test_our_own_export_read_back_keeps_its_lane_order_or_none() -> None:
    events = [Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2020, 1 + n, 1), category=lane)
              for n, lane in enumerate(["talks", "sanctions", "agreement"])]
    plain = Timeline.from_events(events, title="T")
    assert loads_timeline_project(dumps_timeline_project(plain)).timeline.lane_order == []
    ordered = Timeline.from_events(events, title="T", lane_order=["sanctions", "agreement"])
    back = loads_timeline_project(dumps_timeline_project(ordered)).timeline
    assert back.lane_order == ["sanctions", "agreement"]
