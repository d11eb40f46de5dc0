"""The horizontal scroll bar during a pan (issue 11): a drag sets its value at every move,
but over decades of data its slider moves a pixel only every few hundred pixels of
panning; the bar is repainted only when what it shows changes, and then shows what a
fresh bar with the same value shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollBar
from test_view_batched_paint import _mixed
from test_view_drag_frames import FIRST, MOVES, _drag, _mouse

from timeline_app.ui.timeline_view import TimelineView


def setup_module() -> None:
    """The style's classes made, as the app's panels make them after the first paint:
    the bar asks the style where its slider is only then (``_STYLE_CLASSES``)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: F401


class _Paints(QObject):
    """Counts the paint events of the object it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _same_pixels(bar: QScrollBar) -> bool:
    """Whether the bar on screen (the window's backing store, as the offscreen screen
    grabs it) is the bar painted now (``grab`` renders it afresh)."""
    window = bar.window()
    corner = bar.mapTo(window, QPoint(0, 0))
    screen = QApplication.primaryScreen().grabWindow(window.winId())
    ratio = screen.devicePixelRatio()
    shown = screen.copy(round(corner.x() * ratio), round(corner.y() * ratio),
                        round(bar.width() * ratio), round(bar.height() * ratio)).toImage()
    fresh = bar.grab().toImage()
    return (shown.convertToFormat(QImage.Format.Format_RGB32)
            == fresh.convertToFormat(QImage.Format.Format_RGB32))


def test_a_drag_repaints_the_bar_only_when_its_slider_moves(qtbot, shown_view):
    view = shown_view(_mixed(4500), (1100, 560))
    bar = view.horizontalScrollBar()
    press, _ = _drag(view, 200.0)
    QApplication.processEvents()
    paints = _Paints()
    bar.installEventFilter(paints)
    x, y = press.x(), press.y()
    values = set()
    for dx, dy in MOVES:
        x, y = x + dx, y + dy
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, y), Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        values.add(bar.value())
        counted = paints.count
        assert _same_pixels(bar), "the bar does not show its value"
        paints.count = counted  # (``grab`` paints it)
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert len(values) > 10  # every move set a new value ...
    assert paints.count < len(values) // 2, paints.count  # ... few were painted
    bar.removeEventFilter(paints)


@pytest.mark.parametrize("days", [200.0, 3000.0])
def test_the_bar_shows_its_slider_and_ends_after_any_pan(qtbot, shown_view, days):
    """Pans of a few pixels, long pans that move the slider, and pans to either end
    (the end's arrow greyed): the bar is always the pixels of a fresh one."""
    view = shown_view(_mixed(4500), (1100, 560))
    view.go_to_days(FIRST, FIRST + days)
    bar = view.horizontalScrollBar()
    QApplication.processEvents()
    paints = _Paints()
    bar.installEventFilter(paints)
    ends = set()
    for dx in (3, 5, 400, -2, 9000, 3, -7, -50000, 4, 1, 30000, 20000, -1):
        before, value = paints.count, bar.value()
        view._pan_pixels(float(dx))
        QApplication.processEvents()
        if abs(bar.value() - value) >= 9000:  # the slider moved: painted
            assert paints.count > before
        ends.add((bar.value() == bar.minimum(), bar.value() == bar.maximum()))
        assert _same_pixels(bar), f"after a pan of {dx} px (value {bar.value()})"
    assert {(True, False), (False, True)} <= ends  # both ends were reached
    bar.removeEventFilter(paints)


def test_the_view_uses_the_quiet_bar(shown_view):
    view = shown_view(_mixed(30), (600, 300))
    assert type(view.horizontalScrollBar()).__name__ == "_PanScrollBar"
    assert isinstance(view, TimelineView)


class _PaintedRects(QObject):
    """The rectangles of the paint events of the object it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[tuple[int, int, int, int]] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect().getRect())  # type: ignore[attr-defined]
        return False


def test_a_pan_that_moves_the_slider_repaints_only_around_it(qtbot, shown_view):
    """Issue 11 (session 12, paint13): bench_view's pans of 1/8 of a view move the slider
    every time; the bar paints where the slider was and is (a few dozen pixels of its
    width), not the whole bar (2.5 M instructions a pan at 1600 px), and shows what a
    fresh bar shows.  Fails when the whole bar is painted."""
    view = shown_view(_mixed(4500), (1100, 560))
    view.go_to_days(FIRST, FIRST + 200.0)
    bar = view.horizontalScrollBar()
    QApplication.processEvents()
    painted = _PaintedRects()
    bar.installEventFilter(painted)
    for _ in range(6):
        painted.rects.clear()
        before = bar.value()
        bar.setValue(bar.value() + bar.pageStep() // 8 * 20)
        QApplication.processEvents()
        if bar.value() in (before, bar.minimum(), bar.maximum()):
            continue
        assert painted.rects, "the slider moved and the bar was not painted"
        assert all(w < bar.width() // 2 for _x, _y, w, _h in painted.rects), painted.rects
        assert _same_pixels(bar)
    bar.removeEventFilter(painted)


BAR_CHILD = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
import PySide6.QtWidgets as widgets
from PySide6.QtWidgets import QStyle  # as the panels make it (the filter panel, themes)
from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui.main_window import MainWindow
window = MainWindow(load_default_timeline())
window.resize(1100, 700)
window.show()
import time
deadline = time.monotonic() + 30
while ((window._panel_parts is None or window._panel_parts or not window.is_ready())
       and time.monotonic() < deadline):  # the panels, built in slices after the first paint
    app.processEvents()
for _ in range(5):
    app.processEvents()
bar = window.view.horizontalScrollBar()
window.view.zoom_by(8.0)
for _ in range(3):
    app.processEvents()
bar.setValue(bar.value() + bar.pageStep())
app.processEvents()
print(sorted(k for k in ("QStyle", "QStyleOptionSlider") if k in vars(widgets)),
      bar._painted_looks is not None)
"""


def test_the_app_s_bar_knows_where_its_slider_is_painted():
    """In the app (a fresh process: nothing else makes ``QStyleOptionSlider``), once
    ``QStyle`` is made (by the panels with the filter panel, or a theme; here by hand:
    with the tests' fresh settings nothing makes it) the bar reads its slider's place at
    each paint, so that a pan or a notch repaints only what changed (session 12,
    paint13).  Fails when the bar waits for ``QStyleOptionSlider`` too: it never came,
    and every change repainted the whole bar."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", BAR_CHILD], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last == "['QStyle', 'QStyleOptionSlider'] True", (last, done.stderr[-2000:])
