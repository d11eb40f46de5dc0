"""Session 64's new-user trial: the Filters panel came back as a fourth tab on the right
after a restart although the person had put it elsewhere, or closed it.

- In a narrow window the Filters open as a tab beside Details (``_narrow_filter_dock``);
  moved out of the tabs (a column on the left), they went back into them at the next start,
  as the restored layout showed them and the rule ran again.
- Closed by their ✕ while a tab in front, they were shown again at once
  (``_note_filters_behind`` took the closed tab for one behind another), and so were
  open at every start after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

AREA = Qt.DockWidgetArea


def _started(qtbot):  # type: ignore[no-untyped-def]
    """A start as ``app.main`` makes it (panels after the first paint), the saved layout
    restored."""
    from timeline_app.app import create_main_window

    window = create_main_window(defer_panels=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panels_ready, timeout=10_000):
        window.show()
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(100)  # (the queued ``_narrow_filter_dock``)
    return window


def _filters(window):  # type: ignore[no-untyped-def]
    dock = window._filter_dock
    return (dock.isVisible(), window.dockWidgetArea(dock), bool(window.tabifiedDockWidgets(dock)))


def _narrow_with_filters(qtbot):  # type: ignore[no-untyped-def]
    window = _started(qtbot)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    window._filter_dock.toggleViewAction().trigger()  # Find → Filters
    qtbot.wait(100)
    # The app's own choice in a narrow window: a tab beside Details.
    assert _filters(window) == (True, AREA.RightDockWidgetArea, True)
    return window


def test_filters_moved_out_of_the_tabs_stay_there_after_a_restart(qtbot):  # type: ignore[no-untyped-def]
    window = _narrow_with_filters(qtbot)
    window.addDockWidget(AREA.LeftDockWidgetArea, window._filter_dock)  # the person's drag
    window._filter_dock.show()
    qtbot.wait(100)
    assert _filters(window) == (True, AREA.LeftDockWidgetArea, False)
    window.close()
    again = _started(qtbot)
    assert _filters(again) == (True, AREA.LeftDockWidgetArea, False)
    # Closed and opened again in the same session: still where the person put them.
    again._filter_dock.toggleViewAction().trigger()
    qtbot.wait(50)
    again._filter_dock.toggleViewAction().trigger()
    qtbot.wait(100)
    assert _filters(again) == (True, AREA.LeftDockWidgetArea, False)
    again.close()


def test_filters_closed_by_their_close_button_stay_closed(qtbot):  # type: ignore[no-untyped-def]
    window = _narrow_with_filters(qtbot)
    button = window._filter_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert not window._filter_dock.isVisible()
    assert not window._filter_dock.toggleViewAction().isChecked()
    window.close()
    again = _started(qtbot)
    assert not again._filter_dock.isVisible()
    # Ctrl+Shift+F opens them again as the tab they were.
    again._filter_dock.toggleViewAction().trigger()
    qtbot.wait(100)
    assert _filters(again) == (True, AREA.RightDockWidgetArea, True)
    again.close()


def test_the_first_opening_in_a_narrow_window_is_still_a_tab(qtbot):  # type: ignore[no-untyped-def]
    """(The rule itself stays for a layout the person never changed.)"""
    window = _narrow_with_filters(qtbot)
    window.close()
