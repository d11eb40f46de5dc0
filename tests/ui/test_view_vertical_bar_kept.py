"""The view keeps its vertical scroll bar shown (greyed when the lanes fit): the viewport's
width never changes under a zoom or Fit All (issue 11).  Shown as needed, the bar came
(went) at the notch where the lanes grew taller (shorter) than the view, and that notch
was a new view at the new width, laid out twice (100 000 events at 2560x1440: 25-30 ms);
Fit All laid the view out at both widths.  Every frame is still a fresh paint's pixels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import (
    DAYS,
    FIRST,
    SIZE,
    _days_shown,
    _screen_is_fresh,
    _slices_to_the_end,
)

from timeline_app.ui.timeline_view import LANES_TOP, TimelineView
from timeline_app.ui.view_settings import set_in_view


def _needs_bar(view: TimelineView) -> bool:
    return view._layout().content_height > view.viewport().height() - LANES_TOP


def _count_layouts(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made = [0]
    compute = view._compute_layout

    def counted(*args: object, **kwargs: object) -> object:
        made[0] += 1
        return compute(*args, **kwargs)

    monkeypatch.setattr(view, "_compute_layout", counted)
    return made


def _overflowing(shown_view, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                 size: tuple[int, int], ratio: float) -> tuple[TimelineView, list[int]]:
    """A view of lanes taller than the view, painted, at ``ratio`` device pixels a pixel;
    and the count of layouts made from now on."""
    view = _days_shown(shown_view, monkeypatch, size, ratio)
    assert _needs_bar(view), "the lanes of that view must be taller than the view"
    return view, _count_layouts(view, monkeypatch)


def test_the_bar_is_shown_always_and_greyed_when_the_lanes_fit(shown_view):
    view = shown_view(_mixed(4500), SIZE)
    bar = view.verticalScrollBar()
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()
    assert _needs_bar(view), "the lanes of that view must be taller than the view"
    width = view.viewport().width()
    assert bar.isVisible() and bar.isEnabled() and bar.maximum() > 0
    assert view.fit_all()
    QApplication.processEvents()
    assert not _needs_bar(view), "the lanes at fit-all must fit"
    assert bar.isVisible() and not bar.isEnabled() and bar.maximum() == 0
    assert view.viewport().width() == width


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_fit_all_that_needs_no_bar_keeps_the_width_and_lays_out_once(shown_view, monkeypatch,
                                                                     ratio):
    """From a view whose lanes are taller than the view, Fit All (whose lanes fit) lays
    the view out once, at the width it had, and its frame is a fresh paint."""
    view, made = _overflowing(shown_view, monkeypatch, SIZE, ratio)
    viewport = view.viewport()
    width = viewport.width()
    assert view.fit_all()
    QApplication.processEvents()  # (the scroll area's checks, if any, come before the frame)
    viewport.repaint()
    assert viewport.width() == width
    assert made[0] <= 1, "Fit All laid the view out more than once"
    assert not _needs_bar(view)
    key = view._frame_key()
    assert view._frame_cache is not None and view._frame_cache[0] == key
    assert view._frame_cache[1] == _fresh_picture(view, ratio)
    if ratio == 1.0:
        _screen_is_fresh(view, "fit all")


@pytest.mark.parametrize(("size", "ratio"), [(SIZE, 1.0), ((1400, 600), 2.0)])
def test_the_wheel_notch_where_the_lanes_come_to_fit_copies_the_step_painted_ahead(
        shown_view, monkeypatch, size, ratio):
    """Ctrl+wheel notches out about a still pointer, from a view whose lanes are taller than
    the view to one where they fit: the notch that crosses copies the step painted
    ahead (no layout in its frame, the width unchanged), and equals a fresh paint."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)
    view, made = _overflowing(shown_view, monkeypatch, size, ratio)
    viewport = view.viewport()
    width = viewport.width()
    pos = QPointF(width * 0.47, 300.0)
    crossed = 0
    for notch in range(1, 30):
        before = _needs_bar(view)
        made[0] = 0
        QApplication.sendEvent(viewport, QWheelEvent(
            pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        QApplication.processEvents()  # (the scroll area's checks, if any, come before the frame)
        key = view._frame_key()
        viewport.repaint()
        assert viewport.width() == width, f"notch {notch} changed the viewport's width"
        if _needs_bar(view) != before:
            crossed = notch
            assert notch >= 3, "the crossing must come after steady notches"
            assert made[0] == 0, "the crossing notch laid the view out"
            assert view._frame_cache is not None and view._frame_cache[0] == key
            assert view._frame_cache[1] == _fresh_picture(view, ratio)
            if ratio == 1.0:
                _screen_is_fresh(view, "the notch where the lanes come to fit")
            break
        _slices_to_the_end(view)
    assert crossed, "no notch made the lanes fit the view"
