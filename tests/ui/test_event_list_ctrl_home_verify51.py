"""verify51 F10: in the Events list, a click on a row and then Ctrl+Home left that row
highlighted while the event of the top row was the one selected (Details, the timeline and
the status bar said so), and Delete deleted the top row's event.  verify58 F10: the fix
then (Ctrl+Home selected the row it reached) made Ctrl+↑ then Ctrl+Space from one selected
row leave nothing selected.  A Ctrl+move now moves only the current row, as in any Qt list
(ExtendedSelection), the selection kept in the list and everywhere, and Ctrl+Space adds
the row there to the selection or takes it out: rows apart, for Merge (Ctrl+M)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_event_list_columns import _list as events_list


def _select_row(events, row: int) -> None:  # type: ignore[no-untyped-def]
    """Row ``row`` current and alone selected, as a click makes it — not ``selectRow``,
    which reads the application's keyboard modifiers, so a Ctrl another test left held
    toggled the row instead (this file failed once in a whole suite that way)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag
    events.selectionModel().setCurrentIndex(events.model().index(row, 0),
                                            flags.ClearAndSelect | flags.Rows)


def _selected_rows(events) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(i.row() for i in events.selectionModel().selectedRows())


def test_ctrl_home_moves_the_current_row_and_keeps_the_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = events_list(qtbot, 700)
    model = events.table_model()
    events.setFocus()
    _select_row(events, 3)
    assert events.selectionModel().isRowSelected(3)
    QTest.keyClick(events, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert events.currentIndex().row() == 0
    assert _selected_rows(events) == [3]  # what is highlighted is what is selected
    assert events._selection.event_ids == (model.event_id(3),)
    QTest.keyClick(events, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert events.currentIndex().row() == model.rowCount() - 1
    assert _selected_rows(events) == [3]
    assert events._selection.event_ids == (model.event_id(3),)


def test_ctrl_arrows_and_ctrl_space_select_rows_apart(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = events_list(qtbot, 700)
    model = events.table_model()
    events.setFocus()
    _select_row(events, 3)
    for _ in range(2):
        QTest.keyClick(events, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert events.currentIndex().row() == 1 and _selected_rows(events) == [3]
    assert events._selection.event_ids == (model.event_id(3),)
    QTest.keyClick(events, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert _selected_rows(events) == [1, 3]
    assert set(events._selection.event_ids) == {model.event_id(1), model.event_id(3)}
    # (the first selected first: Merge offers its title first)
    assert events._selection.event_ids[0] == model.event_id(3)
    QTest.keyClick(events, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(events, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(events, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert _selected_rows(events) == [1]  # Ctrl+Space on a selected row takes it out
    assert events._selection.event_ids == (model.event_id(1),)
    QTest.keyClick(events, Qt.Key.Key_Down)  # a plain arrow selects the row it reaches
    assert _selected_rows(events) == [4]


def test_ctrl_click_still_adds_a_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = events_list(qtbot, 700)
    _select_row(events, 1)
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
    _select_row(events, 3)
    QTest.keyClick(events, Qt.Key.Key_End)
    last = model.rowCount() - 1
    assert [i.row() for i in events.selectionModel().selectedRows()] == [last]
    assert events._selection.event_id == model.event_id(last)
    QTest.keyClick(events, Qt.Key.Key_Home)
    assert [i.row() for i in events.selectionModel().selectedRows()] == [0]
    assert events._selection.event_id == model.event_id(0)
    QTest.keyClick(events, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert len(events.selectionModel().selectedRows()) == model.rowCount()


def test_two_events_apart_chosen_from_the_keys_can_be_merged(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify58 F10, in the window: the first and the third row chosen from the keys,
    Ctrl+M's Merge Selected Events is offered for both."""
    table = window.event_list
    model = table.table_model()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Down, Qt.Key.Key_Down):
        QTest.keyClick(table, key)
    assert window.selection.event_ids == (model.event_id(2),)
    for _ in range(2):
        QTest.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.event_ids == (model.event_id(2),)
    QTest.keyClick(table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.event_ids == (model.event_id(2), model.event_id(0))
    assert window.merge_selected_action.isEnabled()
