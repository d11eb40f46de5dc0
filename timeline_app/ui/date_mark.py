"""Go to Date's mark: the days it went to, drawn over the timeline for a few seconds.

New-user trial 9: after Go to Date (Ctrl+G) moved the view to "22 March 2025", nothing
said which of the fortnight's columns was that day.  The mark is a band over the day (or
the month, the year, the range typed) in the highlight colour, with 2 px edges and the
date in words in a chip at the top of the lanes, beside the titles and lane names there,
never over one (``chip_place``; verify72 F23); it follows the day as the view moves
and goes after ``MARK_SECONDS`` or at the next Go to Date.  It is painted over the frame
(``TimelineView.paintEvent`` calls ``paint`` last), never into a picture export
(``DateMark.suspended``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

__all__ = ["MARK_SECONDS", "DateMark", "chip_place"]

#: How long the mark stays (s): long enough to find it after the dialog closes.
MARK_SECONDS = 6.0
#: A band narrower than this (px) is widened to it about its middle: a day at a year's zoom.
LEAST_BAND_PX = 4.0
#: A band wider than this share of the view is drawn as its edges alone (no tint): a month
#: that fills the view is not tinted all over.
MOST_TINTED_SHARE = 0.6


class _MarkedView(Protocol):
    def viewport(self) -> QWidget: ...
    def x_of_day(self, day: float) -> float: ...
    def mark_obstacles(self) -> list[QRectF]: ...


def chip_place(size: tuple[float, float], band: tuple[float, float], top: float,
               bottom: float, width: float, obstacles: Sequence[QRectF]) -> QRectF:
    """Where the mark's chip of ``size`` (width, height; px) goes: at the top of the
    lanes (``top``, viewport px) over the band ``band`` (its left and right x), as near
    its middle as it can, clear of every rectangle of ``obstacles`` (the titles, markers
    and lane names drawn: ``TimelineView.mark_obstacles``); when the band's top holds no
    room, lower down (below an obstacle), down to ``bottom``; failing that, at the top
    over the band's middle, as before.  Within ``[2, width - 2]`` px across.

    verify72 F23: the chip "September–December 2016" hid the title "Lawmakers vote…" of
    the row at the lanes' top."""
    chip_w, chip_h = size
    x0, x1 = band
    middle = (x0 + x1) / 2
    low = max(2.0, min(x0, middle - chip_w / 2))
    high = min(width - 2.0, max(x1, middle + chip_w / 2)) - chip_w
    wanted = min(max(middle - chip_w / 2, 2.0), width - chip_w - 2)
    first_y = top + 2
    if high >= low:
        rows = sorted({first_y, *(r.bottom() + 2 for r in obstacles
                                  if first_y < r.bottom() + 2 <= bottom - chip_h)})
        for y in rows:
            # The x ranges the chip's left edge may not take at this height.
            taken = sorted((r.left() - chip_w - 2, r.right() + 2) for r in obstacles
                           if r.bottom() > y and r.top() < y + chip_h
                           and r.right() + 2 > low and r.left() - 2 < high + chip_w)
            free: list[tuple[float, float]] = []
            start = low
            for a, b in taken:
                if a > start:
                    free.append((start, min(a, high)))
                start = max(start, b)
                if start > high:
                    break
            if start <= high:
                free.append((start, high))
            free = [(a, b) for a, b in free if b >= a]
            if free:
                left = min((min(max(wanted, a), b) for a, b in free),
                           key=lambda x: abs(x - wanted))
                return QRectF(left, y, chip_w, chip_h)
    return QRectF(wanted, first_y, chip_w, chip_h)


