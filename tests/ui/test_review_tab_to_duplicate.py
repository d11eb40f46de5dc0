"""verify49 F2 (session 39): in the import review, a row that a correction made a duplicate
got its Duplicate? box last in the dialog's Tab chain, so Tab from the row's Category box
went past it to the sentences pane, where nothing showed the focus, and a Return there
pressed Import: all rows went in before the person had corrected them.  Now Tab reaches
the box, and Return in the sentences pane goes back to the table."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("GENEVA, March 13 (Reuters) - Iran and the three European powers ended a round of "
        "talks on the nuclear programme in Geneva on Thursday, diplomats said.\n\n"
        "Iranian Foreign Minister Abbas Araqchi met British Foreign Secretary David Lammy in "
        "Berne on Wednesday before the talks.\n\n"
        "The next round is scheduled for Vienna on March 27.\n")
EXISTING = [Event("geneva", "Abbas Araqchi and David Lammy meet in Geneva",
                  FuzzyDate.of_day(dt.date(2026, 3, 5)), category="meeting",
                  participants=("Abbas Araqchi", "David Lammy"), location="Geneva")]


@pytest.fixture
def review(qtbot):  # type: ignore[no-untyped-def]
    result = extract_events(TEXT, dct=dt.date(2026, 3, 13))
    dialog = ReviewDialog(result, existing=EXISTING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(i for i, c in enumerate(result.candidates) if "Lammy" in c.title)
    assert row not in dialog.duplicates  # (Berne, 11 March: no repeat at first)
    dialog.set_cell(row, "Place", "Geneva")
    dialog.set_cell(row, "Date", "5 March 2026")
    assert row in dialog.duplicates  # the correction made it one: its box made now
    dialog.activateWindow()
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    return dialog, row


def test_tab_from_the_category_box_reaches_a_duplicate_box_made_by_a_correction(review, qtbot):
    dialog, row = review
    category = dialog.table.cellWidget(row, ReviewDialog.CATEGORY)
    duplicate = dialog.table.cellWidget(row, ReviewDialog.DUPLICATE)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is category
    qtbot.keyClick(category, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is duplicate


def test_return_in_the_sentences_pane_goes_back_to_the_table_and_imports_nothing(review, qtbot):
    dialog, row = review
    dialog.evidence.setFocus()
    qtbot.keyClick(dialog.evidence, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # not accepted: nothing imported
    assert QApplication.focusWidget() is dialog.table
    assert dialog.table.currentRow() == row
