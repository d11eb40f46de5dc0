"""Titles measured, lanes laid out, rows packed from the world's chunks.

A mixin of ``timeline_view.TimelineView``: its methods, moved as they were by
``tools/split_view.py``.
"""

from __future__ import annotations

import bisect
import math
import operator
import time
from collections.abc import Callable, Generator, Sequence
from typing import Any

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from timeline_app.core import Event
from timeline_app.core.plans import is_plan_title, noted_title
from timeline_app.core.weeks import told_week
from timeline_app.ui.chunk_packing import WorldLane, world_place
from timeline_app.ui.layout import (
    BADGE_ROOM_AFTER,
    BADGE_ROOM_BEFORE,
    BADGE_ROW_EVENTS,
    CLUSTER_REACH,
    COVERING_ROWS,
    ELLIPSIS,
    ITEM_GAP,
    LABEL_GAP,
    POINT_RADIUS,
    SPAN_LABEL_PAD,
    WAS_FOLDED,
    Cluster,
    LaneItem,
    LanePacking,
    Placement,
    elide_words,
    pack_lane,
)
from timeline_app.ui.safe_text import display_title
from timeline_app.ui.scale import (
    PART_FRACTIONS,
    TIMED_SPAN_LEAST_PX,
    Viewport,
    point_day,
    timed_span,
)
from timeline_app.ui.style import is_dark_palette
from timeline_app.ui.view_base import (
    _CLUSTER_X0,
    _CONTEXT_INDEX,
    _CONTEXT_START,
    _EVENT,
    _EVENT_ID,
    _FIRST,
    _ITEM_ID,
    _LANE_ITEM_KEY,
    _LANE_ITEM_X0,
    AXIS_ZIGZAG_CLEARANCE,
    BREAK_TICKS_PX,
    COMPACT_SHIFT,
    DENSE_HYSTERESIS,
    DENSITY_BIN_PX,
    DENSITY_HEIGHT,
    IDLE_SLICE_MS,
    INDICATOR_HEIGHT,
    LANE_HEADER,
    LANE_PAD,
    LANE_ROWS_EASED,
    LANE_ROWS_GROWN,
    LANES_TOP,
    LAYOUT_ITEMS_PER_STEP,
    LAYOUTS_KEPT,
    LEAST_WIDTH_SHARE,
    LEAST_WIDTHS_KEPT,
    MAX_DENSITY_HEIGHT,
    MAX_LABEL_PX,
    MAX_ROWS,
    MAX_ROWS_TALL,
    MIN_LABEL_PX,
    READABLE_ITEM_PX,
    RIDE_PARTS_IN_FRAME,
    ROW_HEIGHT,
    WORLD_CHUNK_LEAST_PX,
    WORLD_CHUNK_STEP_PX,
    WORLD_CHUNKS_KEPT,
    WORLD_EAGER_EVENTS,
    WORLD_LANES_KEPT,
    WORLD_PACKING,
    WORLD_QUIET_MS,
    WORLD_ZOOMS_SEEN,
    _Aggregate,
    _at_the_edges,
    _ClusterBadge,
    _edge_width,
    _Item,
    _Lane,
    _LaneGeometry,
    _Layout,
    _left_of_marker,
    _make_room,
    _ModeChangeAheadError,
    _PaintJob,
    _PanUnfitError,
    _remembered_width,
    _run_to_the_end,
    _WorldRows,
    lane_keys,
    lane_label,
)
from timeline_app.ui.view_dates import DATES_MOST_ITEMS

#: A title shortened right of its marker goes left of it where its row leaves at least
#: this much more of it there (px; about a word), or room for all of it
#: (``_to_the_freer_side``, verify75 F12).
FREER_SIDE_GAIN_PX = 32.0
#: The rows kept before a change of the document are hints to a zoom at most this share
#: away from theirs (``_row_hints_of``).
ROW_HINTS_ZOOM = 0.05
#: The contents of the timeline whose rows the view keeps for a return to them (an undo,
#: a redo: ``_keep_rows_as_hints``): a hint map per lane shown, a few kB each.
ROWS_OF_CONTENTS = 64
#: ... and those rows are hints to a zoom at most this share away from theirs: the fit
#: after an undo may zoom by 10-15 % (verify65 F13's steps: 5.34 and 6.03 px a day).
ROW_HINTS_CONTENTS_ZOOM = 0.5


def _shown_title(event: Event) -> str:
    """The label the view draws for ``event``: its title, and for a date told as a limit
    the date's words after it ("Talks due to conclude (by mid 2027)"; ``FuzzyDate.limit``):
    drawn over its period, a deadline would read as an event that lasts it (ext49); for a
    plan moved from another day, that day ("Talks resume (scheduled, was 14 Jan)",
    ``core.plans.noted_title``; verify87 F3)."""
    title = noted_title(event) if " from " in event.date_basis else event.title
    if event.date.limit is None:
        return display_title(title)
    return display_title(f"{title} ({event.date.describe()})")


#: Titles measured whole (``_label_cache``) before texts are added up from their words
#: (``_summed_width``): the probe of the font (``_widths_add_up``, ~380 measurements,
#: ~5 M instructions, 0.4-1.5 ms) is not made for a small timeline's first paint (the
#: bundled one has 8 events: start-up), and a large one's is made in the first frame
#: that shows it, already its dearest (at 200, a 1600x900 month's second pan at 100 000
#: events made it: 81 -> 86 M instructions).
SUMMED_WIDTHS_AFTER = 50


