"""verify52 F2: in the import review the keys got lost between the table and the rows'
Category and Duplicate? boxes — no frame showed which box had them, ↑ from a box went to
the Title column, F2 then edited the Title, and Shift+Tab from Select All landed on the
row's last box whatever cell was current."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton
from shown_review import shown_review

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

SEED = """Seoul, 5 March 2026 -- South Korea and Japan signed a treaty on 3 March 2026.
The foreign ministers met in Tokyo on 1 February 2026.
Officials said the two sides held talks in Geneva on 15 January 2026."""


def _review(qtbot) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = shown_review(qtbot, extract_events(SEED))
    assert dialog.table.rowCount() >= 2
    return dialog


def _edge(box: QComboBox) -> tuple[int, int, int]:
    """The colour of ``box``'s left edge, half way down (where a frame is drawn)."""
    image = box.grab().toImage()
    ratio = image.devicePixelRatio()
    color = image.pixelColor(round(1 * ratio), round(box.height() / 2 * ratio))
    return color.red(), color.green(), color.blue()


def test_up_from_a_category_box_stays_in_the_category_column_and_f2_goes_into_it(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    table = dialog.table
    combo = table.cellWidget(1, ReviewDialog.CATEGORY)
    above = table.cellWidget(0, ReviewDialog.CATEGORY)
    assert isinstance(combo, QComboBox) and isinstance(above, QComboBox)
    plain = _edge(above)
    combo.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    assert table.currentRow() == 1 and table.currentColumn() == ReviewDialog.CATEGORY
    framed = _edge(combo)
    assert framed != plain  # the box with the keys is framed
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert table.hasFocus()
    assert (table.currentRow(), table.currentColumn()) == (0, ReviewDialog.CATEGORY)
    assert _edge(above) == framed and _edge(combo) == plain  # the frame followed
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() != table.State.EditingState  # not the Title's editor
    assert above.hasFocus()
    line = above.lineEdit()
    assert line is not None and line.selectedText() == above.currentText()


def test_shift_tab_from_below_and_tab_into_the_table_land_on_its_current_cell(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    table = dialog.table
    select_all = next(b for b in dialog.findChildren(QPushButton)
                      if b.text() == "Select &All")
    table.setFocus()
    table.setCurrentCell(0, ReviewDialog.CATEGORY)
    select_all.setFocus()
    qtbot.waitUntil(select_all.hasFocus)
    for _ in range(12):  # back through the sentences under the table, if any
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        if dialog._in_table(QApplication.focusWidget()):
            break
    assert QApplication.focusWidget() is table.cellWidget(0, ReviewDialog.CATEGORY)
    table.setFocus()
    table.setCurrentCell(1, ReviewDialog.PLACE)
    select_all.setFocus()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        if dialog._in_table(QApplication.focusWidget()):
            break
    assert QApplication.focusWidget() is table  # on a text cell: the table has the keys
    assert (table.currentRow(), table.currentColumn()) == (1, ReviewDialog.PLACE)


def test_a_duplicate_box_made_by_a_correction_fills_its_cell(qtbot):  # type: ignore[no-untyped-def]
    """verify52 F11: a row's Duplicate? box made after a correction stood narrower than
    the others: it made itself as wide as "Merge" and "Keep both" a moment after the
    table placed it, in a column widened for another row's "Merge, disputed"."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate

    def day(number: int) -> FuzzyDate:
        return FuzzyDate.of_day(dt.date(2026, 3, number))

    text = ("GENEVA, March 13 (Reuters) - Iran and the three European powers ended a round "
            "of talks on the nuclear programme in Geneva on Thursday, diplomats said.\n\n"
            "Iranian Foreign Minister Abbas Araqchi met British Foreign Secretary David "
            "Lammy in Geneva on Wednesday before the talks.\n\n"
            "The next round is scheduled for Vienna on March 27.\n")
    pair = ("Abbas Araqchi", "David Lammy")
    existing = [Event("geneva", "Abbas Araqchi and David Lammy meet in Geneva", day(11),
                      category="meeting", participants=pair, location="Geneva"),
                Event("london", "Abbas Araqchi and David Lammy meet in London", day(20),
                      category="meeting", participants=pair, location="London")]
    result = extract_events(text, dct=dt.date(2026, 3, 13))
    dialog = ReviewDialog(result, existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    row = next(i for i, c in enumerate(result.candidates) if "Lammy" in c.title)
    other = next(r for r in range(table.rowCount()) if r != row)
    # another row made a duplicate of the London meeting, placed in Geneva: disputed
    dialog.set_cell(other, "Date", "20 March 2026")
    dialog.set_cell(other, "Title", "Abbas Araqchi and David Lammy meet in London")
    dialog.set_cell(other, "Participants", "Abbas Araqchi, David Lammy")
    wide = table.cellWidget(other, ReviewDialog.DUPLICATE)
    assert isinstance(wide, QComboBox) and wide.count() == 4  # "Merge, disputed" too
    dialog.set_cell(row, "Date", "20 April 2026")  # the row's proposal withdrawn …
    dialog.set_cell(row, "Date", "11 March 2026")  # … and made again: a new box
    box = table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert isinstance(box, QComboBox) and box.count() == 3
    qtbot.wait(120)  # (the box resizes itself 20 ms after its choices are added)
    cell = table.visualRect(table.model().index(row, ReviewDialog.DUPLICATE))
    qtbot.waitUntil(lambda: box.width() == cell.width())
    assert box.width() == wide.width()


def test_the_sentences_pane_shows_when_it_has_the_keys(qtbot):  # type: ignore[no-untyped-def]
    """Tab from a row's box went to the sentences pane under the table with no sign of it."""
    dialog = _review(qtbot)
    pane = dialog.evidence
    image = pane.grab().toImage()
    ratio = image.devicePixelRatio()
    plain = image.pixelColor(round(2 * ratio), round(pane.height() / 2 * ratio))
    combo = dialog.table.cellWidget(0, ReviewDialog.CATEGORY)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(pane.hasFocus)
    image = pane.grab().toImage()
    assert image.pixelColor(round(2 * ratio), round(pane.height() / 2 * ratio)) != plain


def test_f2_on_a_duplicate_box_opens_its_list(qtbot):  # type: ignore[no-untyped-def]
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate

    text = ("GENEVA, March 13 (Reuters) - Iranian Foreign Minister Abbas Araqchi met British "
            "Foreign Secretary David Lammy in Geneva on Wednesday before the talks.\n")
    existing = [Event("geneva", "Abbas Araqchi and David Lammy meet in Geneva",
                      FuzzyDate.of_day(dt.date(2026, 3, 11)), category="meeting",
                      participants=("Abbas Araqchi", "David Lammy"), location="Geneva")]
    dialog = ReviewDialog(extract_events(text, dct=dt.date(2026, 3, 13)), existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.table
    row = next(iter(dialog.duplicates))
    box = table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert isinstance(box, QComboBox) and not box.isEditable()
    table.setFocus()
    table.setCurrentCell(row, ReviewDialog.DUPLICATE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(box.view().isVisible)
    assert table.state() != table.State.EditingState
    box.hidePopup()


def test_return_after_typing_a_lane_that_exists_imports_nothing(qtbot):  # type: ignore[no-untyped-def]
    """F1: Space (typed into the box), Ctrl+A, "Meeting", Return in a row's Category box:
    the review closed and imported every row (the box clears its line edit's "modified"
    flag when the typed name is one of its items)."""
    dialog = _review(qtbot)
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.outcome().events[r].category != "meeting")
    combo = dialog.table.cellWidget(row, dialog.CATEGORY)
    assert isinstance(combo, QComboBox)
    combo.lineEdit().setFocus()
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    qtbot.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus, "Meeting")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.outcome().events[row].category == "meeting"


def test_return_on_a_cell_edits_it_and_never_imports(qtbot):  # type: ignore[no-untyped-def]
    """F1's trap on every cell: Return on a Title (or any) cell not being edited went on
    to the dialog, whose default button is Import, and imported the whole review.  It now
    does what F2 does there (a text cell is edited, a box opens its list, the tick is
    turned; the Confidence cell: nothing); Ctrl+Return still imports."""
    dialog = _review(qtbot)
    table = dialog.table
    for column in (dialog.TITLE, dialog.DATE, dialog.PLACE):
        table.setCurrentCell(0, column)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
        assert dialog.isVisible() and table.state() == table.State.EditingState, column
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the editor's Esc
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
        assert dialog.isVisible()
    ticked = dialog.is_checked(1)
    table.setCurrentCell(1, dialog.CHECK)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and dialog.is_checked(1) != ticked
    table.setCurrentCell(1, dialog.CONFIDENCE)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == 1


def test_left_and_right_pass_over_the_category_box_and_f2_then_edits_the_title(qtbot):  # type: ignore[no-untyped-def]
    """verify56 F4: ← from the right of the row reached Category and stopped there (the
    box took the focus and ← moved its text cursor); F2 and a title typed then renamed
    the row's category.  The table keeps the keys: ← / → go on past the box."""
    dialog = _review(qtbot)
    table = dialog.table
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.setCurrentCell(1, ReviewDialog.CONFIDENCE)
    qtbot.waitUntil(table.hasFocus)
    box = table.cellWidget(1, ReviewDialog.CATEGORY)
    category = box.currentText()
    columns = []
    for _ in range(ReviewDialog.CONFIDENCE - ReviewDialog.TITLE):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
        columns.append(table.currentColumn())
        assert table.hasFocus()
    assert columns[0] == ReviewDialog.CATEGORY and columns[-1] == ReviewDialog.TITLE
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == table.State.EditingState
    editor = QApplication.focusWidget()
    assert editor is not box and not box.isAncestorOf(editor)
    qtbot.keyClicks(editor, "ECOWAS names Faye")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # (closed when queued)
    assert table.item(1, ReviewDialog.TITLE).text().endswith("ECOWAS names Faye")
    assert box.currentText() == category
    for _ in range(ReviewDialog.CONFIDENCE - ReviewDialog.TITLE):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        assert table.hasFocus()
    assert table.currentColumn() == ReviewDialog.CONFIDENCE


def test_a_letter_typed_on_the_category_cell_types_a_new_category(qtbot):  # type: ignore[no-untyped-def]
    """With the keys on the table at a Category cell, a letter goes into the row's box
    (its choice replaced, as after F2), not to Qt's search for a row."""
    dialog = _review(qtbot)
    table = dialog.table
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.setCurrentCell(1, ReviewDialog.PLACE)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    box = table.cellWidget(1, ReviewDialog.CATEGORY)
    assert table.currentColumn() == ReviewDialog.CATEGORY and table.hasFocus()
    qtbot.keyClick(table, "T")
    assert box.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "alks")
    assert box.currentText() == "Talks"
    assert table.currentRow() == 1
