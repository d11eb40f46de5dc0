"""Event labels drawn once into images ("chips") and copied at whole device pixels.

A label outside its marker is an opaque box of its lane's colour on whole pixels with the
title in it (``timeline_view._label_background``).  Every new view (a drag's move, a pan
into new territory, a zoom notch) draws the same titles again at new places: shaping and
blending ~100-300 glyph runs a frame.  A chip is that box with its text, drawn once per
what decides its pixels (text, box size, where the text sits in the box to the device
pixel, colours, font, device pixel ratio) and copied with ``drawImage``: an opaque copy
(issue 11).  Copying a chip gives the same pixels as filling the box and drawing the text
on the target at the same device position (tests/ui/test_label_chips.py checks it).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QStaticText

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# The cache's bound at one device pixel a pixel, in bytes of pixels (times the ratio
# squared on a high-DPI screen): a view's chips at 100 000 events are ~2.5 MiB at
# 1600x900 (~110 labels, a chip ~150 x 22 px, 4 bytes a pixel) and ~4 MiB at 2560x1440
# (~180), measured; a drag across a few views fits.  Past it, the chips used longest ago
# go first.
CHIP_CACHE_BYTES = 6 * 1024 * 1024
# Keys of labels asked for once, kept to make a chip the second time (a few zoom levels'
# worth of labels; emptied past it).
SEEN_KEPT = 20_000
# Chips made in one paint at most (the others drawn, made in later paints): making one
# costs ~13-24 us against ~8 for drawing the label, so a paint of 150 labels seen before
# would take ~2 ms more once (a drag's first move, a band of a picture painted ahead);
# 24 bound it to ~0.4 ms.
CHIPS_PER_PAINT = 24


class LabelChips:
    """Chips by key, least recently used dropped first past ``limit`` bytes of pixels.

    The cache holds chips of one context (palette, font, device pixel ratio: ``use``);
    a new context (a theme change, another screen's ratio) empties it.
    """

    def __init__(self, limit: int | None = None) -> None:
        self._scaled = limit is None
        self.limit = CHIP_CACHE_BYTES if limit is None else limit
        self.bytes = 0
        self._chips: OrderedDict[Hashable, QImage] = OrderedDict()
        self._context: Hashable = None
        self._seen: set[Hashable] = set()  # keys asked for without a chip
        self.budget = CHIPS_PER_PAINT  # chips this paint may still make (``new_paint``)
        self.made = 0  # chips drawn since the cache was made (for tests and profiles)

    def __len__(self) -> int:
        return len(self._chips)

    def clear(self) -> None:
        """Drop every chip."""
        self._chips.clear()
        self._seen.clear()
        self.bytes = 0

    def use(self, context: Hashable, ratio: float = 1.0) -> None:
        """Empty the cache when ``context`` (what every chip's pixels depend on beside
        its key: palette, font, ``ratio``) is not the one its chips were drawn in; at
        ``ratio`` device pixels a pixel the bound is ``ratio ** 2`` times
        ``CHIP_CACHE_BYTES`` (unless given to the constructor)."""
        if context != self._context:
            self.clear()
            self._context = context
            if self._scaled:
                self.limit = round(CHIP_CACHE_BYTES * ratio * ratio)

    def new_paint(self) -> None:
        """A paint begins: it may make ``CHIPS_PER_PAINT`` chips."""
        self.budget = CHIPS_PER_PAINT

    def get(self, key: Hashable) -> QImage | None:
        """The chip for ``key`` if drawn (then the most recently used), else None."""
        image = self._chips.get(key)
        if image is not None:
            self._chips.move_to_end(key)
        return image

    def chip(self, text: QStaticText, font: QFont, pen: QColor, fill: QColor,
             size: tuple[int, int], at: tuple[int, float], ratio: float,
             key: Hashable) -> QImage:
        """The chip for ``key``: ``size`` device pixels (width, height) filled with
        ``fill``, ``text`` drawn in ``font`` and ``pen`` with its top-left corner ``at``
        device pixels (x whole, y as given) from the chip's; ``ratio`` device pixels a
        pixel.  ``key`` (with the context of ``use``) must determine all of these."""
        image = self.get(key)
        if image is not None:
            return image
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up)

        width, height = size
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(fill)
        painter = QPainter(image)
        try:
            painter.setFont(font)
            painter.setPen(pen)
            painter.drawStaticText(QPointF(at[0] / ratio, at[1] / ratio), text)
        finally:
            painter.end()
        self.keep(key, image)
        return image

    def keep(self, key: Hashable, image: QImage) -> None:
        """Hold ``image`` as the chip for ``key`` (made by ``chip``, or its pixels copied
        from where the label was just drawn: ``TimelineView._paint_chips``), the chips
        used longest ago dropped past the bound."""
        if key in self._chips:
            return
        self._chips[key] = image
        self.bytes += image.sizeInBytes()  # (4 bytes a pixel, rows unpadded)
        self.made += 1
        self._seen.discard(key)
        while self.bytes > self.limit and len(self._chips) > 1:
            _key, old = self._chips.popitem(last=False)
            self.bytes -= old.sizeInBytes()

    def chip_if_seen(self, text: QStaticText, font: QFont, pen: QColor, fill: QColor,
                     size: tuple[int, int], at: tuple[int, float], ratio: float,
                     key: Hashable) -> QImage | None:
        """``chip(...)`` if ``key`` was asked for before (since the last ``clear``)
        and this paint's ``budget`` allows, else None (the caller draws it): making a
        chip costs ~2-3 direct drawings, so only labels shown twice get one (a zoom
        notch's new view draws, the drag after it copies)."""
        if not self.wants_chip(key):
            return None
        return self.chip(text, font, pen, fill, size, at, ratio, key)

    def wants_chip(self, key: Hashable) -> bool:
        """Whether ``chip_if_seen`` would make the chip for ``key`` (not drawn: ``get``
        said None): asked for before and this paint's ``budget`` allows, the budget then
        taken; else False, ``key`` noted as seen.  A caller that needs no laid-out text
        to draw a label asks this first (``TimelineView._paint_chips``)."""
        seen = self._seen
        if key not in seen:
            if len(seen) >= SEEN_KEPT:
                seen.clear()
            seen.add(key)
            return False
        if self.budget <= 0:
            return False
        self.budget -= 1
        return True
