"""verify43 F27: Find → Filters (Ctrl+Shift+F) with the Filters open as a tab behind
another closed them; a user pressing it wants to go to the filters."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication


def _settle(qtbot, rounds: int = 10) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def _in_front(dock) -> bool:  # type: ignore[no-untyped-def]
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_the_filters_shortcut_brings_a_tab_behind_to_the_front(window, qtbot, monkeypatch):
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1600, 1000))
    window.resize(900, 700)  # narrow: the Filters open as a tab
    _settle(qtbot)
    action = window._filter_dock.toggleViewAction()
    action.trigger()
    qtbot.waitUntil(lambda: _in_front(window._filter_dock))
    if not window.tabifiedDockWidgets(window._filter_dock):  # (the small-screen layout)
        window.tabifyDockWidget(window._details_dock, window._filter_dock)
        _settle(qtbot)
    window._details_dock.raise_()  # another tab in front: the Filters behind it
    _settle(qtbot)
    assert not _in_front(window._filter_dock) and action.isChecked()
    action.trigger()
    _settle(qtbot)
    assert _in_front(window._filter_dock) and action.isChecked()
    action.trigger()  # in front: the same key closes them, as before
    _settle(qtbot)
    assert not window._filter_dock.isVisible() and not action.isChecked()
