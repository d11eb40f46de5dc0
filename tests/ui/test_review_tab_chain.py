"""The import review's Tab chain runs through the row being reviewed (edit28's "left"
list, session 31): Shift+Tab from the Keep button under the table reached the last row's
Category box, which made that row the current one — the Keep button went and the next F2
edited another row.  The Select All / Select None buttons and the two choices to their
right are reached in the order they read."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from tests.ui.test_ui14b_review import ARTICLE, _pair
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

BACKTAB = (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def review(qtbot):  # type: ignore[no-untyped-def]
    result = extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    dialog = ReviewDialog(dataclasses.replace(result, candidates=tuple(_pair())))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setCurrentCell(0, ReviewDialog.TITLE)
    return dialog


def _boxes(dialog: ReviewDialog, row: int) -> list[QComboBox]:
    found = [dialog.table.cellWidget(row, column)
             for column in (ReviewDialog.CATEGORY, ReviewDialog.DUPLICATE)]
    return [box for box in found if isinstance(box, QComboBox)]


def _tab_reaches(box: QComboBox) -> bool:
    return bool(box.focusPolicy() & Qt.FocusPolicy.TabFocus)


def test_shift_tab_from_keep_stays_on_the_row_being_reviewed(review, qtbot):  # type: ignore[no-untyped-def]
    dialog = review
    keep = dialog.keep_button
    assert keep.isVisible() and keep.text() == "&Keep Row 1, Drop Row 2"
    keep.setFocus()
    qtbot.keyClick(keep, *BACKTAB)
    assert dialog.focusWidget() is dialog.table.cellWidget(0, ReviewDialog.CATEGORY)
    assert dialog.table.currentRow() == 0  # was 2: the last row's box
    assert keep.isVisible() and keep.text() == "&Keep Row 1, Drop Row 2"
    qtbot.keyClick(dialog.focusWidget(), *BACKTAB)
    assert dialog.focusWidget() is dialog.table and dialog.table.currentRow() == 0


def test_only_the_current_row_s_boxes_are_in_the_tab_chain(review):  # type: ignore[no-untyped-def]
    dialog = review
    rows = dialog.table.rowCount()
    assert all(_tab_reaches(box) for box in _boxes(dialog, 0))
    assert not any(_tab_reaches(box) for row in range(1, rows) for box in _boxes(dialog, row))
    dialog.table.setCurrentCell(2, ReviewDialog.TITLE)
    assert all(_tab_reaches(box) for box in _boxes(dialog, 2))
    assert not any(_tab_reaches(box) for row in range(2) for box in _boxes(dialog, row))
    # (a click still gives a box the focus)
    assert all(box.focusPolicy() & Qt.FocusPolicy.ClickFocus
               for row in range(rows) for box in _boxes(dialog, row))


def test_select_none_is_followed_by_the_choices_to_its_right(review, qtbot):  # type: ignore[no-untyped-def]
    dialog = review
    select_all, select_none = (b for b in dialog.findChildren(QPushButton)
                               if b.text() in ("Select &All", "Select &None"))
    assert dialog.add_radio.isChecked()
    select_all.setFocus()
    qtbot.keyClick(select_all, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is select_none
    qtbot.keyClick(select_none, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.add_radio  # it went to the dialog's buttons
    select_all.setFocus()
    qtbot.keyClick(select_all, *BACKTAB)
    assert dialog.focusWidget() in (dialog.evidence, dialog.evidence.viewport())


def test_tab_leaves_the_table_for_the_row_s_boxes(review, qtbot):  # type: ignore[no-untyped-def]
    """Tab went from cell to cell and row to row, round again after the last: no way out
    of the table but Ctrl+Tab, which nothing says, and the Alt keys."""
    dialog = review
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.table.cellWidget(0, ReviewDialog.CATEGORY)
    assert dialog.table.currentRow() == 0


def test_tab_from_the_last_sentence_tick_goes_on(qtbot):  # type: ignore[no-untyped-def]
    """Tab from a row's last sentence tick went back to its first (the ticks' bar, after
    them in the chain, handed the focus to the first), round and round."""
    from tests.ui.test_edit28_review_sentences import TEXT

    dialog = ReviewDialog(extract_events(TEXT, dct=dt.date(2026, 12, 2)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(i for i, c in enumerate(dialog.extraction.candidates) if len(c.evidence) == 2)
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    first, last = dialog.sentence_boxes[:2]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert dialog.focusWidget() not in (first, last)
    assert dialog.focusWidget().text() == "Select &All"
    # (Alt+S: test_edit28_review_sentences.test_the_sentence_ticks_are_reached_with_alt_s…)


def test_shift_tab_from_the_sentences_pane_reaches_keep_first(review, qtbot):  # type: ignore[no-untyped-def]
    """Tab reaches Keep before the pane under it; Shift+Tab from the pane went past it to
    the table."""
    dialog = review
    assert dialog.keep_button.isVisible()
    dialog.evidence.setFocus()
    qtbot.keyClick(dialog.evidence, *BACKTAB)
    assert dialog.focusWidget() is dialog.keep_button
    assert dialog.table.currentRow() == 0
