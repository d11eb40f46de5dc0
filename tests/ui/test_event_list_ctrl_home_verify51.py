"""verify51 F10: in the Events list, a click on a row and then Ctrl+Home left that row
highlighted while the event of the top row was the one selected (Details, the timeline and
the status bar said so), and Delete deleted the top row's event.  A Ctrl+move of the
current row now selects the row it reaches, as the event there is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_event_list_columns import _list as events_list


def test_ctrl_home_selects_the_row_it_reaches(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = events_list(qtbot, 700)
    model = events.table_model()
    events.setFocus()
    events.selectRow(3)
    assert events.selectionModel().isRowSelected(3)
    QTest.keyClick(events, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert events.currentIndex().row() == 0
    selected = [i.row() for i in events.selectionModel().selectedRows()]
    assert selected == [0]
    assert events._selection.event_id == model.event_id(0)
    QTest.keyClick(events, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = model.rowCount() - 1
    assert [i.row() for i in events.selectionModel().selectedRows()] == [last]
    assert events._selection.event_id == model.event_id(last)


def test_ctrl_click_still_adds_a_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = events_list(qtbot, 700)
    events.selectRow(1)
    rect = events.visualRect(events.table_model().index(4, 1))
    QTest.mouseClick(events.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, rect.center())
    assert sorted(i.row() for i in events.selectionModel().selectedRows()) == [1, 4]


def test_home_and_end_go_to_the_first_and_last_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify52 F14: Home and End did nothing (they moved the current cell to the row's
    first or last column)."""
    events = events_list(qtbot, 700)
    model = events.table_model()
    events.setFocus()
    events.selectRow(3)
    QTest.keyClick(events, Qt.Key.Key_End)
    last = model.rowCount() - 1
    assert [i.row() for i in events.selectionModel().selectedRows()] == [last]
    assert events._selection.event_id == model.event_id(last)
    QTest.keyClick(events, Qt.Key.Key_Home)
    assert [i.row() for i in events.selectionModel().selectedRows()] == [0]
    assert events._selection.event_id == model.event_id(0)
    QTest.keyClick(events, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert len(events.selectionModel().selectedRows()) == model.rowCount()
