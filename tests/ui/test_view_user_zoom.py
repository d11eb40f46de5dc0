"""Every zoom the user asks for is armed alike (session 36, the coordinator's decision):
a touchpad's Ctrl+scroll (pixel deltas), a pinch (``Qt.ZoomNativeGesture``) and the
toolbar's / menu's Zoom In and Zoom Out may show the stretched picture of a nearby zoom
(``_zoom_preview``) as a wheel's notch does, from their first step; before, only a wheel's
notch (angle deltas) and the view's own +/- keys were, and a pinch did nothing.
Programmatic zooms (``zoom_by``: Fit All, revealing an event, tests) stay as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed
from test_view_zoom_preview import POINTER, _count_work, _settled_year

from timeline_app.ui.timeline_view import TimelineView


def _pinch(view: TimelineView, value: float, pos: QPointF = POINTER) -> None:
    """A pinch's step as Qt sends it to the widget under the fingers: the viewport."""
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        pos, pos, viewport.mapToGlobal(pos), value, QPointF(0.0, 0.0)))


def _touchpad_ctrl_scroll(view: TimelineView, pixels: int) -> None:
    """A touchpad's two-finger scroll with Ctrl held: pixel deltas, no angle."""
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QWheelEvent(
        POINTER, viewport.mapToGlobal(POINTER), QPoint(0, pixels), QPoint(0, 0),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False))


def test_a_pinch_zooms_about_its_position(shown_view):
    view = shown_view(_mixed(300), (900, 500))
    for value, x in [(0.25, 200.0), (-0.2, 700.0), (0.1, 450.0)]:
        pos = QPointF(x, 300.0)
        day, ppd = view.day_at(x), view._px_per_day
        _pinch(view, value, pos)
        assert view._px_per_day == pytest.approx(ppd * (1.0 + value), rel=1e-9)
        assert view.day_at(x) == pytest.approx(day, abs=1e-6)  # the day under the fingers


def test_other_native_gestures_are_left_to_qt(shown_view):
    view = shown_view(_mixed(300), (900, 500))
    ppd, origin = view._px_per_day, view._origin
    viewport = view.viewport()
    for kind in (Qt.NativeGestureType.BeginNativeGesture, Qt.NativeGestureType.PanNativeGesture,
                 Qt.NativeGestureType.EndNativeGesture):
        QApplication.sendEvent(viewport, QNativeGestureEvent(
            kind, QPointingDevice.primaryPointingDevice(), 2, POINTER, POINTER,
            viewport.mapToGlobal(POINTER), 0.3, QPointF(0.0, 0.0)))
    assert (view._px_per_day, view._origin) == (ppd, origin)


@pytest.mark.parametrize("how", ["pinch", "touchpad"])
def test_a_pinch_or_a_touchpad_s_ctrl_scroll_is_stretched_from_its_first_step(
        qtbot, shown_view, monkeypatch, how):
    """Its first step from a settled view is the stretched picture: nothing laid out or
    painted in its frame (a whole paint before this session)."""
    view = _settled_year(shown_view, qtbot)
    viewport = view.viewport()
    view._pointer = QPointF(POINTER)
    counts = _count_work(view, monkeypatch)
    if how == "pinch":
        _pinch(view, 0.25)
    else:
        _touchpad_ctrl_scroll(view, 50)  # 50 px: a wheel's notch, WHEEL_NOTCH
    assert view._preview_armed
    viewport.grab()
    assert counts == {"paints": 0, "layouts": 0}
    assert view._preview_key == view._frame_key()


def test_the_toolbar_s_zoom_in_and_out_are_armed(qtbot, tmp_path):
    """The actions (toolbar, View menu, their shortcuts) zoom as the user's zoom."""
    from timeline_app import io as timeline_io
    from timeline_app.app import create_main_window

    path = tmp_path / "mixed.json"
    timeline_io.save(_mixed(300), path)
    window = create_main_window(str(path))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    assert view._scale.is_linear  # (a scale with breaks stretches no picture)
    for action in (window.zoom_in_action, window.zoom_out_action):
        view.viewport().repaint()
        ppd = view._px_per_day
        action.trigger()
        assert view._px_per_day != ppd
        assert view._preview_armed, action.text()


def test_a_programmatic_zoom_is_not_armed(shown_view):
    """``zoom_by`` itself (Fit All's, a reveal's, a test's) is armed only as a notch of
    a run, as before."""
    view = shown_view(_mixed(300), (900, 500))
    view.zoom_by(1.5)
    assert not view._preview_armed
