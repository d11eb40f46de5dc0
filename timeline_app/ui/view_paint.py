"""Lanes, items, bands, grid, hatches, chips, the overview strip, indicators.

A mixin of ``timeline_view.TimelineView``: its methods, moved as they were by
``tools/split_view.py``.
"""

from __future__ import annotations

import itertools
import math
import sys
import weakref
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
)

from timeline_app.ui.idle_gc import last_frame
from timeline_app.ui.layout import ELLIPSIS
from timeline_app.ui.overview import StripMap, bar_columns, density, press_mode
from timeline_app.ui.rounded_pieces import PHASES, RoundedStyle
from timeline_app.ui.scale import Break
from timeline_app.ui.style import dim_text_color, is_dark_palette
from timeline_app.ui.theme import hatch_colors, span_fill, swatch_edge, visible_edge
from timeline_app.ui.view_axis import TODAY_COLORS
from timeline_app.ui.view_base import (
    _DIAMOND,
    _DIAMOND_HALF,
    _RASTER_PAINTER,
    AXIS_HEIGHT,
    BACKDROP_ARTICLE_LINES,
    COMPACT_SHIFT,
    DASH_REPETITION_LIMIT,
    DASH_TILE_MARGIN,
    DASH_TILE_PERIODS,
    DENSITY_BIN_PX,
    FEW_ARTICLE_LINES,
    HATCH_PERIOD,
    HATCH_WIDTH,
    INDICATOR_HEIGHT,
    INDICATOR_IMAGE_MARGIN,
    INDICATOR_IMAGES_KEPT,
    INDICATOR_SIGHTINGS,
    LABEL_BACKGROUND_HALF,
    LANE_HEADER,
    LANE_SHADE,
    LANES_TOP,
    MAX_DENSITY_HEIGHT,
    MIN_DAYS_SHOWN,
    OVERVIEW_BIN_PX,
    OVERVIEW_HEIGHT,
    ROW_HEIGHT,
    SPAN_HEIGHT,
    SPAN_RADIUS,
    THIN_BAR_PX,
    _AxisSegment,
    _bidirectional,
    _blend,
    _hatch_brush,
    _Item,
    _label_background,
    _LaneGeometry,
    _LaneStyle,
    _Layout,
    _make_room,
    _rect_intersected,
    _tiles_dashes,
    _touches_translucent,
    lane_label,
)

if TYPE_CHECKING:  # only annotations: importing them costs start-up time (lazy Qt types)
    from PySide6.QtGui import QBrush, QImage


#: The kinds of rounded rectangle and marker of a lane's colour made ahead while the app
#: waits (``PaintMixin._make_pieces_ahead``: markers, the selected one, "+N" badges,
#: "◀ N" indicators, diamonds).
PIECE_KINDS = 5

#: Those pieces wait while the view paints frames: a kind is made only when the view
#: painted no frame since the timer was armed, and a frame in between arms it for this
#: long, ms (a hover's, a held key's ~33 ms or a wheel run's frames come closer).  A
#: kind is 0.1-1.1 ms of CPU at 100 000 events; a 0 ms timeout made one right after each
#: frame once the view had rested (issue 11, session 56, frames54).
PIECES_QUIET_MS = 40.0


#: A plan's bar narrower than this (px) has an open diamond at its middle instead of a
#: rim inside it (``PaintMixin._paint_plan_marks``): the rim's lines stay 5 px clear of
#: the rounded ends and need some length between them.
PLAN_RIM_LEAST_PX = 12.0


#: Circa spans' short copies kept (``PaintMixin._circa_short``: a few KB each).
CIRCA_SCRATCHES_KEPT = 128


#: What an item or badge may draw beyond its rectangles, px (outlines, antialiasing, the
#: selection's and the hover's rings): a clip's columns are widened by it before items
#: outside them are left out (``_paint_lane_body``).
CULL_PAD_PX = 12.0


def _whole_ratio(ratio: float | None) -> float | None:
    """``ratio`` (``_snapped_ratio``'s) when it is a whole number, else None: titles are
    copied from chips (``_paint_chips``) and placed on device pixels only at whole
    ratios; markers, stripes and rounded ends are copied at any ratio."""
    return ratio if ratio is not None and ratio == int(ratio) else None


def _copies_dashes(painter: QPainter, pen: QPen, ratio: float) -> bool:
    """Whether a circa span's dashed outline drawn with ``pen`` on ``painter`` (device pixel
    ratio ``ratio``) may come from a short copy painted alone (``_paint_circa_ends``,
    ``_paint_circa_cut``): an antialiased painter composing over at full opacity and a pen
    wider than a device pixel (a thinner one is Qt's cosmetic stroker's, whose dashes
    differ at the ends)."""
    over = QPainter.CompositionMode.CompositionMode_SourceOver
    return (painter.testRenderHint(QPainter.RenderHint.Antialiasing)
            and painter.opacity() == 1.0 and painter.compositionMode() == over
            and not pen.isCosmetic() and pen.widthF() * ratio > 1)


def _reaches(rect: QRectF, left: float, right: float) -> bool:
    """``rect`` reaches into the columns ``[left, right]``."""
    return rect.right() >= left and rect.left() <= right


