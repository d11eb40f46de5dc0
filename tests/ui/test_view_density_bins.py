"""A dense lane's first rows per pixel column are written a bin at a time
(``TimelineView._paint_density``, issue 11, session 14): the bars stand
``DENSITY_BIN_PX`` apart from the first bar's column on, in a view (bins from x = 0)
as in a pan's stretch (shifted by whole pixels).  At every phase the image is the bars
drawn one by one with ``drawRects``."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from test_view_batched_paint import _mixed

from timeline_app.ui import timeline_view as tv


@pytest.mark.parametrize("shift", [0, 1, 3, 5, 6, 13])
def test_the_bars_of_any_phase_are_the_bars_drawn_one_by_one(shown_view, shift):
    view = shown_view(_mixed(4500), (1100, 560))
    first = _dt.date(1990, 1, 1).toordinal()
    view.go_to_days(first + 200, first + 565)
    lane = next(lane for lane in view._layout().lanes if lane.dense)
    assert lane.bar_x is not None and len(lane.bar_x) > 20
    moved = tv._LaneGeometry(lane.category, lane.top, lane.height, True,
                             bar_x=lane.bar_x + shift, bar_h=lane.bar_h,
                             bar_base=lane.bar_base)
    fill = QColor("#3366aa")
    fill.setAlpha(170)
    size = (int(moved.bar_x[-1]) + 20, int(lane.top + lane.height) + 10)

    def painted(batched: bool) -> QImage:
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        try:
            if batched:
                assert view._paint_density(painter, moved, 0.0, fill)
            else:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRects(moved.bars)
        finally:
            painter.end()
        return image

    assert painted(True) == painted(False), f"bars shifted by {shift} px"
