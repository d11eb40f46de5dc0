"""Keyboard access: every entry of File → Export and View has a mnemonic of its own, so
Alt+F, E, C exports CSV and Alt+V, E shows the Events list without a mouse."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu


def _mnemonics(menu: QMenu) -> list[str]:
    letters = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found = re.search(r"&([^&])", action.text())
        assert found, f"no mnemonic in {action.text()!r}"
        letters.append(found.group(1).lower())
    return letters


def _menu(window, title: str) -> QMenu:  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(title)


def test_export_entries_have_distinct_mnemonics(window):
    file_menu = _menu(window, "File")
    export = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    letters = _mnemonics(export)
    assert len(letters) == len(set(letters)) == 10, letters
    assert window.export_actions["CSV"].text() == "&CSV…"
    assert window.export_actions["PNG whole"].text() == "P&NG picture of the whole timeline…"


def test_view_menu_dock_toggles_have_mnemonics(window):
    view = _menu(window, "View")
    texts = [a.text() for a in view.actions()]
    assert {"&Details", "&Article", "&Events"} <= set(texts)
    top_level = [a for a in view.actions() if not a.isSeparator()]
    letters = [re.search(r"&([^&])", a.text()).group(1).lower() for a in top_level
               if re.search(r"&([^&])", a.text())]
    assert len(letters) == len(set(letters)), texts
