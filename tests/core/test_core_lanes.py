"""Lanes changed as a whole (``core.lanes``), without Qt: renamed, merged, events moved."""

from __future__ import annotations

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.lanes import (
    LaneChange,
    joined_lanes,
    lane_names,
    move_to_lane,
    rename_lane,
)


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


# -- the lanes' order (lanes18) ---------------------------------------------------------------
def test_a_lane_moves_up_down_to_top_and_to_bottom() -> None:
    from timeline_app.core.lanes import moved_lane

    lanes = ["a", "b", "c", "d"]
    assert moved_lane(lanes, "c", "up") == ["a", "c", "b", "d"]
    assert moved_lane(lanes, "b", "down") == ["a", "c", "b", "d"]
    assert moved_lane(lanes, "c", "top") == ["c", "a", "b", "d"]
    assert moved_lane(lanes, "a", "bottom") == ["b", "c", "d", "a"]
    assert moved_lane(lanes, "a", "up") == lanes and moved_lane(lanes, "d", "down") == lanes
    assert lanes == ["a", "b", "c", "d"]  # not changed
    with pytest.raises(ValueError):
        moved_lane(lanes, "x", "up")
    with pytest.raises(ValueError):
        moved_lane(lanes, "a", "sideways")  # type: ignore[arg-type]


def test_a_reorder_is_the_whole_shown_order_or_nothing() -> None:
    from timeline_app.core.lanes import reorder_lane

    timeline = Timeline.from_events([Event("e", "E", FuzzyDate.of_ymd(2024, 1, 1),
                                           category="visit")])
    change = reorder_lane(timeline, ["treaty", "visit"], "visit", "up")
    assert change and change.new_order == ("visit", "treaty") and change.old_order == ()
    assert not change.new_events and change.new_colors == change.old_colors
    assert timeline.lane_order == []  # read, not changed
    assert not reorder_lane(timeline, ["treaty", "visit"], "treaty", "up")


def test_a_renamed_lane_keeps_its_place_and_a_merged_one_leaves_it() -> None:
    from timeline_app.core.lanes import renamed_order

    order = ["visit", "treaty", "meeting"]
    assert renamed_order(order, "treaty", "accords", merging=False) == (
        "visit", "accords", "meeting")
    assert renamed_order(order, "treaty", "visit", merging=True) == ("visit", "meeting")
    assert renamed_order(order, "treaty", "dispute", merging=True) == (
        "visit", "dispute", "meeting")  # the lane it joined was not listed: it takes the place
    assert renamed_order(order, "policy", "x", merging=False) == tuple(order)
    assert renamed_order([], "treaty", "accords", merging=False) == ()


def test_a_rename_carries_the_order_in_its_change() -> None:
    events = [Event(f"e{n}", "E", FuzzyDate.of_ymd(2024, 1, 1), category=c)
              for n, c in enumerate(["treaty", "visit"])]
    timeline = Timeline.from_events(events, lane_order=["visit", "treaty"])
    change = rename_lane(timeline, "visit", "trips")
    assert change.old_order == ("visit", "treaty") and change.new_order == ("trips", "treaty")
    assert move_to_lane(timeline, ["e0"], "visit").new_order == ("visit", "treaty")


def test_a_lane_dropped_at_a_place_takes_it() -> None:
    from timeline_app.core.lanes import moved_lane

    lanes = ["a", "b", "c", "d"]
    assert moved_lane(lanes, "a", 2) == ["b", "c", "a", "d"]
    assert moved_lane(lanes, "d", 0) == ["d", "a", "b", "c"]
    assert moved_lane(lanes, "b", 99) == ["a", "c", "d", "b"]  # kept within the list
    assert moved_lane(lanes, "b", 1) == lanes
    with pytest.raises(ValueError):
        moved_lane(lanes, "a", True)  # type: ignore[arg-type]  # not a place


def test_an_imported_category_joins_the_lane_it_names_but_for_case() -> None:
    """verify21 F3: "Meeting" read from a CSV and the app's lane "meeting" were two lanes."""
    day = FuzzyDate.of_ymd(2024, 5, 3)
    events = [Event(id=str(n), title=str(n), date=day, category=category)
              for n, category in enumerate([" Meeting ", "meeting", "Visit", "USA", "usa ",
                                            "", "Treaty"])]
    joined = joined_lanes(events, ["Treaty", "meeting", "visit"])
    assert [e.category for e in joined] == ["meeting", "meeting", "visit", "USA", "USA", "",
                                            "Treaty"]
    assert joined[1] is events[1] and joined[6] is events[6]  # unchanged: the same events
    # The first lane named wins: the timeline's own "Visit" before the built-in "visit".
    assert joined_lanes(events[2:3], ["Visit", "visit"]) == events[2:3]

def test_a_rename_keeps_the_shown_place_of_a_lane_the_order_does_not_list() -> None:
    """verify22, finding 4: with no order set a lane's place came from its name, so a
    rename moved it; given the lanes as shown, the order is written with the new name in
    the old one's place.  A merge writes nothing; a listed lane keeps its listed place."""
    timeline = _timeline()
    shown = ["treaty", "visit", "meeting", ""]
    change = rename_lane(timeline, "treaty", "deadlines", shown=shown)
    assert change.old_order == () and change.new_order == ("deadlines", "visit", "meeting", "")
    assert rename_lane(timeline, "treaty", "visit", shown=shown).new_order == ()  # a merge
    assert rename_lane(timeline, "treaty", "deadlines").new_order == ()  # nothing shown
    timeline.lane_order = ["visit", "treaty"]
    change = rename_lane(timeline, "treaty", "deadlines", shown=["visit", "treaty", "meeting"])
    assert change.new_order == ("visit", "deadlines")
    change = rename_lane(timeline, "meeting", "rounds", shown=["visit", "treaty", "meeting"])
    assert change.new_order == ("visit", "treaty", "rounds")  # not listed: now it is


def test_move_to_lane_of_a_few_events_looks_them_up_in_date_order(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A few events of many are looked up (session 49, edit55: a pass over every event of
    a 1 000 000-event timeline, ~0.7 s of each Move to Lane); the change is the one the
    pass over the timeline gives: the same events, in date order."""
    import datetime as dt

    from timeline_app.core import lanes as lanes_module

    events = [Event(f"e{i}", f"E{i}", FuzzyDate.of_day(dt.date(2000, 1, 1 + i % 28)),
                    category="A" if i % 3 else "B") for i in range(300)]
    timeline = Timeline.from_events(events)
    chosen = ["e250", "e7", "missing", "e100", "e7", "e3", "e31"]
    looked_up = move_to_lane(timeline, chosen, "B")
    monkeypatch.setattr(lanes_module, "_LOOKED_UP", 0)  # the pass over every event
    assert looked_up == move_to_lane(timeline, chosen, "B")
    assert [e.id for e in looked_up.old_events] == ["e31", "e7", "e100", "e250"]
