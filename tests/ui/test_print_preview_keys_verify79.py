"""verify79 F10: the print preview's Print action could not be reached by keyboard (Tab
cycled the zoom and page fields and the choices; Ctrl+P and Return did nothing).  Now its
button is a Tab stop and Ctrl+P (or Ctrl+Return) in the preview prints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton


def test_print_has_keys_and_a_tab_stop_in_the_preview(window, monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    seen: list[object] = []

    def look(dialog):  # type: ignore[no-untyped-def]
        bars = dialog.findChildren(QToolBar)
        (action,) = [a for bar in bars for a in bar.actions() if a.text() == "Print"]
        printed: list[bool] = []
        action.triggered.disconnect()  # (no printer here: only whether the key reaches it)
        action.triggered.connect(lambda: printed.append(True))
        window.print_action.setEnabled(False)  # (modal in use: the window's keys do not act)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier)
        button = next(bar.widgetForAction(action) for bar in bars
                      if bar.widgetForAction(action) is not None)
        seen.append((printed, [k.toString() for k in action.shortcuts()],
                     isinstance(button, QToolButton) and bool(
                         button.focusPolicy() & Qt.FocusPolicy.TabFocus)))
        dialog.hide()
        window.print_action.setEnabled(True)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window.print_timeline()
    printed, keys, tab_stop = seen[0]  # type: ignore[misc]
    assert QKeySequence("Ctrl+P").toString() in keys and tab_stop
    assert printed == [True]
