"""verify57 F22: the mouse wheel over the review's and File → Merge's tables changed the
rows' boxes (a lane "Treaty" → "China–Pacific", "Merge into …" → "Keep both") instead of
scrolling the table.  A box without the focus leaves the wheel to the table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTableWidget

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog, RowBox
from timeline_app.ui.table_boxes import wheel_scrolls_table


def _wheel(widget, steps: int = -1) -> None:  # type: ignore[no-untyped-def]
    """A wheel turned ``steps`` notches (negative: towards the user, down) over the middle
    of ``widget``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_a_wheel_over_a_cells_box_scrolls_the_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableWidget(40, 1)
    qtbot.addWidget(table)
    table.resize(300, 200)
    for row in range(40):
        box = wheel_scrolls_table(QComboBox(table))
        box.addItems(["Treaty", "Policy", "China–Pacific"])
        table.setCellWidget(row, 0, box)
    table.show()
    qtbot.waitExposed(table)
    box = table.cellWidget(1, 0)
    _wheel(box)
    assert box.currentText() == "Treaty"  # (it stepped to "Policy")
    assert table.verticalScrollBar().value() > 0  # (it stayed at the top)
    box.setFocus()  # a box clicked or reached with Tab still steps, as any box does
    qtbot.waitUntil(box.hasFocus)
    _wheel(box)
    assert box.currentText() == "Policy"


def test_the_reviews_boxes_leave_the_wheel_to_the_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(f"Delegations met in Geneva on {day} March 2024." for day in range(1, 25))
    dialog = ReviewDialog(extract_events(text, dct=dt.date(2024, 3, 30)), True, None, [])
    qtbot.addWidget(dialog)
    dialog.resize(900, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    boxes = [dialog.table.cellWidget(row, ReviewDialog.CATEGORY)
             for row in range(dialog.table.rowCount())]
    box = next(b for b in boxes if isinstance(b, RowBox) and b.isVisible() and not b.hasFocus())
    before = box.currentText()
    _wheel(box)
    assert box.currentText() == before
    assert dialog.table.verticalScrollBar().value() > 0
