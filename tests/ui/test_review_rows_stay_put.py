"""The review's rows stay where they are while the person works in the table (verify47
F9): ticking a row, choosing Merge or correcting a row changed the count of the notes
above the table and the lines of the explanation and date notes under it, every row moved
3-7 px, and a double-click aimed at row 6's Participants edited row 5's."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.ui.test_edit26_duplicate_follows_row import review  # noqa: F401 (a fixture)
from timeline_app.ui.import_article import ReviewDialog


def _where(dialog: ReviewDialog, row: int) -> QPoint:
    """Row ``row``'s top-left corner in the dialog (px), as the pointer meets it."""
    QApplication.processEvents()
    table = dialog.table
    rect = table.visualRect(table.model().index(row, ReviewDialog.TITLE))
    return table.viewport().mapTo(dialog, rect.topLeft())


def test_rows_do_not_move_when_notes_come_and_go(review):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog, row = review
    dialog.resize(1000, 420)  # small: the table scrolls, as on a 1366×768 laptop
    last = dialog.table.rowCount() - 1
    dialog.table.scrollToBottom()
    before = [_where(dialog, r) for r in range(last + 1)]
    intro = dialog.intro.text()
    dialog.set_checked(row, True)  # the note on duplicates says "1 to merge" now
    assert dialog.intro.text() != intro
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "20 April 2026")  # no longer a duplicate: its note goes
    assert "already in the timeline" not in dialog.intro.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "11 March 2026")  # a duplicate again: the note is back
    assert "already in the timeline" in dialog.intro.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "3/4/2026")  # reads two ways: a date note under it
    assert dialog.note_label.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "")  # no date: Import's problem is said under it
    assert dialog.error_label.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    for current in range(last + 1):  # the explanation under the table follows the row
        dialog.table.setCurrentCell(current, ReviewDialog.TITLE)
        assert [_where(dialog, r) for r in range(last + 1)] == before


def test_a_note_longer_than_its_room_is_cut_and_whole_in_the_tooltip(review):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog, _row = review
    label = dialog.duplicate_label
    height = label.height()
    long = "Row 1 is likely “a title”, already in the timeline. " * 30
    label.setText(long)
    assert label.text() == long  # the whole text for whoever reads it
    assert label.height() == height
    assert "a title" in label.toolTip()
    label.setText("short")
    assert label.height() == height and not label.toolTip()
