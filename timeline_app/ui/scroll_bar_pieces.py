"""A scroll bar painted from pieces kept from the style's own paints: the same pixels.

Fusion (Qt's style on Linux without a desktop theme) paints a scroll bar as its groove, its
arrows and its slider, each outlined by a 1 px line blended a pixel at a time, and the groove
and the slider with gradients: a 14 x 900 bar with a 490 px slider is ~2.3 M instructions a
paint (callgrind), ~0.8 ms.  A key in the Events list that scrolls the timeline's lanes paints
its vertical bar whole at every key (the slider moves), 10 % of a PageDown's instructions at
100 000 events (issue 11: "the event list (100 000 rows): scroll to end, page down
≤ 8 ms"; benchmarks/README.md, session 51, list54).

Here the bar is the style's paint of its groove and arrows without the slider, kept as an
image, and a block of the style's paint of the slider over that groove, kept by the slider's
length: a paint is two image copies.  Only pixels that come out opaque are copied (those do
not depend on what lies below); the others (Fusion's outline at the bar's outer edge is
translucent) are painted by the style itself, clipped to them.  A block is used at another
place only where the groove under it is the same, pixel for pixel, as where it was made
(Fusion's groove is alike all along, but for its ends); else, and for another style, a
device pixel ratio other than 1 or a bar not laid out yet, the style paints the bar as
before.  ``tests/ui/test_list54_scroll_bar.py`` compares both ways pixel for pixel.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QScrollBar, QWidget

if TYPE_CHECKING:  # only annotations: importing them costs start-up time (lazy Qt types)
    from PySide6.QtGui import QImage, QPaintEvent

#: Pieces kept per bar before they are all dropped (a bar's size, palette and slider
#: lengths change with the window and the data; each piece is a few KiB).
PIECES_KEPT = 64

#: The bar is painted from pieces only once PySide has made these classes: making
#: ``QStyle`` the first time is 7-30 ms (``view_base._STYLE_CLASSES``), which the first
#: paint must not pay; until then the style paints the bar, as Qt does.
_STYLE_CLASSES = frozenset(("QStyle",))


class PiecesScrollBar(QScrollBar):
    """A ``QScrollBar`` whose paint under Fusion is copied from kept pieces of the
    style's own paint (module docstring); the same pixels as ``QScrollBar.paintEvent``."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        #: (what the groove's look depends on) -> (the groove and arrows without the
        #: slider, the rectangles of its pixels that are not opaque)
        self._grooves: dict[tuple[Any, ...], tuple[QImage, list[QRect]]] = {}
        #: (the groove's key, the slider's length) -> (the block, the slider's rectangle
        #: it was made at, the block's rectangle in the bar, its rectangles not opaque)
        self._sliders: dict[tuple[Any, ...], tuple[QImage, QRect, QRect, list[QRect]]] = {}
        #: (the slider's key, x, y): where its block cannot be made (``_slider_block``)
        self._no_block: set[tuple[Any, ...]] = set()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._paint_from_pieces():
            super().paintEvent(event)

    def _paint_from_pieces(self) -> bool:
        """Paint the bar from its pieces (made now when new); False, painting nothing,
        where the style must paint it (module docstring)."""
        if (not _STYLE_CLASSES <= vars(sys.modules["PySide6.QtWidgets"]).keys()
                or self.devicePixelRatioF() != 1.0 or self.width() < 1 or self.height() < 1):
            return False
        from PySide6.QtGui import QRegion
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        style = self.style()
        if (style.name().lower() != "fusion" or self.underMouse() or self.isSliderDown()
                or QWidget.mouseGrabber() is self
                or style.styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, self)):
            return False  # (hovered or pressed: which part is, Qt keeps to itself)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        # (as ``QScrollBar::paintEvent``: every part, none hovered or pressed)
        option.subControls = QStyle.SubControl.SC_All
        option.activeSubControls = QStyle.SubControl.SC_None
        control = QStyle.ComplexControl.CC_ScrollBar
        slider = style.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider,
                                      self)
        horizontal = option.orientation == Qt.Orientation.Horizontal
        # (the arrows are greyed at the ends: part of the groove's look)
        groove_key = (self.width(), self.height(), horizontal, int(option.state.value),
                      int(option.activeSubControls.value), self.palette().cacheKey(),
                      option.sliderValue <= option.minimum,
                      option.sliderValue >= option.maximum, id(style))
        groove = self._grooves.get(groove_key)
        if groove is None:
            self._make_room()
            without = QStyleOptionSlider(option)
            without.subControls = option.subControls & ~QStyle.SubControl.SC_ScrollBarSlider
            image = self._styled(without)
            groove = self._grooves[groove_key] = (image, _not_opaque(image))
        groove_image, groove_clear = groove
        length = slider.width() if horizontal else slider.height()
        block: tuple[QImage, QRect, QRect, list[QRect]] | None = None
        if slider.isValid():
            slider_key = (groove_key, length)
            block = self._sliders.get(slider_key)
            if block is not None and block[1].size() == slider.size():
                place = _moved(block[2], block[1], slider)
                if place != block[2] and (not self.rect().contains(place) or groove_image.copy(
                        place) != groove_image.copy(block[2])):
                    block = None  # (the groove differs under it here: near an end)
            if block is None or block[1].size() != slider.size():
                here = (slider_key, slider.x(), slider.y())
                if here in self._no_block:
                    return False
                self._make_room()
                block = self._slider_block(option, groove_image, slider)
                if block is None:
                    # (a slider the style does not draw, or one whose block would cover
                    # the arrows)
                    self._no_block.add(here)
                    return False
                self._sliders[slider_key] = block  # (made here: good here)
        painter = QPainter(self)
        try:
            clear = QRegion()
            for rect in groove_clear:
                clear = clear.united(rect)
            if block is not None:
                for rect in block[3]:
                    clear = clear.united(_moved(rect, block[1], slider))
            painter.setClipRegion(QRegion(self.rect()).subtracted(clear))
            painter.drawImage(0, 0, groove_image)
            if block is not None:
                place = _moved(block[2], block[1], slider)
                painter.drawImage(place.topLeft(), block[0])
            # The pixels that are not opaque: blended by the style over what lies below,
            # once, as its own paint blends them (a rectangle at a time: a paint clipped to
            # a region of several is twice as long; Fusion's are a row and a column).
            for rect in clear:
                painter.setClipRect(rect)
                style.drawComplexControl(control, option, painter, self)
        finally:
            painter.end()
        return True

    def _make_room(self) -> None:
        if len(self._grooves) + len(self._sliders) + len(self._no_block) >= PIECES_KEPT:
            self._grooves.clear()
            self._sliders.clear()
            self._no_block.clear()

    def _styled(self, option: Any) -> QImage:
        """The style's paint of the bar with ``option`` on a transparent image."""
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QStyle

        image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        try:
            self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option,
                                            painter, self)
        finally:
            painter.end()
        return image

    def _slider_block(self, option: Any, groove: QImage, slider: QRect
                      ) -> tuple[QImage, QRect, QRect, list[QRect]] | None:
        """The style's paint of the slider over the groove, cut to the rows (columns
        for a horizontal bar) it changes, across the bar: ``(block, the slider's
        rectangle, the block's rectangle, its rectangles not opaque)``; None when it
        changes nothing or reaches the arrows' rows (the block would cover them)."""
        from PySide6.QtWidgets import QStyle

        whole = self._styled(option)
        changed = _changed_span(whole, groove, option.orientation == Qt.Orientation.Horizontal)
        if changed is None:
            return None
        first, last = changed
        if option.orientation == Qt.Orientation.Horizontal:
            rect = QRect(first, 0, last - first + 1, self.height())
        else:
            rect = QRect(0, first, self.width(), last - first + 1)
        style = self.style()
        for arrow in (QStyle.SubControl.SC_ScrollBarAddLine, QStyle.SubControl.SC_ScrollBarSubLine):
            if rect.intersects(style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                                    arrow, self)):
                return None
        image = whole.copy(rect)
        return image, QRect(slider), rect, [r.translated(rect.topLeft())
                                            for r in _not_opaque(image)]


