"""A mouse drag's frames (issue 11): whatever the view keeps or reuses between the
moves of one drag, each frame must be the pixels of a paint that remembers nothing
(``view_pictures.whole_paint``: during a pan gesture, a whole paint of the gesture's
layout, ``pan_whole_paint``), at one and two device pixels a pixel, and a dense lane's
bars made as one image must be the bars ``drawRects`` gives."""

from __future__ import annotations

import datetime as _dt

import pytest
import view_pictures
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed, _picture

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view

FIRST = _dt.date(1995, 2, 1).toordinal()
#: A hand's moves, px (x, y): uneven, both ways, some with a vertical part.
MOVES = ((-12, 0), (-5, 1), (-2, 0), (-7, -2), (-4, 0), (-6, 0), (-1, 3), (-5, 0), (9, 0),
         (4, -1), (13, 0), (-8, 0), (-31, 2), (-2, 0), (61, 0), (-6, -3))


def _mouse(view: TimelineView, kind: QEvent.Type, pos: QPointF,
           buttons: Qt.MouseButton) -> None:
    viewport = view.viewport()
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else (
        Qt.MouseButton.LeftButton)
    QApplication.sendEvent(viewport, QMouseEvent(
        kind, pos, QPointF(viewport.mapToGlobal(pos.toPoint())), button, buttons,
        Qt.KeyboardModifier.NoModifier))


def _empty_spot(view: TimelineView) -> QPointF:
    viewport = view.viewport()
    for fy in (0.95, 0.9, 0.8, 0.7, 0.6, 0.5):
        for fx in (0.5, 0.45, 0.55, 0.4, 0.6, 0.3, 0.7):
            spot = QPointF(viewport.width() * fx, viewport.height() * fy)
            if not view.event_at(spot) and view._hit(spot) is None:
                return spot
    raise AssertionError("no empty spot to press on")


def _drag(view: TimelineView, days: float) -> tuple[QPointF, list[tuple[float, float]]]:
    """A view of ``days`` days from FIRST and a press on empty space in its lanes."""
    view.go_to_days(FIRST, FIRST + days)
    QApplication.processEvents()
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    return press, []


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("days", [200.0, 120.0])
def test_every_frame_of_a_drag_is_a_fresh_paint(qtbot, shown_view, monkeypatch, ratio, days):
    # 1 500 events a lane over 11 years: at 200 days three lanes pack into rows with
    # "+N" badges and one is a density (as at 100 000 events); at 120 days, rows.
    view = shown_view(_mixed(4500), (1100, 560))
    viewport = view.viewport()
    if ratio != 1.0:  # the view reads the ratio from its viewport (offscreen: 1)
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    press, _ = _drag(view, days)
    x, y = press.x(), press.y()
    origins = {view._origin}
    dense = badges = 0
    for index, (dx, dy) in enumerate(MOVES):
        x, y = x + dx, y + dy
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, y), Qt.MouseButton.LeftButton)
        origins.add(view._origin)
        name = f"{days} days, move {index} ({dx}, {dy})"
        if ratio == 1.0:
            viewport.repaint()  # the drag's frame, painted straight
            shown = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            expected = view_pictures.whole_paint(view).convertToFormat(
                QImage.Format.Format_RGB32)
            assert shown == expected, f"{name}: the frame is not a fresh paint"
        elif view._pan is not None and view._pan.moved:  # a pan's frame (its layout's)
            assert view_pictures.pan_frame(view, ratio) == view_pictures.pan_whole_paint(
                view, ratio), f"{name}: the pan's frame at 2x is not a whole paint of it"
        else:
            assert _picture(view, ratio) == _fresh_picture(view, ratio), (
                f"{name}: the frame at 2x is not a fresh paint")
        layout = view._layout()
        dense += sum(lane.dense for lane in layout.lanes)
        badges += sum(len(lane.badges) for lane in layout.lanes)
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)
    assert len(origins) == len(MOVES) + 1  # every move moved the view
    assert badges  # crowded rows were dragged
    if days > 150:
        assert dense  # and densities


