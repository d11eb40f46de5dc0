"""Rounded rectangles from pre-rendered pieces (issue 11, session 12, paint13): a span's
marker, a "+N" badge, a "◀ N" indicator and an article badge are copied from their ends
and middle drawn once per phase.  The pixels are ``drawRoundedRect``'s but for
antialiasing (an edge placed to 1/8 device pixel); the cache is keyed by the colours,
so a new palette draws in its own colours; a view whose pieces were made in earlier
views paints what a view with none paints."""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from test_view_batched_paint import _dark, _mixed, _picture

from timeline_app.ui.rounded_pieces import PHASES, RoundedPieces

BAND = QColor(240, 240, 245)


def _canvas(ratio: float) -> QImage:
    image = QImage(int(200 * ratio), int(40 * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(BAND)
    painter = QPainter(image)
    painter.fillRect(QRect(50, 0, 1, 40), QColor(0, 0, 0, 28))  # a grid line under it
    painter.end()
    return image


def _drawn(rect: QRectF, radius: float, pen: QPen, fill: QColor, ratio: float,
           pieces: RoundedPieces | None) -> QImage:
    image = _canvas(ratio)
    painter = QPainter(image)
    painter.translate(3, 1)
    if pieces is None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)
    else:
        style = pieces.style(pen, fill, radius, rect.height(), ratio)
        assert style is not None
        assert pieces.draw(painter, rect, style, 3.0, 1.0)
    painter.end()
    return image


def _levels(a: int, b: int) -> int:
    return max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16, 24))


def _channels(image: QImage) -> np.ndarray:
    """The image's pixels as (height, width, 4) bytes: each ``QImage.pixel`` word's four
    channels (a 32-bit format), read at once instead of a ``pixel`` call each (the loops
    over 1.3 million pixel pairs took most of this file's ~2 minutes; session 60)."""
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())
    return rows[:, :4 * image.width()].reshape(image.height(), image.width(), 4)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize(("radius", "height", "pen"), [
    (4, 18, QPen(QColor(40, 80, 160), 1.2)),  # a span's marker
    (8, 20, QPen(QColor(90, 90, 90), 1.0)),  # a "+N" badge
    (3, 14, QPen(Qt.PenStyle.NoPen))])  # an article badge
def test_pieces_are_the_rounded_rectangle_but_for_antialiasing(ratio, radius, height, pen):
    """Every pixel wholly inside or outside the outline is the same; a pixel an edge
    crosses differs by at most the coverage of 1/16 device px (the phase's rounding) and
    a level of composition."""
    fill = QColor(200, 215, 240)
    pieces = RoundedPieces()
    for i in range(40):
        rect = QRectF(10 + i * 0.137, 5 + (i % 7) * 0.25, 30 + i * 2.71, height)
        direct = _drawn(rect, radius, pen, fill, ratio, None)
        copied = _drawn(rect, radius, pen, fill, ratio, pieces)
        # (every pixel's ``_levels``: the largest channel difference)
        a, b = _channels(direct).astype(np.int16), _channels(copied).astype(np.int16)
        worst = int(np.abs(a - b).max())
        assert worst <= 255 // (2 * PHASES) + 8, (rect, worst)
        # away from the edges (outline width and a pixel): the same pixels
        inner = QRectF(rect.left() + radius + 2, rect.top() + 3, rect.width() - 2 * radius - 4,
                       rect.height() - 6).translated(3, 1)
        top, left = int(inner.top() * ratio) + 1, int(inner.left() * ratio) + 1
        differ = np.argwhere((a != b).any(axis=2)[top:int(inner.bottom() * ratio),
                                                   left:int(inner.right() * ratio)])
        assert not len(differ), (rect, left + differ[0][1], top + differ[0][0])
    assert pieces.made <= 3 * 40  # ends kept by phase, one middle a style


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_channels_read_at_once_are_each_pixel_s(ratio):
    """``_channels`` (the test above reads its images so) gives each ``QImage.pixel``
    word's channels, and the largest difference of every pixel's ``_levels``."""
    rect = QRectF(12.3, 6.25, 61.7, 18)
    pen, fill = QPen(QColor(40, 80, 160), 1.2), QColor(200, 215, 240)
    direct = _drawn(rect, 4, pen, fill, ratio, None)
    copied = _drawn(rect, 4, pen, fill, ratio, RoundedPieces())
    a, b = _channels(direct), _channels(copied)
    assert a.shape == (direct.height(), direct.width(), 4)
    words = [[direct.pixel(x, y) for x in range(direct.width())]
             for y in range(direct.height())]
    assert (a.astype(np.uint32) << np.array([0, 8, 16, 24], np.uint32)).sum(axis=2).tolist() \
        == words
    worst = max(_levels(direct.pixel(x, y), copied.pixel(x, y))
                for y in range(direct.height()) for x in range(direct.width()))
    assert worst == int(np.abs(a.astype(np.int16) - b.astype(np.int16)).max()) > 0


