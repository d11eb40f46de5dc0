"""Every modal question the app asks, as small functions that tests replace.

No test may block on ``exec()``: tests monkeypatch these module attributes.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from timeline_app.extract import ExtractionResult
    from timeline_app.ui.import_article import ArticleRequest, ReviewOutcome

FILE_FILTER = "Timelines (*.json);;All files (*)"
#: File → Open reads other tools' files too (recognised by content, not by extension).
OPEN_FILTER = ("All timelines (*.json *.timeline *.csv);;Diplomatic Timeline (*.json);;"
               "TimelineJS (*.json);;The Timeline Project (*.timeline);;CSV (*.csv);;All files (*)")


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_open_path(parent: QWidget | None, directory: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open timeline", directory, OPEN_FILTER)
    return path or None


def ask_save_path(parent: QWidget | None, suggestion: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Save timeline as", suggestion, FILE_FILTER)
    return path or None


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.warning(parent, "Unsaved changes",
                                 f"Save the changes to “{name}” before closing it?",
                                 buttons, QMessageBox.StandardButton.Save)
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
    QMessageBox.information(parent, title, message)


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


def ask_export_path(parent: QWidget | None, title: str, suggestion: str,
                    file_filter: str) -> str | None:
    """Where to write an export; ``None`` if the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, file_filter)
    return path or None


def show_import_summary(parent: QWidget | None, title: str, summary: str) -> None:
    """What an import carried and what it could not (plain text: it quotes file content)."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Information, title, summary,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def print_with_preview(parent: QWidget | None, paint: object) -> None:
    """File → Print: Qt's print preview; ``paint(printer)`` draws the pages."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    from PySide6.QtGui import QPageLayout

    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    dialog.exec()


def ask_csv_mapping(parent: QWidget | None, table: object, file_name: str,
                    parse_date: object) -> dict[str, int] | None:
    """The CSV import dialog: the user's column mapping, or ``None`` if cancelled."""
    from timeline_app.ui.csv_import import CsvImportDialog

    dialog = CsvImportDialog(table, file_name, parse_date, parent)  # type: ignore[arg-type]
    return dialog.mapping() if dialog.exec() == CsvImportDialog.DialogCode.Accepted else None


def confirm_row_errors(parent: QWidget | None, errors: list[object], good: int) -> bool:
    """Rows that failed, with their numbers and reasons: import the others, or cancel."""
    from PySide6.QtCore import Qt

    shown = "\n".join(str(e) for e in errors[:12]) + ("\n…" if len(errors) > 12 else "")
    box = QMessageBox(QMessageBox.Icon.Warning, "Some rows cannot be imported",
                      f"{len(errors)} rows have no usable date and will be left out; "
                      f"{good} events can be imported.\n\n{shown}",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Ok).setText(f"Import {good} events")
    return box.exec() == QMessageBox.StandardButton.Ok