def test_a_dragged_density_is_the_bars_drawn_one_by_one(qtbot, shown_view, monkeypatch):
    """The dense lanes' bars made as one image (``_paint_density``) are the pixels of
    ``drawRects`` of the bars (the paint without batching), at every origin a drag gives
    (fractional pixels a day, bars cut at the edges)."""
    view = shown_view(_mixed(4500), (1100, 560))
    press, _ = _drag(view, 365.0)
    x = press.x()
    for dx in (-3, -7, 11, -1, -29, 5):
        x += dx
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, press.y()), Qt.MouseButton.LeftButton)
        assert any(lane.dense for lane in view._layout().lanes)
        batched = _fresh_picture(view)
        with monkeypatch.context() as patch:
            patch.setattr(TimelineView, "_batched", False)
            one_by_one = _fresh_picture(view)
        assert batched == one_by_one, f"after a move of {dx}"
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, press.y()), Qt.MouseButton.NoButton)


def test_a_lane_below_the_fold_is_not_painted(qtbot, shown_view, monkeypatch):
    """A drag's frame paints the lanes the clip to the events' area shows, not the ones
    wholly below (or above) it; the frame is still a fresh paint."""
    set_in_view("PAN_REUSE", False, monkeypatch)  # (a whole paint's culling)
    view = shown_view(_mixed(4500), (1100, 560))
    press, _ = _drag(view, 120.0)  # four lanes of rows: taller than the view
    painted: list[str] = []
    real = TimelineView._paint_lane

    def counted(self: TimelineView, painter: object, lane: object, *args: object,
                **kwargs: bool) -> None:
        painted.append(lane.category)  # type: ignore[attr-defined]
        real(self, painter, lane, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TimelineView, "_paint_lane", counted)
    viewport = view.viewport()
    for dx, dy in ((-14, 0), (-5, -40), (-3, -60)):  # a drag that also scrolls down
        press = QPointF(press.x() + dx, press.y() + dy)
        _mouse(view, QEvent.Type.MouseMove, press, Qt.MouseButton.LeftButton)
        painted.clear()
        viewport.repaint()
        offset = view._content_offset()
        shown = [lane.category for lane in view._layout().lanes
                 if lane.top + offset < viewport.height()
                 and lane.top + lane.height + offset > view._events_area().top()]
        assert painted == shown and len(shown) < len(view._layout().lanes)
        grabbed = viewport.grab().toImage()
        assert grabbed == view_pictures.whole_paint(view).convertToFormat(grabbed.format())
    _mouse(view, QEvent.Type.MouseButtonRelease, press, Qt.MouseButton.NoButton)


def test_a_layout_let_go_is_freed_after_the_frame_not_in_the_move(qtbot, shown_view,
                                                                   monkeypatch):
    """A drag's move lays its view out in the handler (the scroll bars need the lanes'
    height) and lets the oldest kept layout go; freeing its items, rectangles and badges
    (0.2-0.4 ms at 100 000 events) waits until the frame is painted."""
    import weakref

    set_in_view("PAN_REUSE", False, monkeypatch)  # (a new layout each move)
    view = shown_view(_mixed(4500), (1100, 560))
    press, _ = _drag(view, 200.0)
    viewport = view.viewport()
    x = press.x()
    for dx in (-14, -3, -5, -2, -7, -4, -6, -1, -5, -3):  # more views than are kept
        x += dx
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, press.y()), Qt.MouseButton.LeftButton)
        viewport.repaint()
        QApplication.processEvents()
    assert len(view._layouts) == timeline_view.LAYOUTS_KEPT and not view._released
    oldest = weakref.ref(next(iter(view._layouts.values())))
    x -= 4
    _mouse(view, QEvent.Type.MouseMove, QPointF(x, press.y()), Qt.MouseButton.LeftButton)
    assert oldest() is not None  # let go, not freed in the handler
    viewport.repaint()  # the frame
    assert oldest() is not None
    QApplication.processEvents()  # after the frame
    assert oldest() is None and not view._released
    grabbed = viewport.grab().toImage()
    assert grabbed == view_pictures.whole_paint(view).convertToFormat(grabbed.format())
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, press.y()), Qt.MouseButton.NoButton)
