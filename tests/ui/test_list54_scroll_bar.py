"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 51, list54: the
timeline's scroll bars painted from kept pieces of the style's own paint.

A key in the Events list that scrolls the timeline's lanes repainted its vertical bar whole
(Fusion: ~3.8 M instructions a 14 x 900 bar, 10 % of a PageDown at 100 000 events).
``PiecesScrollBar`` copies the groove and the slider from images of the style's paint and
has the style paint only the pixels that are not opaque: every pixel as Qt's own bar.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from timeline_app.ui.scroll_bar_pieces import PiecesScrollBar


def _fusion() -> None:
    if QApplication.style().name().lower() != "fusion":
        pytest.skip("the pieces are Fusion's (the style on Linux without a desktop theme)")


def _dark() -> QPalette:
    palette = QPalette()
    for role, grey in ((QPalette.ColorRole.Window, 40), (QPalette.ColorRole.Button, 60),
                       (QPalette.ColorRole.Base, 30), (QPalette.ColorRole.WindowText, 220)):
        palette.setColor(role, QColor(grey, grey, grey))
    return palette


def _twins(qtbot, orientation, size, palette=None, direction=None):  # type: ignore[no-untyped-def]
    """Qt's bar and a ``PiecesScrollBar`` side by side in a shown window."""
    host = QWidget()
    qtbot.addWidget(host)
    if direction is not None:
        host.setLayoutDirection(direction)
    host.resize(2 * size[0] + 60, 2 * size[1] + 60)
    if palette is not None:
        host.setPalette(palette)
    plain, pieces = QScrollBar(orientation, host), PiecesScrollBar(orientation, host)
    for bar, at in ((plain, QPoint(10, 10)), (pieces, QPoint(size[0] + 30, size[1] + 30))):
        bar.resize(*size)
        bar.move(at)
    host.show()
    qtbot.waitExposed(host)
    return host, plain, pieces


def _counted(bar):  # type: ignore[no-untyped-def]
    """The answers of ``bar``'s ``_paint_from_pieces`` at its paints from now on."""
    answers: list[bool] = []
    paint = bar._paint_from_pieces
    bar._paint_from_pieces = lambda: (answers.append(paint()), answers[-1])[1]
    return answers


def _on_screen(host, bar):  # type: ignore[no-untyped-def]
    """``bar`` as the window shows it (its backing store, nothing repainted)."""
    QApplication.processEvents()
    window = host.screen().grabWindow(host.winId()).toImage()
    return window.copy(QRect(bar.mapTo(host, QPoint(0, 0)), bar.size()))


@pytest.mark.parametrize("orientation, size", [
    (Qt.Orientation.Vertical, (14, 900)), (Qt.Orientation.Horizontal, (1600, 14)),
    (Qt.Orientation.Vertical, (14, 60)), (Qt.Orientation.Vertical, (22, 300)),
    (Qt.Orientation.Horizontal, (300, 14, "right to left"))])
@pytest.mark.parametrize("dark", [False, True])
def test_the_bar_from_pieces_is_qts_pixel_for_pixel(qtbot, orientation, size, dark):  # type: ignore[no-untyped-def]
    _fusion()
    direction = Qt.LayoutDirection.RightToLeft if len(size) > 2 else None
    size = size[:2]
    host, plain, pieces = _twins(qtbot, orientation, size, _dark() if dark else None,
                                 direction)
    answers = _counted(pieces)
    for maximum, page in ((692, 816), (20000, 900), (0, 10), (100, 5), (5, 1000)):
        for value in sorted({0, 1, 7 % (maximum + 1), maximum // 3, maximum // 2,
                             maximum - 1, maximum}):
            for enabled in (True, False):
                for bar in (plain, pieces):
                    bar.setRange(0, maximum)
                    bar.setPageStep(page)
                    bar.setValue(value)
                    bar.setEnabled(enabled)
                assert pieces.grab().toImage() == plain.grab().toImage(), (
                    maximum, page, value, enabled)
                assert _on_screen(host, pieces) == _on_screen(host, plain), (
                    maximum, page, value, enabled)
    # Away from the ends (where a block would reach the arrows' rows) a paint is copied.
    for bar in (plain, pieces):
        bar.setEnabled(True)
        bar.setRange(0, 692)
        bar.setPageStep(816 if size[1] > 100 or size[0] > 100 else 40)
        bar.setValue(300)
    answers.clear()
    for value in (200, 400, 250, 300, 320):
        for bar in (plain, pieces):
            bar.setValue(value)
        assert _on_screen(host, pieces) == _on_screen(host, plain), value
    # (the first paint of a look not seen before is the style's; from the second on, its
    # pieces are made and copied)
    assert answers and sum(answers[1:]) >= len(answers) - 2  # main: no pieces at all


def test_the_timelines_vertical_bar_is_painted_from_pieces(window, qtbot):  # type: ignore[no-untyped-def]
    """Its slider moves at most keys in the Events list (the lanes scroll to the
    event's row); the horizontal bar (``_PanScrollBar``) and the Events list's bar too."""
    _fusion()
    view = window.view
    bars = (view.verticalScrollBar(), view.horizontalScrollBar(),
            window.event_list.verticalScrollBar())
    assert all(isinstance(bar, PiecesScrollBar) for bar in bars)  # main: the first not
    answers = _counted(view.horizontalScrollBar())
    view.zoom_by(8.0)
    QApplication.processEvents()
    view.horizontalScrollBar().repaint()
    view.horizontalScrollBar().repaint()  # (the pieces are made at the second paint)
    assert answers and answers[-1]
