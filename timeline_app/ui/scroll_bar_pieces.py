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


#: Rows (columns, across a horizontal bar) of the groove kept in a slider's block beyond
#: the slider's own: Fusion's outline reaches one past it.
MARGIN = 2
#: A look's pieces are made at its third paint (``PiecesScrollBar._seen``).
MADE_AT = 3


class PiecesScrollBar(QScrollBar):
    """A ``QScrollBar`` whose paint under Fusion is copied from kept pieces of the
    style's own paint (module docstring); the same pixels as ``QScrollBar.paintEvent``."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        #: (what the groove's look depends on) -> (the groove and arrows without the
        #: slider, the rectangles of its pixels that are not opaque)
        self._grooves: dict[tuple[Any, ...], tuple[QImage, list[QRect]]] = {}
        #: (the groove's key, the slider's length) -> (the block: the slider over the
        #: groove, the slider's rectangle it was made at, the block's rectangle in the
        #: bar, the groove under it there, its rectangles not opaque); None: no block
        self._sliders: dict[tuple[Any, ...],
                            tuple[QImage, QRect, QRect, QImage, list[QRect]] | None] = {}
        #: keys painted by the style, and how often: their pieces are made at the
        #: ``MADE_AT``-th paint (a zoom gives the slider a new length at each notch, most
        #: never seen again; making them costs ~2 paints, a paint from them ~0.4 of one)
        self._seen: dict[tuple[Any, ...], int] = {}

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._paint_from_pieces():
            super().paintEvent(event)

    def _paint_from_pieces(self) -> bool:
        """Paint the bar from its pieces (made now when seen before); False, painting
        nothing, where the style must paint it (module docstring)."""
        if (not _STYLE_CLASSES <= vars(sys.modules["PySide6.QtWidgets"]).keys()
                or self.devicePixelRatioF() != 1.0 or self.width() < 1 or self.height() < 1
                or self.underMouse() or self.isSliderDown() or QWidget.mouseGrabber() is self):
            return False  # (hovered or pressed: which part is, Qt keeps to itself)
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        style = self.style()
        if style.name().lower() != "fusion":
            return False
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        # (as ``QScrollBar::paintEvent``: every part, none hovered or pressed)
        option.subControls = QStyle.SubControl.SC_All
        option.activeSubControls = QStyle.SubControl.SC_None
        control = QStyle.ComplexControl.CC_ScrollBar
        slider = style.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider,
                                      self)
        if not slider.isValid():
            return False
        horizontal = option.orientation == Qt.Orientation.Horizontal
        # (the arrows are greyed at the ends: part of the groove's look)
        groove_key = (self.width(), self.height(), horizontal, int(option.state.value),
                      self.palette().cacheKey(), option.sliderValue <= option.minimum,
                      option.sliderValue >= option.maximum, id(style))
        slider_key = (groove_key, slider.width() if horizontal else slider.height())
        groove = self._grooves.get(groove_key)
        block = self._sliders.get(slider_key, False)
        if groove is None or block is False:
            if not self._seen_before(groove_key, slider_key):
                return False
            if groove is None:
                groove = self._grooves[groove_key] = self._groove(option)
            if block is False:
                block = self._sliders[slider_key] = self._slider_block(
                    option, None if groove_key[5] or groove_key[6] else groove[0])
        if block is None or block is False:
            return False  # (a slider whose block would reach the arrows or past its rows)
        image, made_at, made_in, under, block_clear = block
        place = made_in.translated(slider.topLeft() - made_at.topLeft())
        groove_image, groove_clear = groove
        if not self.rect().contains(place) or groove_image.copy(place) != under:
            return False  # (the groove differs under it here: near an end)
        from PySide6.QtGui import QRegion

        clear = QRegion()
        for rect in groove_clear:
            clear = clear.united(rect)
        for rect in block_clear:
            clear = clear.united(rect.translated(place.topLeft()))
        painter = QPainter(self)
        try:
            painter.setClipRegion(QRegion(self.rect()).subtracted(clear))
            painter.drawImage(0, 0, groove_image)
            painter.drawImage(place.topLeft(), image)
            # The pixels that are not opaque: blended by the style over what lies below,
            # once, as its own paint blends them (a rectangle at a time: a paint clipped to
            # a region of several is twice as long; Fusion's are a row and a column).
            for rect in clear:
                painter.setClipRect(rect)
                style.drawComplexControl(control, option, painter, self)
        finally:
            painter.end()
        return True

    def _seen_before(self, *keys: tuple[Any, ...]) -> bool:
        """Whether ``keys`` were all painted ``MADE_AT`` - 1 times before (else this
        paint is counted)."""
        seen = self._seen
        if all(seen.get(key, 0) >= MADE_AT - 1 for key in keys):
            return True
        if len(seen) + len(self._grooves) + len(self._sliders) >= PIECES_KEPT:
            seen.clear()
            self._grooves.clear()
            self._sliders.clear()
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
        return False

    def _groove(self, option: Any) -> tuple[QImage, list[QRect]]:
        """The style's paint of the bar without its slider, and its rectangles not
        opaque."""
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        without = QStyleOptionSlider(option)
        without.subControls = option.subControls & ~QStyle.SubControl.SC_ScrollBarSlider
        image = self._styled(without)
        return image, _not_opaque(image)

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

    def _slider_block(self, option: Any, groove: QImage | None
                      ) -> tuple[QImage, QRect, QRect, QImage, list[QRect]] | None:
        """The style's paint of the slider over the groove, made with the slider in the
        middle of its range and cut to its rows (columns across a horizontal bar) and
        ``MARGIN`` more each side, across the bar: ``(block, the slider's rectangle, the
        block's rectangle, the groove under it, its rectangles not opaque)``.  None
        where the slider changes pixels beyond those rows, or they reach the arrows.
        ``groove``: the bar painted without its slider, if its arrows are as with the
        slider in the middle (neither at an end), else None (painted here)."""
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        middle = QStyleOptionSlider(option)
        middle.sliderPosition = middle.sliderValue = (option.minimum + option.maximum) // 2
        style = self.style()
        control = QStyle.ComplexControl.CC_ScrollBar
        slider = style.subControlRect(control, middle, QStyle.SubControl.SC_ScrollBarSlider,
                                      self)
        if option.orientation == Qt.Orientation.Horizontal:
            rect = QRect(slider.left() - MARGIN, 0, slider.width() + 2 * MARGIN, self.height())
        else:
            rect = QRect(0, slider.top() - MARGIN, self.width(), slider.height() + 2 * MARGIN)
        arrows = (QStyle.SubControl.SC_ScrollBarAddLine, QStyle.SubControl.SC_ScrollBarSubLine)
        if not self.rect().contains(rect) or any(
                rect.intersects(style.subControlRect(control, middle, arrow, self))
                for arrow in arrows):
            return None
        whole = self._styled(middle)
        if groove is None:
            without = QStyleOptionSlider(middle)
            without.subControls = middle.subControls & ~QStyle.SubControl.SC_ScrollBarSlider
            groove = self._styled(without)
        for outside in _outside(self.rect(), rect):  # (the slider's pixels all in the block)
            if outside.isValid() and whole.copy(outside) != groove.copy(outside):
                return None
        image = whole.copy(rect)
        return image, slider, rect, groove.copy(rect), _not_opaque(image)


def _outside(whole: QRect, rect: QRect) -> list[QRect]:
    """The parts of ``whole`` before and after ``rect``, which spans it across."""
    if rect.height() == whole.height():  # (a horizontal bar's block: columns)
        return [QRect(whole.left(), whole.top(), rect.left() - whole.left(), whole.height()),
                QRect(rect.right() + 1, whole.top(), whole.right() - rect.right(),
                      whole.height())]
    return [QRect(whole.left(), whole.top(), whole.width(), rect.top() - whole.top()),
            QRect(whole.left(), rect.bottom() + 1, whole.width(),
                  whole.bottom() - rect.bottom())]


def _not_opaque(image: QImage) -> list[QRect]:
    """The rectangles (runs of rows with the same columns) of ``image``'s pixels whose
    alpha is not 255; ``image`` ARGB32 premultiplied."""
    import numpy as np

    alpha = image.convertToFormat(image.Format.Format_Alpha8)
    width, height = alpha.width(), alpha.height()
    rows = np.frombuffer(alpha.constBits(), np.uint8,  # type: ignore[call-overload]
                         height * alpha.bytesPerLine()).reshape(height, -1)[:, :width]
    clear = rows != 255
    runs: list[tuple[int, int, list[int]]] = []  # (first row, last row, columns)
    for y in np.flatnonzero(clear.any(axis=1)).tolist():
        columns = np.flatnonzero(clear[y]).tolist()
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
