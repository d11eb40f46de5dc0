"""The timeline view painted as a paint remembering nothing would paint it: no kept
layout, no kept picture (what tests compare the screen and the caches against)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter

from timeline_app.ui.timeline_view import TimelineView


def rendered_as_picture(view: TimelineView, size: QSize | None = None) -> QImage:
    """The viewport (its top ``size``, all of it by default) onto white as a PNG export or
    a print renders it (``export_picture.as_picture`` and ``_render``)."""
    from timeline_app.ui.export_picture import _render, as_picture

    with as_picture(view):
        size = view.viewport().size() if size is None else size
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        _render(view, painter, None, size)
        painter.end()
    return image


def whole_paint(view: TimelineView) -> QImage:
    """The viewport as ``paintEvent`` composes it (the picture, then the highlights over
    it) from a fresh layout; the view's caches are left as they were.  During a pan
    gesture that moved the view (``timeline_view._Pan``): a whole paint of the
    gesture's layout (``pan_whole_paint``)."""
    pan = view._pan
    if pan is not None and pan.moved and pan.key == view._pan_key():
        return pan_whole_paint(view)
    layouts = dict(view._layouts)
    view._layouts.clear()
    try:
        return whole_paint_of_kept(view)
    finally:
        view._layouts.update(layouts)


def whole_paint_of_kept(view: TimelineView) -> QImage:
    """As ``whole_paint``, from the layout the view keeps for its key (after a pan
    gesture it keeps the rows the gesture showed: ``timeline_view._seen_rows``), not a
    fresh one; no frame picture."""
    frame = view._frame_cache
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
    view._frame_cache = frame
    return image


def pan_whole_paint(view: TimelineView, ratio: float = 1.0) -> QImage:
    """A pan's frame from nothing kept: the gesture's stretch laid out afresh (the same
    stretch, lanes' modes and heights, what it keeps of the view: ``_Pan.pinned``) and
    painted into a new picture, the part under the view copied and what is not the
    lanes' content painted over it, then the highlights (at ``ratio`` device pixels a
    pixel); the view's pan is left as it was."""
    from timeline_app.ui import timeline_view

    pan = view._pan
    assert pan is not None and pan.layout is not None and pan.picture is not None
    fixed = tuple((lane.dense, round((lane.height - timeline_view.LANE_HEADER
                                      - timeline_view.LANE_PAD) / timeline_view.ROW_HEIGHT),
                   lane.height) for lane in pan.layout.lanes)
    assert pan.pinned is not None
    pinned, dx, held = pan.pinned
    fresh = timeline_view._run_to_the_end(timeline_view._pinned_steps(view._layout_steps(
        (pan.origin0 - pan.margin / view._px_per_day, pan.width, fixed)),
        pinned, dx, pan.width, held))
    kept = (pan.layout, pan.picture, pan.painted, pan.view_layout, pan.article_lines)
    # A new picture filled with a colour the view never paints: a part of the view
    # that no tile painted shows in one frame and not in the other.
    picture = QImage(pan.picture.size(), pan.picture.format())
    picture.setDevicePixelRatio(pan.ratio)
    picture.fill(0xFFFF00FF)
    pan.layout, pan.picture, pan.painted, pan.view_layout, pan.article_lines = (
        fresh, picture, set(), None, None)
    try:
        return pan_frame(view, ratio)
    finally:
        pan.layout, pan.picture, pan.painted, pan.view_layout, pan.article_lines = kept


def pan_frame(view: TimelineView, ratio: float = 1.0) -> QImage:
    """A pan's frame as ``paintEvent`` composes it, from what the pan keeps (at
    ``ratio`` device pixels a pixel)."""
    image = QImage(view.viewport().size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    try:
        painter.setFont(view._label_font)
        assert view._paint_pan_frame(painter)
        view._paint_overlay(painter)
    finally:
        painter.end()
    return image


def rest(view: TimelineView) -> None:
    """The view rests, by hand, as after ``WORLD_REST_MS`` without a move and
    ``WORLD_QUIET_MS`` without an input, whatever the wall clock: its world chunks are packed
    (``TimelineView._world_rested``, ``_world_slice``), swapped in (``_world_swap``) and
    its picture made in the swap's slices, then the views beside it
    (``_prepare_sides``) too; every slice run here, no timer left to do it later.
    Nothing is done where nothing is waiting for the world's chunks (a view already
    packed from them at its zoom, a view whose lanes are all densities, world packing
    off)."""
    if not view._world_pending():
        return
    view._input_at = float("-inf")  # (the inputs paused long ago)
    view._world_rest_timer.stop()
    view._world_rested()
    for _ in range(10_000):
        if not (view._chunks_ahead or view._chunk_timer.isActive()):
            break
        view._chunk_timer.stop()
        view._world_slice()
    else:
        raise AssertionError("the world's chunks were never all packed")
    if (view._origin, view._px_per_day) != view._shown_view:
        raise AssertionError("rest: the view's frame first (its slices wait for it)")
    for _ in range(10_000):
        if view._paint_job is None:
            break
        view._ahead_timer.stop()
        view._lay_out_ahead()
    else:
        raise AssertionError("the rest's picture and the views beside it never ended")
    view._ahead_timer.stop()
    if view._world_pending():
        raise AssertionError("the view rested, but its world chunks are not swapped in")
