"""The unsaved-changes prompt answers from the keyboard: every button has its own Alt
mnemonic (Qt's standard "Discard" has none on most desktops)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from timeline_app.ui.prompts import save_changes_box

SB = QMessageBox.StandardButton


def test_every_button_has_a_distinct_mnemonic(qtbot):
    box = save_changes_box(None, "Untitled")
    qtbot.addWidget(box)
    letters = []
    for button in box.buttons():
        text = button.text()
        assert "&" in text.replace("&&", ""), text
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == 3 and len(set(letters)) == 3, letters


@pytest.mark.parametrize(("key", "answer"), [(Qt.Key.Key_D, SB.Discard), (Qt.Key.Key_S, SB.Save),
                                             (Qt.Key.Key_C, SB.Cancel)])
def test_the_mnemonic_letter_answers_the_prompt(qtbot, key, answer):
    """Each button's shortcut is Alt+its letter (the window's shortcut map runs it on a
    desktop); in a message box the letter alone also clicks it, which is what this drives
    (the offscreen platform does not activate windows, so no Alt shortcut fires here)."""
    box = save_changes_box(None, "Untitled")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    button = box.button(answer)
    assert button.shortcut() == QKeySequence(Qt.KeyboardModifier.AltModifier | key)
    with qtbot.waitSignal(box.buttonClicked, timeout=2000):
        qtbot.keyClick(box, key)
    assert box.standardButton(box.clickedButton()) == answer
