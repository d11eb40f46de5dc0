"""A few article lines go into the lanes' backdrop tiles (issue 11, session 14): the
backdrop's tiled fill of the whole lanes' area is paid anyway, so from
``BACKDROP_ARTICLE_LINES`` lines on screen (one) a stripe of them goes into its tiles
instead of a copy of the line per line (24 at 2560x1440 were ~0.9 ms of every pan into
new territory).  The pixels are those of the lines copied one by one, and the stripe of
lines that stand apart (made in one assignment) is the stripe they compose."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from test_view_repaint import _tall_timeline, _timeline

from timeline_app.ui import timeline_view as tv
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view


def _pixels(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return bytes(converted.constBits())  # (while ``converted`` holds them)


def _few_lines_view(shown_view: Any) -> TimelineView:
    """A view of the first group of ``_tall_timeline`` (no break on screen), with a few
    article lines across it (fewer than ``FEW_ARTICLE_LINES``)."""
    view = shown_view(_tall_timeline(articles=40))
    view.resize(900, 360)
    first = _dt.date(2020, 1, 1).toordinal()
    view.go_to_days(first + 30, first + 130)
    QApplication.processEvents()
    assert not any(seg.band is not None for seg in view._axis_segments())
    assert 2 <= len(view._article_line_columns()) <= tv.FEW_ARTICLE_LINES
    return view


def test_a_few_article_lines_are_in_the_backdrop_with_the_pixels_of_copies(
        shown_view, monkeypatch):
    """With fewer lines than ``FEW_ARTICLE_LINES`` on screen the backdrop holds them (on
    the code before it did not: each line was copied after it, the test fails there),
    and the view's pixels are those of the lines copied one by one."""
    view = _few_lines_view(shown_view)
    results: list[object] = []
    copies: list[bool] = []
    real_backdrop = view._paint_backdrop
    real_markers = view._paint_article_markers

    def backdrop(*args: Any) -> Any:
        results.append(real_backdrop(*args))
        return results[-1]

    def markers(painter: QPainter, height: int, axis: bool) -> None:
        copies.append(not axis)
        real_markers(painter, height, axis)

    monkeypatch.setattr(view, "_paint_backdrop", backdrop)
    monkeypatch.setattr(view, "_paint_article_markers", markers)
    view._repaint_all()
    tiled = view.grab().toImage()
    assert results == [True], "the article lines are not in the backdrop"
    assert copies == [False], "the article lines were copied after the backdrop"
    set_in_view("BACKDROP_ARTICLE_LINES", 10_000, monkeypatch)  # as before: copied
    view._backdrop_tiles = None  # (a constant in the app: not in the tiles' key)
    results.clear()
    copies.clear()
    view._repaint_all()
    copied = view.grab().toImage()
    assert results == [False] and copies == [True, False]
    assert _pixels(tiled) == _pixels(copied)


@pytest.mark.parametrize("xs", [
    [10.3, 50.7, 200.2, 611.5],  # apart: one assignment
    [10.0, 12.4, 13.6, 15.5, 100.0],  # within a line's width: composed
    [-1.2, 4.4, 447.5, 893.5, 899.4],  # apart, cut by the edges
    [-3.2, 0.4, 447.5, 898.5, 901.4],  # cut by the edges, composed
    [455.5],  # one
])
def test_the_stripe_is_the_lines_copied_one_by_one(shown_view, xs):
    """``_article_stripe`` (one period of every line side by side) is a copy of the line
    at each x, one over another, whether the lines stand apart or not."""
    view = shown_view(_timeline(articles=0))
    view.resize(900, 360)
    QApplication.processEvents()
    height = view.viewport().height()
    stripe = view._article_stripe(height, xs)
    assert stripe is not None
    image = stripe.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    expected = QImage(image.width(), image.height(), QImage.Format.Format_ARGB32_Premultiplied)
    expected.fill(0)
    painter = QPainter(expected)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        line = view._article_line(height)
        for x in xs:  # as ``_paint_article_markers`` copies them
            painter.drawPixmap(QPointF(x - tv.ARTICLE_LINE_PX / 2, 0), line)
    finally:
        painter.end()
    assert _pixels(image) == _pixels(expected)


def test_a_badge_drawn_once_has_the_pixels_of_its_laid_out_text(shown_view):
    """An article badge's text seen for the first time is drawn with ``drawText`` (a
    new view's "+N" badges are new at every pan: a QStaticText laid out for one frame
    costs 6x as much), after that from its laid-out ``QStaticText``: the same pixels,
    for the badges as for the lanes' "◀ N" counts."""
    view = _few_lines_view(shown_view)
    badges = [label for _box, label in view._article_badges(view.viewport().width())]
    assert badges
    view._seen_once.clear()
    view._static_texts.clear()
    view._repaint_all()
    once = view.grab().toImage()
    assert all(label in view._seen_once and (1, label) not in view._static_texts
               for label in badges)
    view._repaint_all()
    laid_out = view.grab().toImage()
    assert all((1, label) in view._static_texts for label in badges)
    assert _pixels(once) == _pixels(laid_out)
