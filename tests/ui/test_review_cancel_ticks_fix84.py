"""verify80 F18: re-importing an article, ticking one row and pressing Cancel asked
"Discard corrections?" though no cell was edited.  A tick is a choice made again in one
click: Cancel (Esc, Skip, Back) drops it without a question, as a desktop dialog's
Cancel does; an edited cell, lane, Duplicate? choice or dropped sentence still asks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _review(qtbot, monkeypatch, asked: list[str]) -> ReviewDialog:  # type: ignore[no-untyped-def]
    """The seed article's review, shown; each question asked is put in ``asked``,
    answered Keep Editing."""
    monkeypatch.setattr(prompts, "ask_discard",
                        lambda _p, title, _m: asked.append(title) or False)
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_cancel_after_ticks_alone_asks_nothing(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    asked: list[str] = []
    dialog = _review(qtbot, monkeypatch, asked)
    for row in range(2):  # a tick and an untick
        dialog.set_checked(row, not dialog.is_checked(row))
    assert dialog.has_changes() and not dialog.has_corrections()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()
    assert dialog.result() == ReviewDialog.DialogCode.Rejected


def test_cancel_after_a_cell_edited_still_asks(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    asked: list[str] = []
    dialog = _review(qtbot, monkeypatch, asked)
    dialog.set_checked(0, not dialog.is_checked(0))
    dialog.set_cell(1, "Title", "A title of my own")
    assert dialog.has_corrections()
    dialog.reject()
    assert asked == ["Discard corrections?"] and dialog.isVisible()
    dialog.set_cell(1, "Title", dialog.as_read[1][1])  # back as read: ticks alone again
    assert not dialog.has_corrections()
    dialog.reject()
    assert asked == ["Discard corrections?"] and not dialog.isVisible()
