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
  known without measuring the title, it decides the item's level and its seam, so that
  only titles given a row are measured (``WorldLane._bound``).
* An item whose reach is longer than half a chunk is *long*.  Long items are packed
  first, into at most ``long_rows`` rows from the top, by the same rule one *level* up:
  in chunks ``fan`` times wider, whose seams and own items are packed as below, the
  longest items (a level further up) first (``WorldLane``).  A greedy chain of the long
  items from a clear point (an x no long item crosses) was tried first: at a month's zoom
  at 100 000 events the long spans overlap without a break for years, and that chain
  measured 25 000 titles for 40 chunks (frames28).
* A short item whose reach crosses a seam (it cannot cross two: it is at most half a
  chunk long) is a *seam item*.  The seam items of one seam are packed greedily among
  themselves in start order, around the long items, into at most ``max_rows`` rows
  (``_seam``): a rule that depends only on that set, so both chunks beside the seam agree.
  The seam items of two seams never meet (each lies within half a chunk of its seam).
* A chunk's *own* items (reach wholly inside it) are packed greedily in start order
  around the long items and both seams' items, as ``pack_lane`` packs (first row free,
  else the last title of a row cut down to its least width to make room, else no row:
  the item is *unplaced*, for a "+N" badge).

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

#: ``items_in(a, b, least_bar)``: the lane's items (world px) that may meet ``[a, b)``: at
#: least every item with ``x0 < b``, ``x1 >= a - reach`` (``WorldLane.reach``) and ``x1 -
#: x0 >= least_bar``, in any order, each once; more is allowed (they are filtered).
ItemsIn = Callable[[float, float, float], Sequence[LaneItem]]


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
            right)``: the levels above first, then the left seam's items, the chunk's
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


class _LevelChunk(Record):
    """Chunk ``k`` of ``level`` packed: its phases (``_Placed``), the levels above it
    first (``above``, merged), then its left seam's, its own and its right seam's."""

    _fields = ("level", "k", "above", "phases")
    level: int
    k: int
    above: _Placed
    phases: tuple[_Placed, ...]

    def __init__(self, level: int, k: int, above: _Placed,
                 phases: tuple[_Placed, ...]) -> None:
        self.level = level
        self.k = k
        self.above = above
        self.phases = phases


