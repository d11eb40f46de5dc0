"""verify76 F12 (session 57): Join Names by keyboard.  Opened with nothing ticked, the
focus was in "Into" though the hint says "Space ticks the row": ↓ ↓ Space typed
"Lithuania " there.  And "EU" typed as a new name was completed inline to "EUropean Union
(3 events)", which Return took as the name ticked (OK disabled)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.ui.join_names import JoinNamesDialog

PARTICIPANTS = [("European Union", 3), ("Lithuania", 5), ("Belarus", 4)]


def test_nothing_ticked_the_list_has_the_focus_and_space_ticks(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = JoinNamesDialog(PARTICIPANTS, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # (the dialog's own focus child: the application's may still be another test's
    # widget while the offscreen dialog is being activated)
    assert dialog.focusWidget() is dialog.names_list
    qtbot.keyClick(dialog.names_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.names_list, Qt.Key.Key_Space)
    assert dialog.names() and dialog.into_combo.currentText() in {n for n, _ in PARTICIPANTS}


def test_a_name_ticked_into_has_the_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = JoinNamesDialog(PARTICIPANTS, [], name="European Union")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() in (dialog.into_combo, dialog.into_combo.lineEdit())


def test_a_short_new_name_is_not_completed_into_a_longer_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = JoinNamesDialog(PARTICIPANTS, [], name="European Union")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    line = dialog.into_combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "EU")
    assert line.text() == "EU"
    assert dialog.into() == "EU" and dialog.ok_button.isEnabled()
    assert dialog.ok_button.text() == "&Rename"
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClick(line, Qt.Key.Key_Return)
    if not accepted:  # the completer's list took the first Return: it leaves the name
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.into() == "EU" and accepted
