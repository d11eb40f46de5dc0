"""File → Merge of a desk's spreadsheet (verify56 F15, F13), my own rows in her shapes.

F15: a likely duplicate was shown unticked with "Merge into …" chosen, and unticked meant
dropped: Merge 4 would have left out the rows' place and note without a word.  Now a likely
duplicate whose merge adds what its event lacks starts ticked, to merge; one that adds
nothing starts left out, and its box says so ("Left out — tick to merge into …"), as the
import review's does (one convention: the box says what becomes of the row).

F13: a row the dialog called "no" could not be merged into the event it tells but by Keep
both and Ctrl+M in the window; "Another event…" (the import review's) is in every row's box,
and F2, Return or a double-click on a "no" cell opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.event_chooser import EventChooser
from timeline_app.ui.import_article import DuplicateBox
from timeline_app.ui.merge_dialog import MergeDialog

DAY = FuzzyDate.of_ymd(2027, 3, 4)
EXISTING = [
    Event("visit", "Macron announces the ambassador will leave Niamey", DAY,
          category="statement", participants=("Emmanuel Macron", "Niger")),
    Event("troops", "Last French troops leave Niamey", FuzzyDate.of_ymd(2027, 6, 2),
          category="event", participants=("France", "Niger"), location="Niamey"),
    Event("pact", "Sahel defence pact signed", FuzzyDate.of_ymd(2027, 5, 1),
          category="treaty", participants=("Mali", "Niger"), location="Bamako"),
]
ROWS = [
    # the same announcement, with a place and a note the event lacks: merged
    Event("r1", "Macron announces the ambassador will leave Niamey", DAY, category="statement",
          participants=("Emmanuel Macron", "Niger"), location="Paris",
          summary="Televised interview, TF1 and France 2"),
    # told the same: nothing to add, left out
    Event("r2", "Last French troops leave Niamey", FuzzyDate.of_ymd(2027, 6, 2),
          category="event", participants=("France", "Niger"), location="Niamey"),
    # her own words for the pact, another day's precision: "no"
    Event("r3", "Charte de défense du Sahel", FuzzyDate.of_ymd(2027, 5, 1), category="Traité",
          participants=("Assimi Goïta",), location="Bamako, Mali"),
]


def _dialog(qtbot) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(Timeline.from_events(ROWS, title="notes"), EXISTING)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _record(dialog: MergeDialog, event_id: str) -> int:
    return next(i for i, event in enumerate(dialog.events) if event.id == event_id)


def test_a_likely_row_that_adds_facts_is_ticked_one_that_adds_none_says_left_out(qtbot):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    adds, same = _record(dialog, "r1"), _record(dialog, "r2")
    assert dialog.duplicates["r1"].likely and dialog.duplicates["r2"].likely
    assert dialog.is_checked(adds), "its place and note were dropped without a word"
    box = dialog.table.cellWidget(dialog.row_of(adds), 3)
    assert isinstance(box, DuplicateBox) and not box.is_left_out()
    assert box.shown_text().startswith("Merge into “Macron announces")
    assert not dialog.is_checked(same)
    box = dialog.table.cellWidget(dialog.row_of(same), 3)
    assert isinstance(box, DuplicateBox) and box.is_left_out()
    assert box.shown_text().startswith("Left out — tick to merge into “Last French troops")
    assert box.accessibleDescription() == box.shown_text()
    intro = dialog.findChildren(QLabel)[0].text()
    assert ("2 look like events already in this timeline: 1 adds what its event lacks "
            "(place, summary, date…) and is ticked, to merge into it; 1 adds nothing new "
            "and is left out (tick one to merge it)") in intro
    # ticked, the box reads its choice; unticked again, "Left out"
    dialog.set_checked(same, True)
    assert not box.is_left_out() and box.shown_text().startswith("Merge into")
    dialog.set_checked(same, False)
    assert box.is_left_out()
    outcome = dialog.outcome()
    assert outcome.merges == {"r1": "visit"} and [e.id for e in outcome.events] == ["r1", "r3"]


def test_a_no_row_is_merged_into_the_event_chosen_by_keyboard(qtbot):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    record = _record(dialog, "r3")
    row = dialog.row_of(record)
    assert "r3" not in dialog.duplicates and dialog.table.item(row, 3).text() == "no"
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, 3)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    chooser = dialog.event_chooser
    assert isinstance(chooser, EventChooser) and chooser.isVisible()
    qtbot.keyClicks(chooser.filter, "pact")
    assert chooser.shown_ids() == ["pact"]
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert dialog.event_chooser is None
    assert dialog.is_checked(record)
    box = dialog.table.cellWidget(row, 3)
    assert isinstance(box, QComboBox) and box.currentData() == MergeDialog.MERGE
    assert dialog.outcome().merges["r3"] == "pact"
    assert dialog.why_label.text().startswith(
        "Row 2: you chose “Sahel defence pact signed” (1 May 2027) as the event it tells.")
    assert dialog.table.item(row, 4).text().startswith("≠ ")
    # Keep both gives the row back as it was: "no", added as new
    dialog.set_duplicate_choice(record, MergeDialog.KEEP_BOTH)
    assert "r3" not in dialog.duplicates and dialog.table.item(row, 3).text() == "no"
    assert dialog.is_checked(record) and "r3" not in dialog.outcome().merges


def test_another_event_in_a_likely_rows_box_offers_the_others(qtbot):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    record = _record(dialog, "r2")
    box = dialog.table.cellWidget(dialog.row_of(record), 3)
    assert isinstance(box, QComboBox) and box.itemText(box.count() - 1) == "Another event…"
    box.setCurrentIndex(box.count() - 1)
    box.activated.emit(box.count() - 1)
    chooser = dialog.event_chooser
    assert isinstance(chooser, EventChooser)
    assert box.currentData() == MergeDialog.MERGE  # (the box shows what it showed)
    chooser.reject()
    assert dialog.event_chooser is None and not dialog.is_checked(record)
