"""A lane's rows packed in chunks anchored to the world, each a pure function of its chunk.

Issue 11 (``benchmarks/README.md``, frames23, frames26, frames28): the view packs a lane's
titles greedily from its left edge (``layout.pack_lane``), so a pan deals the rows again
and titles jump rows and are cut elsewhere under the user's eyes; and greedy packing is a
chain from where it starts, so a packing anchored to the world cannot simply start at a
fixed place.  This module packs in *chunks* instead:

* The zoom's pixel line (``x = u * px_per_day``, "world px") is cut at fixed *seams*, the
  multiples of ``chunk_px``; chunk ``k`` is ``[k * chunk_px, (k + 1) * chunk_px)``.
* Every item is placed as if no view edge existed (``world_place``): a point's title right
  of its marker, a span's inside its bar when it fits there, else right of the bar.  Its
  *occupied* interval is ``[left, right + ITEM_GAP)``; the rows never hold two occupied
  intervals that meet.  Its *reach* is the occupied interval it would have with the
  widest title (``most_width``), or its bar's with the gap when any title fits inside:
  known without measuring the title, it decides whether the item is long and its seam,
  so that only titles given a row are measured (``WorldLane._bound``).
* An item whose reach is longer than half a chunk (a span: a point never is) is *long*.
  A long item whose reach meets no other long item's takes the top row; the others take
  none (they join the "+N").  That rule reads only the item's neighbours, so it is no
  chain.  (frames28 tried two others.  A greedy chain of the long items from a clear
  point, an x no long item crosses: at a month's zoom at 100 000 events the long spans
  overlap without a break for years, and it measured 25 000 titles for 40 chunks.  Levels
  of chunks 8 times wider, each packed as below around the levels above: no chain, but a
  month view's first chunks read ~50 000 events of the levels' chunks, 90-260 ms.)
* A short item whose reach crosses a seam (it cannot cross two: it is at most half a
  chunk long) is a *seam item*.  The seam items of one seam are packed greedily among
  themselves in start order, around the long items, into at most ``max_rows`` rows
  (``_seam``): a rule that depends only on that set, so both chunks beside the seam agree.
  The seam items of two seams never meet (each lies within half a chunk of its seam, a
  title put left of its marker too).
* A chunk's *own* items (reach wholly inside it) are packed greedily in start order
  around the long items and the right seam's items, going on from the left seam's items
  in each row, as ``pack_lane`` packs (first row free, else the last title of a row, an
  own item's, put whole left of its marker where the row is free there, else its own
  title whole left of its marker, else the last title of a row, a left seam item's
  too, cut down to its least width to make room, else its own title cut before the
  next seam item or long item, else no row: the item is *unplaced*, for a "+N" badge).
  A title put left of its marker starts at the chunk's left seam or after it (verify43
  F11: a title was cut for the next one with the row empty left of its marker).  A seam
  item's title cut by a chunk's own item is cut in both chunks.

A chunk's packing is then a function of (the lane's items at the zoom, ``chunk_px``, the
rows, the chunk's index) alone: computable for any chunk on its own, equal whatever chunks
were computed before, cacheable by chunk, and consistent at the seams.  Items are read
through ``items_in`` (world px), so a lane need not make its items outside the chunks
asked.

Deliberate differences from ``pack_lane`` (what the view did at frames27): no view edges
(a title is never flipped left of its marker by an edge nor cut at one: the view clips or
overlays it when it paints); long spans take the top row when alone there, where ``pack_lane``
gives spans wider than half the view the rows left after the short events; a long item's
title is never cut, nor a right seam item's by the items left of it.  With one chunk, no
seam item and no long item, the packing is ``pack_lane``'s with the view's left edge at
the chunk's left seam and its right edge at infinity (a test holds it).

Qt-free; the view measures titles through ``measure`` (``pack_lane``'s).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from timeline_app.records import Record
from timeline_app.ui.layout import (
    ITEM_GAP,
    LABEL_GAP,
    POINT_RADIUS,
    SPAN_LABEL_PAD,
    WAS_FOLDED,
    LaneItem,
    Placement,
    _Claims,
)

__all__ = ["ChunkPacking", "WorldLane", "world_place"]

#: ``items_in(a, b, least_bar)``: the lane's items (world px) that may meet ``[a, b)``: at
#: least every item with ``x0 < b``, ``x1 >= a - reach`` (``WorldLane.reach``) and ``x1 -
#: x0 >= least_bar``, in any order, each once; more is allowed (they are filtered).  An
#: iterator will do (read lazily: a long item's check stops at its first neighbour).
ItemsIn = Callable[[float, float, float], Iterable[LaneItem]]


def world_place(item: LaneItem, pad: float = SPAN_LABEL_PAD) -> tuple[float, float, float, bool]:
    """``(left, right, label_x, inside)`` of ``item`` (world px, its label ``label_width``
    wide, which must be measured: not negative) with no view edge: ``layout._place``'s
    rules with the view's edges at infinity (a point's label right of its marker; a span's
    inside its bar when it fits with ``pad`` each side, else right of the bar)."""
    width = item.label_width
    if item.x1 > item.x0:
        if width + 2 * pad <= item.x1 - item.x0:
            return item.x0, item.x1, item.x0 + pad, True
        label_x = item.x1 + LABEL_GAP
        return item.x0, label_x + width, label_x, False
    label_x = item.x0 + POINT_RADIUS + LABEL_GAP
    return item.x0 - POINT_RADIUS, label_x + width, label_x, False


def _left(item: LaneItem) -> float:
    """An item's left end (``world_place``'s ``left``), known without its label's width."""
    return item.x0 if item.x1 > item.x0 else item.x0 - POINT_RADIUS