def test_a_short_rectangle_or_another_height_is_left_to_the_caller():
    pieces = RoundedPieces()
    image = _canvas(1.0)
    painter = QPainter(image)
    style = pieces.style(QPen(QColor("black"), 1.0), QColor("white"), 4, 18, 1.0)
    assert style is not None
    assert not pieces.draw(painter, QRectF(5.3, 5, 9, 18), style, 0.0, 0.0)  # ends meet
    assert not pieces.draw(painter, QRectF(5.3, 5, 60, 12), style, 0.0, 0.0)  # not 18 tall
    assert pieces.draw(painter, QRectF(5.3, 5, 60, 18), style, 0.0, 0.0)
    painter.end()
    assert pieces.style(QPen(QColor("black"), 1.0, Qt.PenStyle.DashLine), QColor("white"),
                        4, 18, 1.0) is None  # a circa span's dashes: drawn as before
    assert pieces.style(QPen(QColor("black"), 1.0), QColor("white"), 4, 18, None) is None


def test_pieces_follow_the_colours(shown_view):
    """Pieces made for the light palette are not copied for the dark one: a view that
    painted in the light palette, then in the dark one, paints what a view whose piece
    cache is new paints (fails when the pieces are keyed by shape alone)."""
    view = shown_view(_mixed(300), (1100, 1000))
    view.go_to_date(_dt.date(1992, 6, 1), 365.0)
    _picture(view)
    assert view._rounded.made > 0  # markers and badges drawn from pieces
    view.setPalette(_dark(view))
    warm = _picture(view)
    view._rounded = RoundedPieces()
    assert warm == _picture(view)


def test_a_zoom_and_a_pan_paint_what_new_pieces_paint(shown_view):
    """Pieces are placed by phase, not by view: after a zoom and a pan, a view whose
    pieces were made in the views before paints what one with none paints."""
    view = shown_view(_mixed(300), (1100, 1000))
    view.go_to_date(_dt.date(1992, 6, 1), 365.0)
    _picture(view)
    view.zoom_by(1.7, 300.3)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + bar.pageStep() // 7)
    warm = _picture(view)
    made = view._rounded.made
    view._rounded = RoundedPieces()
    assert warm == _picture(view)
    assert made > 0


@pytest.mark.parametrize(("ratio", "dx", "dy"), [(1.0, 3.0, 1.0), (1.0, 2.25, 0.5),
                                                 (2.0, 3.0, 1.0)])
def test_all_at_once_are_the_copies_of_one_by_one(ratio, dx, dy):
    """``draw_all`` (a lane's markers or badges in one call, session 14) draws what
    ``draw`` of each in turn draws, and hands back, in order, the rectangles ``draw``
    leaves to the caller (too short for pieces, another height); a middle longer than a
    piece and one past the device's edge are copied in chunks as before."""
    pen, fill = QPen(QColor(40, 80, 160), 1.2), QColor(200, 215, 240)
    rects = [QRectF(5.3 + 17.7 * i, 4.0 + (i % 3) * 0.375, 12.0 + 0.3 * i, 18.0)
             for i in range(9)]
    rects[2] = QRectF(40.2, 10.0, 6.5, 18.0)  # too short: its ends would touch
    rects[5] = QRectF(90.0, 10.0, 30.0, 12.0)  # another height
    rects.append(QRectF(-300.6, 20.0, 1100.2, 18.0))  # past both edges of the device
    rects.append(QRectF(150.1, 16.0, 700.0, 18.0))  # a middle of several pieces

    def painted(one_by_one: bool) -> tuple[QImage, list[QRectF]]:
        pieces = RoundedPieces()
        style = pieces.style(pen, fill, 4, 18.0, ratio)
        assert style is not None
        image = _canvas(ratio)
        painter = QPainter(image)
        painter.translate(dx, dy)
        if one_by_one:
            left = [rect for rect in rects if not pieces.draw(painter, rect, style, dx, dy)]
        else:
            left = pieces.draw_all(painter, rects, style, dx, dy)
        painter.end()
        return image, left

    (one, left_one), (all_, left_all) = painted(True), painted(False)
    assert left_all == left_one == [rects[2], rects[5]]
    assert one == all_
    assert one != _canvas(ratio)
