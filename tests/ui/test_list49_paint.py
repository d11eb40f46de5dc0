"""Session 44, list49 (issue 11: the Events list's keys at 100 000 rows in ≤ 8 ms): what
the list paints costs less, and looks the same.

The grid: the list draws its grid lines itself (``EventList._paint_grid``) as 1 px rectangles, where
Qt's ``QTableView::paintEvent`` drew each with a 1 px pen that its raster engine blends
a pixel at a time (3.2 M instructions a paint of the list docked on a desktop).  Each
test compares the list's picture with the grid Qt draws itself (``setGridStyle`` back
to a solid line, the list's own lines left out): every pixel equal, the whole list and
parts of it (a paint of a few rows or cells), left to right and right to left,
scrolled sideways, a grid colour with alpha and a style that draws the left line of a
list without row numbers (those two drawn with Qt's own pen).

The column header: Qt's repainted it whole at every change of the selection; it now
repaints only when its sections' highlight may change.  Tests compare the header on
screen (the window's backing store, not a fresh paint) with a fresh paint of it after
each change of the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QRegion
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from tests.ui.test_list48_cells import _list
from timeline_app.ui.event_list import EventList


def _picture(events: EventList, region: QRegion, qts_grid: bool) -> QImage:
    """The list's viewport painted in ``region`` (the rest magenta): with the grid Qt
    draws itself, or with the list's own."""
    image = QImage(events.viewport().size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.magenta)
    own = EventList._paint_grid
    if qts_grid:
        events.setGridStyle(Qt.PenStyle.SolidLine)
        EventList._paint_grid = lambda _self, _event: None  # type: ignore[method-assign]
    try:
        events.viewport().render(image, QPoint(), region)
    finally:
        EventList._paint_grid = own  # type: ignore[method-assign]
        events.setGridStyle(Qt.PenStyle.NoPen)
    return image


def _regions(events: EventList) -> list[QRegion]:
    whole = events.viewport().rect()
    return [QRegion(whole),
            QRegion(QRect(5, 7, 300, 40)) | QRegion(QRect(200, 100, 77, 90)),
            QRegion(QRect(0, 0, 50, whole.height())),
            QRegion(QRect(whole.width() - 40, 30, 40, 33))]


def _assert_as_qts(events: EventList) -> None:
    for region in _regions(events):
        assert _picture(events, region, True) == _picture(events, region, False)


