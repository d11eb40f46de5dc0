"""The lanes' rows of one view kept as they were painted, for the vertical scrolls that
come back to them (issue 11: the Events list's keys at 100 000 rows, session 52, list55).

A key in the Events list shows its row's event: when the event is in another lane, the
timeline's lanes scroll to it and the rows the scroll exposes are painted
(``TimelineView._scroll_picture``).  A run of keys goes back and forth between lanes
(the next event in date order is in any lane): at 100 000 events, 1600x900, Fit All,
nine PageDowns scrolled the lanes seven times (to 212, 454, 480, 420, 506, 4 and 532 px)
and painted 1 660 rows of lanes that are 1 508 rows tall, most of them painted before.  Here the
rows of the view's pictures are kept in one image in content coordinates (a row's
pixels depend on its content row only, not on the scroll: ``_paint``'s ``strip``), so a
row is painted once a view and copied after that.

Only for pictures at one device pixel a pixel (``_scrolled_from``'s case); within
``LANE_ROWS_BYTES``, the rows about the view when the lanes are taller than that.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter

#: The most bytes the kept rows may hold: 1600 px wide, 3 900 rows (the lanes at 100 000
#: events are 1 508-1 664 rows tall at 1600x900, Fit All); 2560 px wide, 2 450 rows.
LANE_ROWS_BYTES = 24 << 20


class KeptRows:
    """The lanes' rows ``[first, first + rows)`` of the view with ``view_key`` (its frame
    key without the vertical scroll), ``width`` px wide, and which of them are held."""

    __slots__ = ("first", "held", "image", "view_key", "width")

    def __init__(self, view_key: tuple[object, ...], width: int, content_height: int,
                 scroll: int, lanes_height: int, image_format: QImage.Format) -> None:
        """Rows for a view whose lanes are ``content_height`` rows tall, scrolled to
        ``scroll`` (px) with ``lanes_height`` rows on screen: all of them, or as many
        as ``LANE_ROWS_BYTES`` holds, centred on the rows on screen."""
        rows = max(1, min(content_height, LANE_ROWS_BYTES // (4 * max(1, width))))
        self.first = max(0, min(scroll - (rows - lanes_height) // 2, content_height - rows))
        self.view_key, self.width = view_key, width
        self.image = QImage(width, rows, image_format)
        self.held = bytearray(rows)  # 1: the row is held

    def runs(self, top: int, bottom: int) -> list[tuple[int, int, bool]]:
        """The content rows ``[top, bottom)`` cut into runs ``(top, bottom, held)``, in
        order (rows outside the kept ones are not held)."""
        out: list[tuple[int, int, bool]] = []
        first, held = self.first, self.held
        last = first + len(held)
        if top < first:
            out.append((top, min(bottom, first), False))
            top = min(bottom, first)
        inner = min(bottom, last)
        y = top
        while y < inner:
            flag = held[y - first]
            stop = held.find(b"\x00" if flag else b"\x01", y - first, inner - first)
            end = inner if stop < 0 else first + stop
            out.append((y, end, bool(flag)))
            y = end
        if bottom > max(top, last):
            out.append((max(top, last), bottom, False))
        return out

    def take(self, picture: QImage, scroll: int, lanes_top: int, top: int,
             bottom: int) -> None:
        """Keep the content rows ``[top, bottom)`` of ``picture`` (the view scrolled to
        ``scroll`` px, its lanes from viewport row ``lanes_top``) that are not held yet
        and lie within the kept rows."""
        painter: QPainter | None = None
        try:
            for a, b, held in self.runs(max(top, self.first),
                                        min(bottom, self.first + len(self.held))):
                if held:
                    continue
                if painter is None:
                    painter = QPainter(self.image)
                    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                painter.drawImage(QRect(0, a - self.first, self.width, b - a), picture,
                                  QRect(0, a - scroll + lanes_top, self.width, b - a))
                self.held[a - self.first:b - self.first] = b"\x01" * (b - a)
        finally:
            if painter is not None:
                painter.end()

    def copy(self, painter: QPainter, top: int, bottom: int, y: int) -> None:
        """The held content rows ``[top, bottom)`` drawn at viewport row ``y`` (the
        painter in Source composition)."""
        painter.drawImage(QRect(0, y, self.width, bottom - top), self.image,
                          QRect(0, top - self.first, self.width, bottom - top))
