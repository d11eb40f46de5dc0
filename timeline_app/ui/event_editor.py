"""The event editor: add or correct one event by hand.

Dates are typed as a person writes them ("22 March 2025", "late 2024", "c. 1965") and read
back in words with their precision while typing ("late 2024 — the last third of 2024,
September–December"), so a misreading shows before OK.  OK stays disabled, and a line under
the field says why, while the title is empty or a date cannot be read.

Every typed date goes through :func:`read_typed_date`, the one place that calls the date
parser, so a richer parser can replace it without touching the dialog.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Event, FuzzyDate, Precision, Timeline, new_event_id
from timeline_app.core.dates import MONTH_NAMES
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.safe_text import SafeTextBrowser, highlighted_sentence
from timeline_app.ui.style import LANE_ORDER, category_label

__all__ = ["EventEditor", "describe_with_precision", "read_typed_date"]

_PART_WORDS = {"early": "the first third of", "mid": "the middle third of",
               "late": "the last third of"}


def read_typed_date(text: str) -> FuzzyDate | None:
    """The date a person typed, or ``None`` if it cannot be read (the one parser call)."""
    from timeline_app.core.parse_date import parse_fuzzy_date

    return parse_fuzzy_date(text)


def _month_span(date: FuzzyDate) -> str:
    """'September–December' (same year) or 'December 2024–February 2025'."""
    first = date.start
    last = date.end - _dt.timedelta(days=1)
    a, b = MONTH_NAMES[first.month - 1], MONTH_NAMES[last.month - 1]
    if first.year == last.year:
        return f"{a}–{b}"
    return f"{a} {first.year}–{b} {last.year}"


def describe_with_precision(date: FuzzyDate) -> str:
    """The date in words followed by what it covers, e.g. 'late 2024 — the last third of
    2024, September–December'; 'c.' dates say they are approximate."""
    p = date.precision
    plain = dataclasses.replace(date, circa=False)
    if p is Precision.DAY:
        meaning = f"a day, a {date.start:%A}"
    elif p is Precision.MONTH:
        meaning = "a month: some time in it"
    elif p is Precision.PART_OF_YEAR:
        assert date.part is not None
        if date.part in _PART_WORDS:
            meaning = f"{_PART_WORDS[date.part]} {date.year}, {_month_span(date)}"
        else:
            kind = ("a season" if date.part in ("SP", "SU", "FA", "WI")
                    else "a quarter" if date.part.startswith("Q") else "a half year")
            meaning = f"{kind}, {_month_span(date)}"
    elif p is Precision.YEAR:
        meaning = "a year: some time in it"
    else:
        meaning = f"a decade, {date.year}–{date.year + 9}"
    text = f"{plain.describe()} — {meaning}"
    return f"about {text} (circa: loosely derived)" if date.circa else text


