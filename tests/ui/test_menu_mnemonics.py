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
    # (12: "What the &Last Export Left Out…", verify52 F10; 13: "Show Last Export in
    # F&older", edit47; 14: "Article &Marks in Pictures", verify55 F29; 15: "TimelineJS
    # Spreads&heet (CSV)", verify57 F18; 16: "&Article Texts in Data Exports", verify58 F18;
    # 17: "Pa&rticipants and Places in TimelineJS Slides", verify74 F11)
    assert len(letters) == len(set(letters)) == 17, letters
    assert window.export_actions["TimelineJS Sheet"].text() == "TimelineJS Spreads&heet (CSV)…"
    assert window.export_actions["CSV"].text() == "&CSV…"
    # verify37 F11: the table with semicolons, as Excel opens it in Germany (Alt+F, E, X)
    assert window.export_actions["CSV for Excel"].text() == "CSV for E&xcel (semicolons)…"
    assert window.export_actions["PNG whole"].text() == "P&NG picture of the whole timeline…"


def test_view_menu_dock_toggles_have_mnemonics(window):
    view = _menu(window, "View")
    texts = [a.text() for a in view.actions()]
    assert {"&Details", "&Article", "&Events"} <= set(texts)
    top_level = [a for a in view.actions() if not a.isSeparator()]
    letters = [re.search(r"&([^&])", a.text()).group(1).lower() for a in top_level
               if re.search(r"&([^&])", a.text())]
    assert len(letters) == len(set(letters)), texts


def _walk(menu: QMenu, where: str) -> list[tuple[str, list[str]]]:
    """Each menu under ``menu`` (itself included) with the texts of its entries."""
    found = [(where, [a.text() for a in menu.actions() if not a.isSeparator()])]
    for action in menu.actions():
        if action.menu() is not None:
            action.menu().aboutToShow.emit()  # Open Recent fills itself as it opens
            found += _walk(action.menu(), f"{where} → {action.text()}")
    return found


def _clashes(entries: list[str]) -> list[str]:
    letters: dict[str, str] = {}
    clashes = []
    for text in entries:
        found = re.search(r"&([^&])", text)
        if found is None:
            clashes.append(f"no mnemonic: {text!r}")
            continue
        letter = found.group(1).casefold()
        if letter in letters:
            clashes.append(f"{letters[letter]!r} and {text!r} share {letter!r}")
        letters[letter] = text
    return clashes


def test_every_menu_has_one_mnemonic_a_letter(window, tmp_path):
    """Trial 8: File had &Save and Open &Sample Timeline, Edit &Undo and D&uplicate, Find
    &Find and &Filters (and no letter for Legend), the right-click menu &Fit All and
    &Find…: Alt+F, S only cycled between the two."""
    from timeline_app import settings

    for n in range(11):  # Open Recent: ten files numbered &1 … &0
        path = tmp_path / f"t{n}.json"
        path.write_text("{}")
        settings.add_recent_file(settings.open_settings(), str(path))
    menus = []
    for action in window.menuBar().actions():
        menus += _walk(action.menu(), action.text())
    menus.append(("menu bar", [a.text() for a in window.menuBar().actions()]))
    event_id = window.view.event_ids()[0]
    for name, event in (("event's right-click menu", event_id),
                        ("timeline's right-click menu", "")):
        menu = window.context_menu_for(event)
        menus.append((name, [a.text() for a in menu.actions() if not a.isSeparator()]))
        menu.deleteLater()
    bars = window.createPopupMenu()  # right-click on a toolbar or a dock's title
    menus.append(("bars' right-click menu",
                  [a.text() for a in bars.actions() if not a.isSeparator()]))
    bars.deleteLater()
    assert len(menus) >= 11
    problems = {where: _clashes(texts) for where, texts in menus if _clashes(texts)}
    assert problems == {}
    assert window.sample_action.text() == "Open Sample &Timeline"
    assert window.duplicate_action.text() == "Du&plicate Event…"


def test_the_right_click_find_entry_opens_find_and_names_its_shortcut(window):
    menu = window.context_menu_for("")
    find = next(a for a in menu.actions() if a.text().startswith("F&ind…"))
    assert find.text().endswith("\tCtrl+F") and find.shortcut().isEmpty()
    find.trigger()
    assert window.find_bar.isVisible()
    menu.deleteLater()