def test_qt_draws_no_grid_line_of_its_own(qtbot):  # type: ignore[no-untyped-def]
    """The grid is the list's: without its lines the picture has none."""
    events = _list(qtbot)
    assert events.gridStyle() == Qt.PenStyle.NoPen and events.showGrid()
    whole = QRegion(events.viewport().rect())
    own = EventList._paint_grid
    EventList._paint_grid = lambda _self, _event: None  # type: ignore[method-assign]
    try:
        without = _picture(events, whole, False)
    finally:
        EventList._paint_grid = own  # type: ignore[method-assign]
    assert without != _picture(events, whole, False)


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("width", [1400, 700, 2400])
def test_the_grid_is_qts_own(qtbot, rtl, width):  # type: ignore[no-untyped-def]
    events = _list(qtbot, width=width, rtl=rtl)
    _assert_as_qts(events)
    bar = events.horizontalScrollBar()
    if bar.maximum():
        bar.setValue(bar.maximum() // 2)  # (columns cut at both edges)
        QApplication.processEvents()
        _assert_as_qts(events)


def test_a_wrapped_list_and_a_selection_keep_qts_grid(qtbot):  # type: ignore[no-untyped-def]
    events = _list(qtbot, width=420)  # two lines a row, the Category column hidden
    events._selection.select_many(["e1", "e2", "e7"], "e7")
    QApplication.processEvents()
    _assert_as_qts(events)


class _GridStyle(QProxyStyle):
    """A grid colour of its own (alpha ``alpha``), and the left and top lines of a
    table without headers drawn (``SH_Table_AlwaysDrawLeftTopGridLines``)."""

    def __init__(self, alpha: int, left_top: bool) -> None:
        super().__init__("fusion")
        self.alpha, self.left_top = alpha, left_top

    def styleHint(self, hint, option=None, widget=None, returnData=None):  # type: ignore[no-untyped-def]  # noqa: N802,N803
        if hint == QStyle.StyleHint.SH_Table_GridLineColor:
            rgba = QColor(10, 120, 200, self.alpha).rgba()
            return rgba - 2 ** 32 if rgba >= 2 ** 31 else rgba
        if hint == QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines:
            return int(self.left_top)
        return super().styleHint(hint, option, widget, returnData)


@pytest.mark.parametrize(("alpha", "left_top"), [(255, True), (128, False), (128, True)])
@pytest.mark.parametrize("rtl", [False, True])
def test_other_styles_grids_are_qts_own(qtbot, alpha, left_top, rtl):  # type: ignore[no-untyped-def]
    events = _list(qtbot, width=900, rtl=rtl)
    style = _GridStyle(alpha, left_top)
    events.setStyle(style)
    QApplication.processEvents()
    _assert_as_qts(events)


def _header_on_screen(events: EventList) -> QImage:
    """The column header as the window shows it: its backing store, nothing repainted."""
    QApplication.processEvents()
    header = events.horizontalHeader()
    window = events.screen().grabWindow(events.winId()).toImage()
    return window.copy(QRect(header.mapTo(events, QPoint(0, 0)), header.size()))


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_header_repaints_only_where_its_highlight_changes(qtbot):  # type: ignore[no-untyped-def]
    events = _list(qtbot)
    selection, header = events._selection, events.horizontalHeader()
    paints = _Paints()
    header.viewport().installEventFilter(paints)
    changes = (("e3", lambda: selection.select("e3")),  # (another selected row: same header)
               ("none", lambda: selection.select(None)),  # (highlight gone)
               ("e5", lambda: selection.select("e5")),  # (back)
               ("all", events.selectAll),  # (every column selected whole)
               ("e6", lambda: selection.select("e6")),
               ("three", lambda: selection.select_many(["e1", "e7", "e9"], "e9")),
               ("Down", lambda: QApplication.sendEvent(events, QKeyEvent(
                   QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier))))
    repainted = {}
    for name, change in changes:
        _header_on_screen(events)
        paints.count = 0
        change()
        shown = _header_on_screen(events)
        repainted[name] = paints.count
        header.viewport().repaint()
        assert shown == _header_on_screen(events), f"the header is stale after {name}"
    assert repainted["e3"] == repainted["three"] == repainted["Down"] == 0
    assert repainted["none"] and repainted["e5"] and repainted["all"]


def test_the_cells_laid_out_longest_ago_go_first(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """Beyond ``CELLS_KEPT`` cells, each new one drops the cell laid out longest ago: the
    whole cache emptied at once made one frame in ~37 pages of new rows several ms longer
    (2 048 layouts released), and dropped the cells on screen too."""
    from timeline_app.ui import event_list as module

    monkeypatch.setattr(module, "CELLS_KEPT", 80)
    events = _list(qtbot, width=1400)
    events.resize(1400, 200)  # (about 8 rows of 7 columns on screen)
    QApplication.processEvents()
    delegate = events.itemDelegate()
    bar = events.verticalScrollBar()
    model = events.model()
    shown = [c for c in range(model.columnCount()) if not events.isColumnHidden(c)]
    for _ in range(6):
        bar.setValue(bar.value() + 4)
        events.viewport().repaint()
        first = events.rowAt(0)
        last = events.rowAt(events.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        on_screen = {(row, column) for row in range(first, last + 1) for column in shown}
        assert len(on_screen) < 80
        assert on_screen <= set(delegate._cells)
        assert len(delegate._cells) <= 80
    assert len(delegate._cells) == 80


def test_a_text_shown_in_many_cells_is_laid_out_once(qtbot):  # type: ignore[no-untyped-def]
    """A category (or a day, a status) shown in many rows is shaped once at a width, and
    each of its cells draws that layout: ~0.75 M instructions fewer a PageDown's new rows
    at 100 000 rows.  The list still looks as Qt's own paint made it."""
    events = _list(qtbot)
    delegate = events.itemDelegate()
    layouts = {}
    for (row, column), cell in delegate._cells.items():
        if column == 2 and cell[2] is not None:  # the Category column's text
            text = events.table_model().cell(row, column)[0]
            layouts.setdefault(text, set()).add(id(cell[2]))
    assert layouts and all(len(ids) == 1 for ids in layouts.values())
    assert any(len([1 for (r, c) in delegate._cells if c == 2
                    and events.table_model().cell(r, c)[0] == text]) > 1 for text in layouts)
    from tests.ui.test_list48_cells import _assert_same

    _assert_same(events)
