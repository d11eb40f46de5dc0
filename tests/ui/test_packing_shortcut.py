"""The packing shortcut for crowded lanes (issue 11): once every row is taken, events
left of the rows' reach join a cluster without being placed.  The packing must be the
one the full greedy pass gives, whatever the lane."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.ui import layout
from timeline_app.ui.layout import LaneItem, pack_lane

_items = st.lists(
    st.tuples(st.floats(-300, 1300), st.sampled_from([0.0, 0.0, 3.0, 40.0, 400.0, 1500.0]),
              st.floats(0, 560), st.sampled_from([None, 150.0, 60.0])),
    min_size=0, max_size=120)


def _lane(raw: list[tuple[float, float, float, float | None]]) -> list[LaneItem]:
    items = [LaneItem(f"e{i}", x0, x0 + length, width,
                      None if floor is None else min(floor, width))
             for i, (x0, length, width, floor) in enumerate(raw)]
    return sorted(items, key=lambda it: it.x0)


@settings(max_examples=200, deadline=None)
@given(_items, st.integers(1, 6), st.sampled_from([(0.0, 1000.0), (-1e9, 1e9), (50.0, 700.0)]))
def test_the_shortcut_packs_as_the_full_greedy_pass(raw, rows, view):
    items = _lane(raw)
    fast = pack_lane(items, rows, view_left=view[0], view_right=view[1])
    with pytest.MonkeyPatch.context() as patch:
        # no shortcut: ``_pack`` keeps the reach a row at a time (layout15), ``_reach``
        # asks every row; both end in ``_least_reach``
        patch.setattr(layout, "_least_reach", lambda *_args: float("-inf"))
        full = pack_lane(items, rows, view_left=view[0], view_right=view[1])
    assert fast.placements == full.placements
    assert fast.clusters == full.clusters
    assert fast.rows_used == full.rows_used


def test_a_crowded_lane_places_only_what_can_get_a_row(monkeypatch):
    """A hundred events 4 px apart in 2 rows: a few get a row (some by cutting the label
    before them), the others join clusters without being placed."""
    placed: list[str] = []
    real = layout._place

    def counted(item: LaneItem, *args: object) -> object:
        placed.append(item.key)
        return real(item, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(layout, "_place", counted)
    items = [LaneItem(f"e{i}", 10.0 + 4 * i, 10.0 + 4 * i, 200.0, 150.0) for i in range(100)]
    packing = pack_lane(items, 2, view_left=0.0, view_right=1000.0)
    assert len(packing.placements) < 10
    assert len(packing.placements) + sum(len(c.keys) for c in packing.clusters) == 100
    assert len(placed) < 40


@settings(max_examples=200, deadline=None)
@given(_items, st.integers(1, 6), st.sampled_from([(0.0, 1000.0), (-1e9, 1e9), (50.0, 700.0)]))
def test_labels_measured_on_demand_pack_as_measured_ones(raw, rows, view):
    """``measure``: an item with no width yet (negative) is measured only when packing
    places it; the packing is the one of items measured beforehand, and an item that joins
    a cluster by the shortcut is never measured."""
    items = _lane(raw)
    widths = {it.key: it for it in items}
    asked: list[str] = []

    def measure(item: LaneItem) -> LaneItem:
        asked.append(item.key)
        return widths[item.key]

    lazy = [LaneItem(it.key, it.x0, it.x1, -1.0) for it in items]
    on_demand = pack_lane(lazy, rows, view_left=view[0], view_right=view[1], measure=measure)
    known = pack_lane(items, rows, view_left=view[0], view_right=view[1])
    assert on_demand == known
    assert len(asked) == len(set(asked))  # never twice


def test_a_crowded_lane_measures_only_what_it_tries_to_place():
    asked: list[str] = []

    def measure(item: LaneItem) -> LaneItem:
        asked.append(item.key)
        return LaneItem(item.key, item.x0, item.x1, 200.0, 150.0)

    items = [LaneItem(f"e{i}", 10.0 + 4 * i, 10.0 + 4 * i, -1.0) for i in range(100)]
    packing = pack_lane(items, 2, view_left=0.0, view_right=1000.0, measure=measure)
    assert len(packing.placements) + sum(len(c.keys) for c in packing.clusters) == 100
    assert len(asked) < 40


# Crowded lanes up to the right edge, wide labels: the events whose labels flip left.
_crowded = st.lists(
    st.tuples(st.floats(300, 1000), st.sampled_from([0.0, 0.0, 0.0, 2.0, 30.0]),
              st.floats(80, 560), st.sampled_from([None, 150.0])),
    min_size=0, max_size=150)


@st.composite
def _lane_and_shares(draw):  # type: ignore[no-untyped-def]
    """A lane (``_items`` or ``_crowded``) and a share of each title's width for its lower
    bound, one a title: drawing 150 shares whatever the lane was 92 % of the test's CPU
    (5.3 of 5.8 s for its 300 examples; session 62, suite62)."""
    raw = draw(_items | _crowded)
    shares = draw(st.lists(st.floats(0.9, 1.0) | st.floats(0.0, 1.0),
                           min_size=len(raw), max_size=len(raw)))
    return raw, shares


@settings(max_examples=300, deadline=None)
@given(_lane_and_shares(), st.integers(1, 6),
       st.sampled_from([(0.0, 1000.0), (-1e9, 1e9), (50.0, 700.0)]),
       st.sampled_from([None, 0.0, 30.0]))
def test_width_bounds_pack_as_measured_labels(lane_and_shares, rows, view, slack):
    """``least_width`` / ``most_width`` (issue 11, cold frames): an unmeasured item whose
    label must go left of its marker for every width between the bounds, and finds no row
    there, joins a cluster unmeasured.  Whatever the bounds (any share of the width below,
    the largest width or more above), the packing is the one of measured items, and fewer
    or as many titles are measured as without them."""
    raw, shares = lane_and_shares
    items = _lane(raw)
    widths = {it.key: it for it in items}
    least = {it.key: it.label_width * shares[i] for i, it in enumerate(items)}
    most = max((it.label_width for it in items), default=0.0) + (slack or 0.0)
    asked: list[str] = []

    def measure(item: LaneItem) -> LaneItem:
        asked.append(item.key)
        return widths[item.key]

    lazy = [LaneItem(it.key, it.x0, it.x1, -1.0) for it in items]
    bounded = pack_lane(lazy, rows, view_left=view[0], view_right=view[1], measure=measure,
                        least_width=lambda item: least[item.key],
                        most_width=most if slack is not None else float("inf"))
    with_bounds = len(asked)
    asked.clear()
    unbounded = pack_lane(lazy, rows, view_left=view[0], view_right=view[1], measure=measure)
    known = pack_lane(items, rows, view_left=view[0], view_right=view[1])
    assert bounded == known == unbounded
    assert with_bounds <= len(asked)


def test_a_crowded_right_edge_is_clustered_unmeasured():
    """Points 3 px apart up to the right edge, 2 rows, titles 300 px wide: their labels
    must flip left of the markers, where the rows are taken; with the bounds known, only
    the events that get a row are measured."""
    asked: list[str] = []

    def measure(item: LaneItem) -> LaneItem:
        asked.append(item.key)
        return LaneItem(item.key, item.x0, item.x1, 300.0, 150.0)

    items = [LaneItem(f"e{i}", 400.0 + 3 * i, 400.0 + 3 * i, -1.0) for i in range(200)]
    packing = pack_lane(items, 2, view_left=0.0, view_right=1000.0, measure=measure,
                        least_width=lambda item: 290.0, most_width=560.0)
    placed = {p.key for p in packing.placements}
    assert len(placed) + sum(len(c.keys) for c in packing.clusters) == 200
    assert set(asked) == placed
    asked.clear()
    assert pack_lane(items, 2, view_left=0.0, view_right=1000.0, measure=measure) == packing
    assert len(asked) > 3 * len(placed)  # without the bounds: measured to be clustered


@pytest.mark.parametrize("seed", range(3))
def test_width_bounds_on_crowded_right_edges(seed):
    """As above on 600 random crowded lanes a seed (points and spans in the right 70 %
    of a 1 000 px view, titles of 80-560 px, lower bounds 90-100 % of the width): where
    the bounds decide, a bound one pixel off shows (checked: a left end 20 px too far
    left changed 6 % of these lanes)."""
    rng = random.Random(seed)
    for _ in range(600):
        raw = [(rng.uniform(300, 1000), rng.choice([0.0, 0.0, 2.0, 30.0]),
                rng.uniform(80, 560), rng.choice([None, 150.0]))
               for _ in range(rng.randint(1, 150))]
        items = _lane(raw)
        widths = {it.key: it for it in items}
        least = {it.key: it.label_width * rng.uniform(0.9, 1.0) for it in items}
        rows = rng.randint(1, 6)
        lazy = [LaneItem(it.key, it.x0, it.x1, -1.0) for it in items]
        bounded = pack_lane(lazy, rows, view_left=0.0, view_right=1000.0,
                            measure=lambda item, w=widths: w[item.key],
                            least_width=lambda item, low=least: low[item.key],
                            most_width=560.0)
        assert bounded == pack_lane(items, rows, view_left=0.0, view_right=1000.0)


_context_lane = st.lists(
    st.tuples(st.floats(-3000, 1200), st.sampled_from([0.0, 3.0, 40.0, 400.0, 600.0, 5000.0]),
              st.floats(0, 560), st.sampled_from([None, 150.0, 60.0])),
    min_size=0, max_size=150)


@settings(max_examples=300, deadline=None)
@given(_context_lane, st.integers(1, 6), st.sampled_from([(0.0, 1000.0), (50.0, 700.0)]),
       st.booleans())
def test_context_spans_pack_as_items(raw, rows, view, at_edge):
    """``pack_lane``'s ``context``: the spans wider than half the view starting at or
    left of its left edge, beyond the first ``rows`` of them in x0 order, given as keys
    only, pack as they do as items (issue 11: a busy lane at a month's zoom made ~400
    such items a frame only for them to join the "+N" at the edge)."""
    if at_edge:  # starting exactly at the edge: the boundary case
        raw = [(view[0] if length > 500 and i % 3 == 0 else x0, length, width, floor)
               for i, (x0, length, width, floor) in enumerate(raw)]
    items = _lane(raw)
    half = (view[1] - view[0]) / 2
    left_wide = [it for it in items if it.x0 <= view[0] and it.x1 - it.x0 > half
                 and it.x1 < view[1]]
    # (spans across both edges: ``covering``, the shortest first, as the view gives them)
    across = [it for it in items if it.x0 <= view[0] and it.x1 >= view[1]]
    first = sorted(across, key=lambda it: (it.x1 - it.x0, -it.x0))[:1]
    covering = [it.key for it in first + [it for it in across if it not in first]]
    context = {it.key for it in left_wide[rows:]} | set(covering)
    kept = [it for it in items if it.key not in context]
    as_items = pack_lane(items, rows, view_left=view[0], view_right=view[1])
    by_key = {it.key: it for it in items}
    as_context = pack_lane(kept, rows, view_left=view[0], view_right=view[1],
                           context=[it.key for it in left_wide[rows:]],
                           context_item=by_key.__getitem__, covering=covering)
    assert as_context.placements == as_items.placements
    assert as_context.clusters == as_items.clusters
    assert as_context.rows_used == as_items.rows_used


def test_context_spans_with_every_row_taken_are_not_made_items():
    """Two rows taken by the lane's own events from the left edge: the 50 year-long
    spans of the context join the "+N" at the edge, none made an item."""
    own = [LaneItem(f"d{i}", 20.0 + 300 * i, 20.0 + 300 * i, 200.0, 150.0) for i in range(6)]
    head = [LaneItem(f"h{i}", -5000.0 + i, 5000.0, 200.0, 150.0) for i in range(2)]
    made: list[str] = []

    def item(key: str) -> LaneItem:
        made.append(key)
        return LaneItem(key, -4000.0, 5000.0, 200.0, 150.0)

    context = [f"c{i}" for i in range(50)]
    packing = pack_lane(sorted(own + head, key=lambda it: it.x0), 2, view_left=0.0,
                        view_right=1000.0, context=context, context_item=item)
    assert not made
    clustered = [key for cluster in packing.clusters for key in cluster.keys]
    assert set(context) <= set(clustered)
    assert packing.clusters[0].x0 == 0.0


@settings(max_examples=200, deadline=None)
@given(_items, st.integers(1, 6), st.sampled_from([(0.0, 1000.0), (-1e9, 1e9), (50.0, 700.0)]),
       st.randoms(use_true_random=False))
def test_with_rows_before_the_shortcut_packs_as_the_full_pass_and_rows_never_meet(
        raw, rows, view, rnd):
    """``rows_before`` (verify54 F13): with any hints, the shortcut's packing is the full
    pass's, no two extents meet in a row, each item is placed or in a "+N" once, and
    an item whose row before is free where it starts takes it."""
    items = _lane(raw)
    hints = {it.key: rnd.choice([-1, layout.WAS_FOLDED, *range(rows + 1)]) for it in items}

    def pack() -> layout.LanePacking:
        return pack_lane(items, rows, view_left=view[0], view_right=view[1],
                         rows_before=lambda key: hints[key])

    fast = pack()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(layout, "_least_reach", lambda *_args: float("-inf"))
        full = pack()
    assert fast.placements == full.placements
    assert fast.clusters == full.clusters
    keys = [p.key for p in fast.placements] + [k for c in fast.clusters for k in c.keys]
    assert sorted(keys) == sorted(it.key for it in items)
    by_key = {it.key: it for it in items}
    rows_of: dict[int, list[tuple[float, float]]] = {}
    for placement in fast.placements:
        item = by_key[placement.key]
        point = not item.x1 > item.x0
        if placement.label_inside:
            extent = (item.x0, item.x1)
        elif placement.label_x < item.x0:
            extent = (placement.label_x, item.x0 + layout.POINT_RADIUS if point else item.x1)
        else:
            extent = (item.x0 - layout.POINT_RADIUS if point else item.x0,
                      placement.label_x + placement.label_width)
        rows_of.setdefault(placement.row, []).append(extent)
    for extents in rows_of.values():
        extents.sort()
        for (_a, end), (start, _b) in zip(extents, extents[1:], strict=False):
            assert end + layout.ITEM_GAP <= start + 1e-6


def test_rows_before_keep_the_rows_of_a_crowded_lane_when_events_are_added():
    """A crowded lane (50 titles, 6 rows, 1400 px) and 3 events added to it, 200 times:
    packed again without hints, 3 909 of the 9 336 titles shown change row (42 %) and
    132 join a "+N"; with each one's row before, 12 change row and 442 join a "+N" (an
    added event shown takes a row, the one there joins the "+N" rather than push the
    next one on, and that one the next), and 555 of the added events are shown (551)."""
    rnd = random.Random(44)
    moved = {False: 0, True: 0}
    folded = {False: 0, True: 0}
    added_shown = {False: 0, True: 0}
    shown = 0
    for _ in range(200):
        items = sorted((LaneItem(f"e{i}", x, x, rnd.uniform(60, 220), 40.0)
                        for i, x in enumerate(rnd.uniform(0, 1400) for _ in range(50))),
                       key=lambda it: it.x0)
        before = pack_lane(items, 6, 0.0, 1400.0)
        rows = {p.key: p.row for p in before.placements}
        folded_before = {k for c in before.clusters for k in c.keys}
        shown += len(rows)
        added = sorted(items + [LaneItem(f"n{j}", x, x, rnd.uniform(60, 220), 40.0)
                                for j, x in enumerate(rnd.uniform(0, 1400) for _ in range(3))],
                       key=lambda it: it.x0)
        for hinted in (False, True):
            after = pack_lane(added, 6, 0.0, 1400.0, rows_before=None if not hinted else (
                lambda key, rows=rows, was=folded_before:
                rows.get(key, layout.WAS_FOLDED if key in was else -1)))
            now = {p.key: p.row for p in after.placements}
            moved[hinted] += sum(1 for k, r in rows.items() if now.get(k, r) != r)
            folded[hinted] += sum(1 for k in rows if k not in now)
            added_shown[hinted] += sum(1 for k in now if k.startswith("n"))
    assert moved[False] > 0.3 * shown
    assert moved[True] < 0.01 * shown
    assert folded[True] < 0.06 * shown
    assert added_shown[True] >= added_shown[False]


def test_an_event_folded_before_takes_a_new_row_in_a_lane_with_a_row_for_each():
    """verify57 F20: a lane of 12 events (a row for each, ``LANE_ROWS_GROWN``) showed 6
    rows and a "+2" at Fit All: events once in a "+N" (``WAS_FOLDED``), or whose row an
    event moved into the lane took, stayed in it at every later change at that zoom, the
    lane no taller than it was.  With a row for each item they take a new row below,
    which moves no event shown; a crowded lane (more items than rows) keeps them in the
    "+N" (verify54 F13)."""
    items = [LaneItem(f"e{i}", 100.0 + i, 100.0 + i, 200.0, 100.0) for i in range(4)]
    hints = {"e0": 0, "e1": 1, "e2": layout.WAS_FOLDED, "e3": 1}  # e1 takes e3's row
    packed = pack_lane(items, 12, 0.0, 1000.0, rows_before=hints.__getitem__)
    rows = {p.key: p.row for p in packed.placements}
    assert not packed.clusters  # before: e2 and e3 in a "+2"
    assert rows == {"e0": 0, "e1": 1, "e2": 2, "e3": 3}
    crowded = pack_lane(items, 3, 0.0, 1000.0, rows_before=hints.__getitem__)
    assert {p.key: p.row for p in crowded.placements} == {"e0": 0, "e1": 1}
    assert sorted(k for c in crowded.clusters for k in c.keys) == ["e2", "e3"]
