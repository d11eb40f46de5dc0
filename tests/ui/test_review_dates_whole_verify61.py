"""The import review's dates whole beside a Title with room (verify61 F20): at 1920×1080
@ 125 % (a review ~1416 logical px wide) the Date read "18 August 2025 t…" beside a
~350 px Title of short titles.  The Duplicate? column was as wide as its longest choice
read left out, "Left out — tick to merge + Shanghai Cooperation Organisation, China"
(~440 px), so the Date kept only its least; and narrower (1366×768 @ 125 %) the Date
was 95 px, every day cut ("22 Octob…"), beside a 249 px Title."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("GENEVA, March 13 (Reuters) - Iranian Foreign Minister Abbas Araqchi met British "
        "Foreign Secretary David Lammy and European Union foreign policy chief Kaja Kallas "
        "in Geneva on Wednesday before the talks.\n"
        "Wang Yi visited New Delhi from 18 August 2025 to 19 August 2025 for border talks.\n"
        "The foreign ministers met in Riyadh from 26 January 2026 to 27 January 2026.\n")
#: The meeting already in the timeline, naming only Iran: the row's names are offered
#: as "Merge + Kaja Kallas, United Kingdom, European…".
EXISTING = [Event("geneva", "Abbas Araqchi and David Lammy meet in Geneva",
                  FuzzyDate.of_day(dt.date(2026, 3, 11)), category="meeting",
                  participants=("Iran",), location="Geneva")]


def _review(qtbot, width: int) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(TEXT, dct=dt.date(2026, 3, 13)), existing=EXISTING)
    qtbot.addWidget(dialog)
    dialog.resize(width, 704)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def _cut(dialog: ReviewDialog, column: int) -> list[str]:
    table = dialog.table
    return [table.item(row, column).text() for row, width in enumerate(dialog._cells(column))
            if width > table.columnWidth(column)]


def test_a_long_merge_choice_leaves_the_dates_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, 1416)
    table = dialog.table
    adding = [row for row in range(table.rowCount())
              if (box := table.cellWidget(row, dialog.DUPLICATE)) is not None
              and box.findData(dialog.MERGE_ADDING) >= 0]
    assert adding  # (the case in question)
    box = table.cellWidget(adding[0], dialog.DUPLICATE)
    widest = box.fontMetrics().horizontalAdvance("Skipped — tick to merge, disputed")
    assert table.columnWidth(dialog.DUPLICATE) <= widest + 60  # (439 px before)
    assert _cut(dialog, dialog.DATE) == []  # ("18 August 2025 t…" before)
    # the long choice chosen is cut in its box, whole in the line under the table
    dialog.set_checked(adding[0], True)
    dialog.set_duplicate_choice(adding[0], dialog.MERGE_ADDING)
    table.setCurrentCell(adding[0], dialog.TITLE)
    assert "Kaja Kallas" in dialog.duplicate_label.text()
    box.grab()  # (paints, eliding its words)


@pytest.mark.parametrize("width", [1070, 960])
def test_a_narrow_review_keeps_the_days_whole_before_the_title(qtbot, width) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, width)
    days = [text for text in _cut(dialog, dialog.DATE) if " to " not in text]
    assert days == []  # ("11 March 2026" cut at 95 px before, the Title 88-100 px)
    assert dialog.table.columnWidth(dialog.TITLE) >= 100