def _order(item: LaneItem) -> tuple[float, Any]:
    """The packing's order: by ``x0``, ties by key (keys of one lane are comparable)."""
    return item.x0, item.key


def _first_order(pair: tuple[LaneItem, float]) -> tuple[float, Any]:
    """``_order`` of an ``(item, reach's end)`` pair's item."""
    return pair[0].x0, pair[0].key


class ChunkPacking(Record):
    """One chunk of a lane packed (``WorldLane.chunk``; a record: ``timeline_app.records``).

    Attributes:
        chunk: The chunk's index ``k``.
        left, right: Its seams, world px (``k * chunk_px``, ``(k + 1) * chunk_px``).
        placements: Every item given a row whose occupied interval meets ``[left,
            right)``: the long items first, then the left seam's items, the chunk's
            own, the right seam's (each in start order).  ``label_x`` is world px; a
            ``label_width`` below the item's is a title to elide; a span whose bar holds
            the widest label (``most_width`` and its padding) has its label inside and
            ``label_width`` ``most_width`` (its title is not measured).
        unplaced: ``(x0, key)`` of the items with no row whose ``x0`` lies in the chunk,
            by ``x0`` (the "+N" badges' events; the view groups them by
            ``layout.CLUSTER_REACH``).
        across: Keys of long items with no row that start left of ``left`` and reach into
            the chunk (a view whose left edge is in this chunk shows them in a "+N" at
            that edge, as ``pack_lane``'s ``context``).
        rows_used: One more than the largest row among ``placements`` (0 for none).
    """

    _fields = ("chunk", "left", "right", "placements", "unplaced", "across", "rows_used")
    chunk: int
    left: float
    right: float
    placements: list[Placement]
    unplaced: list[tuple[float, Any]]
    across: list[Any]
    rows_used: int

    def __init__(self, chunk: int, left: float, right: float, placements: list[Placement],
                 unplaced: list[tuple[float, Any]], across: list[Any],
                 rows_used: int) -> None:
        self.chunk = chunk
        self.left = left
        self.right = right
        self.placements = placements
        self.unplaced = unplaced
        self.across = across
        self.rows_used = rows_used


