"""View → Events (Details, Article) on a panel open as a tab behind another brings it to the
front with the keyboard's focus in it (verify36, F9: where the Events list starts as a tab
beside Details, View → Events closed the covered list, and a second time brought it back
still behind Details: a keyboard user never reached it that way)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _entry(window, text: str):  # type: ignore[no-untyped-def]
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in view_menu.actions() if a.text() == text)


def _in_front(dock) -> bool:  # type: ignore[no-untyped-def]
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_view_events_raises_a_covered_list_then_closes_it(window, qtbot):
    window._list_dock.show()
    window.tabifyDockWidget(window._details_dock, window._list_dock)
    window._details_dock.raise_()
    qtbot.waitUntil(lambda: _in_front(window._details_dock))
    QApplication.processEvents()
    events = _entry(window, "&Events")
    assert events.isChecked() and not _in_front(window._list_dock)
    events.trigger()
    qtbot.waitUntil(lambda: _in_front(window._list_dock))
    assert events.isChecked()
    qtbot.waitUntil(lambda: window.event_list.hasFocus() or
                    window._list_dock.isAncestorOf(QApplication.focusWidget()))
    events.trigger()  # in front now: closes
    qtbot.waitUntil(lambda: not window._list_dock.isVisible())
    assert not events.isChecked() and not window._list_dock.toggleViewAction().isChecked()
    events.trigger()  # closed: opens, in front
    qtbot.waitUntil(lambda: _in_front(window._list_dock))
    assert events.isChecked()


def test_the_entry_follows_the_panels_own_close_button(window, qtbot):
    details = _entry(window, "&Details")
    window._details_dock.show()
    qtbot.waitUntil(window._details_dock.isVisible)
    assert details.isChecked()
    window._details_dock.close()
    assert not details.isChecked()
    assert details.statusTip()
