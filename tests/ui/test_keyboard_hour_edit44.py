"""A keyboard user's hour at 1366 × 768 (session 43, edit44): what took the keyboard
where a desktop user expects it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar


def _dock_tab_bar(window, title: str) -> QTabBar:  # type: ignore[no-untyped-def]
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if bar.isVisible() and title in [bar.tabText(i) for i in range(bar.count())]:
            return bar
    raise AssertionError(f"no tab bar with {title}")


def test_tab_from_the_docks_tab_bar_goes_into_the_panel_chosen(qtbot, window):  # type: ignore[no-untyped-def]
    """After ← / → chose the Events tab in the docks' tab bar, Tab went on to the legend:
    the Events list (where Shift+arrows select several events for Merge) could not be
    reached by Tab."""
    window._lay_out_compact()  # (Events a tab beside Details, as at 1366 × 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    bar = _dock_tab_bar(window, "Events")
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus, timeout=3000)
    events = [bar.tabText(i) for i in range(bar.count())].index("Events")
    while bar.currentIndex() != events:
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    qtbot.waitUntil(window.event_list.isVisible, timeout=3000)
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.event_list
    # and from Details' tab into Details
    details = [bar.tabText(i) for i in range(bar.count())].index("Details")
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    bar.setCurrentIndex(details)
    qtbot.waitUntil(window.detail_pane.isVisible, timeout=3000)
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.detail_pane


def test_esc_in_the_filters_goes_back_to_the_timeline_keeping_them(qtbot, window):  # type: ignore[no-untyped-def]
    """Esc in the Filters' To field did nothing: the keyboard stayed in the panel."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.findChild(QDockWidget, "filtersDock").toggleViewAction().trigger()
    panel = window.filter_panel
    field = panel.to_field
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    qtbot.keyClicks(field, "1700")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view
    assert field.text() == "1700" and panel.isVisible()


def _tab_stops(qtbot, window, key, count):  # type: ignore[no-untyped-def]
    seen = []
    for _ in range(count):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, key)
    return seen


def test_tab_leaves_the_docks_panels_for_the_legend_and_comes_back(qtbot, window):  # type: ignore[no-untyped-def]
    """verify56 F1 (a keyboard-only user at 1366 × 768): Tab from the timeline went to
    Details, then the docks' tab bar, whose Tab went back into Details: a loop Tab never
    left, the timeline and the legend out of reach forwards.  Now the tab bar comes
    first, its panel after it, then the legend and the timeline again; Shift+Tab goes
    the same way back."""
    window._lay_out_compact()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # an event chosen: Details has a link
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.view.hasFocus, timeout=3000)
    forward = _tab_stops(qtbot, window, Qt.Key.Key_Tab, 30)
    assert window.view in forward[1:], [type(w).__name__ for w in forward]
    turn = forward.index(window.view, 1)
    ring = forward[:turn]
    names = [type(w).__name__ for w in ring]
    assert names[1] == "QTabBar" and ring[2] is window.detail_pane, names
    assert any(w is window.legend_bar or window.legend_bar.isAncestorOf(w) for w in ring), names
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.view.hasFocus, timeout=3000)
    backward = _tab_stops(qtbot, window, Qt.Key.Key_Backtab, turn + 1)
    assert backward[turn] is window.view
    assert backward[1:turn] == list(reversed(ring[1:])) or (
        # Details steps through its links itself, forwards and back
        [w for w in backward[1:turn] if w is not window.detail_pane]
        == [w for w in reversed(ring[1:]) if w is not window.detail_pane])


def test_esc_in_details_goes_back_to_the_timeline(qtbot, window):  # type: ignore[no-untyped-def]
    """verify56 F1: from Details, Esc (as F6 and Ctrl+Tab) left the keys there."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.detail_pane.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.detail_pane.hasFocus, timeout=3000)
    qtbot.keyClick(window.detail_pane, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view
