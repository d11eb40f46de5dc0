"""verify91 F4: Ctrl+Shift+F with the Filters open but the keys elsewhere (Esc had taken
them back to the timeline) closed the Filters, and the next keys went to the timeline.
Now the key takes the keys into them; with the keys in them it closes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _settle(qtbot, rounds: int = 10) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def _keys_in_filters(window) -> bool:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    return focused is not None and window._filter_dock.isAncestorOf(focused)


def _ctrl_shift_f(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _settle(qtbot)


def test_the_filters_key_goes_into_open_filters_and_closes_them_from_inside(window, qtbot):  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.view.setFocus()
    _settle(qtbot)
    dock = window._filter_dock
    _ctrl_shift_f(window, qtbot)
    assert dock.isVisible() and _keys_in_filters(window)
    window.view.setFocus()  # (Esc's way back to the timeline, the filters kept)
    _settle(qtbot)
    assert not _keys_in_filters(window)
    _ctrl_shift_f(window, qtbot)
    assert dock.isVisible() and _keys_in_filters(window)
    _ctrl_shift_f(window, qtbot)  # the keys in them: the key closes them
    assert not dock.isVisible()
