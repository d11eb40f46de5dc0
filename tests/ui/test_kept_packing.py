"""``layout.KeptPacking``: a lane's packing resumed with the events a pan brings in
(issue 11, session 66, scale76) is the one greedy pass over them all would give."""

from __future__ import annotations

import random

from timeline_app.ui.layout import (
    SPAN_LABEL_PAD,
    KeptPacking,
    LaneItem,
    _pack,
    pack_lane,
)


def _items(seed: int, count: int = 400, width: float = 6000.0) -> list[LaneItem]:
    rng = random.Random(seed)
    items = []
    for index in range(count):
        x0 = rng.uniform(-300.0, width)
        span = rng.random() < 0.3
        x1 = x0 + rng.uniform(3.0, 400.0) if span else x0
        label = rng.uniform(30.0, 260.0)
        items.append(LaneItem(f"e{index}", x0, x1, label, min(label, 40.0)))
    items.sort(key=lambda it: it.x0)
    return items


def test_resumed_in_pieces_is_one_greedy_pass() -> None:
    for seed in range(6):
        items = _items(seed)
        rows = 3 + seed % 4
        whole_ends: list[float] = []
        whole = []
        last: list[tuple[int, float, float, float]] = []
        clusters = _pack(items, rows, 0.0, float("inf"), SPAN_LABEL_PAD, whole_ends, whole,
                         last)
        kept = KeptPacking(rows, 0.0)
        cuts = sorted(random.Random(seed).sample(range(1, len(items)), 12))
        for a, b in zip([0, *cuts], [*cuts, len(items)], strict=True):
            kept.extend(items[a:b])
        packing = kept.packing()
        assert packing.placements == whole
        assert [(c.x0, c.x1, c.keys) for c in packing.clusters] == [
            (c.x0, c.x1, c.keys) for c in clusters]
        assert packing.rows_used == len(whole_ends)


def test_moved_titles_are_reported() -> None:
    # A row's last title moved left of its marker or cut for an item that came in:
    # its index among the placements is returned, so the view makes its item again.
    kept = KeptPacking(1, 0.0)
    kept.extend([LaneItem("a", 300.0, 300.0, 200.0, 40.0)])
    before = kept.placements[0]
    changed = kept.extend([LaneItem("b", 420.0, 420.0, 60.0, 40.0)])
    assert kept.placements[0] != before
    assert changed == {0}
    assert [p.key for p in kept.placements] == ["a", "b"]


def test_first_view_wide_and_covering_as_pack_lane() -> None:
    # The pan's first view packs its wide and covering spans after the narrow items,
    # as ``pack_lane`` does; with no title near the right edge the packing is its.
    items = [LaneItem("year", -500.0, 2000.0, 60.0, 40.0),
             LaneItem("half", 10.0, 700.0, 60.0, 40.0),
             LaneItem("p1", 40.0, 40.0, 80.0, 40.0),
             LaneItem("p2", 60.0, 60.0, 80.0, 40.0),
             LaneItem("p3", 300.0, 300.0, 80.0, 40.0)]
    kept = KeptPacking(4, 0.0)
    kept.first(items, 1000.0)
    expected = pack_lane(items, 4, 0.0, 1000.0)
    assert kept.packing().placements == expected.placements
    assert kept.packing().rows_used == expected.rows_used
