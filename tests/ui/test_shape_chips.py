"""Spans' markers and "+N" badges copied from chips (issue 11, a drag's move): a shape
whose edges are on 64ths of a pixel, drawn once on an opaque box of its lane's band and
copied at whole pixels, must be the pixels of drawing it on the view, wherever its box
holds only the band; every frame of a drag stays a paint that remembers nothing."""

from __future__ import annotations

import pytest
import view_pictures
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from test_label_chips import _cold
from test_view_batched_paint import _fresh_picture, _mixed, _picture
from test_view_drag_frames import MOVES, _drag, _mouse

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView


def _shape_keys(view: TimelineView) -> dict[str, int]:
    """How many chips of spans and of badges the view holds."""
    kinds = [key[0] for key in view._label_chips._chips if isinstance(key[0], str)]
    return {kind: kinds.count(kind) for kind in ("span", "badge")}


@pytest.mark.parametrize("form", [QImage.Format.Format_ARGB32_Premultiplied,
                                  QImage.Format.Format_RGB32])
def test_a_shape_copied_is_the_shape_drawn(shown_view, form):
    """At every fraction of a pixel (64ths), a span's and a badge's chip copied onto a
    band equals the shape drawn there, the first time (drawn) and after (copied)."""
    view = shown_view(_mixed(300), (900, 400))
    band = QColor(236, 240, 246)
    style = view._lane_style(QColor("#2E86C1"))
    fill = style.span_fill
    text = QColor(20, 20, 20)
    for fraction in (0, 1, 19, 32, 33, 50, 63):
        for width in (3.0, 26.734375, 40.5, 173.25):
            x0 = 10 + fraction / 64
            span = QRectF(x0, 21.0 + fraction / 64, width, 18)
            badge = type("Badge", (), {"rect": QRectF(x0, 21.0, width, 20), "count": 7})()
            for kind in ("span", "badge") if width > 20 else ("span",):
                images = []
                for copy in (True, False, True, True):  # seen, drawn, made, copied
                    image = QImage(400, 70, form)
                    image.fill(band)
                    painter = QPainter(image)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                    painter.setFont(view._small_font)
                    painter.translate(3, 4)
                    view._chip_busy = [] if copy else None
                    if kind == "badge":
                        left = view._chipped_badges(painter, [badge], band, style, text)
                        assert left == ([] if copy else [badge])
                        if not copy:  # as the lane draws a badge not copied
                            painter.setPen(style.badge_pen)
                            painter.setBrush(style.badge_fill)
                            painter.drawRoundedRect(badge.rect, 8, 8)
                            painter.setPen(text)
                            view._draw_text(painter, badge.rect, "+7", 1, centred=True)
                    else:
                        item = type("Item", (), {"marker": span, "is_point": False,
                                                 "circa": False, "label_inside": True,
                                                 "label": "", "label_rect": QRectF()})()
                        view._paint_plain_items(painter, [item], band, QColor(fill), fill,
                                                style.pens, text, 1.0)
                    view._chip_busy = None
                    painter.end()
                    images.append(image)
                seen, drawn, made, copied = images
                assert seen == drawn == made == copied, (
                    f"{kind} at x {x0}, {width} px wide: a chip is not the shape drawn")
    assert _shape_keys(view)["span"] and _shape_keys(view)["badge"]


