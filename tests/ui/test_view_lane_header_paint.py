"""A lane's header (swatch, name, "◀ N" / "N ▶") is painted every frame: its cheaper
ways (the lane's style, rounded style and text colour asked once a lane, the painter's
engine asked once a painter) must give the pixels and answers of the plain ways (issue
11, session 16)."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPicture
from test_view_batched_paint import _dark, _picture

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView

#: Lanes of Latin names and of names drawn with a fallback font.
CATEGORIES = ("meeting", "visit", "treaty", "statement", "Trade talks", "Égypte–Israël",
              "会談", "sanctions")


def _lanes(n: int) -> Timeline:
    first = _dt.date(2001, 1, 1).toordinal()
    return Timeline.from_events([
        Event(f"e{i}", f"Envoys meet, round {i}",
              FuzzyDate.of_day(_dt.date.fromordinal(first + (i * 13) % 900)),
              category=CATEGORIES[i % len(CATEGORIES)]) for i in range(n)])


def _one_by_one(view: TimelineView, monkeypatch: pytest.MonkeyPatch,
                ratio: float = 1.0) -> QImage:
    with monkeypatch.context() as patch:
        patch.setattr(TimelineView, "_batched", False)
        view._invalidate()
        return _picture(view, ratio)


@pytest.mark.parametrize("days", [None, 365.0, 31.0])
def test_lane_headers_are_the_pixels_of_one_by_one(shown_view, monkeypatch, days):
    """Swatches, names and "◀ N" / "N ▶" boxes, painted with the lane's style, rounded
    style and text colour asked once a lane, again and again (remembered): the pixels of
    the plain way, in a light and a dark palette and scrolled."""
    view = shown_view(_lanes(400), (1200, 1900))  # every lane on screen
    if days is not None:
        start = _dt.date(2001, 6, 1).toordinal()
        view.go_to_days(start, start + days)
    assert any(not rect.isNull() for lane in view._layout().lanes
               for rect in lane.indicator_rects) or days is None
    view._invalidate()
    first, second = _picture(view), _picture(view)
    assert first == second == _one_by_one(view, monkeypatch)
    view.setPalette(_dark(view))
    view._invalidate()
    dark = _picture(view)
    assert dark == _one_by_one(view, monkeypatch) and dark != first
    view.resize(1000, 420)  # lanes below the fold: a vertical scroll
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2 + 3)
    view._invalidate()
    assert _picture(view) == _one_by_one(view, monkeypatch)


def test_lane_rounded_styles_are_those_of_rounded_pieces(shown_view):
    """``_lane_rounded`` hands back what ``RoundedPieces.style`` gives for the lane's
    pens and fills, for each height and ratio, and follows a new palette's styles."""
    view = shown_view(_lanes(40), (900, 500))
    color = QColor("#3366aa")
    styles = []
    for _ in range(2):
        style = view._lane_style(color)
        styles.append(style)
        for indicator, radius in ((False, 8), (True, 7)):
            pen, fill = ((style.indicator_pen, style.indicator_fill) if indicator
                         else (style.badge_pen, style.badge_fill))
            for height, ratio in ((14.0, 1.0), (14.0, 2.0), (15.0, 1.0), (14.0, None)):
                expected = view._rounded.style(pen, fill, radius, height, ratio)
                assert view._lane_rounded(style, indicator, height, ratio) is expected
                assert view._lane_rounded(style, indicator, height, ratio) is expected
        view.setPalette(_dark(view))  # new styles: new answers
    assert styles[0] is not styles[1]


def _canvas(ratio: float) -> QImage:
    image = QImage(40, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    return image


def test_snapped_ratio_follows_one_painter_from_device_to_device(shown_view):
    """The engine's answer is remembered for a painter and its device: the same painter
    begun again on a picture (not raster), a high-DPI image or with a scale answers for
    what it paints on now."""
    view = shown_view(_lanes(10), (600, 300))
    painter = QPainter()
    image, picture, sharp = _canvas(1.0), QPicture(), _canvas(2.0)
    for device, expected in ((image, 1.0), (picture, None), (sharp, 2.0), (image, 1.0),
                             (_canvas(1.5), 1.5), (picture, None)):  # (1.5: view80)
        assert painter.begin(device)
        try:
            assert view._snapped_ratio(painter) == expected
            assert view._snapped_ratio(painter) == expected  # (remembered)
            painter.translate(QPointF(3.25, 7.5))
            assert view._snapped_ratio(painter) == expected
            painter.scale(1.25, 1.25)
            assert view._snapped_ratio(painter) is None
            painter.resetTransform()
            painter.rotate(90)
            assert view._snapped_ratio(painter) is None
            painter.resetTransform()
            assert view._snapped_ratio(painter) == expected
        finally:
            painter.end()
    other = QPainter(image)  # another painter on the same image
    try:
        assert view._snapped_ratio(other) == 1.0
    finally:
        other.end()


@pytest.mark.parametrize("days", [365.0, 31.0])
def test_indicator_boxes_copied_whole_are_the_pixels_of_drawing_them(shown_view,
                                                                     monkeypatch, days):
    """A "◀ N" / "N ▶" box asked for again is copied as one image (``_copy_indicator``:
    its pieces and its text, made the third time, copied after): the pixels of drawing
    the pieces and the text over the bands and the grid lines, light and dark, and
    scrolled (session 22, frames25)."""
    view = shown_view(_lanes(400), (1200, 1900))
    start = _dt.date(2001, 6, 1).toordinal()
    view.go_to_days(start, start + days)

    def drawn() -> QImage:
        with monkeypatch.context() as patch:
            patch.setattr(TimelineView, "_copy_indicator", lambda *_args: False)
            return _picture(view)

    for palette in (None, _dark(view)):
        if palette is not None:
            view.setPalette(palette)
        view._invalidate()
        view._indicator_images.clear()
        view._indicator_seen.clear()
        first = _picture(view)  # seen once: drawn
        second = _picture(view)  # seen twice: drawn (a view's own picture is its second)
        assert not view._indicator_images
        third = _picture(view)  # made, then copied
        made = [image for _style, image in view._indicator_images.values()]
        assert made and all(image is not None for image in made)
        assert first == second == third == _picture(view) == drawn()
    bar = view.verticalScrollBar()
    view.resize(1000, 420)  # lanes below the fold, scrolled
    bar.setValue(bar.maximum() // 2 + 3)
    view._invalidate()
    _picture(view)
    _picture(view)
    assert _picture(view) == _picture(view) == drawn()


def test_an_indicator_whose_text_leaves_its_fill_is_not_kept(shown_view):
    """Text over a pixel of the box that is not opaque (its outline's fringe, the
    outside) would be laid over the view twice: no image, the box is drawn."""
    view = shown_view(_lanes(40), (900, 500))
    style = view._lane_style(QColor("#3366aa"))
    rounded = view._lane_rounded(style, True, 16.0, 1.0)
    assert rounded is not None
    text = view._static_text(1, "◀ 123,456,789")
    fits = QRectF(3, 3, text.size().width() + 10, 16)
    assert view._indicator_image(fits, text, rounded, QColor("black"),
                                 QPainter.RenderHint.Antialiasing) is not None
    narrow = QRectF(3, 3, text.size().width() - 6, 16)
    assert view._indicator_image(narrow, text, rounded, QColor("black"),
                                 QPainter.RenderHint.Antialiasing) is None
