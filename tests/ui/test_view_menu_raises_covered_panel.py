"""View → Events shows the Events list when it is a tab behind Details (verify36 F9).

On a short screen (1280x800, or 200 % on a 2560x1600 laptop) the Events list starts as a
tab beside Details.  A keyboard user's Alt+V, E hid the tab (Qt's toggle action is
checked for a covered tab too); Alt+V, E again brought the tab back, still behind
Details, the focus where it was.  A panel that is shown but covered now comes to the
front with the keys; one in front is hidden, a hidden one shown, as before."""

from __future__ import annotations


def _view_entry(window, text):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in view_menu.actions() if a.text() == text)


def test_view_events_brings_a_covered_events_tab_to_the_front(window, qtbot):
    list_dock, details = window._list_dock, window._details_dock
    window.tabifyDockWidget(details, list_dock)
    details.raise_()
    qtbot.waitUntil(lambda: not details.visibleRegion().isEmpty()
                    and list_dock.visibleRegion().isEmpty())
    entry = _view_entry(window, "&Events")
    assert entry.isChecked()
    entry.trigger()
    qtbot.waitUntil(lambda: not list_dock.visibleRegion().isEmpty())
    assert not list_dock.isHidden() and entry.isChecked()
    qtbot.waitUntil(lambda: list_dock.isAncestorOf(window.focusWidget())
                    if window.focusWidget() else False)
    # in front, the entry hides it, and shows it again
    entry.trigger()
    qtbot.waitUntil(lambda: list_dock.isHidden())
    assert not entry.isChecked()
    entry.trigger()
    qtbot.waitUntil(lambda: not list_dock.visibleRegion().isEmpty())
    assert entry.isChecked()