class WorldLane:
    """One lane of rows at one zoom, packed chunk by chunk (the module's text).

    Items are sorted into *levels* by how long their occupied interval is: level 0 holds
    those at most half a chunk long, level ``l`` those longer than half a level ``l - 1``
    chunk and at most half a level ``l`` chunk, whose chunks are ``chunk_px * fan**l``
    wide.  Each level is packed in its own chunks exactly as the module's text says of
    chunks (its seam items among themselves, its chunks' own around them), around the
    placements of the levels above it, which go first: so no packing is a chain longer
    than a chunk of its level, and a chunk of level 0 needs the few chunks above it that
    meet it.  Levels above 0 take at most ``long_rows`` rows from the top (spans longer
    than half a view at ``chunk_px`` the view's width: ``pack_lane``'s "wide" spans).

    Args:
        items_in: The lane's items in world px (``ItemsIn``), asked with a third
            argument ``least_bar``: items whose bar (``x1 - x0``) is shorter may be left
            out (the view's length buckets).  Keys must be unique and comparable (the
            view: event ids).  ``label_width`` negative: measured by ``measure`` when
            packing needs it.
        chunk_px: The chunks' width at level 0, world px; at least twice the longest a
            point's occupied interval can be (``2 * (2 * POINT_RADIUS + LABEL_GAP +
            most_width + ITEM_GAP)``), so that a point is always of level 0.
        max_rows: Rows of the lane (``pack_lane``'s ``max_rows``).
        long_rows: Rows the items of levels above 0 may take, from the top (at most
            ``max_rows``).
        most_width: The widest a label can be (the view: ``MAX_LABEL_PX``).
        measure: ``pack_lane``'s: an item whose ``label_width`` is negative, measured.
        pad: Padding inside a span's bar around its label.
        fan: How many times wider a level's chunks are than the level's below (>= 2).

    Raises:
        ValueError: ``chunk_px`` too narrow, rows out of range, ``fan`` below 2.

    ``chunk(k)`` is kept once computed (the lane's contents and rows are fixed for a
    ``WorldLane``: the view makes a new one when they change).
    """

    def __init__(self, items_in: ItemsIn,
                 chunk_px: float, max_rows: int, long_rows: int = 1,
                 most_width: float = 560.0,
                 measure: Callable[[LaneItem], LaneItem] | None = None,
                 pad: float = SPAN_LABEL_PAD, fan: int = 8) -> None:
        point_most = 2 * POINT_RADIUS + LABEL_GAP + most_width + ITEM_GAP
        if not chunk_px >= 2 * point_most:
            raise ValueError(f"WorldLane: chunk_px {chunk_px} < {2 * point_most}")
        if max_rows < 1 or not 0 <= long_rows <= max_rows:
            raise ValueError(f"WorldLane: rows {max_rows}, long rows {long_rows}")
        if fan < 2:
            raise ValueError(f"WorldLane: fan {fan} < 2")
        self.items_in = items_in
        self.chunk_px = float(chunk_px)
        self.max_rows = max_rows
        self.long_rows = long_rows
        self.most_width = most_width
        self.pad = pad
        self.fan = fan
        self._measure = measure
        #: The farthest an item's occupied interval reaches right of its ``x1``.
        self.reach = POINT_RADIUS + LABEL_GAP + most_width + ITEM_GAP
        #: The most a span's label adds to its occupied interval, right of its bar.
        self._label_most = LABEL_GAP + most_width + ITEM_GAP
        self._measured: dict[Hashable, LaneItem] = {}
        self._levels: dict[Hashable, int] = {}
        self._seams: dict[tuple[int, int], _Placed] = {}
        self._level_chunks: dict[tuple[int, int], _LevelChunk] = {}
        self._aboves: dict[tuple[int, int, int], _Placed] = {}
        self._chunks: dict[int, ChunkPacking] = {}

    # -- items -------------------------------------------------------------------------

    def width(self, level: int) -> float:
        """The chunks' width at ``level``, world px."""
        return self.chunk_px * float(self.fan) ** level

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

    def _ends_after(self, item: LaneItem, x: float) -> bool:
        """Whether ``item``'s occupied interval ends right of ``x``, its title measured
        only when its bar and the widest label do not tell."""
        if item.x1 + ITEM_GAP > x:
            return True
        if self._bound(item) <= x:
            return False
        return self._occupied(item)[1] > x

    def _level_of_length(self, length: float) -> int:
        level = 0
        while length > self.width(level) / 2:
            level += 1
        return level

    def _bound(self, item: LaneItem) -> float:
        """Where ``item``'s *reach* ends: its occupied interval's end with the widest
        title (or its bar's, with the gap, when any title fits inside), known without
        measuring.  Levels and seams are decided by the reach ``[left, bound)``, so
        deciding them measures nothing (a year pan measured twice as many titles as
        ``pack_lane`` when they were decided by the occupied interval)."""
        if item.x1 > item.x0:
            if self._sure_inside(item):
                return item.x1 + ITEM_GAP
            return item.x1 + self._label_most
        return item.x0 + self.reach

    def _level(self, item: LaneItem) -> int:
        """The item's level (the class's text), by its reach (``_bound``)."""
        level = self._levels.get(item.key)
        if level is None:
            level = self._levels[item.key] = self._level_of_length(
                self._bound(item) - _left(item))
        return level

    def _least_bar(self, level: int) -> float:
        """A bar shorter than this is of a level below ``level`` whatever its title."""
        return 0.0 if level == 0 else self.width(level - 1) / 2 - self._label_most

    def _rows(self, level: int) -> int:
        return self.max_rows if level == 0 else self.long_rows

    # -- the levels --------------------------------------------------------------------

    def _above(self, level: int, a: float, b: float) -> _Placed:
        """The placements (and items with no row) of every level above ``level`` in the
        level-``level + 1`` chunks that meet ``[a, b)``, merged (kept by those chunks):
        empty when no item there is long enough to be of such a level."""
        up = level + 1
        least = self._least_bar(up)
        if not any(item.x1 - item.x0 >= least and item.x0 < b
                   for item in self.items_in(a, b, least)):
            return _Placed()
        width = self.width(up)
        first, last = math.floor(a / width), math.floor(b / width)
        done = self._aboves.get((up, first, last))
        if done is not None:
            return done
        merged = _Placed()
        for k in range(first, last + 1):
            self._finished(up, k, merged)
        self._aboves[(up, first, last)] = merged
        return merged

    def _level_chunk(self, level: int, k: int) -> _LevelChunk:
        """Chunk ``k`` of ``level`` packed (kept): the levels above first, then its
        seams' items and its own (the module's text)."""
        done = self._level_chunks.get((level, k))
        if done is not None:
            return done
        width = self.width(level)
        left, right, half = k * width, (k + 1) * width, width / 2
        above = self._above(level, left - half, right + half)
        at_left, at_right = self._seam(level, k, above), self._seam(level, k + 1, above)
        own_items = []
        for item in self.items_in(left, right, self._least_bar(level)):
            if _left(item) < left or item.x0 >= right or self._level(item) != level:
                continue
            if self._bound(item) > right:
                continue  # a seam item of the right seam
            own_items.append(item)
        own_items.sort(key=_order)
        own = self._greedy(own_items, self._rows(level),
                           self._barriers([above, at_right]), may_cut=True, prior=at_left)
        done = self._level_chunks[(level, k)] = _LevelChunk(level, k, above,
                                                           (at_left, own, at_right))
        return done

    def _finished(self, level: int, k: int, into: _Placed) -> None:
        """Chunk ``k`` of ``level`` as it is drawn, added to ``into``: the levels above,
        its left seam's items (with the titles its own items cut), its own, and its
        right seam's items (with the titles chunk ``k + 1``'s own items cut)."""
        chunk = self._level_chunk(level, k)
        at_left, own, at_right = chunk.phases
        into.add(chunk.above)
        into.add(at_left, own)
        into.add(own)
        into.add(at_right, self._level_chunk(level, k + 1).phases[1])

    def _seam(self, level: int, j: int, above: _Placed) -> _Placed:
        """The items of ``level`` crossing its seam ``j`` (at ``j * width(level)``),
        packed among themselves around the levels above (kept by ``(level, j)``).
        ``above``: those levels' placements over at least half a chunk each side of the
        seam (pure functions of their chunks; nothing farther meets a seam item), so the
        result depends on ``(level, j)`` alone."""
        placed = self._seams.get((level, j))
        if placed is not None:
            return placed
        width = self.width(level)
        seam, half = j * width, width / 2
        items = []
        for item in self.items_in(seam - half, seam + half, self._least_bar(level)):
            if _left(item) < seam < self._bound(item) and self._level(item) == level:
                items.append(item)
        items.sort(key=_order)
        placed = self._seams[(level, j)] = self._greedy(
            items, self._rows(level), self._barriers([above]), may_cut=True)
        return placed

    def chunk(self, k: int) -> ChunkPacking:
        """Chunk ``k`` (of level 0) packed (``ChunkPacking``), kept once computed."""
        done = self._chunks.get(k)
        if done is not None:
            return done
        left, right = k * self.chunk_px, (k + 1) * self.chunk_px
        whole = _Placed()
        self._finished(0, k, whole)
        above = self._level_chunk(0, k).above
        placements: dict[Hashable, Placement] = {}
        for key, placement in whole.placements.items():
            start, end = whole.occupied[key]
            if start < right and end > left:
                placements[key] = placement
        unplaced = {item.key: item for item in whole.unplaced if left <= item.x0 < right}
        across = [item.key for item in above.unplaced
                  if item.x0 < left and self._ends_after(item, left)]
        rows_used = 1 + max((p.row for p in placements.values()), default=-1)
        done = self._chunks[k] = ChunkPacking(
            k, left, right, list(placements.values()),
            sorted((item.x0, item.key) for item in unplaced.values()), across, rows_used)
        return done

    def chunks_between(self, a: float, b: float) -> range:
        """The indices of the chunks (level 0) that meet ``[a, b)`` (world px)."""
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
                prior: _Placed | None = None) -> _Placed:
        """``items`` (in ``_order``) packed greedily into rows ``0..rows-1`` around
        ``barriers`` (per row, occupied intervals of an earlier phase, never cut), after
        ``prior`` (a phase left of every item, the left seam's: each row goes on from
        its last item there, whose title may be cut as this phase's).  Each item takes,
        in this order of preference:

        * the first row free at its left end whose barriers its occupied interval does
          not meet;
        * else (``may_cut``) the first row whose last title, cut to end ``ITEM_GAP``
          before it and no narrower than its least width, makes room
          (``layout._shorten_a_label_before``'s rule);
        * else the first row free at its left end where its own title, cut to end
          ``ITEM_GAP`` before the next barrier and no narrower than its least width,
          fits (as ``layout._place`` cuts a title at the view's right edge);
        * else no row.

        An item that can take no row whatever its title's width is not measured."""
        placed = _Placed()
        ends = [-math.inf] * rows  # the last occupied end per row
        last: list[tuple[Hashable, float] | None] = [None] * rows  # its key and least width
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

        pad = self.pad
        for item in items:
            left = _left(item)
            # The least its occupied interval can be, whatever its title: its bar, or a
            # point's marker and the gap after it.
            least_end = (item.x1 if item.x1 > item.x0 else item.x0 + POINT_RADIUS
                         + LABEL_GAP) + ITEM_GAP
            if not any((ends[r] <= left or (may_cut and _cuttable(now, last[r], ends[r], left)))
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
            row = next((r for r in range(rows) if ends[r] <= left
                        and not _meets(barriers[r], left, end)), None)
            if row is None and may_cut:
                for r in range(rows):
                    entry = last[r]
                    if (_cuttable(now, entry, ends[r], left)
                            and not _meets(barriers[r], left, end)):
                        assert entry is not None
                        key = entry[0]
                        before = now(key)
                        cut = before._replace(label_width=left - ITEM_GAP - before.label_x)
                        if key in placed.placements:
                            placed.placements[key] = cut
                            placed.occupied[key] = (placed.occupied[key][0], left)
                        else:
                            assert prior is not None
                            placed.cuts[key] = cut
                            placed.cut_occupied[key] = (prior.occupied[key][0], left)
                        row = r
                        break
            if row is None and not inside:
                for r in range(rows):
                    if ends[r] > left:
                        continue
                    starts = [start for start, stop in barriers[r] if stop > left]
                    if not starts or min(starts) < label_x + floor + ITEM_GAP:
                        continue  # nothing to cut before, or not room for its least
                    stop = min(starts)
                    width = stop - ITEM_GAP - label_x
                    end = stop
                    row = r
                    break
            if row is None:
                placed.unplaced.append(item)
                continue
            placed.placements[item.key] = Placement(item.key, row, label_x, inside, width)
            placed.occupied[item.key] = (left, end)
            placed.floors[item.key] = floor
            ends[row] = end
            last[row] = (item.key, floor)
        return placed


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
