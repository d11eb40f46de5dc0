"""Pans by the scroll bar: the last picture moved (issue 11, session 42, frames46).

A mixin of ``timeline_view.TimelineView``.  While a pan by the scroll bar (its drag, its
arrows, its page steps, a value set) goes on, the view "rides the world"
(``_ride_on``), as a drag's stretch does:

* the lanes of rows are packed from the world's chunks from the pan's first frame (not
  after the view's rest: ``pack_lane`` dealt the rows again from the view's left edge at
  every pan), and their titles and "+N" badges stay where the world has them: the view's
  edge rules (``view_base._at_the_edges``: a title moved to the left edge, shortened at
  the right one; the "+N" at the edge) wait until the view rests, and a lane of rows does
  not shrink meanwhile;
* dense lanes are binned on the world's pixel line (bins at multiples of
  ``DENSITY_BIN_PX`` world px) and scaled by the peak of the pan's first frame;
* the origin stays on even world pixels (``_ride_snap``) and ``x_of_day`` reads world px
  less the view's, so that whatever is drawn moves by exactly the pan's pixels.

With ``RIDE_MOVED_PICTURES`` (off for now: not yet cheaper than a whole paint), a frame
of such a pan (``_ride_frame``) moves the last frame's lanes in the backing store
(``QBackingStore.scroll``: in place, no second picture) and paints over it, culled to
their columns, only the strip the pan brought in, the columns where an item, a badge or
an article line differs from the last frame's moved (compared in world px), and the
columns of the lanes' heads (names, swatches, "◀ N" / "N ▶"), then the heads, the axis
and the overview.  Anything it cannot show to be the same (a lane's height or mode
changed, a zoom, a resize, an edit, a selection or a hover changed, a search, eras or
Go to Date's mark on screen, a drag) paints whole.  When the view rests
(``WORLD_REST_MS`` without a frame) the ride ends and the view is laid out and painted
whole with its edge rules, as before.  Keys and wheel notches do not ride: their steps
are painted ahead while the app waits (``view_pictures._lay_out_ahead``), from pictures
made at rest.
"""

from __future__ import annotations

import math
import time
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPaintEngine, QPainter, QRegion

from timeline_app.ui.style import is_dark_palette
from timeline_app.ui.view_base import (
    ARTICLE_LINE_PX,
    DENSITY_BIN_PX,
    FEW_ARTICLE_LINES,
    LANES_TOP,
    ROW_HEIGHT,
    WORLD_PACKING,
    _Layout,
)

#: Whether scroll-bar pans ride the world at all (False: they lay out and paint as a view
#: at rest does, ``pack_lane`` until the view rests, as before session 42).  Off in the
#: app (the coordinator's choice, session 42): riding lowered the pans' medians 7-22 %
#: but raised every p95 (year at 2560x1440: 106.7 → 215.5 M instructions), the first pan
#: after a zoom packing every lane's chunks in its frame (56 ms against 19-29 ms for the
#: others) — issue 11 counts the p95 and the worst frame.  ``tests/ui/test_view_ride.py``
#: turns it on; step (e), a layout kept per world chunk and packed ahead, is what it waits
#: for (``benchmarks/README.md``, "Session 42, frames46").  Session 43 (frames47): a riding
#: frame packs at most ``RIDE_PARTS_IN_FRAME`` chunk parts (the 286 M frames gone, 141 at
#: worst), but the pans into new territory still cost more than main's (95.1 / 132.9 M
#: median / p95 against 88.1 / 106.8): the chunks ahead are not packed fast enough.
RIDE_PANS = False
#: Whether a riding pan's frame moves the last picture (``_ride_frame``) rather than
#: paint the view whole.  Off: built and exact (``tests/ui/test_view_ride.py`` turns it
#: on), but not yet cheaper than a whole paint — at 2560x1440 the move in place counts
#: ~13 M instructions and the clipped paints of the strip and the heads' columns cost
#: about what the rest of a whole paint does (session 42, frames46: a month's pans
#: 57.2 → 65.3 M median, the year's 88.0 → 75.9 M with the ride's layout alone giving
#: that; ``benchmarks/README.md``).  A layout kept per world chunk (step (e)) is what it
#: waits for.
RIDE_MOVED_PICTURES = False
#: A pan's frame paints whole rather than move its last picture when what changed
#: (the strip brought in and the items, badges and bars that differ) is wider than this
#: share of the view: two clipped paints of half the view cost more than a whole one.
RIDE_MOST_DAMAGE = 0.5
#: Damaged columns closer than this (px) are painted as one (each clipped paint has a
#: fixed cost: the backdrop, the grid, the lanes' loop).
RIDE_JOIN_PX = 48
#: Px to spare each side of an item or badge that changed: its outline, a highlight
#: (``_update_items``: 7 px) and the culling's spare (``view_paint.CULL_PAD_PX``).
RIDE_PAD_PX = 12
#: Px to spare beside a lane's head (its indicators' images have a margin of
#: ``INDICATOR_IMAGE_MARGIN``, outlines antialiased): the columns painted again for it.
RIDE_HEAD_SPARE_PX = 6


