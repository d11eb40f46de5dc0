"""A wire journalist's review by keyboard (verify52): Return in a row's Category box after
choosing another lane by typing its name imported the whole review (F1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _review(qtbot):  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def test_return_after_typing_a_lane_that_exists_imports_nothing(qtbot):  # type: ignore[no-untyped-def]
    """F1: Space (typed into the box), Ctrl+A, "Meeting", Return: the review closed and
    imported every row."""
    dialog = _review(qtbot)
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.outcome().events[r].category != "meeting")
    combo = dialog.table.cellWidget(row, dialog.CATEGORY)
    assert isinstance(combo, QComboBox)
    combo.lineEdit().setFocus()
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    qtbot.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus, "Meeting")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.outcome().events[row].category == "meeting"
