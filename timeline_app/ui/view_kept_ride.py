"""Pans by the scroll bar with the layout kept between frames (issue 11, session 66).

A mixin of ``timeline_view.TimelineView``.  With ``RIDE_KEPT_LAYOUT`` on, a rightward
pan by the scroll bar rides the world (``view_ride``: titles stay put with their events,
the view's edge rules wait for the rest) and its frames do not lay the view out again:

* at the pan's first frame each lane of rows is packed once from the view's left edge
  (``layout.KeptPacking.first``: ``pack_lane``'s order, its spans wider than half the
  view and those covering it decided there, no right-edge rule), and the lanes keep the
  mode (rows or density) they had at the pan's start until the view rests;
* each later frame packs only the events the pan brings in at the right
  (``KeptPacking.extend``: ``_pack``'s greedy state resumed), makes items for them and
  for the titles that packing moved, and shifts the kept items by the pan's pixels;
  items and "+N" clusters left of the view are let go (a rightward pan never shows them
  again: a leftward step ends the ride);
* dense lanes are binned on the world's pixel line as the ride's are.

The view at rest (``WORLD_REST_MS`` after the last frame: ``view_ride._ride_end``) is
laid out as it always is, at the scroll bar's own origin, so its picture is today's.  A
pan to the left, a jump of more than the view's width, a zoom, an edit or a resize end
the kept layout (the frame is laid out as at rest).

On since session 66 (scale76): at 100 000 events the frames' p95 of ``bench_frames_ab.py``'s
year, month and week sessions fell 10-40 % and their instructions 16 % (``benchmarks/README.md``,
"Session 66, scale76").  Its frames still paint the view whole: the last picture moved
(``view_ride.RIDE_MOVED_PICTURES``) cost more than that whole paint with this layout too.
"""

from __future__ import annotations

import bisect
import math
from typing import Any

from timeline_app.ui.layout import (
    KeptPacking,
    LaneItem,
    LanePacking,
)
from timeline_app.ui.scale import PART_FRACTIONS
from timeline_app.ui.style import is_dark_palette
from timeline_app.ui.view_base import (
    DENSITY_BIN_PX,
    LANE_HEADER,
    LANE_PAD,
    MAX_LABEL_PX,
    MIN_LABEL_PX,
    ROW_HEIGHT,
    _Item,
    _LaneGeometry,
    _Layout,
)

#: Whether rightward scroll-bar pans keep their layout between frames (this module).
#: (``tests/ui/test_view_kept_ride.py``; a test of another path turns it off)
RIDE_KEPT_LAYOUT = True
#: Px past the view's right edge packed each frame: a point's marker reaching in.
KEPT_AHEAD_PX = 8
#: Px left of the view within which a kept item or "+N" cluster is still kept.
KEPT_BEHIND_PX = 2 * MAX_LABEL_PX


class _KeptLane:
    """A lane of rows kept through a pan: its packing, its items made so far (x in the
    packing's px, y from the lane's top), the events and items by id."""

    __slots__ = ("color", "events", "items", "lane_items", "made", "packer", "rows")

    def __init__(self, packer: KeptPacking, rows: int, color: Any) -> None:
        self.packer = packer
        self.rows = rows
        self.color = color
        self.events: dict[str, tuple[Any, int, int]] = {}
        self.lane_items: dict[str, LaneItem] = {}
        self.items: dict[str, _Item] = {}  # (by event id, in placement order)
        self.made = 0  # placements made into items so far


class _KeptRide:
    """A pan's kept layout: what it holds for (``key``), the packing's x = 0 in world px
    (``shift0``), the day up to which the lanes' events are packed, per lane its
    ``_KeptLane`` (None: dense for the whole pan) and the last frame's layout."""

    __slots__ = ("heights", "key", "lanes", "last_shift", "packed_day", "shift0", "view")

    def __init__(self, key: tuple[object, ...], shift0: int) -> None:
        self.key = key
        self.shift0 = shift0
        self.last_shift = shift0
        self.packed_day = -math.inf
        self.lanes: list[_KeptLane | None] = []
        self.heights: list[float] = []
        self.view: tuple[int, _Layout] | None = None