class RideMixin:
    """Pans by the scroll bar: the last picture moved."""

    _ride_on = False
    _ride_zoom = 0.0
    #: The last frame's layout and its lanes' signatures (``_signatures``) by ``id`` of
    #: its lanes (the layout held here: the ids stay its lanes').
    _ride_sigs: tuple[_Layout, dict[int, set[tuple[object, ...]]]] | None = None
    _ride_screen: tuple[Any, ...] | None = None

    def _riding(self, px_per_day: float | None = None) -> bool:
        """Whether a view at ``px_per_day`` (the view's) rides the world: a pan at
        the zoom it began at is going on (a zoom ends what it does)."""
        ppd = self._px_per_day if px_per_day is None else px_per_day
        return self._ride_on and self._ride_zoom == ppd

    def _rides(self) -> bool:
        """Whether a pan by the scroll bar would ride the world now."""
        return ((RIDE_PANS or self._kept_possible()) and self._scale.is_linear
                and self._pan is None
                and self._band is None
                and self._event_drag is None and self._layout_override is None
                and not self.paints_picture)

    def _ride_snapped(self, origin: float) -> float:
        """``origin`` as a riding pan puts it (``_ride_snap``): on an even world pixel."""
        if not self._rides():
            return origin
        ppd = self._px_per_day
        return 2 * round(origin * ppd / 2) / ppd

    def _ride_begin(self) -> None:
        """A pan by the scroll bar at the view's zoom: the view rides the world until it
        rests (``_ride_end``).  The world's chunks are used at once (``_world_at``), and
        the origin is put on an even world pixel."""
        if not self._rides():
            return
        kept = not RIDE_PANS  # (``view_kept_ride``: a rightward pan keeps its layout)
        if kept:
            last = self._kept_unsnapped
            before = (last[1] if last is not None and self._riding()
                      else self._shown_view[0] if self._shown_view is not None
                      and self._shown_view[1] == self._px_per_day else None)
            if before is None or not self._kept_step(before):
                # A step left, a jump or a first view: laid out as at rest.
                self._kept_ride, self._kept_unsnapped = None, None
                if self._ride_on:
                    self._ride_on = False
                    self._ride_peaks = {}
                    self._ride_heights = {}
                    self._ride_screen = self._ride_sigs = None
                return
        if not self._ride_on or self._ride_zoom != self._px_per_day:
            self._ride_on = True
            self._ride_zoom = self._px_per_day
            self._ride_peaks = {}
            self._ride_heights = {}
            self._ride_screen = None
        if WORLD_PACKING and not self._work_ahead_held and not kept:
            here = self._world_here()
            if self._world_at != here:
                # (a) No ``pack_lane`` during a pan: the chunks are packed as the
                # frames reach them, not after the view rests (their titles dealt once,
                # at the pan's first frame, and then kept).
                self._world_at = here
                self._world_note_seen(here)
                ppd = self._px_per_day
                for old in [key for key in self._side_pictures if key[7] == ppd]:
                    del self._side_pictures[old]
                self._side_queue = []
        unsnapped = self._origin
        self._ride_snap()
        if kept:
            self._kept_unsnapped = (unsnapped, self._origin, self._px_per_day)
        self._ride_moved_at = time.perf_counter()
        self._ride_timer.start(self._world_rest_timer.interval())

    def _ride_snap(self) -> None:
        """The origin on an even world pixel (``origin * px_per_day`` an even integer, to
        within float rounding: the layout reads it rounded, ``_layout_steps``).  Even:
        Python's ``round`` takes a half pixel to the even neighbour, so ``round(x -
        shift)`` is ``round(x) - shift`` only for an even ``shift`` (a grid line or a
        title's text at a half pixel moved by one pixel after a pan of an odd number
        of pixels, against the last picture moved)."""
        self._origin = self._ride_snapped(self._origin)

    def _ride_shift(self) -> int:
        """The view's left edge in world px (a whole number while riding)."""
        return round(self._origin * self._px_per_day)

    def _ride_end(self) -> None:
        """The view rested (``WORLD_REST_MS`` without a pan's frame): the edge rules come
        back and the dense lanes rescale; the view is laid out and painted whole."""
        wait = (self._world_rest_timer.interval()
                - (time.perf_counter() - self._ride_moved_at) * 1000)
        if wait > 1:
            self._ride_timer.start(math.ceil(wait))  # (a frame since the timer began)
            return
        if not self._ride_on:
            return
        self._ride_on = False
        self._ride_peaks = {}
        self._ride_heights = {}
        self._ride_screen = self._ride_sigs = None
        self._kept_end()  # (``view_kept_ride``: at the scroll bar's own origin)
        self.viewport().update()
        # (its picture and the views beside it, the steps of a key either way: made while
        # the app waits, as after any move; those made meanwhile were the ride's)
        self._picture_timer.start()

    # ------------------------------------------------------------------ frames
    def _ride_overlay(self) -> tuple[object, ...]:
        """What is drawn over the frame picture (``_paint_overlay``): a frame moves the
        last one's only when this stayed."""
        return (frozenset(self._selected_ids), self._hover_id, self._selection.event_id,
                self._matches is None, self._painted_primary)

    def _on_the_screen(self, painter: QPainter) -> bool:
        """Whether ``painter`` paints the window's backing store (not a grab's or a
        render's picture)."""
        import shiboken6

        store = self.viewport().backingStore()
        device = painter.paintEngine().paintDevice()
        return (store is not None and device is not None
                and shiboken6.getCppPointer(device)[0]
                == shiboken6.getCppPointer(store.paintDevice())[0])

    def _note_screen(self, painter: QPainter, whole: bool, key: tuple[object, ...] | None
                     ) -> None:
        """After a paint: what the backing store now holds, for the next pan's frame
        (``_ride_frame``): the frame of ``key`` (``_frame_key``) with the layout and the
        overlay of now when it was painted whole (``whole``) or is the same frame
        repainted in part; else nothing known."""
        if not self._on_the_screen(painter):
            return  # (a grab or a render: the backing store did not change)
        if not self._riding() or key is None:
            self._ride_screen = None
            return
        last = self._ride_screen
        if whole or (last is not None and last[0] == key):
            layout = self._layout()
            self._ride_screen = (key, self._ride_shift(), layout, self._ride_overlay(),
                                 self._ride_lanes(layout), self._ride_article_lines())
        else:
            self._ride_screen = None

    def _ride_article_lines(self) -> tuple[bool, list[float]]:
        """The article lines across the lanes: whether they are drawn from a stripe
        (more than ``FEW_ARTICLE_LINES``: the dashes' phase differs from the lines
        copied one by one) and their x in world px."""
        xs = self._article_line_columns()
        shift = self._origin * self._px_per_day
        return len(xs) > FEW_ARTICLE_LINES, [x + shift for x in xs]

    def _ride_lanes(self, layout: _Layout) -> tuple[object, ...]:
        """The lanes' modes and places: a frame whose lanes moved or changed mode is
        painted whole."""
        return tuple((lane.category, lane.top, lane.height, lane.dense)
                     for lane in layout.lanes)

    def _ride_frame(self, painter: QPainter, key: tuple[object, ...]) -> bool:
        """A pan's frame made from the last one moved (the module's docstring); False
        (nothing painted) when it cannot be: the caller paints whole."""
        last = self._ride_screen
        if (not RIDE_MOVED_PICTURES or last is None or not self._riding()
                or self._date_mark is not None
                or self.drag_preview() is not None or self._band is not None
                or painter.paintEngine().type() != QPaintEngine.Type.Raster
                or self.viewport().devicePixelRatioF() != 1.0
                or self._matches is not None or self._era_room() > 0
                or self._eras_on_screen()):
            return False
        old_key, old_shift, old_layout, old_overlay, old_lanes, old_lines = last
        # Everything but the origin the same (``_frame_key``'s 7th is the origin).
        if old_key[:6] != key[:6] or old_key[7:] != key[7:]:
            return False
        ppd = self._px_per_day
        exact = self._origin * ppd
        shift = round(exact)
        if abs(exact - shift) > 1e-6 or not self._on_the_screen(painter):
            return False
        dx = old_shift - shift  # (the picture moves right by dx)
        viewport = self.viewport()
        width, height = viewport.width(), viewport.height()
        if dx == 0 or abs(dx) >= width * RIDE_MOST_DAMAGE:
            return False
        if self._ride_overlay() != old_overlay:
            return False
        layout = self._layout()
        if self._ride_lanes(layout) != old_lanes:
            return False
        offset = self._content_offset()
        columns = self._ride_damage(old_layout, layout, old_shift, shift, width, height,
                                    offset)
        if columns is None:
            return False
        lines = self._ride_article_lines()
        if lines[0] != old_lines[0]:
            return False  # (the lines drawn the other way: their dashes' phase differs)
        for x in set(map(round, lines[1])).symmetric_difference(map(round, old_lines[1])):
            columns.append((math.floor(x - shift) - ARTICLE_LINE_PX,
                            math.ceil(x - shift) + ARTICLE_LINE_PX))
        strip = (width + dx, width) if dx < 0 else (0, dx)
        # The lanes' names, swatches and "◀ N" / "N ▶" stay at the view's edges while
        # the lanes move: where they were (moved with the picture) and where they go.
        old_left, old_right = self._ride_heads(old_layout, offset, width, height)
        new_left, new_right = self._ride_heads(layout, offset, width, height)
        heads = [(0, math.ceil(max(old_left + max(dx, 0), new_left))),
                 (math.floor(min(old_right + min(dx, 0), new_right)), width)]
        columns = _joined([*columns, strip, *heads], width)
        if sum(b - a for a, b in columns) > width * RIDE_MOST_DAMAGE:
            return False
        store = viewport.backingStore()
        at = viewport.mapTo(viewport.window(), QPoint(0, 0))
        lanes_area = QRect(0, LANES_TOP, width, height - LANES_TOP)
        if not store.scroll(QRegion(lanes_area.translated(at)), dx, 0):
            return False
        # The columns that changed: the lanes' content (backdrop, items, badges, bars),
        # clipped (culled to the clip's columns: ``_paint_lane_body``).
        damage = QRegion()
        for a, b in columns:
            rect = QRect(a, LANES_TOP, b - a, height - LANES_TOP)
            damage += rect
            painter.save()
            painter.setClipRect(rect)
            self._paint(painter, picture=True, lanes_only=True)
            painter.restore()
        # The heads over them (their columns painted again above).
        bottom = height
        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        dark = is_dark_palette()
        fills = self._lane_fill(0), self._lane_fill(1)
        for index, lane in enumerate(layout.lanes):
            top = lane.top + offset
            if top >= bottom or top + (lane.header or ROW_HEIGHT) <= LANES_TOP:
                continue
            self._paint_lane(painter, lane, offset, fills[index % 2], frozenset(), dark,
                             body=False)
        painter.restore()
        painter.fillRect(QRect(0, 0, width, LANES_TOP), self.palette().base())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)  # (as ``_paint``'s)
        self._paint_above_lanes(painter, self._axis_segments())
        # The highlights (``_paint_overlay``, after this) only where the picture was
        # painted again: elsewhere the moved picture holds them already.
        damage += QRect(0, 0, width, LANES_TOP)
        painter.setClipRegion(damage)
        self._ride_moved_at = time.perf_counter()
        return True

    def _ride_heads(self, layout: _Layout, offset: float, width: int, height: int
                    ) -> tuple[float, float]:
        """The columns the lanes' heads take on screen: right of the left ones (swatch,
        name, "◀ N") and left of the right ones ("N ▶"), viewport px with their
        outlines' and images' margins."""
        left, right = 0.0, float(width)
        spare = RIDE_HEAD_SPARE_PX
        for lane in layout.lanes:
            top = lane.top + offset
            if top >= height or top + (lane.header or ROW_HEIGHT) <= LANES_TOP:
                continue
            if lane.plate_w:  # (a compact lane's plate, its counts on it: ``_compact_plate``)
                left = max(left, lane.name_x + lane.plate_w + spare)
                continue
            left = max(left, 26 + self._name_width(lane.category) + spare)
            before, after = lane.indicator_rects
            if not before.isEmpty():
                left = max(left, before.right() + spare)
            if not after.isEmpty():
                right = min(right, after.left() - spare)
        kept = self._kept_lane_name()  # (a lane's name kept at the lanes' top: its plate)
        if kept is not None:
            left = max(left, 33 + self._name_width(kept[0].category) + spare)
        return left, right

    def _ride_damage(self, old: _Layout, new: _Layout, old_shift: int, shift: int,
                     width: int, height: int, offset: float) -> list[tuple[int, int]] | None:
        """The columns ``(left, right)`` (viewport px) where the lanes on screen differ
        between the last frame's layout moved and this one's: items whose marker,
        label or text changed, came or went, "+N" badges likewise, a dense lane's bars;
        None when a dense lane's bars differ (its bins or peak: paint whole)."""
        pad = RIDE_PAD_PX
        found: list[tuple[int, int]] = []
        # (each frame's signatures kept for the next one's, by lane: half the work)
        last, made = self._ride_sigs, {}
        kept = last[1] if last is not None and last[0] is old else {}
        self._ride_sigs = (new, made)  # (the layout held: its lanes' ids stay theirs)
        for before, now in zip(old.lanes, new.lanes, strict=True):
            top = now.top + offset
            if top >= height or top + now.height <= LANES_TOP:
                continue
            if now.dense:
                if not _same_bars(before, now, old_shift, shift, width):
                    return None
                continue
            old_sigs = kept.get(id(before))
            if old_sigs is None:
                old_sigs = _signatures(before, old_shift, self._dates_beside(before, old))
            new_sigs = made[id(now)] = _signatures(now, shift, self._dates_beside(now, new))
            for sig in old_sigs.symmetric_difference(new_sigs):
                left, right = sig[1] - shift - pad, sig[2] - shift + pad
                if right > 0 and left < width:
                    found.append((max(0, math.floor(left)), min(width, math.ceil(right))))
            # A title inside its bar and a badge's count are drawn at their fractional x
            # (``_paint_plain_items``, ``_draw_text``), and Qt's glyphs of a text begun
            # left of the view are not always those drawn inside it moved: one that came
            # to cross the left edge is drawn again.
            moved_by = old_shift - shift
            for item in now.items:
                if item.label_inside:
                    lx, _ly, lw, _lh = item.label_rect.getRect()
                    if lx < 0 <= lx - moved_by and lx + lw > 0:
                        found.append((0, min(width, math.ceil(lx + lw + pad))))
            for badge in now.badges:
                bx, _by, bw, _bh = badge.rect.getRect()
                if bx < 0 <= bx - moved_by and bx + bw > 0:
                    found.append((0, min(width, math.ceil(bx + bw + pad))))
        return found


