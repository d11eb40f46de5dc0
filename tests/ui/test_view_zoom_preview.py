"""A zoom notch of a run whose picture is not made yet is shown as a picture of a view
before it stretched about the anchor, as maps show a zoom, while its own picture is
painted in slices (issue 11, session 9: a whole paint of a new view is 10-25 ms at
2560x1440).  Its frame lays nothing out and paints nothing; the view's own frame follows
and is a fresh paint's pixels, with the vertical bar and the hover caught up."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed
from view_pictures import whole_paint

from timeline_app.ui.timeline_view import LANES_TOP, PREVIEW_MAX_STRETCH, TimelineView

POINTER = QPointF(517.0, 300.0)


def _settled_year(shown_view: Any, qtbot: Any) -> TimelineView:
    """A view of a year of a crowded timeline, its picture made (it stayed on screen)."""
    view = shown_view(_mixed(4500), (1100, 800))
    first = _dt.date(1995, 2, 1).toordinal()
    view.go_to_days(first, first + 365)
    view.viewport().grab()
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=30000)
    return view


def _own_picture_made(view: TimelineView) -> bool:
    """No stretched picture on screen, and the view's own picture made (in slices; a
    paint of the view meanwhile shows the view painted straight)."""
    cache = view._frame_cache
    return view._preview_key is None and cache is not None and cache[0] == view._frame_key()


def _notch(view: TimelineView, up: bool = True) -> None:
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QWheelEvent(
        POINTER, viewport.mapToGlobal(POINTER), QPoint(0, 0), QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False))


def _count_work(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts of whole paints (``_paint``) and layouts begun (``_layout_steps``)."""
    counts = {"paints": 0, "layouts": 0}
    paint, steps = view._paint, view._layout_steps

    def counted_paint(*args: Any, **kwargs: Any) -> None:
        counts["paints"] += 1
        paint(*args, **kwargs)

    def counted_steps(*args: Any, **kwargs: Any) -> Any:
        counts["layouts"] += 1
        return steps(*args, **kwargs)

    monkeypatch.setattr(view, "_paint", counted_paint)
    monkeypatch.setattr(view, "_layout_steps", counted_steps)
    return counts


def test_a_wheel_run_s_notches_are_stretched_then_painted(qtbot, shown_view, monkeypatch):
    view = _settled_year(shown_view, qtbot)
    viewport = view.viewport()
    view._pointer = QPointF(POINTER)
    counts = _count_work(view, monkeypatch)
    before = view._frame_cache
    assert before is not None
    for index in range(3):  # back to back: nothing painted ahead between them
        _notch(view)
        frame = viewport.grab().toImage()  # the notch's frame
        assert counts == {"paints": 0, "layouts": 0}, f"notch {index}: {counts}"
        assert view._preview_key == view._frame_key(), f"notch {index}: not stretched"
        assert frame.size() == viewport.size()
    assert view._frame_cache is before  # the source, kept
    # Its own picture follows, painted in slices, and replaces the stretched one.
    qtbot.waitUntil(lambda: _own_picture_made(view), timeout=30000)
    assert counts["layouts"] >= 1 and counts["paints"] >= 1
    shown = viewport.grab().toImage()
    assert shown == whole_paint(view).convertToFormat(shown.format())
    # What the stretched frames left: the vertical bar's range and the hover.
    layout = view._layout()
    bar = view.verticalScrollBar()
    assert bar.maximum() == max(0, int(layout.content_height - (viewport.height() - LANES_TOP)))
    assert not view._behind_preview
    assert view._hover_id == view.event_at(POINTER)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_picture_after_stretched_notches_is_a_fresh_paint(qtbot, shown_view,
                                                              monkeypatch, ratio):
    """In and out, at one and two device pixels a pixel: each notch's own picture, once
    made, is what a paint that remembers nothing gives."""
    view = _settled_year(shown_view, qtbot)
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
        viewport.grab()
        qtbot.waitUntil(lambda: view._frame_cache is not None
                        and view._frame_cache[0] == view._frame_key(), timeout=30000)
    stretched = 0
    for up in [True, True, True, False, False]:
        _notch(view, up)
        viewport.grab()
        stretched += view._preview_key is not None
        qtbot.waitUntil(lambda: _own_picture_made(view), timeout=30000)
        cache = view._frame_cache
        assert cache is not None
        assert cache[1] == _fresh_picture(view, ratio)
        if ratio == 1.0:
            shown = viewport.grab().toImage()
            assert shown == whole_paint(view).convertToFormat(shown.format())
    assert stretched >= 2


def test_the_view_s_own_frame_comes_even_when_work_is_held(qtbot, shown_view):
    """Work ahead held (a load on another thread) right after a stretched frame: a frame
    paints the view's own picture ``PREVIEW_KEPT_MS`` later."""
    view = _settled_year(shown_view, qtbot)
    _notch(view)
    view.viewport().grab()
    assert view._preview_key is not None
    view.hold_work_ahead(True)
    try:
        qtbot.waitUntil(lambda: view._preview_key is None, timeout=30000)
        shown = view.viewport().grab().toImage()
        assert shown == whole_paint(view).convertToFormat(shown.format())
    finally:
        view.hold_work_ahead(False)


def test_notches_too_far_from_any_picture_are_painted_into_one(qtbot, shown_view,
                                                                monkeypatch):
    """Back to back, the stretch from the last picture grows by a notch each time: past
    ``PREVIEW_MAX_STRETCH`` the notch is painted, into a picture the next ones stretch."""
    view = _settled_year(shown_view, qtbot)
    viewport = view.viewport()
    counts = _count_work(view, monkeypatch)
    painted_at = []
    for index in range(12):
        paints = counts["paints"]
        _notch(view)
        viewport.grab()
        if counts["paints"] > paints:
            painted_at.append(index)
            assert view._frame_cache is not None
            assert view._frame_cache[0] == view._frame_key()
    # 1.25 ** 7 = 4.8 <= 5 < 6.0: the eighth notch from a picture is painted.
    assert PREVIEW_MAX_STRETCH == 5.0
    assert painted_at and painted_at[0] == 7, painted_at


def test_another_move_before_the_notch_s_frame_is_painted(qtbot, shown_view):
    """A notch, then a pan or Fit All before its frame: the frame shows that move's view,
    painted, not a stretched picture of it."""
    for move in ("pan", "fit"):
        view = _settled_year(shown_view, qtbot)
        _notch(view)
        if move == "pan":
            view._pan_pixels(50.0)
        else:
            view.fit_all()
        shown = view.viewport().grab().toImage()
        assert view._preview_key is None, move
        assert shown == whole_paint(view).convertToFormat(shown.format()), move