class _Placed(Record):
    """A phase's result: placements by key, each one's occupied interval and least title
    width, the items given no row, and the titles of an earlier phase (the left seam's)
    that this phase cut (``cuts``, with their occupied intervals in ``cut_occupied``)."""

    _fields = ("placements", "occupied", "unplaced", "cuts")
    placements: dict[Hashable, Placement]
    occupied: dict[Hashable, tuple[float, float]]
    floors: dict[Hashable, float]
    unplaced: list[LaneItem]
    cuts: dict[Hashable, Placement]
    cut_occupied: dict[Hashable, tuple[float, float]]
    gone: set[Hashable]  # (merged phases: the keys of ``unplaced``)

    def __init__(self) -> None:
        self.placements = {}
        self.occupied = {}
        self.floors = {}
        self.unplaced = []
        self.cuts = {}
        self.cut_occupied = {}
        self.gone = set()

    def add(self, other: _Placed, cuts: _Placed | None = None) -> None:
        """``other``'s placements and items with no row added to these (merged phases),
        with the titles ``cuts`` cut (``cuts.cuts``) as cut."""
        self.placements.update(other.placements)
        self.occupied.update(other.occupied)
        self.floors.update(other.floors)
        if cuts is not None:
            for key, placement in cuts.cuts.items():
                if key in other.placements:
                    self.placements[key] = placement
                    self.occupied[key] = cuts.cut_occupied[key]
        for item in other.unplaced:
            if item.key not in self.gone:
                self.gone.add(item.key)
                self.unplaced.append(item)


class _Chunk(Record):
    """Chunk ``k`` packed: the long items near it (``long``), then its phases
    (``_Placed``): its left seam's items, its own and its right seam's."""

    _fields = ("k", "long", "phases")
    k: int
    long: _Placed
    phases: tuple[_Placed, _Placed, _Placed]

    def __init__(self, k: int, long: _Placed, phases: tuple[_Placed, _Placed, _Placed]
                 ) -> None:
        self.k = k
        self.long = long
        self.phases = phases


