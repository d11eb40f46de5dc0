"""A circa span across the view (issue 11): its dashed outline is tiled from a short copy
of the span instead of Qt dashing every pixel on screen (~0.8 ms a frame at 1600 px,
most pans at 100 000 events have one).  The pixels are those of Qt's dashed rounded
rectangle on a device holding the whole span, and of the view's paint before.

A circa span with both ends in view is drawn from a short copy of it (its two ends, and
that tile between them) instead of Qt dashing the whole outline (~0.4 ms a 211 px span,
2-3 a 2560x1440 pan at 100 000 events, a year): the pixels of Qt's dashed rounded
rectangle too."""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Callable

import pytest
import view_pictures
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui.timeline_view import TimelineView

WIDTH, HEIGHT = 1200, 60


def _dashed_pen(width: float = 1.2) -> QPen:
    pen = QPen(QColor("#7a4a1b"), width)  # a lane's circa pen (``_lane_style``): 1.2
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _canvas(width: int, ratio: float,
            fmt: QImage.Format = QImage.Format.Format_ARGB32_Premultiplied) -> QImage:
    image = QImage(round(width * ratio), round(HEIGHT * ratio), fmt)
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


def _across(in_view: int = 0) -> Timeline:
    """A circa span reaching a little past both sides of the view (below), a solid span,
    a few days' events and ``in_view`` circa spans of one or two months in 2002."""
    events = [Event("c", "Circa negotiation", FuzzyDate(2001, 12, None, Precision.MONTH,
                                                        circa=True),
                    end=FuzzyDate(2003, 2, None, Precision.MONTH), category="treaty"),
              Event("s", "A solid year", FuzzyDate(2002, 1, None, Precision.MONTH),
                    end=FuzzyDate(2002, 12, None, Precision.MONTH), category="treaty")]
    events += [Event(f"m{i}", f"Circa talks {i}",
                     FuzzyDate(2002, 2 + 3 * i, None, Precision.MONTH, circa=True),
                     end=FuzzyDate(2002, 2 + 3 * i + i % 2, None, Precision.MONTH),
                     category="treaty") for i in range(in_view)]
    events += [Event(f"d{i}", f"Talks {i}",
                     FuzzyDate.of_day(_dt.date(2002, 2, 1) + _dt.timedelta(days=9 * i)),
                     category="meeting") for i in range(30)]
    return Timeline.from_events(events)


def _drawn_and_as_before(view: TimelineView, monkeypatch: pytest.MonkeyPatch,
                         name: str) -> list[bool]:
    """What ``TimelineView.<name>`` returned in a whole paint of ``view``, asserting that
    the paint equals one where it draws nothing (returns False: Qt draws every span)."""
    drawn: list[bool] = []
    real = getattr(TimelineView, name)

    def counted(self: TimelineView, *args: object) -> bool:
        drawn.append(real(self, *args))
        return drawn[-1]

    monkeypatch.setattr(TimelineView, name, counted)
    ours = view_pictures.whole_paint(view)
    monkeypatch.setattr(TimelineView, name, lambda *args: False)
    assert ours == view_pictures.whole_paint(view)
    return drawn


def test_the_view_tiles_a_circa_span_across_it_and_looks_as_before(
        qtbot, shown_view, monkeypatch):
    view = shown_view(_across(), (1100, 500))
    view.go_to_days(_dt.date(2002, 1, 1).toordinal(), _dt.date(2003, 1, 1).toordinal())
    QApplication.processEvents()
    # Its ends are a few hundred pixels off the view, where Qt's own dashes are placed
    # as on a device holding the span: the same pixels as Qt's outline.
    drawn = _drawn_and_as_before(view, monkeypatch, "_paint_circa_across")
    assert True in drawn  # fails before: every dashed span was Qt's drawRoundedRect


def _painted(ratio: float, fmt: QImage.Format, dx: float, marker: QRectF, pen: QPen,
             fill: QColor, draw: Callable[[QPainter], None]) -> QImage:
    image = _canvas(WIDTH, ratio, fmt)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(300, 0, 1, HEIGHT), QColor("#aaaaaa"))  # a grid line
    painter.translate(dx, 0)
    painter.setClipRect(QRectF(-dx, 0, WIDTH, HEIGHT))
    painter.setBrush(fill)
    painter.setPen(pen)
    draw(painter)
    painter.end()
    return image