def _signatures(lane: Any, shift: int, dates: dict[str, tuple[str, Any]]
                ) -> set[tuple[object, ...]]:
    """A lane of rows' items and badges as drawn, in world px (``shift`` added back):
    ``(what, left, right, ...)``, equal for a marker, a label, a date beside it
    (``dates``: ``view_dates``) or a badge that did not change (a bar's marker and its
    label apart: a title inside a long bar may move while the bar does not)."""
    sigs: set[tuple[object, ...]] = set()
    add = sigs.add
    for item in lane.items:
        mx, my, mw, mh = item.marker.getRect()
        lx, ly, lw, lh = item.label_rect.getRect()
        key = item.event_id
        add((key, mx + shift, mx + mw + shift, my, mh, item.is_point, item.circa,
             item.vague, item.plan, item.color.rgba()))
        add((key, lx + shift, lx + lw + shift, ly, lh, item.label, item.label_inside))
        date = dates.get(key)
        if date is not None:
            dx, dy, dw, _dh = date[1].getRect()
            add(("date", dx + shift, dx + dw + shift, dy, date[0]))
    for badge in lane.badges:
        bx, by, bw, _bh = badge.rect.getRect()
        add(("+", bx + shift, bx + bw + shift, by, badge.count))
    return sigs


def _same_bars(before: Any, now: Any, old_shift: int, shift: int, width: int) -> bool:
    """Whether a dense lane's bars in both frames are the same where both show them
    (world px), and so is its scale."""
    import numpy as np

    if not before.dense or before.bar_x is None or now.bar_x is None:
        return before.bar_x is None and now.bar_x is None and before.dense
    left, right = max(old_shift, shift), min(old_shift, shift) + width
    old_x = before.bar_x + old_shift
    new_x = now.bar_x + shift
    reach = DENSITY_BIN_PX
    old_in = (old_x + reach > left) & (old_x < right)
    new_in = (new_x + reach > left) & (new_x < right)
    return (before.bar_base == now.bar_base
            and np.array_equal(old_x[old_in], new_x[new_in])
            and np.array_equal(before.bar_h[old_in], now.bar_h[new_in]))


def _joined(columns: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """``columns`` sorted and joined where they overlap or lie within
    ``RIDE_JOIN_PX`` of each other, within ``[0, width]``."""
    joined: list[tuple[int, int]] = []
    for a, b in sorted(columns):
        a, b = max(0, a), min(width, b)
        if b <= a:
            continue
        if joined and a - joined[-1][1] <= RIDE_JOIN_PX:
            joined[-1] = (joined[-1][0], max(joined[-1][1], b))
        else:
            joined.append((a, b))
    return joined
