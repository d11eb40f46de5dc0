"""verify76: a keyboard-only analyst at 150 % in the dark theme in the import review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

SEED = """Seoul, 5 March 2026 -- South Korea and Japan signed a treaty on 3 March 2026.
The foreign ministers met in Tokyo on 1 February 2026.
Officials said the two sides held talks in Geneva on 15 January 2026."""


def _review(qtbot) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.table.rowCount() >= 2
    return dialog


def _keys(qtbot, *keys: Qt.Key | str,  # type: ignore[no-untyped-def]
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Each key pressed on the widget that has the keys then, as xdotool does."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key, modifier)


def test_a_lane_chosen_with_return_gives_the_arrows_back_to_the_table(qtbot):  # type: ignore[no-untyped-def]
    """F1: after a lane was chosen in a row's Category box with ↓ and Return, ← stayed in
    the box's text and the next Return, Ctrl+A and typed title went into its type-ahead:
    the title never changed."""
    dialog = _review(qtbot)
    table = dialog.table
    box = table.cellWidget(0, ReviewDialog.CATEGORY)
    assert isinstance(box, QComboBox)
    before = box.currentText()
    table.setFocus()
    table.setCurrentCell(0, ReviewDialog.CATEGORY)
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(box.view().isVisible)
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())
    chosen = box.currentText()
    assert chosen != before
    assert QApplication.focusWidget() is table  # the box's editing ended
    assert (table.currentRow(), table.currentColumn()) == (0, ReviewDialog.CATEGORY)
    _keys(qtbot, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert (table.currentRow(), table.currentColumn()) == (0, ReviewDialog.TITLE)
    _keys(qtbot, Qt.Key.Key_Return)
    assert table.state() == table.State.EditingState
    _keys(qtbot, Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "A retyped title")
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # (closed when queued)
    assert table.item(0, ReviewDialog.TITLE).text() == "A retyped title"
    assert box.currentText() == chosen  # nothing typed into the box
    for row in range(1, table.rowCount()):  # nor into another row
        assert table.item(row, ReviewDialog.TITLE).text() != "A retyped title"


def test_a_duplicate_choice_made_in_its_list_gives_the_keys_back_too(qtbot):  # type: ignore[no-untyped-def]
    """F1, in the Duplicate? column: Return on its box opens its list; the choice made
    there ends the box's editing."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate

    existing = [Event("geneva", "South Korea and Japan hold talks in Geneva",
                      FuzzyDate.of_day(dt.date(2026, 1, 15)), category="meeting",
                      participants=("South Korea", "Japan"), location="Geneva")]
    dialog = ReviewDialog(extract_events(SEED), existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.table
    row = next(r for r in range(table.rowCount())
               if table.cellWidget(r, ReviewDialog.DUPLICATE) is not None)
    box = table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert isinstance(box, QComboBox)
    table.setFocus()
    table.setCurrentCell(row, ReviewDialog.DUPLICATE)
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(box.view().isVisible)
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())
    assert box.currentData() == ReviewDialog.KEEP_BOTH
    assert QApplication.focusWidget() is table
    _keys(qtbot, Qt.Key.Key_Left)
    assert (table.currentRow(), table.currentColumn()) == (row, ReviewDialog.CONFIDENCE)
