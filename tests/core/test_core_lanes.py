"""Lanes changed as a whole (``core.lanes``), without Qt: renamed, merged, events moved."""

from __future__ import annotations

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.lanes import LaneChange, lane_names, move_to_lane, rename_lane


def _timeline() -> Timeline:
    events = [Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2024, 3, 1 + n % 3), category=c)
              for n, c in enumerate(["treaty", "visit", "treaty", "", "meeting", "treaty"])]
    return Timeline.from_events(events, category_colors={"treaty": "#ff0000",
                                                         "visit": "#00ff00"})


def test_a_rename_moves_every_event_of_the_lane_and_its_colour() -> None:
    timeline = _timeline()
    before = list(timeline.events)
    change = rename_lane(timeline, "treaty", "accords")
    assert [e.id for e in change.old_events] == ["e0", "e2", "e5"]
    assert [e.id for e in change.new_events] == ["e0", "e2", "e5"]
    assert {e.category for e in change.new_events} == {"accords"}
    # only the category differs
    assert [e.title for e in change.new_events] == [e.title for e in change.old_events]
    assert change.old_colors == {"treaty": "#ff0000", "visit": "#00ff00"}
    assert change.new_colors == {"accords": "#ff0000", "visit": "#00ff00"}
    assert list(timeline.events) == before  # the timeline is only read


def test_a_merge_keeps_the_target_lane_s_own_look() -> None:
    timeline = _timeline()
    change = rename_lane(timeline, "treaty", "visit")
    assert change.new_colors == {"visit": "#00ff00"}
    change = rename_lane(timeline, "treaty", "meeting")  # meeting: no chosen colour
    assert change.new_colors == {"visit": "#00ff00"}
    assert lane_names(timeline) == {"treaty", "visit", "", "meeting"}


def test_uncategorised_events_can_be_given_a_lane() -> None:
    change = rename_lane(_timeline(), "", "talks")
    assert [(e.id, e.category) for e in change.new_events] == [("e3", "talks")]


def test_a_lane_name_may_not_be_empty_and_the_same_name_changes_nothing() -> None:
    timeline = _timeline()
    for name in ("", "  ", "\t"):
        with pytest.raises(ValueError, match="needs a name"):
            rename_lane(timeline, "treaty", name)
        with pytest.raises(ValueError, match="needs a name"):
            move_to_lane(timeline, ["e0"], name)
    assert not rename_lane(timeline, "treaty", "treaty")
    assert not rename_lane(timeline, "nobody", "x")
    assert not LaneChange()


def test_hostile_names_are_kept_as_typed() -> None:
    for name in ("<b>x</b>", "<img src=/dev/zero>"):
        change = rename_lane(_timeline(), "visit", name)
        assert [e.category for e in change.new_events] == [name]
        assert change.new_colors[name] == "#00ff00"


def test_move_to_lane_leaves_out_unknown_repeated_and_already_there() -> None:
    timeline = _timeline()
    change = move_to_lane(timeline, ["e1", "e0", "nope", "e1", "e4"], "visit")
    assert [e.id for e in change.old_events] == ["e0", "e4"]  # timeline order
    assert {e.category for e in change.new_events} == {"visit"}
    assert change.new_colors == change.old_colors
    assert not move_to_lane(timeline, ["e1"], "visit")
    assert not move_to_lane(timeline, [], "visit")


def test_a_renamed_lane_keeps_the_colour_it_was_shown_in_unless_merged() -> None:
    timeline = _timeline()
    change = rename_lane(timeline, "meeting", "summits", "#123456")
    assert change.new_colors == {"treaty": "#ff0000", "visit": "#00ff00",
                                 "summits": "#123456"}
    assert rename_lane(timeline, "treaty", "summits", "#123456").new_colors["summits"] \
        == "#ff0000"  # a chosen colour wins
    assert rename_lane(timeline, "meeting", "visit", "#123456").new_colors == {
        "treaty": "#ff0000", "visit": "#00ff00"}
