"""The PNG width question's note says the pixels of the width chosen, and the file dialog's
title says a report's width too (verify67 F14: with "Report or slide: 1 400 px" chosen the
note said "shown 900 px wide, it is 1800 pixels wide", and the title was "Export PNG
picture" alone)."""

from __future__ import annotations

from timeline_app.ui.picture_width import PictureWidthDialog


def test_the_note_follows_the_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PictureWidthDialog(None, "PNG", "the current view", "report", 764)
    qtbot.addWidget(dialog)
    assert "1 400 px wide or wider" in dialog.note.text()
    assert "900" not in dialog.note.text()
    dialog._buttons["web"].setChecked(True)
    assert "shown 900 px wide, it is 1 800 pixels wide" in dialog.note.text()
    dialog._buttons["screen"].setChecked(True)
    assert "shown 764 px wide, it is 1 528 pixels wide" in dialog.note.text()
    dialog.width_box.setValue(1300)  # (ticks "Other width")
    assert "shown 1 300 px wide, it is 2 600 pixels wide" in dialog.note.text()
    svg = PictureWidthDialog(None, "SVG", "the current view", "report", 764)
    qtbot.addWidget(svg)
    assert svg.note.text() == "The SVG's size is given in these pixels (CSS px)."


def test_the_file_dialog_title_says_a_reports_width(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts

    monkeypatch.setattr(prompts, "ask_picture_width", lambda *_args: "report")
    assert window._ask_picture_width("PNG", whole=True) == (None, ", 1 400 px wide or wider")
