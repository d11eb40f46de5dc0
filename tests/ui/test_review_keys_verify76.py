"""verify76: a keyboard-only analyst at 150 % in the dark theme in the import review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from shown_review import shown_review

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

SEED = """Seoul, 5 March 2026 -- South Korea and Japan signed a treaty on 3 March 2026.
The foreign ministers met in Tokyo on 1 February 2026.
Officials said the two sides held talks in Geneva on 15 January 2026."""


def _review(qtbot, **options) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = shown_review(qtbot, extract_events(SEED), **options)
    assert dialog.table.rowCount() >= 2
    return dialog


def _keys(qtbot, *keys: Qt.Key | str,  # type: ignore[no-untyped-def]
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Each key pressed on the widget that has the keys then, as xdotool does."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key, modifier)


def test_a_lane_chosen_with_return_gives_the_arrows_back_to_the_table(qtbot):  # type: ignore[no-untyped-def]
    """F1: after a lane was chosen in a row's Category box with ↓ and Return, ← stayed in
    the box's text and the next Return, Ctrl+A and typed title went into its type-ahead:
    the title never changed."""
    dialog = _review(qtbot)
    table = dialog.table
    box = table.cellWidget(0, ReviewDialog.CATEGORY)
    assert isinstance(box, QComboBox)
    before = box.currentText()
    table.setFocus()
    table.setCurrentCell(0, ReviewDialog.CATEGORY)
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(box.view().isVisible)
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())
    chosen = box.currentText()
    assert chosen != before
    assert QApplication.focusWidget() is table  # the box's editing ended
    assert (table.currentRow(), table.currentColumn()) == (0, ReviewDialog.CATEGORY)
    _keys(qtbot, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert (table.currentRow(), table.currentColumn()) == (0, ReviewDialog.TITLE)
    _keys(qtbot, Qt.Key.Key_Return)
    assert table.state() == table.State.EditingState
    _keys(qtbot, Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "A retyped title")
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # (closed when queued)
    assert table.item(0, ReviewDialog.TITLE).text() == "A retyped title"
    assert box.currentText() == chosen  # nothing typed into the box
    for row in range(1, table.rowCount()):  # nor into another row
        assert table.item(row, ReviewDialog.TITLE).text() != "A retyped title"


def test_a_duplicate_choice_made_in_its_list_gives_the_keys_back_too(qtbot):  # type: ignore[no-untyped-def]
    """F1, in the Duplicate? column: Return on its box opens its list; the choice made
    there ends the box's editing."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate

    existing = [Event("geneva", "South Korea and Japan hold talks in Geneva",
                      FuzzyDate.of_day(dt.date(2026, 1, 15)), category="meeting",
                      participants=("South Korea", "Japan"), location="Geneva")]
    dialog = _review(qtbot, existing=existing)
    table = dialog.table
    row = next(r for r in range(table.rowCount())
               if table.cellWidget(r, ReviewDialog.DUPLICATE) is not None)
    box = table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert isinstance(box, QComboBox)
    table.setFocus()
    table.setCurrentCell(row, ReviewDialog.DUPLICATE)
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(box.view().isVisible)
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())
    assert box.currentData() == ReviewDialog.KEEP_BOTH
    assert QApplication.focusWidget() is table
    _keys(qtbot, Qt.Key.Key_Left)
    assert (table.currentRow(), table.currentColumn()) == (row, ReviewDialog.CONFIDENCE)


