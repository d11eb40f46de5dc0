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


def _in_front(window, dock):  # type: ignore[no-untyped-def]
    return window._dock_in_front(dock) and not dock.visibleRegion().isEmpty()


def test_ctrl_page_down_brings_the_next_panel_tab_to_the_front(window, qtbot):
    """verify58 F4: the Article tab behind Details had no key of its own.  Ctrl+PgDown /
    Ctrl+PgUp (View → Next / Previous Panel Tab) bring the next / previous tab of the
    tabbed panels to the front, the keys in it, round after the last; from the timeline
    or the Events list at the bottom, Details' tabs."""
    from PySide6.QtCore import Qt

    details, article, list_dock = window._details_dock, window._article_dock, window._list_dock
    assert article in window.tabifiedDockWidgets(details)
    details.raise_()
    qtbot.waitUntil(lambda: _in_front(window, details))
    assert not window._dock_in_front(article)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _in_front(window, article))
    assert not window._dock_in_front(details)
    assert window.article_pane.hasFocus() or window.article_pane.isAncestorOf(
        window.focusWidget())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)  # round to the first
    qtbot.waitUntil(lambda: _in_front(window, details))
    # from the Events list at the bottom: Details' tabs
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.event_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _in_front(window, article))
    # three tabs (the Events list beside them, as on a short screen)
    window.tabifyDockWidget(details, list_dock)
    details.raise_()
    qtbot.waitUntil(lambda: _in_front(window, details))
    order = []
    for _ in range(3):
        window.next_panel_tab(1)
        qtbot.waitUntil(lambda: sum(window._dock_in_front(d)
                                    for d in (details, article, list_dock)) == 1)
        order.append(next(d for d in (details, article, list_dock)
                          if window._dock_in_front(d)))
    assert set(order) == {details, article, list_dock} and order[-1] is details


def test_view_article_brings_the_article_tab_behind_details_to_the_front(window, qtbot):
    """verify58 F4 (View → Article on the Article tab behind Details closed it): in front
    by its tab, not by what is painted."""
    details, article = window._details_dock, window._article_dock
    details.raise_()
    qtbot.waitUntil(lambda: _in_front(window, details))
    entry = _view_entry(window, "&Article")
    entry.trigger()
    qtbot.waitUntil(lambda: _in_front(window, article))
    assert entry.isChecked() and not article.isHidden()
    assert _view_entry(window, "Ne&xt Panel Tab").shortcut().toString() == "Ctrl+PgDown"