def test_a_box_over_a_grid_or_article_line_is_drawn_not_copied(shown_view):
    view = shown_view(_mixed(300), (900, 400))
    band = QColor(236, 240, 246)
    image = QImage(200, 60, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        view._chip_busy = []
        assert view._shape_chips_busy(painter, 1.0, band) == []  # (sets the bounds)
        busy = [5, 50]
        assert view._chip_box(QRectF(10.3, 20, 30, 18), 0, 0, busy) is not None
        assert view._chip_box(QRectF(10.3, 20, 38.5, 18), 0, 0, busy) is None  # box to 51
        assert view._chip_box(QRectF(7.1, 20, 30, 18), 0, 0, busy) is None  # from 5
        assert view._chip_box(QRectF(60, 20, 500, 18), 0, 0, busy) is None  # too wide
        assert view._chip_box(QRectF(160, 20, 39.5, 18), 0, 0, busy) is None  # past the edge
        assert view._chip_box(QRectF(160, 20, 30, 18), 0, 0, busy) is not None
        painter.setClipRect(QRectF(0, 0, 200, 30))
        assert view._shape_chips_busy(painter, 1.0, band) is not None
        assert view._chip_box(QRectF(160, 20, 30, 18), 0, 0, busy) is None  # past the clip
        painter.setClipping(False)
        view._chip_busy = busy
        assert view._shape_chips_busy(painter, 1.0, band) is busy
        assert view._shape_chips_busy(painter, 2.0, band) is None
        assert view._shape_chips_busy(painter, 1.0, QColor(0, 0, 0, 100)) is None
        painter.translate(0.5, 0)
        assert view._shape_chips_busy(painter, 1.0, band) is None
    finally:
        view._chip_busy = None
        painter.end()


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("days", [200.0, 120.0])
def test_every_frame_of_a_drag_with_copied_shapes_is_a_fresh_paint(qtbot, shown_view,
                                                                   monkeypatch, ratio, days):
    """A drag's frames copy spans and badges from chips (at one device pixel a pixel)
    and are the pixels of a paint with no chip, layout or picture remembered."""
    view = shown_view(_mixed(4500), (1100, 560))
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    press, _ = _drag(view, days)
    x, y = press.x(), press.y()
    copied = {"span": 0, "badge": 0}
    get = view._label_chips.get
    for index, (dx, dy) in enumerate(MOVES):
        x, y = x + dx, y + dy
        hits: list[object] = []

        def counted(key, _get=get, _hits=hits):
            image = _get(key)
            if image is not None and isinstance(key[0], str):
                _hits.append(key[0])
            return image

        monkeypatch.setattr(view._label_chips, "get", counted)
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, y), Qt.MouseButton.LeftButton)
        if ratio == 1.0:
            viewport.repaint()
            shown = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        else:
            shown = _picture(view, ratio).convertToFormat(QImage.Format.Format_RGB32)
        monkeypatch.setattr(view._label_chips, "get", get)
        for kind in copied:
            copied[kind] += hits.count(kind)
        warm = _cold(view)
        fresh = (view_pictures.whole_paint(view) if ratio == 1.0
                 else _fresh_picture(view, ratio)).convertToFormat(QImage.Format.Format_RGB32)
        view._label_chips = warm
        get = warm.get
        assert shown == fresh, f"move {index}: not a fresh paint with no chip remembered"
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)
    if ratio == 1.0:  # (at 2x they are drawn, as before; these 40-day spans are
        # ~150-220 px wide and nearly all cross a month's grid line: drawn)
        assert copied["badge"] > 0, copied
    else:
        assert copied == {"span": 0, "badge": 0}


def test_shapes_are_copied_only_where_nothing_but_the_band_lies_under_them(shown_view,
                                                                           monkeypatch):
    """With every column busy (a grid line everywhere) no shape is copied, and the
    picture is the same: the copies change no pixel."""
    view = shown_view(_mixed(4500), (1100, 560))
    view.go_to_days(timeline_view._dt.date(1995, 2, 1).toordinal(),
                    timeline_view._dt.date(1995, 8, 20).toordinal())
    for _ in range(5):  # later paints copy what the first saw (24 chips made a paint)
        view._invalidate()
        copies = _picture(view)
    assert sum(_shape_keys(view).values()) > 0
    monkeypatch.setattr(TimelineView, "_busy_columns",
                        lambda self, segments, grid: list(range(-10, 1200)))
    _cold(view)
    view._invalidate()
    drawn = _picture(view)
    assert sum(_shape_keys(view).values()) == 0
    assert copies == drawn