class _ListCompleter(QCompleter):
    """Completes the last name of a comma-separated list ('Japan, So' → 'Japan, South Korea')."""

    def __init__(self, names: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Parented: an unparented model would be collected by Python, leaving no names.
        self.setModel(QStringListModel(names, self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        chosen = str(super().pathFromIndex(index))
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] if "," in typed else ""
        return f"{head}, {chosen}" if head else chosen


def _names_in(timeline: Timeline) -> tuple[list[str], list[str], list[str]]:
    """Participants, places and categories already used in the timeline, sorted."""
    participants: set[str] = set()
    places: set[str] = set()
    categories: set[str] = set()
    for event in timeline:
        participants.update(p for p in event.participants if p)
        if event.location:
            places.add(event.location)
        categories.add(event.category)
    return (sorted(participants, key=str.casefold), sorted(places, key=str.casefold),
            sorted(categories, key=str.casefold))


class EventEditor(QDialog):
    """Edits one event; ``edited_event()`` gives the result (a new id for a new event).

    Args:
        timeline: The timeline the event belongs to (names for completion, categories).
        event: The event to edit, or ``None`` for a new one.
        initial_date: For a new event, the date to start from (e.g. under the cursor).
        heading: The window title.
    """

    def __init__(self, timeline: Timeline, event: Event | None = None,
                 initial_date: FuzzyDate | None = None, heading: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.setWindowTitle(heading or ("Edit event" if event else "New event"))
        self.setMinimumWidth(560)
        self._original = event
        self._evidence = event.evidence if event else ()
        self._source_id = event.source_id if event else None
        self._date_basis = event.date_basis if event else ""
        participants, places, categories = _names_in(timeline)

        self.title_edit = QLineEdit(event.title if event else "")
        self.title_edit.setPlaceholderText("What happened, e.g. Foreign ministers meet in Tokyo")
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("e.g. 22 March 2025, March 2025, late 2024, 1965")
        self.date_words = self._words_label()
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText("optional: when it ended, for events that last")
        self.end_words = self._words_label()
        self.circa_check = QCheckBox("circa — the date is approximate")
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        known = list(dict.fromkeys([*categories, *LANE_ORDER]))
        for category in known:
            self.category_combo.addItem(category_label(category), category)
        self.category_combo.setToolTip("Pick a lane or type a new one")
        self.participants_edit = QLineEdit(", ".join(event.participants) if event else "")
        self.participants_edit.setPlaceholderText("names separated by commas")
        self.participants_edit.setCompleter(_ListCompleter(participants, self))
        self.location_edit = QLineEdit(event.location if event else "")
        place_completer = QCompleter(places, self)
        place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        place_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.location_edit.setCompleter(place_completer)
        self.summary_edit = QPlainTextEdit(event.summary if event else "")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.evidence_view = SafeTextBrowser()
        self.evidence_view.setObjectName("editorEvidence")
        self.evidence_view.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.evidence_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.detach_button = QPushButton("&Detach from source")
        self.detach_button.setToolTip("This event no longer claims the article's sentences "
                                      "as its evidence")
        self.detach_button.clicked.connect(self.detach_source)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.setWordWrap(True)
        self.buttons, self.ok_button = ok_cancel_buttons(self)

        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        for text, edit, words in (("&Date:", self.date_edit, self.date_words),
                                  ("&End:", self.end_edit, self.end_words)):
            label = QLabel(text)
            label.setBuddy(edit)  # a layout in the field has no buddy of its own: Alt+D
            form.addRow(label, self._with_words(edit, words))
        form.addRow("", self.circa_check)
        form.addRow("&Category:", self.category_combo)
        form.addRow("&Participants:", self.participants_edit)
        form.addRow("P&lace:", self.location_edit)
        form.addRow("&Summary:", self.summary_edit)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_view, 1)
        evidence_row.addWidget(self.detach_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("Source:", evidence_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        start = event.date if event else initial_date
        if start is not None:
            self.date_edit.setText(dataclasses.replace(start, circa=False).describe())
            self.circa_check.setChecked(start.circa)
        if event is not None and event.end is not None:
            self.end_edit.setText(event.end.describe())
        self._set_category(event.category if event else "event")
        self._show_evidence()
        for edit in (self.title_edit, self.date_edit, self.end_edit):
            edit.textChanged.connect(self._validate)
        self.circa_check.toggled.connect(self._validate)
        self._validate()
        self.title_edit.setFocus()

    @staticmethod
    def _words_label() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is echoed: never rich text
        label.setStyleSheet("color: #4A4A4A")
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _with_words(edit: QLineEdit, words: QLabel) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(edit)
        box.addWidget(words)
        return box

    @staticmethod
    def _say(words: QLabel, text: str) -> None:
        words.setText(text)
        words.setVisible(bool(text))

    def _set_category(self, category: str) -> None:
        index = self.category_combo.findData(category)
        if index < 0:
            self.category_combo.addItem(category_label(category), category)
            index = self.category_combo.count() - 1
        self.category_combo.setCurrentIndex(index)

    def category(self) -> str:
        """The chosen category: a known one, or the new one typed (lower case, like the rest)."""
        text = self.category_combo.currentText().strip()
        index = self.category_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.category_combo.itemData(index))
        return text.casefold() or "event"

    def participants(self) -> tuple[str, ...]:
        names = (n.strip() for n in self.participants_edit.text().split(","))
        return tuple(dict.fromkeys(n for n in names if n))

    # ------------------------------------------------------------------ evidence
    def _show_evidence(self) -> None:
        if self._evidence:
            self.evidence_view.setHtml("".join(f"<p>“{highlighted_sentence(e)}”</p>"
                                               for e in self._evidence))
        else:
            self.evidence_view.setHtml("<p style='color:gray'>No source sentences: "
                                       "this event was entered by hand.</p>")
        self.detach_button.setEnabled(bool(self._evidence or self._source_id))

    def detach_source(self) -> None:
        """Drop the source sentences (and the article link) from the event being edited."""
        self._evidence = ()
        self._source_id = None
        self._date_basis = ""
        self._show_evidence()

    # ------------------------------------------------------------------ validation
    def _read(self, edit: QLineEdit, words: QLabel, what: str,
              required: bool) -> tuple[FuzzyDate | None, str]:
        text = edit.text().strip()
        if not text:
            self._say(words, "")
            return None, f"Type the {what}." if required else ""
        date = read_typed_date(text)
        if date is None:
            self._say(words, "")
            article = "an" if what[0] in "aeiou" else "a"
            return None, (f"Cannot read “{text}” as {article} {what}. Try 22 March 2025, "
                          "March 2025, late 2024, Q3 2024 or 1965.")
        self._say(words, describe_with_precision(date))
        return date, ""

    def _validate(self, *_args: object) -> None:
        date, date_error = self._read(self.date_edit, self.date_words, "date", True)
        end, end_error = self._read(self.end_edit, self.end_words, "end date", False)
        if date is not None and self.circa_check.isChecked() and not date.circa:
            self._say(self.date_words, describe_with_precision(
                dataclasses.replace(date, circa=True)))
        problems = [p for p in (date_error, end_error) if p]
        if date is not None and end is not None and end.end <= date.start:
            problems.append("The end is before the date.")
        if not self.title_edit.text().strip():
            problems.insert(0, "Give the event a title.")
        self.error_label.setText(" ".join(problems))
        self.ok_button.setEnabled(not problems)

    def is_valid(self) -> bool:
        return self.ok_button.isEnabled()

    def edited_event(self) -> Event | None:
        """The event as typed, or ``None`` while something is invalid."""
        if not self.is_valid():
            return None
        date = read_typed_date(self.date_edit.text())
        assert date is not None
        if self.circa_check.isChecked() and not date.circa:  # typed "c. 1965" is circa too
            date = dataclasses.replace(date, circa=True)
        end = read_typed_date(self.end_edit.text()) if self.end_edit.text().strip() else None
        base = self._original or Event(new_event_id(), "", date)
        date_basis = self._date_basis
        if self._original is None or date != self._original.date:
            date_basis = "entered by hand"  # no derivation from a text explains this date
        return dataclasses.replace(
            base, title=" ".join(self.title_edit.text().split()), date=date, end=end,
            category=self.category(), participants=self.participants(),
            location=self.location_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(), date_basis=date_basis,
            source_id=self._source_id, evidence=self._evidence)

    def accept(self) -> None:
        if self.is_valid():
            super().accept()
