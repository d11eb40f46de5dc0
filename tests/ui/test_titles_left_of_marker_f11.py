"""verify43 F11: a title cut short for the title after it in its row, with the row empty
left of its marker ("Serbia and Kosovo…" at 1366 px over 2021-2025, 400 px free there),
goes left of its marker whole instead, in ``pack_lane`` and in the world's chunks
(``chunk_packing``: never across the chunk's left seam)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Timeline
from timeline_app.ui.chunk_packing import WorldLane
from timeline_app.ui.layout import ITEM_GAP, LABEL_GAP, POINT_RADIUS, LaneItem, pack_lane

#: A point whose title (300 px) would be cut to 78 px for the one 100 px after it.
FIRST = LaneItem("a", 500.0, 500.0, 300.0, 60.0)
NEXT = LaneItem("b", 600.0, 600.0, 100.0, 60.0)
FLIPPED_X = 500.0 - POINT_RADIUS - LABEL_GAP - 300.0


def _items_in(items: list[LaneItem]):  # type: ignore[no-untyped-def]
    def items_in(a: float, b: float, least_bar: float) -> list[LaneItem]:
        return [it for it in items if it.x0 < b and it.x1 - it.x0 >= least_bar]
    return items_in


def test_pack_lane_puts_the_title_before_left_of_its_marker_rather_than_cut_it() -> None:
    packing = pack_lane([FIRST, NEXT], 1)
    by_key = {p.key: p for p in packing.placements}
    assert by_key["a"].label_x == FLIPPED_X and by_key["a"].label_width == 300.0
    assert by_key["b"].label_x > NEXT.x0 and by_key["b"].label_width == 100.0
    assert not packing.clusters


def test_pack_lane_cuts_it_as_before_where_the_left_has_no_room() -> None:
    # the view's left edge
    cut = pack_lane([FIRST, NEXT], 1, view_left=FLIPPED_X + 1)
    first = next(p for p in cut.placements if p.key == "a")
    assert first.label_x > FIRST.x0 and first.label_width == 600.0 - POINT_RADIUS - ITEM_GAP - (
        500.0 + POINT_RADIUS + LABEL_GAP)
    # the row's title before it
    before = LaneItem("c", 100.0, 100.0, 150.0, 60.0)
    cut = pack_lane([before, FIRST, NEXT], 1)
    first = next(p for p in cut.placements if p.key == "a")
    assert first.label_x > FIRST.x0 and first.label_width < 300.0


def test_a_chunk_puts_it_left_of_its_marker_but_never_across_its_left_seam() -> None:
    chunk = WorldLane(_items_in([FIRST, NEXT]), 2560.0, 1).chunk(0)
    by_key = {p.key: p for p in chunk.placements}
    assert by_key["a"].label_x == FLIPPED_X and by_key["a"].label_width == 300.0
    assert by_key["b"].label_width == 100.0
    # the same two 250 px into chunk 1: the title would start left of its seam
    shifted = [it._replace(x0=it.x0 + 2310.0, x1=it.x1 + 2310.0) for it in (FIRST, NEXT)]
    chunk = WorldLane(_items_in(shifted), 2560.0, 1).chunk(1)
    first = next(p for p in chunk.placements if p.key == "a")
    assert first.label_x > shifted[0].x0 and first.label_width < 300.0


def test_a_chunk_puts_its_own_title_left_of_its_marker_before_a_seam_item() -> None:
    """A title right of its marker would meet the right seam's item: whole on the left
    where it was cut before that item."""
    seam_item = LaneItem("s", 2000.0, 2000.0, 300.0, 60.0)  # (its widest title: past 2560)
    own = LaneItem("a", 1900.0, 1900.0, 300.0, 60.0)
    chunk = WorldLane(_items_in([own, seam_item]), 2560.0, 1).chunk(0)
    placed = next(p for p in chunk.placements if p.key == "a")
    assert placed.label_x == 1900.0 - POINT_RADIUS - LABEL_GAP - 300.0
    assert placed.label_width == 300.0


def test_a_seams_items_put_a_title_left_of_its_marker_within_half_a_chunk() -> None:
    """Two items across the seam at 2560 (their widest titles reach past it): the first
    title goes left of its marker for the second, in both chunks alike.  Where it would
    start more than half a chunk before the seam (chunks of 1176 px: 588), it is cut."""
    near = [LaneItem("a", 2300.0, 2300.0, 300.0, 60.0), LaneItem("b", 2400.0, 2400.0, 100.0)]
    lane = WorldLane(_items_in(near), 2560.0, 1)
    left, right = ({p.key: p for p in lane.chunk(k).placements} for k in (0, 1))
    assert left["a"].label_x == 2300.0 - POINT_RADIUS - LABEL_GAP - 300.0
    assert left["a"].label_width == 300.0
    assert all(right[key] == left[key] for key in right.keys() & left.keys())
    far = [LaneItem("a", 700.0, 700.0, 300.0, 60.0), LaneItem("b", 800.0, 800.0, 100.0)]
    placed = {p.key: p for p in WorldLane(_items_in(far), 1176.0, 1).chunk(0).placements}
    assert placed["a"].label_x > 700.0 and placed["a"].label_width < 300.0


def _crowded() -> Timeline:
    """Meetings a day apart in April 2025 (more than a lane's rows), an event in January
    (room for titles left of them) and one in June
    so that the view of 2025 has data past its right edge (the world's chunks)."""
    events = [Event(f"m{i}", f"Round {i} of the nuclear talks in Vienna or Geneva",
                    FuzzyDate(2025, 4, 1 + i), category="meeting") for i in range(12)]
    events.append(Event("early", "Talks called", FuzzyDate(2025, 1, 5), category="event"))
    events.append(Event("late", "Talks end", FuzzyDate(2025, 6, 20), category="meeting"))
    # (and a busy autumn, off the view: a lane of 24 events has six rows, a lane of 13
    # nearly a row for each since fit46's ``LANE_ROWS_EASED``)
    events += [Event(f"n{i}", f"Autumn round {i}", FuzzyDate(2025, 10, 1 + i),
                     category="meeting") for i in range(11)]
    return Timeline.from_events(events)


@pytest.mark.usefixtures("world_packing", "swapped_at_rest")
def test_the_view_shows_titles_whole_left_of_their_markers(shown_view) -> None:  # type: ignore[no-untyped-def]
    """Twelve meetings in six rows: the first six titles left of their markers, the
    next six right of theirs (before: six, and a "+6")."""
    view = shown_view(_crowded(), size=(900, 300), fit=False)
    view.show_range(dt.date(2025, 3, 1).toordinal(), dt.date(2025, 5, 31).toordinal())
    QApplication.processEvents()
    assert view._world_beyond_the_right()  # (the world's chunks, once packed)
    lane = next(lane for lane in view._layout().lanes if lane.category == "meeting")
    whole_left_of_marker = [item for item in lane.items
                            if item.label_rect.right() <= item.marker.left()
                            and not item.label.endswith("…")]
    assert len(whole_left_of_marker) == 6
    assert len(lane.items) == 12 and not lane.badges
