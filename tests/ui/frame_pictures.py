"""Helpers of the frame-picture tests: a view's frame picture as its last paint left it
(whole, scrolled or shifted), and the same view painted whole now, to compare pixels."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from timeline_app.ui.timeline_view import TimelineView


def pixels(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_RGB32)  # kept while read
    return bytes(converted.constBits())


def whole_picture(view: TimelineView) -> QImage:
    """The frame picture of the view as it stands, painted whole into a new image."""
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setFont(view._label_font)
    view._paint(painter, picture=True)
    painter.end()
    return image


def frame_picture(view: TimelineView) -> QImage:
    """The frame picture as the last paint left it; it must be the view's as it stands."""
    assert view._frame_cache is not None and view._frame_cache[0] == view._frame_key()
    return view._frame_cache[1]
