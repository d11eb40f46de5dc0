"""verify88 F3: the first click into a row's Category box (on its text, not its arrow)
only gave the box the focus: its list stayed shut, and at 200 % the person thought the
review had re-laid itself out under the pointer.  The click opens the list, as one on the
arrow does, and the dialog and its columns stay as they were; a click in the text while
the box has the keys places the cursor, as before."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.test_edit26_duplicate_follows_row import review  # noqa: F401 (a fixture)
from timeline_app.ui.import_article import ReviewDialog


def _layout(dialog: ReviewDialog) -> tuple[object, list[int]]:
    QApplication.processEvents()
    table = dialog.table
    return dialog.geometry(), [table.columnWidth(c) for c in range(table.columnCount())]


def test_a_click_on_a_category_box_opens_its_list_and_moves_nothing(review, qtbot):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog, row = review
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    box = dialog.table.cellWidget(row, ReviewDialog.CATEGORY)
    assert isinstance(box, QComboBox) and box.lineEdit() is not None
    before = _layout(dialog)
    category = box.currentData()
    line = box.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(8, line.height() // 2))
    qtbot.waitUntil(box.view().isVisible)  # the list is open at the first click
    assert box.currentData() == category  # nothing chosen by the click itself
    assert _layout(dialog) == before
    box.hidePopup()
    qtbot.waitUntil(lambda: not box.view().isVisible())
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(8, line.height() // 2))
    QApplication.processEvents()
    assert not box.view().isVisible()  # typing there: the click places the cursor
    assert _layout(dialog) == before
