"""verify64 F12: the Outlet field's Alt letter was U in Import Article and O in the
review (one field, two keys); the restore's progress dialog cut its title to
"Resto… y copy"; "Reopen the unfinished import?" named the article by its file
("article2.txt"), not by the headline corrected in the review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from timeline_app.extract import extract_events
from timeline_app.io.review_recovery import ReviewArticle, ReviewRow, new_state
from timeline_app.paths import resource_path
from timeline_app.ui import prompts
from timeline_app.ui.keyboard_audit import mnemonic_clashes, mnemonics_of

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _shown(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def _letter_of(dialog, widget) -> str:  # type: ignore[no-untyped-def]
    (letter,) = [letter for letter, _text, label in mnemonics_of(dialog)
                 if getattr(label, "buddy", lambda: None)() is widget]
    return letter


def test_the_outlet_has_one_alt_letter_in_both_dialogs(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ArticleDialog, ReviewDialog

    article = _shown(qtbot, ArticleDialog())
    article.keep_button.show()  # (every button it can show)
    article.stop_button.show()
    review = _shown(qtbot, ReviewDialog(extract_events(SEED, dt.date(2025, 3, 22))))
    assert _letter_of(article, article.outlet_edit) == _letter_of(review, review.outlet_edit) \
        == "o"
    assert mnemonic_clashes(article) == {} and mnemonic_clashes(review) == {}
    assert "&File" in article.open_button.text()  # Open Text File… moved to Alt+F


def test_the_progress_dialog_has_room_for_its_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.progress_dialog import JobProgressDialog

    dialog = JobProgressDialog("Restoring big.json…", "Cancel", 0, 100)
    dialog.setWindowTitle("Restore recovery copy")
    dialog.setValue(0)
    _shown(qtbot, dialog)
    font = dialog.font()
    font.setBold(True)
    title = QFontMetrics(font).horizontalAdvance("Restore recovery copy")
    # the title's words and a title bar's icon and three buttons (~100 px in openbox)
    assert dialog.width() >= title + 100
    assert dialog.sizeHint().width() >= title + 100


def _question(qtbot, name: str, fields: tuple[str, str] | None, text: str = SEED) -> str:  # type: ignore[no-untyped-def]
    state = new_state("iran2.json", ReviewArticle(text, name, None, False, None, None, "auto"),
                      (("2026", "A"),), (ReviewRow(True, "2026", "A", "", "", "Meeting"),),
                      article_fields=fields)
    box = prompts.review_message_box(None, state)
    qtbot.addWidget(box)
    return box.text()


def test_the_reopen_question_names_the_corrected_headline(qtbot) -> None:  # type: ignore[no-untyped-def]
    corrected = ("Russia, Ukraine swap 150 prisoners in Qatar deal", "AFP Doha")
    assert ("the article “Russia, Ukraine swap 150 prisoners in Qatar deal” from "
            "article2.txt (1 event found") in _question(qtbot, "article2.txt", corrected)
    # not corrected: the headline read from the text, then the file
    assert "the article “South Korea and Japan's Diplomats Commit" in _question(
        qtbot, "article2.txt", None)
    # no headline at all: the file's name, as before
    bare = "DOHA, Nov 20 (AFP) - Russia and Ukraine exchanged 150 prisoners each on Thursday."
    assert "the article “article3.txt” (1 event found" in _question(
        qtbot, "article3.txt", ("", "AFP"), bare)
