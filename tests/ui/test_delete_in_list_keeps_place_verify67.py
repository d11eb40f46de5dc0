"""Delete in the Events list leaves the row after the deleted one current and selected (the
row before it at the end), so Delete or ↓ goes on from there (verify67 F3: no row was
current, and the next ↓ went to the first row)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ROWS = ["normalization-1965", "forced-labour-compensation", "sado-memorial-boycott",
        "iwaya-seoul-visit", "munich-meeting", "trilateral-tokyo", "cho-iwaya-tokyo",
        "normalization-60th-anniversary"]


def _in_list(window, qtbot):  # type: ignore[no-untyped-def]
    listing = window.event_list
    listing.setVisible(True)
    listing.setFocus()
    QApplication.processEvents()
    assert listing.hasFocus()
    return listing


def _current_event(listing) -> str:  # type: ignore[no-untyped-def]
    index = listing.currentIndex()
    assert index.isValid()
    return listing.table_model().event_id(index.row())


def test_delete_makes_the_next_row_current(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    listing = _in_list(window, qtbot)
    model = listing.table_model()
    assert [model.event_id(r) for r in range(model.rowCount())] == ROWS
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert window.selection.event_id == ROWS[1]
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert ROWS[1] not in window.document.timeline
    assert window.selection.event_ids == (ROWS[2],)
    assert _current_event(listing) == ROWS[2]
    qtbot.keyClick(listing, Qt.Key.Key_Down)  # on from there, not from the first row
    assert window.selection.event_id == ROWS[3]


def test_delete_of_the_last_row_makes_the_one_before_current(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    listing = _in_list(window, qtbot)
    qtbot.keyClick(listing, Qt.Key.Key_End)
    assert window.selection.event_id == ROWS[-1]
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert window.selection.event_ids == (ROWS[-2],)
    assert _current_event(listing) == ROWS[-2]
    window.document.undo_stack.undo()
    assert ROWS[-1] in window.document.timeline