class LayoutMixin:
    """Titles measured, lanes laid out, rows packed from the world's chunks."""

    #: ``_widths_add_up``'s answer for the label font (by its metrics, ``_label_metrics``:
    #: the font's ``key()`` is a string made at each call), and the widths of a space and
    #: "…" in it.
    _add_up_probe: tuple[QFontMetricsF, bool] | None = None
    _add_up_widths: tuple[float, float] = (0.0, 0.0)
    #: Whether a lane counts the events beyond each edge of the view ("◀ 1", "2 ▶",
    #: ``_indicators``): a print of the current view has none (``MainWindow._print_view``):
    #: on paper "◀ 1" beside a lane's name meant nothing (verify85 F8).  A picture keeps
    #: them (N more events of the lane before or after the period).
    counts_off_view = True
    #: What the view's layout was made from (``_layout_key`` less the generation and
    #: the headers) at the last change of its header rows (``_lane_headers_changed``).
    _headers_changed_for: tuple[object, ...] | None = None
    #: The ``_frame_generation`` the last change of the header rows began
    #: (``_lane_headers_changed``): a picture under way goes on under it
    #: (``_go_on_after_headers_changed``).
    _headers_changed_in = -1
    #: A new view is being painted whole from its layout (``_paint_new_view``): a change
    #: of the header rows its layout finds asks no repaint (the paint draws the new
    #: layout); set to True by ``_lane_headers_changed`` when one was found.
    _painting_new_view: bool | None = None

    @staticmethod
    def _copies(layout: _Layout, ids: set[str] | frozenset[str]) -> list[_Item]:
        """The items of ``ids`` in every lane of ``layout`` (by participant or place, an
        event has one in each of its lanes; ``items_by_id`` holds one of them)."""
        return [item for lane in layout.lanes for item in lane.items if item.event_id in ids]

    def _content_offset(self) -> float:
        """Add to content y to get viewport y."""
        return LANES_TOP - self.verticalScrollBar().value()

    def _events_area(self) -> QRect:
        vp = self.viewport().rect()
        return QRect(0, LANES_TOP, vp.width(), max(0, vp.height() - LANES_TOP))

    # ------------------------------------------------------------------ layout
    def _name_width(self, category: str) -> float:
        """Width of a lane's name in the bold font (cached: asked every frame)."""
        width = self._name_widths.get(category)
        if width is None:
            width = self._name_widths[category] = self._bold_metrics.horizontalAdvance(
                lane_label(category, self._lanes_by))
        return width

    def _small_width(self, text: str) -> float:
        """Width of a badge's or an indicator's text in the small font ("+12", "◀ 3"):
        a few hundred a frame, from a small set of strings, so measured once each."""
        return _remembered_width(self._small_widths, self._small_metrics, text, 10_000)

    def _bold_width(self, text: str) -> float:
        """Width of an axis's major label in the bold font ("2003", "March 2003"): the
        same few a zoom level, measured once each (not a few dozen times a frame)."""
        return _remembered_width(self._bold_widths, self._bold_metrics, text, 10_000)

    def _measure_label(self, text: str) -> float:
        """Width of ``text`` in the label font, remembered: eliding a title at another
        width measures the same word prefixes again (70 elisions a frame while panning
        a large timeline, issue 11).  A text of several words is added up from its
        words where that gives the same width (``_summed_width``)."""
        width = self._prefix_widths.get(text)
        if width is None:
            width = self._summed_width(text)
            if width is None:
                return _remembered_width(self._prefix_widths, self._label_metrics, text,
                                         100_000)
            _make_room(self._prefix_widths, 100_000)
            self._prefix_widths[text] = width
        return width

    def _summed_width(self, text: str) -> float | None:
        """``horizontalAdvance(text)`` in the label font, without shaping ``text``: the
        widths of its words (each measured once and remembered, ``_measure_label``),
        of the spaces between them and of a closing "…"; None (measure it) for a text
        that is not printable ASCII words (perhaps ending in "…"), of one word, or when
        the font does not add up so (``_widths_add_up``).

        The same number to the last bit: Qt's advances are whole 64ths of a pixel
        (``QFixed``), so their float sums are exact, and shaping joins a space or "…" to
        the glyph beside it without kerning in a font that passes the probe (every
        printable ASCII character beside a space and before "…").  Shaping a title
        costs ~9-15 us, adding up its words ~1 us: ~100 titles and elided prefixes
        measured a 2560x1440 pan at a year, 100 000 events (issue 11, session 44:
        92 731 titles of the bench's file and every word prefix of each, 0 differ).
        """
        ellipsis = text.endswith(ELLIPSIS)
        body = text[:-1] if ellipsis else text
        if " " not in body and not ellipsis:
            return None  # (a word: measured itself)
        if not (body.isascii() and body.isprintable()):
            return None
        if self._add_up_probe is None and len(self._label_cache) < SUMMED_WIDTHS_AFTER:
            return None  # (a small timeline: not worth the probe, ~0.4-1 ms once)
        if not self._widths_add_up():
            return None
        widths = self._prefix_widths
        words = body.split(" ")
        total = 0.0
        for word in words:
            if word:
                width = widths.get(word)
                if width is None:
                    width = _remembered_width(widths, self._label_metrics, word, 100_000)
                total += width
        space, dots = self._add_up_widths
        return total + (len(words) - 1) * space + (dots if ellipsis else 0.0)

    def _widths_add_up(self) -> bool:
        """Whether the label font's texts measure as their words, spaces and "…" added
        up (``_summed_width``): every printable ASCII character measured beside a space
        either side and before "…" gives the sum of their widths (no kerning or shaping
        across them).  Probed once per font (~380 measurements)."""
        known = self._add_up_probe
        metrics = self._label_metrics  # (made with the label font: asked once per font)
        if known is not None and known[0] is metrics:
            return known[1]
        advance = metrics.horizontalAdvance
        space, dots = advance(" "), advance(ELLIPSIS)
        adds_up = True
        for code in range(32, 127):
            glyph = chr(code)
            width = advance(glyph)
            if (advance(glyph + " ") != width + space or advance(" " + glyph) != space + width
                    or advance(glyph + ELLIPSIS) != width + dots):
                adds_up = False
                break
        self._add_up_widths = (space, dots)
        self._add_up_probe = (metrics, adds_up)
        return adds_up

    def _label_width(self, event: Event) -> float:
        """The width of the event's whole title in px (cached per event: measuring shapes
        the title, ~12 µs), or an estimate of it when the title is certainly wider than
        ``MAX_LABEL_PX`` + 0.5: every use caps the width at ``MAX_LABEL_PX`` (packing) or
        elides such a title (``_label_text``), so only that it is over matters.

        Certainly wider: the lower bound of ``_least_label_width``, from its words' widths
        already remembered (``_known_least_width``), is over ``MAX_LABEL_PX`` + 0.5.
        The estimate is then those widths plus a space between each two words: at least
        the bound, so over the cap too, and near the width (``elide_words`` guesses its
        first prefix from it).  A fifth of the 100 000-event file's titles, ~10 shapings
        of a 2560x1440 pan at a year (issue 11).
        """
        width = self._label_cache.get(event.id)
        if width is None:
            title = _shown_title(event)
            if (len(title) * self._label_char_width > MAX_LABEL_PX
                    and (least := self._known_least_width(event, title)) > MAX_LABEL_PX + 0.5):
                width = (least / LEAST_WIDTH_SHARE
                         + (len(title.split()) - 1) * self._measure_label(" "))
            else:
                width = self._summed_width(title)
                if width is None:
                    width = self._label_metrics.horizontalAdvance(title)
            self._label_cache[event.id] = width
        return width

    def _least_label_width(self, event: Event) -> float:
        """A lower bound of ``_label_width(event)`` without shaping the title: the sum of
        its words' widths (each measured once, remembered: titles share their words), a
        share of it, and no spaces.

        Shaping joins the words with spaces, whose advances (~3 px each) are left out
        here; what shaping across a space may take off (kerning against it, a mirrored
        bracket) is far less than a space, and ``LEAST_WIDTH_SHARE`` leaves 3 % more.
        Packing uses it to cluster an event near the right edge without measuring its
        title (``pack_lane``'s ``least_width``): ~15 µs a title, 70 % of the titles
        measured in a cold fit-all (issue 11).
        """
        least = self._least_cache.get(event.id)
        if least is not None:
            return least
        words = _shown_title(event).split()
        widths = self._prefix_widths
        try:
            total = sum(map(widths.__getitem__, words))
        except KeyError:
            total = sum(map(self._measure_label, words))
        _make_room(self._least_cache, LEAST_WIDTHS_KEPT - 1)
        least = self._least_cache[event.id] = total * LEAST_WIDTH_SHARE
        return least

    def _known_least_width(self, event: Event, title: str) -> float:
        """``_least_label_width(event)`` if it is remembered or every word of ``title``
        (the event's title as shown) has been measured, else 0: ``_label_width`` does not
        shape a title's words to spare shaping the title (a dozen new words cost more)."""
        least = self._least_cache.get(event.id)
        if least is None:
            try:
                least = sum(map(self._prefix_widths.__getitem__, title.split()))
            except KeyError:
                return 0.0
            least *= LEAST_WIDTH_SHARE
        return least

    def _least_word_width(self, word: str) -> float:
        """A lower bound of what ``word`` adds to a title's prefix that it ends, with the
        space before it (``elide_words``'s ``least_word``): a share of its own width,
        the space left out, as in ``_least_label_width``."""
        return self._measure_label(word) * LEAST_WIDTH_SHARE

    def _label_text(self, event: Event, width: float) -> tuple[str, float]:
        """The title, elided at a word boundary to ``width`` when it is wider."""
        full = self._label_width(event)
        if full <= width + 0.5:
            return _shown_title(event), full
        # Cached by width in steps of 8 px: a pan or a zoom does not measure again.
        step = int(width // 8)
        if step <= 0:
            return "", 0.0  # (no room: what eliding to 0 px gives, without measuring)
        key = (event.id, step)
        cached = self._elided_cache.get(key)
        if cached is None:
            _make_room(self._elided_cache, 50_000)
            text = elide_words(_shown_title(event), step * 8, self._measure_label, full,
                               self._least_word_width)
            cached = (text, self._measure_label(text))
            self._elided_cache[key] = cached
        return cached

    def _layout_key(self) -> tuple[object, ...]:
        """Everything a layout is computed from besides the lanes' contents (whose
        changes bump ``_frame_generation``): where the view looks, its width, the scale's
        breaks and the palette (the items' colours)."""
        # (``_titles_right_edge`` reads these and the last Fit All's room, which a Fit All
        # sets for the width in the key, at the origin and scale it moves the view to:
        # no key of these holds two edges)
        return (self._frame_generation, self._origin, self._px_per_day, self._scale,
                self.viewport().width(), self.palette().cacheKey(), self._lane_room(),
                self._world_key(self._px_per_day), self._compact_lanes)

    def _layout(self) -> _Layout:
        if self._layout_override is not None:
            return self._layout_override
        if self._pan is not None and self._pan.moved and self._pan_valid():
            return self._pan_view_layout()
        if self._kept_unsnapped is not None and self._riding():
            kept = self._kept_layout()  # (a rightward pan's layout kept: ``view_kept_ride``)
            if kept is not None:
                return kept
        layout = self._layout_at_rest()
        if not self._laying_out_ahead:
            wanted = self._compact_wanted(layout)
            if wanted != self._compact_lanes:
                # (the other layout packs the same rows: its height says the same)
                self._compact_lanes = wanted
                self._lane_headers_changed()
                layout = self._layout_at_rest()
        return layout

    def _compact_wanted(self, layout: _Layout) -> bool:
        """Whether the lanes of rows are laid out compactly (``_compact_lanes``): no
        header row, each lane's swatch, name and "◀ N" / "N ▶" on a plate in its first
        row (``_compact_plate``).  True when, in the view's height below the axis, the
        normal layout's lanes (``layout``'s height with a ``LANE_HEADER`` row for each
        lane of rows) do not fit and the compact ones (``LANE_HEADER`` less each) do:
        at 150 % on a 1366x768 screen the default timeline's lanes needed 364 px of
        265 after Fit All, the Meeting lane's second row cut and the Anniversary lane
        below the window (verify76 F17).  The rows packed do not depend on the header
        (``_lane_room`` shares the height as before), so either layout decides the same
        and a window tall enough goes back to the normal layout.  Never for a picture
        or a printed page (``picture_rows``, ``page_rows``): they lay out in full."""
        if self.picture_rows or self._page_rows is not None:
            return False
        rows_lanes = sum(1 for lane in layout.lanes if not lane.dense)
        if not rows_lanes:
            return False
        saved = LANE_HEADER * rows_lanes
        normal = layout.content_height + (saved if self._compact_lanes else 0)
        room = self.viewport().height() - LANES_TOP
        return normal > room >= normal - saved

    def _layout_at_rest(self) -> _Layout:
        """The layout of the view at rest (``_layout`` less the compact choice)."""
        key = self._layout_key()
        layout = self._layouts.get(key)
        if layout is not None:
            return layout
        layout = self._reveal_layout(key)  # (a reveal's view laid out while the app waited)
        if layout is not None:
            self._keep_layout(key, layout)
            return layout
        job = self._paint_job
        if job is not None and job.layout_steps is not None and job.layout_key == key:
            # The layout of this very view is under way in a job's slices: the rest
            # of it, not a second one from the start.
            steps, job.layout_steps = job.layout_steps, None
            layout = _run_to_the_end(steps)
            if job.flip is not None:  # a change its earlier steps found: made now
                job.layout = layout
                layout = self._flipped_ahead(key)
        else:
            layout = self._flipped_ahead(key)
            if layout is not None and self._laying_out_ahead:
                return layout  # the job's own bands: its change is not made yet
        if layout is None:
            layout = self._compute_layout()
        # Kept under the key read after it: a lane that changed its mode in that layout
        # (``_lane_on_screen``) bumped the generation, and the layout is the new one's
        # (kept under the old key, the frame laid the view out a second time).
        self._keep_layout(self._layout_key(), layout)
        return layout

    def _flipped_ahead(self, key: tuple[object, ...]) -> _Layout | None:
        """The finished layout of the step ahead with ``key`` (``_layout_key``) whose
        layout found lanes' changes of mode (``_PaintJob.flip``), or None.  Asked for
        the view on screen (its frame), the changes are made now, as that view's own
        layout would make them (the same decisions, one generation on for each), and
        the job's layout and picture are kept under their keys of the new generation;
        the decisions it was made under must still hold (else None)."""
        for job in (self._paint_job, self._flip_ahead):
            if (job is None or job.flip is None or job.layout is None
                    or job.layout_key != key):
                continue
            if self._laying_out_ahead:
                return job.layout
            if job is self._flip_ahead:
                self._flip_ahead = None
            if (self._lane_modes_generation != self._frame_generation
                    or any(self._lane_modes.get(zoom, {}).get(category) != (not dense)
                           for zoom, category, dense in job.flip)):
                if job is self._paint_job:
                    self._paint_job = None
                return None
            for zoom, category, dense in job.flip:
                self._lane_modes[zoom][category] = dense
                self._lane_mode_changed()
            self._lane_modes_generation = self._frame_generation
            assert job.key is not None and job.layout_key is not None
            job.key = (self._frame_generation, *job.key[1:])
            job.layout_key = (self._frame_generation, *job.layout_key[1:])
            layout, job.layout, job.flip = job.layout, None, None
            self._keep_layout(job.layout_key, layout)
            if job is not self._paint_job and job.picture is not None:  # finished
                if self._ahead_picture is not None:
                    self._spare_canvas = self._ahead_picture[1]
                self._ahead_picture = (job.key, job.picture)
            return layout
        return None

    def _keep_layout(self, key: tuple[object, ...], layout: _Layout) -> None:
        """``layout``, finished, kept by ``key`` (``_layout_key``); the oldest goes."""
        if key not in self._layouts and len(self._layouts) >= LAYOUTS_KEPT:
            # The oldest goes, freed after the frame (``paintEvent``); with no event loop
            # between frames (no timer fires), one is freed here for each let go.
            if len(self._released) >= LAYOUTS_KEPT:
                del self._released[0]
            self._released.append(self._layouts.pop(next(iter(self._layouts))))
        self._layouts[key] = layout

    def _compute_layout(self) -> _Layout:
        """The layout of the view as it stands, whole: ``_layout_steps`` run to the end
        (the one code path: a layout made in slices is this one)."""
        return _run_to_the_end(self._layout_steps())

    def _layout_steps(self, stretch: tuple[float, int, tuple[tuple[bool, int, float], ...]]
                      | None = None, only: frozenset[str] | None = None
                      ) -> Generator[None, None, _Layout]:
        """The layout of the view, in steps: the generator yields between lanes and,
        in a lane with many labels, every ``LAYOUT_ITEMS_PER_STEP`` labels made (the
        titles' measuring and eliding is most of a crowded lane's time), and returns the
        ``_Layout``.  Work ahead (``_paint_slice``) runs it a few steps a slice so that no
        slice holds the GUI thread much over ``IDLE_SLICE_MS``; between two steps the
        view's ``_frame_key`` must not change (the slices check it), as every step reads
        the view's state anew (origin, scale, width, lanes, palette, lane modes).

        ``stretch``: a pan gesture's stretch (``_Pan``) instead of the view: ``(origin,
        width, fixed)``, its left edge (display units) and width (px), which are its
        packing edges, and per lane ``(dense, rows, height)`` as the view on screen has
        them: the lane keeps its mode and its height, and packs into at most those rows
        (with a "+N" row kept free when it needs one).

        ``only``: the lanes (categories, or names by participant or place) laid out; the
        others are left out of the layout (a probe of whether an event gets an item of
        its own at a zoom, ``zoom_steps_to_item``: its lanes' items are the whole
        layout's, the lanes above them only move them down), and so are what only a
        paint reads (a density lane's bars, the "◀ N" counts).  None: every lane.

        Raises:
            _ModeChangeAheadError: from ``_lane_on_screen``, for a view not on screen.
            _PanUnfitError: a stretch's lane needs more rows than the view's lane has.
        """
        fixed: tuple[tuple[bool, int, float], ...] | None = None
        if stretch is None:
            width = max(1, self.viewport().width())
            first_day, last_day = self.visible_days()
            origin = self._origin
        else:
            origin, width, fixed = stretch
            first_day, last_day = Viewport(self._scale, origin, self._px_per_day,
                                           width).visible_days()
        # x_of_day without a method call per event (a thousand a frame zoomed out).
        u_of_day, ppd = self._scale.u_of_day, self._px_per_day
        day_of_u = self._scale.day_of_u
        linear = self._scale.is_linear  # then u_of_day(day) is day: no call per event
        # Lanes of rows packed from the world's chunks (titles that stay put as the view
        # pans, ``_world_packing``) while there is data to pan into on the right; where
        # the view at rest shows the data's end (Fit All, the latest events) nothing pans
        # in, and ``pack_lane`` reads the last titles whole left of their markers where the
        # chunks cut them at the edge (``_world_beyond_the_right``).  A pan's stretch
        # follows the view at rest, so the drag and the view agree.
        world_wanted = linear and self._world_beyond_the_right()
        # (a new zoom level: ``pack_lane`` until its chunks are packed while the app
        # waits and swapped in, ``_world_rested``)
        # A pan by the scroll bar (``view_ride``): titles ride with the world (no edge
        # rules until the view rests) and dense lanes are binned on the world's pixel
        # line, scaled by the peak the pan began with; its lanes of rows are packed from
        # the world's chunks whatever ``_world_at`` (a lane's change of mode mid-pan gives
        # the lanes other rows, other chunks: ``pack_lane`` dealt them again).
        ride = (stretch is None and linear and self._riding()
                and self._kept_unsnapped is None)  # (a kept ride: ``view_kept_ride``)
        world = world_wanted and (ride or self._world_on())
        # A zoom swapped in before (zoomed back to): its lanes whose chunks are packed
        # are packed from them at once, the others by ``pack_lane`` until the swap.
        partial = world_wanted and not world and stretch is None and self._world_partial()
        ride_shift = round(origin * ppd) if ride else 0
        self._ride_parts_left = RIDE_PARTS_IN_FRAME  # (``_world_lane_ready``)
        world_lanes: list[tuple[_Lane, int]] = []  # (the lanes of rows packed eagerly)
        label_widths = self._label_cache
        dark = is_dark_palette()  # once a frame, not once a lane (it reads the palette)
        bin_days: Any = None  # the density columns' first days (a list or an array)
        bin_x = 0  # (the first column's x: a pan's bins on the world's line, below)
        rooms = self._lane_room()
        head = 0 if self._compact_lanes else LANE_HEADER  # (a lane of rows': ``_compact_wanted``)
        lanes: list[_LaneGeometry] = []
        items_by_id: dict[str, _Item] = {}
        top = self._era_room()  # the eras' titles above the first lane (``view_eras``)
        edges = self._stretches_on_screen(width, None if stretch is None else origin)
        # Titles take no room past Fit All's right edge (``_titles_right_edge``): a view
        # panned past it shows Fit All's titles moved, not dealt again (verify66 F12).
        titles_width = self._titles_right_edge(origin, width)
        strip_end: int | None = None  # (titles cut at ``titles_width`` read on into it)
        if titles_width < width:
            strip_end = width
            last_left = edges[-1][0]
            edges[-1] = (last_left, max(last_left, titles_width))
        # (``context`` below: with gaps' bands on screen, every span is an item)
        context_left, context_right = edges[0] if len(edges) == 1 else (-math.inf, -math.inf)
        context_half = (context_right - context_left) / 2 if len(edges) == 1 else math.inf
        # The content's rows on screen (a stretch's lanes: all, a pan's picture is tall).
        seen_top, seen_bottom = -math.inf, math.inf
        deferred: list[_LaneGeometry] = []
        if stretch is None:
            seen_top = float(self.verticalScrollBar().value())
            seen_bottom = seen_top + max(0, self.viewport().height() - LANES_TOP)

        def pack(on_screen: list[tuple[Event, int, int]], max_rows: int,
                 hints: dict[str, int] | None = None) -> tuple[Any, ...]:
            """A lane of rows' items and packing: ``(packing, by_index, lane_items,
            context_keys, context_item, measure, least, covering_keys, rows_before)``
            (the pieces a pan's stretch packs again with a row less); ``hints``: the
            lane's rows before (``_row_hints_of``)."""
            # Each event's key in packing is its index in ``on_screen`` (no dictionary of
            # ids a lane); its title is measured only if packing places it (``measure``):
            # most events of a crowded lane join a "+N" badge.
            lane_items: list[LaneItem] = []
            append = lane_items.append
            # Spans wider than half the view starting at or left of its edge (one
            # stretch): beyond the first ``max_rows`` of them by start, none can get a
            # row, and they join the "+N" at the edge without an item (``pack_lane``'s
            # ``context``).  A busy lane at a month's zoom has ~400 such a frame.
            context: list[tuple[int, int]] = []  # (start, index in on_screen)
            # Those of them that cover the view to its right edge too: packed last, one
            # row at most (``pack_lane``'s ``covering``: verify53 F11).
            covering: list[tuple[int, int]] = []
            # Per event, the fewest steps (issue 11, layout15: ~500 events a lane of rows at
            # a year's zoom, each new pan): the items made by ``tuple.__new__``
            # (``LaneItem``'s ``__new__`` is a Python function) and the caps by comparisons
            # (``min`` and ``max`` are calls).  The same values as ``LaneItem(index, x0, x1,
            # min(full, MAX_LABEL_PX), min(full, MIN_LABEL_PX))`` with ``x1`` at least
            # ``x0 + 2.0``, and the same arithmetic as ``context_item``'s.
            new, get = tuple.__new__, label_widths.get
            part_fractions = PART_FRACTIONS
            most, fewest = MAX_LABEL_PX, MIN_LABEL_PX
            for index, (event, start, end) in enumerate(on_screen):
                if end - start == 1:
                    # (``point_day`` inlined: a day's middle, or its time of day)
                    time = event.date.time
                    mid = start + time.day_fraction() if time is not None else start + (
                        0.5 if (part := event.date.day_part) is None else part_fractions[part])
                    x0 = x1 = ((mid if linear else u_of_day(mid)) - origin) * ppd
                    if time is not None and event.end is not None:
                        x0, x1 = self._timed_span_x(event, start, x0, origin, ppd)
                else:
                    x0 = ((start if linear else u_of_day(start)) - origin) * ppd
                    x1 = ((end if linear else u_of_day(end)) - origin) * ppd
                    if not x1 > x0 + 2.0:  # ``max(x0 + 2.0, x1)``
                        x1 = x0 + 2.0
                    if x0 <= context_left and x1 - x0 > context_half:
                        (covering if x1 >= context_right else context).append((start, index))
                        continue
                full = get(event.id)
                append(new(LaneItem, (index, x0, x1, -1.0, None)) if full is None else
                       new(LaneItem, (index, x0, x1, most if most < full else full,
                                      fewest if fewest < full else full)))
            context.sort(key=_CONTEXT_START)  # by start (stably): by x0, as ``sort`` below

            def context_item(index: Any) -> LaneItem:
                # a context span's item, as the loop above makes it (the same arithmetic)
                event, start, end = on_screen[index]
                x0 = ((start if linear else u_of_day(start)) - origin) * ppd
                x1 = max(x0 + 2.0, ((end if linear else u_of_day(end)) - origin) * ppd)
                full = label_widths.get(event.id)
                return (LaneItem(index, x0, x1, -1.0) if full is None else
                        LaneItem(index, x0, x1, min(full, MAX_LABEL_PX),
                                 min(full, MIN_LABEL_PX)))

            lane_items += map(context_item, map(_CONTEXT_INDEX, context[:max_rows]))
            context_keys: list[Any] = list(map(_CONTEXT_INDEX, context[max_rows:]))
            covering_keys: list[Any] = []
            if covering:
                # (the shortest first, then the one starting last: ``layout._cover_order``;
                # the rest by start, as the "+N" at the edge lists them)
                covering.sort(key=_CONTEXT_START)
                first = min(covering, key=lambda pair: (on_screen[pair[1]][2] - pair[0],
                                                        -pair[0]))
                covering_keys = [first[1]] + [index for _start, index in covering
                                              if index != first[1]]
            by_index = dict(zip(map(_LANE_ITEM_KEY, lane_items), lane_items, strict=True))
            # (the one that may get a row: ``pack_lane``'s ``covering``; of two, the
            # other may take the row of a "+1", ``layout._lone_covering``)
            for key in covering_keys[:2]:
                by_index[key] = context_item(key)
            lane_items.sort(key=operator.itemgetter(1))  # by x0

            def measure(item: LaneItem) -> LaneItem:
                full = self._label_width(on_screen[item.key][0])  # type: ignore[index]
                return LaneItem(item.key, item.x0, item.x1, min(full, MAX_LABEL_PX),
                                min(full, MIN_LABEL_PX))

            def least(item: LaneItem) -> float:
                return min(self._least_label_width(on_screen[item.key][0]),  # type: ignore[index]
                           MAX_LABEL_PX)

            rows_before = None
            if hints:
                def rows_before(index: Any) -> int:
                    return hints.get(on_screen[index][0].id, -1)

            packing = self._pack_by_stretch(lane_items, max_rows, titles_width, measure,
                                            least, edges, context_keys, context_item,
                                            covering_keys, rows_before)
            return (packing, by_index, lane_items, context_keys, context_item, measure, least,
                    covering_keys, rows_before)

        for index, (lane, (max_rows, density_h)) in enumerate(
                zip(self._lanes, rooms, strict=True)):
            if only is not None and lane.category not in only:
                continue
            color = self._lane_color(lane.category, dark)
            # Far more events than pixels: draw the lane's density instead of markers.
            world_rows = max_rows  # (the view's rows: a stretch packs from its chunks)
            if fixed is None:
                on_screen = self._lane_on_screen(lane, first_day, last_day, width, max_rows)
            else:
                dense, max_rows, fixed_height = fixed[index]
                on_screen = None if dense else lane.visible(first_day, last_day, 1 << 40)
            if on_screen is None:
                geometry = _LaneGeometry(lane.category, top, LANE_HEADER + density_h, True)
                if bin_days is None and ride:
                    # Bins at multiples of DENSITY_BIN_PX in world px: the bars stand
                    # still while the view pans (``view_ride``).
                    import numpy as np

                    first_bin = (ride_shift // DENSITY_BIN_PX) * DENSITY_BIN_PX
                    bin_x = first_bin - ride_shift  # (0 or a few px left of the edge)
                    bin_days = (first_bin + np.arange(
                        0, width + 2 * DENSITY_BIN_PX, DENSITY_BIN_PX,
                        dtype=np.float64)) / ppd
                if bin_days is None:  # the same columns for every dense lane
                    if linear:  # day_at(x) is origin + x / ppd: all columns at once
                        import numpy as np

                        bin_days = origin + np.arange(
                            0, width + 2 * DENSITY_BIN_PX, DENSITY_BIN_PX,
                            dtype=np.float64) / ppd
                    else:
                        bin_days = [day_of_u(origin + x / ppd) for x in
                                    range(0, width + 2 * DENSITY_BIN_PX, DENSITY_BIN_PX)]
                if only is None:  # (a probe asks for items only)
                    if ride:
                        self._density(lane, geometry, color, bin_days, bin_x,
                                      self._ride_peaks)
                    else:
                        self._density(lane, geometry, color, bin_days)
                    self._indicators(lane, geometry, first_day, last_day, set(), width)
                lanes.append(geometry)
                top += geometry.height
                yield
                continue
            lane_world = world
            if (world and ride) or partial:  # (its chunks not packed: ``pack_lane``)
                lane_world = self._world_lane_ready(self._world_rows(lane, world_rows),
                                                    origin, width, ride)
            hints = self._row_hints_of(lane.category)
            if (fixed is None and len(edges) == 1 and top >= seen_bottom
                    and self._fills_its_rows(on_screen, max_rows, context_left, origin,
                                             ppd, context_right)):
                # Below the rows on screen, with more spans across the view's left edge
                # than it has rows: every row is taken and some event joins a "+N", so
                # its height is known without packing it (``_fills_its_rows``), and its
                # items, its packing too, are made when something asks for them (a lane
                # scrolled into view, a hit, ``items_by_id``): at a month's zoom at
                # 100 000 events, four of eight lanes of rows a pan (issue 11, mid12).
                height = head + (max_rows + 1) * ROW_HEIGHT + LANE_PAD
                geometry = _LaneGeometry(lane.category, top, height, False)
                geometry.header = head
                geometry._finish = (
                    self._world_packed_later(self._world_rows(lane, max_rows), on_screen,
                                             max_rows, origin, top, color, width, ride)
                    if lane_world else
                    self._packed_later(pack, on_screen, max_rows, top, color, titles_width,
                                       hints, strip_end,
                                       self._probed_packing(lane.category, (
                                           self._frame_generation, origin, ppd,
                                           self._scale, titles_width, tuple(edges),
                                           max_rows, hints, ride), on_screen)))
                geometry._clustered = True
                deferred.append(geometry)
                if only is None:
                    shown = set(map(_EVENT_ID, map(_EVENT, on_screen)))
                    self._indicators(lane, geometry, first_day, last_day, shown, width)
                lanes.append(geometry)
                top += geometry.height
                yield
                continue
            if world_wanted and fixed is None:
                world_lanes.append((lane, world_rows))
            # (the ids on screen: the "◀ N" counts' below, and the world's packing's)
            shown = set(map(_EVENT_ID, map(_EVENT, on_screen)))
            if lane_world:
                # Packed from chunks anchored to the world (``_world_packing``): a
                # stretch of a pan from the view's, within the lane's rows on screen.
                packing, by_index, events_of = self._world_packing(
                    self._world_rows(lane, world_rows), on_screen, world_rows, origin, width,
                    None if fixed is None else max_rows, on_screen_ids=shown, ride=ride)
            else:
                packed_from = (self._frame_generation, origin, ppd, self._scale,
                               titles_width, tuple(edges), max_rows, hints, ride)
                packed = self._probed_packing(lane.category, packed_from, on_screen)
                if packed is None:
                    packed = pack(on_screen, max_rows, hints)
                    if only is not None and stretch is None:
                        self._probe_packs[lane.category] = (packed_from, on_screen, packed)
                packing, by_index, events_of = packed[0], packed[1], on_screen
                (lane_items, context_keys, context_item, measure, least, covering_keys,
                 rows_before) = packed[2:]
            rows = max(1, packing.rows_used) + (1 if packing.clusters else 0)
            height = head + rows * ROW_HEIGHT + LANE_PAD
            if fixed is not None:  # the stretch of a pan: the lane keeps its height
                if height > fixed_height and max_rows > 1 and not world:  # "+N": a row less
                    packing = self._pack_by_stretch(lane_items, max_rows - 1,
                                                    titles_width, measure, least, edges,
                                                    context_keys, context_item,
                                                    covering_keys, rows_before)
                    rows = max(1, packing.rows_used) + (1 if packing.clusters else 0)
                    height = head + rows * ROW_HEIGHT + LANE_PAD
                if height > fixed_height:
                    raise _PanUnfitError
                height = fixed_height
            elif ride:
                # A lane of rows does not shrink while the view pans (``view_ride``): the
                # lanes below stay put and the last picture moved holds them.
                height = self._ride_heights[lane.category] = max(
                    height, self._ride_heights.get(lane.category, 0.0))
            geometry = _LaneGeometry(lane.category, top, height, False)
            geometry.header = head
            yield  # (packing a crowded lane measures up to a few hundred titles)
            finish = self._lane_finisher(packing, by_index, events_of, top, color,
                                         width if lane_world else titles_width,
                                         ride and lane_world,
                                         None if lane_world else strip_end,
                                         not lane_world)
            if top >= seen_bottom or top + height <= seen_top:
                # Off screen (the content's rows scrolled into view are seen_top to
                # seen_bottom): its items and badges are made when something asks for
                # them (its paint once scrolled into view, a hit, a search, the
                # selection, ``items_by_id``).  At a month's zoom at 100 000 events,
                # four of eight lanes of rows: ~1-1.5 ms of a pan (issue 11, lanes11).
                geometry._finish = finish
                geometry._clustered = bool(packing.clusters)
                deferred.append(geometry)
            else:
                for _ in finish(geometry, steps=True):
                    yield
                items_by_id.update(zip(map(_ITEM_ID, geometry.items), geometry.items,
                                       strict=True))
            if only is None:
                self._indicators(lane, geometry, first_day, last_day, shown, width)
            lanes.append(geometry)
            top += geometry.height
            yield
        layout = _Layout(lanes, top, items_by_id)
        layout.deferred = deferred
        if world_wanted and stretch is None:
            layout.world_lanes = world_lanes
        return layout

    def _probed_packing(self, category: str, packed_from: tuple[object, ...],
                        on_screen: list[tuple[Event, int, int]]) -> tuple[Any, ...] | None:
        """The packing of lane ``category`` a probe made (``_layout_steps``' ``only``,
        ``zoom_steps_to_item``: the zoom that draws an event, tried on its lanes alone)
        when it was packed from ``packed_from`` (the generation, origin, px per day,
        scale, titles' edge, stretches, rows, hints and ride of the view now) and the very
        ``on_screen`` events: ``pack``'s tuple, taken (a probe's packing serves one
        layout).  None otherwise.  The zoom a reveal then makes lays the same lane out
        again at the same view: its packing is a function of these (issue 11: the first
        PageDown in the Events list from Fit All packed its event's lane twice)."""
        kept = self._probe_packs.pop(category, None)
        if kept is None or kept[0] != packed_from or kept[1] != on_screen:
            return None
        return kept[2]

    def _keep_rows_as_hints(self) -> None:
        """The document is about to be laid out again (an event added, changed or
        removed): the rows its events have in the layout on screen are kept as hints
        for the packing (``pack_lane``'s ``rows_before``), so that the events around
        one added or moved keep their rows (verify54 F13: an import into a crowded lane
        dealt its rows again, the events under the pointer changing row), and the
        events of its "+N" badges as ``WAS_FOLDED`` (they take no row another wants).
        Only when
        the layout of the view as it stands is made (an import's later events find it
        gone: the hints of its first stay); the lanes laid out later (off screen) give
        none.  Kept until the next change; used at the zoom and the way of lanes they
        were taken at (``_row_hints_of``)."""
        hints = self._rows_on_screen()
        if hints is None:
            return
        self._row_hints = hints
        self._row_hints_at = (self._px_per_day, self._lanes_by)
        self._row_hints_compact = {}
        # the rows of the contents being left, for a return to them (verify65 F13)
        kept = self._rows_of_contents
        kept.pop(self._contents_key, None)
        kept[self._contents_key] = (hints, self._row_hints_at)  # (the most recent last)
        if len(kept) > ROWS_OF_CONTENTS:
            del kept[next(iter(kept))]

    def _rows_on_screen(self) -> dict[str, dict[str, int]] | None:
        """The rows the events have in the layout of the view as it stands, by lane
        (event id → row, ``WAS_FOLDED`` for an event in a "+N"), the lanes laid out
        whole only; None when that layout is not made."""
        layouts = self._layouts
        if not layouts:
            return None
        layout = layouts.get(self._layout_key())
        if layout is None:
            return None
        hints: dict[str, dict[str, int]] = {}
        for geometry in layout.lanes:
            if geometry.dense or geometry._finish is not None or not geometry.items:
                continue
            rows_mid = geometry.top + geometry.header + ROW_HEIGHT / 2
            lane = hints[geometry.category] = dict.fromkeys(
                (key for badge in geometry.badges for key in badge.keys), WAS_FOLDED)
            lane.update((item.event_id,
                         round((item.marker.center().y() - rows_mid) / ROW_HEIGHT))
                        for item in geometry.items)
        return hints

    def rows_shown(self) -> tuple[dict[str, dict[str, int]], float, str] | None:
        """The rows of the lanes as shown (``_rows_on_screen``), the zoom (px a day) and
        the way of lanes they are of, for the file's next opening
        (``take_rows_shown``; verify75 F13); None when not laid out."""
        hints = self._rows_on_screen()
        if hints is None:
            return None
        return hints, self._px_per_day, self._lanes_by

    def take_rows_shown(self, rows: dict[str, dict[str, int]], px_per_day: float,
                        lanes_by: str) -> None:
        """Lay the timeline's contents as just opened out with ``rows`` as hints (rows of
        ``rows_shown`` when its file was left), at a zoom within
        ``ROW_HINTS_CONTENTS_ZOOM`` of ``px_per_day``, as an undo back to contents shown
        before is: a hand-added event on the bottom row of its lane came back on the top
        row after save, quit and reopen, the rows dealt afresh in date order (verify75
        F13).  An event not in ``rows`` (the file changed since) has no hint."""
        self._rows_of_contents[self._contents_key] = (rows, (px_per_day, lanes_by))
        self._invalidate(lanes=False)  # type: ignore[attr-defined]

    def _row_hints_of(self, lane: str) -> dict[str, int] | None:
        """The rows the events of ``lane`` had before the last change of the document
        (``_keep_rows_as_hints``), at the view's way of lanes and a zoom within
        ``ROW_HINTS_ZOOM`` of theirs (an import's Fit All again, a little wider for its
        events: 1-3 % in ``benchmarks/rows_kept.py``); None when none are kept for them.

        When the timeline's contents are ones the view showed before and left
        (``_contents_key``: an undo or a redo back to them, or the same edit undone by
        hand), the rows it showed then, at a zoom within ``ROW_HINTS_CONTENTS_ZOOM``:
        undo and redo give back the rows they took, where the rows of the contents passed
        through dealt them before (verify65 F13: after 11 undos and 11 redos two events of
        a lane had swapped rows)."""
        back = self._rows_of_contents.get(self._contents_key)
        if back is not None and back[1][1] == self._lanes_by and abs(
                self._px_per_day / back[1][0] - 1.0) <= ROW_HINTS_CONTENTS_ZOOM:
            rows = back[0].get(lane)
            if rows is not None:
                return rows
        at = self._row_hints_at
        if (not self._row_hints or at is None or at[1] != self._lanes_by
                or abs(self._px_per_day / at[0] - 1.0) > ROW_HINTS_ZOOM):
            return None
        hints = self._row_hints.get(lane)
        if hints is None:
            return None
        kept = self._row_hints_compact.get(lane)
        if kept is None or kept[0] != self._lanes_generation:
            kept = (self._lanes_generation, self._hints_without_empty_rows(lane, hints))
            self._row_hints_compact[lane] = kept
        return kept[1]

    def _hints_without_empty_rows(self, lane: str, hints: dict[str, int]) -> dict[str, int]:
        """``hints`` (event id → row, ``_keep_rows_as_hints``) of ``lane`` for the events
        still in it, the rows left empty by those gone (moved to another lane, deleted)
        taken out, the others' order kept: after Move to Lane of two of a lane's three
        events the third kept its row 3 with two empty rows above it until the view was
        laid out anew (verify59 F16).  The same dict when no row was emptied."""
        placed = self._placed
        spellings = self._lane_spellings
        staying = {event_id: row for event_id, row in hints.items()
                   if (event := placed.get(event_id)) is not None
                   and lane in lane_keys(event, self._lanes_by, spellings)}
        if len(staying) == len(hints):
            return hints
        rows = sorted({row for row in staying.values() if row >= 0})
        if rows == list(range(len(rows))):
            return staying
        new_row = {row: index for index, row in enumerate(rows)}
        return {event_id: new_row.get(row, row) for event_id, row in staying.items()}

    def _fills_its_rows(self, on_screen: list[tuple[Event, int, int]], rows: int,
                        left: float, origin: float, ppd: float,
                        right: float = math.inf) -> bool:
        """Whether more than ``rows`` of ``on_screen``'s spans (``_layout_steps``'s
        events of a lane of rows, ``(event, start, end)`` in days) reach across ``left``
        (viewport px, the view's left edge; ``origin`` and ``ppd`` the view's), their
        x computed as ``_layout_steps`` computes them.  Then packing the lane into
        ``rows`` rows (``pack_lane``) takes every row and puts an event into a "+N":
        each such span's extent (``layout._place``: its bar, and its label where that
        goes) reaches across ``left`` whatever its label, so no two share a row (a row
        takes an item only right of its last one, or of its last label cut short,
        which starts right of the bar), and an event joins a "+N" only once every row
        is taken.  The lane's height is then its rows and the "+N" row's, known
        without packing it (issue 11, mid12: a lane below the rows on screen is
        packed only when something asks for its items).  Spans that reach across
        ``right`` too (the view's right edge, px) cover the view: ``COVERING_ROWS`` of
        them count at most (``pack_lane``'s ``covering``, verify53 F11), as they take
        no more rows."""
        linear, u_of_day = self._scale.is_linear, self._scale.u_of_day
        across = 0
        covering = 0
        for _event, start, end in on_screen:
            if end - start == 1:
                continue  # a day's event: a point (its marker is 12 px wide)
            x0 = ((start if linear else u_of_day(start)) - origin) * ppd
            if x0 > left:
                continue
            x1 = max(x0 + 2.0, ((end if linear else u_of_day(end)) - origin) * ppd)
            if x1 >= right:
                covering = COVERING_ROWS
            elif x1 >= left:
                across += 1
            if across + covering > rows:
                return True
        return False

    def _packed_later(self, pack: Callable[..., tuple[Any, ...]],
                      on_screen: list[tuple[Event, int, int]], rows: int, top: float,
                      color: QColor, width: int, hints: dict[str, int] | None = None,
                      strip_end: int | None = None, packed: tuple[Any, ...] | None = None
                      ) -> Callable[[_LaneGeometry], None]:
        """A lane's ``_finish`` that packs it (``pack``: ``_layout_steps``'s, with what
        the view was when it was laid out, ``hints`` its rows before) and then makes its
        items and badges (``_lane_finisher``): the lane laid out below the rows on
        screen with its height known (``_fills_its_rows``)."""

        def finish(geometry: _LaneGeometry) -> None:
            packing, by_index = (pack(on_screen, rows, hints) if packed is None
                                 else packed)[:2]
            self._lane_finisher(packing, by_index, on_screen, top, color, width,
                                strip_end=strip_end, sides=True)(geometry)

        return finish

    def _world_packed_later(self, world: _WorldRows, on_screen: list[tuple[Event, int, int]],
                            rows: int, origin: float, top: float, color: QColor, width: int,
                            ride: bool = False) -> Callable[[_LaneGeometry], None]:
        """``_packed_later`` of a lane packed from its world chunks
        (``_world_packing``, with the lane's ``world`` and the view's ``origin`` as it
        was laid out)."""

        def finish(geometry: _LaneGeometry) -> None:
            packing, by_index, events_of = self._world_packing(world, on_screen, rows,
                                                               origin, width, ride=ride)
            self._lane_finisher(packing, by_index, events_of, top, color, width,
                                ride)(geometry)

        return finish

    def _timed_span_x(self, event: Event, start: int, x: float, origin: float,
                      ppd: float) -> tuple[float, float]:
        """``(x0, x1)`` (px) of a one-day event whose point is at ``x``: its bar from its
        start time to its end time (``scale.timed_span``) when at least
        ``TIMED_SPAN_LEAST_PX`` wide at ``ppd`` px a day from ``origin``, else the point."""
        span = timed_span(event, start)
        if span is None:
            return x, x
        u_of_day = self._scale.u_of_day
        x0, x1 = (u_of_day(span[0]) - origin) * ppd, (u_of_day(span[1]) - origin) * ppd
        return (x0, x1) if x1 - x0 >= TIMED_SPAN_LEAST_PX else (x, x)

    def _lane_finisher(self, packing: LanePacking, by_index: dict[Any, LaneItem],
                       on_screen: list[tuple[Event, int, int]], top: float, color: QColor,
                       width: int, ride: bool = False, strip_end: int | None = None,
                       sides: bool = False) -> Any:
        """``finish(geometry, steps=False)``: makes a lane's items (titles elided, markers
        and labels placed) and "+N" badges from its packing (``_layout_steps``); with
        ``steps`` a generator yielding every ``LAYOUT_ITEMS_PER_STEP`` items (the
        layout's slices).  Reads only what it is given and the label font's measures,
        so a lane laid out off screen is finished later as it would have been then.
        ``strip_end``: the view's right edge when the titles were packed within
        ``width``, Fit All's room (``_titles_right_edge``): a title right of its marker
        shortened at ``width`` reads on into the strip up to it, on its side and row
        (the strip holds no marker: it is past the data's end).  ``sides``: packed by
        ``pack_lane`` (not from the world's chunks, whose titles keep their side while
        the view pans: ``_at_the_edges``), so a title shortened right of its marker goes
        left of it where more of it reads there (``_to_the_freer_side``)."""
        label_h = self._label_metrics.height()

        def make(geometry: _LaneGeometry) -> Generator[None, None, None]:
            items = geometry.items
            append, label_text, known = items.append, self._label_text, self._label_cache.get
            # The same arithmetic as ``top + LANE_HEADER + row * ROW_HEIGHT`` (left to
            # right) and ``mid - label_h / 2``, its constant parts once a lane.
            rows_top, half_h = top + geometry.header, label_h / 2
            placements = packing.placements  # (``wanted``: the label width packing gave)
            flipped: set[Any] = set()
            if sides:
                # (before the strip: as at the Fit All whose titles a pan past it moves,
                # its left edge moved with them; verify66 F12)
                placements = self._to_the_freer_side(
                    placements, by_index, on_screen, width, flipped,
                    self._fit_left_edge())
            if strip_end is not None:
                placements = self._into_the_strip(placements, by_index, on_screen, width,
                                                  strip_end)
            capped: list[tuple[int, Event]] = []  # titles cut at ``MAX_LABEL_PX``
            for made, (key, row, label_x, inside, wanted) in enumerate(placements, 1):
                _key, x0, x1, _full, _least = by_index[key]
                event = on_screen[key][0]
                full = known(event.id)  # ``_label_text``'s first case without its call
                if full is not None and full <= wanted + 0.5:
                    label, label_w = _shown_title(event), full
                else:
                    label, label_w = label_text(event, wanted)
                    if wanted >= MAX_LABEL_PX - 0.5 and not inside:
                        capped.append((len(items), event))
                if label_w < wanted and (key in flipped or (not inside and abs(
                        (x0 - POINT_RADIUS if x1 == x0 else x0) - LABEL_GAP
                        - label_x - wanted) < 0.5)):
                    # (elided: it still ends at its marker, whether the packing or
                    # ``_to_the_freer_side`` put it left of it; the packing's, shortened
                    # from the view's left edge or the row's last title, stood there
                    # with up to a word's px empty before the marker: verify87 F8)
                    label_x += wanted - label_w
                mid = rows_top + row * ROW_HEIGHT + ROW_HEIGHT / 2
                point = x1 == x0
                # (boxes as numbers: their ``QRectF`` made when asked, ``_Item``)
                append(_Item(event.id, (x0 - 6, mid - 6, 12.0, 12.0) if point
                             else (x0, mid - 9, x1 - x0, 18.0),
                             (label_x, mid - half_h, label_w, label_h), label,
                             inside, point, event.date.circa, color,
                             # (a week an article named is some day of it: hatched as
                             # a date not known to the day, not a span, verify63 F6)
                             not point and (event.end is None or told_week(event)),
                             is_plan_title(event.title)))
                if not made % LAYOUT_ITEMS_PER_STEP:
                    yield
            if capped:
                self._widen_capped_titles(items, placements, capped, width)
            if sides and 0 < len(items) <= DATES_MOST_ITEMS:
                # (a long title cut for its date where its row has no room for it)
                self._room_for_dates(items, width)  # type: ignore[attr-defined]
            cluster_top = top + geometry.header + max(1, packing.rows_used) * ROW_HEIGHT
            geometry.badges = self._cluster_badges(packing.clusters, on_screen,
                                                   cluster_top, color, width, ride)

        def finish(geometry: _LaneGeometry, steps: bool = False
                   ) -> Generator[None, None, None] | None:
            if steps:
                return make(geometry)
            for _ in make(geometry):
                pass
            return None

        return finish

    def _into_the_strip(self, placements: list[Placement], by_index: dict[Any, LaneItem],
                        on_screen: list[tuple[Event, int, int]], edge: int, strip_end: int
                        ) -> list[Placement]:
        """``placements`` with each title right of its marker shortened at ``edge`` (Fit
        All's room, ``_titles_right_edge``) given the strip after it up to ``strip_end``,
        whole where it fits (``_lane_finisher``'s ``strip_end``: the strip is past the
        data's end, no marker or title of any row is there)."""
        out = list(placements)
        for at, (key, _row, label_x, inside, wanted) in enumerate(placements):
            if inside or label_x <= by_index[key].x1 or label_x + wanted < edge - 0.5:
                continue
            room = min(self._label_width(on_screen[key][0]), strip_end - label_x)
            if room > wanted:
                out[at] = placements[at]._replace(label_width=room)
        return out

    def _to_the_freer_side(self, placements: list[Placement], by_index: dict[Any, LaneItem],
                           on_screen: list[tuple[Event, int, int]], width: int,
                           flipped: set[Any], left_edge: float = 0.0) -> list[Placement]:
        """``placements`` (a lane packed by ``pack_lane`` within ``width``) with each title
        shortened right of its marker put left of it instead where its row leaves room
        there for the whole title or for ``FREER_SIDE_GAIN_PX`` more of it, after the
        item before it in its row and within its stretch (a gap's band, or the view's
        left edge: ``left_edge``, px, that of the Fit All the view shows moved, as
        ``_titles_right_edge`` its right edge, so that a title keeps the side Fit All gave
        it; ``_stretches_on_screen``).  A title so moved is then shortened at the view's
        left edge (``_edge_width``: none under ``EDGE_TITLE_LEAST_PX``), as one right of
        its marker is at the right edge: the side is the scene's, the cut the view's
        (view74 decided the side against Fit All's edge and let the title run past the
        view's: ``test_no_label_is_cut_by_the_viewport_on_the_default_timeline``).  The
        keys moved are added to ``flipped`` (their elided titles are drawn ending at the
        marker).

        ``pack_lane`` keeps a title right of its marker, shortened at the view's edge,
        whenever its least width fits there (``layout._place``), and ``_make_room_before``
        shortens one for the next item of its row; its row may be empty to the left
        (verify75 F12: at 1280×800 a 1999 treaty read "… sign their…" at the right
        edge with 470 px free on its left).  The world's rows have their own rule for
        that edge (``_at_the_edges``: twice as much on the left, so that a pan does not
        swap sides back and forth); here the view shows the data's end and is laid out
        afresh at each view.  Only shortened titles are looked at (a few a view)."""
        out: list[Placement] | None = None
        stretches: list[tuple[float, float]] | None = None
        for at, placement in enumerate(placements):
            key, _row, label_x, inside, wanted = placement
            if inside:
                continue
            item = by_index[key]
            if label_x < item.x1 or wanted < 0.5:
                continue  # left of its marker (or no title): as packed
            full = min(self._label_width(on_screen[key][0]), MAX_LABEL_PX)
            if wanted >= full - 0.5:
                continue  # whole (or cut only at ``MAX_LABEL_PX``: ``_widen_capped_titles``)
            if stretches is None:
                stretches = self._stretches_on_screen(width)
            marker_left = item.x0 - POINT_RADIUS if item.x1 == item.x0 else item.x0
            start = max(0.0, max((left for left, _right in stretches
                                  if left <= marker_left), default=0.0))
            # The side: from the row as laid out in the scene (Fit All's left edge
            # where the view shows Fit All moved, ``_fit_left_edge``), not from the
            # view's edge, so that a pan keeps it (verify66 F12's rule)
            moved = _left_of_marker(placement, by_index,
                                    placements if out is None else out, full,
                                    wanted + FREER_SIDE_GAIN_PX,
                                    start if start > 0.0 else left_edge)
            if moved is None:
                continue
            if moved.label_x < start - 0.5:
                # and then shortened at the view's left edge, as a title right of its
                # marker is at the right edge: no title runs past it (under
                # ``EDGE_TITLE_LEAST_PX``, none shown)
                end = moved.label_x + moved.label_width
                room = _edge_width(moved.label_width, end - start)
                moved = moved._replace(label_x=end - room, label_width=room)
            if out is None:
                out = list(placements)
            out[at] = moved
            flipped.add(key)
        return placements if out is None else out

    def _widen_capped_titles(self, items: list[_Item], placements: list[Placement],
                             capped: list[tuple[int, Event]], width: int) -> None:
        """The titles of ``items`` (a lane's, as laid out from ``placements``, one item a
        placement) cut at ``MAX_LABEL_PX`` (``capped``: their indexes and events) given the
        room their row has beside them, on the side of their marker they are on: right of
        it up to the next marker or title of the row with ``ITEM_GAP`` before it, or the
        view's right edge or their stretch's (a gap's band); left of it back to the one
        before, or the view's left edge or their stretch's — whole when it fits, else
        shortened there (``_label_text``: elided at a word, cached by 8 px steps) unless
        only the view's edge ends the room (a pan would move the cut).
        Packing caps every title at ``MAX_LABEL_PX`` (the world's chunks are sized by it,
        and a frame measures no title past it): a long headline read "… and the
        reopening of…" with its row empty beside it (verify62).  Only such titles and
        their rows are looked at (a few a view)."""
        edges = self._stretches_on_screen(width)
        for index, event in capped:
            item = items[index]
            lx, ly, lw, lh = item.label_box
            mx, _my, mw, _mh = item.marker_box
            right_side = lx >= mx + mw
            lo, hi = next(((left, right) for left, right in edges if left <= lx <= right),
                          (0.0, float(width)))  # the room: from ``lo`` to ``hi``
            if right_side:
                lo = lx
            else:
                hi = lx + lw
            row = placements[index].row
            for at, placement in enumerate(placements):
                if placement.row != row or at == index:
                    continue
                other = items[at]  # (as drawn: a title widened before in this pass too)
                x, _y, w, _h = other.marker_box
                left, right = x, x + w
                x, _y, w, _h = other.label_box
                if w > 0 and not other.label_inside:
                    left = min(left, x)
                    right = max(right, x + w)
                if right_side and left >= lx + lw - 0.5:
                    hi = min(hi, left - ITEM_GAP)
                elif not right_side and right <= lx + 0.5:
                    lo = max(lo, right + ITEM_GAP)
            room = hi - lo
            if room < lw + 8.0:
                continue  # (no more room than the cap gave: as it was)
            title = _shown_title(event)
            full = self._measure_label(title)  # (shaped once: ``_label_width`` estimates)
            if full <= room + 0.5:
                label, label_w = title, full
            elif (hi if right_side else -lo) >= (width if right_side else 0.0) - 0.5:
                # Cut at the view's edge only: left as packed, so that a pan does not
                # lengthen and shorten it as the edge moves (issue 11: titles stay put).
                continue
            else:
                label, label_w = self._label_text(event, room)
                if label == title:  # (its estimate under the room, the title over it)
                    label = elide_words(title, room, self._measure_label, full,
                                        self._least_word_width)
                    label_w = self._measure_label(label)
            x = lx if right_side else lx + lw - label_w
            items[index] = _Item(event.id, item.marker_box, (x, ly, label_w, lh), label,
                                 False, item.is_point, item.circa, item.color, item.vague,
                                 item.plan)

    def _world_beyond_the_right(self) -> bool:
        """Whether the data goes on past the view's right edge at rest (its last day
        after the edge): the lanes of
        rows are then packed from the world's chunks (``_layout_steps``).  Where the view
        shows the data's end, ``pack_lane`` puts the last titles left of their markers:
        the chunks shortened them at the edge so that they stay put while panning, and at
        Fit All a teacher's 1947-2025 timeline read "Yoon…", "Japan…", "Fumi…" with a
        dozen markers untitled, where every recent title read whole before (session 26);
        pictures of the whole timeline likewise.  Under a filter, the data is the events
        it shows: a view of a filtered timeline's last events, with hidden ones after
        them, had them packed from the chunks, their titles cut at the right edge
        ("Tshisekedi welcomes the…", "AU's…") where ``pack_lane`` reads them whole left
        of their markers (verify39 F7)."""
        last = self._data_range()[1] if not self._hidden else self._shown_last_day()
        # (in display units, as the origin is: past a collapsed period a day number is
        # further right than its place on the axis; view54's note, session 48)
        return (self._scale.u_of_day(last) - self._origin) * self._px_per_day \
            > self.viewport().width()

    def _titles_right_edge(self, origin: float, width: int) -> int:
        """Where the titles' room ends on the right (px): the view's ``width``, or, when
        the view (its left edge at ``origin``, display units) shows past the room the last
        Fit All showed after the data's end (``_fit_after``; the data's end as
        ``_world_beyond_the_right`` reads it), that room's end: the titles are packed
        there as at Fit All, and a title right of its marker shortened there reads on into
        the strip after it (``_lane_finisher``'s ``strip_end``).

        Fit All, then a pan of an eighth of the view to the right (verify66 F12: an
        874 px view of 24 events 1970-2026): every title whose marker stood less than its
        width from the right edge went from the left of its marker to the right, and the
        Meeting rows were dealt again ("Two navies agree hotline…", "Foreign ministers…
        met in Singapore"); the side a title takes is a function of the view as it stands
        (view62), and the room a pan shows after the data is a margin, not room for
        titles.  Rounded down to whole px; ``width`` (the viewport's, or a pan's stretch's)
        at Fit All itself, at a viewport width Fit All was not made at (a resize), and
        once a filter or an edit moved the data's end.  Not in the layout's and frame's
        keys: a function of what they hold (origin, scale, width, contents) and of the
        last Fit All's room, which only a Fit All sets, moving the view to its own."""
        fitted = self._fit_after
        if fitted is None:
            return width
        if fitted[0] != self.viewport().width():
            return width  # (the room of a Fit All at another width: not this view's)
        last = self._data_range()[1] if not self._hidden else self._shown_last_day()
        if last != fitted[2]:
            return width  # (a filter or an edit moved the data's end since: not that room)
        # (the data's end in display units, as Fit All's scale put it, or as it is now)
        u_last = fitted[4] if self._scale is fitted[3] else self._scale.u_of_day(last)
        edge = (u_last - origin) * self._px_per_day + fitted[1]
        # (the fitted view's own edge lands within a rounding of ``width``)
        return width if edge >= width - 0.5 else max(0, math.floor(edge))

    def _fit_left_edge(self) -> float:
        """Where the last Fit All's left edge is in the view now (px, negative once a pan
        moved it off to the left) when the view shows that Fit All moved: the same
        viewport width, scale and px a day, and the data's end unchanged
        (``_titles_right_edge``'s conditions); else 0.0, the view's own left edge.
        The side a title shortened right of its marker takes (``_to_the_freer_side``) is
        decided against it, so that a pan past Fit All keeps the sides Fit All gave
        (verify66 F12, verify75 F12)."""
        fitted = self._fit_after
        if fitted is None or fitted[0] != self.viewport().width() \
                or fitted[3] is not self._scale or fitted[6] != self._px_per_day:
            return 0.0
        last = self._data_range()[1] if not self._hidden else self._shown_last_day()
        if last != fitted[2]:
            return 0.0
        return (fitted[5] - self._origin) * self._px_per_day

    def _shown_last_day(self) -> float:
        """The last day (exclusive) of the events in the lanes (those the filters
        show), kept while the lanes' contents stay (``_lanes_generation``); -inf when
        none is shown."""
        kept = self._shown_last
        if kept is None or kept[0] != self._lanes_generation:
            shown = self._shown_days()
            kept = self._shown_last = (self._lanes_generation,
                                       -math.inf if shown is None else shown[1])
        return kept[1]

    def _stretches_on_screen(self, width: int, origin: float | None = None,
                             px_per_day: float | None = None) -> list[tuple[float, float]]:
        """The stretches of the axis between the gaps' bands on screen, left to right, as
        ``(left, right)`` viewport px: the view's edges, or ``AXIS_ZIGZAG_CLEARANCE``
        from a band's zig-zag.  ``[(0, width)]`` when no band is on screen.  ``origin``
        and ``px_per_day``: of another view than the one on screen (Fit All's trials)."""
        if self._scale.is_linear:
            return [(0.0, float(width))]
        origin = self._origin if origin is None else origin
        ppd = self._px_per_day if px_per_day is None else px_per_day
        u_of_day, clear = self._scale.u_of_day, AXIS_ZIGZAG_CLEARANCE
        stretches: list[tuple[float, float]] = []
        left = 0.0
        for segment in self._scale.segments(origin, origin + max(1, width) / ppd):
            if segment.brk is None:
                continue
            x0 = (u_of_day(segment.brk.first_day) - origin) * ppd
            x1 = (u_of_day(segment.brk.last_day) - origin) * ppd
            if x1 - x0 >= BREAK_TICKS_PX:
                # A band drawn with ticks (as wide as a stretch, its years labelled) is
                # room for the titles of the stretch before it, up to its far edge: a
                # title never runs into the next stretch, but the 1950 event's read
                # "China…" in 60 px beside a 360 px band of an empty lane (verify61 F12).
                x0 = x1
            if x0 - clear > left:
                stretches.append((left, x0 - clear))
            elif left > 0.0:
                # A sliver between two bands (a lone early date's, ``Break.outlier``):
                # its items' labels have no room, rather than the next stretch's, across
                # the bands between (verify60 F3, twenty early dates at 1366×768).
                stretches.append((left, left))
            left = max(left, x1 + clear)
        if left < width:
            stretches.append((left, float(width)))
        return stretches or [(0.0, float(width))]

    def _world_rows(self, lane: _Lane, max_rows: int) -> _WorldRows:
        """The lane's rows packed by chunks anchored to the world at the view's zoom
        (``_WorldRows``), kept by (the lanes' contents, the lane, px per day, chunk
        width, ``max_rows``, the lane's rows before a change, ``_row_hints_of``): a
        change of the contents (``_lanes_generation``: not a
        resize, a search or a lane's change of mode) makes new ones.  The chunks are
        about as wide as the viewport (``_world_chunk_px``): a pan's stretch packs from
        the same chunks as the view, so both show the same rows."""
        # (the width rounded up to a multiple of WORLD_CHUNK_STEP_PX: a vertical scroll
        # bar shown or hidden, a few px, keeps the chunks; each layout of the enter of a
        # 100 000-event view packed them twice, frames29)
        chunk_px = self._world_chunk_px()
        hints = self._row_hints_of(lane.category)
        key = (self._lanes_generation, id(lane), lane.category, self._px_per_day,
               chunk_px, max_rows, id(hints))
        kept = self._world_lanes
        found = kept.pop(key, None)
        if found is not None and found.packer.kept > WORLD_CHUNKS_KEPT:
            found = None  # (a long pan's chunks: packed again if it comes back)
        if found is None:
            if len(kept) >= WORLD_LANES_KEPT:
                del kept[next(iter(kept))]  # the least recently used
            found = _WorldRows(lane, self._px_per_day, chunk_px, max_rows,
                               self._label_width, self._label_cache, hints)
        kept[key] = found  # (last: the most recently used)
        return found

    def _world_packing(self, world: _WorldRows, on_screen: list[tuple[Event, int, int]],
                       max_rows: int, origin: float, width: int, rows: int | None = None,
                       on_screen_ids: set[str] | None = None, ride: bool = False
                       ) -> tuple[LanePacking, dict[Any, LaneItem],
                                  dict[str, tuple[Event, int, int]]]:
        """A lane of rows on a linear scale packed from its world chunks
        (``world``: ``_world_rows``'s, asked when the view was laid out: a lane below
        the rows on screen is packed when something asks for its items), seen from a
        view (or a pan's stretch) whose left edge is at
        ``origin`` (days) and ``width`` px wide: ``(packing, items by key, events by
        key)``, keyed by event id (``_lane_finisher``'s ``by_index`` and
        ``on_screen``).

        Every event on screen that the chunks give a row is shown where the world has
        it, whatever the view's edges (issue 11: titles keep their row, side and text
        while the view pans), but at the edges, as a user reads them (frames28's plan,
        step 3):

        * only the events of ``on_screen`` are shown (a title whose marker has left
          the view goes with it, as with ``pack_lane``);
        * a label inside a bar begun off screen at the left starts at the view's edge,
          or goes right of the bar when the part on screen is too short for it;
        * a title crossing the right edge is shortened to end there (elided, "…"),
          where ``pack_lane`` flipped it left of its marker: it moved as the edge moved
          (``_at_the_edges``).

        The events of ``on_screen`` (the lane's events overlapping the view, as
        ``_Lane.visible``) given no row there join "+N" badges as ``pack_lane`` gathers
        them.  ``rows``: at most this many rows in all, a "+N" row among them (a pan's
        stretch keeps the view's lane height): placements in rows beyond join the
        badges.  ``on_screen_ids``: the ids of ``on_screen``'s events when the caller has
        them (``_layout_steps`` makes them for the "◀ N" counts too; read, not changed).

        ``ride``: a pan by the scroll bar, the wheel or a key is going on (``view_ride``):
        titles ride with the world, as a drag's do, until the view rests: no edge rules
        (``_at_the_edges``), and a title whose marker left the view stays while its
        label reaches into it, so that the picture moved by the pan holds."""
        packer, items = world.packer, world.items
        ppd = world.ppd
        # (riding: the view's left edge on its whole world pixel, as ``x_of_day`` has
        # it, so that an item's x moves by exactly the pan's pixels)
        shift = round(origin * ppd) if ride else origin * ppd
        right = shift + width
        new = tuple.__new__
        placements: list[Placement] = []
        by_key: dict[Any, LaneItem] = {}
        dropped: list[str] = []
        limit = max_rows if rows is None else rows
        # Only the titles of the events on screen (their markers: as ``pack_lane``'s
        # and the "◀ N" count them): a title whose marker has left the view goes with it.
        if on_screen_ids is None:
            on_screen_ids = set(map(_EVENT_ID, map(_EVENT, on_screen)))
        # (riding: the chunks whose titles may reach into the view too)
        reach = MAX_LABEL_PX + POINT_RADIUS + LABEL_GAP if ride else 0.0
        for k in packer.chunks_between(shift - reach, right + reach):
            for key, row, label_x, inside, label_w in packer.chunk(k).placements:
                if key in by_key:
                    continue  # (in two chunks: the same placement)
                item = items[key]
                x0 = item.x0
                if ride:
                    # Riding, as the world has it: every title whose marker or label
                    # reaches into the view, whatever the view's edges.
                    point = item.x1 == x0
                    if not (((x0 - POINT_RADIUS if point else x0) < right
                            and (x0 + POINT_RADIUS if point else item.x1) > shift)
                            or (label_x < right and label_x + label_w > shift)):
                        continue
                elif key not in on_screen_ids:
                    continue  # (off screen)
                elif (x0 - POINT_RADIUS if item.x1 == x0 else x0) >= right:
                    continue  # its day on screen, its marker past the edge: a "+N" there
                by_key[key] = new(LaneItem, (key, x0 - shift, item.x1 - shift, 0.0, None))
                if row >= limit:
                    dropped.append(key)
                    continue
                placements.append(new(Placement, (key, row, label_x - shift, inside, label_w)))
        events = world.events
        if not ride:
            # (a title inside its bar unmeasured, taken out of it at an edge: its width)
            placements = _at_the_edges(
                placements, by_key, width,
                lambda key: min(self._label_width(events[key][0]), MAX_LABEL_PX))
        if rows is None and not self._laying_out_ahead:
            # (riding: the chunks its titles reach in from, a quarter view ahead too)
            self._want_chunks_ahead(packer, shift - reach, right + reach, width)
        shown = by_key.keys() - dropped if dropped else by_key
        left_out: list[tuple[float, str]] | None = []
        if len(shown) < len(on_screen_ids):
            # (from the world's items: ``_world_left_out``; else from each event)
            left_out = self._world_left_out(world, on_screen_ids, shown, shift)
        if left_out is None:
            left_out = []
            for entry in on_screen:
                event, start, end = entry
                key = event.id
                if key in shown:
                    continue
                if key not in events:
                    events[key] = entry
                left_out.append(((point_day(event, start) if end - start == 1 else start)
                                 * ppd - shift, key))
            left_out.sort()
        used_rows = {placement.row for placement in placements}
        free = [row for row in range(min(limit, max_rows)) if row not in used_rows]
        if free and left_out and not ride:  # (riding: they join the "+N" at the edge)
            # (the chunks' spans that cover the view: ``_world_context``'s ``covered``)
            covered = sum(1 for placement in placements
                          if by_key[placement.key].x0 <= 0.0
                          and by_key[placement.key].x1 >= width)
            context = self._world_context(world, left_out, free, shift, width, covered)
            if context:
                for placement in context:
                    placements.append(placement)
                    item = items[placement.key]
                    by_key[placement.key] = new(LaneItem, (placement.key, item.x0 - shift,
                                                           item.x1 - shift, 0.0, None))
                taken = {placement.key for placement in context}
                left_out = [entry for entry in left_out if entry[1] not in taken]
        clusters: list[Cluster] = []
        cluster: Cluster | None = None
        # Those left of the edge (every long span over a day's zoom) are one badge at
        # the edge: gathered at once, not one by one (the same badge).
        edge = bisect.bisect_right(left_out, 0.0, key=_FIRST) if left_out and not ride else 0
        if edge:
            cluster = Cluster(0.0, 0.0, [key for _x, key in left_out[:edge]])
            clusters.append(cluster)
        for x, key in left_out[edge:] if edge else left_out:
            if x < 0.0 and not ride:
                x = 0.0  # off screen: the badge at the edge
            if cluster is not None and x - cluster.x1 <= CLUSTER_REACH:
                if x > cluster.x1:
                    cluster.x1 = x
                cluster.keys.append(key)
            else:
                cluster = Cluster(x, x, [key])
                clusters.append(cluster)
        used = 1 + max((placement.row for placement in placements), default=-1)
        in_row: list[Placement] = []
        if clusters and used >= min(limit, max_rows):
            in_row, left_over = self._in_badge_row(world, clusters, used, shift, width)
            if in_row:  # verify24's U5: a "+1" whose row has room is its event
                for placement in in_row:
                    item = items[placement.key]
                    by_key[placement.key] = new(LaneItem, (placement.key, item.x0 - shift,
                                                           item.x1 - shift, 0.0, None))
                placements += in_row
                clusters = left_over  # (badges left: in that row, beside the titles)
                used += 0 if left_over else 1
        if (not ride and not in_row and len(clusters) == 1 and len(clusters[0].keys) == 1
                and (rows is None or used < rows)):
            # A "+1" of a span across the whole view, nothing else in a "+N": its bar in
            # the row the badge took (``layout._lone_covering``; verify56 F23)
            key = clusters[0].keys[0]
            item = items.get(key)
            if item is not None and item.x0 - shift <= 0.0 and item.x1 - shift >= width:
                full = min(self._label_width(events[key][0]), MAX_LABEL_PX)
                placements.append(Placement(key, used, SPAN_LABEL_PAD, True,
                                            max(0.0, min(full, width - 2 * SPAN_LABEL_PAD))))
                by_key[key] = new(LaneItem, (key, item.x0 - shift, item.x1 - shift, 0.0, None))
                used += 1
                clusters = []
        if rows is not None and clusters and used >= rows:
            # a "+N" row is needed within ``rows``: the last row's titles join the badges
            keep = rows - 1
            for placement in placements:
                if placement.row >= keep:
                    clusters = self._join_world_cluster(
                        clusters, by_key[placement.key].x0, placement.key)
            placements = [placement for placement in placements if placement.row < keep]
            used = 1 + max((placement.row for placement in placements), default=-1)
        return LanePacking(placements, clusters, used), by_key, events

    @staticmethod
    def _world_left_out(world: _WorldRows, on_screen_ids: set[str], shown: Any,
                        shift: float) -> list[tuple[float, str]] | None:
        """``(x, id)`` (viewport px) of the events on screen (``on_screen_ids``) that
        ``_world_packing`` shows no row for, by x then id: the set's difference, each
        one's x read from its world item (``_WorldRows.items``: ``x0``, the same
        figure as from its days), or None when one has no world item (the caller then
        reads every event on screen).  It walked every event on screen in Python each
        frame, hundreds of long spans over a day's zoom at 100 000 events (world pans
        at a day +8 %, session 27, frames31).  Sorted by id, then stably by x: the same
        order as the ``(x, id)`` tuples sorted, where many share an x (spans starting on
        one day; 42 events and 10 x at a day's zoom at 100 000 events) without comparing
        a tuple's id at each tie (session 30: ``_world_packing`` 13 % less CPU, replayed
        on a day's and a month's 24 pans at 100 000 events)."""
        items = world.items
        try:
            left_out = [(items[key].x0 - shift, key)
                        for key in sorted(on_screen_ids.difference(shown))]
        except KeyError:
            return None
        left_out.sort(key=_FIRST)
        return left_out

    def _want_chunks_ahead(self, packer: WorldLane, left: float, right: float,
                           width: int) -> None:
        """The chunks within a quarter view of the view on screen (``left`` to ``right``,
        world px), packed while the app waits when they are not
        (frames28's plan, step 6): a pan that meets a new chunk finds it packed
        (packing one is 3-9 M instructions a lane, ~2-6 ms, frames28), a part at a
        time (``_world_slice``)."""
        if self._work_ahead_held:
            return  # (``hold_work_ahead``)
        margin = width / 4
        wanted = [k for k in packer.chunks_between(left - margin, right + margin)
                  if not packer.packed(k)]
        if wanted:
            self._queue_chunks(packer, wanted)

    def _world_lane_ready(self, world: _WorldRows, origin: float, width: int,
                          ride: bool) -> bool:
        """Whether a frame that must not pack chunks (a pan riding the world, a zoom
        swapped in before, ``_world_partial``) packs a lane of rows from its world
        chunks (``world``: ``_world_rows``'s): every chunk its titles can reach the view
        from is packed already, or the timeline is small (``_world_eager``).  Else the
        lane is dealt by ``pack_lane`` in this frame, as a zoom not yet swapped is, and
        its chunks are queued (``_world_slice``: between a pan's inputs, or at the
        rest).  ``ride``: the chunks a riding title reaches the view from too
        (``_world_packing``'s).  Packed in a pan's frame, the first pan's frame packed every lane's
        chunks, 150-290 M instructions at 100 000 events, and a lane turning to rows
        mid-pan 216 M, against main's 88-115 M (session 42, frames46)."""
        if self._world_eager():
            return True
        packer = world.packer
        shift = round(origin * self._px_per_day) if ride else origin * self._px_per_day
        reach = MAX_LABEL_PX + POINT_RADIUS + LABEL_GAP if ride else 0.0
        left, right = shift - reach, shift + width + reach
        missing = [k for k in packer.chunks_between(left, right) if not packer.packed(k)]
        if not missing:
            return True
        parts = len({j for k in missing for j in (k, k + 1) if not packer.part_packed(j)})
        if ride and parts <= self._ride_parts_left:
            # (a part or two a frame: the pan keeps up with the chunks it meets when
            # the slices between its inputs fall behind, each frame bounded)
            self._ride_parts_left -= parts
            return True
        if not self._laying_out_ahead:
            self._want_chunks_ahead(packer, left, right, width)
        return False

    def _queue_chunks(self, packer: WorldLane, chunks: Sequence[int]) -> None:
        """``chunks`` of ``packer`` (a lane's at the view's zoom) queued to be packed
        while the app waits (``_world_slice``): the parts each needs (its own and the
        next one's, ``WorldLane.pack_part``), then their assembly.  A queue of another
        zoom is dropped first (the next zoom cancels it)."""
        here = self._world_here()
        if self._world_queue_at != here:
            self._chunks_ahead.clear()
            self._world_queue_at = here
        queued = set(self._chunks_ahead)
        for k in chunks:
            for entry in [*((packer, "part", j) for j in (k, k + 1)
                            if not packer.part_packed(j)), (packer, "chunk", k)]:
                if entry not in queued:
                    queued.add(entry)
                    self._chunks_ahead.append(entry)
        if self._chunks_ahead and not self._chunk_timer.isActive():
            self._chunk_timer.start(0)

    def _world_here(self) -> tuple[object, ...]:
        """What the world's chunks of the view's zoom are packed for: the lanes'
        contents (``_lanes_generation``), px per day, the chunks' width
        (``_world_chunk_px``) and the lanes' rows (``_lane_room``: a taller view gives a
        lane more rows, other chunks).  The lanes of rows are packed from them when
        this is ``_world_at`` (the chunks packed and swapped in after the view rested);
        a resize that keeps all three keeps it (session 28, frames32)."""
        return (self._lanes_generation, self._px_per_day, self._world_chunk_px(),
                self._lane_room())

    def _world_eager(self) -> bool:
        """Whether the lanes hold at most ``WORLD_EAGER_EVENTS`` events in all: their
        lanes of rows are then packed from the world's chunks at every zoom from its
        first frame (``_world_on``), the chunks meeting a new zoom packed in that frame,
        so that the first picture after a zoom is the one that stays (verify53 F6: the
        swap at rest dealt the titles a second way).  Kept while the lanes' contents stay
        (``_lanes_generation``)."""
        kept = self._world_eager_kept
        if kept is None or kept[0] != self._lanes_generation:
            total = sum(len(lane.events) for lane in self._lanes)
            kept = self._world_eager_kept = (self._lanes_generation,
                                             total <= WORLD_EAGER_EVENTS)
        return kept[1]

    def _world_partial(self, px_per_day: float | None = None) -> bool:
        """Whether the view's zoom (or ``px_per_day``) is one swapped in before
        (``_world_seen``: zoomed back to, a wheel's notch in and out about one place,
        ``+`` then ``-``): its lanes whose chunks are still packed are packed from them
        in its first frame (``_world_lane_ready``), so their titles keep the rows the
        view showed there (verify53 F6 at 100 000 events: each zoom's first picture
        was dealt by ``pack_lane`` and dealt again ~0.5 s later).  Every lane is packed
        from its chunks once the view rests there (``_world_swap``)."""
        here = self._world_here()
        if px_per_day is not None:
            here = (here[0], px_per_day, *here[2:])
        return here in self._world_seen

    def _world_note_seen(self, here: tuple[object, ...]) -> None:
        """``here`` (``_world_here``) swapped in: kept among the last
        ``WORLD_ZOOMS_SEEN`` (``_world_partial``)."""
        seen = self._world_seen
        if here in seen:
            seen.remove(here)
        seen.append(here)
        del seen[:-WORLD_ZOOMS_SEEN]

    def _world_on(self) -> bool:
        """Whether the view's lanes of rows (where ``_world_beyond_the_right``) are
        packed from the world's chunks at its zoom: few events (``_world_eager``), or
        the chunks packed at rest and swapped in (``_world_at``)."""
        return self._world_eager() or self._world_at == self._world_here()

    def _world_key(self, px_per_day: float) -> tuple[object, ...] | None:
        """The packing a layout or picture of a view at ``px_per_day`` is of, in
        ``_layout_key`` and ``_frame_key``: ``_world_at`` at its zoom, else None (a
        view at another zoom is packed by ``pack_lane`` whatever the world's chunks).
        Keyed by ``_world_at`` whatever the zoom, the pictures of other zooms made
        before a swap (Fit All's, a wheel notch's) were never shown after it: Fit All's
        frame at 2560x1440 after a resize was painted whole, 20 ms against main's 3-5
        (session 28, frames32)."""
        world = self._world_at
        kept = world if world is not None and world[1] == px_per_day else None
        if self._world_eager():
            kept = ("eager", self._lanes_generation)  # (every zoom: ``_world_on``)
        elif kept is None and self._world_partial(px_per_day):
            kept = ("seen", px_per_day)  # (its lanes with chunks packed: from them)
        # (a pan riding the world, ``view_ride``: its layouts and pictures are its own)
        return (kept, "ride") if self._riding(px_per_day) else kept

    def _world_chunk_px(self) -> float:
        """The world chunks' width at the view's width: the viewport's rounded up to a
        multiple of ``WORLD_CHUNK_STEP_PX`` (a vertical scroll bar shown or hidden, a
        few px, keeps the chunks; each layout of the enter of a 100 000-event view
        packed them twice, frames29), ``WORLD_CHUNK_LEAST_PX`` at least; kept while the
        width stays within ``WORLD_CHUNK_STEP_PX`` above it and twice that below
        (``_world_chunk_kept``): a window 2560 px wide made 1 px wider kept rounding
        up to 2816, and the next rest packed every chunk again (session 28, frames32).
        A chunk narrower than the view is allowed: it meets one chunk more."""
        width = self.viewport().width()
        kept = self._world_chunk_kept
        if kept is not None and kept - 2 * WORLD_CHUNK_STEP_PX < width <= (
                kept + WORLD_CHUNK_STEP_PX):
            return kept
        kept = self._world_chunk_kept = max(
            math.ceil(width / WORLD_CHUNK_STEP_PX) * WORLD_CHUNK_STEP_PX,
            WORLD_CHUNK_LEAST_PX)
        return kept

    def _note_world_rest(self, moved: bool) -> None:
        """After a frame: when the view's lanes of rows are not packed from the
        world's chunks at its zoom (a new zoom level, the enter, an edit), the wait for
        the view to rest (``WORLD_REST_MS`` without a move) begins again on a move
        (then ``_world_rested``); chunks queued for another zoom are dropped (a zoom
        during the packing cancels it)."""
        # A frame painted: the world's idle work waits for a pause in the frames too (a
        # window's resize by its edge, 1 px a frame, need not resize the view: bench_view's
        # resize frames ran the rest's parts and swap, session 28, frames32); a move
        # (a pan by the scroll bar too: no input of the view's) is noted as such.
        self._input_at = time.perf_counter()
        if moved:
            self._moved_at = self._input_at
        if not WORLD_PACKING or not self._scale.is_linear or self._work_ahead_held:
            return
        here = self._world_here()
        if self._world_on() or (not moved and self._world_none_at == here):
            return
        if self._world_queue_at is not None and self._world_queue_at != here:
            self._chunks_ahead.clear()  # (a zoom since: they were of the zoom before)
            self._world_queue_at = None
        if moved or not (self._world_rest_timer.isActive() or self._chunks_ahead):
            self._world_rest_timer.start()

    def _world_pending(self) -> bool:
        """Whether the view on screen waits for its world chunks to be swapped in (a
        zoom not yet packed from them, with data beyond its right edge): its own
        picture and the views beside it are then made after the swap
        (``_make_picture_when_idle``), not once before it and again after."""
        if not WORLD_PACKING or not self._scale.is_linear or self._world_eager():
            return False
        here = self._world_here()
        return (self._world_at != here and self._world_none_at != here
                and self._world_beyond_the_right())

    def _world_plan(self) -> list[tuple[WorldLane, list[int]]] | None:
        """The world chunks the view on screen needs at its zoom: per lane of rows
        packed eagerly (``_Layout.world_lanes``), its ``WorldLane`` and the chunks that
        meet the view; None when the view is not one packed from chunks (a scale
        with gaps' bands, the data's end on screen, fix39's rule) or is moving."""
        if (not self._scale.is_linear or not self.isVisible() or self._pan is not None
                or self.drag_preview() is not None or self._band is not None
                or self._layout_override is not None):
            return None
        world_lanes = self._layout().world_lanes
        if world_lanes is None:
            return None
        width = max(1, self.viewport().width())
        shift = self._origin * self._px_per_day
        plan = []
        for lane, rows in world_lanes:
            packer = self._world_rows(lane, rows).packer
            plan.append((packer, list(packer.chunks_between(shift, shift + width))))
        return plan

    def _world_rested(self) -> None:
        """The view rested at a zoom not packed from the world's chunks: its chunks
        are queued to be packed while the app waits (``_world_slice``, a few ms a
        slice), then swapped in."""
        if self._work_ahead_held or self._world_on():
            return
        plan = self._world_plan()
        if plan is None:
            self._picture_timer.start()  # (its picture waited for this)
            return
        if not plan:  # every lane a density: nothing to swap in (a relayout for nothing)
            self._world_none_at = self._world_here()
            self._picture_timer.start()  # (its picture and the views beside it waited)
            return
        for packer, chunks in plan:
            self._queue_chunks(packer, chunks)
        if not self._chunks_ahead:
            self._world_swap()

    def _world_quiet_ms(self) -> float:
        """How long (ms) the world's idle work should still wait for the inputs to
        pause (``WORLD_QUIET_MS`` after the last, ``_input_at``): 0 when they have."""
        return max(0.0, WORLD_QUIET_MS - (time.perf_counter() - self._input_at) * 1000)

    def _note_input(self) -> None:
        """An input came (``_WORLD_INPUTS``, a resize, a move of the view): the world's
        idle work waits for a pause (``_world_quiet_ms``)."""
        self._input_at = time.perf_counter()

    def _world_slice(self) -> None:
        """Chunk parts of ``_chunks_ahead`` packed for about ``IDLE_SLICE_MS`` of the GUI
        thread, then a turn of the event loop; dropped when the zoom changed
        (``_world_queue_at``).  As fix40's slices: one part at least, and no more once
        the next, if it cost what the last did (``_world_part_ms``), would take the
        slice over ``IDLE_SLICE_MS``; none while inputs come (``_world_quiet_ms``: run
        between a run's inputs, a hover's or a resize's, a part delayed the next one's
        frame), but the chunks ahead of a view packed from them that the last input
        moved (``_moved_at``): the next pan wants them, and they are packed between
        its inputs.  The queue done,
        a view resting at a zoom not yet packed from its chunks has them swapped in
        (``_world_swap``)."""
        if self._world_queue_at != self._world_here() or self._work_ahead_held:
            self._chunks_ahead.clear()
            self._world_queue_at = None
            return
        # (chunks ahead of a view packed from them, whose last input moved it, are
        # packed between the inputs: a held key's pan would meet them unpacked and pack
        # them in its frame; after a hover or a resize they wait for the pause)
        moving = ((self._world_eager() or self._world_at == self._world_queue_at)
                  and self._moved_at >= self._input_at)
        wait = 0.0 if moving else self._world_quiet_ms()
        if wait > 0:
            self._chunk_timer.start(math.ceil(wait))  # (after the inputs pause)
            return
        kept = {id(world.packer) for world in self._world_lanes.values()}
        began = time.thread_time()
        queue = self._chunks_ahead
        done_some = False
        while queue:
            if done_some and ((time.thread_time() - began) * 1000 + self._world_part_ms
                              > IDLE_SLICE_MS):
                break  # (the next part, if like the last, would go over)
            packer, kind, k = queue.pop(0)
            if id(packer) not in kept:
                continue  # (a lane no longer kept)
            part_began = time.thread_time()
            if kind == "part":
                if packer.part_packed(k):
                    continue
                packer.pack_part(k)
            else:
                if packer.packed(k):
                    continue
                packer.chunk(k)
            cost = (time.thread_time() - part_began) * 1000
            # (a decaying maximum, as fix40's row costs: a dear part is remembered)
            self._world_part_ms = max(cost, 0.7 * self._world_part_ms)
            done_some = True
        if queue:
            self._chunk_timer.start(0)
        elif not self._world_on() and not self._world_rest_timer.isActive():
            self._world_swap()

    def _world_swap(self) -> None:
        """The lanes of rows of the view at rest packed from the world's chunks from
        now on at its zoom (``_world_at``): its titles are dealt once more, as the zoom
        dealt them, and then keep their rows while the view pans.  Chunks the view
        needs that are not packed yet (it panned meanwhile) are queued first."""
        plan = self._world_plan()
        if not plan:
            self._picture_timer.start()  # (its picture waited for this)
            return
        missing = [(packer, [k for k in chunks if not packer.packed(k)])
                   for packer, chunks in plan]
        if any(chunks for _packer, chunks in missing):
            for packer, chunks in missing:
                if chunks:
                    self._queue_chunks(packer, chunks)
            return
        job = self._paint_job
        if (job is not None and not job.side) or self._move_ahead is not None:
            # A step ahead of a move, a released drag's view, a picture of a zoom run:
            # first (the next input wants it); the swap at the next rest.
            self._world_rest_timer.start()
            return
        if self._world_quiet_ms() > 0:
            # Not between the inputs of a run (a hover, a resize): its layout and
            # picture after they pause (``_world_slice`` comes back here).
            self._chunk_timer.start(math.ceil(self._world_quiet_ms()))
            return
        if job is not None:
            # A view beside under way (Fit All's after a resize, ``_paint_fit_after_resize``)
            # first: taken over by the swap's job, it was not made before the next Fit
            # All (bench_view, 100 000 events at 2560x1440: Fit All's enter painted whole,
            # 16-22 ms of CPU against main's 3-5, session 28, frames32).
            self._chunk_timer.start(math.ceil(IDLE_SLICE_MS))
            return
        self._world_at = self._world_here()
        self._world_note_seen(self._world_at)
        # The views beside at this zoom were of the packing before: never shown again
        # (those of other zooms, Fit All's, a notch's, keep their keys, ``_world_key``).
        ppd = self._px_per_day
        for old in [key for key in self._side_pictures if key[7] == ppd]:
            del self._side_pictures[old]
        self._side_queue = []
        # The view's new layout and picture made in slices while the app waits, as a
        # released drag's (``_PaintJob.settles``: shown when done; a frame asked for
        # meanwhile finishes it): swapped in whole in one frame, it was a new view's
        # layout and paint at once (an enter's cost) in whatever frame came next.
        view = (self._origin, self._px_per_day)
        job = _PaintJob(view, view, self._last_move)
        job.key, job.layout_key = self._frame_key(), self._layout_key()
        if job.layout_key not in self._layouts:
            job.layout_steps = self._layout_steps()
        job.settles = True
        self._paint_job, self._move_ahead = job, None
        self._ahead_timer.start()
        self._picture_timer.start()  # (then the views beside it, ``_prepare_sides``)

    def _world_context(self, world: _WorldRows, left_out: list[tuple[float, str]],
                       free: list[int], shift: float, width: int,
                       covered: int = 0) -> list[Placement]:
        """The long spans and the spans across the view's left edge of ``left_out``
        (events on screen with no row, ``(x, id)`` by x, viewport px) that the world's
        chunks gave no row (two long spans that meet: ``WorldLane``'s rule; a span
        crowded out where it starts) placed in the rows ``free`` (none of the chunks'
        titles on screen), greedily by start, as ``pack_lane`` gives spans wider than
        half the view the rows left after the shorter events (the context of a
        zoomed-in view: the month or the year around a week).  With more spans across
        the left edge than the lane has rows, every row is then taken and one is left
        for a "+N" (those placed by the chunks hold a row each, the rest fill the free
        rows one each): ``_fills_its_rows``'s claim, so a lane below the rows on screen
        is packed only when asked.  A label goes inside the bar's part on
        screen when it fits, else right of the bar, cut at the right edge, or inside
        cut when the bar runs past that edge.  What finds no row stays in a "+N".

        Spans that cover the whole view (their bars across both edges: a year, a
        decade around a month's view) come after the others, and ``COVERING_ROWS`` of
        them at most have a row, counting those the chunks placed (``covered``): the
        shortest, in a free row no other span took (``pack_lane``'s ``covering``;
        verify53 F11: five rows of "1962" and "the 1960s" took the rows of a month's
        own spans)."""
        packer, items, events = world.packer, world.items, world.events
        pad = SPAN_LABEL_PAD
        ends = dict.fromkeys(free, -math.inf)
        placed: list[Placement] = []
        cover: list[tuple[float, float, str]] = []  # (length, -x0, key): covering spans
        least = -math.inf  # (the free rows' least end: no event left of it finds a row)
        index, count = 0, len(left_out)
        while index < count:
            if left_out[index][0] < least < width:
                # (hundreds of long spans left of the edge at a day's zoom: skipped at
                # once, as one by one they found no row and went on)
                index = bisect.bisect_left(left_out, least, lo=index, key=_FIRST)
                continue
            key = left_out[index][1]
            index += 1
            item = items.get(key)
            if item is None:
                continue
            x0, x1 = item.x0 - shift, item.x1 - shift
            if not (x1 > x0 and x0 <= 0.0 <= x1) and not packer.is_long(item):
                continue  # (neither a span across the left edge nor a long one)
            if x0 <= 0.0 and x1 >= width:
                cover.append((x1 - x0, -x0, key))  # (after the others: below)
                continue
            row = None
            for free_row in free:  # (a loop, not ``next`` of a generator: per span)
                if ends[free_row] <= x0:
                    row = free_row
                    break
            if row is None:
                if least >= width:  # (``least`` is ``min(ends.values())``)
                    break  # every free row taken to the right edge
                continue
            full = min(self._label_width(events[key][0]), MAX_LABEL_PX)
            seen_left, seen_right = max(x0, 0.0), min(x1, float(width))
            if full + 2 * pad <= seen_right - seen_left:
                label_x, inside, label_w, end = seen_left + pad, True, full, x1
            elif (x1 + LABEL_GAP + full > width
                  and x0 - LABEL_GAP - full >= max(0.0, ends[row])):
                # Whole left of the bar, its row free there, rather than cut at the
                # right edge (verify57 F25: year bars at the right edge read "Ind…",
                # "Au…" with their rows empty to the left); a bar starting past the
                # right edge (its days on screen, not its first pixel) has it end at the
                # edge, as ``layout._place`` does: ending at the bar, it ran past the
                # edge, cut mid-letter there (frames57)
                label_x, inside, label_w, end = (min(x0 - LABEL_GAP, width) - full, False,
                                                 full, x1)
            elif x1 + LABEL_GAP < width:
                label_x, inside = x1 + LABEL_GAP, False
                label_w = min(full, width - label_x)
                end = label_x + label_w
            else:
                label_x, inside = seen_left + pad, True
                label_w, end = max(0.0, seen_right - seen_left - 2 * pad), x1
            ends[row] = end + ITEM_GAP
            least = min(ends.values())
            placed.append(Placement(key, row, label_x, inside, label_w))
        empty = [row for row in free if ends[row] == -math.inf]
        for _length, _x0, key in sorted(cover)[:max(0, min(len(empty),
                                                              COVERING_ROWS - covered))]:
            item = items[key]
            full = min(self._label_width(events[key][0]), MAX_LABEL_PX)
            # (inside its bar's part on screen, the whole view: cut at its width)
            label_w = max(0.0, min(full, width - 2 * pad))
            placed.append(Placement(key, empty.pop(0), pad, True, label_w))
        return placed

    def _in_badge_row(self, world: _WorldRows, clusters: list[Cluster], row: int,
                      shift: float, width: int) -> tuple[list[Placement], list[Cluster]]:
        """The events of the "+N" ``clusters`` placed side by side in the badges' row
        ``row`` (``pack_lane``'s ``badge_row``, verify24's U5), each where the world puts
        it (``chunk_packing.world_place``), on screen whole or shortened at the right edge
        to no less than ``MIN_LABEL_PX``, left to right, and
        the clusters of those left in a badge there, as ``layout._in_badge_row`` deals
        them (an event whose title would be cut shorter or overlap stays, and a
        title placed before that would run over its badge goes back too: verify39 F7);
        ([], ``clusters``) when they are more than ``BADGE_ROW_EVENTS``."""
        # A badge of more events than a row could hold stays one (its events are not
        # tried: hundreds over a day's zoom), and the titles around it keep clear of it:
        # a "+12" beside the next day's "Talks open" made that a second "+1" (fit46).
        kept = [cluster for cluster in clusters if len(cluster.keys) > BADGE_ROW_EVENTS]
        tried = [cluster for cluster in clusters if len(cluster.keys) <= BADGE_ROW_EVENTS]
        if not tried or sum(len(cluster.keys) for cluster in tried) > BADGE_ROW_EVENTS:
            return [], clusters  # (not listed to be counted)
        keys = [key for cluster in tried for key in cluster.keys]
        items, events = world.items, world.events
        entries: list[tuple[float, str, Placement | None, float]] = []
        for cluster in kept:  # (key "": the badge, where ``_cluster_badges`` draws it)
            text_w = self._small_width(f"+{len(cluster.keys)}")
            entries.append((cluster.x0, "", None,
                            max(cluster.x0 + text_w + 6, cluster.x1 + 6) + ITEM_GAP))
        known = world.placed_whole
        for key in keys:
            item = items.get(key)
            if item is None:
                return [], clusters
            whole = known.get(key)
            if whole is None:
                full = min(self._label_width(events[key][0]), MAX_LABEL_PX)
                whole = known[key] = (*world_place(item._replace(label_width=full)), full)
            left, right, label_x, inside, full = whole
            left, right, label_x = left - shift, right - shift, label_x - shift
            shown = full
            if not inside and label_x + full > width:
                shown = width - label_x  # (shortened at the edge, as in the rows)
            if label_x < 0.0 or (right > width if inside else shown < min(full, MIN_LABEL_PX)):
                entries.append((max(0.0, item.x0 - shift), key, None, 0.0))
                continue
            end = (item.x1 - shift if inside else label_x + shown) + ITEM_GAP
            entries.append((left, key, Placement(key, row, label_x, inside, shown), end))
        entries.sort(key=_FIRST)
        placed: list[tuple[Placement, float]] = []
        stays: list[str] = []
        end = -math.inf
        for left, key, placement, placed_end in entries:
            if placement is not None and left >= end:
                placed.append((placement, placed_end))
                end = placed_end
                continue
            if key:
                stays.append(key)  # in a badge: a title before it that runs over it too
                x = max(0.0, items[key].x0 - shift)
                after = x + BADGE_ROOM_AFTER + ITEM_GAP
            else:
                x, after = left, placed_end  # a badge kept whole
            while placed and placed[-1][1] > x - BADGE_ROOM_BEFORE:
                stays.append(placed.pop()[0].key)
            end = max(placed[-1][1] if placed else -math.inf, after)
        if not placed:
            return [], clusters
        left_over = [Cluster(cluster.x0, cluster.x1, list(cluster.keys)) for cluster in kept]
        for key in sorted(stays, key=lambda key: items[key].x0):
            left_over = self._join_world_cluster(left_over, items[key].x0 - shift, key)
        return [placement for placement, _end in placed], left_over

    @staticmethod
    def _join_world_cluster(clusters: list[Cluster], x: float, key: str) -> list[Cluster]:
        """``clusters`` (by x0) with ``key`` at ``x`` (viewport px) joined to the
        nearest within ``CLUSTER_REACH``, else in a cluster of its own, in order."""
        x = max(0.0, x)
        for cluster in clusters:
            if cluster.x0 - CLUSTER_REACH <= x <= cluster.x1 + CLUSTER_REACH:
                cluster.x0, cluster.x1 = min(cluster.x0, x), max(cluster.x1, x)
                cluster.keys.append(key)
                return clusters
        clusters.append(Cluster(x, x, [key]))
        clusters.sort(key=_CLUSTER_X0)
        return clusters

    def _pack_by_stretch(self, items: list[LaneItem], max_rows: int, width: int,
                         measure: Callable[[LaneItem], LaneItem] | None,
                         least: Callable[[LaneItem], float] | None,
                         stretches: list[tuple[float, float]] | None = None,
                         context: Sequence[str] = (),
                         context_item: Callable[[str], LaneItem] | None = None,
                         covering: Sequence[str] = (),
                         rows_before: Callable[[Any], int] | None = None
                         ) -> LanePacking:
        """``pack_lane`` of a lane's ``items`` (sorted by x0), each stretch between gap
        bands on its own (``_stretches_on_screen``), with its rows from the top and its
        own edges: a label that would run into a band goes left of its marker, or is
        shortened as at the view's edge, and one with no room even for that ends at the
        band (elided).  Packed across the whole width, the label of an event just left
        of a band ran over the band into the next stretch and read as an event of
        another era (new-user trial 7).  ``context``, ``context_item``, ``covering``:
        ``pack_lane``'s, with one stretch only (none is given with bands on screen);
        ``rows_before``: ``pack_lane``'s, for every stretch."""
        if stretches is None:
            stretches = self._stretches_on_screen(width)
        if len(stretches) == 1:
            left, right = stretches[0]
            return pack_lane(items, max_rows, view_left=left, view_right=right,
                             measure=measure, least_width=least, most_width=MAX_LABEL_PX,
                             context=context, context_item=context_item,
                             covering=covering, rows_before=rows_before,
                             badge_row=True)  # a "+1" whose row has room: its event (U5)
        per_stretch: list[list[Placement]] = []
        clusters: list[Cluster] = []
        rows = 0
        start = 0
        for index, (left, right) in enumerate(stretches):
            # An item belongs to the stretch on its side of the band's middle.
            split = ((right + stretches[index + 1][0]) / 2 if index + 1 < len(stretches)
                     else float("inf"))
            end = bisect.bisect_left(items, split, start, len(items), key=_LANE_ITEM_X0)
            packing = pack_lane(items[start:end], max_rows, view_left=left, view_right=right,
                                measure=measure, least_width=least, most_width=MAX_LABEL_PX,
                                rows_before=rows_before)
            start = end
            placed: list[Placement] = []
            for placement in packing.placements:
                if (right < width and not placement.label_inside
                        and placement.label_x + placement.label_width > right):
                    placement = placement._replace(  # no room on either side: cut
                        label_width=max(0.0, right - placement.label_x))
                placed.append(placement)
            per_stretch.append(placed)
            clusters += packing.clusters
            rows = max(rows, packing.rows_used)
        if measure is not None:
            _titles_across_bands(per_stretch, stretches, items, measure, width)
        return LanePacking([placement for placed in per_stretch for placement in placed],
                           clusters, rows)

    def _lane_room(self, grown: bool = True) -> tuple[tuple[int, int], ...]:
        """Per lane (in ``_lanes``' order), ``(rows, density height)``: the rows it may
        fill before its events join "+N" badges, and the height (px) of its bars when it
        is drawn as a density, for the view's height.

        The height under the axis is shared out as water fills vessels: a lane of ``n``
        events never needs more than ``n`` rows (each event a row of its own, no "+N"
        row), so it takes that (a lane of one event, one row) and the lanes left share
        the rest evenly.  A lane whose share holds a row for each of its events gets
        them all; else it gets its share's rows less one, kept for the "+N" badges, and
        a lane of at most ``LANE_ROWS_GROWN`` events never fewer than a row for each (the
        lanes scroll; verify51 F16: a lane of 8 showed 7 and a "+1"), a busier lane a
        row fewer for each ``LANE_ROWS_EASED`` events more, down to ``MAX_ROWS`` (a lane
        of 13 fell from a row for each to 6 rows and a "+7": layout46's cliff).  (A
        new user's trial, verify22: a lane of 7 events overlapping in time showed 6 and
        a "+1" above ~75 px left empty, because every lane's need counted a badge row it
        could never use.)  A lane that fills its share takes no more, so lanes that all
        fill theirs fill the view without a scroll bar.  Never less than ``MAX_ROWS``
        and ``DENSITY_HEIGHT`` (a small window scrolls as before), never more than
        ``MAX_ROWS_TALL`` and ``MAX_DENSITY_HEIGHT``.  A lane of a few events uses the
        rows it needs whatever the height: the default timeline stays compact.

        ``grown`` False: without the rows of a lane of a few events (``LANE_ROWS_GROWN``),
        every lane at least ``MAX_ROWS`` as before session 41 — Fit All's estimate of the
        titles a range loses (``_fit_label_loss``), whose choice of range (squeezes, room
        between bands) stays what it was.

        Kept for what it is a function of (the view's height, ``picture_rows`` and the
        lanes' counts of events, in order): asked several times a frame (the layout's
        key, the layout, the world's chunks' key ``_world_here``), 24 us a call at
        100 000 events, a day's pans +1-2 % of instructions (session 30).
        """
        lanes = self._lanes
        height = self.viewport().height()
        eras = self._era_room()  # (the eras' titles take the top rows)
        key = (height, self.picture_rows, tuple([len(lane.events) for lane in lanes]), eras,
               grown)
        kept = self._lane_room_kept
        if kept is not None and kept[0] == key:
            return kept[1]
        room = float(height - LANES_TOP) - eras
        needs = [LANE_HEADER + len(lane.events) * ROW_HEIGHT + LANE_PAD for lane in lanes]
        shares = [0.0] * len(lanes)
        left = len(lanes)
        for index in sorted(range(len(lanes)), key=needs.__getitem__):
            share = room / left
            shares[index] = min(needs[index], share)
            room -= shares[index]
            left -= 1
        least = self.picture_rows

        def rows(share: float, count: int) -> int:
            fit = int((share - LANE_HEADER - LANE_PAD) // ROW_HEIGHT)
            # (the rows every lane gets whatever its share: ``LANE_ROWS_GROWN``, then
            # a row fewer for each ``LANE_ROWS_EASED`` events more, down to ``MAX_ROWS``)
            floor = (max(MAX_ROWS, min(count, LANE_ROWS_GROWN - (count - LANE_ROWS_GROWN)
                                       // LANE_ROWS_EASED)) if grown else MAX_ROWS)
            kept = max(min(max(floor, MAX_ROWS, count if fit >= count else fit - 1),
                           MAX_ROWS_TALL), min(least, count))  # else a row for the "+N"
            # One event more than the rows: its own row is no taller than the "+1"
            # badge's (verify23: 7 events showed 6 and a "+1" in a seventh row).
            return count if count == kept + 1 else kept

        room_of_lanes = tuple(
            (rows(share, len(lane.events)),
             min(max(DENSITY_HEIGHT, int(share) - LANE_HEADER), MAX_DENSITY_HEIGHT))
            for share, lane in zip(shares, lanes, strict=True))
        self._lane_room_kept = (key, room_of_lanes)
        return room_of_lanes

    @staticmethod
    def _dense_limit(width: int, rows: int) -> int:
        """Events on screen beyond which a lane of ``rows`` rows is drawn as a density: one
        per 8 px of ``width`` (px), or as many as its rows can show as readable items
        (``READABLE_ITEM_PX`` each: a marker, a title shortened to no less than
        ``MIN_LABEL_PX``, the gap to the next), whichever is more.  By the width alone, a
        lane of a tall window with the room for 40 rows drew a histogram of events its
        rows could all have shown (new-user trial 7, a year of one busy category)."""
        return max(int(width / 8), int(rows * width / READABLE_ITEM_PX))

    def _rows_that_fit(self, on_screen: list[tuple[Event, int, int]] | None, width: int,
                       rows: int, slack: float) -> list[tuple[Event, int, int]] | None:
        """``on_screen`` (a lane's events on screen, ``_Lane.visible``), or None when
        they are more than ``width / 8`` and their readable extents (a span's bar, or a
        diamond, and ``READABLE_ITEM_PX``) need more than ``rows`` rows of ``width`` px
        times ``slack`` (the hysteresis): more events than ``width / 8`` are rows only
        when the lane's rows can hold them (``_dense_limit`` counts points; a lane of
        month-long spans needs far more room than its count says).

        Spans wider than half the view are context (``pack_lane`` gives them the rows
        left, or a "+N") and need no room here (lanes10: a lane of year-long spans over
        a day's events is rows); the rest must fit, however few they are.  With a count
        of them as a second condition (more than ``width / 8``), a lane at a month's
        zoom at 1 000 000 events (94 day events needing 16 000 px of 9 600, ~380 spans
        around them) was rows: 35 titles and a "+436", 2.5 ms more a frame of laying out
        ~470 events (issue 11: frames 5.7 -> 12 ms p95).  Such a lane is a density at
        that zoom, as before lanes10, and rows from where its own events fit (a week's).
        """
        if on_screen is None or len(on_screen) <= width / 8:
            return on_screen
        u_of_day, ppd = self._scale.u_of_day, self._px_per_day
        linear = self._scale.is_linear  # then u_of_day(day) is day: no call per event
        room = rows * width * slack
        needed = 0.0
        for _event, start, end in on_screen:
            bar = (0.0 if end - start <= 1 else (end - start) * ppd if linear
                   else (u_of_day(end) - u_of_day(start)) * ppd)
            if bar > width / 2:
                continue  # context: the rows left after the rest, or a "+N" (pack_lane)
            needed += bar + READABLE_ITEM_PX
            if needed > room:
                return None
        return on_screen

    def _lane_on_screen(self, lane: _Lane, first_day: float, last_day: float,
                        width: int, rows: int = MAX_ROWS) -> list[tuple[Event, int, int]] | None:
        """The lane's events on screen, or None: the lane is drawn as a density.

        Decided per zoom level (pixels per day, scale, width), not per view: the first
        view laid out at a zoom draws a lane dense when more of its events are on screen
        than ``_dense_limit(width, rows)`` (``rows``: the lane's, ``_lane_room``) or than
        its rows hold (``_rows_that_fit``), and pans at that zoom keep the decision until
        the count leaves a wide band around it (``DENSE_HYSTERESIS``: rows up to twice
        the limit, density down to half of it).  Decided per view, a crowded lane flipped between
        rows and density while panning, and every lane under it jumped (new-user
        trial).  A change of a decision bumps ``_frame_generation``: layouts and
        pictures made under the old one are not used again (it is rare: one crossing of
        the band)."""
        limit = self._dense_limit(width, rows)
        # Spans wider than half the view are not counted (``_Lane.visible``), in days on a
        # linear scale; on another, all are (a lane of long spans may then stay dense).
        wide_days = ((last_day - first_day) / 2 if self._scale.is_linear else math.inf)
        if self._lane_modes_generation != self._frame_generation:
            self._lane_modes.clear()  # the data, the filters or a search changed
            self._lane_modes_generation = self._frame_generation
        zoom = (self._px_per_day, self._scale, width)
        modes = self._lane_modes.pop(zoom, None)
        if modes is None and len(self._lane_modes) >= 256:
            del self._lane_modes[next(iter(self._lane_modes))]  # the least recently used
        modes = self._lane_modes[zoom] = {} if modes is None else modes
        dense = modes.get(lane.category)
        if dense is None:
            on_screen = self._rows_that_fit(
                lane.visible(first_day, last_day, limit, wide_days), width, rows, 1.0)
            modes[lane.category] = on_screen is None
            return on_screen
        band = limit // DENSE_HYSTERESIS if dense else limit * DENSE_HYSTERESIS
        on_screen = self._rows_that_fit(
            lane.visible(first_day, last_day, band, wide_days), width, rows,
            1 / DENSE_HYSTERESIS if dense else float(DENSE_HYSTERESIS))
        if (on_screen is None) != dense:  # out of the band: the other mode at this zoom
            if self._laying_out_ahead:
                # A view not on screen (work ahead) never changes a decision: the change
                # would show in the view on screen at its next repaint, with no input.
                # The step ahead of a steady move notes it instead: its frame, if it
                # comes, makes that very change (``_flipped_ahead``); a pan held across
                # a crowded lane's band laid out and painted that frame straight, twice
                # (issue 11: 12-26 ms at 1 000 000 events).
                if not self._may_flip_ahead:
                    raise _ModeChangeAheadError
                self._ahead_flip = (*(self._ahead_flip or ()),
                                    (zoom, lane.category, not dense))
                return on_screen
            modes[lane.category] = not dense
            self._lane_mode_changed()
            self._lane_modes_generation = self._frame_generation
        return on_screen

    def _lane_mode_changed(self) -> None:
        """A lane's rows-or-density decision at a zoom changed: ``_frame_generation``
        is bumped (a layout or picture made under the old decision is not the view's),
        and the new generation is noted as showing the contents of the old one
        (``_contents_of``)."""
        old = self._frame_generation
        self._frame_generation += 1
        contents = self._mode_generations.get(old, old)
        self._mode_generations = {generation: base for generation, base
                                  in self._mode_generations.items() if base == contents}
        self._mode_generations[self._frame_generation] = contents

    def _lane_headers_changed(self) -> None:
        """The lanes' header rows came or went (``_compact_lanes`` changed, ``_layout``):
        a new ``_frame_generation``, as for a lane's change of mode
        (``_lane_mode_changed``), so that no picture painted under the other headers is
        shown again, and a repaint.  The frame pictures' keys held the generation but not
        the headers: after Ctrl+G "October 1983", → and Ctrl+0 at 150 %, Fit All's
        picture painted ahead (``_prepare_sides``) with header rows was copied to the
        screen while the view had laid its lanes out compactly, and the selected event's
        highlight, drawn from that layout (``_paint_overlay``), sat on another event a
        row or a lane away until an edit (verify86 F1).  The lanes' modes decided at
        each zoom stay (``_lane_modes``: the contents did not change), and so do the
        layouts made (``_layouts``, moved to the new generation).  The repaint is
        asked once for a view: a change back at once, in the same view, is not
        repainted for."""
        kept_modes = self._lane_modes_generation == self._frame_generation
        old = self._frame_generation
        self._lane_mode_changed()
        if kept_modes:
            self._lane_modes_generation = self._frame_generation
        # The layouts made stay true (their keys hold the headers, ``_layout_key``): kept
        # under the new generation, a view laid out before is not packed again (an
        # import's Fit All, fitted a little wider and back, kept its hinted rows).
        for key in [key for key in self._layouts if key[0] == old]:
            self._layouts[(self._frame_generation, *key[1:])] = self._layouts.pop(key)
        # ... and so does a step painted ahead with these headers (session 66, scale78)
        self._headers_came(old)
        # ... and so do the views the Events list's next keys reveal, laid out ahead
        # (``_reveal_layouts``, scale69): dropped, End's view at the data's end, which
        # wants the other headers, was laid out in the key's frame all the same.
        reveal = self._reveal_layouts
        for key in [key for key in reveal if key[0] == old] if reveal else ():
            reveal[(self._frame_generation, *key[1:])] = reveal.pop(key)
        # ... and their pictures painted with the headers now chosen (scale73); those
        # painted with the others can never be shown again.
        pictures = self._reveal_pictures
        for key in [key for key in pictures if key[0] == old] if pictures else ():
            picture = pictures.pop(key)
            if picture[1] == self._compact_lanes:
                pictures[(self._frame_generation, *key[1:])] = picture
        inputs = self._layout_key()[1:-1]
        if self._painting_new_view is not None:
            # (the paint of a new view found it: it draws this layout, whole)
            self._painting_new_view = True
        elif inputs != self._headers_changed_for:
            # (a change back from the same view would be the rule disagreeing with
            # itself: a repaint for it could call for another, without end)
            self.viewport().update()
        self._headers_changed_for = inputs
        self._headers_changed_in = self._frame_generation

    def _paint_new_view(self, painter: QPainter, key: tuple[object, ...]) -> tuple[object, ...]:
        """Paint a new view (a pan, a zoom) whole on the screen (``paintEvent``), as the
        frame picture of ``key`` (``_frame_key``) shows it; return the key of what was
        painted.  ``_paint`` lays the view out before it draws anything
        (``_layout``): when that layout changes the lanes' header rows
        (``_lane_headers_changed``: a new ``_frame_generation``), the paint draws the
        new layout whole, so no repaint is asked and the new generation's key is the
        one painted (``_painted_key``).  The repaint drew the same view a second time in
        the frame: at month zoom on ``bench_view``'s 1 000-event file two of the
        frames session's 24 pans cost two paints each (session 64, scale71)."""
        self._painting_new_view = False
        try:
            self._paint(painter, picture=True)
            found = self._painting_new_view
        finally:
            self._painting_new_view = None
        if found:
            key = self._painted_key = self._frame_key()
        return key

    def _contents_of(self, generation: object) -> object:
        """The generation (``_frame_generation``) whose contents (data, filters, search,
        palette) the pictures of ``generation`` show: itself, or the one before the
        lanes' changes of mode that made it (``_lane_mode_changed``); a picture painted
        ahead with the other lanes' headers (``_job_frame_key``) shows its own's."""
        if type(generation) is tuple:  # ("headers", generation, headers): ``_job_frame_key``
            generation = generation[1]
        return self._mode_generations.get(generation, generation)  # type: ignore[call-overload]

    def _cluster_badges(self, clusters: list[Cluster],
                        on_screen: list[tuple[Event, int, int]], top: float,
                        color: QColor, width: int, ride: bool = False) -> list[_Aggregate]:
        """The lane's "+N" badges, left to right, never overlapping: a badge is at least
        as wide as its text, so clusters a little apart (or packed in separate passes)
        drew badges over each other; those become one badge counting both (new-user
        trial 6: "+3" under "+9").  A badge stays inside the view: one that would pass
        the right edge is moved in (new-user trial, session 5: a "+1" cut in half).

        Args:
            clusters: ``pack_lane``'s clusters, sorted by ``x0`` (viewport x, px).
            on_screen: the lane's visible events, indexed by the clusters' keys.
            top: content y of the badges' row.
            color: the lane's colour.
            width: the viewport's width (px).
            ride: a pan riding the world (``view_ride``): badges stay where their
                events are, cut by no edge (the edges' rules wait for the rest).
        """
        groups: list[tuple[float, float, list[Any]]] = []  # x0, x1, keys (indexes)
        known = self._small_widths

        def span_of(x0: float, x1: float, count: int) -> tuple[float, float]:
            # Its rectangle's left and width: its events' extent (6 px each side) cut at
            # the view's edges, at least as wide as its text, moved in from the right
            # edge if it would pass it.  Plain numbers, the ``QRectF`` made once a badge
            # (its ``right()`` is left + width, as here: ~90 clusters a frame at a year,
            # issue 11, layout15).
            text = f"+{count}"
            text_w = known.get(text)
            if text_w is None:
                text_w = self._small_width(text)
            if ride:
                return x0 - 6, max(text_w + 12, x1 + 12 - x0)
            left = max(2.0, x0 - 6)
            w = max(text_w + 12, min(x1 + 6, width - 2.0) - left)
            return max(2.0, min(left, width - 2 - w)), w

        # Each group's rectangle is made once for what it holds (it was made twice a
        # cluster, and again for the badge: ~170 a frame of a drag at 100 000 events).
        spans: list[tuple[float, float] | None] = []
        for cluster in clusters:
            span = span_of(cluster.x0, cluster.x1, len(cluster.keys))
            if groups:
                x0, x1, keys = groups[-1]
                last = spans[-1]
                if last is None:
                    last = spans[-1] = span_of(x0, x1, len(keys))
                if span[0] < last[0] + last[1] + 2:
                    keys.extend(cluster.keys)
                    groups[-1] = (x0, max(x1, cluster.x1), keys)
                    spans[-1] = None  # grown: made again when asked
                    continue
            groups.append((cluster.x0, cluster.x1, list(cluster.keys)))
            spans.append(span)
        badges: list[_Aggregate] = []
        y, h = top + 3, ROW_HEIGHT - 6
        for (x0, x1, keys), span in zip(groups, spans, strict=True):
            left, w = span_of(x0, x1, len(keys)) if span is None else span
            # Its first and last days when asked (``_ClusterBadge``: a click, a tooltip).
            # (a lane packed in the world keys its events by id: ``_world_packing``;
            # else by index, the ids in C-level maps, not a generator expression: a
            # zoomed-out lane clusters most of its events, ~800 a frame at 1 000 events)
            badges.append(_ClusterBadge(
                QRectF(left, y, w, h), len(keys), color,
                tuple(keys) if type(keys[0]) is str
                else tuple(map(_EVENT_ID, map(_EVENT, map(on_screen.__getitem__, keys)))),
                on_screen, keys))
        return badges

    def _indicators(self, lane: _Lane, geometry: _LaneGeometry, first_day: float,
                    last_day: float, shown: set[str], width: int,
                    reaching_in: bool = False) -> None:
        """The lane's "◀ 3" and "2 ▶": events beyond each edge of the view
        (``reaching_in``: the events on screen are not known, ``_Lane.hidden_beside``)."""
        before, nearest_before, after, nearest_after = lane.hidden_beside(
            first_day, last_day, shown, reaching_in)
        if not self.counts_off_view:  # (a print's: nothing to click)
            before = after = 0
        geometry.hidden = (before, after)
        geometry.nearest = (nearest_before, nearest_after)
        if not geometry.header and not geometry.dense:
            self._compact_plate(geometry, before, after, width)
            return
        y = geometry.top + 2
        left = right = QRectF()
        if before:
            name_w = self._name_width(lane.category)
            left = QRectF(30 + name_w, y, self._small_width(f"◀ {before:,}") + 10,
                          INDICATOR_HEIGHT)
        if after:
            w = self._small_width(f"{after:,} ▶") + 10
            right = QRectF(width - w - 4, y, w, INDICATOR_HEIGHT)
        geometry.indicator_rects = (left, right)

    def _compact_plate(self, geometry: _LaneGeometry, before: int, after: int,
                       width: int) -> None:
        """A compact lane's plate (``_compact_wanted``): its swatch, name, "◀ N" and
        "N ▶" side by side, ``COMPACT_PLATE_H`` px tall in its first row, at the first x
        from the view's left edge where that row holds no marker or title outside its
        bar for the plate's width and ``ITEM_GAP`` each side (``geometry.name_x``,
        ``plate_w``, ``indicator_rects``; content px).  A row with no such room (or a
        lane not finished yet: a pan's heads) has it at the left edge (or where it was),
        over the row, as the name kept over scrolled rows is (verify63 F8).  Deterministic:
        a function of the row's items and the counts (verify76 F17)."""
        y = geometry.top + COMPACT_SHIFT + 2
        name_end = 30 + self._name_width(geometry.category)
        ends = [name_end]
        left_w = self._small_width(f"◀ {before:,}") + 10 if before else 0.0
        right_w = self._small_width(f"{after:,} ▶") + 10 if after else 0.0
        at = name_end
        left_at = right_at = -1.0
        if before:
            left_at, at = at, at + left_w + 4
            ends.append(at)
        if after:
            right_at, at = at, at + right_w + 4
            ends.append(at)
        plate_w = max(ends)
        x = geometry.name_x
        if geometry._finish is None and geometry.items is not None:
            x = self._free_in_first_row(geometry, plate_w, width)
        geometry.name_x, geometry.plate_w = x, plate_w
        geometry.indicator_rects = (
            QRectF(x + left_at, y, left_w, INDICATOR_HEIGHT) if before else QRectF(),
            QRectF(x + right_at, y, right_w, INDICATOR_HEIGHT) if after else QRectF())

    @staticmethod
    def _free_in_first_row(geometry: _LaneGeometry, plate_w: float, width: int) -> float:
        """The least x >= 0 where ``plate_w`` px with ``ITEM_GAP`` each side meet no
        marker or title outside its bar in the lane's first row (``_compact_plate``),
        and end in the view (``width``); 0 when there is none."""
        row_top = geometry.top + geometry.header
        taken: list[tuple[float, float]] = []
        for item in geometry.items:
            lx, ly, lw, lh = item.label_box
            if not row_top <= ly + lh / 2 < row_top + ROW_HEIGHT:
                continue
            mx, _my, mw, _mh = item.marker_box
            taken.append((mx, mx + mw))
            if item.label and not item.label_inside:
                taken.append((lx, lx + lw))
        for badge in geometry.badges:
            rect = badge.rect
            if rect.top() < row_top + ROW_HEIGHT and rect.bottom() > row_top:
                taken.append((rect.left(), rect.right()))
        taken.sort()
        x = 0.0
        for left, right in taken:
            if left >= x + plate_w + ITEM_GAP:
                break
            x = max(x, right + ITEM_GAP)
        return x if x + plate_w <= width else 0.0

    def _density(self, lane: _Lane, geometry: _LaneGeometry, color: QColor,
                 bin_days: Any, bin_x: int = 0, peaks: dict[str, int] | None = None
                 ) -> None:
        """Count events per column of pixels: cost depends on the width only.

        ``bin_days`` are the days at x = 0, DENSITY_BIN_PX, 2 * DENSITY_BIN_PX, ...
        All bins are counted in one vectorised bisection (numpy ``searchsorted``): the
        per-bin Python loop was half of a fit-all frame at 100 000 events (issue 11).
        numpy is imported here, not at start-up: only a zoomed-out large timeline needs it.

        ``bin_x`` (px, 0 or less): the first bin's x, a pan's bins being on the world's
        pixel line; ``peaks``: a pan's peak per lane, kept from its first frame (a
        bin counting more is drawn as tall as the peak's): the bars do not rescale to
        each view while the view pans (``view_ride``).
        """
        import numpy as np

        edges = np.asarray(bin_days, dtype=np.float64)
        index = np.searchsorted(lane.starts_array(), edges, side="left")
        counts = np.diff(index)
        nonzero = np.flatnonzero(counts)
        if not nonzero.size:
            return
        found = counts[nonzero]
        peak = int(found.max())
        drawn = found
        if peaks is not None:
            peak = peaks.setdefault(lane.category, peak)
            drawn = np.minimum(found, peak)
        geometry.bar_base = geometry.top + geometry.height - 4
        geometry.bar_h = (4 + (geometry.height - LANE_HEADER - 10) * np.log1p(drawn)
                          / math.log1p(peak))
        geometry.bar_x = nonzero * DENSITY_BIN_PX + bin_x
        geometry.density = (found, edges[nonzero], edges[nonzero + 1])
        geometry.color = color


#: A title cut at a gap's band crosses it shortened (``_titles_across_bands``) only when
#: it then shows at least this many px, and this many times what it showed cut: a word
#: or two more is not worth a title over a band (verify64 F5; ``FIT_WAYS_READABLE_PX``'s
#: 100 px: narrower, a title reads as cut).
CROSSING_LEAST_PX = 100.0
CROSSING_GAIN = 1.5
#: A title cut within its stretch to at least this reads (it keeps its first words, as a
#: crowded title shortened to ``MIN_LABEL_PX`` at a word does) and stays on its side of
#: the band: trial 7 read the 1965 treaty's title, run across the "≈ 57 years" band of the
#: default timeline's first view at 1024×700, as an event of 2023
#: (``test_first_view.test_every_event_is_visible_with_its_full_title``).
CROSSING_READABLE_PX = MIN_LABEL_PX - 8.0


def _titles_across_bands(per_stretch: list[list[Placement]],
                         stretches: list[tuple[float, float]], items: list[LaneItem],
                         measure: Callable[[LaneItem], LaneItem], width: int) -> None:
    """The titles ``_pack_by_stretch`` cut at a gap's band (or, left of their markers, at
    their stretch's left edge) given the room their row has across the band: right of
    the marker, over the band, into the next stretch up to its far edge at most, the row
    free for it there (no marker or title of the row within ``ITEM_GAP`` of it, in any
    stretch); whole where it fits, else shortened to that room when the next marker or
    title of its row or the next band ends it (not the view's edge) and it then shows
    at least ``CROSSING_LEAST_PX`` and ``CROSSING_GAIN`` times what it showed cut.
    ``per_stretch``: each stretch's placements, changed in place; ``items``: the lane's
    items by which the placements' keys are found (``measure`` gives one not measured yet
    its title's width).

    A title that reads whole within its stretch (left of its marker) stays there, as
    trial 7 asked (a 1965 title run into 2023 read as an event of 2023); one cut there to
    no less than ``CROSSING_READABLE_PX`` stays too unless it then reads whole, starting
    at its own marker (verify81 F8: "South Korea and Japan…" cut at the view's left edge
    at Fit All and after Zoom In, its row empty past the band; view79, view80); a title
    is never moved over a band to end at its marker after it (trial 7's rule as
    ``test_view_trial7_lanes`` states it).  One cut to a word or to nothing beside a band
    whose row is empty past it (verify61 F12: "Galwan Valley clash: 20…" left of its
    marker, the band 15 px to its right, the row after it empty; verify62: a title cut
    with the room to its right empty) reads whole, on its plate, over the band, the
    band's zig-zag passing under it.  Only titles cut at a band or a stretch's left edge
    are looked at (a few a view, with bands on screen)."""
    by_key: dict[Any, LaneItem] | None = None
    for index in range(len(stretches) - 1):
        left, right = stretches[index]
        if right >= width:
            continue
        # (across a sliver of a stretch, a lone date's between two bands, to the far
        # edge of the stretch after it: the sliver holds no title)
        after = index + 1
        while (after + 1 < len(stretches)
               and stretches[after][1] - stretches[after][0] < CROSSING_LEAST_PX):
            after += 1
        reach = min(stretches[after][1], float(width))
        sliver = right - left < CROSSING_READABLE_PX
        placed = per_stretch[index]
        for at, placement in enumerate(placed):
            if placement.label_width >= MAX_LABEL_PX - 0.5:
                continue
            if placement.label_inside:
                # A bar in a sliver with its title cut inside it to a letter or none
                # (verify66 F13: the 1974 treaty's box drawn with no title at 800x600,
                # its row free for ~190 px past the band after it)
                if not sliver or placement.label_width >= CROSSING_READABLE_PX:
                    continue
            elif not (placement.label_x + placement.label_width >= right - 1.0
                      or placement.label_x <= left + 1.0):
                continue  # (not cut at an edge of its stretch)
            if by_key is None:
                by_key = {item.key: item for item in items}
            item = by_key[placement.key]
            if item.label_width < 0:
                item = by_key[placement.key] = measure(item)
            full = item.label_width
            if full <= placement.label_width + 0.5:
                continue  # whole already
            # Cut, but its first words read: it stays on its side (trial 7) unless it
            # reads whole right of its marker, over the band (verify81 F8: "South Korea
            # and Japan…" cut at the view's left edge, the row empty past the band).
            readable = placement.label_width >= CROSSING_READABLE_PX
            point = not item.x1 > item.x0
            label_x = item.x0 + POINT_RADIUS + LABEL_GAP if point else item.x1 + LABEL_GAP
            end = label_x + full
            if label_x < left or min(end, reach) <= right:
                continue
            start = item.x0 - POINT_RADIUS if point else item.x0
            free = _row_free_until(per_stretch, by_key, placement.row, placement.key,
                                   start, label_x, reach)
            if free < end:
                free = _edge_title_right(per_stretch, stretches, by_key, measure, placement,
                                         start, label_x, free, end, reach, width)
            if free >= end:
                placed[at] = Placement(placement.key, placement.row, label_x, False, full)
                continue
            if readable:
                continue
            # Not whole: the room up to the next marker or title of its row, or the next
            # band, when that reads much more than the cut (verify64 F5: "Oslo…" in
            # 38 px at Fit All, its row free for 300 px across a narrow band).  Not up
            # to the view's edge: a pan would move the cut with it.
            shown = free - label_x
            if (free >= width - 0.5 or shown < CROSSING_LEAST_PX
                    or shown < CROSSING_GAIN * placement.label_width):
                continue
            placed[at] = Placement(placement.key, placement.row, label_x, False, shown)


def _drawn_extent(placement: Placement, item: LaneItem) -> tuple[float, float]:
    """Where ``item``'s marker and, beside it, its title (``placement``) are drawn: the
    leftmost and rightmost x (px)."""
    point = not item.x1 > item.x0
    lo = item.x0 - POINT_RADIUS if point else item.x0
    hi = item.x0 + POINT_RADIUS if point else item.x1
    if not placement.label_inside and placement.label_width > 0:
        lo = min(lo, placement.label_x)
        hi = max(hi, placement.label_x + placement.label_width)
    return lo, hi


#: A title of the view's last stretch moved right of its marker, shortened at the view's
#: right edge, so that the title before it across a band reads (``_edge_title_right``),
#: keeps at least this many px there: ``FIT_ROOM_LEAST_SHOWN``'s 50 px, the least a title
#: counts as shown (two words; a pan to the right brings the rest).
EDGE_TITLE_RIGHT_LEAST_PX = 50.0


def _edge_title_right(per_stretch: list[list[Placement]],
                      stretches: list[tuple[float, float]], by_key: dict[Any, LaneItem],
                      measure: Callable[[LaneItem], LaneItem], crossing: Placement,
                      start: float, label_x: float, free: float, end: float, reach: float,
                      width: int) -> float:
    """How far right (px) the row of ``crossing`` (a title cut at a band, whose item
    starts at ``start``, its title at ``label_x`` wanting to end at ``end``; ``reach``
    the farthest it may go) is free: ``free`` (``_row_free_until``'s), or more once the
    title of the view's last stretch that stops it is moved right of its marker, where
    that makes the crossing title read more.

    That title is one ``layout._place`` put left of its marker, shortened from the
    band before its stretch, because right of its marker it had less than its least
    width (``MIN_LABEL_PX``) before the view's right edge: it goes back right of its
    marker, shortened at the edge (its row free there), when it shows at least
    ``EDGE_TITLE_RIGHT_LEAST_PX`` there and the crossing title then reads whole, or
    shortened to at least ``CROSSING_LEAST_PX`` and ``CROSSING_GAIN`` times what it showed.
    Changed in place (``per_stretch``) only then; else the row's free end as it was.

    A pan of an eighth of the view at an editor's Fit All (verify64 F7) put "Israel and
    Hamas agree first…" (its marker 111 px from the right edge) left of its marker, and
    "Abraham Accords", whole across the band before at Fit All, read "Abraha…": a title
    jumped sides and its neighbour lost its words.  Stateless (a function of the view as
    it stands, not of the layout shown before), so a pan's pictures stay the view's."""
    last_left, last_right = stretches[-1]
    if last_right < width or free >= end:
        return free
    placed = per_stretch[-1]
    for at, placement in enumerate(placed):
        if (placement.row != crossing.row or placement.label_inside
                or placement.label_x > last_left + 1.0 or placement.label_x < free):
            continue
        item = by_key[placement.key]
        point = not item.x1 > item.x0
        marker_left = item.x0 - POINT_RADIUS if point else item.x0
        if placement.label_x + placement.label_width > marker_left:
            continue  # (right of its marker, or inside its bar)
        if item.label_width < 0:
            item = by_key[placement.key] = measure(item)
        if item.label_width <= placement.label_width + 0.5:
            continue  # (whole left of its marker: it stays so)
        right_x = item.x0 + POINT_RADIUS + LABEL_GAP if point else item.x1 + LABEL_GAP
        shown = min(item.label_width, width - right_x)
        if shown < EDGE_TITLE_RIGHT_LEAST_PX:
            return free
        placed[at] = Placement(placement.key, placement.row, right_x, False, shown)
        if _row_free_until(per_stretch, by_key, placement.row, placement.key, marker_left,
                           right_x, float(width)) < width - 0.5:
            placed[at] = placement  # (its row is taken right of its marker)
            return free
        moved = _row_free_until(per_stretch, by_key, crossing.row, crossing.key, start,
                                label_x, reach)
        gained = moved - label_x
        if moved >= end or (gained >= CROSSING_LEAST_PX
                            and gained >= CROSSING_GAIN * crossing.label_width):
            return moved
        placed[at] = placement
        return free
    return free


def _row_free_until(per_stretch: list[list[Placement]], by_key: dict[Any, LaneItem],
                    row: int, key: Any, start: float, label_x: float, reach: float
                    ) -> float:
    """How far right (px) ``row`` is free for a title at ``label_x`` of the item that
    starts at ``start`` (``key``'s): up to ``ITEM_GAP`` before the next marker or title
    of the row (but ``key``'s), in any stretch, or ``reach``; ``label_x`` when one meets
    ``start``..``label_x`` (``_titles_across_bands``)."""
    free = reach
    for placed in per_stretch:
        for placement in placed:
            if placement.row != row or placement.key == key:
                continue
            lo, hi = _drawn_extent(placement, by_key[placement.key])
            if hi + ITEM_GAP <= start:
                continue  # (before it)
            if lo < label_x + ITEM_GAP:
                return label_x  # (over its marker or where its title starts)
            free = min(free, lo - ITEM_GAP)
    return free