def _moved(rect: QRect, made_at: QRect, slider: QRect) -> QRect:
    """``rect`` (a block's, kept with the slider at ``made_at``) with the slider at
    ``slider``."""
    return rect.translated(slider.topLeft() - made_at.topLeft())


def _changed_span(image: QImage, under: QImage, horizontal: bool) -> tuple[int, int] | None:
    """The first and last row (column, ``horizontal``) where ``image`` and ``under``
    (the same size and format) differ; None where they do not."""
    if horizontal:
        from PySide6.QtGui import QTransform

        transpose = QTransform(0, 1, 1, 0, 0, 0)
        image = image.transformed(transpose)
        under = under.transformed(transpose)
    rows = [y for y in range(image.height()) if _row(image, y) != _row(under, y)]
    return (rows[0], rows[-1]) if rows else None


def _row(image: QImage, y: int) -> bytes:
    return bytes(image.constScanLine(y))[:image.width() * 4]


def _not_opaque(image: QImage) -> list[QRect]:
    """The rectangles (runs of rows with the same columns) of ``image``'s pixels whose
    alpha is not 255; ``image`` ARGB32 premultiplied."""
    alpha = image.convertToFormat(image.Format.Format_Alpha8)
    width = alpha.width()
    opaque = b"\xff" * width
    runs: list[tuple[int, int, list[int]]] = []  # (first row, last row, columns)
    for y in range(alpha.height()):
        row = bytes(alpha.constScanLine(y))[:width]
        if row == opaque:
            continue
        columns = [x for x in range(width) if row[x] != 255]
        if runs and runs[-1][1] == y - 1 and runs[-1][2] == columns:
            runs[-1] = (runs[-1][0], y, columns)
        else:
            runs.append((y, y, columns))
    rects: list[QRect] = []
    for first, last, columns in runs:
        start = previous = columns[0]
        for x in [*columns[1:], -2]:
            if x != previous + 1:
                rects.append(QRect(start, first, previous - start + 1, last - first + 1))
                start = x
            previous = x
    return rects
