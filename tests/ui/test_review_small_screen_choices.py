"""The import review on a 13-inch laptop (verify43 F5, F6, F7: 1366×768 at 1.25×).

F5: after Merge chosen on rows and a likely one ticked, the intro still counted the
proposals ("2 look like events already in the timeline … 3 are possibly …") and the
button said "Import 19", which gave 14 new events and 5 merged.  F6: the table showed 8
of 20 rows above a sentence pane that a dragged handle could hide with no sign; a choice
made by a correction was cut to "Keep bo".  F7: ↑ / ↓ pressed in a row's Category box
(reached with Shift+Tab from Duplicate?) changed the category without a sign, and no key
went back to the table."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from test_verify39_review import _intro  # the review's intro, as that trial read it

from timeline_app.extract import extract_events
from timeline_app.io.bundled import load_default_timeline
from timeline_app.paths import resource_path
from timeline_app.ui import main_window
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _review(qtbot) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(SEED), True, None,
                          list(load_default_timeline().events))
    qtbot.addWidget(dialog)
    return dialog


def test_the_button_and_the_intro_follow_the_choices(qtbot):
    dialog = _review(qtbot)
    likely = [row for row, match in dialog.duplicates.items() if match.likely]
    assert len(likely) >= 2
    dialog.set_checked(likely[0], True)  # ticked: merged
    dialog.set_duplicate_choice(likely[1], dialog.KEEP_BOTH)  # ticked by the choice: added
    ticked = sum(dialog.is_checked(row) for row in range(dialog.table.rowCount()))
    assert dialog.import_button.text() == f"&Import {ticked}: {ticked - 1} new, 1 merged"
    left = len(likely) - 2
    assert (f"{len(likely)} look like events already in the timeline: 1 to merge, 1 to add "
            f"as well, {left} skipped (unticked).") in _intro(dialog)
    outcome = dialog.outcome()
    assert len(outcome.merges) == 1 and len(outcome.events) == ticked
    dialog.set_duplicate_choice(likely[0], dialog.KEEP_BOTH)  # ticked already: recounted
    assert dialog.import_button.text() == f"&Import {ticked}"


def test_on_a_short_screen_the_rows_get_the_height_and_the_sentences_stay(qtbot, monkeypatch):
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: QRect(0, 0, 1093, 590))
    dialog = _review(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    sentences = dialog._splitter.widget(1)
    line = dialog.fontMetrics().lineSpacing()
    table = dialog.table
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    # five lines, not 160 px, unless every row is in sight (the room the rows leave blank
    # goes to the sentences: since fix85 the notes above the table take one line)
    assert sentences.height() <= line * 5 + 16 + 2 or table.viewport().height() >= rows
    dialog._splitter.setSizes([2000, 0])  # dragged as far as it goes
    QApplication.processEvents()
    assert sentences.height() >= line * 3


def test_arrows_in_a_rows_box_go_back_to_the_table(qtbot):
    dialog = _review(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    table.setCurrentCell(1, dialog.TITLE)
    box = table.cellWidget(1, dialog.CATEGORY)
    assert isinstance(box, QComboBox)
    before = box.currentText()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.currentText() == before  # the category is as it was
    assert dialog.focusWidget() is table  # (the window's focus: active or not)
    # in the box's column, its box framed (it went to the Title, and F2 edited the
    # Title: verify52 F2)
    assert (table.currentRow(), table.currentColumn()) == (0, dialog.CATEGORY)
    table.setCurrentCell(1, dialog.TITLE)
    box.setFocus()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Down)
    assert box.currentText() == before and table.currentRow() == 2
    assert dialog.focusWidget() is table
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the table, the dialog stays
    assert dialog.focusWidget() is table and dialog.isVisible()


def test_a_choice_a_correction_brings_is_not_cut(qtbot):
    from timeline_app.core import Event, FuzzyDate

    known = Event("known", "Foreign ministers meet in Geneva", FuzzyDate.of_ymd(2025, 3, 22),
                  category="meeting", location="Geneva")
    dialog = ReviewDialog(extract_events(SEED), True, None, [known])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if r not in dialog.duplicates)
    assert dialog.table.cellWidget(row, dialog.DUPLICATE) is None  # "no"
    dialog.set_cell(row, "Date", "22 March 2025")
    dialog.set_cell(row, "Title", "Foreign ministers meet in Geneva")
    dialog.set_cell(row, "Place", "Geneva")
    choice = dialog.table.cellWidget(row, dialog.DUPLICATE)
    assert isinstance(choice, QComboBox)
    assert dialog.table.columnWidth(dialog.DUPLICATE) >= choice.sizeHint().width()


def test_a_participants_cell_cut_is_given_whole_under_the_table(qtbot):
    """verify54 F21: at 1366 px, with the Duplicate? column taking its room, the review's
    Participants read "Lloyd Austin, Dong Jun, United S…" and nothing said the cell was
    cut: Japan and South Korea, wrongly read into the row, were imported unseen.  The
    row's pane now gives a cut cell whole (under its sentences since verify76 F3); a cell
    the column shows whole is not repeated."""
    dialog = _review(qtbot)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = ("Lloyd Austin, Dong Jun, United States, China, Japan, South Korea, "
             "Minoru Kihara, Shin Won-sik")
    dialog.set_cell(1, "Participants", names)
    dialog.table.setCurrentCell(1, dialog.TITLE)
    column = dialog.table.columnWidth(dialog.PARTICIPANTS)
    assert dialog.table.fontMetrics().horizontalAdvance(names) > column  # cut there
    pane = dialog.evidence.toPlainText()
    assert f"Participants in full: {names}" in pane
    assert pane.index("Participants in full") < pane.index("Date basis")
    # widened by hand until it shows them whole: no longer repeated
    dialog.table.setColumnWidth(dialog.PARTICIPANTS, 2000)
    assert "in full" not in dialog.evidence.toPlainText()
    dialog.table.setColumnWidth(dialog.PARTICIPANTS, column)
    assert "Participants in full" in dialog.evidence.toPlainText()
    dialog.table.setCurrentCell(2, dialog.TITLE)  # a row whose cells fit
    if not dialog._cut_cells(2):
        assert "in full" not in dialog.evidence.toPlainText()
