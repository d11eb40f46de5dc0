"""Point events' diamonds, span markers, "+N" badges and lane header squares are copied
from pre-rendered pixmaps at whole device pixels (issue 11: an antialiased polygon or
rounded rectangle each was ~8 us, ~280 of them in a 1 000-event fit-all at 2560 px).

What is drawn must be the shape drawn straight at the snapped position, every diamond
the same crisp shape whatever its sub-pixel phase, clicks on what is drawn must still
select the event, and painters that are not raster one to one (SVG, PDF, print, scaled,
a fractional ratio) must keep vectors."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QPointF, QRectF
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
@pytest.mark.parametrize("translate", [(0.0, 0.0), (3.0, -7.0)])
@pytest.mark.parametrize(("left", "width", "radius", "thin"), [
    (10.3, 80.6, 4, True),  # a span marker
    (7.7, 3.2, 4, True),  # a span too narrow for both ends: one pixmap of its width
    (20.5, 1.0, 4, True),  # the narrowest span (2 px wide before snapping: 1 here)
    (4.4, 41.0, 8, True),  # a "+N" badge
    (6.0, 11.0, 4, True),  # just wide enough for both ends
    (6.0, 10.0, 4, False),  # just too narrow, a thicker outline
])
def test_a_rounded_rectangle_is_the_shape_drawn_at_the_snapped_device_pixels(
        view_factory, ratio, translate, left, width, radius, thin):
    view = view_factory()
    pen = QPen(QColor("#335577"), 1.2 if thin else 2.5)
    fill = QColor("#aaccee")
    rect = QRectF(left, 20.0, width, 18.0)

    def copied(painter: QPainter) -> None:
        view._draw_rounded(painter, rect, radius, pen, fill, view._snapped_ratio(painter))

    def straight(painter: QPainter) -> None:
        dx, dy = translate
        x0, x1 = round((left + dx) * ratio), round((left + width + dx) * ratio)
        snapped = QRectF(x0 / ratio - dx, 20.0, max(1, x1 - x0) / ratio, 18.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(snapped, radius, radius)

    assert _drawn(copied, ratio, translate) == _drawn(straight, ratio, translate)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("centre", [QPointF(30.2, 30.0), QPointF(41.5, 29.6),
                                    QPointF(50.8, 31.0)])
def test_a_diamond_is_the_polygon_at_the_nearest_device_pixel_corner(view_factory, ratio,
                                                                      centre):
    view = view_factory()
    pen, fill = QPen(QColor("#335577"), 1.2), QColor("#2277bb")

    def straight(painter: QPainter) -> None:
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPolygon(_DIAMOND.translated(round(centre.x() * ratio) / ratio,
                                                round(centre.y() * ratio) / ratio))

    copied = _drawn(lambda painter: view._draw_diamond(painter, centre, pen, fill), ratio)
    assert copied == _drawn(straight, ratio)


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
    for ratio, scale, expected in ((1.0, 1.0, 1.0), (2.0, 1.0, 2.0), (1.5, 1.0, None),
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