class PaintMixin:
    """Lanes, items, bands, grid, hatches, chips, the overview strip, indicators."""

    def _paint(self, painter: QPainter, picture: bool = False,
               strip: tuple[int, int] | None = None, lanes_only: bool = False) -> None:
        """Paint the whole view; ``picture``: as the frame picture, without the selection,
        the hover and the current event's exemption from a search's dimming.

        ``strip``: only the rows ``[top, bottom)`` of the lanes (viewport pixels, below
        ``LANES_TOP``), the rest left as it is: what a vertical scroll of the frame
        picture exposed.  Everything under the lanes is drawn in content coordinates (the
        dashes of the article lines, the zig-zags of the breaks), so that the picture
        shifted by the scroll is what a whole paint gives.

        ``lanes_only``: the lanes' content alone (no lane names, swatches or "◀ N"
        indicators, no drag preview, nothing above the lanes), within the painter's clip:
        a tile of a pan's stretch (``_paint_pan_tiles``).
        """
        self._label_chips.new_paint()
        vp = self.viewport().rect()
        palette = self.palette()
        if strip is not None:
            # (Within a pan's tile's clip: ``_paint_pan_band``'s columns.)
            painter.setClipRect(QRect(0, strip[0], vp.width(), strip[1] - strip[0]),
                                Qt.ClipOperation.IntersectClip if lanes_only
                                else Qt.ClipOperation.ReplaceClip)
        layout = self._layout()
        offset = self._content_offset()
        segments = self._axis_segments()
        grid_columns = [self._grid_columns(segments, major) for major in (False, True)]
        grid_columns.append(self._today_columns())  # drawn as a grid line (verify87 F4)
        if lanes_only:  # a pan's tiles: the columns inside them (drawRects of the
            # view's every column, clipped, was half of a tile's paint)
            clip = painter.clipBoundingRect()
            grid_columns = [[x for x in xs if clip.left() - 1 <= x <= clip.right() + 1]
                            for xs in grid_columns]
        backdrop = self._paint_backdrop(painter, layout, segments, grid_columns, offset)
        if backdrop is None:
            painter.fillRect(vp, palette.base())
        else:  # the lanes' area is covered: only the axis and the overview's rows
            painter.fillRect(QRect(0, 0, vp.width(), LANES_TOP), palette.base())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        # Lane bands, grid lines and breaks, behind everything else.
        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip
                            if strip is not None or lanes_only else Qt.ClipOperation.ReplaceClip)
        if backdrop is None:
            self._paint_bands_and_grid(painter, layout, grid_columns, offset)
        dark = is_dark_palette()  # once a frame, not once a lane
        # The eras' bands over the backdrop, under everything else (``view_eras``).
        if backdrop is None or not self._eras_in_backdrop:
            self._paint_eras(painter, offset, dark, offset + layout.content_height,
                             titles=False)
        for seg in segments:
            if seg.band is not None:
                self._paint_break_band(painter, seg, LANES_TOP, vp.height(),
                                       phase=round(LANES_TOP - offset))
        if not backdrop:  # (True: the article lines are in the backdrop)
            # The article's date sits behind the events: it never hides one.
            self._paint_article_markers(painter, vp.height(), axis=False)
        # The eras' titles over the article lines (a plate where one crosses a title).
        self._paint_eras(painter, offset, dark, offset + layout.content_height, bands=False)
        if picture:
            # The frame picture holds every item unselected and not hovered: the
            # highlights are drawn over it (``_paint_overlay``), so that a selection or a
            # hover repaints a few rectangles, not the whole view (issue 11).
            chosen: frozenset[str] = frozenset()
            hover_id = primary_id = ""
        else:
            chosen = self._selected_ids
            if self._band is not None:
                chosen = chosen | set(self._band.ids)  # the band holds only what is drawn
            hover_id, primary_id = self._hover_id, self._selection.event_id
        # The rows to paint: the strip's, else what the clip to the events' area shows
        # (a lane below the fold was painted for nothing: 1 of 8 lanes at 100 000 events,
        # 1600x900, a year; 4 at a month).
        top, bottom = strip if strip is not None else (LANES_TOP, vp.height())
        fills = self._lane_fill(0), self._lane_fill(1)  # (a palette's copy each: once)
        # The lanes' titles are copied as chips from one painter with one clip and one
        # translation: where from is asked once (``_chip_source``), not once a lane.
        self._chip_sources = {}
        try:
            self._paint_lanes(painter, layout, offset, top, bottom, fills, chosen, dark,
                              hover_id, primary_id, strip, lanes_only)
        finally:
            self._chip_sources = None
        if not lanes_only:
            self._paint_drag(painter, offset)
        painter.restore()
        if strip is not None or lanes_only:
            return  # the axis, the overview and the badges are above the lanes
        self._paint_above_lanes(painter, segments)

    def _paint_lanes(self, painter: QPainter, layout: _Layout, offset: float, top: float,
                     bottom: float, fills: tuple[QColor, QColor], chosen: frozenset[str],
                     dark: bool, hover_id: str, primary_id: str,
                     strip: tuple[int, int] | None, lanes_only: bool) -> None:
        """``_paint``'s lanes whose rows reach into ``[top, bottom)`` (viewport px),
        each with its header unless ``lanes_only`` or the band ``strip`` misses it."""
        for index, lane in enumerate(layout.lanes):
            if lane.top + offset >= bottom or lane.top + lane.height + offset <= top:
                continue  # wholly outside the rows to paint
            # A band of rows (``strip``) that misses the lane's header row paints no
            # header: its name, swatch and indicators lie within it (2 px of outline and
            # text to spare), clipped away there.  A lane across two bands of a picture
            # painted ahead had them drawn twice (~0.2 ms a lane at 2560x1440).
            header = not lanes_only and (
                strip is None or (lane.top + offset - 2 < bottom
                                  and lane.top + offset + (lane.header or ROW_HEIGHT) + 2
                                  > top))
            self._paint_lane(painter, lane, offset, fills[index % 2], chosen, dark,
                             hover_id, primary_id,
                             None if strip is None and lane.top + offset >= top
                             and lane.top + lane.height + offset <= bottom
                             else (top - offset, bottom - offset), header=header)

    def _paint_above_lanes(self, painter: QPainter, segments: list[_AxisSegment]) -> None:
        """What ``_paint`` draws last, over everything: the name of the lane whose header
        is scrolled away (``_paint_kept_lane_name``), the axis, the overview and the
        article badges (a picture painted in slices paints them in its last slice)."""
        vp = self.viewport().rect()
        self._paint_kept_lane_name(painter)
        self._paint_axis(painter, segments, vp.width())
        self._paint_overview(painter, vp.width())
        self._paint_article_markers(painter, vp.height(), axis=True)
        self._paint_today_badge(painter, vp.width())

    def _kept_lane_name(self, scroll: int | None = None
                        ) -> tuple[_LaneGeometry, int, float] | None:
        """The lane whose header the lanes' vertical scroll (``scroll``; None: the bar's
        value) put above the lanes' top while its rows are still on screen: ``(lane, its
        index, the viewport y of its name's plate)``, the plate at the lanes' top, or
        pushed up by the next lane's header as the lane's end passes under it; None when
        no lane's header is scrolled away (the lanes at the top: the first view) or on a
        printed page's rows (``page_rows``).  At 800×600 the lanes scroll, and the rows of
        the Meeting lane showed without its name (verify63 F8).  Uses the layout made, or
        a pan's (none is made for it: None then)."""
        if scroll is None:
            scroll = self.verticalScrollBar().value()
        if scroll <= 0 or self._page_rows is not None:
            return None
        layout = self._layouts.get(self._layout_key())
        pan = getattr(self, "_pan", None)
        if layout is None and pan is not None:
            layout = pan.layout  # (a pan's lanes keep their places)
        if layout is None:
            return None
        offset = LANES_TOP - scroll
        for index, lane in enumerate(layout.lanes):
            top = lane.top + offset
            if top >= LANES_TOP:
                return None  # (its header on screen)
            bottom = top + lane.height
            if bottom > LANES_TOP + LANE_HEADER / 2:  # (its rows on screen)
                return lane, index, float(min(LANES_TOP, math.floor(bottom - LANE_HEADER)))
        return None

    def _paint_kept_lane_name(self, painter: QPainter, scroll: int | None = None) -> None:
        """The swatch and name of the lane ``_kept_lane_name`` gives, on a plate of the
        lane's band colour at the lanes' top left, over its rows, as a list's sticky
        header is: which lane the rows on screen belong to (verify63 F8)."""
        kept = self._kept_lane_name(scroll)
        if kept is None:
            return
        lane, index, y = kept
        band = self._lane_fill(index)
        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Whole pixels, opaque: the plate's pixels are the same whatever lies under it (a
        # scroll's moved picture under the name drawn again, ``_scroll_picture``).
        plate = QRectF(0, y, math.ceil(22 + self._name_width(lane.category) + 10),
                       LANE_HEADER)
        painter.fillRect(plate, band)
        # (its lower and right edges in the major grid lines' faint text colour, on the band)
        edge = _blend(QColor(self.palette().text().color()), band, 70 / 255)
        painter.fillRect(QRectF(0, plate.bottom() - 1, plate.width(), 1), edge)
        painter.fillRect(QRectF(plate.right() - 1, y, 1, LANE_HEADER), edge)
        # (its header drawn at the plate: swatch and name, no "◀ N" counts)
        header = _LaneGeometry(lane.category, y - LANES_TOP, lane.height, lane.dense)
        self._paint_lane_header(painter, header, float(LANES_TOP), band,
                                self._lane_color(lane.category, is_dark_palette()))
        painter.restore()

    def _grid_columns(self, segments: list[_AxisSegment], major: bool) -> list[int]:
        """The pixel columns of the minor or the major grid lines on screen."""
        xs = []
        for seg in segments:
            if seg.ticks is None:
                continue
            for tick in seg.ticks.major if major else seg.ticks.minor:
                x = round(self.x_of_day(tick.day))
                if seg.x0 <= x + 0.5 <= seg.x1:
                    xs.append(x)
        return xs

    def _grid_colors(self) -> tuple[QColor, QColor, QColor]:
        """The minor and the major grid lines' colours (the text's, faint), and the today
        line's (``view_axis.TODAY_COLORS``)."""
        minor, major = QColor(self.palette().text().color()), QColor(self.palette().text().color())
        minor.setAlpha(28)
        major.setAlpha(70)
        return minor, major, QColor(TODAY_COLORS[is_dark_palette()][0])

    def _paint_bands_and_grid(self, painter: QPainter, layout: _Layout,
                              grid_columns: list[list[int]], offset: float) -> None:
        """The lanes' alternate bands, then the grid lines down the lanes."""
        vp = self.viewport().rect()
        # A band of the base colour is what the background already holds: only the
        # darker ones are filled (each band was a full-width fill: 1 ms of a frame's
        # memory traffic at 1600x900, issue 11).
        base = self.palette().base()
        plain = base.style() == Qt.BrushStyle.SolidPattern and base.color().alpha() == 255
        for index, lane in enumerate(layout.lanes):
            fill = self._lane_fill(index)
            if plain and fill == base.color():
                continue
            painter.fillRect(QRectF(0, lane.top + offset, vp.width(), lane.height), fill)
        # One pixel column each, so one rectangle each, without antialiasing, in one call:
        # the same pixels as an antialiased line through the column's middle, at a tenth
        # of the cost (16 full-height lines were 3 ms of a frame, issue 11).
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        lines_h = max(0, vp.height() - LANES_TOP)
        for xs, grid in zip(grid_columns, self._grid_colors(), strict=True):
            if xs and not self._paint_grid_row(painter, xs, grid, vp.width(), lines_h):
                painter.setBrush(grid)
                painter.drawRects([QRect(x, LANES_TOP, 1, lines_h) for x in xs])
        painter.restore()

    def _paint_backdrop(self, painter: QPainter, layout: _Layout, segments: list[_AxisSegment],
                        grid_columns: list[list[int]], offset: float) -> bool | None:
        """What lies under the events in the lanes' area (background, bands, grid lines
        and, when no break is on screen, the article lines) as one opaque tiled fill per
        band: the same pixels as painting them one over the other, which were three or
        four fills of the whole area each frame (3 ms of a frame at 2560x1440, issue 11).

        Each pixel of that area is the band's colour with the grid's and the article
        lines' pixels composed over it, and these repeat down a band: the grid every row,
        the article lines every period of their dashes.  So a tile as wide as the view and
        one period tall, made with the same fills, is what the whole band gets.

        Returns:
            ``None``, drawing nothing, where that does not hold (not a raster painter
            one to one, a brush that is not one opaque colour, an uneven band, a column
            drawn twice: the caller paints as before); else whether the article lines
            are in it.
        """
        self._eras_in_backdrop = False
        vp = self.viewport().rect()
        width, height = vp.width(), vp.height()
        base = self.palette().base()
        if (not self._batched or painter.paintEngine().type() != QPaintEngine.Type.Raster
                or painter.device().devicePixelRatioF() != 1.0
                or not painter.transform().isIdentity() or offset != round(offset)
                or base.style() != Qt.BrushStyle.SolidPattern or base.color().alpha() != 255
                or any(len(set(xs)) != len(xs) for xs in grid_columns)
                or any(lane.top != round(lane.top) or lane.height != round(lane.height)
                       for lane in layout.lanes)):
            return None
        from PySide6.QtGui import QBrush, QImage  # not needed by the first paint

        # The article lines go in (``BACKDROP_ARTICLE_LINES``: a stripe of them, as
        # ``_paint_article_markers`` tiles many) when no break is on screen (its band is
        # drawn between the grid and the lines); when none would be drawn, the backdrop
        # is all there is.
        stripe: QPixmap | None = None
        with_articles = False
        lines: list[float] | None = None
        if not any(seg.band is not None for seg in segments):
            lines = self._article_line_columns()
        # The tiles depend on nothing else (the colours are the palette's): the bands of
        # one picture, painted in slices (``_paint_part``), share them (0.2-0.4 ms a band
        # at 2560x1440 to make again; issue 11, session 13).
        # The eras' bands (``view_eras``): vertical, as the grid, so a row of them is
        # composed into the tiles, once a frame (a translucent fill of each band's
        # whole area was ~4 instructions a pixel: +26 % of a year's pans).
        eras = self._era_fills()
        memo_key = (width, height, self.palette().cacheKey(), self.devicePixelRatioF(),
                    None if lines is None else tuple(lines),
                    self._article_lines_override is None,
                    tuple(tuple(xs) for xs in grid_columns), eras)
        memo = self._backdrop_tiles
        if memo is not None and memo[0] == memo_key:
            _key, stripe, with_articles, rows, tiles, era_row = memo
        else:
            if lines is not None:
                if not lines:
                    with_articles = True  # none on screen, or a wall of them: none drawn
                elif len(lines) >= (BACKDROP_ARTICLE_LINES if self._article_lines_override
                                    is None else FEW_ARTICLE_LINES + 1) \
                        and self.devicePixelRatioF() == 1.0:
                    stripe = self._article_stripe(height, lines)
                    with_articles = stripe is not None
            rows = []  # each grid's row of pixels, as _paint_grid_row makes it
            for xs, color in zip(grid_columns, self._grid_colors(), strict=True):
                if not xs:
                    continue
                pixel = self._premultiplied(color).to_bytes(4, sys.byteorder)
                line = bytearray(4 * width)
                for x in xs:
                    if 0 <= x < width:
                        line[4 * x:4 * x + 4] = pixel
                rows.append(QImage(bytes(line), width, 1, 4 * width,
                                   QImage.Format.Format_ARGB32_Premultiplied).copy())
            tiles = {}
            era_row = None  # the eras' bands, as ``_paint_eras`` fills them, one row
            if eras:
                era_row = QImage(width, 1, QImage.Format.Format_ARGB32_Premultiplied)
                era_row.fill(0)
                filler = type(painter)(era_row)
                try:
                    filler.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                    for x0, x1, rgba in eras:
                        filler.fillRect(QRectF(x0, 0, x1 - x0, 1), QColor.fromRgba(rgba))
                finally:
                    filler.end()
            self._backdrop_tiles = (memo_key, stripe, with_articles, rows, tiles, era_row)
        period = stripe.height() if stripe is not None else 1

        def tile_of(color: QColor, with_eras: bool = True) -> QBrush:
            key = (color.rgba(), with_eras and era_row is not None)
            brush = tiles.get(key)
            if brush is None:
                tile = QImage(width, period, QImage.Format.Format_ARGB32_Premultiplied)
                tile.fill(color)
                tiler = type(painter)(tile)  # (the first paint's: ``_FillsByRect``)
                try:  # the fills of _paint_bands_and_grid and _paint_article_markers
                    for row in rows:
                        tiler.fillRect(QRect(0, 0, width, period), QBrush(row))
                    if key[1]:  # (the eras over the grid, the article lines over them)
                        tiler.fillRect(QRect(0, 0, width, period), QBrush(era_row))
                    if stripe is not None:
                        tiler.fillRect(QRect(0, 0, width, period), QBrush(stripe))
                finally:
                    tiler.end()
                # Opaque: the fill below is a copy, not a composition.
                brush = tiles[key] = QBrush(
                    tile.convertToFormat(QImage.Format.Format_RGB32))
            return brush

        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip
                            if painter.hasClipping() else Qt.ClipOperation.ReplaceClip)
        # The stripe's rows start at the top of the lanes' content (it scrolls with them).
        painter.setBrushOrigin(QPointF(0, offset))
        bottom = offset  # the top of the first lane
        if layout.lanes and layout.lanes[0].top > 0 and offset + layout.lanes[0].top > LANES_TOP:
            # The eras' titles' rows above the first lane (``view_eras``): the base.
            bottom = offset + layout.lanes[0].top
            painter.fillRect(QRectF(0, offset, width, layout.lanes[0].top),
                             tile_of(QColor(base.color())))
        fills = self._lane_fill(0), self._lane_fill(1)  # (``_lane_fill``: by index % 2)
        for index, lane in enumerate(layout.lanes):
            top, bottom = lane.top + offset, lane.top + lane.height + offset
            if top >= height:
                break
            if bottom > LANES_TOP:
                painter.fillRect(QRectF(0, top, width, lane.height),
                                 tile_of(fills[index % 2]))
        if bottom < height:  # below the last lane: the base (no era's band)
            top = max(bottom, float(LANES_TOP))
            painter.fillRect(QRectF(0, top, width, height - top),
                             tile_of(QColor(base.color()), with_eras=False))
        painter.restore()
        self._eras_in_backdrop = era_row is not None
        return with_articles

    def _premultiplied(self, color: QColor) -> int:
        """``color`` as the premultiplied ARGB32 pixel Qt fills a solid brush of it with
        (remembered per colour)."""
        key = color.rgba()
        pixel = self._density_pixels.get(key)
        if pixel is None:
            from PySide6.QtGui import QImage  # not needed by the first paint (start-up)

            probe = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
            probe.fill(color)
            pixel = self._density_pixels[key] = probe.pixel(0, 0) & 0xFFFFFFFF
        return pixel

    def _paint_grid_row(self, painter: QPainter, xs: list[int], color: QColor, width: int,
                        height: int) -> bool:
        """Grid lines at the columns ``xs`` down the lanes, as one row of pixels tiled
        down (a texture fill): the pixels of a 1-pixel rectangle of ``color`` per column
        (a column of 800 one-pixel spans each: 0.4 ms a frame), when the painter paints
        pixels one to one and no column repeats; else False (nothing drawn)."""
        if (not self._batched or painter.paintEngine().type() != QPaintEngine.Type.Raster
                or painter.device().devicePixelRatioF() != 1.0
                or not painter.transform().isIdentity() or len(set(xs)) != len(xs)):
            return False
        from PySide6.QtGui import QBrush, QImage  # not needed by the first paint

        pixel = self._premultiplied(color).to_bytes(4, sys.byteorder)
        row = bytearray(4 * width)
        for x in xs:
            if 0 <= x < width:
                row[4 * x:4 * x + 4] = pixel
        image = QImage(bytes(row), width, 1, 4 * width, QImage.Format.Format_ARGB32_Premultiplied)
        painter.save()
        painter.setBrushOrigin(QPointF(0, 0))
        painter.fillRect(QRect(0, LANES_TOP, width, height), QBrush(image))
        painter.restore()
        return True

    def _lane_fill(self, index: int) -> QColor:
        """The opaque colour of a lane's band (alternate lanes a shade darker); made once
        per palette (asked twice a lane and frame)."""
        key = self.palette().cacheKey()
        if self._lane_fills is None or self._lane_fills[0] != key:
            base = QColor(self.palette().base().color())
            # A shade darker on a light base; on a dark one a shade lighter (black over
            # #1F1F1F was invisible: new-user trial).
            shade = LANE_SHADE[is_dark_palette()]
            self._lane_fills = (key, (base, _blend(QColor(shade[0]), base, shade[1] / 255)))
        return self._lane_fills[1][index % 2]

    def _lane_style(self, color: QColor) -> _LaneStyle:
        """The pens and fills of a lane of ``color``, made once per palette and colour."""
        palette_key = self.palette().cacheKey()
        if self._lane_styles_key != palette_key:
            self._lane_styles.clear()
            self._lane_styles_key = palette_key
        style = self._lane_styles.get(color.rgba())
        if style is None:
            base = self.palette().base().color()
            # A colour chosen in the file is the marker's fill as given; the edge (darker
            # on a light theme, the colour itself on a dark one) reaches 3:1 against the
            # alternate lanes' band, the nearer one in either theme, or goes towards the
            # text colour until it does (``theme.swatch_edge``, WCAG 1.4.11; the palette's
            # own lane colours are checked in tests/ui/test_theme.py).
            text = self.palette().text().color()
            border = swatch_edge(color, self._lane_fill(1), text)
            dark = is_dark_palette()
            if dark:
                # ... and against a lane under an era's band, lighter there on the dark
                # theme (verify67 F13: the colonial rule's olive edge was 2.7:1 on the
                # lavender "Colonial period").
                border = visible_edge(border, self._era_lit_lane(), text)
            pens: dict[tuple[bool, bool], QPen] = {}
            for selected in (False, True):
                for circa in (False, True):
                    pen = QPen(border, 2.5 if selected else 1.2)
                    if circa:
                        pen.setStyle(Qt.PenStyle.DashLine)
                    pens[selected, circa] = pen
            style = self._lane_styles[color.rgba()] = _LaneStyle(
                pens, span_fill(color, base, text, dark),
                _blend(color, base, 60 / 255),
                QPen(border, 1), _blend(color, base, 40 / 255),
                QPen(border if dark else color.darker(130), 1),
                hatch_colors(color, base, text, dark), border)
        return style

    def _era_lit_lane(self) -> QColor:
        """The alternate lanes' band under an era's band on the dark theme, at its
        lightest: a grey of ``ERA_DARK_LUMINANCE`` (the most light ``era_alpha`` lets a
        band add) at ``ERA_ALPHA`` over it.  Markers' edges reach 3:1 against it too."""
        from timeline_app.ui.view_eras import ERA_ALPHA, ERA_DARK_LUMINANCE

        # (the sRGB grey whose relative luminance is ERA_DARK_LUMINANCE, WCAG 2.2)
        grey = 1.055 * ERA_DARK_LUMINANCE ** (1 / 2.4) - 0.055
        return _blend(QColor.fromRgbF(grey, grey, grey), self._lane_fill(1),
                      ERA_ALPHA[True] / 255)

    @staticmethod
    def _paint_thin_bars(painter: QPainter, items: list[_Item], fill: QColor) -> None:
        """Bars narrower than ``THIN_BAR_PX`` among ``items`` filled with ``fill`` (the
        outline colour, ``_LaneStyle.thin_fill``), over their outline and stripes: a
        sliver of the lane's colour at 3:1, where the outline of a 2 px bar left its dark
        fill showing on the dark theme (verify67 F13), and a week's pale hatched bar at
        eight years' Fit All was 1.3:1 on the light one, lost beside the article's line
        (verify69 F11).  Not a circa bar (the caller leaves
        them out): its dashed outline says "about", and stands out as it is."""
        thin = [item.marker_box for item in items
                if not item.is_point and item.marker_box[2] < THIN_BAR_PX]
        if not thin:
            return
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        for x, y, w, h in thin:
            painter.drawRoundedRect(QRectF(x - 0.5, y + 0.5, w + 1, h - 1), 1.5, 1.5)
        painter.restore()

    def _paint_break_band(self, painter: QPainter, seg: _AxisSegment, top: float,
                          bottom: float, phase: int | None = None) -> None:
        """A collapsed period: a shaded band between two zig-zag edges.

        ``phase``: the lanes' vertical scroll (pixels); the zig-zags then keep to the
        content (they scroll with it) and run past ``bottom`` (the painter clips them)."""
        assert seg.band is not None
        x0, x1 = seg.band
        shade = QColor(self.palette().text().color())
        shade.setAlpha(16)
        painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), shade)
        edge = QColor(self.palette().text().color())
        edge.setAlpha(110)
        painter.setPen(QPen(edge, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        step = 6.0
        first, last = top, bottom
        if phase is not None:
            first, last = top - phase % (2 * step), bottom + 2 * step
        for x in (x0, x1):
            zigzag = QPolygonF()
            y = first
            while y < last:
                zigzag.append(QPointF(x - 2.5 if int((y - first) / step) % 2 else x + 2.5, y))
                y += step
            painter.drawPolyline(zigzag)

    def _static_text(self, font: int, text: str) -> QStaticText:
        """``text`` laid out once in font ``font`` (0 label, 1 small, 2 bold), as plain text."""
        key = (font, text)
        static = self._static_texts.get(key)
        if static is None:
            _make_room(self._static_texts, 20_000)
            _make_room(self._static_sizes, 20_000)  # (the same keys, in the same order)
            static = QStaticText(text)
            # QStaticText defaults to AutoText: titles from files are never markup.
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(font=(self._label_font, self._small_font, self._bold_font)[font])
            self._static_texts[key] = static
            self._static_size(key, static)
        return static

    def _static_size(self, key: tuple[int, str], static: QStaticText) -> tuple[float, float]:
        """``static``'s (``_static_texts[key]``) width and height, remembered in
        ``_static_sizes`` (read from the text when not: one kept apart, a test's)."""
        size = self._static_sizes.get(key)
        if size is None:
            size = static.size()
            size = self._static_sizes[key] = (size.width(), size.height())
        return size

    def _draw_label_at_chip(self, painter: QPainter, label_rect: QRectF, label: str,
                            ratio: float) -> None:
        """Draw the title ``label`` of a label outside its marker (``label_rect``) where
        its chip (``_paint_chips``) puts it, on a raster painter of whole device pixel
        ratio ``ratio``, in the painter's pen and the label font."""
        x, y, _w, _h, tx, q = self._label_place(painter, label_rect, ratio)
        static = self._static_text(0, label)
        ty = self._label_text_top(static, label_rect, q, ratio, label)
        transform = painter.transform()
        painter.drawStaticText(QPointF((x + tx) / ratio - transform.dx(),
                                       (y + ty) / ratio - transform.dy()), static)

    def _draw_text(self, painter: QPainter, rect: QRectF, text: str, font: int,
                   centred: bool = False) -> None:
        """Like ``drawText(rect, AlignLeft | AlignVCenter or AlignCenter, text)`` with the
        painter's font already ``font``, from the laid-out text cache."""
        key = (font, text)
        static = self._static_texts.get(key)  # (laid out: one look-up, no call)
        if static is None:
            static = self._static_text(font, text)
        size_w, size_h = self._static_sizes.get(key) or self._static_size(key, static)
        left, top, width, height = rect.getRect()  # (one call into PySide, not four)
        x = left + (width - size_w) / 2 if centred else left
        painter.drawStaticText(QPointF(x, top + (height - size_h) / 2), static)

    @staticmethod
    def _snapped_ratio(painter: QPainter) -> float | None:
        """The device pixel ratio when ``painter`` paints pixels (raster) through a
        translation on a device of a whole ratio: then point events' diamonds are copied
        from a pre-rendered pixmap at whole device pixels (``_draw_diamond``); else None
        (SVG, PDF, print, a scaled painter: vectors).  A fractional ratio (125 %) too since
        view80: the pixmaps, stripes' tiles and rounded ends are made in device pixels
        and put on whole device pixels (at 125 % every key of a 40 000-event file paid
        for vectors, fix86); titles are copied from chips only at a whole ratio
        (``_whole_ratio``).

        Asked ~20 times a frame (each lane's badges and indicators, the items, the
        article badges): whether the painter's engine is the raster one is remembered
        for the painter and its device (``_RASTER_PAINTER``; the engine's type is an
        enum made anew at each call, ~5 us of a ~8 us question), and the transform is
        asked ``isScaling()`` (Qt: ``type() >= TxScale``, i.e. more than a
        translation) instead of comparing enum values (issue 11, session 16)."""
        device = painter.device()
        ref, known, raster = _RASTER_PAINTER
        if ref is None or ref() is not painter or known is None or known() is not device:
            raster = painter.paintEngine().type() == QPaintEngine.Type.Raster
            _RASTER_PAINTER[:] = (weakref.ref(painter), weakref.ref(device), raster)
        if not raster or painter.transform().isScaling():
            return None
        return device.devicePixelRatioF()

    def _diamond_pixmap(self, pen: QPen, fill: QColor, ratio: float) -> QPixmap:
        """A point event's diamond (``_DIAMOND``) outlined with ``pen`` and filled with
        ``fill``, antialiased, around the device pixel corner at the middle of a
        transparent pixmap ``2 * _DIAMOND_HALF`` logical pixels square (``ratio`` device
        pixels a pixel); made once per pen, fill and ratio."""
        key = (pen.color().rgba(), pen.widthF(), pen.style() != Qt.PenStyle.SolidLine,
               fill.rgba(), ratio)
        pixmap = self._marker_pixmaps.get(key)
        if pixmap is None:
            from PySide6.QtGui import QImage  # not needed by the first paint (start-up)

            half = math.ceil(_DIAMOND_HALF * ratio - 1e-9)  # device px (12 at 125 %)
            side = 2 * half
            image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(0)
            drawer = QPainter(image)
            try:
                drawer.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                drawer.setPen(pen)
                drawer.setBrush(fill)
                drawer.drawPolygon(_DIAMOND.translated(half / ratio, half / ratio))
            finally:
                drawer.end()
            if len(self._marker_pixmaps) > 1024:  # palettes and zooms come and go
                self._marker_pixmaps.clear()
            pixmap = self._marker_pixmaps[key] = QPixmap.fromImage(image)
        return pixmap

    def _draw_diamond(self, painter: QPainter, centre: QPointF, pen: QPen,
                      fill: QColor, ratio: float | None = -1.0) -> None:
        """A point event's diamond (``_DIAMOND``) around ``centre``, outlined with ``pen``
        and filled with ``fill``; the painter's pen and brush are left as they were.

        Where ``_snapped_ratio`` allows (``ratio``: its answer, asked here when -1), the
        diamond is copied from ``_diamond_pixmap``, its centre moved to the nearest device
        pixel corner: a copy of 18x18 pixels instead of an antialiased polygon and its
        outline (~8 us against under 1 a marker in Qt; ~110 in a 1 000-event fit-all,
        issue 11).  Every diamond is then the same crisp shape; before, each was blended
        at its own sub-pixel phase.  Elsewhere the polygon is drawn at ``centre``.
        (``_paint_plain_items`` inlines this for a lane's items: keep the two alike.)
        """
        if ratio == -1.0:
            ratio = self._snapped_ratio(painter)
        if ratio is None:
            painter.save()
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPolygon(_DIAMOND.translated(centre))
            painter.restore()
            return
        pixmap = self._diamond_pixmap(pen, fill, ratio)
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        half = math.ceil(_DIAMOND_HALF * ratio - 1e-9)  # (``_diamond_pixmap``'s)
        painter.drawPixmap(QPointF((round((centre.x() + dx) * ratio) - half) / ratio - dx,
                                   (round((centre.y() + dy) * ratio) - half) / ratio - dy),
                           pixmap)

    def _paint_lane(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                    band: QColor, chosen: frozenset[str], dark: bool | None = None,
                    hover_id: str = "", primary_id: str = "",
                    rows: tuple[float, float] | None = None, header: bool = True,
                    body: bool = True) -> None:
        """Paint a lane; ``rows``: only its items whose row reaches into ``[top, bottom)``
        (content coordinates; the painter clips the rest), for a scrolled picture.
        ``header``: its swatch, name and "◀ N" / "N ▶" indicators; ``body``: its items,
        badges or density (a pan paints them apart: ``_Pan``)."""
        color = self._lane_color(lane.category, dark)
        compact = not lane.header and not lane.dense  # (its plate over its first row)
        if header and not compact:
            self._paint_lane_header(painter, lane, offset, band, color)
        if body:
            self._paint_lane_body(painter, lane, offset, band, color, chosen, hover_id,
                                  primary_id, rows)
        if header and compact:
            self._paint_lane_header(painter, lane, offset, band, color)

    def _paint_lane_header(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                           band: QColor, color: QColor) -> None:
        """A lane's swatch, name and "◀ N" / "N ▶" indicators; in the compact layout
        (``lane.header`` 0) on an opaque plate of its band in its first row, from
        ``lane.name_x`` (``_compact_plate``), the row's titles never under it where
        the row has room for it (verify76 F17)."""
        x, y = 0.0, lane.top + offset
        if not lane.header and not lane.dense:
            x, y = lane.name_x, y + COMPACT_SHIFT
            plate = QRectF(x, y - 2, lane.plate_w, 2 * LABEL_BACKGROUND_HALF)
            painter.fillRect(plate, band)
            edge = _blend(QColor(self.palette().text().color()), band, 70 / 255)
            painter.save()
            painter.setPen(QPen(edge, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(plate.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()
        # Outlined as its markers are, 1 px on the pixel grid (crisp): a navy chosen
        # colour's swatch was all but lost on the dark theme (colors11's not-done).
        header = QRectF(x + 6.5, y + 3.5, 11, 11)
        style = self._lane_style(color)  # (once a lane: the indicators' too)
        painter.setPen(QPen(style.pens[False, False].color(), 1))
        painter.setBrush(color)
        painter.drawRoundedRect(header, 3, 3)
        painter.setFont(self._bold_font)
        name = lane_label(lane.category, self._lanes_by)
        name_rect = QRectF(x + 22, y + 1, self._name_width(lane.category) + 4, 17)
        painter.fillRect(name_rect, band)  # grid lines never strike through text
        # (an era's band reads on through it: ``_plate_tints``; no call without eras)
        tints = self._plate_tints() if self._era_lanes else ()
        if tints:
            self._tint_plates(painter, [name_rect], tints)
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        # At its baseline (y = 14), as drawText(point) put it.
        painter.drawStaticText(QPointF(x + 24, y + 14 - self._bold_metrics.ascent()),
                               self._static_text(2, name))
        self._paint_indicators(painter, lane, offset, color, style, text_color)

    def _clip_columns(self, painter: QPainter) -> tuple[float, float] | None:
        """The columns ``(left, right)`` (the painter's x) its clip lets through, with
        ``CULL_PAD_PX`` to spare each side, when that is narrower than the viewport by
        more than the spare; else None (a whole paint: nothing to leave out)."""
        if not painter.hasClipping():
            return None
        clip = painter.clipBoundingRect()
        if clip.width() + 2 * CULL_PAD_PX >= self.viewport().width():
            return None
        return clip.left() - CULL_PAD_PX, clip.right() + CULL_PAD_PX

    def _paint_lane_body(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                         band: QColor, color: QColor, chosen: frozenset[str],
                         hover_id: str, primary_id: str,
                         rows: tuple[float, float] | None) -> None:
        """A lane's items and "+N" badges, or its density.  Within a clip narrower than
        the lane (a pan's tile, a strip): only the items and badges that reach into its
        columns (``CULL_PAD_PX`` to spare), the same pixels."""
        painter.setFont(self._label_font)
        text_color = self.palette().text().color()
        items = lane.items
        if rows is not None:  # a row is ROW_HEIGHT tall around its middle
            top, bottom = rows[0] - ROW_HEIGHT, rows[1] + ROW_HEIGHT
            items = [item for item in items if top < item.marker.center().y() < bottom]
        badges = lane.badges
        columns = self._clip_columns(painter)
        if columns is not None and not lane.dense:
            # Qt clips what is drawn outside, but only after the Python and the text
            # shaping of every item: a tile of a quarter of the view cost ~60 % of the
            # whole view's paint (issue 11, session 41, frames45).
            left, right = columns
            items = [item for item in items if _reaches(item.marker, left, right)
                     or _reaches(item.label_rect, left, right)]
            badges = [badge for badge in badges if _reaches(badge.rect, left, right)]
        if items:
            self._paint_items(painter, lane, items, offset, band, color, chosen,
                              hover_id, primary_id)
        if not lane.dense:  # (a tile may show a date whose title it does not hold)
            self._paint_dates(painter, lane, offset, band, columns)  # (``view_dates``)
        painter.setOpacity(1.0)
        fill = QColor(color)
        if lane.dense:
            # Hundreds of bars: one pen, one brush, one call, no antialiasing.
            fill.setAlpha(170)
            if (self._matches is None and self._batched
                    and self._paint_density(painter, lane, offset, fill)):
                return
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            if self._matches is not None:
                painter.setOpacity(0.3)  # under a search the matches are drawn over it
            painter.translate(0, offset)  # one translation, not one rect copy per bin
            painter.drawRects(lane.bars)
            painter.restore()
            if self._matches is not None:
                self._paint_dense_matches(painter, lane, offset)
            return
        painter.setFont(self._small_font)
        style = self._lane_style(color)
        # (each badge's rectangle read once: ``right()`` is its left plus its width)
        if self._batched and all(a[0] + a[2] < b[0] for a, b in itertools.pairwise(
                [aggregate.rect.getRect() for aggregate in badges])):
            # Badges apart from each other (the usual case): every outline with one pen,
            # then every count (overlapping ones are drawn one by one, in order).  Not
            # one path: a path's rounded corners differ from drawRoundedRect's by a level.
            painter.translate(0, offset)
            painter.setPen(style.badge_pen)
            painter.setBrush(style.badge_fill)
            # (from pre-rendered ends: ``RoundedPieces``)
            rounded = self._lane_rounded(style, False, ROW_HEIGHT - 6,
                                         self._snapped_ratio(painter))
            rest = [aggregate.rect for aggregate in badges]
            if rounded is not None:
                transform = painter.transform()
                rest = self._rounded.draw_all(painter, rest, rounded, transform.dx(),
                                              transform.dy())
            for rect in rest:
                painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(text_color)
            for aggregate in badges:
                self._draw_text(painter, aggregate.rect, f"+{aggregate.count}", 1,
                                centred=True)
            painter.translate(0, -offset)
        else:
            rounded = self._lane_rounded(style, False, ROW_HEIGHT - 6,
                                         self._snapped_ratio(painter))
            for aggregate in badges:
                rect = aggregate.rect.translated(0, offset)
                painter.setPen(style.badge_pen)
                painter.setBrush(style.badge_fill)
                self._rounded.draw_or_path(painter, rect, rounded, 8)
                painter.setPen(text_color)
                self._draw_text(painter, rect, f"+{aggregate.count}", 1, centred=True)
        painter.setFont(self._label_font)

    def _paint_items(self, painter: QPainter, lane: _LaneGeometry, items: list[_Item],
                     offset: float, band: QColor, color: QColor, chosen: frozenset[str],
                     hover_id: str, primary_id: str) -> None:
        """Draw ``items`` of ``lane``: their markers and labels, highlighted when in
        ``chosen`` (selected) or ``hover_id``; under a search, ``primary_id`` (the current
        event) is never dimmed."""
        painter.setFont(self._label_font)
        drag = self._event_drag if self.drag_preview() is not None else None
        text_color = self.palette().text().color()
        highlight = QColor(self.palette().highlight().color())
        matches = self._matches
        # The pens and the span fill are the lane's: made once per palette.
        style = self._lane_style(color)
        pens, span_fill = style.pens, style.span_fill
        # The items in content coordinates: one translation for the lane, not two rect
        # copies per item.
        painter.translate(0, offset)
        ratio = self._snapped_ratio(painter)
        if matches is None and drag is None and not chosen and not hover_id and self._batched:
            self._paint_plain_items(painter, items, band, color, span_fill, pens, text_color,
                                    ratio, style)
            if self._status_marks.active:
                self._paint_status_marks(painter, items)
            painter.translate(0, -offset)
            return
        tints = self._plate_tints() if self._era_lanes else ()
        for item in items:
            marker = item.marker
            label_rect = item.label_rect
            if not item.label_inside and item.label:
                plate = _label_background(label_rect)
                painter.fillRect(plate, band)
                if tints:
                    self._tint_plates(painter, [plate], tints)
            if matches is not None:
                self._paint_emphasis(painter, item, marker, label_rect, item.event_id in matches,
                                     primary_id)
            selected = item.event_id in chosen
            dragged = drag is not None and (item.event_id == drag.event_id
                                            or item.event_id in drag.others)
            if dragged:
                painter.setOpacity(0.35)  # where it was
            if selected or item.event_id == hover_id:
                highlight.setAlpha(70 if selected else 30)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                painter.drawRoundedRect(marker.united(label_rect).adjusted(-4, -3, 4, 3), 5, 5)
            painter.setPen(pens[selected, item.circa])
            if item.is_point:
                # A circa day: a pale diamond with a dashed outline, as a circa span is
                # drawn (solid, it read as an exact day: new-user trial).
                self._draw_diamond(painter, marker.center(), pens[selected, item.circa],
                                   span_fill if item.circa else color, ratio)
            else:
                # Opaque, so that grid lines and the article line never show through;
                # an imprecise date's bar hatched inside its rim, a span solid.
                painter.setBrush(span_fill)
                # (from pieces as ``_paint_plain_items`` draws it: a highlight over the
                # frame picture gives the pixels of a whole paint)
                rounded = (None if item.circa or painter.opacity() < 1.0
                           or marker.height() != SPAN_HEIGHT else self._rounded.style(
                               pens[selected, False], span_fill, 4, SPAN_HEIGHT, ratio))
                self._rounded.draw_or_path(painter, marker, rounded, 4)
                if item.vague:
                    self._paint_hatches(painter, [item], style, ratio)
                if (style.thin_fill is not None and not item.circa
                        and marker.width() < THIN_BAR_PX):
                    self._paint_thin_bars(painter, [item], style.thin_fill)
            if item.plan:
                self._paint_plan_marks(painter, [item], pens, band, ratio, selected)
            if painter.opacity() < 1.0:  # dimmed by a search: the text stays readable (AA)
                painter.setOpacity(1.0)
                painter.setPen(dim_text_color(text_color, self.palette().base().color()))
            else:
                painter.setPen(text_color)
            text_ratio = _whole_ratio(ratio)
            if text_ratio is not None and not item.label_inside:  # where its chip puts it
                self._draw_label_at_chip(painter, label_rect, item.label, text_ratio)
            else:
                self._draw_text(painter, label_rect, item.label, 0)
        painter.setOpacity(1.0)
        if self._status_marks.active:
            self._paint_status_marks(painter, items)
        painter.translate(0, -offset)

    def _paint_plan_marks(self, painter: QPainter, items: list[_Item],
                          pens: dict[tuple[bool, bool], QPen], band: QColor,
                          ratio: float | None, selected: bool = False) -> None:
        """Plans among ``items`` (``_Item.plan``) drawn hollow, over their markers: a day's
        diamond filled with the lane's ``band`` inside a 2 px outline (dashed when circa,
        as a circa day's); a bar's outline doubled by a 2 px rim of the palette's base just
        inside it (a bar too thin for one, under ``PLAN_RIM_LEAST_PX``: a hollow diamond at
        its middle), which leaves an imprecise date's stripes and a circa bar's dashes
        readable inside (verify87 F3: plans were drawn as events that took place).  The
        rims are straight lines clear of the rounded corners, drawn without antialiasing
        in one call a lane (a frame at 100 000 events, a fifth of them plans, costs what
        it did: benchmarks/README.md, session 64).  Only plans cost anything: a lane with
        none never calls this.  The painter's pen, brush and hints are left as they
        were but for the pen."""
        least = PLAN_RIM_LEAST_PX
        hollow: dict[bool, QPen] = {}
        for item in items:
            if item.is_point or item.marker_box[2] < least:
                pen = hollow.get(item.circa)
                if pen is None:
                    pen = hollow[item.circa] = QPen(pens[selected, item.circa])
                    pen.setWidthF(max(2.0, pen.widthF()))
                self._draw_diamond(painter, item.marker.center(), pen, band, ratio)
        lines: list[QLineF] = []
        for item in items:
            x, y, width, height = item.marker_box
            if item.is_point or width < least:
                continue
            right, bottom = x + width, y + height
            lines += (QLineF(x + 5, y + 3, right - 5, y + 3),
                      QLineF(x + 5, bottom - 3, right - 5, bottom - 3),
                      QLineF(x + 3, y + 5, x + 3, bottom - 5),
                      QLineF(right - 3, y + 5, right - 3, bottom - 5))
        if lines:
            antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(self.palette().base().color(), 2.0))
            painter.drawLines(lines)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)

    def _paint_status_marks(self, painter: QPainter, items: list[_Item]) -> None:
        """The badges of ``items`` whose claims are disputed or denied (``ui.status_marks``),
        over their markers (called only while ``StatusMarks.active``)."""
        marked = self._status_marks.marked(items)
        if marked:
            from timeline_app.ui.status_marks import paint_marks

            paint_marks(painter, marked, self.palette().base().color(), self._label_font)

    def _paint_density(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                       fill: QColor) -> bool:
        """A dense lane's bars as one image made with numpy: the pixels ``drawRects`` of
        the bars gives without antialiasing (a row is filled when its centre is inside a
        bar: from ``floor(top + 0.5)`` down), without a QRectF per bar (~270 a lane at
        1600 px, made and freed every new view, issue 11).  False (nothing drawn) when
        the bars' bottom is not on a whole pixel, the painter is not a whole-pixel
        translation or does not paint pixels (an export to SVG or PDF stays vectors):
        then ``drawRects`` draws them."""
        import numpy as np
        from PySide6.QtGui import QImage  # only for a large timeline (start-up time)

        if lane.bar_x is None or not len(lane.bar_x):
            return True
        if lane.bar_x.dtype.kind != "i":
            return False
        # A pan's bins on the world's line (``view_ride``) begin up to a bin left of the
        # view: the image's columns start there (``x0``), drawn from it.
        x0 = min(0, int(lane.bar_x[0]))
        bar_x = lane.bar_x - x0 if x0 else lane.bar_x
        bottom = lane.bar_base + offset
        transform = painter.transform()
        if (painter.paintEngine().type() != QPaintEngine.Type.Raster  # SVG, PDF: vectors
                or painter.device().devicePixelRatioF() != 1.0  # rows round per device px
                or bottom != round(bottom) or (not transform.isIdentity() and transform.type()
                != transform.TransformationType.TxTranslate)
                or transform.dx() != round(transform.dx())
                or transform.dy() != round(transform.dy())):
            return False
        pixel = self._premultiplied(fill)  # as Qt premultiplies a brush's colour
        height = int(lane.height) - int(lane.header)
        top = int(bottom) - height
        # Only the rows the painter's clip lets through: a band of a picture painted in
        # slices made the image of a lane across two bands whole in each (issue 11).
        first, last = 0, height
        bar_w = DENSITY_BIN_PX - 1
        width = int(bar_x[-1]) + bar_w
        # ... and only its columns (a pan's strip or tile: the lane's image across the
        # view was most of a strip's paint, issue 11, session 41, frames45).
        left, right = 0, width
        if painter.hasClipping():
            clip = painter.clipBoundingRect()
            first = max(0, math.floor(clip.top()) - top)
            last = min(height, math.ceil(clip.bottom()) - top)
            left = max(0, math.floor(clip.left()) - x0)
            right = min(width, math.ceil(clip.right()) + 1 - x0)
            if last <= first or right <= left:
                return True
        # Per pixel column, the first row its bar fills (``height``: no bar), 16-bit ...
        # The bars stand DENSITY_BIN_PX apart from the first's column ``phase`` on (bins
        # of the view; shifted by whole pixels in a pan's stretch): the columns as rows
        # of a bin each, its bar's first row written into its first ``bar_w`` (one
        # assignment, where a column index per pixel and a repeat were 5 numpy calls of
        # fresh arrays a lane, issue 11, session 14).
        phase = int(bar_x[0]) % DENSITY_BIN_PX
        bins = (width - phase + DENSITY_BIN_PX - 1) // DENSITY_BIN_PX
        first_rows = np.full(phase + bins * DENSITY_BIN_PX, height, dtype=np.int16)
        by_bin = first_rows[phase:].reshape(bins, DENSITY_BIN_PX)
        bin_of = (bar_x - phase) // DENSITY_BIN_PX
        if (bin_of * DENSITY_BIN_PX + phase != bar_x).any():
            return False  # (never: bars off the bins' columns are drawn by drawRects)
        by_bin[bin_of, :bar_w] = (np.floor(bottom - lane.bar_h + 0.5) - top).astype(
            np.int16)[:, None]
        # ... and every pixel filled whose row is at or below its column's first: one
        # broadcast comparison of 16-bit rows (rows and levels fit: a lane is at most
        # MAX_DENSITY_HEIGHT tall) times the pixel.  A gather of columns from a template
        # of every bar height (``np.take`` along the rows' axis) was 4x slower: 0.85 ms
        # of a drag's frame at 1600x900 for five dense lanes (issue 11).
        wide = right - left
        image, filled = self._density_image(last - first, wide)
        np.greater_equal(self._density_rows(height)[first:last], first_rows[left:right],
                         out=filled)
        np.multiply(filled, np.uint32(pixel), out=image, dtype=np.uint32)
        picture = QImage(image.data, wide, last - first, wide * 4,
                         QImage.Format.Format_ARGB32_Premultiplied)
        # (a copy: the arrays may be reused)
        painter.drawImage(QPointF(left + x0, top + first), picture)
        return True

    def _density_image(self, height: int, width: int) -> tuple[Any, Any]:
        """``height`` x ``width`` arrays for a dense lane's image: its 32-bit pixels and
        which are filled (bools), their contents undefined, in buffers the view keeps:
        the image is drawn at once (``drawImage`` copies it), so they are free for the
        next lane.  An array of 1 MiB or more (a lane's pixels 149 px tall at 2560 px:
        1.5 MB) is mapped fresh by malloc after a large load (``io.native``'s
        ``M_MMAP_THRESHOLD``; glibc then gives the heap's top back past 128 KiB too),
        its pages faulted in and zeroed by the kernel each time: such arrays were
        1.1-1.9 ms of the GUI thread's CPU a dense lane of a new view at 2560x1440
        (100 000 events, issue 11, session 13), where the arithmetic and the copy take
        ~0.3 ms."""
        import numpy as np

        size = height * width
        buffers = self._density_buffers
        if buffers is None or len(buffers[0]) < size:
            # (room for the tallest lane across the view: the lanes' widths vary)
            room = max(size, MAX_DENSITY_HEIGHT * (self.viewport().width() + DENSITY_BIN_PX))
            buffers = self._density_buffers = (np.empty(room, dtype=np.uint32),
                                               np.empty(room, dtype=np.bool_))
        return (buffers[0][:size].reshape(height, width),
                buffers[1][:size].reshape(height, width))

    def _density_rows(self, height: int) -> Any:
        """The row numbers ``0 .. height - 1`` of a dense lane's image as a 16-bit
        column (``height`` x 1), made once per height."""
        rows = self._density_row_numbers.get(height)
        if rows is None:
            import numpy as np

            rows = self._density_row_numbers[height] = np.arange(
                height, dtype=np.int16)[:, None]
        return rows

    def _paint_plain_items(self, painter: QPainter, items: list[_Item], band: QColor,
                           color: QColor, span_fill: QColor, pens: dict[tuple[bool, bool], QPen],
                           text_color: QColor, ratio: float | None,
                           style: _LaneStyle | None = None) -> None:
        """``_paint_items`` of items none of which is selected, hovered, dragged or under
        a search (the frame picture, every new view): the same pixels in a few calls.
        ``style``: the lane's (``_lane_style(color)`` by default).

        Items of a lane never overlap (packing keeps ``ITEM_GAP`` between them and
        ``ROW_HEIGHT`` between rows), so drawing every label's background, then every
        marker, then every label gives what drawing them item by item gives; the
        backgrounds are one call, and pens and brushes are set once a kind, not once an
        item (issue 11: a new view at 100 000 events drew ~80 items with ~8 Qt calls
        each).
        """
        # The items by kind, in one pass (each list in the lane's order): labels outside
        # or inside their markers, spans (solid or circa) and days.
        outside: list[_Item] = []
        solids: list[_Item] = []
        vagues: list[_Item] = []  # imprecise dates' bars, not circa: hatched inside
        circas: list[_Item] = []
        days: list[_Item] = []
        inside: list[_Item] = []
        for item in items:
            if item.label_inside:
                inside.append(item)
            elif item.label:  # (a title with no room at an edge: no box, ``_at_the_edges``)
                outside.append(item)
            if item.is_point:
                days.append(item)
            elif item.circa:
                circas.append(item)
            else:
                solids.append(item)
                if item.vague:
                    vagues.append(item)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        tints = self._plate_tints() if outside and self._era_lanes else ()
        on_eras: list[_Item] = []  # labels whose plates an era's band crosses
        if tints:
            on_eras = [item for item in outside if any(
                x0 < item.label_rect.right() + 3 and item.label_rect.left() - 3 < x1
                for x0, x1, _rgba in tints)]
            if on_eras:
                chosen_ids = {id(item) for item in on_eras}
                outside = [item for item in outside if id(item) not in chosen_ids]
        # Titles as chips at a whole ratio only: at 125 % the chips put titles up to a
        # device pixel off the vector text (1 239 pixels of the default timeline's view
        # off by more than 96 levels, against none drawn as vectors; view80, not looked
        # into further), so titles stay vectors there.
        text_ratio = _whole_ratio(ratio)
        if text_ratio is not None:
            # Labels outside their markers: their boxes with their titles, copied from
            # chips (``_paint_chips``), where the boxes were drawn.
            self._paint_chips(painter, outside, band, text_color, text_ratio)
        elif outside:  # grid lines never strike through a label
            painter.drawRects([_label_background(item.label_rect) for item in outside])
        if on_eras:  # their plates tinted by the bands, their titles over them (no chips)
            plates = [_label_background(item.label_rect) for item in on_eras]
            painter.drawRects(plates)
            self._tint_plates(painter, plates, tints)
            if text_ratio is not None:
                painter.setPen(text_color)
                for item in on_eras:
                    self._draw_label_at_chip(painter, item.label_rect, item.label,
                                             text_ratio)
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
        # Markers by kind, each pen and brush set once.  (Not one path a kind: a path
        # across the lane rasterises its whole extent, 1.5x slower than one call each.)
        # Items never overlap, so drawing the solid spans before the circa ones changes
        # no pixel.
        solid, dashed = pens[False, False], pens[False, True]
        if solids or circas:
            # Opaque, so that grid lines and the article line never show through.
            painter.setBrush(span_fill)
            painter.setPen(solid)
            pen: QPen | None = solid
            # Solid markers from pre-rendered ends (``RoundedPieces``; ``_paint_items``
            # draws a marker so too: keep alike), all with one call; those it leaves
            # (too short for pieces) are drawn below.  (An imprecise date's bar too: its
            # stripes are laid inside its rim after, ``_paint_hatches``.)
            rounded = self._rounded.style(solid, span_fill, 4, SPAN_HEIGHT, ratio)
            # (their boxes as numbers: ``_Item.marker_box``)
            rest: list[Any] = [item.marker_box for item in solids]
            if rounded is not None and rest:
                transform = painter.transform()
                rest = self._rounded.draw_all(painter, rest, rounded, transform.dx(),
                                              transform.dy())
            for box in rest:
                painter.drawRoundedRect(QRectF(*box), 4, 4)
            # A circa span's dashed outline costs ~1.3 us a pixel on screen however
            # little of it the clip lets through (Qt strokes and fills every dash): one
            # wholly outside the clip (a band of a picture painted in slices, rows
            # scrolled away) is not drawn, which changes no pixel (issue 11).
            clip = (painter.clipBoundingRect() if circas and painter.hasClipping()
                    else None)
            across = clip is not None and ratio is not None and _tiles_dashes(painter, ratio)
            for item in circas:
                if clip is not None:
                    if not item.marker.adjusted(-2, -2, 2, 2).intersects(clip):
                        continue
                    if across and (self._paint_circa_across(painter, item.marker, dashed,
                                                            clip, ratio or 1.0)
                                   or self._paint_circa_ends(painter, item.marker, dashed,
                                                             clip, ratio or 1.0)
                                   or self._paint_circa_cut(painter, item.marker, dashed,
                                                            clip, ratio or 1.0)):
                        pen = None  # the pen was set aside for the fill
                        continue
                if pen is not dashed:
                    painter.setPen(dashed)
                    pen = dashed
                painter.drawRoundedRect(item.marker, 4, 4)
            if vagues or circas:  # the stripes of imprecise dates' bars, inside their rim
                hatched = vagues + [item for item in circas if item.vague] if circas else vagues
                if hatched:
                    self._paint_hatches(painter, hatched,
                                        style or self._lane_style(color), ratio)
            thin_fill = (style or self._lane_style(color)).thin_fill
            if thin_fill is not None:
                self._paint_thin_bars(painter, solids, thin_fill)
        if ratio is not None:
            # Diamonds copied (``_draw_diamond``), its arithmetic inlined: the pixmaps
            # looked up once a lane, as few calls into Qt an item as drawing the polygon.
            transform = painter.transform()
            dx, dy = transform.dx(), transform.dy()
            whole = ratio == 1 and dx == int(dx) and dy == int(dy)
            half = math.ceil(_DIAMOND_HALF * ratio - 1e-9)  # (``_diamond_pixmap``'s)
            plain = circa = None
            draw = painter.drawPixmap
            for item in days:
                if item.circa:  # a circa day: pale, as a circa span (see _paint_items)
                    if circa is None:
                        circa = self._diamond_pixmap(dashed, span_fill, ratio)
                    pixmap = circa
                else:
                    if plain is None:
                        plain = self._diamond_pixmap(solid, color, ratio)
                    pixmap = plain
                # 12 x 12 around the diamond's centre (its corner read in one call)
                mx, my, _mw, _mh = item.marker_box
                if whole:  # (whole pixels: the int overload, no QPointF made)
                    draw(round(mx + 6 + dx) - int(dx) - _DIAMOND_HALF,
                         round(my + 6 + dy) - int(dy) - _DIAMOND_HALF, pixmap)
                    continue
                draw(QPointF((round((mx + 6 + dx) * ratio) - half) / ratio - dx,
                             (round((my + 6 + dy) * ratio) - half) / ratio - dy),
                     pixmap)
        elif days:
            painter.setBrush(color)
            painter.setPen(solid)
            pen = solid
            for item in days:
                wanted = dashed if item.circa else solid
                if wanted is not pen:
                    painter.setPen(wanted)
                    # a circa day: pale, as a circa span (see _paint_items)
                    painter.setBrush(span_fill if item.circa else color)
                    pen = wanted
                painter.drawPolygon(_DIAMOND.translated(item.marker.center()))
        plans = [item for item in items if item.plan]
        if plans:
            self._paint_plan_marks(painter, plans, pens, band, ratio)
        painter.setPen(text_color)
        static_text, size_of = self._static_text, self._static_sizes.get
        draw_text = painter.drawStaticText
        for item in items if text_ratio is None else inside:  # (the others: chips)
            left, top, _width, height = item.label_box
            label = item.label
            key = (0, label)
            static = static_text(0, label)
            size = size_of(key) or self._static_size(key, static)
            draw_text(QPointF(left, top + (height - size[1]) / 2), static)

    def _paint_hatches(self, painter: QPainter, items: list[_Item], style: _LaneStyle,
                       ratio: float | None) -> None:
        """The diagonal stripes of imprecise dates' bars (``_Item.vague``: a month, a
        season or a year, one date), over their pale fill and inside their outline: a
        span (a start and an end) is filled solid, so "some day in February" no longer
        looks like "all of February" (verify29, fault 1).  One ``fillRect`` a bar with a
        brush of the lane's, its tile anchored at the bar's left edge (the same pixels
        wherever a pan puts the bar); only the part inside the painter's clip."""
        brush = None if ratio is None else style.hatches.get(ratio)
        if brush is None and ratio is not None:
            brush = style.hatches[ratio] = _hatch_brush(style.hatch_fill, style.hatch_stripe,
                                                        ratio)
        clip = painter.clipBoundingRect() if painter.hasClipping() else None
        inset = SPAN_RADIUS - 1  # clear of the rounded ends' outline
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        floor, ceil = math.floor, math.ceil
        if brush is not None and ratio is not None:
            # Tiles (the screen, a picture): the same arithmetic in plain numbers, the
            # bar's inner rectangle and its cut by the clip as ``QRectF`` computes them
            # (``_rect_intersected``): five calls into PySide a bar where there were ~18
            # (~28 vague bars a 100 000-event year pan at 1600x900, issue 11).
            clipped = None if clip is None else clip.getRect()
            for item in items:
                marker_x, marker_y, marker_w, marker_h = item.marker_box
                inner: tuple[float, float, float, float] | None = (
                    marker_x + inset, marker_y + 1.5, marker_w - 2 * inset, marker_h - 3)
                if clipped is not None:
                    inner = _rect_intersected(inner, clipped)  # type: ignore[arg-type]
                if inner is None or inner[2] <= 0 or inner[3] <= 0:
                    continue
                x, y, w, h = inner
                left, right = ceil((x + dx) * ratio), floor((x + w + dx) * ratio)
                top, bottom = ceil((y + dy) * ratio), floor((y + h + dy) * ratio)
                if right <= left or bottom <= top:
                    continue
                painter.setBrushOrigin(QPointF(round((marker_x + dx) * ratio) / ratio - dx,
                                               round((marker_y + dy) * ratio) / ratio - dy))
                painter.fillRect(QRectF(left / ratio - dx, top / ratio - dy,
                                        (right - left) / ratio, (bottom - top) / ratio), brush)
            painter.setBrushOrigin(QPointF(0, 0))
            return
        for item in items:
            marker = item.marker
            inner = QRectF(marker.left() + inset, marker.top() + 1.5,
                           marker.width() - 2 * inset, marker.height() - 3)
            if clip is not None:  # (the lanes' area: a month's bar at a day's zoom)
                inner = inner.intersected(clip)
            if inner.width() <= 0 or inner.height() <= 0:
                continue
            if brush is None or ratio is None:  # SVG, PDF, print: lines (a tile's
                # pixels were 4x wide in an SVG)
                self._hatch_lines(painter, inner, marker.topLeft(), style.hatch_stripe)
                continue
            # On whole device pixels, the tile from one (an opaque copy, no blending).
            left, right = ceil((inner.left() + dx) * ratio), floor((inner.right() + dx) * ratio)
            top, bottom = ceil((inner.top() + dy) * ratio), floor((inner.bottom() + dy) * ratio)
            if right <= left or bottom <= top:
                continue
            painter.setBrushOrigin(QPointF(round((marker.left() + dx) * ratio) / ratio - dx,
                                           round((marker.top() + dy) * ratio) / ratio - dy))
            painter.fillRect(QRectF(left / ratio - dx, top / ratio - dy, (right - left) / ratio,
                                    (bottom - top) / ratio), brush)
        painter.setBrushOrigin(QPointF(0, 0))

    @staticmethod
    def _hatch_lines(painter: QPainter, inner: QRectF, origin: QPointF, stripe: QColor) -> None:
        """``_hatch_brush``'s stripes across ``inner`` as vector lines (an SVG, a PDF,
        a print), ``HATCH_PERIOD`` apart along the bar from ``origin``: each cut to
        ``inner`` here (an SVG viewer ignored Qt's clip: the stripes ran out of the bar)."""
        left, top, right, bottom = inner.left(), inner.top(), inner.right(), inner.bottom()
        base = origin.x() + origin.y()  # the stripes: x + y == base + k * HATCH_PERIOD
        lines = []
        for k in range(math.floor((left + top - base) / HATCH_PERIOD),
                       math.ceil((right + bottom - base) / HATCH_PERIOD) + 1):
            c = base + k * HATCH_PERIOD
            y0, y1 = max(top, c - right), min(bottom, c - left)
            if y1 - y0 > 0.05:
                lines.append(QLineF(c - y0, y0, c - y1, y1))
        pen = QPen(stripe, HATCH_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLines(lines)

    def _paint_circa_across(self, painter: QPainter, marker: QRectF, pen: QPen,
                            clip: QRectF, ratio: float) -> bool:
        """A circa span's marker (its fill is the painter's brush, its outline ``pen``, a
        dashed pen) whose rounded ends both lie outside ``clip`` (logical coordinates),
        drawn cheaply; ``False`` (nothing drawn) for any other span.

        Inside ``clip`` such an outline is two straight dashed lines, and a dashed line's
        pixels repeat every ``DASH_TILE_PERIODS`` periods of its pattern (``6 *`` the pen's
        width: Qt's ``DashLine`` is 4 on, 2 off), a whole number of device pixels
        (``_tiles_dashes``).  So the span is filled (one call), and one such stretch of
        both lines is cut from a short copy of the span painted with the same pen at the
        same sub-pixel place (``_circa_tile``) and tiled across ``clip``: the pixels of a
        dashed ``drawRoundedRect`` painted on a device holding the whole span (a test
        compares them).  Qt dashes every pixel on screen (~1.3 us a pixel, 0.8-3 ms for
        one span across the view at 1600-2560 px: issue 11, most pans at 100 000 events
        have one); this costs ~0.1-0.2 ms.  (Qt's own drawing differs on a device that
        cuts the span's right end off: it skips the dashes outside by whole patterns
        from an approximate length, which shifts the bottom line's dashes by up to a
        pattern, and by how much depends on the device's size.)

        Spans whose straight edges hold more than 10 000 patterns are left to Qt, which
        draws those edges solid (``QDashStroker``'s repetition limit).
        """
        period = 6 * pen.widthF()
        x1, x2 = marker.left(), marker.right()
        margin = DASH_TILE_MARGIN
        tile_width = DASH_TILE_PERIODS * period * ratio
        if not (abs(tile_width - round(tile_width)) < 1e-9
                and x1 + SPAN_RADIUS + margin < clip.left()
                and x2 - SPAN_RADIUS - margin > clip.right()
                and (x2 - x1 - 2 * SPAN_RADIUS) / period < DASH_REPETITION_LIMIT):
            return False
        tile, left, top = self._circa_tile(painter, marker, pen, ratio)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(marker, SPAN_RADIUS, SPAN_RADIUS)  # the fill
        # Tiles at device x ``left + n * width`` (whole pixels) across the clip.
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        width = tile.width()
        first = left + math.floor(((clip.left() - 1) * ratio + dx - left) / width) * width
        last = math.ceil((clip.right() + 1) * ratio + dx)
        count = -(-(last - first) // width)
        painter.drawTiledPixmap(QRectF((first - dx) / ratio, (top - dy) / ratio,
                                       count * width / ratio, tile.height() / ratio),
                                QPixmap.fromImage(tile))
        return True

    def _circa_tile(self, painter: QPainter, marker: QRectF, pen: QPen, ratio: float
                    ) -> tuple[QImage, int, int]:
        """``(tile, left, top)``: ``DASH_TILE_PERIODS`` periods of the dashed top and
        bottom lines of ``marker``'s outline as ``painter`` would draw them with ``pen``
        (premultiplied ARGB, transparent elsewhere, device pixel ratio ``ratio``), to be
        drawn with its top-left corner at device pixel ``(left + n * tile.width(),
        top)`` for any whole ``n``.

        Made from a copy of the span shortened at its right end by whole periods to
        about ``DASH_TILE_PERIODS + 3`` periods: its top line's dashes start where the
        span's do, and its bottom line's are as far along the outline modulo a whole
        number of periods (the outline runs right along the top, down the right end,
        left along the bottom: cutting ``n`` periods off the right end moves a bottom
        dash ``2 n`` periods back along it), so both lines' dashes fall where the
        span's do.  It is painted at the same fraction of a device pixel, so the pixels
        are the same."""
        period = 6 * pen.widthF()
        tile_width = round(DASH_TILE_PERIODS * period * ratio)
        least = DASH_TILE_PERIODS * period + 2 * (SPAN_RADIUS + DASH_TILE_MARGIN)
        cut = math.floor((marker.width() - least) / period) * period
        scratch, sx, sy = self._circa_short(painter, marker, pen, ratio, cut)
        x1 = marker.left() * ratio + painter.deviceTransform().dx()
        start = math.ceil(x1 - sx + (SPAN_RADIUS + DASH_TILE_MARGIN) * ratio)
        tile = scratch.copy(start, 0, tile_width, scratch.height())
        tile.setDevicePixelRatio(ratio)
        return tile, start + sx, sy

    def _circa_short(self, painter: QPainter, marker: QRectF, pen: QPen, ratio: float,
                     cut: float, columns: int | None = None) -> tuple[QImage, int, int]:
        """``(scratch, sx, sy)``: the dashed outline (``pen``, no fill) of ``marker``
        shortened at its right end by ``cut`` logical px, painted as ``painter`` (device
        pixel ratio ``ratio``) would paint it, at the same fraction of a device pixel,
        on a transparent premultiplied ARGB image whose pixel ``(0, 0)`` is the
        painter's device pixel ``(sx, sy)`` (4 pixels of room around the outline).
        ``columns``: the image that many device pixels wide (its right edge then cuts
        the outline: ``_paint_circa_cut``), else wide enough for the whole outline."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        short = QRectF(marker.left(), marker.top(), marker.width() - cut, marker.height())
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        x1, y1 = marker.left() * ratio + dx, marker.top() * ratio + dy
        pad = 4
        sx, sy = math.floor(x1) - pad, math.floor(y1) - pad
        width = math.ceil(short.width() * ratio) + 3 * pad if columns is None else columns
        height = math.ceil(short.height() * ratio) + 3 * pad
        # The same span a pan later (whole device pixels on) is the same picture: kept by
        # what its pixels depend on, its place's fractions of a device pixel among them
        # (made again, it was ~0.5 M instructions of each circa span drawn so, 1-3 a pan
        # at 100 000 events, issue 11, session 55).
        key = (pen.color().rgba(), pen.widthF(), tuple(pen.dashPattern()), pen.dashOffset(),
               pen.miterLimit(), pen.capStyle(), pen.joinStyle(), ratio, x1 - sx, y1 - sy,
               short.width(), short.height(), width)
        kept = self._circa_scratches.get(key)
        if kept is not None:
            return kept, sx, sy
        if len(self._circa_scratches) >= CIRCA_SCRATCHES_KEPT:
            self._circa_scratches.clear()  # (zooms and palettes come and go)
        scratch = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        scratch.setDevicePixelRatio(ratio)
        scratch.fill(0)
        canvas = QPainter(scratch)
        canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
        canvas.translate((dx - sx) / ratio, (dy - sy) / ratio)
        canvas.setPen(pen)
        canvas.setBrush(Qt.BrushStyle.NoBrush)
        canvas.drawRoundedRect(short, SPAN_RADIUS, SPAN_RADIUS)
        canvas.end()
        self._circa_scratches[key] = scratch
        return scratch, sx, sy

    def _paint_circa_ends(self, painter: QPainter, marker: QRectF, pen: QPen,
                          clip: QRectF, ratio: float) -> bool:
        """A circa span's marker (its fill is the painter's brush, its outline ``pen``, a
        dashed pen) whose right end lies on the painter's device (an image), with its
        straight edges longer than ``DASH_TILE_PERIODS`` periods of the dashes and a few
        pixels, drawn from a short copy; ``False`` (nothing drawn) for any other span.
        ``clip``: the painter's clip (logical coordinates), where the middle is drawn.

        The short copy is the span shortened at its right end by whole stretches of
        ``DASH_TILE_PERIODS`` periods (a whole number of device pixels, ``_tiles_dashes``),
        its outline painted alone at the same fraction of a device pixel
        (``_circa_short``).  Every point of the outline is then as far along it, modulo
        a whole number of periods, as the span's point it stands for (the cut is whole
        periods: ``_circa_tile``), so the copy's left end is the span's left end in
        place, its right end the span's right end moved left by the cut, and between
        them both straight lines repeat every stretch (``_paint_circa_across``'s tile).
        The span is filled (one call), then its outline drawn as the copy's left part,
        the tile across the middle and the copy's right part moved by the cut: each
        outline pixel composed once over the fill, as Qt's own stroke composes it, so
        the pixels are those of ``drawRoundedRect`` with the pen (a test compares them).

        That is Qt's outline as on a device holding the whole span, which Qt draws on a
        device holding the span's right end and its top and bottom edges, whether or not
        it holds the left end (measured: 300 of 300 spans cut by the device's left edge,
        ratios 1 and 2; a span cut by the right edge has its dashes placed otherwise:
        ``_paint_circa_across``), so only such spans are drawn so.  Only for an
        antialiased painter composing over at full opacity and a pen wider than a device
        pixel (the lanes' circa pen is 1.2 px; a thinner one is Qt's cosmetic stroker's,
        whose dashes differ at the ends).  Qt's dashing costs ~1.3 us a pixel of outline
        (~0.4 ms a 211 px span, a month at a year's zoom; 2-3 such spans a 2560x1440
        pan at 100 000 events, issue 11); the short copy's is that of ~60-100 px
        whatever the span's length.
        """
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        if not _copies_dashes(painter, pen, ratio):
            return False
        period = 6 * pen.widthF()
        stretch = DASH_TILE_PERIODS * period
        tile_width = stretch * ratio
        reach = SPAN_RADIUS + DASH_TILE_MARGIN
        least = stretch + 2 * reach
        cut = math.floor((marker.width() - least) / stretch) * stretch
        if not (abs(tile_width - round(tile_width)) < 1e-9 and cut > 0
                and (marker.width() - 2 * SPAN_RADIUS) / period < DASH_REPETITION_LIMIT):
            return False
        engine = painter.paintEngine()
        device_image = None if engine is None else engine.paintDevice()
        if not isinstance(device_image, QImage):
            return False
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        room = pen.widthF() * ratio + 4  # (the pen's reach, and some)
        if not (marker.top() * ratio + dy >= room
                and marker.bottom() * ratio + dy <= device_image.height() - room
                and room <= marker.right() * ratio + dx <= device_image.width() - room):
            return False
        shift = round(cut * ratio)  # (whole stretches: whole device pixels)
        scratch, sx, sy = self._circa_short(painter, marker, pen, ratio, cut)
        # Scratch columns: the left end lies left of ``start``, the copy's right end
        # right of ``end``; the tile is the ``tile_width`` columns from ``start``.
        start = math.ceil(marker.left() * ratio + dx - sx + reach * ratio)
        end = math.floor(marker.right() * ratio + dx - shift - sx - reach * ratio)
        width, height = scratch.width(), scratch.height()
        tile = scratch.copy(start, 0, round(tile_width), height)
        left = scratch.copy(0, 0, start, height)
        right = scratch.copy(end, 0, width - end, height)
        for image in (tile, left, right):
            image.setDevicePixelRatio(ratio)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(marker, SPAN_RADIUS, SPAN_RADIUS)  # the fill
        top = (sy - dy) / ratio
        painter.drawImage(QPointF((sx - dx) / ratio, top), left)
        # Tiles at device x ``sx + start + n * tile_width`` from the clip's left on (a
        # span cut by the left edge may begin tens of thousands of pixels off it).
        first = sx + start
        step = round(tile_width)
        first += max(0, math.floor(((clip.left() - 1) * ratio + dx - first) / step)) * step
        if sx + shift + end > first:
            painter.drawTiledPixmap(QRectF((first - dx) / ratio, top,
                                           (sx + shift + end - first) / ratio, height / ratio),
                                    QPixmap.fromImage(tile))
        painter.drawImage(QPointF((sx + shift + end - dx) / ratio, top), right)
        return True

    def _paint_circa_cut(self, painter: QPainter, marker: QRectF, pen: QPen,
                         clip: QRectF, ratio: float) -> bool:
        """A circa span's marker (its fill is the painter's brush, its outline ``pen``, a
        dashed pen) whose right end lies past the right edge of the area the painter's
        device is painted in, drawn from a short copy; ``False`` (nothing drawn) for any
        other span.  ``clip``: the painter's clip (logical coordinates), where it is drawn.

        Qt dashes an outline along its path (right along the top, down the right end, left
        along the bottom, up the left end) and leaves out the path's pieces that lie wholly
        outside that area (the device's rectangle, or the bounding rectangle of the region
        the widget repaints, ``QPaintEngine.systemClip``) and its stroker's padding,
        moving the dashes on by their length less whole patterns: so the bottom line's
        dashes of a span cut off so are not where they are on a device holding the span
        (``_paint_circa_ends``), and depend on what is cut off.  The short copy is the
        span shortened at its right end by whole stretches of ``DASH_TILE_PERIODS``
        periods, painted alone at the same fraction of a device pixel on an image whose
        right edge cuts off the same pieces (its right end past that edge by more than
        the padding, as the span's is past the area's): every dash of its top and bottom
        lines then falls where the span's does, modulo the stretch.  The span is filled
        (one call), then its outline drawn as the copy's left part and the copy's tile
        across the clip: the pixels of ``drawRoundedRect`` with the pen (a test compares
        them).  Qt's dashing costs ~1.3 us a pixel of the outline's straight lines, all
        of them (~2 ms a month's span 2 480 px long at a month's zoom, 1-2 a pan of the
        2560x1440 view at 100 000 events, issue 11, session 55); the copy's is that of
        ~60-100 px.  Only for an antialiased painter composing over at full opacity and
        a pen wider than a device pixel, as ``_paint_circa_ends``.
        """
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        if not _copies_dashes(painter, pen, ratio):
            return False
        width = pen.widthF()
        period = 6 * width
        stretch = DASH_TILE_PERIODS * period
        tile_width = stretch * ratio
        if not (abs(tile_width - round(tile_width)) < 1e-9
                and (marker.width() - 2 * SPAN_RADIUS) / period < DASH_REPETITION_LIMIT):
            return False
        engine = painter.paintEngine()
        device_image = None if engine is None else engine.paintDevice()
        if not isinstance(device_image, QImage):
            return False
        area = QRect(0, 0, device_image.width(), device_image.height())
        system = engine.systemClip()  # (device pixels; none: the whole device)
        if not system.isEmpty():
            area = area.intersected(system.boundingRect())
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        # The stroker's padding around the area (its widest pen or miter times its
        # longest dash), and some: a piece nearer than this is not left out by both.
        dash = max(pen.dashPattern(), default=1.0) * width
        spare = max(width, pen.miterLimit(), dash) * max(dash, width) + 4
        room = width * ratio + 4  # (the pen's reach, and some)
        if not (marker.right() - SPAN_RADIUS > (area.x() + area.width() - dx) / ratio + spare
                and marker.top() * ratio + dy >= area.y() + room
                and marker.bottom() * ratio + dy <= area.y() + area.height() - room):
            return False
        reach = SPAN_RADIUS + DASH_TILE_MARGIN
        pad = 4  # (``_circa_short``'s room)
        sx = math.floor(marker.left() * ratio + dx) - pad
        start = math.ceil(marker.left() * ratio + dx - sx + reach * ratio)
        columns = start + round(tile_width) + 2
        # The copy's right end past the image's right edge by the padding, as above.
        least = (sx + columns - dx) / ratio + spare + SPAN_RADIUS + 1 - marker.left()
        cut = math.floor((marker.width() - least) / stretch) * stretch
        if cut < 0:
            return False
        scratch, sx, sy = self._circa_short(painter, marker, pen, ratio, cut, columns)
        height = scratch.height()
        tile = scratch.copy(start, 0, round(tile_width), height)
        left = scratch.copy(0, 0, start, height)
        for image in (tile, left):
            image.setDevicePixelRatio(ratio)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(marker, SPAN_RADIUS, SPAN_RADIUS)  # the fill
        top = (sy - dy) / ratio
        painter.drawImage(QPointF((sx - dx) / ratio, top), left)
        # Tiles at device x ``sx + start + n * tile_width`` across the clip (from its
        # left: a span may begin far left of it).
        step = round(tile_width)
        first = sx + start
        first += max(0, math.floor(((clip.left() - 1) * ratio + dx - first) / step)) * step
        last = math.ceil((clip.right() + 1) * ratio + dx)
        if last > first:
            painter.drawTiledPixmap(QRectF((first - dx) / ratio, top,
                                           -(-(last - first) // step) * step / ratio,
                                           height / ratio), QPixmap.fromImage(tile))
        return True

    def _label_place(self, painter: QPainter, rect: QRectF, ratio: float
                     ) -> tuple[int, int, int, int, int, int]:
        """Where a label outside its marker (``rect``: its ``label_rect``) is drawn on a
        raster painter of whole device pixel ratio ``ratio`` through a translation:
        ``(x, y, width, height, tx, q)``, its box (``_label_background``) at device
        pixel ``(x, y)``, ``width`` x ``height`` pixels; its text ``tx`` device pixels
        right of the box's left edge (the device pixel nearest ``rect``'s left: a label
        moves by under half a device pixel), ``rect``'s top ``q``/64 device pixels below
        the box's top.  ``_paint_chips`` inlines it; ``_paint_items`` places a label so
        too, so that it never moves when highlighted."""
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        left, top, width, height = rect.getRect()
        middle = top + height / 2
        box_left, box_top = math.floor(left - 2), math.floor(middle - LABEL_BACKGROUND_HALF)
        x, y = round((box_left + dx) * ratio), round((box_top + dy) * ratio)
        return (x, y, math.ceil(left + width + 2) - box_left,
                math.ceil(middle + LABEL_BACKGROUND_HALF) - box_top,
                round((left + dx) * ratio) - x, round(((top + dy) * ratio - y) * 64))

    def _label_text_top(self, static: QStaticText, rect: QRectF, q: int, ratio: float,
                        text: str | None = None) -> float:
        """Device pixels from a label's box's top to its text's top, to 1/64: the text
        centred in ``rect`` (``_draw_text``), whose top is ``q``/64 device pixels below
        the box's (``_label_place``).  ``text``: ``static``'s, when it is the label
        font's ``_static_text(0, text)`` (its height then read from ``_static_sizes``)."""
        height = (static.size().height() if text is None else
                  (self._static_sizes.get((0, text)) or self._static_size((0, text), static))[1])
        return (q + round((rect.height() - height) / 2 * ratio * 64)) / 64

    def _paint_chips(self, painter: QPainter, items: list[_Item], band: QColor,
                     text_color: QColor, ratio: float) -> None:
        """The boxes and titles of ``items`` (labels outside their markers): the pixels
        of filling each box (``_label_background``) with ``band`` and drawing its title
        in ``text_color`` where ``_label_place`` puts it, copied from ``_label_chips``
        at whole device pixels when the same chip was asked for before.

        A drag's move or a pan shows mostly the titles of the frame before, at the same
        place to the device pixel: copying an opaque chip skips shaping and blending
        glyphs (issue 11, 1600x900, 76 labels: 7.7 us a label drawn, 2.7 copied; at 2x
        17 and 7).  Making a chip costs ~24 us, so a label seen for the first time (a
        zoom notch's new view, a pan into new territory) is drawn, and its chip made
        when it is seen again (``LabelChips.chip_if_seen``)."""
        if not items:
            return
        chips = self._label_chips
        font = self._label_font
        chips.use((self.palette().cacheKey(), font.key(), ratio), ratio)
        colours = band.rgba(), text_color.rgba()  # a lane's band: one of two
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        half = LABEL_BACKGROUND_HALF
        floor, ceil = math.floor, math.ceil
        hit = chips.get
        draw = painter.drawImage
        whole = ratio == 1 and dx == int(dx) and dy == int(dy)
        boxes: list[QRectF] = []
        texts: list[tuple[QPointF, QStaticText]] = []
        plain_texts: list[tuple[QPointF, str]] = []
        firsts: list[tuple[Hashable, int, int, int, int]] = []
        # (a title in the label font's own glyphs: its line's height and ascent)
        plain_height, ascent, _has_ellipsis = (self._plain_title_metrics() if whole
                                               else (0.0, 0.0, False))
        statics = self._static_texts
        for item in items:
            left, top, width, height = item.label_box  # (``label_rect.getRect()``)
            middle = top + height / 2
            box_left, box_top = floor(left - 2), floor(middle - half)
            x, y = round((box_left + dx) * ratio), round((box_top + dy) * ratio)
            key = (item.label, ceil(left + width + 2) - box_left, ceil(middle + half) - box_top,
                   round((left + dx) * ratio) - x, round(((top + dy) * ratio - y) * 64),
                   colours)
            chip = hit(key)
            if chip is None:
                label, box_w, box_h, tx, q, _colours = key
                if (whole and (0, label) not in statics and self._plain_title(label)
                        and not chips.wants_chip(key)):
                    # A text never laid out, seen for the first time and drawn so: by
                    # ``drawText`` at its baseline, not laid out as a QStaticText first
                    # (shaped once, not twice: the same pixels at one device pixel a
                    # pixel, a test holds); its chip is copied from the device below.
                    # (A text laid out before, in another box, is drawn from its layout.)
                    ty = (q + round((height - plain_height) / 2 * 64)) / 64  # (as
                    # ``_label_text_top`` at ratio 1)
                    boxes.append(QRectF(x - dx, y - dy, box_w, box_h))
                    plain_texts.append((QPointF(x + tx - dx, y + ty + ascent - dy), label))
                    firsts.append((key, x, y, box_w, box_h))
                    continue
                static = self._static_text(0, label)
                ty = self._label_text_top(static, item.label_rect, q, ratio, label)
                chip = chips.chip_if_seen(static, font, text_color, band,
                                          (box_w * int(ratio), box_h * int(ratio)), (tx, ty),
                                          ratio, key)
                if chip is None:  # first seen: drawn as its chip would be, below
                    boxes.append(QRectF(x / ratio - dx, y / ratio - dy, box_w, box_h))
                    texts.append((QPointF((x + tx) / ratio - dx, (y + ty) / ratio - dy),
                                  static))
                    if whole:
                        firsts.append((key, x, y, box_w, box_h))
                    continue
            if whole:
                draw(int(x - dx), int(y - dy), chip)
            else:
                draw(QPointF(x / ratio - dx, y / ratio - dy), chip)
        if boxes:  # (labels never overlap: the order among them changes no pixel)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRects(boxes)
            painter.setPen(text_color)
            for point, static in texts:
                painter.drawStaticText(point, static)
            draw_text = painter.drawText
            for point, label in plain_texts:
                draw_text(point, label)
            painter.setPen(Qt.PenStyle.NoPen)
            if firsts:
                self._keep_drawn_chips(painter, firsts, dx, dy)

    def _plain_title(self, label: str) -> bool:
        """Whether ``label`` is drawn in the label font's own glyphs alone, with nothing
        a line lays out apart (printable ASCII, perhaps ending in an "…" the font has):
        then ``drawText`` at its baseline gives the pixels of its ``QStaticText`` drawn at
        its top, at one device pixel a pixel (the same shaping, the same line: 5 500 of
        5 500 titles of the bench file, whole and cut, at 1/64 px steps; issue 11,
        session 28: tests/ui/test_view_plain_titles.py)."""
        if label.isascii():
            return label.isprintable()
        return (label[-1] == ELLIPSIS and label[:-1].isascii() and label[:-1].isprintable()
                and self._plain_title_metrics()[2])

    def _plain_title_metrics(self) -> tuple[float, float, bool]:
        """A plain title's (``_plain_title``) line: its height as its ``QStaticText``
        says (``_label_text_top``), the label font's ascent (its baseline below its
        top), and whether the font has "…" itself; once per font."""
        font = self._label_font
        known = self._plain_metrics
        if known is None or known[0] != font.key():
            probe = QStaticText("Ag")
            probe.setTextFormat(Qt.TextFormat.PlainText)
            probe.prepare(font=font)
            metrics = QFontMetricsF(font)
            known = self._plain_metrics = (font.key(), probe.size().height(),
                                           metrics.ascent(), metrics.inFontUcs4(ord(ELLIPSIS)))
        return known[1], known[2], known[3]

    def _keep_drawn_chips(self, painter: QPainter, drawn: list[tuple[Hashable, int, int,
                                                                       int, int]],
                          dx: float, dy: float) -> None:
        """Keep as chips the labels ``_paint_chips`` just drew at one device pixel a
        pixel through the whole translation ``(dx, dy)``: ``(key, x, y, width,
        height)``, each box at device pixel ``(x, y)`` of the painter's coordinates,
        copied from the painter's device where the device holds its pixels (an image,
        the backing store of the window) and both clips leave the box whole
        (``_chip_source``).

        Its pixels are the chip's (its box filled with the band, its title drawn in it
        at the same fraction of a pixel; a title's glyphs stay ~2 px inside its box and
        ``ITEM_GAP`` apart from the next), so a title seen again is copied without
        being drawn a second time into a chip of its own: a chip made costs a painter
        and the title's glyphs blended again (~150 k instructions, ~23 a cold pan at
        2560x1440 and 100 000 events, a year), a copy of the box a small fraction of
        it (issue 11)."""
        source = self._chip_source(painter, dx, dy)
        if source is None:
            return
        device, ox, oy, left, top, right, bottom = source
        keep = self._label_chips.keep
        copy = device.copy
        for key, x, y, width, height in drawn:
            x, y = x + ox, y + oy
            if left <= x and top <= y and x + width - 1 <= right and y + height - 1 <= bottom:
                keep(key, copy(x, y, width, height))

    def _chip_source(self, painter: QPainter, dx: float, dy: float
                     ) -> tuple[Any, int, int, int, int, int, int] | None:
        """Where ``_keep_drawn_chips`` copies drawn labels from: ``(device, ox, oy, left,
        top, right, bottom)``, the painter's device (a ``QImage``), the offset from the
        painter's device pixels (through the translation ``(dx, dy)``) to the device's,
        and the device pixels both clips let through (inclusive); None when no label
        can be copied (not a raster image one to one, a clip not one rectangle).

        Asked once a lane of rows with titles drawn: within one ``_paint`` the painter,
        its clip and its translation at the lanes' items are the same for every lane,
        so the answer is kept for that ``_paint`` (``_chip_sources``, emptied when it
        begins and ends) under the painter and the translation.  ~20 calls into Qt and
        a clip region made, ~40 us a lane: 4 lanes of a 2560x1440 year's pan at
        100 000 events (issue 11, session 58, frames56)."""
        memo = self._chip_sources
        key = (id(painter), dx, dy)
        if memo is not None and key in memo:
            return memo[key]
        source = self._find_chip_source(painter, dx, dy)
        if memo is not None:
            memo[key] = source
        return source

    def _find_chip_source(self, painter: QPainter, dx: float, dy: float
                          ) -> tuple[Any, int, int, int, int, int, int] | None:
        """``_chip_source``'s answer, asked of the painter."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up)

        engine = painter.paintEngine()
        if engine is None or engine.type() != QPaintEngine.Type.Raster:
            return None
        device = engine.paintDevice()
        if not isinstance(device, QImage) or device.devicePixelRatio() != 1.0:
            return None
        where = painter.deviceTransform()
        if where.isScaling() or where.isRotating():
            return None
        ox, oy = where.dx() - dx, where.dy() - dy  # the painter's device px -> the device's
        if ox != int(ox) or oy != int(oy):
            return None
        ox, oy = int(ox), int(oy)
        bounds = QRect(0, 0, device.width(), device.height())
        system = engine.systemClip()  # (in the device's pixels; none: the whole device)
        if not system.isEmpty():
            if system.rectCount() != 1:
                return None
            bounds = bounds.intersected(system.boundingRect())
        if painter.hasClipping():
            clip = painter.clipRegion()  # (in the painter's logical coordinates)
            if clip.rectCount() != 1:
                return None
            # (a pixel in from its edges: a clip set at a fraction of a pixel)
            area = clip.boundingRect().adjusted(1, 1, -1, -1)
            bounds = bounds.intersected(area.translated(int(dx) + ox, int(dy) + oy))
        if device.format() not in (QImage.Format.Format_ARGB32_Premultiplied,
                                   QImage.Format.Format_RGB32):
            return None
        # (An opaque RGB32 copy, the window's backing store's, as it is: drawn, it gives
        # the pixels of the premultiplied chip, and onto RGB32 it is a plain copy.)
        # (the bounds as numbers: two calls into PySide a chip fewer)
        return (device, ox, oy, bounds.left(), bounds.top(), bounds.right(),
                bounds.bottom())

    # ------------------------------------------------------------------ overview strip
    def _strip(self) -> StripMap:
        """The whole data (with a "Go to date" beyond it) across the strip."""
        first, last = self._data_units()
        margin = max(1.0, (last - first) * 0.02)
        width = max(1, self.viewport().width())
        return StripMap(first - margin, last + margin, 4.0, max(1.0, width - 8.0))

    def _overview_counts(self, strip: StripMap) -> list[int]:
        """Event starts per column of the strip, cached until the data, breaks or width
        change: a frame never counts the whole timeline again."""
        key = (strip, len(self._all_starts))
        if self._overview_cache is None or self._overview_cache[0] != key:
            bins = max(1, int(strip.width / OVERVIEW_BIN_PX))
            self._overview_cache = (key, density(self._all_starts, self._scale, strip, bins))
            self._overview_version += 1
        return self._overview_cache[1]

    def _draw_overview_bars(self, strip: StripMap, counts: list[int], width: int) -> QPixmap:
        palette = self.palette()
        ratio = self.devicePixelRatioF()
        picture = QPixmap(max(1, round(width * ratio)), round(OVERVIEW_HEIGHT * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(_blend(palette.text().color(), palette.window().color(), 0.06))
        peak = max(counts, default=0)
        if peak:
            painter = QPainter(picture)
            try:
                bars = QColor(palette.text().color())
                bars.setAlpha(120)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bars)
                bottom = OVERVIEW_HEIGHT - 3
                scale = (OVERVIEW_HEIGHT - 7) / math.log1p(peak)
                # (on whole device px, all as wide: ``bar_columns``, verify60 F22)
                columns = bar_columns(strip.left, strip.width / len(counts), len(counts),
                                      ratio)
                painter.drawRects([
                    QRectF(x, bottom - max(2.0, math.log1p(n) * scale),
                           bar, max(2.0, math.log1p(n) * scale))
                    for (x, bar), n in zip(columns, counts, strict=True) if n])
            finally:
                painter.end()
        return picture

    def _strip_window(self, strip: StripMap) -> tuple[float, float]:
        return strip.window(self._origin, self._origin + self._view_units())

    def _paint_overview(self, painter: QPainter, width: int) -> None:
        if not self.paints_overview or self.paints_picture:
            return
        palette = self.palette()
        area = QRectF(0, AXIS_HEIGHT, width, OVERVIEW_HEIGHT)
        strip = self._strip()
        counts = self._overview_counts(strip)
        # The bars change only with the data, the breaks or the width: drawn once into a
        # picture, so a frame costs one copy whatever the number of columns.
        key = (self._overview_version, width, palette.cacheKey(), self.devicePixelRatioF())
        if self._overview_picture is None or self._overview_picture[0] != key:
            self._overview_picture = (key, self._draw_overview_bars(strip, counts, width))
        painter.drawPixmap(area.topLeft(), self._overview_picture[1])
        edge = QColor(palette.text().color())
        edge.setAlpha(110)
        painter.setPen(QPen(edge, 1))
        for brk in self._scale.breaks:  # where the breaks are, as in the axis
            x = strip.x_of_u(self._scale.u_of_day((brk.first_day + brk.last_day) / 2))
            painter.drawText(QRectF(x - 6, AXIS_HEIGHT, 12, OVERVIEW_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, "≈")
        x0, x1 = self._strip_window(strip)
        window = QRectF(x0, AXIS_HEIGHT + 1.5, x1 - x0, OVERVIEW_HEIGHT - 3)
        highlight = QColor(palette.highlight().color())
        strip_fill = _blend(palette.text().color(), palette.window().color(), 0.06)
        painter.setPen(QPen(visible_edge(highlight, strip_fill, palette.text().color()), 1.5))
        highlight.setAlpha(50)
        painter.setBrush(highlight)
        painter.drawRect(window)
        # One row of pixels: what an antialiased 1-px line through its middle gives, at a
        # tenth of the cost (4 % of a frame's instructions, measured with callgrind).
        painter.fillRect(QRect(0, LANES_TOP - 1, width, 1), palette.text().color())

    def _strip_press(self, x: float) -> None:
        strip = self._strip()
        window = self._strip_window(strip)
        mode = press_mode(x, window)
        if mode == "jump":  # centre the window there, then drag it from there
            self._set_origin(strip.u_at(x) - self._view_units() / 2)
            mode = "move"
        self._strip_drag = (mode, x, self._origin, self._origin,
                            self._origin + self._view_units())

    def _strip_move(self, x: float) -> None:
        assert self._strip_drag is not None
        mode, press_x, origin, first_u, last_u = self._strip_drag
        strip = self._strip()
        if mode == "move":
            units_per_px = (strip.last_u - strip.first_u) / strip.width
            self._set_origin(origin + (x - press_x) * units_per_px)
            return
        width = max(1, self.viewport().width())
        u = strip.u_at(x)
        if mode == "left":
            first_u = min(u, last_u - MIN_DAYS_SHOWN)
        else:
            last_u = max(u, first_u + MIN_DAYS_SHOWN)
        self._set_scale(width / (last_u - first_u))
        self._set_origin(last_u - self._view_units() if mode == "left" else first_u)

    def _strip_cursor(self, x: float) -> Qt.CursorShape:
        mode = press_mode(x, self._strip_window(self._strip()))
        if mode in ("left", "right"):
            return Qt.CursorShape.SizeHorCursor
        shapes = Qt.CursorShape
        return shapes.OpenHandCursor if mode == "move" else shapes.PointingHandCursor

    # ------------------------------------------------------------------ breaks as drawn
    def _break_at(self, x: float) -> Break | None:
        """The collapsed break whose band is under ``x``, if any."""
        day = self.day_at(x)
        for brk in self._scale.breaks:
            if brk.first_day <= day < brk.last_day:
                return brk
        return None

    def _lane_rounded(self, style: _LaneStyle, indicator: bool, height: float,
                      ratio: float | None) -> RoundedStyle | None:
        """``self._rounded.style(...)`` of a lane's "+N" badges (radius 8) or "◀ N"
        indicators (radius 7), ``height`` logical px tall at ``ratio``: remembered for
        the lane's ``_LaneStyle`` (its pens and fills are never changed once made), as
        asking ``RoundedPieces.style`` reads the pen's width, style and colour through
        Qt each time (~26 k instructions, twice a lane and frame; issue 11, session 16).
        The same object as ``RoundedPieces.style`` returns."""
        key = (id(style), indicator, height, ratio)
        known = self._lane_roundeds.get(key)
        if known is None or known[0] is not style:  # (the style kept: its id not reused)
            if len(self._lane_roundeds) >= 512:  # palettes come and go
                self._lane_roundeds.clear()
            pen, fill, radius = ((style.indicator_pen, style.indicator_fill, 7) if indicator
                                 else (style.badge_pen, style.badge_fill, 8))
            known = self._lane_roundeds[key] = (
                style, self._rounded.style(pen, fill, radius, height, ratio))
        return known[1]

    def _start_pieces_ahead(self) -> None:
        """While the app waits (``_make_picture_when_idle``: the view stayed on screen),
        the pre-rendered pieces every lane's rows would draw from are made ahead, a lane's
        kind of marker at a time (``_make_pieces_ahead``, one a timeout of the 0 ms
        ``_pieces_timer``, so an input waits for one, and none while frames come:
        ``PIECES_QUIET_MS``), once per palette, device pixel ratio and lanes' colours.
        Nothing at a fractional ratio (nothing is drawn from pieces there:
        ``_snapped_ratio``).

        At 100 000 events Fit All draws every lane as a density, no rounded rectangle:
        the first key in the Events list zooms in on its event (``reveal_event``) and
        its frame made 121 pieces, 20.3 M of its 148 M instructions (issue 11's list
        row; session 54, list56)."""
        ratio = self.devicePixelRatioF()
        if ratio != round(ratio):
            return
        dark = is_dark_palette()
        colors = {self._lane_color(lane.category, dark).rgba(): lane.category
                  for lane in self._lanes}
        key = (self.palette().cacheKey(), ratio, tuple(colors))
        if key == self._pieces_for:
            return
        self._pieces_for = key
        self._pieces_left = [(self._lane_color(category, dark), kind, float(ratio))
                             for category in colors.values() for kind in range(PIECE_KINDS)]
        self._pieces_frame = last_frame()
        self._pieces_timer.start(0)

    def _make_pieces_ahead(self) -> None:
        """One of ``_start_pieces_ahead``'s lane colours' kinds of rounded rectangle
        (0: span markers, 1: the selected one's, 2: "+N" badges, 3: "◀ N" indicators, 4:
        day markers' diamonds, plain and selected, circa or not), its pieces made for
        each of the ``PHASES`` phases of its ends (``RoundedPieces.draw_all`` of one
        rectangle a phase, at a whole pixel's top as the lanes' rows are, into a scratch
        image): the very images the paint would make at those phases, by the same
        calls with the same arguments (``_paint_plain_items``, ``_paint_items``,
        ``_paint_lane_body``'s badges, ``_paint_indicators``, ``_diamond_pixmap``), so no pixel
        changes; then the next kind, from the timer again.

        Nothing is made when the view painted a frame since the timer was armed
        (``idle_gc.last_frame``): it is armed again for ``PIECES_QUIET_MS``, so that the
        pieces are made between runs of frames (a hover's, a held key's), not one kind
        after each of their frames (a frame's start is what is noted, so the length of
        the frame does not count)."""
        if not self._pieces_left:
            return
        frame = last_frame()
        if frame != self._pieces_frame:
            self._pieces_frame = frame
            self._pieces_timer.start(round(PIECES_QUIET_MS))
            return
        color, kind, ratio = self._pieces_left.pop(0)
        if self._pieces_left:
            self._pieces_timer.start(0)
        style = self._lane_style(color)
        if kind == PIECE_KINDS - 1:
            for selected in (False, True):
                for circa in (False, True):
                    self._diamond_pixmap(style.pens[selected, circa],
                                         style.span_fill if circa else color, ratio)
            return
        rounded = (self._rounded.style(style.pens[kind == 1, False], style.span_fill, 4,
                                       SPAN_HEIGHT, ratio) if kind < 2 else
                   self._lane_rounded(style, kind == 3,
                                      INDICATOR_HEIGHT if kind == 3 else ROW_HEIGHT - 6,
                                      ratio))
        if rounded is None:
            return
        from PySide6.QtGui import QImage  # (not needed by the first paint: start-up)

        scratch = QImage(96, 48, QImage.Format.Format_ARGB32_Premultiplied)
        scratch.setDevicePixelRatio(ratio)
        drawer = QPainter(scratch)
        try:
            self._rounded.draw_all(drawer, [(phase / (ratio * PHASES), 0.0, 40.0,
                                             rounded.height) for phase in range(PHASES)],
                                   rounded, 0.0, 0.0)
        finally:
            drawer.end()

    def _paint_indicators(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                          color: QColor, style: _LaneStyle | None = None,
                          text_color: QColor | None = None) -> None:
        """A lane's "◀ N" / "N ▶" boxes; ``style`` and ``text_color``: the lane's
        ``_lane_style`` and the palette's text colour when the caller has them (the
        header asks for both anyway: a palette's copy and look-ups, ~5 us a lane)."""
        painter.setFont(self._small_font)
        texts = (f"◀ {lane.hidden[0]:,}", f"{lane.hidden[1]:,} ▶")
        if style is None:
            style = self._lane_style(color)
        if text_color is None:
            text_color = self.palette().text().color()
        rounded = None
        for rect, text in zip(lane.indicator_rects, texts, strict=True):
            if rect.isNull():
                continue
            box = rect.translated(0, offset)
            if rounded is None:  # (from pre-rendered ends: ``RoundedPieces``)
                rounded = self._lane_rounded(style, True, box.height(),
                                             self._snapped_ratio(painter))
            if (rounded is not None and rounded.ratio == 1 and self._batched
                    and self._copy_indicator(painter, box, text, rounded, text_color)):
                continue
            painter.setPen(style.indicator_pen)
            painter.setBrush(style.indicator_fill)
            self._rounded.draw_or_path(painter, box, rounded, 7)
            painter.setPen(text_color)
            self._draw_small_centred(painter, box, text)

    def _copy_indicator(self, painter: QPainter, box: QRectF, text: str,
                        rounded: RoundedStyle, text_color: QColor) -> bool:
        """A "◀ N" / "N ▶" box (``box``: the painter's coordinates) and its text copied
        as one image, when the same box and text at the same fraction of a pixel were
        asked for before; False (nothing drawn: the caller draws it) otherwise, or when
        the painter is not a translation by whole pixels.

        The image is the box's pieces (``RoundedPieces``, premultiplied, side by side)
        drawn into a transparent image at the same device pixel phases, then its text
        over them: laid over the view, each pixel the text leaves is the piece's own
        pixel laid over the view, as the pieces are drawn; each pixel the text touches
        must lie in the box's opaque fill (checked when the image is made, ~1 500
        pixels compared in Python: else none is kept), so it is what drawing the text
        over the piece gives.  One copy instead of three pieces, the text's glyphs and
        the pens set (~20 us a box; 16 boxes, 0.35 ms of a 3.7 ms pan's frame at 1 000
        events, 1600x900; issue 11, session 22, frames25).
        A box asked for fewer than ``INDICATOR_SIGHTINGS`` times is drawn as before
        (counts that change every pan at 100 000 events would each make an image for
        nothing)."""
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        if dx != int(dx) or dy != int(dy) or transform.isScaling():
            return False
        left, top = box.left() + dx, box.top() + dy
        x, y = math.floor(left) - INDICATOR_IMAGE_MARGIN, math.floor(top) - INDICATOR_IMAGE_MARGIN
        key = (text, left - x, top - y, box.width(), box.height(), text_color.rgba(),
               id(rounded))
        images = self._indicator_images
        known = images.get(key)
        if known is None:
            seen = self._indicator_seen.get(key, 0)
            if seen < INDICATOR_SIGHTINGS - 1:
                if len(self._indicator_seen) > 10_000:
                    self._indicator_seen.clear()
                self._indicator_seen[key] = seen + 1
                return False
            static = self._static_texts.get((1, text))
            if static is None:
                return False  # (drawn by ``drawText`` the first time: as before)
            if len(images) >= INDICATOR_IMAGES_KEPT:
                images.clear()
            known = images[key] = (rounded, self._indicator_image(
                box.translated(dx - x, dy - y), static, rounded, text_color,
                painter.renderHints()))
        if known[0] is not rounded or known[1] is None:
            return False
        painter.drawImage(x - int(dx), y - int(dy), known[1])
        return True

    def _indicator_image(self, box: QRectF, static: QStaticText, rounded: RoundedStyle,
                         text_color: QColor, hints: QPainter.RenderHint) -> QImage | None:
        """``_copy_indicator``'s image: ``box`` (the image's pixels) from ``rounded``'s
        pieces, ``static`` centred in it as ``_draw_small_centred`` puts it; None when
        the pieces do not draw it or the text touches a pixel that is not opaque (a
        pixel it changed that was not opaque before)."""
        from PySide6.QtGui import QImage  # not needed by the first paint

        width = math.ceil(box.right()) + INDICATOR_IMAGE_MARGIN
        height = math.ceil(box.bottom()) + INDICATOR_IMAGE_MARGIN
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        drawer = QPainter(image)
        try:
            drawer.setRenderHints(hints)
            if not self._rounded.draw(drawer, box, rounded, 0.0, 0.0):
                return None
        finally:
            drawer.end()
        # (its pixels as one integer, 32 bits a pixel, without numpy: a small timeline
        # never loads it)
        under = int.from_bytes(bytes(image.constBits()), sys.byteorder)
        drawer = QPainter(image)
        try:
            drawer.setRenderHints(hints)
            drawer.setFont(self._small_font)
            drawer.setPen(text_color)
            size = static.size()
            drawer.drawStaticText(QPointF(box.left() + (box.width() - size.width()) / 2,
                                          box.top() + (box.height() - size.height()) / 2),
                                  static)
        finally:
            drawer.end()
        over = int.from_bytes(bytes(image.constBits()), sys.byteorder)
        if _touches_translucent(under, over, width * height):
            return None  # (the text over a pixel that is not opaque)
        return image

    def _draw_small_centred(self, painter: QPainter, box: QRectF, text: str) -> None:
        """``text`` centred in ``box`` in the small font (the painter's already): drawn
        with ``drawText`` the first time it is seen, from a laid-out ``QStaticText`` after
        (``_draw_text``).  At 100 000 events the "◀ N" counts and the article badges'
        "+N" change with every pan: laying out a QStaticText for a text drawn once costs
        6x a drawText (56 against 9 µs), the same pixels.  A text seen again is laid out
        (a small timeline's counts and badges stay).  A text laid out is drawn as
        ``_draw_text(..., centred=True)`` draws it, with one look-up."""
        static = self._static_texts.get((1, text))
        if static is None:
            if self._batched and text not in self._seen_once:
                if len(self._seen_once) > 10_000:
                    self._seen_once.clear()
                self._seen_once.add(text)
                if self._small_plain(text):
                    # Centred by hand, at its baseline: what ``drawText(box,
                    # AlignCenter, text)`` draws, without laying out a line to place
                    # it (its width is remembered: the layout measured it; 1 200 of
                    # 1 200 counts and badges at random fractions of a pixel, a test
                    # holds; issue 11, session 28).
                    left, top, width, height = box.getRect()
                    line, ascent = self._small_line
                    painter.drawText(QPointF(left + (width - self._small_width(text)) / 2,
                                             top + (height - line) / 2 + ascent), text)
                    return
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                return
            static = self._static_text(1, text)
        size_w, size_h = self._static_sizes.get((1, text)) or self._static_size((1, text), static)
        left, top, width, height = box.getRect()
        painter.drawStaticText(QPointF(left + (width - size_w) / 2, top + (height - size_h) / 2),
                               static)

    def _small_plain(self, text: str) -> bool:
        """Whether ``text`` (a count, a badge's date) is drawn in the small font's own
        glyphs alone on one line: its characters the font has (each asked once), none
        laid out apart (no control character, no right-to-left script: these draw with
        ASCII, "·", "◀" and "▶")."""
        if text.isascii():
            return text.isprintable()
        known = self._small_glyphs
        for char in text:
            if char.isascii():
                if not char.isprintable():
                    return False
                continue
            has = known.get(char)
            if has is None:
                if len(known) > 1024:
                    known.clear()
                has = known[char] = (self._small_metrics.inFontUcs4(ord(char))
                                     and _bidirectional(char) in ("L", "ON", "EN", "ES", "ET",
                                                                  "CS", "WS"))
            if not has:
                return False
        return True
