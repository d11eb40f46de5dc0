"""A paint within a clip narrower than the view draws only the items and badges that
reach into the clip's columns, with the same pixels (issue 11, session 41, frames45: a
strip of an eighth of the view painted over a moved picture cost ~60 % of the whole
view's paint, every item of every lane drawn and clipped by Qt)."""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed

from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import LANES_TOP


def _lanes(view: TimelineView, clips: list[QRect]) -> QImage:
    """The lanes' content (``_paint``'s ``lanes_only``) painted once within each of
    ``clips``, as a pan's tiles and strips are."""
    viewport = view.viewport()
    image = QImage(viewport.width(), viewport.height(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        for clip in clips:
            painter.setClipRect(clip)
            painter.setFont(view._label_font)
            view._paint(painter, picture=True, lanes_only=True)
    finally:
        painter.end()
    return image


def _pixels(image: QImage):  # type: ignore[no-untyped-def]
    data = np.frombuffer(image.constBits(), dtype=np.uint32,
                         count=image.bytesPerLine() * image.height() // 4)
    return data.reshape(image.height(), image.bytesPerLine() // 4)[:, :image.width()]


def _crowded(shown_view, days: float = 45.0):  # type: ignore[no-untyped-def]
    view = shown_view(_mixed(4500), (1300, 560), fit=False)
    first = _dt.date(1993, 1, 1).toordinal()
    view.go_to_days(first, first + days)
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("days", [45.0, 400.0])
def test_columns_painted_apart_are_the_lanes_painted_whole(shown_view, days):
    view = _crowded(shown_view, days)
    lanes = view._layout().lanes
    if days < 100:  # titles, bars and badges cut by the columns' edges
        assert sum(len(lane.items) for lane in lanes if not lane.dense) > 30
    else:  # dense lanes' images cut by them
        assert any(lane.dense and lane.bar_x is not None and len(lane.bar_x) for lane in lanes)
    width, height = view.viewport().width(), view.viewport().height()
    whole = _lanes(view, [QRect(0, LANES_TOP, width, height - LANES_TOP)])
    # Columns of uneven widths whose edges cut titles, bars and badges.
    edges = [0, 97, 250, 251, 430, 611, 790, 1003, 1180, width]
    columns = _lanes(view, [QRect(a, LANES_TOP, b - a, height - LANES_TOP)
                            for a, b in zip(edges, edges[1:], strict=False)])
    assert (_pixels(whole) == _pixels(columns)).all()


def test_a_narrow_clip_draws_only_the_items_in_its_columns(shown_view, monkeypatch):
    view = _crowded(shown_view)
    assert sum(len(lane.items) for lane in view._layout().lanes if not lane.dense) > 30
    width, height = view.viewport().width(), view.viewport().height()
    drawn: list[str] = []
    paint_items = type(view)._paint_items

    def counted(self, painter, lane, items, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.extend(item.event_id for item in items)
        return paint_items(self, painter, lane, items, *args, **kwargs)

    monkeypatch.setattr(type(view), "_paint_items", counted)
    _lanes(view, [QRect(0, LANES_TOP, width, height - LANES_TOP)])
    every = set(drawn)
    drawn.clear()
    _lanes(view, [QRect(600, LANES_TOP, 100, height - LANES_TOP)])
    items = view._layout().items_by_id
    inside = {event_id for event_id in every
              if any(part.right() >= 600 - 12 and part.left() <= 700 + 12
                     for part in (items[event_id].marker, items[event_id].label_rect))}
    assert inside
    assert set(drawn) == inside
    assert len(every) > 2 * len(inside)  # (a whole paint draws them all)
