"""verify76 F13: in the dark theme File → Export's unticked toggles ("Article Texts in Data
Exports", "Participants and Places in TimelineJS Slides") had a box #1F1F1F on the menu's
#212121, about 1:1: she could not tell they were toggles, nor that they were off."""

from __future__ import annotations

from timeline_app.ui import theme
from timeline_app.ui.style import contrast_ratio

NON_TEXT_CONTRAST = 3.0  # WCAG 2.2, 1.4.11: a control's edge against what is beside it


def test_an_unticked_menu_item_shows_its_box_in_the_dark_theme(qapp, qtbot, window):  # type: ignore[no-untyped-def]
    try:
        theme.apply_theme(qapp, "dark")
        qtbot.wait(50)  # (the palette reaches the menus)
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
        qtbot.waitExposed(file_menu)
        menu = window._export_menu
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(menu)
        for action in (window.article_texts_action, window.working_notes_action):
            assert not action.isChecked()
            rect = menu.actionGeometry(action)
            image = menu.grab(rect).toImage()
            ratio = image.devicePixelRatio()
            background = image.pixelColor(image.width() - round(3 * ratio), round(2 * ratio))
            # the check box: in the item's first square, left of its text
            box = max(contrast_ratio(image.pixelColor(x, y), background)
                      for x in range(round(rect.height() * ratio))
                      for y in range(image.height()))
            assert box >= NON_TEXT_CONTRAST, (action.text(), round(box, 2))
        menu.hide()
        file_menu.hide()
    finally:
        theme.apply_theme(qapp, "light")


def test_the_right_click_menus_draw_their_ticks_so_too(window, monkeypatch):  # type: ignore[no-untyped-def]
    """The event's right-click menu ("Show as Eras", Status ▸) as File → Export."""
    from PySide6.QtCore import QPoint

    from timeline_app.ui import context_menu
    from timeline_app.ui.check_style import VisibleCheckStyle

    styled: list[tuple[str, bool]] = []

    def record(menu, _at) -> None:  # type: ignore[no-untyped-def]
        todo = [menu]
        while todo:
            current = todo.pop()
            if any(a.isCheckable() for a in current.actions()):
                styled.append((current.title(), isinstance(current.style(), VisibleCheckStyle)))
            todo.extend(a.menu() for a in current.actions() if a.menu() is not None)

    monkeypatch.setattr(context_menu, "popup", record)
    window._show_context_menu(window.view.viewport(), "munich-meeting", QPoint(5, 5))
    assert styled and all(seen for _title, seen in styled), styled
