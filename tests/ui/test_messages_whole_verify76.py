"""A status-bar message reads whole at 100 % and 150 % (verify76 F18).

At 150 % on a 1366×768 screen the window is 910×512 in Qt's units (its 1366×768 px at a
scale of 1.5): a keyboard-only analyst's messages were shortened with "…", their whole
text only in the tooltip the pointer shows.  Now View → Messages… (Ctrl+Shift+M) lists
every message of the session whole, and the shortened message's tooltip says so.
Fails before: the window had no ``messages_action``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

#: Messages the app shows (``MainWindow``), among its longest.
HID = ("Hid the “Treaty” lane (its events stay in their other lanes): View → Lanes By → "
       "Show Hidden Lanes shows it again")
LANE = ("“Meeting”: 3 events. Double-click the name to rename the lane; to hide it, "
        "right-click its name (Hide … Events) or click it in the legend")
RESTORED = ("Restored South Korea and Japan, 1965-2025 (8 events). South Korea and Japan, "
            "1965-2025.json was not opened: the restored copy is shown instead (File → "
            "Open Recent has it)")


@pytest.mark.parametrize("size", [(1366, 768), (910, 512)])  # 100 %, 150 %
def test_every_message_reads_whole_from_the_keyboard(window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MESSAGES_HINT

    window.resize(*size)
    QApplication.processEvents()
    bar = window.statusBar()
    for message in (HID, LANE, RESTORED):
        bar.showMessage(message, 20_000)
        QApplication.processEvents()
        bar.repaint()
        shown = bar.shown_message()
        if shown != message:  # (shortened: its tooltip gives it whole and says where)
            assert message in bar.toolTip() and MESSAGES_HINT in bar.toolTip()
    if size[0] < 1000:
        assert bar.shown_message() != RESTORED, "the premise: shortened at 150 %"
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "messages_dialog", None) is not None
                    and window.messages_dialog.isVisible())
    dialog = window.messages_dialog
    text = dialog.text.toPlainText()
    assert HID in text and LANE in text and RESTORED in text  # whole
    assert text.rstrip().endswith(RESTORED)  # the newest last
    assert dialog.text.isReadOnly() and dialog.focusWidget() is dialog.text  # (its keys)
    assert dialog.width() <= window.width()
    QTest.keyClick(dialog.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_log_keeps_a_message_once_and_not_an_empty_one() -> None:
    import datetime as _dt

    from timeline_app.ui.messages_log import MESSAGES_KEPT, MessagesLog

    log = MessagesLog()
    at = _dt.datetime(2026, 12, 7, 3, 0, 5)
    for message in ("Saved a.json", "Saved a.json", "", "Closed “a”"):
        log.add(message, at)
    assert log.text() == "03:00:05  Saved a.json\n\n03:00:05  Closed “a”"
    for n in range(MESSAGES_KEPT + 5):
        log.add(f"m{n}", at)
    assert len(log.entries) == MESSAGES_KEPT and log.entries[-1][1] == f"m{MESSAGES_KEPT + 4}"
