"""The event editor's fields and buttons stay where they are when a field is left
(verify47 F15): leaving Date after typing a range filled End and showed its read-back,
the form grew ~20 px and OK moved away while the mouse click on it was under way; a click
aimed at End landed on Date's read-back and put "14 July 2015" into the Date."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.core import Timeline
from timeline_app.ui.event_editor import EventEditor


def _where(dialog: EventEditor, widget: QWidget) -> QPoint:
    QApplication.processEvents()
    return widget.mapTo(dialog, QPoint(0, 0))


def test_leaving_a_typed_range_moves_neither_ok_nor_end(qtbot):  # type: ignore[no-untyped-def]
    dialog = EventEditor(Timeline())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "JCPOA in force")
    dialog.date_edit.setFocus()
    qtbot.keyClicks(dialog.date_edit, "16 January 2016 to 8 May 2018")
    watched = (dialog.ok_button, dialog.end_edit, dialog.date_words, dialog.circa_check)
    before = [_where(dialog, w) for w in watched]
    height = dialog.height()
    dialog.title_edit.setFocus()  # the Date field is left: End is filled and read back
    QApplication.processEvents()
    assert dialog.end_edit.text() == "8 May 2018"
    assert "8 May 2018" in dialog.end_words.text()
    assert dialog.ok_button.isEnabled()
    assert [_where(dialog, w) for w in watched] == before
    assert dialog.height() == height
    dialog.date_edit.clear()  # "Type the date." said under the form: OK stays put
    assert dialog.error_label.text()
    assert [_where(dialog, w) for w in watched] == before
