"""From the keyboard, the timeline is one key away from any panel (verify70 F12: from
Details it took about nine Tabs — the Edit… link, then every legend entry — to reach the
timeline again, and no key put the keys there).  F6 / Shift+F6 (View → Next Pane /
Previous Pane) go round the timeline, the panels in front and the legend, as in desktop
apps; Esc in any panel gives the keys back to the timeline (Details, the Filters and the
legend had it; the Article pane and the Events list did not)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _focused_in(window, widget) -> bool:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _ready(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.view.setFocus()
    QApplication.processEvents()


def test_f6_goes_round_the_panes_and_back_to_the_timeline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window, qtbot)
    seen = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        QApplication.processEvents()
        seen.append(QApplication.focusWidget())
        if _focused_in(window, window.view):
            break
    assert _focused_in(window, window.view), seen
    assert 3 <= len(seen) <= 6  # the timeline, Details, (the Events list), the legend, back
    assert any(window.detail_pane.isAncestorOf(w) or w is window.detail_pane for w in seen)
    assert any(window.legend_bar.isAncestorOf(w) for w in seen)
    # Shift+F6 from the timeline: the last pane (the legend)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _focused_in(window, window.legend_bar)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert _focused_in(window, window.view)


def test_f6_from_details_reaches_the_timeline_in_a_few_keys(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window, qtbot)
    window.next_panel_tab(1)  # Ctrl+PgDown: the Article tab, the keys in it
    QApplication.processEvents()
    window.next_panel_tab(-1)  # Ctrl+PgUp: Details, the keys in it
    QApplication.processEvents()
    assert _focused_in(window, window.detail_pane)
    presses = 0
    while presses < 4 and not _focused_in(window, window.view):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        presses += 1
    assert _focused_in(window, window.view) and presses <= 3


def test_esc_in_the_article_pane_and_the_events_list_goes_to_the_timeline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window, qtbot)
    for dock, pane in ((window._article_dock, window.article_pane),
                       (window._list_dock, window.event_list)):
        window._raise_dock(dock)
        QApplication.processEvents()
        assert _focused_in(window, pane)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert _focused_in(window, window.view), pane


def test_f6_reaches_a_floating_panel_and_comes_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window, qtbot)
    window._details_dock.setFloating(True)
    QApplication.processEvents()
    window.next_pane(+1)
    qtbot.waitUntil(lambda: _focused_in(window, window.detail_pane), timeout=2000)
    for _ in range(4):
        if _focused_in(window, window.view):
            break
        window.next_pane(+1)
        QApplication.processEvents()
    assert _focused_in(window, window.view)
