"""File → Import article…: paste or open an article, confirm its date, review the proposed events.

The flow is three steps, each replaceable in tests (see ``prompts``):
1. ``ArticleDialog`` takes the text (pasted or from a ``.txt`` file) and asks for
   — or confirms — the dateline date that relative dates are resolved against.
2. ``extract_events`` runs on a worker thread (``jobs.BackgroundJob``); it only
   signals, it never touches a widget.
3. ``ReviewDialog`` lists the candidates with checkboxes and editable title, date
   and category, and shows each one's sentence with the date expression marked.

Dates typed in either dialog go through the editor's parser in the locale's order
(``dates_input.read_date``): a corrected date may be a range ("1965–1970", which gives
the event an end) or BC; a slash date that reads two ways is marked with both readings.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
from collections.abc import Sequence
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
from timeline_app.core.parse_date import ParseResult
from timeline_app.extract import Candidate, ExtractionResult, read_dateline
from timeline_app.io.article import ArticleFileError, read_article
from timeline_app.ui import prompts
from timeline_app.ui.dates_input import locale_day_first, read_date
from timeline_app.ui.safe_text import (
    SafeTextBrowser,
    display_title,
    highlighted_sentence,
    tooltip_text,
)
from timeline_app.ui.style import LANE_ORDER


@dataclass(frozen=True)
class ArticleRequest:
    """What the first step hands to extraction."""

    text: str
    dct: _dt.date | None
    place: str | None
    name: str = "pasted text"


@dataclass(frozen=True)
class ReviewOutcome:
    """What the person accepted.

    ``merges`` maps the id of an accepted event to the id of the existing event it is to
    be merged into (a likely duplicate the person chose to merge); the others are added.
    """

    source: Source
    events: list[Event]
    new_timeline: bool
    merges: dict[str, str] = dataclasses.field(default_factory=dict)


def read_article_request(parent: QWidget | None, path: str) -> ArticleRequest | None:
    """An article file as a request (date and place still to be read), or None after
    saying why it cannot be read."""
    try:
        text = read_article(path)
    except ArticleFileError as error:
        prompts.show_error(parent, "Cannot open article", str(error))
        return None
    return ArticleRequest(text, None, None, Path(path).name)


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
        self.error_label.setStyleSheet("color: #B00020")
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
        request = read_article_request(self, path)
        if request is not None:
            self.set_text(request.text, request.name)

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

    def restore(self, request: ArticleRequest, problem: str) -> None:
        """Show an earlier request again (its text, date and place) with why it gave nothing."""
        self.set_text(request.text, request.name)
        self.read_dateline_now()
        if request.dct is not None:
            self.date_edit.setText(FuzzyDate.of_day(request.dct).describe())
            self._date_typed = True
        self.place_edit.setText(request.place or "")
        self.error_label.setText(problem)

    def request(self) -> ArticleRequest | None:
        """The validated request, or ``None`` with the problem shown in the dialog."""
        text = self.text_edit.toPlainText()
        if not text.strip():
            self.error_label.setText("There is no article text to read.")
            return None
        dct = None
        typed = self.date_edit.text().strip()
        if typed:
            reading = read_date(typed)
            date = reading.date
            shown = typed if len(typed) <= 40 else typed[:37] + "…"
            if reading.ambiguous and date is not None:
                other = reading.alternatives[0][0]
                self.error_label.setText(f"“{shown}” can be {date.describe()} or "
                                         f"{other.describe()}: type the month in words, "
                                         f"e.g. {date.describe()}.")
                return None
            if date is None or reading.end is not None or date.precision is not Precision.DAY \
                    or date.circa:
                why = f" ({reading.error})" if reading.error else ""
                self.error_label.setText(f"“{shown}” is not a day{why}. Type a date such as "
                                         "22 March 2025, or leave the field empty.")
                return None
            if not date.fits_datetime:  # the tagger counts in datetime.date: AD only
                self.error_label.setText(f"“{typed}” is before AD 1; an article's date "
                                         "must be AD 1 or later.")
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

    COLUMNS = ("Import", "Date", "Title", "Category", "Confidence", "Already in the timeline?")
    MERGE, KEEP_BOTH = "merge", "keep both"

    def __init__(self, result: ExtractionResult, can_add: bool = True,
                 parent: QWidget | None = None, existing: Sequence[Event] = ()) -> None:
        super().__init__(parent)
        from timeline_app.core.duplicates import find_duplicates

        # Likely duplicates of events already in the timeline, by row: unticked at first,
        # so re-importing an article adds nothing unless the person asks.
        incoming = [c.to_event(f"row{row}") for row, c in enumerate(result.candidates)]
        self._day_first = locale_day_first()
        self.duplicates = {int(key[3:]): match for key, match
                           in find_duplicates(existing, incoming).items()}
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
        if self.duplicates:
            n = len(self.duplicates)
            intro.setText(intro.text() + (
                f"\n{n} look{'s' if n == 1 else ''} like events already in the timeline and "
                f"{'is' if n == 1 else 'are'} unticked: tick one to merge it into the existing "
                "event, or choose “keep both” to add it as well."))

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
        self.table.setColumnWidth(5, 360)
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
        self.new_radio.toggled.connect(self._on_target_changed)
        all_button = QPushButton("Select All", self)
        none_button = QPushButton("Select None", self)
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        # Dates that read two ways: worth a look, but they do not stop the import.
        self.note_label = QLabel(self)
        self.note_label.setObjectName("reviewDateNotes")
        self.note_label.setStyleSheet("color: #8A5300")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
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
        layout.addWidget(self.note_label)
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
        match = self.duplicates.get(row)
        if match is None:
            self.table.setItem(row, 5, QTableWidgetItem("no"))
            self.table.item(row, 5).setFlags(Qt.ItemFlag.ItemIsEnabled)
            return
        check.setCheckState(Qt.CheckState.Unchecked)
        choice = QComboBox(self.table)
        existing = match.existing
        title = display_title(existing.title)  # laid out in the combo: capped
        choice.addItem(f"Merge into “{title}” ({existing.date.describe()})", self.MERGE)
        choice.addItem(f"Keep both (“{title}” stays)", self.KEEP_BOTH)
        choice.setToolTip(tooltip_text(f"Likely the same event: {match.reason}"))  # names
        self.table.setCellWidget(row, 5, choice)

    def _on_target_changed(self, new_timeline: bool) -> None:
        # In a new timeline nothing is a duplicate: its rows are ticked like the others.
        for row in self.duplicates:
            self.set_checked(row, new_timeline)
            choice = self.table.cellWidget(row, 5)
            if choice is not None:
                choice.setEnabled(not new_timeline)

    def duplicate_choice(self, row: int) -> str | None:
        """MERGE or KEEP_BOTH for a likely duplicate's row, None for other rows."""
        choice = self.table.cellWidget(row, 5)
        return str(choice.currentData()) if isinstance(choice, QComboBox) else None

    def set_duplicate_choice(self, row: int, value: str) -> None:
        choice = self.table.cellWidget(row, 5)
        assert isinstance(choice, QComboBox)
        choice.setCurrentIndex(choice.findData(value))

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

    def _row_reading(self, row: int) -> ParseResult:
        """The row's date cell read with the editor's parser in the locale's order."""
        return read_date(self.table.item(row, 1).text(), self._day_first)

    def _row_date(self, row: int) -> FuzzyDate | None:
        return self._row_reading(row).date

    @staticmethod
    def _two_ways(reading: ParseResult) -> str:
        assert reading.date is not None
        other = reading.alternatives[0][0]
        return (f"“{reading.text.strip()[:40]}” is read as {reading.date.describe()} (your "
                f"system's order); it can also be {other.describe()}: type the month in words "
                "to settle it")

    def _check_all(self, checked: bool) -> None:
        for row in range(self.table.rowCount()):
            self.set_checked(row, checked)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            reading = self._row_reading(item.row())
            if reading.date is None:
                item.setBackground(QColor("#F8D7DA"))
                item.setToolTip(tooltip_text(f"Not a date: {reading.error}"))  # quotes it
            elif reading.ambiguous:
                item.setBackground(QColor("#FFF3CD"))
                item.setToolTip(tooltip_text(self._two_ways(reading)))
            else:
                item.setBackground(QColor(0, 0, 0, 0))
                item.setToolTip(tooltip_text(reading.feedback()))
        self._update_import_button()

    def _problems(self) -> list[str]:
        problems = []
        for row in range(self.table.rowCount()):
            if not self.is_checked(row):
                continue
            reading = self._row_reading(row)
            if reading.date is None:
                problems.append(f"row {row + 1}: “{self.table.item(row, 1).text()[:40]}” is "
                                f"not a date ({reading.error})")
            if not self.table.item(row, 2).text().strip():
                problems.append(f"row {row + 1}: the title is empty")
        return problems

    def _update_import_button(self) -> None:
        checked = sum(self.is_checked(r) for r in range(self.table.rowCount()))
        problems = self._problems()
        notes = [f"row {row + 1}: {self._two_ways(reading)}"
                 for row in range(self.table.rowCount()) if self.is_checked(row)
                 for reading in (self._row_reading(row),)
                 if reading.date is not None and reading.ambiguous]
        self.error_label.setText("; ".join(problems))
        self.error_label.setVisible(bool(problems))
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
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
        merges: dict[str, str] = {}
        for row, candidate in enumerate(self.result.candidates):
            if not self.is_checked(row):
                continue
            reading = self._row_reading(row)
            date, end = reading.date, reading.end
            assert date is not None  # _problems() keeps Import disabled otherwise
            combo = self.table.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            category = combo.currentText().strip().lower() or candidate.category
            edited = dataclasses.replace(
                candidate, title=self.table.item(row, 2).text().strip(), date=date,
                category=category, source_id=self.result.source.id)
            if date != candidate.date or end is not None:
                edited = dataclasses.replace(
                    edited, date_basis=f"corrected by hand (extracted: "
                    f"{candidate.date.describe()}; {candidate.date_basis})")
            event = dataclasses.replace(edited.to_event(), end=end)
            events.append(event)
            if row in self.duplicates and self.duplicate_choice(row) == self.MERGE:
                merges[event.id] = self.duplicates[row].existing.id
        new_timeline = self.new_radio.isChecked()
        return ReviewOutcome(self.result.source, events, new_timeline,
                             {} if new_timeline else merges)

    def accept(self) -> None:
        if self.import_button.isEnabled():
            super().accept()
