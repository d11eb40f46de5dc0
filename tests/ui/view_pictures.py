"""The timeline view painted as a paint remembering nothing would paint it: no kept
layout, no kept picture (what tests compare the screen and the caches against)."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from timeline_app.ui.timeline_view import TimelineView


def whole_paint(view: TimelineView) -> QImage:
    """The viewport as ``paintEvent`` composes it (the picture, then the highlights over
    it) from a fresh layout; the view's caches are left as they were."""
    layouts, frame = dict(view._layouts), view._frame_cache
    view._layouts.clear()
    view._frame_cache = None
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setFont(view._label_font)
        view._paint(painter, picture=True)
        view._paint_overlay(painter)
    finally:
        painter.end()
    view._layouts.update(layouts)
    view._frame_cache = frame
    return image
