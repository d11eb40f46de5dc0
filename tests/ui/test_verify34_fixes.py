"""Faults a history teacher met building a class timeline over decades (verify34).

Each test fails on the code before its fix; the finding's number is in its name or text
(``/work/coord/s27/verify34_findings.md``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def test_a_lane_typed_in_the_review_and_confirmed_with_return_keeps_its_name(qtbot):
    """F1: "Court cases" typed in a row's Category box and confirmed with Return made a
    lane called "None": the editable box inserted the text as an item without data, and
    the row's category was ``str(None)``."""
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    combo = dialog.table.cellWidget(1, dialog.CATEGORY)
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Court cases")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert combo.currentText() == "Court cases"
    assert dialog.outcome().events[1].category == "court cases"
