"""verify69 (F12): on the dark theme the Details dock's float and close buttons stand
out at 3:1 against the title bar (WCAG 2.2, 1.4.11, non-text contrast); the style's own
icons were 2.2:1 and 2.6:1.  Floating the dock and docking it again (Qt sets the
style's icons again then) keeps them so."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget

from timeline_app.ui.style import contrast_ratio

NON_TEXT_CONTRAST = 3.0
BUTTONS = ("qt_dockwidget_floatbutton", "qt_dockwidget_closebutton")


def _best_contrast(button: QAbstractButton, background) -> float:  # type: ignore[no-untyped-def]
    image = button.grab().toImage()
    return max(contrast_ratio(image.pixelColor(x, y), background)
               for x in range(image.width()) for y in range(image.height()))


def _details(window) -> QDockWidget:  # type: ignore[no-untyped-def]
    docks = [dock for dock in window.findChildren(QDockWidget)
             if dock.findChild(QAbstractButton, BUTTONS[0]) is not None]
    assert docks
    return next((d for d in docks if "detail" in d.objectName().lower()), docks[0])


def _assert_buttons_stand_out(dock: QDockWidget) -> None:
    background = dock.palette().window().color()
    for name in BUTTONS:
        button = dock.findChild(QAbstractButton, name)
        assert button is not None
        best = _best_contrast(button, background)
        assert best >= NON_TEXT_CONTRAST, (name, best)


@pytest.mark.parametrize("refloat", [False, True], ids=["docked", "floated-and-back"])
def test_the_docks_buttons_stand_out_on_the_dark_theme(window, refloat):  # type: ignore[no-untyped-def]
    dock = _details(window)
    window.set_theme("dark")
    QApplication.processEvents()
    try:
        if refloat:
            dock.setFloating(True)
            QApplication.processEvents()
            dock.setFloating(False)
            QApplication.processEvents()
        _assert_buttons_stand_out(dock)
    finally:
        window.set_theme("light")


def test_the_docks_buttons_stand_out_after_a_restart_on_the_dark_theme(window):  # type: ignore[no-untyped-def]
    """verify72 F13: started again with the dark theme kept, the Details and Events
    docks' buttons were dark grey on the dark title bar: restoring the saved layout
    gives each dock the style's own icons again, with no signal when it stays docked."""
    from timeline_app import settings
    from timeline_app.ui.main_window import WINDOW_STATE_VERSION

    dock = _details(window)
    window.set_theme("dark")
    QApplication.processEvents()
    try:
        settings.WINDOW_STATE.set(settings.open_settings(),
                                  window.saveState(WINDOW_STATE_VERSION))
        window._restore_geometry(window=False)
        QApplication.processEvents()
        _assert_buttons_stand_out(dock)
    finally:
        window.set_theme("light")
