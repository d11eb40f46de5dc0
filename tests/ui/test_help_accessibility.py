"""F1 guide, status-bar hints, accessible names, and the selection reported to
accessibility clients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from timeline_app.paths import resource_path


def _menu_actions(window):
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        stack = [menu] if menu is not None else []
        while stack:
            current = stack.pop()
            for action in current.actions():
                if action.menu() is not None:
                    stack.append(action.menu())
                elif not action.isSeparator():
                    yield action


def test_f1_opens_the_guide_with_every_shortcut(window, qtbot):
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(object, "guideDialog")
    assert guide is not None and guide.isVisible()
    text = guide.findChild(object, "guideText").toPlainText()
    assert "Ctrl+F" in text and "Shift+F3" in text
    missing = []
    for action in _menu_actions(window):
        # The primary key of every action; alternatives a platform adds to a standard key
        # (Redo is also "Alt+Shift+Backspace" on some desktops) need not be listed.
        words = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if words and words not in text:
            missing.append((action.text(), words))
    assert not missing, missing
    assert "Ins" in text and "Ctrl+Y" in text  # the alternatives the app chose itself
    guide.close()


def test_guide_resource_ships_with_the_package():
    assert resource_path("guide.md").is_file()
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                              .read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["timeline_app.resources"]
    assert "*.md" in patterns


def test_every_toolbar_action_has_a_status_bar_hint(window):
    from PySide6.QtWidgets import QToolBar

    for name in ("timelineToolbar", "articleToolbar", "navigationToolbar"):
        for action in window.findChild(QToolBar, name).actions():
            if not action.isSeparator():
                assert action.statusTip(), action.text()
    find_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "F&ind")
    for action in find_menu.actions():
        if not action.isSeparator():
            assert action.statusTip(), action.text()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    for action in view_menu.actions():
        if not action.isSeparator() and action.menu() is None:
            assert action.statusTip(), action.text()


def test_view_list_and_detail_pane_have_accessible_names(window):
    for widget, name in ((window.view, "Timeline"), (window.event_list, "Events"),
                         (window.detail_pane, "Event details")):
        assert widget.accessibleName() == name
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name) == name


def test_the_view_reports_the_selected_event(window, monkeypatch):
    from timeline_app.ui import accessibility

    sent = []

    def record(event):
        message = event.message() if isinstance(event, QAccessibleAnnouncementEvent) else ""
        sent.append((event.type(), event.object(), message))

    monkeypatch.setattr(accessibility, "send", record)
    window.view.select_event("munich-meeting")
    types = [t for t, obj, _ in sent if obj is window.view]
    assert QAccessible.Event.DescriptionChanged in types
    assert QAccessible.Event.Selection in types
    announcement = next(m for t, _, m in sent if t == QAccessible.Event.Announcement)
    assert "Cho and Iwaya meet in Munich" in announcement
    assert "February 2025" in announcement
    interface = QAccessible.queryAccessibleInterface(window.view)
    assert "Cho and Iwaya meet in Munich" in interface.text(QAccessible.Text.Description)


def test_real_accessibility_events_do_not_crash(window):
    from timeline_app.ui import accessibility

    accessibility.announce_selection(window.view, "Selected: a test")
    window.view.select_event("trilateral-tokyo")
    window.view.select_event(None)
    assert isinstance(window.context_menu_for(""), QMenu)


def test_the_guide_covers_the_mouse_and_editing_gestures(window, qtbot):
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(object, "guideDialog")
    text = guide.findChild(object, "guideText").toPlainText()
    for words in ("Drag an event", "Drag the end of a bar", "Ctrl+Right / Ctrl+Left",
                  "Ctrl+click / Shift+click", "Rubber band", "Shift+F10", "Menu key"):
        assert words in text, words
    guide.close()


def test_the_guide_fits_a_small_screen(window, monkeypatch):
    """verify43 F20: on a 1366x768 screen at a scale of 1.25 (1093x614 logical, 586 of
    it available) the guide opened 640 px tall, its Close button below the screen."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, 1093, 586))
    window.show_guide()
    guide = window.findChild(object, "guideDialog")
    assert guide.height() <= 586 - 60 and guide.width() <= 620
