"""Edit → Lane Order opens with the selected event's lane highlighted and its submenu closed,
so → (or Enter) opens the submenu with its first entry highlighted, as in any menu (verify67
F9: the submenu opened with nothing highlighted, and → went on to the View menu)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def test_the_lane_is_highlighted_and_right_enters_its_submenu(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("munich-meeting")
    menu = window.lane_order_menu
    menu.popup(window.mapToGlobal(QPoint(100, 100)))
    qtbot.waitUntil(menu.isVisible)
    QApplication.processEvents()
    active = menu.activeAction()
    assert active is not None and active.text().replace("&", "") == "Meeting"
    sub = active.menu()
    assert not sub.isVisible()  # (it was open, no entry of it highlighted)
    qtbot.keyClick(menu, Qt.Key.Key_Right)
    qtbot.waitUntil(sub.isVisible)
    first = next(a for a in sub.actions() if a.isEnabled() and not a.isSeparator())
    assert sub.activeAction() is first
    sub.hide()
    menu.hide()