def _random_span_style(rng: random.Random, ratio: float) -> tuple[QPen, QColor, float, float]:
    """A circa pen, a fill, a translation and a top, as lanes and views give them."""
    return (_dashed_pen(rng.choice([1.2, 1.2, 2.0])),
            QColor(rng.choice(["#e9dcc9", "#d8e4f0", "#f4d6d6"])),
            rng.choice([0.0, 13.0, -7.0, 3.0 / ratio]), rng.choice([20.0, 20.5, 21.25, 19.75]))


def _as_qts(draw: Callable[[QPainter, QRectF, QPen, QRectF, float], bool], ratio: float,
            fmt: QImage.Format, dx: float, marker: QRectF, pen: QPen, fill: QColor) -> bool:
    """Whether ``draw`` (a ``TimelineView._paint_circa_*``) drew ``marker``, asserting that
    the image is Qt's own dashed rounded rectangle either way."""
    drawn = False

    def ours(painter: QPainter) -> None:
        nonlocal drawn
        drawn = draw(painter, marker, pen, painter.clipBoundingRect(), ratio)
        if not drawn:
            painter.drawRoundedRect(marker, 4, 4)

    def qts(painter: QPainter) -> None:
        painter.drawRoundedRect(marker, 4, 4)

    assert (_painted(ratio, fmt, dx, marker, pen, fill, ours)
            == _painted(ratio, fmt, dx, marker, pen, fill, qts)), (dx, marker, pen.widthF())
    return drawn


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32,
                                 QImage.Format.Format_ARGB32_Premultiplied])
def test_a_span_from_a_short_copy_is_qts_dashed_span(qtbot, shown_view, ratio, fmt):
    view = shown_view(Timeline.from_events([]), (300, 200), fit=False)
    rng = random.Random(22)
    drawn = 0
    for _ in range(40):
        pen, fill, dx, top = _random_span_style(rng, ratio)
        if rng.random() < 0.6:  # in view
            width = rng.uniform(40, 700)
            left = rng.uniform(10, 400)
        else:  # cut by the device's left edge (up to 30 000 px off it)
            width = rng.choice([rng.uniform(100, 900), rng.uniform(900, 30000)])
            left = min(-5.0, rng.uniform(60, WIDTH - 20) - width)
        left += rng.choice([0.0, 0.25, 0.5, 0.37])
        marker = QRectF(left - dx, top, width, rng.choice([14.0, 15.5, 18.0]))
        drawn += _as_qts(view._paint_circa_ends, ratio, fmt, dx, marker, pen, fill)
    assert drawn > 30  # (the shortest spans are left to Qt)


