"""Rounded rectangles (span markers, "+N" badges) copied from pre-rendered pieces.

A new view at 100 000 events draws ~130 antialiased rounded rectangles a frame at
2560x1440 (a year), each ``QPainter.drawRoundedRect`` building, flattening, stroking and
rasterising a path: ~78 000 instructions a call, 12 % of a pan's frame (issue 11,
session 12, paint13's callgrind).  A rounded rectangle whose ends are apart is three
pieces side by side: its left end, a straight middle whose every device pixel column is
the same, and its right end.  Each end's pixels depend only on the outline's pen, the
fill, the radius, the height and where the edges fall within their device pixels (the
phases); so the ends are drawn once per phase (in ``PHASES`` steps of a device pixel),
the middle once as one column stretched, and every rectangle after that is three image
copies (~6 % of the cost).

The pixels differ from ``drawRoundedRect``'s by antialiasing only: an end's edge is drawn
at its phase rounded to ``1 / PHASES`` device pixel (at most 1/16 px away), and the
pieces' outline is composed with their fill before being laid over the background (one
rounding of a level where the two are composed on the spot).  ``drawRoundedRect`` itself
differs by such a level between two whole-pixel positions of the same rectangle.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

PHASES = 8  # an end's edge is placed to 1/8 of a device pixel
MIDDLE_COLUMNS = 256  # device pixel columns of a middle piece (all alike)
PIECES_KEPT = 4096  # pieces kept before the cache is emptied (palettes and zooms change)


class RoundedStyle:
    """What a set of rounded rectangles' pixels depend on beside their places: outline
    colour and width (logical px), fill, radius and height (logical px), device pixel
    ratio; with its pieces drawn so far, by phase (``RoundedPieces.style``)."""

    __slots__ = ("fill", "height", "pen", "pieces", "radius", "ratio", "width")

    def __init__(self, pen: QColor, width: float, fill: QColor, radius: float, height: float,
                 ratio: float) -> None:
        self.pen, self.width, self.fill = pen, width, fill
        self.radius, self.height, self.ratio = radius, height, ratio
        self.pieces: dict[int, QImage] = {}


class RoundedPieces:
    """The ends and middles of rounded rectangles, by style and phase."""

    def __init__(self) -> None:
        self._styles: dict[Hashable, RoundedStyle] = {}
        self.pieces = 0  # pieces held
        self.made = 0  # pieces drawn since the cache was made (for tests and profiles)

    def clear(self) -> None:
        """Drop every piece."""
        self._styles.clear()
        self.pieces = 0

    def style(self, pen: QPen, fill: QColor, radius: float, height: float,
              ratio: float | None) -> RoundedStyle | None:
        """The style of rectangles ``height`` logical px tall drawn with ``pen`` (solid,
        at least 1 px wide, or ``Qt.NoPen``), ``fill`` and ``radius`` on a painter that
        paints pixels through a translation at ``ratio`` (a whole number:
        ``_snapped_ratio``); None when these are not drawn from pieces (``ratio`` None,
        another pen)."""
        if ratio is None:
            return None
        width = pen.widthF()
        kind = pen.style()
        if kind == Qt.PenStyle.NoPen:
            width = 0.0
        elif width < 1.0 or kind != Qt.PenStyle.SolidLine:
            return None
        color = pen.color()
        key = (color.rgba(), width, fill.rgba(), radius, height, ratio)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = RoundedStyle(color, width, QColor(fill), radius,
                                                     height, ratio)
        return style

    def draw(self, painter: QPainter, rect: QRectF, style: RoundedStyle, dx: float,
             dy: float) -> bool:
        """Draw ``rect`` (logical px, the painter's coordinates; ``style.height`` tall)
        as ``drawRoundedRect(rect, radius, radius)`` with the style's pen and fill
        would, from pieces; ``dx``, ``dy``: the painter's translation.

        Returns False, drawing nothing, when the ends would touch or overlap (a
        rectangle shorter than ``2 * radius`` and its outline, to the next whole device
        pixel) or ``rect`` is not ``style.height`` tall: the caller draws it as before.
        """
        return not self.draw_all(painter, [rect], style, dx, dy)

    def draw_all(self, painter: QPainter, rects: Sequence[QRectF | tuple[float, ...]],
                 style: RoundedStyle, dx: float, dy: float) -> list[Any]:
        """:meth:`draw` of each of ``rects`` in turn: the same image copies, in the same
        order, with what the rectangles share (the style's sizes and pieces, the
        painter's calls, the device's width) looked up once, not once a rectangle (a new
        view at 100 000 events draws ~130 markers and "+N" badges a frame: issue 11).
        A rectangle may be given as its ``(x, y, width, height)`` (``QRectF.getRect()``:
        a layout's items keep their markers so, ``_Item.marker_box``).
        Returns the rectangles not drawn (:meth:`draw` returned False), in order, as
        given."""
        ratio = style.ratio
        scale = ratio * PHASES
        half = style.width * scale / 2
        r = style.radius * scale
        height = style.height
        pieces = style.pieces
        get = pieces.get
        floor, ceil = math.floor, math.ceil
        whole = ratio == 1 and dx == int(dx) and dy == int(dy)
        draw = painter.drawImage
        x_at, y_shift = -int(dx), int(dy)
        device_columns: int | None = None
        left_over: list[Any] = []
        for rect in rects:
            left, top, w, h = rect if type(rect) is tuple else rect.getRect()
            if h != height:
                left_over.append(rect)
                continue
            # Edges and top in 1/PHASES device px; the pieces' columns and row in device px.
            x0, x1 = round((left + dx) * scale), round((left + w + dx) * scale)
            y0 = round((top + dy) * scale)
            a, b = floor((x0 - half) / PHASES), ceil((x0 + r) / PHASES)
            c, d = floor((x1 - r) / PHASES), ceil((x1 + half) / PHASES)
            if c - b < 1:
                left_over.append(rect)
                continue
            row = floor((y0 - half) / PHASES)
            y_phase = y0 - row * PHASES
            key = (x0 - a * PHASES) * 4096 + y_phase
            start = get(key)
            if start is None:
                start = self._piece(style, 0, x0 - a * PHASES, y_phase, b - a, key)
            key = -1 - y_phase
            middle = get(key)
            if middle is None:
                middle = self._piece(style, 1, 0, y_phase, MIDDLE_COLUMNS, key)
            key = 1 + (d * PHASES - x1) * 4096 + y_phase + 2 ** 40
            end = get(key)
            if end is None:
                end = self._piece(style, 2, d * PHASES - x1, y_phase, d - c, key)
            # The middle in copies of up to MIDDLE_COLUMNS columns, not one stretched (a
            # scaled copy cost more than drawing the rectangle), only those on the device
            # (a span of years at a month's zoom is ~100 000 px wide).
            if c - b <= MIDDLE_COLUMNS:
                middles: range | tuple[int, ...] = (b,)
            else:
                if device_columns is None:
                    device_columns = int(painter.device().width() * ratio)
                middles = range(max(b, -MIDDLE_COLUMNS), min(c, device_columns),
                                MIDDLE_COLUMNS)
            if whole:  # whole pixels: int overloads
                y_at = row - y_shift
                draw(a + x_at, y_at, start)
                for column in middles:
                    draw(column + x_at, y_at, middle, 0, 0, min(MIDDLE_COLUMNS, c - column),
                         -1)
                draw(c + x_at, y_at, end)
                continue
            y = row / ratio - dy
            draw(QPointF(a / ratio - dx, y), start)
            for column in middles:
                draw(QPointF(column / ratio - dx, y), middle,
                     QRectF(0, 0, min(MIDDLE_COLUMNS, c - column), middle.height()))
            draw(QPointF(c / ratio - dx, y), end)
        return left_over

    def draw_or_path(self, painter: QPainter, rect: QRectF, style: RoundedStyle | None,
                     radius: float) -> None:
        """Draw ``rect`` from pieces when ``style`` allows it (:meth:`draw`, the painter's
        own translation), else as ``painter.drawRoundedRect(rect, radius, radius)`` with
        the painter's pen and brush (which the caller sets either way)."""
        if style is not None:
            transform = painter.transform()
            if self.draw(painter, rect, style, transform.dx(), transform.dy()):
                return
        painter.drawRoundedRect(rect, radius, radius)

    def _piece(self, style: RoundedStyle, side: int, phase: int, y_phase: int,
               columns: int, key: int) -> QImage:
        """One piece of ``style`` (``side`` 0: the left end, its rectangle's left edge
        ``phase``/PHASES device px right of the piece's left; 1: the middle; 2: the right
        end, its right edge ``phase``/PHASES px left of the piece's right), its top
        ``y_phase``/PHASES px below the piece's, ``columns`` device px wide, transparent
        where the rectangle is not; kept under ``key``."""
        ratio = style.ratio
        width, r, h = style.width * ratio, style.radius * ratio, style.height * ratio
        top = y_phase / PHASES
        image = QImage(columns, math.ceil(top + h + width / 2),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        # The rectangle in device pixels, long enough for its far end(s) to lie outside.
        long = 4 * r + 8 * width + 16
        if side == 0:  # (the rectangle's own edges: the outline is centred on them)
            x = phase / PHASES
        elif side == 1:
            long += columns
            x = (columns - long) / 2
        else:
            x = columns - phase / PHASES - long
        drawer = QPainter(image)
        try:
            drawer.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            drawer.setPen(QPen(style.pen, width) if width else Qt.PenStyle.NoPen)
            drawer.setBrush(style.fill)
            drawer.drawRoundedRect(QRectF(x, top, long, h), r, r)
        finally:
            drawer.end()
        image.setDevicePixelRatio(ratio)
        if self.pieces >= PIECES_KEPT:
            self.clear()
        self.made += 1
        self.pieces += 1
        style.pieces[key] = image
        return image
