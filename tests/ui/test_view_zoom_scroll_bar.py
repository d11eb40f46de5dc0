"""The horizontal scroll bar on a zoom notch (issue 11, session 13, ``zoom14``): every
notch sets a new range and page step, which moves the slider or changes its length; the
bar repaints where its slider was and is, as a pan's move does, not the whole bar (the
style's drawing of a 2560 px bar, ~1.9 M instructions, on half the notches of
bench_view's zoom row), and then shows what a fresh bar shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed
from test_view_drag_frames import FIRST
from test_view_pan_scroll_bar import _PaintedRects, _same_pixels


def setup_module() -> None:
    """The style's classes made, as the app's panels make them after the first paint
    (``_PanScrollBar`` reads its slider's place only then)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: F401


def test_a_zoom_notch_repaints_the_bar_only_around_its_slider(qtbot, shown_view):
    """Notches in from a year to a few days and back out, about a point off centre: the
    slider shrinks to its least length and moves; each notch that changes the bar
    paints only a strip around the slider's places while the slider is short, and the
    bar is always the pixels of a fresh one (fails on the code before: each such notch
    painted the whole bar)."""
    view = shown_view(_mixed(4500), (1100, 560))
    view.go_to_days(FIRST, FIRST + 365.0)
    bar = view.horizontalScrollBar()
    QApplication.processEvents()
    assert bar.maximum() > 0
    painted = _PaintedRects()
    bar.installEventFilter(painted)
    narrow = 0
    for factor in [1.25] * 12 + [0.8] * 12:
        painted.rects.clear()
        view.zoom_by(factor, 700.0)
        view.viewport().repaint()
        QApplication.processEvents()
        if painted.rects and all(w < bar.width() // 2 for _x, _y, w, _h in painted.rects):
            narrow += 1
        assert _same_pixels(bar), f"after a notch by {factor} (value {bar.value()})"
    bar.removeEventFilter(painted)
    assert narrow >= 10, narrow
