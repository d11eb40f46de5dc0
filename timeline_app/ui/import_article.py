"""File → Import article…: paste or open an article, confirm its date, review the proposed events.

The flow is three steps, each replaceable in tests (see ``prompts``):
1. ``ArticleDialog`` takes the text (pasted or from a ``.txt`` file) and asks for
   — or confirms — the dateline date that relative dates are resolved against.
2. ``extract_events`` runs on a worker thread (``jobs.BackgroundJob``); it only
   signals, it never touches a widget.
3. ``ReviewDialog`` lists the candidates with checkboxes and editable title, date
   and category, and shows each one's sentence with the date expression marked.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Event, FuzzyDate, Precision, Source
from timeline_app.core.parse_date import parse_fuzzy_date
from timeline_app.extract import Candidate, ExtractionResult, read_dateline
from timeline_app.io.article import ArticleFileError, read_article
from timeline_app.ui import prompts
from timeline_app.ui.safe_text import SafeTextBrowser, highlighted_sentence
from timeline_app.ui.style import LANE_ORDER, error_text_color, invalid_cell_color


@dataclass(frozen=True)
class ArticleRequest:
    """What the first step hands to extraction."""

    text: str
    dct: _dt.date | None
    place: str | None
    name: str = "pasted text"


@dataclass(frozen=True)
class ReviewOutcome:
    """What the person accepted."""

    source: Source
    events: list[Event]
    new_timeline: bool


# ---------------------------------------------------------------------------- step 1
class ArticleDialog(QDialog):
    """Takes an article and its dateline date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import article")
        self.setObjectName("articleDialog")
        self.resize(760, 560)
        self._name = "pasted text"
        self._date_typed = False  # once the person types a date, the dateline no longer fills it

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText("Paste the article here, or open a text file.")
        self.open_button = QPushButton("Open Text File…", self)
        self.open_button.clicked.connect(self._open_file)
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText("e.g. 22 March 2025 (leave empty if unknown)")
        self.date_edit.textEdited.connect(self._on_date_typed)
        self.date_hint = QLabel(self)
        self.date_hint.setWordWrap(True)
        self.date_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText("where the article was filed (optional)")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {error_text_color()}")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Article date:", self.date_edit)
        form.addRow("", self.date_hint)
        form.addRow("Place:", self.place_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.extract_button = buttons.addButton("Extract Events",
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel("Article text:", self))
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self._dateline_timer = QTimer(self)
        self._dateline_timer.setSingleShot(True)
        self._dateline_timer.setInterval(250)
        self._dateline_timer.timeout.connect(self.read_dateline_now)
        self.text_edit.textChanged.connect(self._dateline_timer.start)

    def set_text(self, text: str, name: str = "pasted text") -> None:
        self._name = name
        self.text_edit.setPlainText(text)
        self.read_dateline_now()

    def _open_file(self) -> None:
        path = prompts.ask_article_path(self)
        if not path:
            return
        try:
            text = read_article(path)
        except ArticleFileError as error:
            prompts.show_error(self, "Cannot open article", str(error))
            return
        self.set_text(text, Path(path).name)

    def _on_date_typed(self, _text: str) -> None:
        self._date_typed = True
        self.error_label.clear()

    def read_dateline_now(self) -> None:
        """Fill in (or explain) the date from the article's dateline."""
        self._dateline_timer.stop()
        text = self.text_edit.toPlainText()
        if not text.strip():
            self.date_hint.clear()
            return
        dateline = read_dateline(text)
        if dateline.place and not self.place_edit.text():
            self.place_edit.setText(dateline.place)
        if dateline.date is not None:
            if not self._date_typed:
                self.date_edit.setText(FuzzyDate.of_day(dateline.date).describe())
            self.date_hint.setText(f"From the dateline: {dateline.year_basis or 'stated'}")
        elif dateline.month is not None:
            self.date_hint.setText(
                f"The dateline gives {dateline.describe_day()} but not the year "
                f"({dateline.year_basis}). Please type the full date.")
        else:
            self.date_hint.setText("No dateline found. Type the article's date so that "
                                   "'last month' or 'on Saturday' can be dated.")

    def request(self) -> ArticleRequest | None:
        """The validated request, or ``None`` with the problem shown in the dialog."""
        text = self.text_edit.toPlainText()
        if not text.strip():
            self.error_label.setText("There is no article text to read.")
            return None
        dct = None
        typed = self.date_edit.text().strip()
        if typed:
            date = parse_fuzzy_date(typed)
            if date is None or date.precision is not Precision.DAY or date.circa:
                self.error_label.setText(f"“{typed}” is not a day. Type a date such as "
                                         "22 March 2025, or leave the field empty.")
                return None
            dct = date.start
        place = self.place_edit.text().strip() or None
        return ArticleRequest(text, dct, place, self._name)

    def accept(self) -> None:
        if self.request() is not None:
            super().accept()


# ---------------------------------------------------------------------------- step 3
class ReviewDialog(QDialog):
    """Every candidate with a checkbox and editable title, date and category."""

    COLUMNS = ("Import", "Date", "Title", "Category", "Confidence")

    def __init__(self, result: ExtractionResult, can_add: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review extracted events")
        self.setObjectName("reviewDialog")
        self.resize(1000, 640)
        self.result = result
        source = result.source
        when = (FuzzyDate.of_day(result.dct).describe() if result.dct else "unknown date")
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        count = len(result.candidates)
        intro.setText(
            f"{count} event{'s' if count != 1 else ''} found in "
            f"“{source.title or 'the article'}” ({when}; {result.dct_basis or 'no date basis'}). "
            "Untick what is wrong; double-click a title, date or category to correct it.")

        self.table = QTableWidget(count, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, candidate in enumerate(result.candidates):
            self._fill_row(row, candidate)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(3, 130)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_evidence(row))

        self.evidence = SafeTextBrowser(self)

        self.add_radio = QRadioButton("Add to the current timeline", self)
        self.new_radio = QRadioButton("Start a new timeline", self)
        group = QButtonGroup(self)
        group.addButton(self.add_radio)
        group.addButton(self.new_radio)
        (self.add_radio if can_add else self.new_radio).setChecked(True)
        self.add_radio.setEnabled(can_add)
        all_button = QPushButton("Select All", self)
        none_button = QPushButton("Select None", self)
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {error_text_color()}")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.evidence)
        splitter.setSizes([400, 160])
        options = QHBoxLayout()
        options.addWidget(all_button)
        options.addWidget(none_button)
        options.addStretch(1)
        options.addWidget(self.add_radio)
        options.addWidget(self.new_radio)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(options)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if count:
            self.table.setCurrentCell(0, 2)
        self._update_import_button()

    def _fill_row(self, row: int, candidate: Candidate) -> None:
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                       | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked)
        self.table.setItem(row, 0, check)
        self.table.setItem(row, 1, QTableWidgetItem(candidate.date.describe()))
        self.table.setItem(row, 2, QTableWidgetItem(candidate.title))
        combo = QComboBox(self.table)
        combo.setEditable(True)
        categories = list(dict.fromkeys([candidate.category, *LANE_ORDER]))
        combo.addItems(categories)
        combo.setCurrentText(candidate.category)
        self.table.setCellWidget(row, 3, combo)
        confidence = QTableWidgetItem(f"{candidate.confidence:.0%}")
        confidence.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 4, confidence)

    # -- reading the table -------------------------------------------------------------
    def is_checked(self, row: int) -> bool:
        return self.table.item(row, 0).checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.table.item(row, 0).setCheckState(state)

    def set_cell(self, row: int, column: str, text: str) -> None:
        """Type into a cell as a person would (column: 'Date', 'Title' or 'Category')."""
        if column == "Category":
            combo = self.table.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            combo.setCurrentText(text)
        else:
            self.table.item(row, self.COLUMNS.index(column)).setText(text)

    def _row_date(self, row: int) -> FuzzyDate | None:
        return parse_fuzzy_date(self.table.item(row, 1).text())

    def _check_all(self, checked: bool) -> None:
        for row in range(self.table.rowCount()):
            self.set_checked(row, checked)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            bad = self._row_date(item.row()) is None
            item.setBackground(invalid_cell_color() if bad else QColor(0, 0, 0, 0))
            item.setToolTip("Not a date: try 22 March 2025, March 2025, late 2024 or 2023"
                            if bad else "")
        self._update_import_button()

    def _problems(self) -> list[str]:
        problems = []
        for row in range(self.table.rowCount()):
            if not self.is_checked(row):
                continue
            if self._row_date(row) is None:
                problems.append(f"row {row + 1}: “{self.table.item(row, 1).text()}” is not a date")
            if not self.table.item(row, 2).text().strip():
                problems.append(f"row {row + 1}: the title is empty")
        return problems

    def _update_import_button(self) -> None:
        checked = sum(self.is_checked(r) for r in range(self.table.rowCount()))
        problems = self._problems()
        self.error_label.setText("; ".join(problems))
        self.import_button.setEnabled(checked > 0 and not problems)
        self.import_button.setText(f"Import {checked}" if checked else "Import")

    def _show_evidence(self, row: int) -> None:
        if not 0 <= row < len(self.result.candidates):
            self.evidence.clear()
            return
        candidate = self.result.candidates[row]
        parts = [f"<p><b>Date basis:</b> {html.escape(candidate.date_basis)}</p>"]
        if candidate.location:
            parts.append(f"<p><b>Place:</b> {html.escape(candidate.location)}</p>")
        if candidate.participants:
            parts.append("<p><b>Participants:</b> "
                         f"{html.escape(', '.join(candidate.participants))}</p>")
        for evidence in candidate.evidence:
            parts.append(f"<blockquote>“{highlighted_sentence(evidence)}”</blockquote>")
        self.evidence.setHtml("\n".join(parts))

    def outcome(self) -> ReviewOutcome:
        """The accepted candidates as events, with the person's corrections."""
        events = []
        for row, candidate in enumerate(self.result.candidates):
            if not self.is_checked(row):
                continue
            date = self._row_date(row)
            assert date is not None  # _problems() keeps Import disabled otherwise
            combo = self.table.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            category = combo.currentText().strip().lower() or candidate.category
            edited = dataclasses.replace(
                candidate, title=self.table.item(row, 2).text().strip(), date=date,
                category=category, source_id=self.result.source.id)
            if date != candidate.date:
                edited = dataclasses.replace(
                    edited, date_basis=f"corrected by hand (extracted: "
                    f"{candidate.date.describe()}; {candidate.date_basis})")
            events.append(edited.to_event())
        return ReviewOutcome(self.result.source, events, self.new_radio.isChecked())

    def accept(self) -> None:
        if self.import_button.isEnabled():
            super().accept()