class WorldLane:
    """One lane of rows at one zoom, packed chunk by chunk (the module's text).

    Args:
        items_in: The lane's items in world px (``ItemsIn``), asked with a third
            argument ``least_bar``: items whose bar (``x1 - x0``) is shorter may be left
            out (the view's length buckets).  Keys must be unique and comparable (the
            view: event ids).  ``label_width`` negative: measured by ``measure`` when
            packing needs it.
        chunk_px: The chunks' width, world px; at least twice the longest a point's
            occupied interval can be (``2 * (2 * POINT_RADIUS + LABEL_GAP + most_width +
            ITEM_GAP)``), so that a point is never long.
        max_rows: Rows of the lane (``pack_lane``'s ``max_rows``).
        long_rows: 1: a long item whose reach meets no other long item's takes the top
            row (the module's text); 0: long items never take a row.
        most_width: The widest a label can be (the view: ``MAX_LABEL_PX``).
        measure: ``pack_lane``'s: an item whose ``label_width`` is negative, measured.
        pad: Padding inside a span's bar around its label.
        rows_before: ``rows_before(key, -1)``: the row the item's event had before (-1:
            none), a hint, fixed for the lane's life: every chunk and seam packs with the
            same, so chunks still agree at their seams.  In each phase an item takes
            that row where its first rule finds it free, else the first rule's first
            row whose next item wanting it starts after its extent, else as without
            hints, but an item with a row before, or in a "+N" before
            (``layout.WAS_FOLDED``), gets no row then (``layout._hinted_row``'s rule);
            its row is tried first for the later rules (``pack_lane``'s
            ``rows_before``; verify54 F13).

    Raises:
        ValueError: ``chunk_px`` too narrow, rows out of range.

    ``chunk(k)`` is kept once computed (the lane's contents and rows are fixed for a
    ``WorldLane``: the view makes a new one when they change).
    """

    def __init__(self, items_in: ItemsIn, chunk_px: float, max_rows: int,
                 long_rows: int = 1, most_width: float = 560.0,
                 measure: Callable[[LaneItem], LaneItem] | None = None,
                 pad: float = SPAN_LABEL_PAD,
                 rows_before: Callable[[Any, int], int] | None = None) -> None:
        point_most = 2 * POINT_RADIUS + LABEL_GAP + most_width + ITEM_GAP
        if not chunk_px >= 2 * point_most:
            raise ValueError(f"WorldLane: chunk_px {chunk_px} < {2 * point_most}")
        if max_rows < 1 or long_rows not in (0, 1):
            raise ValueError(f"WorldLane: rows {max_rows}, long rows {long_rows}")
        self.items_in = items_in
        self.chunk_px = float(chunk_px)
        self.half = self.chunk_px / 2
        self.max_rows = max_rows
        self.long_rows = long_rows
        self.most_width = most_width
        self.pad = pad
        self._measure = measure
        self._rows_before = rows_before
        #: The farthest an item's occupied interval reaches right of its ``x1``.
        self.reach = POINT_RADIUS + LABEL_GAP + most_width + ITEM_GAP
        #: The most a span's label adds to its occupied interval, right of its bar.
        self._label_most = LABEL_GAP + most_width + ITEM_GAP
        #: A bar shorter than this is never long, whatever its title.
        self._least_long = self.half - self._label_most
        self._measured: dict[Hashable, LaneItem] = {}
        self._lone: dict[Hashable, bool] = {}
        self._seams: dict[int, _Placed] = {}
        self._parts: dict[int, _Chunk] = {}
        self._chunks: dict[int, ChunkPacking] = {}

    # -- items -------------------------------------------------------------------------

    def _full(self, item: LaneItem) -> LaneItem:
        """``item`` with its label measured (kept by key)."""
        if item.label_width >= 0:
            return item
        known = self._measured.get(item.key)
        if known is None:
            if self._measure is None:
                raise ValueError(f"WorldLane: item {item.key!r} not measured, no measure")
            known = self._measured[item.key] = self._measure(item)
        return known

    def _sure_inside(self, item: LaneItem) -> bool:
        """Whether ``item`` is a span whose label fits inside its bar whatever its width
        (then its title is not measured for packing: most long spans are such)."""
        return item.x1 - item.x0 >= self.most_width + 2 * self.pad

    def _occupied(self, item: LaneItem) -> tuple[float, float]:
        """``[left, right + ITEM_GAP)`` of ``item`` placed whole (``world_place``)."""
        if self._sure_inside(item):
            return item.x0, item.x1 + ITEM_GAP
        left, right, _x, _inside = world_place(self._full(item), self.pad)
        return left, right + ITEM_GAP

    def _bound(self, item: LaneItem) -> float:
        """Where ``item``'s *reach* ends: its occupied interval's end with the widest
        title (or its bar's, with the gap, when any title fits inside), known without
        measuring.  Long items and seams are decided by the reach ``[left, bound)``, so
        deciding them measures nothing (a year pan measured twice as many titles as
        ``pack_lane`` when they were decided by the occupied interval)."""
        if item.x1 > item.x0:
            if self._sure_inside(item):
                return item.x1 + ITEM_GAP
            return item.x1 + self._label_most
        return item.x0 + self.reach

    def _is_long(self, item: LaneItem) -> bool:
        """Whether ``item``'s reach is longer than half a chunk (never a point's)."""
        return item.x1 > item.x0 and self._bound(item) - item.x0 > self.half

    def is_long(self, item: LaneItem) -> bool:
        """Whether ``item`` is a *long* item (the module's text): its reach is longer
        than half a chunk.  A long item whose reach meets another's has no row here; the
        view gives such items the rows its chunks leave free on screen, as
        ``pack_lane`` gives spans wider than half the view the rows left."""
        return self._is_long(item)

    def _ends_after(self, item: LaneItem, x: float) -> bool:
        """Whether ``item``'s occupied interval ends right of ``x``, its title measured
        only when its bar and the widest label do not tell."""
        if item.x1 + ITEM_GAP > x:
            return True
        if self._bound(item) <= x:
            return False
        return self._occupied(item)[1] > x

    # -- the phases --------------------------------------------------------------------

    def _long_near(self, a: float, b: float, longs: list[tuple[LaneItem, float]]) -> _Placed:
        """The long items whose reach meets ``[a, b)`` (``longs``: the long items of
        ``items_in``'s for at least that stretch, each with its reach's end,
        ``_bound``): those whose reach meets no other long item's take the top row
        (``long_rows`` 1), the others none."""
        placed = _Placed()
        near = sorted(((item, bound) for item, bound in longs if item.x0 < b and bound > a),
                      key=_first_order)
        items = [item for item, _bound in near]
        # Long items that meet another of ``near`` are not lone: known from the items
        # read once for the chunk's part, where each was asked of ``items_in`` over its
        # whole reach before (a day's zoom at 100 000 events: hundreds of long spans
        # over a chunk, each reading the lane over years; session 27, frames31).  Only
        # one that meets none of them is looked for farther.
        lone = self._lone
        reached = -math.inf  # the farthest reach of the items before, by start
        for i, (item, bound) in enumerate(near):
            if item.key not in lone and (
                    reached > item.x0 or (i + 1 < len(near) and near[i + 1][0].x0 < bound)):
                lone[item.key] = False
            if bound > reached:
                reached = bound
        for item in items:
            if item.key not in self._lone:
                # (``items_in`` may give an iterator: the first neighbour found ends it;
                # in a crowded lane it is among the first read)
                start, stop = item.x0, self._bound(item)
                self._lone[item.key] = not any(
                    other.key != item.key and other.x0 < stop and self._bound(other) > start
                    and self._is_long(other)
                    for other in self.items_in(start, stop, self._least_long))
        for item in items:
            lone = self.long_rows > 0 and self._lone[item.key]
            if not lone:
                placed.unplaced.append(item)
                continue
            if self._sure_inside(item):
                full = item._replace(label_width=self.most_width, min_label_width=None)
            else:
                full = self._full(item)
            left, right, label_x, inside = world_place(full, self.pad)
            placed.placements[item.key] = Placement(item.key, 0, label_x, inside,
                                                    full.label_width)
            placed.occupied[item.key] = (left, right + ITEM_GAP)
            placed.floors[item.key] = full.label_width
        return placed

    def _part(self, k: int) -> _Chunk:
        """Chunk ``k``'s phases (kept): the long items near it, its seams' items and its
        own (the module's text)."""
        done = self._parts.get(k)
        if done is not None:
            return done
        left, right, half = k * self.chunk_px, (k + 1) * self.chunk_px, self.half
        # Read once for every phase: the stretch each needs lies within it; each item's
        # reach (``_bound``) worked out once for all of them (it was asked ~6 times an
        # item: a third of a chunk's cost, frames29).
        longs: list[tuple[LaneItem, float]] = []
        short: list[tuple[LaneItem, float]] = []
        bound_of = self._bound
        for item in self.items_in(left - half, right + half, 0.0):
            bound = bound_of(item)
            if item.x1 > item.x0 and bound - item.x0 > half:  # ``_is_long``
                longs.append((item, bound))
            else:
                short.append((item, bound))
        long = self._long_near(left - half, right + half, longs)
        at_left, at_right = self._seam(k, long, short), self._seam(k + 1, long, short)
        own_items = [item for item, bound in short
                     # (wholly inside: not a seam item, nor another chunk's)
                     if not (_left(item) < left or item.x0 >= right or bound > right)]
        own_items.sort(key=_order)
        own = self._greedy(own_items, self.max_rows, self._barriers([long, at_right]),
                           may_cut=True, prior=at_left, flip_from=left)
        done = self._parts[k] = _Chunk(k, long, (at_left, own, at_right))
        return done

    def _seam(self, j: int, long: _Placed, short: list[tuple[LaneItem, float]]) -> _Placed:
        """The short items whose reach crosses seam ``j`` (at ``j * chunk_px``), packed
        among themselves around the long items near it (kept by ``j``).  ``long``: the
        long items over at least half a chunk each side of the seam (each one's row is a
        function of itself and its neighbours; nothing farther meets a seam item), so
        the result depends on ``j`` alone; ``short``: the items that are not long of
        ``items_in``'s for at least that stretch, each with its reach's end."""
        placed = self._seams.get(j)
        if placed is not None:
            return placed
        seam = j * self.chunk_px
        items = sorted((item for item, bound in short if _left(item) < seam < bound),
                       key=_order)
        # (a title put left of its marker stays within half a chunk of the seam, where
        # no item of the seam before reaches: each item's reach is half a chunk at most)
        placed = self._seams[j] = self._greedy(items, self.max_rows, self._barriers([long]),
                                               may_cut=True, flip_from=seam - self.half)
        return placed

    def chunk(self, k: int) -> ChunkPacking:
        """Chunk ``k`` packed (``ChunkPacking``), kept once computed: the long items
        near it, its left seam's items (with the titles its own items cut), its own, its
        right seam's (with the titles chunk ``k + 1``'s own items cut)."""
        done = self._chunks.get(k)
        if done is not None:
            return done
        left, right = k * self.chunk_px, (k + 1) * self.chunk_px
        part = self._part(k)
        at_left, own, at_right = part.phases
        whole = _Placed()
        whole.add(part.long)
        whole.add(at_left, own)
        whole.add(own)
        whole.add(at_right, self._part(k + 1).phases[1])
        placements: dict[Hashable, Placement] = {}
        for key, placement in whole.placements.items():
            start, end = whole.occupied[key]
            if start < right and end > left:
                placements[key] = placement
        unplaced = {item.key: item for item in whole.unplaced if left <= item.x0 < right}
        across = [item.key for item in part.long.unplaced
                  if item.x0 < left and self._ends_after(item, left)]
        rows_used = 1 + max((p.row for p in placements.values()), default=-1)
        done = self._chunks[k] = ChunkPacking(
            k, left, right, list(placements.values()),
            sorted((item.x0, item.key) for item in unplaced.values()), across, rows_used)
        return done

    def pack_part(self, k: int) -> None:
        """Chunk ``k``'s part packed and kept (its long items, seams and own items):
        ``chunk(k)`` needs the parts ``k`` and ``k + 1``, and adds only their assembly.
        The view packs chunks a part at a time while the app waits, so that a slice of
        idle work holds the GUI thread for one part at most (session 27, frames31)."""
        self._part(k)

    def part_packed(self, k: int) -> bool:
        """Whether chunk ``k``'s part is packed and kept (``pack_part``)."""
        return k in self._parts

    def packed(self, k: int) -> bool:
        """Whether chunk ``k`` is packed and kept (``chunk`` gives it at no cost)."""
        return k in self._chunks

    @property
    def kept(self) -> int:
        """How many chunks are kept."""
        return len(self._chunks)

    def chunks_between(self, a: float, b: float) -> range:
        """The indices of the chunks that meet ``[a, b)`` (world px)."""
        return range(math.floor(a / self.chunk_px), math.floor(b / self.chunk_px) + 1)

    # -- greedy packing ----------------------------------------------------------------

    def _barriers(self, phases: list[_Placed]) -> list[list[tuple[float, float]]]:
        """Per row, the occupied intervals of ``phases``' placements."""
        rows: list[list[tuple[float, float]]] = [[] for _ in range(self.max_rows)]
        for phase in phases:
            for key, placement in phase.placements.items():
                rows[placement.row].append(phase.occupied[key])
        return rows

    def _greedy(self, items: list[LaneItem], rows: int,
                barriers: list[list[tuple[float, float]]], may_cut: bool,
                prior: _Placed | None = None, flip_from: float | None = None) -> _Placed:
        """``items`` (in ``_order``) packed greedily into rows ``0..rows-1`` around
        ``barriers`` (per row, occupied intervals of an earlier phase, never cut), after
        ``prior`` (a phase left of every item, the left seam's: each row goes on from
        its last item there, whose title may be cut as this phase's).  Each item takes,
        in this order of preference:

        * the first row free at its left end whose barriers its occupied interval does
          not meet;
        * else (``flip_from`` given) the first row whose last title, one of this phase
          whole right of its marker, can go left of the marker, whole, in the row free
          there and starting at ``flip_from`` or after, and so makes room
          (``layout._make_room_before``'s first rule, verify43 F11);
        * else (``flip_from`` given) the first row where its own title, whole left of its
          marker, starting at ``flip_from`` or after, fits;
        * else (``may_cut``) the first row whose last title, cut to end ``ITEM_GAP``
          before it and no narrower than its least width, makes room
          (``layout._make_room_before``'s second rule);
        * else the first row free at its left end where its own title, cut to end
          ``ITEM_GAP`` before the next barrier and no narrower than its least width,
          fits (as ``layout._place`` cuts a title at the view's right edge);
        * else no row.

        ``flip_from``: the least x a title put left of its marker may start at: the
        chunk's left seam for its own items (the chunk stays a function of itself), half
        a chunk before the seam for a seam's items (the items of the seam before reach
        no farther); None: every title stays right of its marker.  An item that can take
        no row whatever its title's width is not measured."""
        placed = _Placed()
        ends = [-math.inf] * rows  # the last occupied end per row
        last: list[tuple[Hashable, float] | None] = [None] * rows  # its key and least width
        # Per row, its last title's move left of its marker, when it can: (where the
        # row's occupied part then ends, where the title then starts)
        flips: list[tuple[float, float] | None] = [None] * rows
        if prior is not None:
            for key, placement in prior.placements.items():
                end = prior.occupied[key][1]
                if placement.row < rows and end > ends[placement.row]:
                    ends[placement.row] = end
                    last[placement.row] = (key, prior.floors[key])

        def now(key: Hashable) -> Placement:
            found = placed.placements.get(key) or placed.cuts.get(key)
            if found is None:
                assert prior is not None
                found = prior.placements[key]
            return found

        def row_reach(r: int) -> float:
            # The x left of which no item can take row ``r`` (``layout._row_reach``)
            entry = last[r]
            flip = flips[r]
            reach = ends[r] if flip is None or flip[0] > ends[r] else flip[0]
            if not may_cut or entry is None:
                return reach
            before = now(entry[0])
            if before.label_inside or before.label_x + before.label_width + ITEM_GAP != ends[r]:
                return reach
            return min(reach, before.label_x + ITEM_GAP + entry[1])

        reaches = [row_reach(r) for r in range(rows)]
        reach = min(reaches, default=math.inf)
        pad = self.pad
        def flip_last(r: int, left: float, end: float) -> float | None:
            # Row ``r``'s last title moved left of its marker for an item ``left`` to
            # ``end`` (the second rule): where the row's occupied part then ends, or None
            flip = flips[r]
            entry = last[r]
            if (_flip_fits(flip, left) and entry is not None
                    and not _meets(barriers[r], left, end)):
                assert flip is not None
                key = entry[0]
                moved = placed.placements[key]
                placed.placements[key] = moved._replace(label_x=flip[1])
                placed.occupied[key] = (flip[1], flip[0])
                return flip[0]
            return None

        def cut_last(r: int, left: float, end: float) -> bool:
            # Row ``r``'s last title cut to end before ``left`` (the fourth rule)
            entry = last[r]
            if not (_cuttable(now, entry, ends[r], left)
                    and not _meets(barriers[r], left, end)):
                return False
            assert entry is not None
            key = entry[0]
            was = now(key)
            cut = was._replace(label_width=left - ITEM_GAP - was.label_x)
            if key in placed.placements:
                placed.placements[key] = cut
                placed.occupied[key] = (placed.occupied[key][0], left)
            else:
                assert prior is not None
                placed.cuts[key] = cut
                placed.cut_occupied[key] = (prior.occupied[key][0], left)
            return True

        made: float | None = None  # (a hinted row's room made: where the row then ends)
        hint = self._rows_before
        claims = None
        if hint is not None:
            claims = _Claims(items, lambda key: hint(key, -1), rows)
        every = range(rows)
        for index, item in enumerate(items):
            left = _left(item)
            if left < reach:  # every row taken there: most items of a crowded lane
                placed.unplaced.append(item)
                continue
            point = not item.x1 > item.x0
            marker_end = item.x1 if not point else item.x0 + POINT_RADIUS
            # The least its occupied interval can be, whatever its title: its bar, or a
            # point's marker and the gap after it (its title left of it: ``flip_from``).
            least_end = (marker_end if flip_from is not None or not point
                         else marker_end + LABEL_GAP) + ITEM_GAP
            if not any((ends[r] <= left or (may_cut and _cuttable(now, last[r], ends[r], left))
                        or _flip_fits(flips[r], left))
                       and not _meets(barriers[r], left, least_end) for r in range(rows)):
                placed.unplaced.append(item)  # no row, whatever its title (not measured)
                continue
            if self._sure_inside(item):  # (its title not measured: room for the widest)
                full = item._replace(label_width=self.most_width, min_label_width=None)
            else:
                full = self._full(item)
            _l, right, label_x, inside = world_place(full, pad)
            width = full.label_width
            floor = min(width, full.min_label_width if full.min_label_width is not None
                        else width)
            end = right + ITEM_GAP
            start = left  # where its occupied interval starts
            order: Iterable[int] = every
            if claims is None:
                row = next((r for r in every if ends[r] <= left
                            and not _meets(barriers[r], left, end)), None)
            else:
                free = [r for r in every if ends[r] <= left
                        and not _meets(barriers[r], left, end)]
                wanted = claims.wanted[index]
                row = None
                if wanted in free:
                    row = wanted
                elif 0 <= wanted < rows:
                    # its row before, taken: the title before it there moved left of its
                    # marker or cut (the rules below) rather than another row taken
                    flipped = None if flip_from is None else flip_last(wanted, left, end)
                    if flipped is not None:
                        row, made = wanted, flipped
                    elif may_cut and cut_last(wanted, left, end):
                        row, made = wanted, left
                if row is None:
                    row = next((r for r in free if not claims.blocks(r, index, end)),
                               None)
                    if row is None and (wanted == WAS_FOLDED or 0 <= wanted < rows):
                        # (in a "+N" before, or its row taken: a "+N" rather than
                        # another's row, which would push that one on: ``_hinted_row``)
                        placed.unplaced.append(item)
                        continue
                    if row is None and free:
                        row = free[0]
                if 0 <= wanted < rows:  # (the later rules try its row first)
                    order = [wanted, *(r for r in every if r != wanted)]
            before = -math.inf if row is None else ends[row]
            if made is not None:
                before, made = made, None
            if row is None and flip_from is not None:
                for r in order:
                    flipped = flip_last(r, left, end)
                    if flipped is not None:
                        row, before = r, flipped
                        break
            if row is None and flip_from is not None and not inside:
                # its own title left of its marker, whole
                flip_x = left - LABEL_GAP - width
                flip_end = marker_end + ITEM_GAP
                if flip_x >= flip_from:
                    for r in order:
                        if ends[r] <= flip_x and not _meets(barriers[r], flip_x, flip_end):
                            row, before = r, ends[r]
                            start, label_x, end = flip_x, flip_x, flip_end
                            break
            if row is None and may_cut:
                for r in order:
                    if cut_last(r, left, end):
                        row, before = r, left
                        break
            if row is None and not inside:
                for r in order:
                    if ends[r] > left:
                        continue
                    starts = [first for first, stop in barriers[r] if stop > left]
                    if not starts or min(starts) < label_x + floor + ITEM_GAP:
                        continue  # nothing to cut before, or not room for its least
                    stop = min(starts)
                    width = stop - ITEM_GAP - label_x
                    end = stop
                    row, before = r, ends[r]
                    break
            if row is None:
                placed.unplaced.append(item)
                continue
            placed.placements[item.key] = Placement(item.key, row, label_x, inside, width)
            placed.occupied[item.key] = (start, end)
            placed.floors[item.key] = floor
            ends[row] = end
            last[row] = (item.key, floor)
            flips[row] = None
            if (flip_from is not None and not inside and width == full.label_width
                    and label_x > item.x0):
                # whole right of its marker: it may go left of it for a title after it
                flip_x = left - LABEL_GAP - width
                flip_end = marker_end + ITEM_GAP
                if (flip_x >= flip_from and flip_x >= before
                        and not _meets(barriers[row], flip_x, left)):
                    flips[row] = (flip_end, flip_x)
            reaches[row] = row_reach(row)
            reach = min(reaches)
        return placed


def _flip_fits(flip: tuple[float, float] | None, left: float) -> bool:
    """Whether a row's last title moved left of its marker (``flip``: where the row's
    occupied part then ends, and the title's start) leaves the row free at ``left``."""
    return flip is not None and flip[0] <= left


def _cuttable(now: Callable[[Hashable], Placement], entry: tuple[Hashable, float] | None,
              end: float, left: float) -> bool:
    """Whether a row's last title (``entry``: its key and least width, ``now`` its
    placement; ``end`` the row's occupied end) can be cut to end ``ITEM_GAP`` before
    ``left``: a title right of its marker, at its row's end, cut to no less than its least
    width and to less than it is."""
    if entry is None:
        return False
    key, floor = entry
    before = now(key)
    if before.label_inside or before.label_x + before.label_width + ITEM_GAP != end:
        return False
    room = left - ITEM_GAP - before.label_x
    return floor <= room < before.label_width


def _meets(intervals: list[tuple[float, float]], left: float, end: float) -> bool:
    """Whether ``[left, end)`` meets one of ``intervals`` (each ``[start, stop)``)."""
    return any(start < end and left < stop for start, stop in intervals)
