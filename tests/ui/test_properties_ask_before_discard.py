"""Timeline → Properties asks before Esc or Cancel drops what was typed (fix72: a
description typed there, paragraphs written nowhere else, went without a word, where the
event editor and the article dialog ask)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.ui import prompts
from timeline_app.ui.timeline_properties import TimelinePropertiesDialog


def _dialog(qtbot):  # type: ignore[no-untyped-def]
    dialog = TimelinePropertiesDialog("Korea–Japan", "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_esc_after_typing_a_description_asks_and_keep_editing_keeps_it(qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "ask_discard",
                        lambda _p, title, _m: asked.append(title) or False)
    dialog = _dialog(qtbot)
    dialog.description_edit.setPlainText("Sixty years of ties, from the 1965 treaty on.")
    dialog.description_edit.setFocus()
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"]
    assert dialog.isVisible()  # Keep Editing: nothing lost
    assert dialog.values()[1] == "Sixty years of ties, from the 1965 treaty on."
    monkeypatch.setattr(prompts, "ask_discard", lambda *_a: True)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert dialog.result() == TimelinePropertiesDialog.DialogCode.Rejected


def test_esc_with_nothing_typed_closes_without_a_question(qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "ask_discard", lambda *_a: asked.append(_a) or False)
    dialog = _dialog(qtbot)
    dialog.title_edit.setText("Korea–Japan")  # the same name typed again: no change
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()
