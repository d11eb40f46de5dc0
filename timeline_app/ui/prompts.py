"""Every modal question the app asks, as small functions that tests replace.

No test may block on ``exec()``: tests monkeypatch these module attributes.  Messages
quote file names and file content, so every message box shows its text as plain text
(``safe_text.plain``); only ``show_about`` takes rich text, and only text of our own.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from timeline_app.ui.safe_text import plain

if TYPE_CHECKING:
    from timeline_app.extract import ExtractionResult
    from timeline_app.ui.import_article import ArticleRequest, ReviewOutcome

FILE_FILTER = "Timelines (*.json);;All files (*)"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
                ) -> QMessageBox:
    """The box ``QMessageBox.critical`` and friends build, with the message as plain text.

    Not shown: ``_ask`` runs it (tests build and render it without blocking).
    """
    box = plain(QMessageBox(icon, title, "", buttons, parent))
    box.setText(message)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def _ask(box: QMessageBox) -> QMessageBox.StandardButton:
    box.exec()
    clicked = box.clickedButton()  # None if the box closed without a button
    answer = (QMessageBox.StandardButton.NoButton if clicked is None
              else box.standardButton(clicked))
    box.deleteLater()
    return answer


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    _ask(message_box(parent, QMessageBox.Icon.Critical, title, message))


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_open_path(parent: QWidget | None, directory: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open timeline", directory, FILE_FILTER)
    return path or None


def ask_save_path(parent: QWidget | None, suggestion: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Save timeline as", suggestion, FILE_FILTER)
    return path or None


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = _ask(message_box(parent, QMessageBox.Icon.Warning, "Unsaved changes",
                              f"Save the changes to “{name}” before closing it?",
                              buttons, QMessageBox.StandardButton.Save))
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_article_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open article", "",
                                          "Text files (*.txt);;All files (*)")
    return path or None


def show_message(parent: QWidget | None, title: str, message: str) -> None:
    _ask(message_box(parent, QMessageBox.Icon.Information, title, message))


def ask_article(parent: QWidget | None) -> ArticleRequest | None:
    """Step 1 of File → Import article: the text and its date."""
    from timeline_app.ui.import_article import ArticleDialog

    dialog = ArticleDialog(parent)
    if dialog.exec() != ArticleDialog.DialogCode.Accepted:
        return None
    return dialog.request()


def review_candidates(parent: QWidget | None, result: ExtractionResult,
                      can_add: bool) -> ReviewOutcome | None:
    """Step 3 of File → Import article: accept, correct or drop each candidate."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = ReviewDialog(result, can_add, parent)
    if dialog.exec() != ReviewDialog.DialogCode.Accepted:
        return None
    return dialog.outcome()
