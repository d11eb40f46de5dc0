"""Point events' diamonds are copied from a pre-rendered pixmap at whole device pixels
(issue 11: an antialiased polygon each was ~8 us in Qt, ~110 of them in a 1 000-event
fit-all at 2560 px).

What is drawn must be the polygon drawn straight at the snapped position (one by one and
in a lane's batch), every diamond the same crisp shape whatever its sub-pixel phase,
clicks on what is drawn must still select the event, and painters that are not raster
one to one (SVG, PDF, print, scaled, a fractional ratio) must keep vectors."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPicture
from test_view_batched_paint import _picture

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import _DIAMOND


def _canvas(ratio: float, size: tuple[int, int] = (120, 60)) -> QImage:
    image = QImage(round(size[0] * ratio), round(size[1] * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    return image


def _drawn(paint, ratio: float, translate: tuple[float, float] = (0.0, 0.0)) -> QImage:  # type: ignore[no-untyped-def]
    image = _canvas(ratio)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(*translate)
        paint(painter)
    finally:
        painter.end()
    return image


def _points(n: int) -> Timeline:
    """Point events a day apart, at a zoom where a day is a fractional number of pixels,
    in one lane, each with a short title."""
    first = _dt.date(2001, 1, 1)
    return Timeline.from_events([
        Event(f"p{i}", f"Talks {i}", FuzzyDate.of_day(first + _dt.timedelta(days=9 * i)),
              category="meeting") for i in range(n)])


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("translate", [(0.0, 0.0), (3.0, -7.25)])
@pytest.mark.parametrize("centre", [QPointF(30.2, 30.0), QPointF(41.5, 29.6),
                                    QPointF(50.8, 31.0)])
@pytest.mark.parametrize("width", [1.2, 2.5])
def test_a_diamond_is_the_polygon_at_the_nearest_device_pixel_corner(view_factory, ratio,
                                                                      translate, centre,
                                                                      width):
    view = view_factory()
    pen, fill = QPen(QColor("#335577"), width), QColor("#2277bb")
    dx, dy = translate

    def straight(painter: QPainter) -> None:
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPolygon(_DIAMOND.translated(round((centre.x() + dx) * ratio) / ratio - dx,
                                                round((centre.y() + dy) * ratio) / ratio - dy))

    copied = _drawn(lambda painter: view._draw_diamond(painter, centre, pen, fill), ratio,
                    translate)
    assert copied == _drawn(straight, ratio, translate)


def test_every_diamond_of_a_lane_is_the_same_shape(shown_view):
    """Drawn at their own sub-pixel phases, the diamonds of a view differed pixel by
    pixel; copied at whole pixels, the pixels inside each (its fill and outline, never
    the background) are the same for every one."""
    view = shown_view(_points(40), (1000, 400))
    view.go_to_days(_dt.date(2001, 1, 1).toordinal() - 3.3,
                    _dt.date(2001, 1, 1).toordinal() + 97.1)  # fractional px per day
    items = [item for lane in view._layout().lanes for item in lane.items
             if item.is_point and not item.circa]
    assert len(items) >= 6
    assert len({round(item.marker.center().x() % 1, 3) for item in items}) > 3
    picture = _picture(view)
    offset = view._content_offset()
    crosses = set()
    for item in items:
        x, y = round(item.marker.center().x()), round(item.marker.center().y() + offset)
        crosses.add(tuple(picture.pixel(x + d, y) for d in range(-5, 5))
                    + tuple(picture.pixel(x, y + d) for d in range(-5, 5)))
    assert len(crosses) == 1


def test_a_click_on_a_drawn_diamond_selects_its_event(shown_view):
    view = shown_view(_points(40), (1000, 400))
    view.go_to_days(_dt.date(2001, 1, 1).toordinal() - 3.3,
                    _dt.date(2001, 1, 1).toordinal() + 97.1)
    offset = view._content_offset()
    items = [item for lane in view._layout().lanes for item in lane.items if item.is_point]
    assert items
    for item in items:
        centre = item.marker.center()
        drawn = QPointF(round(centre.x()), centre.y() + offset)  # where it was copied to
        for dx, dy in ((0, 0), (-5, 0), (5, 0), (0, -5), (0, 5)):
            assert view.event_at(drawn + QPointF(dx, dy)) == item.event_id


def test_vector_and_scaled_painters_keep_the_shapes(view_factory):
    view = view_factory()
    picture = QPicture()
    recorder = QPainter(picture)
    try:
        assert view._snapped_ratio(recorder) is None  # not raster: SVG, PDF, print alike
    finally:
        recorder.end()
    # (a fractional ratio is copied too since view80: its pixmaps in device pixels)
    for ratio, scale, expected in ((1.0, 1.0, 1.0), (2.0, 1.0, 2.0), (1.5, 1.0, 1.5),
                                   (1.0, 1.25, None)):
        image = _canvas(ratio)
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            assert view._snapped_ratio(painter) == expected
        finally:
            painter.end()


@pytest.fixture
def view_factory(shown_view):  # type: ignore[no-untyped-def]
    return lambda: shown_view(_points(3), (400, 300))