class KeptRideMixin:
    """Pans by the scroll bar with the layout kept between frames."""

    _kept_ride: _KeptRide | None = None
    #: While a kept ride is on: the scroll bar's own origin, the origin the ride snapped
    #: it to (``_ride_snap``) and the zoom: the view rests at the former, as a pan that
    #: did not ride would (its picture is today's).
    _kept_unsnapped: tuple[float, float, float] | None = None

    def _kept_key(self) -> tuple[object, ...]:
        """What a kept ride's layout holds for: a change of any of these ends it."""
        return (self._frame_generation, self._px_per_day, self._scale,
                self.viewport().width(), self.palette().cacheKey(), self._lane_room(),
                self._compact_lanes, self._era_room())

    def _kept_possible(self) -> bool:
        """Whether a pan by the scroll bar may keep its layout now: the switch, a
        linear scale, one stretch on screen (no gaps' bands), titles not held back of
        Fit All's right edge, and every lane's mode decided at this zoom."""
        if not RIDE_KEPT_LAYOUT or not self._scale.is_linear:
            return False
        width = max(1, self.viewport().width())
        if len(self._stretches_on_screen(width)) != 1:
            return False
        if self._titles_right_edge(self._origin, width) < width:
            return False
        modes = self._lane_modes.get((self._px_per_day, self._scale, width))
        return (modes is not None and self._lane_modes_generation == self._frame_generation
                and all(lane.category in modes for lane in self._lanes))

    def _kept_step(self, before: float) -> bool:
        """Whether a move of the origin from ``before`` (days) keeps the ride's layout: a
        step to the right of less than the view's width."""
        step = (self._origin - before) * self._px_per_day
        return 0 < step < self.viewport().width()

    def _kept_end(self) -> None:
        """The kept layout let go; the view's origin back on the scroll bar's own."""
        self._kept_ride = None
        kept, self._kept_unsnapped = self._kept_unsnapped, None
        if kept is not None and (self._origin, self._px_per_day) == kept[1:]:
            self._origin = kept[0]

    def _kept_layout(self) -> _Layout | None:
        """The frame's layout from the kept one (the module's docstring), or None (the
        caller lays the view out as at rest)."""
        ride = self._kept_ride
        key = self._kept_key()
        shift = round(self._origin * self._px_per_day)
        if ride is None or ride.key != key:
            ride = self._kept_ride = _KeptRide(key, shift)
            if not self._kept_start(ride):
                self._kept_ride = None
                return None
        elif shift < ride.last_shift:
            return None
        if ride.view is not None and ride.view[0] == shift:
            return ride.view[1]
        layout = self._kept_frame(ride, shift)
        ride.view = (shift, layout)
        ride.last_shift = shift
        return layout

    def _kept_start(self, ride: _KeptRide) -> bool:
        """The pan's first view packed (``KeptPacking.first``); False when a lane's mode
        is not known at this zoom."""
        width = max(1, self.viewport().width())
        modes = self._lane_modes.get((self._px_per_day, self._scale, width))
        if modes is None:
            return False
        ppd = self._px_per_day
        origin0 = ride.shift0 / ppd
        first_day = origin0
        packed_day = math.floor(origin0 + (width + KEPT_AHEAD_PX) / ppd) + 1
        dark = is_dark_palette()
        rooms = self._lane_room()
        base = self._kept_base_heights()
        for lane, (max_rows, _density_h) in zip(self._lanes, rooms, strict=True):
            dense = modes.get(lane.category)
            if dense is None:
                return False
            ride.heights.append(base.get(lane.category, 0.0))
            if dense:
                ride.lanes.append(None)
                continue
            kept = self._kept_lane(lane, max_rows, origin0, dark)
            events = lane.visible(first_day, packed_day, 1 << 40) or []
            kept.packer.first(self._kept_items(kept, events, origin0), float(width))
            ride.lanes.append(kept)
        ride.packed_day = packed_day
        return True

    def _kept_base_heights(self) -> dict[str, float]:
        """The lanes' heights in the view shown before the pan (its layout if kept): a
        lane does not shrink while the view pans."""
        shown = self._shown_view
        if shown is None or shown[1] != self._px_per_day:
            return {}
        origin, self._origin = self._origin, shown[0]
        riding, self._ride_on = self._ride_on, False
        try:
            key = self._layout_key()
        finally:
            self._origin, self._ride_on = origin, riding
        layout = self._layouts.get(key)
        return {} if layout is None else {lane.category: lane.height
                                          for lane in layout.lanes}

    def _kept_lane(self, lane: Any, max_rows: int, origin0: float, dark: bool) -> _KeptLane:
        """A lane of rows' kept packing, its titles measured as the view's are."""
        kept: _KeptLane

        def measure(item: LaneItem) -> LaneItem:
            full = self._label_width(kept.events[item.key][0])
            return LaneItem(item.key, item.x0, item.x1, min(full, MAX_LABEL_PX),
                            min(full, MIN_LABEL_PX))

        def least(item: LaneItem) -> float:
            return min(self._least_label_width(kept.events[item.key][0]), MAX_LABEL_PX)

        kept = _KeptLane(KeptPacking(max_rows, 0.0, measure, least, MAX_LABEL_PX),
                         max_rows, self._lane_color(lane.category, dark))
        return kept

    def _kept_items(self, kept: _KeptLane, events: list[tuple[Any, int, int]],
                    origin0: float) -> list[LaneItem]:
        """``events`` of a lane as packing items (sorted by ``x0``), keyed by id, in the
        packing's px (``origin0``: its x = 0, days), as ``_layout_steps`` makes them."""
        ppd = self._px_per_day
        known = self._label_cache.get
        most, fewest = MAX_LABEL_PX, MIN_LABEL_PX
        out: list[LaneItem] = []
        for entry in events:
            event, start, end = entry
            if end - start == 1:
                time = event.date.time
                mid = start + time.day_fraction() if time is not None else start + (
                    0.5 if (part := event.date.day_part) is None else PART_FRACTIONS[part])
                x0 = x1 = (mid - origin0) * ppd
                if time is not None and event.end is not None:
                    x0, x1 = self._timed_span_x(event, start, x0, origin0, ppd)
            else:
                x0 = (start - origin0) * ppd
                x1 = max(x0 + 2.0, (end - origin0) * ppd)
            key = event.id
            full = known(key)
            item = (LaneItem(key, x0, x1, -1.0) if full is None else
                    LaneItem(key, x0, x1, min(full, most), min(full, fewest)))
            kept.events[key] = entry
            kept.lane_items[key] = item
            out.append(item)
        out.sort(key=_X0)
        return out

    def _kept_frame(self, ride: _KeptRide, shift: int) -> _Layout:
        """The frame at ``shift`` (world px of the view's left edge): the events brought
        in packed, their items made, the kept items and badges moved."""
        ppd = self._px_per_day
        width = max(1, self.viewport().width())
        origin0 = ride.shift0 / ppd
        dx = shift - ride.shift0
        new_day = math.floor(origin0 + (dx + width + KEPT_AHEAD_PX) / ppd) + 1
        first_day, last_day = self.visible_days()
        head = 0 if self._compact_lanes else LANE_HEADER
        label_h = self._label_metrics.height()
        lanes: list[_LaneGeometry] = []
        by_id: dict[str, _Item] = {}
        top = float(self._era_room())
        bin_days: Any = None
        bin_x = 0
        dark = is_dark_palette()
        for index, (lane, kept) in enumerate(zip(self._lanes, ride.lanes, strict=True)):
            if kept is None:
                geometry = _LaneGeometry(lane.category, top,
                                         LANE_HEADER + self._lane_room()[index][1], True)
                if bin_days is None:
                    import numpy as np

                    first_bin = (shift // DENSITY_BIN_PX) * DENSITY_BIN_PX
                    bin_x = first_bin - shift
                    bin_days = (first_bin + np.arange(
                        0, width + 2 * DENSITY_BIN_PX, DENSITY_BIN_PX,
                        dtype=np.float64)) / ppd
                self._density(lane, geometry, self._lane_color(lane.category, dark),
                              bin_days, bin_x, self._ride_peaks)
                self._indicators(lane, geometry, first_day, last_day, set(), width)
                lanes.append(geometry)
                top += geometry.height
                continue
            if new_day > ride.packed_day:
                found = lane.visible(ride.packed_day, new_day, 1 << 40) or []
                packed_day = ride.packed_day
                entering = [entry for entry in found if entry[1] >= packed_day]
                changed = kept.packer.extend(self._kept_items(kept, entering, origin0))
                self._kept_make(kept, changed, width, label_h)
            elif kept.made < len(kept.packer.placements):
                self._kept_make(kept, set(), width, label_h)
            packing = kept.packer
            clusters = [c for c in packing.packing().clusters
                        if c.x1 - dx > -KEPT_BEHIND_PX]
            rows = max(1, len(packing.row_ends)) + (
                1 if packing.clusters or packing.first_clusters or packing.late_clusters
                else 0)
            height = max(head + rows * ROW_HEIGHT + LANE_PAD, ride.heights[index])
            ride.heights[index] = height
            geometry = _LaneGeometry(lane.category, top, height, False)
            geometry.header = head
            rows_top = top + head
            right = width + 8
            items = geometry.items
            for item in kept.items.values():
                mx, my, mw, mh = item.marker_box
                lx, ly, lw, lh = item.label_box
                left_x = min(mx, lx) - dx
                if left_x > right or max(mx + mw, lx + lw) - dx + 8 < 0:
                    continue
                moved = _Item(item.event_id, (mx - dx, my + rows_top, mw, mh),
                              (lx - dx, ly + rows_top, lw, lh), item.label,
                              item.label_inside, item.is_point, item.circa, item.color,
                              item.vague, item.plan)
                items.append(moved)
                by_id[item.event_id] = moved
            if clusters:
                shown = [type(c)(c.x0 - dx, c.x1 - dx, c.keys) for c in clusters
                         if c.x0 - dx < right]
                cluster_top = rows_top + max(1, len(packing.row_ends)) * ROW_HEIGHT
                geometry.badges = self._cluster_badges(shown, kept.events,  # type: ignore[arg-type]
                                                       cluster_top, kept.color, width, True)
            self._indicators(lane, geometry, first_day, last_day, set(), width,
                             reaching_in=True)
            self._kept_let_go(kept, dx)
            lanes.append(geometry)
            top += geometry.height
        ride.packed_day = max(ride.packed_day, new_day)
        layout = _Layout(lanes, top, by_id)
        return layout

    def _kept_make(self, kept: _KeptLane, changed: set[int], width: int,
                   label_h: float) -> None:
        """Items (x in the packing's px, y from the lane's rows' top) for the placements
        made since the last frame and for those whose title packing moved (``changed``),
        as ``_lane_finisher`` makes them."""
        placements = kept.packer.placements
        wanted = [placements[i] for i in sorted(changed) if i < kept.made]
        wanted += placements[kept.made:]
        kept.made = len(placements)
        if not wanted:
            return
        geometry = _LaneGeometry("", 0.0, 0.0, False)
        geometry.header = 0
        finish = self._lane_finisher(LanePacking(wanted, [], len(kept.packer.row_ends)),
                                     kept.lane_items, kept.events,  # type: ignore[arg-type]
                                     0.0, kept.color, width, True)
        finish(geometry)
        for item in geometry.items:
            kept.items.pop(item.event_id, None)
            kept.items[item.event_id] = item

    def _kept_let_go(self, kept: _KeptLane, dx: int) -> None:
        """The kept items wholly left of the view by more than ``KEPT_BEHIND_PX`` let go
        (a rightward pan never shows them again), and the clusters likewise."""
        items = kept.items
        if len(items) < 64:
            return
        gone = [key for key, item in items.items()
                if max(item.marker_box[0] + item.marker_box[2],
                       item.label_box[0] + item.label_box[2]) - dx < -KEPT_BEHIND_PX]
        if len(gone) * 4 < len(items):
            return
        for key in gone:
            del items[key]
        clusters = kept.packer.clusters
        cut = bisect.bisect_left([c.x1 - dx for c in clusters], -KEPT_BEHIND_PX)
        # (the last cluster may still grow: kept)
        if cut >= len(clusters):
            cut = len(clusters) - 1
        if cut > 0:
            del clusters[:cut]


def _x0(item: LaneItem) -> float:
    return item.x0


_X0 = _x0
