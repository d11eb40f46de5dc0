"""The CSV import dialog: a preview, the column mapping, and how each date reads.

Shown after the file was decoded (``io.csv_table.read_table``) and before any event is
made: the user sees the encoding, delimiter and row count, picks which column holds the
date, the end, the title… (best guesses from English header names preselected), and sees
in the preview how the date column reads with the editor's own parser.  Every cell is set
as an item's plain text: nothing in a CSV file is ever interpreted as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.dates import FuzzyDate
from timeline_app.io.csv_table import CSV_FIELDS, CsvTable

__all__ = ["CsvImportDialog", "FIELD_LABELS"]

FIELD_LABELS = {"date": "Date (required)", "end": "End", "title": "Title",
                "category": "Category (lane)", "participants": "Participants", "place": "Place",
                "summary": "Summary"}
PREVIEW_SHOWN = 25


class CsvImportDialog(QDialog):
    """Choose the columns of a CSV file; ``mapping()`` gives the choice after ``accept()``."""

    def __init__(self, table: CsvTable, file_name: str,
                 parse_date: Callable[[str], FuzzyDate | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import CSV — {file_name}")
        self.setObjectName("csvImportDialog")
        self._table = table
        self._parse_date = parse_date
        layout = QVBoxLayout(self)
        rows = f"{table.row_count:,} row" + ("" if table.row_count == 1 else "s")
        delimiter = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}.get(
            table.delimiter, repr(table.delimiter))
        info = QLabel(f"{file_name}: {rows}, {table.encoding}, columns separated by {delimiter}"
                      + ("; the first row names the columns" if table.has_header else ""))
        info.setTextFormat(Qt.TextFormat.PlainText)
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self._choosers: dict[str, QComboBox] = {}
        for name in CSV_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.addItem("— none —", -1)
            for index, header in enumerate(table.header):
                combo.addItem(header, index)
            guess = table.mapping.get(name)
            combo.setCurrentIndex(0 if guess is None else guess + 1)
            combo.currentIndexChanged.connect(self._refresh)
            form.addRow(FIELD_LABELS[name], combo)
            self._choosers[name] = combo
        layout.addLayout(form)
        self._preview = QTableWidget(0, 0)
        self._preview.setObjectName("csvPreview")
        self._preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self._preview, 1)
        self._status = QLabel()
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)
        layout.addWidget(self._status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self._refresh()

    def mapping(self) -> dict[str, int]:
        """Field → column index, for the fields the user mapped."""
        chosen = {name: combo.currentData() for name, combo in self._choosers.items()}
        return {name: int(index) for name, index in chosen.items()
                if index is not None and index >= 0}

    def choose(self, field_name: str, column: int | None) -> None:
        """Select ``column`` (or none) for a field, as a user would in its list."""
        self._choosers[field_name].setCurrentIndex(0 if column is None else column + 1)

    def _refresh(self, *_args: object) -> None:
        mapping = self.mapping()
        headers = ["Date reads as", *self._table.header]
        rows = self._table.preview[:PREVIEW_SHOWN]
        self._preview.clear()
        self._preview.setColumnCount(len(headers))
        self._preview.setRowCount(len(rows))
        self._preview.setHorizontalHeaderLabels(headers)
        failures = 0
        date_column = mapping.get("date")
        for r, row in enumerate(rows):
            if date_column is None:
                reading = ""
            else:
                raw = row[date_column].strip() if date_column < len(row) else ""
                date = self._parse_date(raw) if raw else None
                reading = date.describe() if date is not None else f"not a date: '{raw[:30]}'"
                failures += date is None
            self._preview.setItem(r, 0, QTableWidgetItem(reading))
            for c, value in enumerate(row[: len(self._table.header)]):
                self._preview.setItem(r, c + 1, QTableWidgetItem(value))
        self._preview.resizeColumnsToContents()
        self._ok.setEnabled(date_column is not None)
        if date_column is None:
            self._status.setText("Choose the column that holds each event's date.")
        elif failures:
            self._status.setText(f"{failures} of the first {len(rows)} rows have no date this "
                                 "app reads; those rows will be listed and left out.")
        else:
            self._status.setText(f"The dates of the first {len(rows)} rows read well.")
