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
  intervals that meet.
* An item whose occupied interval is longer than half a chunk is *long*.  Long items are
  packed first, greedily among themselves in start order into at most ``long_rows`` rows
  from the top.  That is a chain, but one that restarts at every *clear point* (an x no
  long item's occupied interval crosses: every row is free there), so the long items near
  a chunk are packed from the last clear point before it and give the same rows whatever
  window asked (``_long_placements``).
* A short item whose occupied interval crosses a seam (it cannot cross two: it is at most
  half a chunk long) is a *seam item*.  The seam items of one seam are packed greedily
  among themselves in start order, around the long items, into at most ``max_rows`` rows
  (``_seam``): a rule that depends only on that set, so both chunks beside the seam agree.
  The seam items of two seams never meet (each lies within half a chunk of its seam).
* A chunk's *own* items (occupied interval wholly inside it) are packed greedily in start
  order around the long items and both seams' items, as ``pack_lane`` packs (first row
  free, else the last title of a row cut down to its least width to make room, else no
  row: the item is *unplaced*, for a "+N" badge).

A chunk's packing is then a function of (the lane's items at the zoom, ``chunk_px``, the
rows, the chunk's index) alone: computable for any chunk on its own, equal whatever chunks
were computed before, cacheable by chunk, and consistent at the seams.  Items are read
through ``items_in`` (world px), so a lane need not make its items outside the chunks
asked.

Deliberate differences from ``pack_lane`` (what the view did at frames27): no view edges
(a title is never flipped left of its marker or cut at an edge: the view clips or overlays
it when it paints); long spans take rows *first* (at most ``long_rows``), where
``pack_lane`` gives spans wider than half the view the rows left after the short events;
a title is never cut to make room for an item of another phase (a seam item's title is
shared by two chunks).  With one chunk, no seam item and no long item, the packing is
``pack_lane``'s with the view's edges at infinity (a test holds it).

