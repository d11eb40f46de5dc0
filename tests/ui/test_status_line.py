"""The status line ("8 events · showing … · selected: …") stays in view while a toolbar
hint or a temporary message is shown, and a long title never widens the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def test_a_toolbar_hint_does_not_replace_the_status_line(window, qtbot):
    window.selection.select("munich-meeting")
    status = window._status
    assert "8 events" in status.text() and "selected: Cho and Iwaya meet in Munich" in status.text()
    toolbar_button = next(b for b in window.findChildren(QToolButton)
                          if b.defaultAction() is window.fit_action)
    # What hovering a toolbar button does: its action shows its status tip
    window.fit_action.showStatusText(toolbar_button)
    assert window.statusBar().currentMessage() == window.fit_action.statusTip() != ""
    assert status.isVisible() and not status.visibleRegion().isEmpty()
    window.statusBar().showMessage("Saved somewhere", 5000)
    assert status.isVisible() and "8 events" in status.text()
    # the hint and the status line side by side, not on top of each other
    assert status.geometry().left() > window.statusBar().fontMetrics().horizontalAdvance(
        "Saved somewhere")


def test_a_long_selected_title_does_not_widen_the_window(window, qtbot):
    event = window.document.timeline.get("munich-meeting")
    import dataclasses

    window.document.update_event(dataclasses.replace(event, title="Talks " * 120))
    window.selection.select("munich-meeting")
    assert window.minimumSizeHint().width() < 800
    window.resize(800, 600)
    assert window.width() == 800
    assert window._status.textFormat() == Qt.TextFormat.PlainText


def test_a_message_keeps_its_width_in_a_small_window(window, qtbot):
    """800 px with a long selected title: "Restored saudi (4 events)" was cut to
    "Restored saudi (4"; now the status line gives way and ends in "…"."""
    import dataclasses

    event = window.document.timeline.get("munich-meeting")
    window.document.update_event(dataclasses.replace(event, title="Long talks " * 12))
    window.selection.select("munich-meeting")
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    message = "Restored saudi (4 events)"
    window.statusBar().showMessage(message, 5000)
    status = window._status
    needed = window.statusBar().fontMetrics().horizontalAdvance(message)
    qtbot.waitUntil(lambda: status.geometry().left() > needed)
    assert "selected: Long talks" in status.text()  # the whole text is kept
    assert status.width() < status.fontMetrics().horizontalAdvance(status.text())
    status.grab()  # paints the elided line without error
    window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: status.maximumWidth() > 10_000)
