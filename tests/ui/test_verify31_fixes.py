"""A new user's findings in session 23 (verify31): the import review's Tab from a cell whose
completion list is open, the merge dialog's place, a split-off event's article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _open_cell(qtbot, column: int):  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    table.setCurrentCell(0, column)
    table.editItem(table.item(0, column))
    editor = table.indexWidget(table.model().index(0, column))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    return dialog, table, editor


def _editing(table, column: int) -> QLineEdit | None:  # type: ignore[no-untyped-def]
    """The line edit open on ``column`` of the current row, if the table is editing it."""
    if table.state() != QAbstractItemView.State.EditingState or table.currentColumn() != column:
        return None
    editor = table.indexWidget(table.model().index(table.currentRow(), column))
    return editor if isinstance(editor, QLineEdit) else None


def test_tab_from_participants_with_the_completion_list_open_edits_the_place_next(qtbot):
    """verify31 F1: Tab with the completion list open saved the cell but opened no editor on
    the next cell; what was typed next went to the table's keyboard search (the current
    row jumped to another event), and a Return then pressed Import: the place typed was
    lost.  Tab must do what it does with no list open: save and edit the next cell."""
    dialog, table, editor = _open_cell(qtbot, ReviewDialog.PARTICIPANTS)
    name = editor.completer().model().index(0, 0).data()
    typed = f"Iran, {name[:3]}"
    qtbot.keyClicks(editor, typed)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup is editor.completer().popup()  # the list is open
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _editing(table, ReviewDialog.PLACE) is not None)
    assert table.currentRow() == 0
    assert table.item(0, ReviewDialog.PARTICIPANTS).text() == typed  # kept as typed
    place = _editing(table, ReviewDialog.PLACE)
    assert place is not None
    place.selectAll()
    qtbot.keyClicks(place, "Brussels")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(0, ReviewDialog.PLACE).text() == "Brussels"
    assert dialog.isVisible()  # the Return saved the cell, it did not import


def test_shift_tab_with_the_completion_list_open_edits_the_cell_before(qtbot):
    """Shift+Tab (Backtab) from a Place cell whose list is open goes back to Participants."""
    dialog, table, editor = _open_cell(qtbot, ReviewDialog.PLACE)
    first = editor.completer().model().index(0, 0).data()
    qtbot.keyClicks(editor, first[:2])
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup is editor.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _editing(table, ReviewDialog.PARTICIPANTS) is not None)
    assert table.item(0, ReviewDialog.PLACE).text() == first[:2]


def test_merge_proposes_the_place_one_event_gives_not_no_place(qtbot):
    """verify31 F10: merging "Technical talks in Bergen" (no place) with "Delegations agree
    to meet again in Bergen" (Bergen, Norway) proposed "1. (no place)": OK dropped the place."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    day = FuzzyDate.of_day(dt.date(2026, 11, 4))
    events = [Event("a", "Technical talks in Bergen", day, category="meeting"),
              Event("b", "Delegations agree to meet again in Bergen", day, category="meeting",
                    location="Bergen, Norway"),
              Event("c", "Talks", day, location="Oslo")]
    dialog = MergeEventsDialog(events)
    qtbot.addWidget(dialog)
    assert dialog.choices() == (0, 0, 1, "")
    assert dialog.place_box.currentText() == "2. Bergen, Norway"


def test_open_text_file_starts_where_the_last_article_was_opened(qtbot, tmp_path, monkeypatch):
    """verify31 F9: every Open Text File… started in the home folder, so each of four
    articles in one folder needed its whole path typed."""
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ArticleDialog, article_folder

    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "a1.txt"
    article.write_text("LONDON, Oct 14 (Reuters) - Talks ended on Wednesday.\n", "utf-8")
    asked: list[str] = []

    def ask(_parent, directory=""):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(article)

    monkeypatch.setattr(prompts, "ask_article_path", ask)
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog._open_file()
    assert "Talks ended" in dialog.text_edit.toPlainText()
    assert article_folder() == str(folder.resolve())
    dialog._open_file()
    assert asked[-1] == str(folder.resolve())


def test_a_date_corrected_in_the_review_is_compared_with_the_timeline_again(qtbot):
    """verify31 F8: "Ministerial meeting plans for Bergen", read as 6 November 2027, was
    corrected to 6 November 2026 in the review, and still said "not like any event already
    in the timeline" beside "Ministerial meeting in Bergen postponed" (6 November 2026)."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate
    from timeline_app.extract import extract_events

    text = ("LONDON, Dec 1 (Reuters) - Britain, Norway, Iceland and the Faroe Islands agreed "
            "on Monday a framework for sharing the mackerel catch.\n\n"
            "The ministerial meeting, originally planned for Bergen on Nov. 6, had been "
            "postponed after Iceland walked out of technical talks there.\n")
    result = extract_events(text, dct=dt.date(2026, 12, 1))
    row = next(i for i, c in enumerate(result.candidates) if c.date.describe().startswith("6 "))
    # (the extractor now reads 6 November 2026, as the trial corrected it, since
    # coord25's 'originally planned' rule: the timeline's event is put on another day,
    # the day the row is then corrected to)
    day = FuzzyDate.of_day(dt.date(2026, 11, 16))
    existing = [Event("m", "Ministerial meeting in Bergen postponed", day, category="meeting",
                      location="Bergen")]
    dialog = ReviewDialog(result, existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_cell(row, "Date", "6 November 2027")  # (as read in the trial)
    assert row not in dialog.duplicates
    dialog.set_cell(row, "Title", "Ministerial meeting in Bergen postponed")
    dialog.set_cell(row, "Date", "16 November 2026")
    assert row in dialog.duplicates and dialog.duplicates[row].existing.id == "m"
    assert dialog.is_checked(row)
    assert dialog.duplicate_choice(row) == ReviewDialog.KEEP_BOTH  # ticked: still added
    assert not dialog.table.isColumnHidden(ReviewDialog.DUPLICATE)
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    assert "Ministerial meeting in Bergen postponed" in dialog.duplicate_label.text()
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE)
    outcome = dialog.outcome()
    assert list(outcome.merges.values()) == ["m"]


def test_save_as_refuses_a_name_typed_with_a_straight_double_quote(qtbot, tmp_path,
                                                                 recorded_prompts):
    """verify31 F12: `Mackerel "Ísland".json` typed in Save As was saved as `Ísland.json` in
    the dialog's folder (Qt's dialog reads quoted parts as a list of names)."""
    from PySide6.QtWidgets import QFileDialog

    from timeline_app.ui import prompts

    dialog = prompts._FileDialog(None, "Save timeline as", str(tmp_path), prompts.FILE_FILTER)
    qtbot.addWidget(dialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("json")
    dialog.show()
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setText('Mackerel "Ísland" talks')
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QFileDialog.DialogCode.Accepted
    assert recorded_prompts.errors and "double quote" in recorded_prompts.errors[-1][1]
    edit.setText("Mackerel “Ísland” talks")
    dialog.accept()
    assert dialog.result() == QFileDialog.DialogCode.Accepted
    assert dialog.selectedFiles()[0] == str(tmp_path / "Mackerel “Ísland” talks.json")
