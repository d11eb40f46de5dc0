"""verify50 F8: in a 400-500 px Events list (a tab beside Details at 1366×768) the Status
column was hidden with the Category column, though ticked: disputed events could not be
seen or sorted there, and unticking and ticking Status again changed nothing.  The
Category column gives way first (its colour stays beside each title); Status only where
the titles would lack their least width even without it, and its menu entry then says
so."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from tests.ui.test_event_list_columns import _list as events_list
from tests.ui.test_event_status_ui import _jeddah


def _window(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_jeddah())
    qtbot.addWidget(window)
    return window


def test_status_outlasts_the_category_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = events_list(qtbot, 480, _window(qtbot))
    qtbot.waitUntil(lambda: events.isColumnHidden(2))  # no room for Category
    assert not events.isColumnHidden(3)  # Status still shown
    assert events.columnWidth(1) >= events._least_title_width  # the titles keep theirs
    # untick and tick again: it comes back (it did not)
    events.set_column_shown(3, False)
    assert events.isColumnHidden(3)
    events.set_column_shown(3, True)
    assert not events.isColumnHidden(3)


def test_a_status_column_without_room_says_so_in_its_menu(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = events_list(qtbot, 300, _window(qtbot))
    qtbot.waitUntil(lambda: events.isColumnHidden(3))
    parent = QMainWindow()
    qtbot.addWidget(parent)
    menu = events.columns_menu(parent)
    status = next(a for a in menu.actions() if a.text().startswith("&Status"))
    assert status.isChecked() and "widen the list" in status.text()
    events.resize(900, 300)
    qtbot.waitUntil(lambda: not events.isColumnHidden(3))
    menu = events.columns_menu(parent)
    assert next(a for a in menu.actions() if a.text().startswith("&Status")).text() == "&Status"


def test_a_status_column_without_room_leaves_the_status_in_the_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify73 F18: a narrow Events tab showed a disputed event as every other row."""
    events = events_list(qtbot, 300, _window(qtbot))
    qtbot.waitUntil(lambda: events.isColumnHidden(3))
    model = events.model()
    texts = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert any(text.startswith("Disputed · ") for text in texts)
    events.resize(900, 300)
    qtbot.waitUntil(lambda: not events.isColumnHidden(3))
    assert not any(model.index(row, 1).data().startswith("Disputed · ")
                   for row in range(model.rowCount()))