Qt-free; the view measures titles through ``measure`` (``pack_lane``'s).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from timeline_app.records import Record
from timeline_app.ui.layout import (
    ITEM_GAP,
    LABEL_GAP,
    POINT_RADIUS,
    SPAN_LABEL_PAD,
    LaneItem,
    Placement,
)

__all__ = ["ChunkPacking", "WorldLane", "world_place"]

#: ``items_in(a, b)``: the lane's items (world px) that may meet ``[a, b)``: at least every
#: item with ``x0 < b`` and ``x1 >= a - reach`` (``WorldLane.reach``), in any order, each
#: once; more is allowed (they are filtered).
ItemsIn = Callable[[float, float], Sequence[LaneItem]]


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


class ChunkPacking(Record):
    """One chunk of a lane packed (``WorldLane.chunk``; a record: ``timeline_app.records``).

    Attributes:
        chunk: The chunk's index ``k``.
        left, right: Its seams, world px (``k * chunk_px``, ``(k + 1) * chunk_px``).
        placements: Every item given a row whose occupied interval meets ``[left,
            right)``: long items, the left seam's items, the chunk's own, the right
            seam's (in that order, each in start order).  ``label_x`` is world px; a
            ``label_width`` below the item's is a title to elide.
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
    """A phase's result: placements by key, each one's occupied interval, and the keys
    of the items given no row."""

    _fields = ("placements", "occupied", "unplaced")
    placements: dict[Hashable, Placement]
    occupied: dict[Hashable, tuple[float, float]]
    unplaced: list[LaneItem]

    def __init__(self) -> None:
        self.placements = {}
        self.occupied = {}
        self.unplaced = []


class WorldLane:
    """One lane of rows at one zoom, packed chunk by chunk (the module's text).

    Args:
        items_in: The lane's items in world px (``ItemsIn``).  Keys must be unique and
            comparable (the view: event ids).  ``label_width`` negative: measured by
            ``measure`` when packing needs it.
        chunk_px: The chunks' width, world px; at least twice the longest a point's
            occupied interval can be (``2 * (2 * POINT_RADIUS + LABEL_GAP + most_width +
            ITEM_GAP)``), so that no point is long.
        max_rows: Rows of the lane (``pack_lane``'s ``max_rows``).
        long_rows: Rows the long items may take, from the top (at most ``max_rows``).
        most_width: The widest a label can be (the view: ``MAX_LABEL_PX``).
        measure: ``pack_lane``'s: an item whose ``label_width`` is negative, measured.
        pad: Padding inside a span's bar around its label.

    Raises:
        ValueError: ``chunk_px`` too narrow, or rows out of range.

    ``chunk(k)`` is kept once computed (the lane's contents and rows are fixed for a
    ``WorldLane``: the view makes a new one when they change).
    """

    def __init__(self, items_in: ItemsIn, chunk_px: float, max_rows: int, long_rows: int = 1,
                 most_width: float = 560.0,
                 measure: Callable[[LaneItem], LaneItem] | None = None,
                 pad: float = SPAN_LABEL_PAD) -> None:
        point_most = 2 * POINT_RADIUS + LABEL_GAP + most_width + ITEM_GAP
        if not chunk_px >= 2 * point_most:
            raise ValueError(f"WorldLane: chunk_px {chunk_px} < {2 * point_most}")
        if max_rows < 1 or not 0 <= long_rows <= max_rows:
            raise ValueError(f"WorldLane: rows {max_rows}, long rows {long_rows}")
        self.items_in = items_in
        self.chunk_px = float(chunk_px)
        self.half = self.chunk_px / 2
        self.max_rows = max_rows
        self.long_rows = long_rows
        self.most_width = most_width
        self.pad = pad
        self._measure = measure
        #: The farthest an item's occupied interval reaches right of its ``x1``.
        self.reach = POINT_RADIUS + LABEL_GAP + most_width + ITEM_GAP
        self._measured: dict[Hashable, LaneItem] = {}
        self._long_kind: dict[Hashable, bool] = {}
        self._seams: dict[int, _Placed] = {}
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

    def _occupied(self, item: LaneItem) -> tuple[float, float]:
        """``[left, right + ITEM_GAP)`` of ``item`` placed whole (``world_place``)."""
        left, right, _x, _inside = world_place(self._full(item), self.pad)
        return left, right + ITEM_GAP

    def _is_long(self, item: LaneItem) -> bool:
        """Whether ``item``'s occupied interval is longer than half a chunk; measured only
        when its bar alone does not tell (a point never is: ``chunk_px``'s floor)."""
        if not item.x1 > item.x0:
            return False
        if item.x1 + ITEM_GAP - item.x0 > self.half:
            return True
        if item.x1 + LABEL_GAP + self.most_width + ITEM_GAP - item.x0 <= self.half:
            return False
        kind = self._long_kind.get(item.key)
        if kind is None:
            left, end = self._occupied(item)
            kind = self._long_kind[item.key] = end - left > self.half
        return kind

    def _end_at_most(self, item: LaneItem) -> float:
        """An upper bound of ``item``'s occupied end without measuring it."""
        return item.x1 + LABEL_GAP + self.most_width + ITEM_GAP if item.x1 > item.x0 else (
            item.x0 + self.reach)

    # -- the phases --------------------------------------------------------------------

    def _long_placements(self, a: float, b: float) -> _Placed:
        """The long items packed from the last clear point at or left of ``a`` up to
        ``b`` (those starting before ``b``): the same rows as from any earlier clear
        point, since every row is free at one (no long item crosses it)."""
        x = a
        while True:  # back to a point no long item crosses
            crossing = [item for item in self.items_in(x, x)
                        if item.x0 < x and self._is_long(item) and self._occupied(item)[1] > x]
            if not crossing:
                break
            x = min(item.x0 for item in crossing)
        items = sorted((item for item in self.items_in(x, b)
                        if x <= item.x0 < b and self._is_long(item)), key=_order)
        return self._greedy(items, self.long_rows, [[] for _ in range(self.max_rows)],
                            may_cut=False)

    def _seam(self, j: int, long: _Placed) -> _Placed:
        """The short items crossing seam ``j`` (at ``j * chunk_px``), packed among
        themselves around the long items near it (kept by ``j``).  ``long``: the long
        items packed over at least ``[seam - half, seam + half)`` (``_long_placements``:
        the same rows whatever window it was asked for, and nothing outside that
        stretch meets a seam item), so the result depends on ``j`` alone."""
        placed = self._seams.get(j)
        if placed is not None:
            return placed
        seam = j * self.chunk_px
        items = []
        for item in self.items_in(seam - self.half, seam + self.half):
            if not (_left(item) < seam and self._end_at_most(item) > seam):
                continue
            if self._is_long(item):
                continue
            left, end = self._occupied(item)
            if left < seam < end:
                items.append(item)
        items.sort(key=_order)
        barriers = self._barriers([long])
        placed = self._seams[j] = self._greedy(items, self.max_rows, barriers, may_cut=True)
        return placed

    def chunk(self, k: int) -> ChunkPacking:
        """Chunk ``k`` packed (``ChunkPacking``), kept once computed."""
        done = self._chunks.get(k)
        if done is not None:
            return done
        left, right = k * self.chunk_px, (k + 1) * self.chunk_px
        long = self._long_placements(left - self.half, right + self.half)
        at_left, at_right = self._seam(k, long), self._seam(k + 1, long)
        own_items = []
        for item in self.items_in(left, right):
            if _left(item) < left or item.x0 >= right or self._is_long(item):
                continue
            if self._end_at_most(item) > right and self._occupied(item)[1] > right:
                continue  # a seam item of the right seam
            own_items.append(item)
        own_items.sort(key=_order)
        own = self._greedy(own_items, self.max_rows,
                           self._barriers([long, at_left, at_right]), may_cut=True)
        placements: list[Placement] = []
        for phase in (long, at_left, own, at_right):
            for key, placement in phase.placements.items():
                start, end = phase.occupied[key]
                if start < right and end > left:
                    placements.append(placement)
        unplaced = sorted((item.x0, item.key) for phase in (long, at_left, own, at_right)
                          for item in phase.unplaced if left <= item.x0 < right)
        across = [item.key for item in long.unplaced
                  if item.x0 < left and self._occupied(item)[1] > left]
        rows_used = 1 + max((p.row for p in placements), default=-1)
        done = self._chunks[k] = ChunkPacking(k, left, right, placements, unplaced, across,
                                              rows_used)
        return done

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
                barriers: list[list[tuple[float, float]]], may_cut: bool) -> _Placed:
        """``items`` (in ``_order``) packed greedily into rows ``0..rows-1`` around
        ``barriers`` (per row, occupied intervals of an earlier phase, never cut): each
        item takes the first row free at its left end whose barriers its occupied
        interval does not meet; else (``may_cut``) the first row whose last title of this
        phase, cut to end ``ITEM_GAP`` before it and no narrower than its least width,
        makes room (``layout._shorten_a_label_before``'s rule); else it has no row.  An
        item that can take no row whatever its title's width is not measured."""
        placed = _Placed()
        ends = [-math.inf] * rows  # this phase's last occupied end per row
        last: list[tuple[Hashable, float] | None] = [None] * rows  # its key and least width
        pad = self.pad
        for item in items:
            left = _left(item)
            can_cut = may_cut and any(
                entry is not None and self._cuttable(placed, entry, row, ends, left)
                for row, entry in enumerate(last))
            if not can_cut and all(end > left for end in ends):
                placed.unplaced.append(item)  # no row, whatever its title (not measured)
                continue
            full = self._full(item)
            _l, right, label_x, inside = world_place(full, pad)
            end = right + ITEM_GAP
            row = next((r for r in range(rows) if ends[r] <= left
                        and not _meets(barriers[r], left, end)), None)
            if row is None and may_cut:
                for r in range(rows):
                    entry = last[r]
                    if (entry is not None and self._cuttable(placed, entry, r, ends, left)
                            and not _meets(barriers[r], left, end)):
                        key, _floor = entry
                        before = placed.placements[key]
                        room = left - ITEM_GAP - before.label_x
                        placed.placements[key] = before._replace(label_width=room)
                        start = placed.occupied[key][0]
                        placed.occupied[key] = (start, left)
                        row = r
                        break
            if row is None:
                placed.unplaced.append(item)
                continue
            floor = full.min_label_width if full.min_label_width is not None else (
                full.label_width)
            placed.placements[item.key] = Placement(item.key, row, label_x, inside,
                                                    full.label_width)
            placed.occupied[item.key] = (left, end)
            ends[row] = end
            last[row] = (item.key, min(floor, full.label_width))
        return placed

    @staticmethod
    def _cuttable(placed: _Placed, entry: tuple[Hashable, float], row: int,
                  ends: list[float], left: float) -> bool:
        """Whether the last title of ``row`` (``entry``: its key and least width) can be
        cut to end ``ITEM_GAP`` before ``left`` (a title right of its marker, at its
        row's end, cut to no less than its least width and to less than it is)."""
        key, floor = entry
        before = placed.placements[key]
        if before.label_inside or before.label_x + before.label_width + ITEM_GAP != ends[row]:
            return False
        room = left - ITEM_GAP - before.label_x
        return floor <= room < before.label_width


def _meets(intervals: list[tuple[float, float]], left: float, end: float) -> bool:
    """Whether ``[left, end)`` meets one of ``intervals`` (each ``[start, stop)``)."""
    return any(start < end and left < stop for start, stop in intervals)