def _type_into(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Return on the cell, Ctrl+A, ``text`` typed and Return, as she did."""
    table.setFocus()
    table.setCurrentCell(row, column)
    _keys(qtbot, Qt.Key.Key_Return)
    assert table.state() == table.State.EditingState
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    _keys(qtbot, Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    # (offscreen, a Place's completion list once shown stays the active window)
    table.window().activateWindow()
    qtbot.waitUntil(table.window().isActiveWindow)


def test_ctrl_z_in_the_review_undoes_the_last_cell_edit_and_ctrl_shift_z_redoes_it(qtbot):  # type: ignore[no-untyped-def]
    """F2: after a date landed in a Place cell, Ctrl+Z in the review did nothing and the
    place had to be remembered and retyped."""
    dialog = _review(qtbot)
    table = dialog.table
    place = table.item(0, ReviewDialog.PLACE).text()
    title = table.item(1, ReviewDialog.TITLE).text()
    _type_into(qtbot, table, 0, ReviewDialog.PLACE, "mid-December 2026")
    _type_into(qtbot, table, 1, ReviewDialog.TITLE, "Ministers meet again")
    assert dialog.has_changes()
    table.setCurrentCell(2, ReviewDialog.DATE)
    _keys(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert table.item(1, ReviewDialog.TITLE).text() == title  # the last edit first
    assert table.item(0, ReviewDialog.PLACE).text() == "mid-December 2026"
    assert (table.currentRow(), table.currentColumn()) == (1, ReviewDialog.TITLE)
    assert "Undid: Title of row 2" in dialog.note_label.text()
    _keys(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert table.item(0, ReviewDialog.PLACE).text() == place
    assert not dialog.has_changes()  # (Cancel asks nothing, as before any edit)
    _keys(qtbot, Qt.Key.Key_Z, modifier=(Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.ShiftModifier))
    assert table.item(0, ReviewDialog.PLACE).text() == "mid-December 2026"
    _keys(qtbot, Qt.Key.Key_Y, modifier=Qt.KeyboardModifier.ControlModifier)
    assert table.item(1, ReviewDialog.TITLE).text() == "Ministers meet again"
    assert dialog.has_changes()
    assert "Redid: Title of row 2" in dialog.note_label.text()
    _type_into(qtbot, table, 2, ReviewDialog.PLACE, "Vienna")  # a new step: said no more
    assert "Redid" not in dialog.note_label.text()
    assert not dialog.review_undo.stack.canRedo()


def test_undo_takes_back_a_retyped_title_with_the_lane_it_moved_the_row_to(qtbot):  # type: ignore[no-untyped-def]
    """One step: the title retyped and what the review did because of it (the row's lane
    followed its title), and redo does both again."""
    dialog = _review(qtbot)
    table = dialog.table
    row = next(r for r in range(table.rowCount())
               if dialog._row_category(r) != "meeting")
    box = table.cellWidget(row, ReviewDialog.CATEGORY)
    lane, title = box.currentText(), table.item(row, ReviewDialog.TITLE).text()
    _type_into(qtbot, table, row, ReviewDialog.TITLE, "Foreign ministers meet in Vienna")
    moved = box.currentText()
    assert moved != lane
    _keys(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert table.item(row, ReviewDialog.TITLE).text() == title
    assert box.currentText() == lane
    assert not dialog.review_undo.stack.canUndo()
    _keys(qtbot, Qt.Key.Key_Y, modifier=Qt.KeyboardModifier.ControlModifier)
    assert (table.item(row, ReviewDialog.TITLE).text(), box.currentText()) == (
        "Foreign ministers meet in Vienna", moved)


def test_ctrl_z_while_a_cell_is_typed_in_undoes_the_typing_only(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    table = dialog.table
    place = table.item(0, ReviewDialog.PLACE).text()
    _type_into(qtbot, table, 0, ReviewDialog.PLACE, "Vienna")
    table.setFocus()
    table.setCurrentCell(1, ReviewDialog.TITLE)
    _keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    title = editor.text()
    qtbot.keyClicks(editor, " x")
    _keys(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == title  # the typing undone
    assert table.item(0, ReviewDialog.PLACE).text() == "Vienna" != place


# -- F5, F6, F7: the Category list, a retyped title's lane, Move It Too ---------------------

def _lanes(box: QComboBox) -> list[str]:
    return [str(box.itemData(i)) for i in range(box.count())]


def _shown(box: QComboBox, index: int) -> str:
    """The text the box's list draws for item ``index``."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    box.itemDelegate().initStyleOption(option, box.model().index(index, 0))
    return option.text


def _hers():  # type: ignore[no-untyped-def]
    """Her timeline after two imports: Meeting, Dispute and Statement lanes, no Treaty."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate

    def day(number: int) -> FuzzyDate:
        return FuzzyDate.of_day(dt.date(2026, 11, number))

    return [Event("a", "Lithuania and Belarus officials meet in Vilnius", day(16),
                  category="meeting"),
            Event("b", "Belarus expels Lithuanian consul in Grodno", day(19),
                  category="dispute"),
            Event("c", "Lithuania condemns balloon incursions", day(18), category="statement")]


def test_every_row_lists_the_lanes_in_one_order_with_its_own_selected(qtbot):  # type: ignore[no-untyped-def]
    """F6: each row's own lane came first and the rest in another order, so "↓ six
    times" chose Event on one row and Statement on another."""
    dialog = ReviewDialog(extract_events(SEED), existing=_hers())
    qtbot.addWidget(dialog)
    table = dialog.table
    boxes = [table.cellWidget(r, ReviewDialog.CATEGORY) for r in range(table.rowCount())]
    orders = {tuple(_lanes(box)) for box in boxes}
    assert len(orders) == 1, orders
    lanes = _lanes(boxes[0])
    # the timeline's lanes, then the app's kinds it has no lane of, each once
    assert lanes[:3] == ["dispute", "meeting", "statement"]
    assert lanes[3:] == ["treaty", "policy", "visit", "anniversary", "event"]
    for row, box in enumerate(boxes):
        assert box.currentData() == dialog._lane_for(row)
    assert boxes[2].currentData() == "treaty" and boxes[0].currentData() == "meeting"


def test_the_category_list_says_which_lanes_are_new(qtbot):  # type: ignore[no-untyped-def]
    """F5: in a timeline begun with File → New the app's kinds (Treaty, Visit,
    Anniversary) were read as the sample's lanes; the list marks the lanes the timeline
    does not have as new ones."""
    dialog = ReviewDialog(extract_events(SEED), existing=_hers())
    qtbot.addWidget(dialog)
    box = dialog.table.cellWidget(0, ReviewDialog.CATEGORY)
    lanes = _lanes(box)
    meeting, treaty = lanes.index("meeting"), lanes.index("treaty")
    assert _shown(box, meeting) == "Meeting"
    assert _shown(box, treaty) == "Treaty — new lane"
    assert "new lane" in box.itemData(treaty, Qt.ItemDataRole.ToolTipRole)
    assert "new lane" not in box.itemData(meeting, Qt.ItemDataRole.ToolTipRole)
    assert box.itemText(treaty) == "Treaty"  # (the lane's name, typed and completed)
    # the list as wide as the words drawn ("Treaty…w lane" in a list sized to the names)
    assert box.view().minimumWidth() > box.view().fontMetrics().horizontalAdvance(
        "Anniversary — new lane")
    dialog.new_radio.setChecked(True)  # a new timeline has none of these lanes
    assert _shown(box, meeting) == "Meeting — new lane"
    assert "new lane" in box.itemData(meeting, Qt.ItemDataRole.ToolTipRole)
    empty = ReviewDialog(extract_events(SEED))  # (File → New: no lane yet)
    qtbot.addWidget(empty)
    box = empty.table.cellWidget(0, ReviewDialog.CATEGORY)
    assert all(_shown(box, i).endswith(" — new lane") for i in range(box.count()))


def test_a_retyped_title_does_not_start_a_lane_the_timeline_lacks(qtbot):  # type: ignore[no-untyped-def]
    """F5: "Lithuania accepts OSCE invitation to talks with Belarus" ("accepts": a
    treaty's word) moved the row to Treaty, a lane her timeline did not have; the row
    stays, and the line under the table says why and how to choose it."""
    dialog = ReviewDialog(extract_events(SEED), existing=_hers())
    qtbot.addWidget(dialog)
    dialog.set_checked(2, False)  # (no other row is in Treaty)
    dialog.set_cell(0, "Title", "Lithuania accepts OSCE invitation to talks with Belarus")
    assert dialog._row_category(0) == "meeting"
    assert ("Row 1's title reads as “Treaty”, a lane this timeline does not have: it stays "
            "in “Meeting”" in dialog.note_label.text())
    # a lane the timeline has is followed as before
    dialog.set_cell(1, "Title", "Belarus expels Lithuanian diplomats")
    assert dialog._row_category(1) == "dispute"
    # ... and so is one another ticked row is in
    dialog.set_checked(2, True)
    dialog.set_cell(0, "Title", "Lithuania and Belarus sign border treaty")
    assert dialog._row_category(0) == "treaty"


def test_move_it_too_names_the_row_it_moves(qtbot):  # type: ignore[no-untyped-def]
    """F7: "1 other row read as “Meeting”: Move It Too…" did not say which row; with two
    Meeting rows she could not tell which one it would move."""
    dialog = ReviewDialog(extract_events(SEED), existing=_hers())
    qtbot.addWidget(dialog)
    dialog.set_cell(0, "Category", "Statement")
    note = dialog.note_label.text() + dialog.note_label.toolTip()
    assert ("1 other row read as “Meeting” (row 2, 1 February 2026, “Foreign ministers "
            "meet in Tokyo”): Move It Too puts it in “Statement” as well") in note, note
    assert "Foreign ministers meet in Tokyo" in dialog.follow_button.toolTip()


# -- F4: the review's notes in the dark theme -----------------------------------------------

def test_the_reviews_notes_reach_aa_contrast_in_the_dark_theme(qapp, qtbot):  # type: ignore[no-untyped-def]
    """F4: "Row 6 is now in “Dispute”…" and "1 other row read as “Meeting”…" were
    #8A5300 on the dark window #2B2B2B, ~2.2:1: illegible to her.  As drawn, the note's
    text reaches 4.5:1 (WCAG 2.2 AA) on the dialog's window colour, in both themes."""
    from PySide6.QtGui import QPalette

    from timeline_app.ui import theme
    from timeline_app.ui.style import AA_CONTRAST, contrast_ratio

    try:
        for dark in (True, False):
            theme.apply_theme(qapp, "dark" if dark else "light")
            dialog = ReviewDialog(extract_events(SEED), existing=_hers())
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.set_cell(0, "Category", "Statement")  # "1 other row read as …"
            label = dialog.note_label
            assert label.text() and label.isVisible()
            image = label.grab().toImage()
            window = dialog.palette().color(QPalette.ColorRole.Window)
            drawn = max(contrast_ratio(image.pixelColor(x, y), window)
                        for x in range(image.width()) for y in range(image.height()))
            assert drawn >= AA_CONTRAST, (dark, round(drawn, 2))
            dialog.close()
    finally:
        theme.apply_theme(qapp, "light")


# -- F3: the title in full, the sentences first and reached by F6 ----------------------------

LONG = ("Lithuania declares two members of the staff of the Belarusian embassy in Vilnius "
        "persona non grata over the balloons")


def test_a_cut_title_is_given_whole_under_the_rows_sentences(qtbot):  # type: ignore[no-untyped-def]
    """F3: Participants and Place had their "in full" line under the table, the Title
    none: a cut title had to be opened in its editor.  The sentences, what each row is
    checked against, now come first: the lines under them cut them off in a pane three
    lines high at 150 %."""
    dialog = _review(qtbot)
    table = dialog.table
    dialog.resize(900, 600)
    table.setCurrentCell(1, ReviewDialog.DATE)
    dialog.set_cell(1, "Title", LONG)
    qtbot.waitUntil(lambda: table.fontMetrics().horizontalAdvance(LONG)
                    > table.columnWidth(ReviewDialog.TITLE))
    pane = dialog.evidence.toPlainText()
    assert f"Title in full: {LONG}" in pane
    sentence = dialog.extraction.candidates[1].evidence[0].sentence
    assert pane.index(sentence[:20]) < pane.index("Title in full") < pane.index("Date basis")
    table.setColumnWidth(ReviewDialog.TITLE, 3000)  # shown whole: not repeated
    assert "Title in full" not in dialog.evidence.toPlainText()


def test_f6_takes_the_keys_to_the_rows_sentences_and_back(qtbot):  # type: ignore[no-untyped-def]
    """F3: Tab from the table went into the row's Category box, where ↓ moved to the next
    row, so the sentences pane was never reached to scroll it."""
    dialog = _review(qtbot)
    table = dialog.table
    assert "F6 reads the row's sentences" in dialog.intro.text()
    table.setFocus()
    table.setCurrentCell(1, ReviewDialog.TITLE)
    _keys(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is dialog.evidence
    dialog.evidence.setHtml("<p>line</p>" * 60)  # more than the pane shows
    bar = dialog.evidence.verticalScrollBar()
    assert bar.value() == 0
    _keys(qtbot, Qt.Key.Key_PageDown)
    assert bar.value() > 0  # scrolled by the keyboard
    _keys(qtbot, Qt.Key.Key_F6, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is table
    assert (table.currentRow(), table.currentColumn()) == (1, ReviewDialog.TITLE)


def test_undo_leaves_a_keep_to_undo_keep(qtbot):  # type: ignore[no-untyped-def]
    """F2: a Keep (one event told twice: the kept row takes the other's place and names)
    is no step of Ctrl+Z's — Undo Keep takes it back; a correction made before it is
    undone without taking back what the Keep filled in."""
    import dataclasses
    import datetime as dt

    from timeline_app.core import Evidence, FuzzyDate
    from timeline_app.extract import Candidate

    day = FuzzyDate.of_day(dt.date(2026, 10, 21))
    pair = (Candidate("Sugiono visits Brasilia", FuzzyDate.of_month(2026, 10), "'last month'",
                      "visit", 0.8, "", (),
                      evidence=(Evidence("Sugiono visited Brasilia last month.", 0, 10),)),
            Candidate("Sugiono visits Brasilia for talks", day, "'21 October'", "meeting",
                      0.9, "Brasilia", ("Sugiono", "Mauro Vieira"),
                      evidence=(Evidence("Sugiono was in Brasilia on 21 October.", 0, 10),)))
    result = extract_events(SEED)
    dialog = ReviewDialog(dataclasses.replace(result, candidates=pair))
    qtbot.addWidget(dialog)
    assert 0 in dialog.told_twice
    dialog.set_cell(0, "Title", "Sugiono visits Brasilia again")
    dialog.keep_row(0)
    table = dialog.table
    assert table.item(0, ReviewDialog.PLACE).text() == "Brasilia"  # taken by the Keep
    dialog.review_undo.undo()
    assert table.item(0, ReviewDialog.TITLE).text() == "Sugiono visits Brasilia"
    assert table.item(0, ReviewDialog.PLACE).text() == "Brasilia"  # the Keep stands
    assert dialog.kept_rows() == (0,) and not dialog.review_undo.stack.canUndo()


def test_room_the_rows_leave_blank_goes_to_the_sentences(qtbot):  # type: ignore[no-untyped-def]
    """F3: at 150 % the sentences had two or three lines under a table half empty."""
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    total = sum(dialog.splitter.sizes())
    assert dialog.splitter.sizes()[1] >= total // 2 - 2  # three rows: half for the sentences
    table = dialog.table
    last = table.visualRect(table.model().index(table.rowCount() - 1, 0))
    assert last.bottom() <= table.viewport().height()  # every row still in sight