def test_a_span_cut_by_the_right_edge_or_too_short_is_left_to_qt(qtbot, shown_view):
    view = shown_view(Timeline.from_events([]), (300, 200), fit=False)
    image = _canvas(WIDTH, 1.0, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QRectF(0, 0, WIDTH, HEIGHT)
    wide = QRectF(-1000, 0, WIDTH + 2000, HEIGHT)  # a clip reaching past the device
    pen = _dashed_pen()
    try:
        # Its right end past the device's edge: Qt places the dashes otherwise.
        assert not view._paint_circa_ends(painter, QRectF(WIDTH - 300, 20, 400, 14), pen,
                                          clip, 1.0)
        assert not view._paint_circa_ends(painter, QRectF(WIDTH - 300, 20, 400, 14), pen,
                                          wide, 1.0)
        # Its top or bottom past the device's edge; no stretch to cut from it.
        for marker in (QRectF(100, -3, 400, 14), QRectF(100, HEIGHT - 10, 400, 14),
                       QRectF(100, 20, 50, 14)):
            assert not view._paint_circa_ends(painter, marker, pen, clip, 1.0)
        # A pen of a device pixel (Qt's cosmetic stroker), a painter without antialiasing:
        # Qt's pixels differ at the ends.
        assert not view._paint_circa_ends(painter, QRectF(100, 20, 400, 14), _dashed_pen(1.0),
                                          clip, 1.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        assert not view._paint_circa_ends(painter, QRectF(100, 20, 400, 14), pen, clip, 1.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Its left end off the device or the clip, its right end on: drawn.
        assert view._paint_circa_ends(painter, QRectF(-300, 20, 500, 14), pen, wide, 1.0)
        assert view._paint_circa_ends(painter, QRectF(-50, 20, 400, 14), pen, clip, 1.0)
    finally:
        painter.end()


@pytest.mark.parametrize("first", [_dt.date(2001, 12, 1), _dt.date(2002, 5, 20)])
def test_the_view_draws_circa_spans_in_view_from_short_copies_and_looks_as_before(
        qtbot, shown_view, monkeypatch, first):
    # From 20 May 2002 the span of May and June 2002 is cut by the view's left edge.
    view = shown_view(_across(in_view=3), (1300, 500))
    view.go_to_days(first.toordinal(), _dt.date(2003, 1, 20).toordinal())
    QApplication.processEvents()
    drawn = _drawn_and_as_before(view, monkeypatch, "_paint_circa_ends")
    assert True in drawn  # fails before: every circa span in view was Qt's drawRoundedRect


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32,
                                 QImage.Format.Format_ARGB32_Premultiplied])
def test_a_span_cut_by_the_devices_right_edge_from_a_short_copy_is_qts_dashed_span(
        qtbot, shown_view, ratio, fmt):
    # Qt leaves out the outline's pieces past the device's right edge and moves the
    # dashes on by their length less whole patterns: the bottom line's dashes are Qt's
    # own on this device, not those of a device holding the span (issue 11, session 55).
    view = shown_view(Timeline.from_events([]), (300, 200), fit=False)
    rng = random.Random(55)
    drawn = 0
    for _ in range(60):
        pen, fill, dx, top = _random_span_style(rng, ratio)
        left = rng.uniform(-3000, WIDTH - 30) + rng.choice([0.0, 0.25, 0.5, 0.37])
        right = WIDTH + rng.choice([rng.uniform(-40, 60), rng.uniform(0, 400),
                                    rng.uniform(0, 30000)])
        marker = QRectF(left - dx, top, right - left, rng.choice([14.0, 15.5, 18.0]))
        drawn += _as_qts(view._paint_circa_cut, ratio, fmt, dx, marker, pen, fill)
    assert drawn > 35  # (spans ending within the stroker's padding are left to Qt)


def test_a_span_ending_in_view_near_the_edge_or_too_long_to_dash_is_left_to_qt(
        qtbot, shown_view):
    view = shown_view(Timeline.from_events([]), (300, 200), fit=False)
    image = _canvas(WIDTH, 1.0, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QRectF(0, 0, WIDTH, HEIGHT)
    pen = _dashed_pen()
    try:
        for marker in (QRectF(100, 20, 400, 14),  # its right end on the device
                       QRectF(WIDTH - 300, 20, 305, 14),  # within the stroker's padding
                       QRectF(100, -3, WIDTH, 14),  # its top past the device's edge
                       QRectF(100, 20, 80000 + WIDTH, 14)):  # Qt may draw it solid
            assert not view._paint_circa_cut(painter, marker, pen, clip, 1.0)
        assert not view._paint_circa_cut(painter, QRectF(100, 20, WIDTH, 14),
                                         _dashed_pen(1.0), clip, 1.0)
        assert view._paint_circa_cut(painter, QRectF(WIDTH - 300, 20, 400, 14), pen, clip,
                                     1.0)
    finally:
        painter.end()


def test_the_view_draws_a_circa_span_past_its_right_edge_from_a_short_copy_and_looks_as_before(
        qtbot, shown_view, monkeypatch):
    # The circa span from December 2001 to February 2003 begins in view and ends a few
    # hundred pixels past its right edge.
    view = shown_view(_across(), (1100, 500))
    view.go_to_days(_dt.date(2001, 11, 1).toordinal(), _dt.date(2002, 11, 1).toordinal())
    QApplication.processEvents()
    drawn = _drawn_and_as_before(view, monkeypatch, "_paint_circa_cut")
    assert True in drawn  # fails before: such a span was Qt's dashed drawRoundedRect