class DateMark(QObject):
    """The days ``[first_day, last_day)`` a Go to Date went to, drawn for ``MARK_SECONDS``.

    Args:
        view: The timeline view (its ``x_of_day`` places the band; its viewport repaints).
        top: The viewport's y (px) where the lanes begin: the band is drawn below it.
    """

    #: Pictures being rendered (``suspended``): marks are not drawn into them.
    _suspended = 0

    @staticmethod
    @contextmanager
    def suspended() -> Iterator[None]:
        """No mark is painted meanwhile: a picture of the view (``export_picture``) is
        of the timeline, not of a passing mark (the view's paint cannot tell a render
        into an image from the screen: the painter's device is the viewport in both)."""
        DateMark._suspended += 1
        try:
            yield
        finally:
            DateMark._suspended -= 1

    def __init__(self, view: _MarkedView, top: int) -> None:
        viewport = view.viewport()
        super().__init__(viewport)
        self._view = view
        self._top = top
        self._days: tuple[float, float] | None = None
        self._words = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(MARK_SECONDS * 1000))
        self._timer.timeout.connect(self.clear)

    def days(self) -> tuple[float, float] | None:
        """The days marked (day numbers, end excluded), or ``None`` when no mark shows."""
        return self._days

    def show(self, first_day: float, last_day: float, words: str) -> None:
        """Mark ``[first_day, last_day)`` with ``words`` (plain text) for ``MARK_SECONDS``:
        float day numbers, a range of times within a day too (a minute or an hour,
        verify77 F14); an empty range marks the day from ``first_day``."""
        self._days = (first_day, last_day if last_day > first_day else first_day + 1)
        self._words = words
        self._timer.start()
        self._view.viewport().update()

    def clear(self) -> None:
        """Take the mark away (its time is up)."""
        if self._days is not None:
            self._days = None
            self._timer.stop()
            self._view.viewport().update()

    def _band(self) -> tuple[float, float] | None:
        """The band's left and right x (viewport px; ``LEAST_BAND_PX`` wide at least),
        None when no mark shows or the band is off screen."""
        if self._days is None:
            return None
        x0, x1 = (self._view.x_of_day(day) for day in self._days)
        if x1 - x0 < LEAST_BAND_PX:
            middle = (x0 + x1) / 2
            x0, x1 = middle - LEAST_BAND_PX / 2, middle + LEAST_BAND_PX / 2
        if x1 < 0 or x0 > self._view.viewport().width():
            return None
        return x0, x1

    def chip(self) -> QRectF | None:
        """Where the chip with the date in words is drawn (viewport px; ``chip_place``:
        at the lanes' top, clear of titles), None when none is (no mark, no words, or
        the band off screen)."""
        band = self._band()
        if band is None or not self._words:
            return None
        viewport = self._view.viewport()
        metrics = viewport.fontMetrics()
        text_width = metrics.horizontalAdvance(self._words) + 10
        return chip_place((text_width, metrics.height() + 4), band, self._top,
                          viewport.height(), viewport.width(), self._view.mark_obstacles())

    def paint(self, painter: QPainter) -> None:
        """Draw the mark over what ``painter`` (active on the view's viewport) painted."""
        if DateMark._suspended:
            return  # a picture being rendered: the mark is the screen's alone
        band_x = self._band()
        if band_x is None:
            return
        x0, x1 = band_x
        viewport = self._view.viewport()
        width, height = viewport.width(), viewport.height()
        color = QColor(viewport.palette().highlight().color())
        band = QRectF(x0, self._top, x1 - x0, height - self._top)
        painter.save()
        painter.setClipRect(QRect(0, self._top, width, height - self._top))
        if x1 - x0 <= MOST_TINTED_SHARE * width:
            tint = QColor(color)
            tint.setAlpha(56)
            painter.fillRect(band, tint)
        painter.setPen(QPen(color, 2))
        for x in (x0, x1):
            if 0 <= x <= width:
                painter.drawLine(QPointF(x, band.top()), QPointF(x, band.bottom()))
        chip = self.chip()
        if chip is not None:
            painter.setFont(viewport.font())  # (the font ``chip`` measured with)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(viewport.palette().highlightedText().color())
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, self._words)
        painter.restore()
