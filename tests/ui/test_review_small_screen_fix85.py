"""The article review on a short screen (verify81 F3, F5): the notes above the table take
one line whatever their count ("Show all (n)" beside it), and what a correction makes the
review say (a pair told twice, the Keep buttons under the table) never changes the
table's height, its scroll position, or the row under a fixed point.

The dialog is laid out at the size the app gives it on a 1366×768 screen at 150 % (the
screen's logical 910×512).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from timeline_app.extract import ExtractionResult, extract_events
from timeline_app.ui.import_article import ReviewDialog

#: My own article of the shape verify81 imported: two days of mediated border talks, a
#: statement told twice (the lead and "released just before midnight on Thursday"), a
#: ministers' meeting that day, a signing set for later, no year in the dateline.
ARTICLE = """\
Kenyan-hosted talks bring Ethiopia and Eritrea near a river boundary deal

NAIROBI, November 14 (Lakeside Wire) -- Ethiopian and Eritrean negotiators ended two days \
of talks in Nairobi, mediated by Kenya, late on Thursday with a statement saying both had \
agreed on the wording of a river boundary deal, which the foreign ministers of both \
countries are to sign in Nairobi on December 2.

The joint statement, released just before midnight on Thursday, said both delegations had \
"resolved the remaining disputed points" on the western stretch of the border. Kenya's \
principal secretary for foreign affairs, Joseph Kamau, who chaired both sessions, called it \
"a new chapter for the Horn of Africa".

The first round of the Nairobi talks opened on Wednesday, November 12, when Ethiopian \
Deputy Prime Minister Tesfaye Alemu and Eritrean Deputy Prime Minister Yonas Berhe met for \
six hours at the Kenyan foreign ministry. Officials said that meeting agreed the survey \
maps to be attached to the deal.

Another meeting on Thursday, November 13, added the foreign ministers of both countries, \
Dawit Haile and Osman Saleh Idris, who sat with the deputy prime ministers in the closing \
session before the statement came out.

Both countries have met for boundary rounds many times since the 2022 clashes near Badme. \
A joint survey panel was created in May 2024 for the demarcation work, but the process \
stalled in the summer of 2025.

Kenyan officials said Kenya's president would attend the signing on December 2, and that \
the African Union and the European Union had been asked to send observers.

"We have not finished, but we have never been nearer," Haile told reporters as he left \
the talks.
"""


@functools.cache
def extracted() -> ExtractionResult:
    return extract_events(ARTICLE, dct=dt.date(2025, 11, 14))


def row_of(result: ExtractionResult, start: str) -> int:
    return next(i for i, c in enumerate(result.candidates) if c.title.startswith(start))


@pytest.fixture
def small_screen(monkeypatch):  # type: ignore[no-untyped-def]
    """The screen of a 1366×768 laptop at 150 %, as the dialogs see it (logical px)."""
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 910, 512))


def shown(qtbot, dialog: ReviewDialog) -> ReviewDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def rows_in_sight(dialog: ReviewDialog) -> float:
    table = dialog.table
    return table.viewport().height() / table.rowHeight(0)


def table_state(dialog: ReviewDialog) -> tuple[object, ...]:
    """The table's viewport (in the dialog), its scroll value and the row under a point."""
    QApplication.processEvents()
    table = dialog.table
    viewport = table.viewport()
    corner = viewport.mapTo(dialog, QPoint(0, 0))
    point = QPoint(viewport.width() // 2, viewport.height() * 2 // 3)
    return (corner, viewport.size(), table.verticalScrollBar().value(),
            table.indexAt(point).row())


def test_a_flag_coming_and_going_with_a_correction_moves_no_row(qtbot, small_screen):  # type: ignore[no-untyped-def]
    result = without_second_statement()  # (no pair is flagged when the review opens)
    dialog = shown(qtbot, ReviewDialog(result, prefer_new=True))
    first, second = row_of(result, "First round"), row_of(result, "Another meeting")
    assert not dialog.told_twice and dialog.keep_button.isHidden()
    dialog.table.setCurrentCell(second, ReviewDialog.TITLE)
    dialog.table.scrollToBottom()
    before = table_state(dialog)
    dialog.set_cell(first, "Date", "13 November 2025")  # two meetings of one day now
    assert dialog.told_twice.get(first) is not None
    dialog.table.setCurrentCell(first, ReviewDialog.TITLE)
    assert not dialog.keep_button.isHidden()
    assert table_state(dialog) == before
    dialog.set_cell(first, "Date", "12 November 2025")  # and apart again
    assert not dialog.told_twice
    assert table_state(dialog) == before
    assert dialog.keep_button.isHidden()


def test_six_notes_leave_the_table_five_rows_at_150_percent_on_768_px(qtbot, small_screen):  # type: ignore[no-untyped-def]
    result = extracted()
    existing = [c.to_event(f"e{i}") for i, c in enumerate(result.candidates)
                if not c.title.startswith("Statement saying")]
    dialog = shown(qtbot, ReviewDialog(result, existing=existing,
                                       sources={result.source.id: result.source}))
    assert dialog.size().height() <= 512 - 60  # as the app opens it there
    assert dialog.imported_before and dialog._duplicates_words
    notes = dialog.intro
    assert rows_in_sight(dialog) >= 5
    heading = notes.text().partition("\n")[0]
    before = table_state(dialog)
    more = [f"A note of this review, number {n}, long enough to wrap at this width "
            "if it were given the room a line of its own takes."
            for n in range(6 - len(notes.text().split("\n")[1:]))]
    notes.setText(notes.text() + "\n" + "\n".join(more))
    assert table_state(dialog) == before
    assert rows_in_sight(dialog) >= 5
    assert notes.note_count() == 6
    assert notes.text().startswith(heading)
    assert notes.toggle.isVisible() and "(6)" in notes.toggle.text()
    assert more[-1] in notes.notes.toolTip()  # whole in the tooltip, cut on the line
    notes.toggle.click()  # the person asks for them: every line shown
    assert notes.notes.reserved_lines() >= 6 and not notes.notes.toolTip()
    notes.toggle.click()
    QApplication.processEvents()
    assert table_state(dialog) == before


def without_second_statement() -> ExtractionResult:
    """The article's rows less the lead's statement: no pair told twice."""
    result = extracted()
    statement = row_of(result, "Statement saying")
    return dataclasses.replace(result, candidates=tuple(
        c for i, c in enumerate(result.candidates) if i != statement))


def test_the_table_shows_its_rows_when_nothing_is_noted(qtbot, small_screen):  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, ReviewDialog(without_second_statement(), prefer_new=True))
    assert not dialog.told_twice
    assert rows_in_sight(dialog) >= dialog.table.rowCount()
