"""An event added to a lane with rows for all its events hides none of the others
(verify57 F8): a spring 2026 vote added by double-click to her Mercosur–EU lane of 10
took the row of "EU member states approve deal…" (9 January 2026), which joined a "+1"
until Fit All, though a lane of at most 12 events has a row for each (README).  The rule
that an event whose row an added one takes joins the "+N" (verify54 F13: the others stay
in their rows) is kept for a lane with fewer rows than events."""

from __future__ import annotations

from timeline_app.ui.layout import LaneItem, pack_lane

# rows before: A 0, B 1, C 2; N added (no row before) reaches over B's and C's markers
A = LaneItem("a", 0.0, 0.0, 300.0)
N = LaneItem("new", 50.0, 50.0, 200.0)
B = LaneItem("b", 100.0, 100.0, 300.0)
C = LaneItem("c", 200.0, 200.0, 100.0)
BEFORE = {"a": 0, "b": 1, "c": 2}


def _pack(max_rows: int):  # type: ignore[no-untyped-def]
    return pack_lane([A, N, B, C], max_rows, view_left=0.0, view_right=1000.0,
                     rows_before=lambda key: BEFORE.get(key, -1))


def test_with_a_row_for_each_event_the_one_whose_row_was_taken_gets_a_new_row() -> None:
    packing = _pack(max_rows=4)
    rows = {p.key: p.row for p in packing.placements}
    assert not packing.clusters
    assert rows["a"] == 0 and rows["c"] == 2  # the others keep their rows
    assert rows["new"] == 1 and rows["b"] == 3  # the one displaced goes below, shown


def test_with_fewer_rows_than_events_it_joins_the_badge_as_before() -> None:
    packing = _pack(max_rows=3)
    rows = {p.key: p.row for p in packing.placements}
    assert rows == {"a": 0, "new": 1, "c": 2}
    assert [cluster.keys for cluster in packing.clusters] == [["b"]]
