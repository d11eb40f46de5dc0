"""Open Recent from the keyboard (verify33 F10): Alt+F, R opened the submenu with its first
file highlighted, but the first key typed then — "1" or Return — opened nothing; a second
press did.  The menu was cleared and filled again as it opened (aboutToShow), taking away
the entry the keyboard had made current.  It is filled when the list changes now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from timeline_app import io as timeline_io
from timeline_app.core import Timeline


def _saved(tmp_path: Path, name: str, title: str) -> Path:
    path = tmp_path / name
    timeline_io.save(Timeline(title=title), path)
    return path


def _popup(qtbot) -> QMenu:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    return popup


def test_alt_f_r_1_opens_the_last_file_at_the_first_press(window, qtbot, tmp_path):
    first = _saved(tmp_path, "first.json", "First timeline")
    assert window.open_path(str(first))
    assert window.new_timeline()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    file_menu = _popup(qtbot)
    qtbot.keyClick(file_menu, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.recent_menu)
    qtbot.keyClick(window.recent_menu, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: window.document.timeline.title == "First timeline", timeout=3000)


def test_the_menu_is_filled_before_it_opens_and_kept_while_the_list_is_the_same(
        window, tmp_path):
    path = _saved(tmp_path, "kept.json", "Kept")
    assert window.open_path(str(path))
    window.recent_menu.aboutToShow.emit()
    actions = window.recent_menu.actions()
    assert actions[0].text() == "&1 kept.json"
    window.recent_menu.aboutToShow.emit()
    assert window.recent_menu.actions() == actions  # the same entries, not new ones
