"""verify79 F8: after printing and the Keyboard Guide, the window was active with no widget
taking the keys — Esc, Home and the arrows did nothing and no focus was drawn, while
Delete, a window shortcut, removed the three events still selected.  Now the timeline
takes the keys after the print preview closes, and whenever the window is active again
with no focus widget of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication


def _active(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_the_window_active_again_without_a_focus_widget_gives_the_keys_to_the_timeline(
        window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _active(window, qtbot)
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    assert QApplication.focusWidget() is None
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=5000)


def test_the_timeline_has_the_keys_after_the_print_preview(window, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    _active(window, qtbot)
    window.view.clearFocus()
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: 0)
    window.print_timeline()
    qtbot.waitUntil(lambda: window.focusWidget() is window.view, timeout=5000)
