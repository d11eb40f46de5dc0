"""The CSV import dialog: a preview, the column mapping, and how each date reads.

Shown after the file was decoded (``io.csv_table.read_table``) and before any event is
made: the user sees the encoding, delimiter and row count, picks which column holds the
date, the end, the title… (best guesses from English header names preselected), and sees
in the preview how the date column reads with the editor's own parser.  Numeric dates
("12/11/2024") read in the order the column's values decide, else in the one the user
picks, else in the locale's, and the preview marks those that read two ways.  Every cell
is set as an item's plain text: nothing in a CSV file is ever interpreted as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.dates import FuzzyDate, describe_range
from timeline_app.core.model import Event
from timeline_app.core.parse_date import parse_typed_date
from timeline_app.io.csv_table import (
    CSV_FIELDS,
    DAY_FIRST_KEY,
    SHEET_COLUMNS_NOT_READ,
    CsvTable,
    column_day_first,
    marked_circa,
    rows_to_events,
    timelinejs_type_column,
    why_not_a_date,
)
from timeline_app.io.errors import FormatError
from timeline_app.ui.alt_keys import guard_alt_typing
from timeline_app.words import counted

__all__ = ["CsvImportDialog", "FIELD_LABELS"]

FIELD_LABELS = {"date": "Date (required)", "end": "End", "circa": "Circa (yes: approximate)",
                "title": "Title",
                "category": "Category (lane)", "participants": "Participants", "place": "Place",
                "summary": "Summary", "source": "Source sentence",
                "more_sources": "Other source sentences (a line each)",
                "references": "References and links (a line each)", "id": "Id",
                "basis": "Date basis (how it was found)",
                "expression": "Date expression (its words in the sentence)",
                "lane": "Lane id (exactly; before Category)",
                "status": "Status (confirmed, disputed…)"}
PREVIEW_SHOWN = 25
#: Why numeric dates read in the order they do (``CsvImportDialog.date_order``), in words.
CHOSEN, COLUMN, LOCALE = "as chosen", "as the column's dates say", "your system's order"
#: Up to this many rows, the whole date column decides the order in the preview too.
WHOLE_COLUMN_ROWS = 20_000

#: A preview row's words for an End before its start: the import takes the row without
#: its end and lists it (verify60 F5: such a row was left out whole).
END_BEFORE_START = " — the End is before the start: imported without it"


class CsvImportDialog(QDialog):
    """Choose the columns of a CSV file; ``mapping()`` gives the choice after ``accept()``."""

    def __init__(self, table: CsvTable, file_name: str, day_first: bool | None = None,
                 parent: QWidget | None = None) -> None:
        """Args: the decoded table, its file name, the locale's day/month order (``None``:
        ``dates_input.locale_day_first()``), the parent."""
        super().__init__(parent)
        self.setWindowTitle(f"Import CSV — {file_name}")
        self.setObjectName("csvImportDialog")
        self._table = table
        if day_first is None:
            from timeline_app.ui.dates_input import locale_day_first

            day_first = locale_day_first()
        self._locale_day_first = day_first
        layout = QVBoxLayout(self)
        rows = f"{table.row_count:,} row" + ("" if table.row_count == 1 else "s")
        delimiter = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}.get(
            table.delimiter, repr(table.delimiter))
        info = QLabel(f"{file_name}: {rows}, {table.encoding}, columns separated by {delimiter}"
                      + ("; the first row names the columns" if table.has_header else ""))
        info.setTextFormat(Qt.TextFormat.PlainText)
        info.setWordWrap(True)
        layout.addWidget(info)
        # The fields in two columns: in one, their twelve rows left the preview about four
        # rows, on a 1000 px screen as on a 768 px one (verify25, finding 6).
        columns = QHBoxLayout()
        form = QFormLayout()
        second = QFormLayout()
        columns.addLayout(form, 1)
        columns.addLayout(second, 1)
        self._choosers: dict[str, QComboBox] = {}
        half = (len(CSV_FIELDS) + 1) // 2
        for number, name in enumerate(CSV_FIELDS):
            if number == half:
                form = second
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
        self.order_combo = QComboBox()
        self.order_combo.setObjectName("dateOrder")
        self.order_combo.addItem("Automatic: as the column's dates say, else "
                                 f"{'day' if day_first else 'month'} first (your system's "
                                 "order)", None)
        self.order_combo.addItem("Day first: 12/11/2024 is 12 November 2024", True)
        self.order_combo.addItem("Month first: 12/11/2024 is 11 December 2024", False)
        chosen_order = table.mapping.get(DAY_FIRST_KEY)  # a mapping chosen before
        if chosen_order is not None:  # (the import's Cancel asks again, verify60 F16)
            self.order_combo.setCurrentIndex(self.order_combo.findData(bool(chosen_order)))
        self.order_combo.currentIndexChanged.connect(self._refresh)
        layout.addLayout(columns)
        form = QFormLayout()  # the whole width: its choices are sentences
        form.addRow("Numeric dates:", self.order_combo)
        layout.addLayout(form)
        self._preview = QTableWidget(0, 0)
        self._preview.setObjectName("csvPreview")
        self._preview.setAccessibleName("The first rows as they would be imported")
        self._preview.setTabKeyNavigation(False)  # Tab leaves it (fix63), the arrows move
        self._preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self._preview, 1)
        self._status = QLabel()
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)
        layout.addWidget(self._status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("&Import")  # Alt+I: it changed the focused column (verify20 F6)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Taller where the screen has room: more preview rows (the least fits 1024×700).
        from timeline_app.ui.main_window import available_screen_area  # tests replace it

        area = available_screen_area(parent or self)
        room = area.height() if area is not None else 0
        height = max(620, min(820, int(room * 0.8)))
        if room:  # never taller than the screen (its frame aside): 614 px at 1366×768 × 1.25
            height = min(height, room - 40)  # (verify43: its buttons were under the edge)
        self.resize(900, height)
        # Alt + a letter that is no key of the dialog chooses nothing: a column chooser's
        # search took Alt+I's "i" and chose the column "Id" (verify20 F6).
        guard_alt_typing(self, [*self._choosers.values(), self.order_combo])
        self._refresh()

    def mapping(self) -> dict[str, int]:
        """Field → column index, for the fields the user mapped; with ``DAY_FIRST_KEY``
        (1 day first, 0 month first) when the user chose the order of numeric dates."""
        chosen = {name: combo.currentData() for name, combo in self._choosers.items()}
        mapping = {name: int(index) for name, index in chosen.items()
                   if index is not None and index >= 0}
        order = self.order_combo.currentData()
        if order is not None:
            mapping[DAY_FIRST_KEY] = int(bool(order))
        return mapping

    def choose_order(self, day_first: bool | None) -> None:
        """Read numeric dates day first, month first, or automatically (``None``)."""
        self.order_combo.setCurrentIndex(self.order_combo.findData(day_first))

    def date_order(self) -> tuple[bool, str]:
        """The order the preview reads numeric dates in, and why: ``CHOSEN``, ``COLUMN``
        (the column's values decide it) or ``LOCALE`` (nothing decides: the system's)."""
        chosen = self.order_combo.currentData()
        if chosen is not None:
            return bool(chosen), CHOSEN
        mapping = self.mapping()
        rows = None if self._table.row_count <= WHOLE_COLUMN_ROWS else self._table.preview
        decided = column_day_first(self._table, mapping, rows) if "date" in mapping else None
        if decided is not None:
            return decided, COLUMN
        return self._locale_day_first, LOCALE

    def choose(self, field_name: str, column: int | None) -> None:
        """Select ``column`` (or none) for a field, as a user would in its list."""
        self._choosers[field_name].setCurrentIndex(0 if column is None else column + 1)

    @staticmethod
    def _end_of(row: list[str], end_column: int | None, date: FuzzyDate,
                end: FuzzyDate | None, day_first: bool) -> tuple[FuzzyDate | None, str]:
        """The end of a row's event that starts on ``date``, as the import reads it
        (``csv_table.rows_to_events``): the End column's cell if it has one, else ``end``
        (the Date cell's own range's end, if any); and what is wrong with that cell, in
        words (" — the End is not a date this app reads": the import leaves such rows
        out; ``END_BEFORE_START``: it imports them without an end, verify60 F5; "" when
        nothing is)."""
        raw = (row[end_column].strip() if end_column is not None and end_column < len(row)
               else "")
        if not raw:
            return end, ""
        result = parse_typed_date(raw, day_first)
        if result.date is None or result.end is not None:
            return None, " — the End is not a date this app reads"
        if result.date.start_day() < date.start_day():
            return None, END_BEFORE_START
        return result.date, ""

    def _sheet_words(self, mapping: dict[str, int]) -> str:
        """What a TimelineJS sheet's columns without a field become (verify57 F2: its
        Media, Media Credit and Media Caption were dropped without a word)."""
        mapped = set(mapping.values())
        unmapped = [(h.strip().lower(), h) for i, h in enumerate(self._table.header)
                    if i not in mapped]  # (in the sheet's order)
        media = [h for n, h in unmapped if n in ("media", "media caption", "media credit")]
        lost = [h for n, h in unmapped if n in SHEET_COLUMNS_NOT_READ]
        words = ["A TimelineJS sheet: its HTML is read as plain text (links as "
                 "\u201ctext (address)\u201d), a Display Date for the precision it says "
                 "(\u201clate 2024\u201d)"]
        if media:
            words.append(f"{', '.join(media)} go into each summary as a \u201cMedia:\u201d "
                         "paragraph (never fetched), which a TimelineJS export writes back")
        if lost:
            words.append(f"{', '.join(lost)} {'is' if len(lost) == 1 else 'are'} not read")
        return "; ".join(words) + "."

    def _made(self, mapping: dict[str, int], rows: list[list[str]], numbers: list[int],
              day_first: bool) -> dict[int, Event]:
        """The events the import would make of the preview's ``rows`` (file row
        ``numbers``), by row number (``csv_table.rows_to_events`` with the order shown):
        {} without a date column or a number for each row."""
        if "date" not in mapping or len(numbers) != len(rows):
            return {}
        made: dict[int, Event] = {}
        try:
            rows_to_events(self._table, {**mapping, DAY_FIRST_KEY: int(day_first)},
                           rows=list(zip(numbers, rows, strict=True)), made=made)
        except (ValueError, FormatError):
            return {}
        return made

    def _refresh(self, *_args: object) -> None:
        mapping = self.mapping()
        headers = ["Date reads as", *self._table.header]
        rows = self._table.preview[:PREVIEW_SHOWN]
        self._preview.clear()
        self._preview.setColumnCount(len(headers))
        self._preview.setRowCount(len(rows))
        self._preview.setHorizontalHeaderLabels(headers)
        # The file's row numbers, as a spreadsheet shows them and as the list of rows left
        # out names them ("row 4: no date"), not 1, 2, 3 from the first data row.
        numbers = self._table.preview_numbers[:len(rows)]
        if len(numbers) == len(rows):
            self._preview.setVerticalHeaderLabels([str(n) for n in numbers])
        failures = bad_ends = backward_ends = 0
        two_ways: list[str] = []
        date_column = mapping.get("date")
        circa_column = mapping.get("circa")
        day_first, why = self.date_order()
        slide_type = timelinejs_type_column(self._table.header, mapping)
        made = self._made(mapping, rows, numbers, day_first)
        for r, row in enumerate(rows):
            if (slide_type is not None and slide_type < len(row)
                    and row[slide_type].strip().lower() == "title"):
                # TimelineJS's title slide: it names the timeline (verify57 F1: counted
                # here as a row with no date that would be left out).
                reading = "the title slide: the timeline's name and description"
            elif date_column is None:
                reading = ""
            else:
                raw = row[date_column].strip() if date_column < len(row) else ""
                result = parse_typed_date(raw, day_first) if raw else None
                if result is None or result.date is None:
                    # Why, in the summary's words (verify17 finding 8: "not a date:
                    # '2024-02-31'" here, why only in the summary); its text is beside.
                    # (``reason``: ``why`` is the order's reason, for the rows after)
                    reason = why_not_a_date(result.error) if result is not None else ""
                    reading = (f"not a date: {reason}" if reason
                               else f"not a date: '{raw[:30]}'" if raw else "no date")
                    failures += 1
                else:
                    circa = (row[circa_column] if circa_column is not None
                             and circa_column < len(row) else "")
                    end, trouble = self._end_of(row, mapping.get("end"), result.date,
                                                result.end, day_first)
                    # The whole range in words, as the list and Details give it ("3–5 May
                    # 2024"; it showed "3 May 2024" when the End was another column:
                    # verify21 F5).
                    event = made.get(numbers[r]) if r < len(numbers) else None
                    # what the import makes of the row (its "Date (ISO)" and
                    # "Precision", an end that is the date's own last month dropped:
                    # verify80 F16, "summer 1967 – August 1967" shown, "summer 1967" made)
                    reading = (describe_range(event.date, event.end) if event is not None
                               and not trouble else
                               describe_range(marked_circa(result.date, circa), end)) + trouble
                    bad_ends += bool(trouble) and trouble != END_BEFORE_START
                    backward_ends += trouble == END_BEFORE_START
                    if result.alternatives and why == LOCALE:
                        reading += f" (or {result.alternatives[0][0].describe()}?)"
                        two_ways.append(raw)
            self._preview.setItem(r, 0, QTableWidgetItem(reading))
            for c, value in enumerate(row[: len(self._table.header)]):
                self._preview.setItem(r, c + 1, QTableWidgetItem(value))
        self._preview.resizeColumnsToContents()
        self._ok.setEnabled(date_column is not None)
        order = f"{'day' if day_first else 'month'} first"
        if date_column is None:
            self._status.setText("Choose the column that holds each event's date.")
            return
        complete = len(rows) == self._table.row_count  # the preview holds every row

        def share(count: int, noun: str, verb: str, verbs: str) -> str:
            """"2 of the 3 rows have", "1 of the first 25 rows has", "The only row has"
            (it said "1 of the 1 rows": session 8)."""
            if complete and len(rows) == 1:
                return f"The only {noun} {verb}"
            scope = f"the {counted(len(rows), noun)}" if complete \
                else f"the first {counted(len(rows), noun)}"
            return f"{count} of {scope} {verb if count == 1 else verbs}"

        messages = []
        if failures:
            messages.append(f"{share(failures, 'row', 'has', 'have')} no date this app reads; "
                            f"{'it' if failures == 1 else 'those rows'} will be listed and "
                            "left out.")
        if bad_ends:
            messages.append(f"{share(bad_ends, 'row', 'has', 'have')} an End the import "
                            f"cannot use; {'it' if bad_ends == 1 else 'those rows'} will be "
                            "listed and left out.")
        if backward_ends:
            messages.append(f"{share(backward_ends, 'row', 'has', 'have')} an End before "
                            f"the start; {'it' if backward_ends == 1 else 'those rows'} will "
                            "be listed and imported without an end.")
        if slide_type is not None:
            messages.append(self._sheet_words(mapping))
        if two_ways:
            messages.append(f"{share(len(two_ways), 'date', 'reads', 'read')} two ways "
                            f"(e.g. '{two_ways[0][:20]}'): "
                            f"{'it is' if len(two_ways) == 1 else 'they are'} read {order}, "
                            f"{why}, and listed after the import; choose the order above if "
                            "that is wrong.")
        if not messages:
            every = ("The date of the one row reads well" if complete and len(rows) == 1
                     else f"The dates of all {len(rows)} rows read well" if complete
                     else f"The dates of the first {len(rows)} rows read well")
            messages.append(every + (f" (numeric dates {order}, {why})." if why != LOCALE
                                     else "."))
        self._status.setText(" ".join(messages))
