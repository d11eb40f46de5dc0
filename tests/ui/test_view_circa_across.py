"""A circa span across the view (issue 11): its dashed outline is tiled from a short copy
of the span instead of Qt dashing every pixel on screen (~0.8 ms a frame at 1600 px,
most pans at 100 000 events have one).  The pixels are those of Qt's dashed rounded
rectangle on a device holding the whole span, and of the view's paint before."""

from __future__ import annotations

import datetime as _dt
import random

import pytest
import view_pictures
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui.timeline_view import TimelineView

WIDTH, HEIGHT = 1200, 60


def _dashed_pen() -> QPen:
    pen = QPen(QColor("#7a4a1b"), 1.2)  # a lane's circa pen (``_lane_style``)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _canvas(width: int, ratio: float) -> QImage:
    image = QImage(round(width * ratio), round(HEIGHT * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    return image


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_tiled_outline_is_qts_dashed_outline_on_a_device_holding_the_span(
        qtbot, shown_view, ratio):
    view = shown_view(Timeline.from_events([]), (300, 200), fit=False)
    fill, pen = QColor("#e9dcc9"), _dashed_pen()
    rng = random.Random(11)
    margin = 6000  # the reference device reaches past both ends of every span
    for _ in range(12):
        dx = rng.choice([0.0, 13.0, -7.0, 3.0 / ratio])
        top = rng.choice([20.0, 20.5, 21.25])
        left, right = -rng.uniform(20, 5000), WIDTH + rng.uniform(20, 5000)
        marker = QRectF(left, top, right - left, rng.choice([14.0, 15.5]))
        reference = _canvas(WIDTH + 2 * margin, ratio)
        painter = QPainter(reference)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(margin + 100, 0, 1, HEIGHT), QColor("#aaaaaa"))  # a grid line
        painter.translate(margin + dx, 0)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(marker, 4, 4)
        painter.end()
        tiled = _canvas(WIDTH, ratio)
        painter = QPainter(tiled)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(100, 0, 1, HEIGHT), QColor("#aaaaaa"))
        painter.translate(dx, 0)
        painter.setClipRect(QRectF(-dx, 0, WIDTH, HEIGHT))
        painter.setBrush(fill)
        assert view._paint_circa_across(painter, marker, pen, painter.clipBoundingRect(), ratio)
        painter.end()
        expected = reference.copy(round(margin * ratio), 0, tiled.width(), tiled.height())
        expected.setDevicePixelRatio(ratio)
        assert tiled == expected, (dx, marker)


def test_a_span_with_an_end_in_view_or_too_long_to_dash_is_left_to_qt(qtbot, shown_view):
    view = shown_view(Timeline.from_events([]), (300, 200), fit=False)
    image = _canvas(WIDTH, 1.0)
    painter = QPainter(image)
    clip = QRectF(0, 0, WIDTH, HEIGHT)
    pen = _dashed_pen()
    try:
        for marker in (QRectF(-50, 20, WIDTH, 14),  # its right end in view
                       QRectF(10, 20, WIDTH + 50, 14),  # its left end
                       QRectF(-40000, 20, 80000 + WIDTH, 14)):  # Qt draws it solid
            assert not view._paint_circa_across(painter, marker, pen, clip, 1.0)
    finally:
        painter.end()


def _across() -> Timeline:
    """A circa span reaching a little past both sides of the view (below), a solid span
    and a few days' events."""
    events = [Event("c", "Circa negotiation", FuzzyDate(2001, 12, None, Precision.MONTH,
                                                        circa=True),
                    end=FuzzyDate(2003, 2, None, Precision.MONTH), category="treaty"),
              Event("s", "A solid year", FuzzyDate(2002, 1, None, Precision.MONTH),
                    end=FuzzyDate(2002, 12, None, Precision.MONTH), category="treaty")]
    events += [Event(f"d{i}", f"Talks {i}",
                     FuzzyDate.of_day(_dt.date(2002, 2, 1) + _dt.timedelta(days=9 * i)),
                     category="meeting") for i in range(30)]
    return Timeline.from_events(events)


def test_the_view_tiles_a_circa_span_across_it_and_looks_as_before(
        qtbot, shown_view, monkeypatch):
    view = shown_view(_across(), (1100, 500))
    view.go_to_days(_dt.date(2002, 1, 1).toordinal(), _dt.date(2003, 1, 1).toordinal())
    QApplication.processEvents()
    drawn: list[bool] = []
    real = TimelineView._paint_circa_across

    def counted(self: TimelineView, *args: object) -> bool:
        drawn.append(real(self, *args))  # type: ignore[arg-type]
        return drawn[-1]

    monkeypatch.setattr(TimelineView, "_paint_circa_across", counted)
    tiled = view_pictures.whole_paint(view)
    assert True in drawn  # fails before: every dashed span was Qt's drawRoundedRect
    # Its ends are a few hundred pixels off the view, where Qt's own dashes are placed
    # as on a device holding the span: the same pixels as Qt's outline.
    monkeypatch.setattr(TimelineView, "_paint_circa_across", lambda *args: False)
    assert tiled == view_pictures.whole_paint(view)
