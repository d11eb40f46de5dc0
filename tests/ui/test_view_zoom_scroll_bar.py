"""The horizontal scroll bar during zoom notches (issue 11, session 12): every notch sets
its range and page step, and from some depth in its slider keeps its least length about
the same place; the bar is then not painted again, and always shows what a fresh bar
with the same range and value shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed
from test_view_pan_scroll_bar import _Paints, _same_pixels


def setup_module() -> None:
    """The style's classes made, as the app's panels make them after the first paint."""
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: F401


def test_zoom_notches_repaint_the_bar_only_when_it_looks_otherwise(qtbot, shown_view):
    view = shown_view(_mixed(4500), (1100, 560))
    bar = view.horizontalScrollBar()
    anchor = view.viewport().width() * 0.4
    QApplication.processEvents()
    paints = _Paints()
    bar.installEventFilter(paints)
    ranges = set()
    unpainted = 0
    for factor in [1.25] * 30 + [0.8] * 30:
        before = paints.count
        view.zoom_by(factor, anchor)
        QApplication.processEvents()
        ranges.add((bar.maximum(), bar.pageStep()))
        unpainted += paints.count == before
        counted = paints.count
        assert _same_pixels(bar), f"after a notch by {factor} (range {bar.maximum()})"
        paints.count = counted  # (``grab`` paints it)
    bar.removeEventFilter(paints)
    assert len(ranges) > 25  # every notch in set another range ...
    assert unpainted >= 10, unpainted  # ... and many looked the same: not painted
