"""Session 13, branch ui14b: the import review's Participants and Date columns, and a
Keep-one action for a pair of rows that may tell one event twice (verify13 finding 4,
ui13b's "Not done")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

from timeline_app.core import Evidence, FuzzyDate
from timeline_app.extract import Candidate, extract_events
from timeline_app.ui.safe_text import tooltip_text

#: Two events of trial13's article1, no range among them.
ARTICLE = """Qatar, Egypt host renewed talks on Congo-Rwanda ceasefire

DOHA, Nov 18 (Reuters) - Qatar and Egypt will host a fresh round of talks between the \
Democratic Republic of Congo and Rwanda in Doha on December 9, Qatar's Minister of State \
Mohammed bin Abdulaziz Al-Khulaifi said on Tuesday.

Cairo joined the mediation earlier this year after talks in Luanda collapsed in March.
"""
#: The eight states of trial13's article1 (verify13 finding 4: cut at 180 px).
EIGHT = ("Qatar", "Egypt", "Democratic Republic of Congo", "Rwanda", "United States",
         "Angola", "Togo", "African Union")


def _review(qtbot, monkeypatch, screen, candidates=None):  # type: ignore[no-untyped-def]
    """``ARTICLE`` (or ``candidates`` in its place) in the review on a ``screen`` (w, h)."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: QRect(0, 0, *screen))
    result = extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    assert result.candidates and all(c.end is None for c in result.candidates)
    if candidates is None:
        first = result.candidates[0]
        candidates = (dataclasses.replace(first, participants=EIGHT), *result.candidates[1:])
    dialog = ReviewDialog(dataclasses.replace(result, candidates=tuple(candidates)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _looking(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("UI14B_PNG"):
        dialog.grab().save(f"/tmp/ui14b/{name}.png")


def test_a_long_list_of_participants_reads_whole_where_there_is_room(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify13 finding 4: eight states in a 180 px column.  On a 1600×1000 screen the
    column is as wide as the list, the Title keeps a third, and the
    whole list is in the cell's plain-text tooltip; a dialog widened by hand from its
    narrower size gives the names room, not only the Title."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000))
    table = dialog.table
    cell = table.item(0, ReviewDialog.PARTICIPANTS)
    assert cell.text() == ", ".join(EIGHT)
    assert cell.toolTip() == tooltip_text(", ".join(EIGHT))
    names = table.columnWidth(ReviewDialog.PARTICIPANTS)
    assert names > ReviewDialog.WANTED[ReviewDialog.PARTICIPANTS]
    # (review16: no cap; the dialog opens wide enough for every cell the screen allows)
    assert names >= table.sizeHintForColumn(ReviewDialog.PARTICIPANTS), names
    assert table.columnWidth(ReviewDialog.TITLE) >= min(
        dialog.width() // 4 - 80, table.sizeHintForColumn(ReviewDialog.TITLE))
    assert not table.wordWrap()  # cut with "…", not at a second line without a sign
    _looking(dialog, "test_names_1600")
    def cut() -> int:  # the cells cut, all columns
        return sum(table.sizeHintForIndex(table.model().index(row, column)).width()
                   > table.columnWidth(column)
                   for row in range(table.rowCount()) for column in range(1, 5))

    dialog.resize(1200, dialog.height())
    narrow, cut_narrow = table.columnWidth(ReviewDialog.PARTICIPANTS), cut()
    dialog.resize(1400, dialog.height())
    assert table.columnWidth(ReviewDialog.PARTICIPANTS) > narrow
    # (review16: the fewest cells cut; on a tie the title's, its text in the tooltip)
    assert cut() <= cut_narrow


def test_a_range_typed_in_the_review_widens_the_date_column(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """ui13b "Not done": the Date column was measured once, from the extracted dates; a
    range typed over a day ("9 December 2025 to 11 December 2025") stayed cut."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000))
    table = dialog.table
    before = table.columnWidth(ReviewDialog.DATE)
    dialog.set_cell(0, "Date", "9 December 2025 to 11 December 2025")
    assert table.columnWidth(ReviewDialog.DATE) >= table.sizeHintForColumn(ReviewDialog.DATE)
    assert table.columnWidth(ReviewDialog.DATE) > before
    _looking(dialog, "test_range_typed")


def _pair() -> list[Candidate]:
    """One visit told twice: a row without place or participants, and one with them."""
    day = FuzzyDate.of_day(dt.date(2026, 10, 21))
    said = Evidence("Sugiono was in Brasilia on 21 October for <b>talks</b>.", 0, 10)
    return [
        Candidate("Sugiono visits Brasilia", FuzzyDate.of_month(2026, 10), "'last month'",
                  "visit", 0.8, "", (),
                  evidence=(Evidence("Sugiono visited Brasilia last month.", 0, 10),)),
        Candidate("Sugiono visits Brasilia for talks", day, "'21 October'", "meeting", 0.9,
                  "Brasilia", ("Sugiono", "Mauro Vieira"), evidence=(said,)),
        Candidate("Lula visits Jakarta", FuzzyDate.of_month(2026, 11), "'next month'",
                  "visit", 0.9, "Jakarta", ("Lula",)),
    ]


def test_a_pair_told_twice_can_be_kept_as_one_from_the_keyboard_and_undone(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """ui13b "Not done": rows flagged as one event told twice could only be compared.
    Keep (Alt+K) on the first keeps it (its own date and title) and unticks the other; the kept
    row takes the other's place and participants, which it lacked, and its sentence;
    both flags are cleared and the line under the table says what was done, as plain
    text.  Undo Keep (Alt+U) puts it all back."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000), _pair())
    assert set(dialog.told_twice) == {0, 1}
    table, label = dialog.table, dialog.duplicate_label
    table.setCurrentCell(0, ReviewDialog.TITLE)
    keep, undo = dialog.keep_button, dialog.undo_keep_button
    assert keep.isVisible() and undo.isHidden()
    assert keep.text() == "&Keep Row 1, Drop Row 2"
    # Alt+K / Alt+U on a desktop (the offscreen platform activates no window, so no Alt
    # shortcut fires here: test_prompt_mnemonics); Tab reaches the buttons too.
    alt = Qt.KeyboardModifier.AltModifier
    assert keep.shortcut() == QKeySequence(alt | Qt.Key.Key_K)
    assert keep.focusPolicy() & Qt.FocusPolicy.TabFocus
    _looking(dialog, "test_pair")
    keep.setFocus()
    qtbot.keyClick(keep, Qt.Key.Key_Space)

    assert dialog.is_checked(0) and not dialog.is_checked(1) and dialog.is_checked(2)
    assert dialog.told_twice == {}
    assert table.item(0, ReviewDialog.PLACE).text() == "Brasilia"
    assert table.item(0, ReviewDialog.PARTICIPANTS).text() == "Sugiono, Mauro Vieira"
    assert table.item(0, ReviewDialog.DATE).text() == "October 2026"  # its own date
    cells = [table.item(row, ReviewDialog.DUPLICATE).text() for row in range(3)]
    assert cells == ["no", "row 1 kept", "no"]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "You kept this row" in label.text() and "participants and place" in label.text()
    assert dialog.keep_button.isHidden() and dialog.undo_keep_button.isVisible()
    assert "told twice" not in dialog.intro.text()  # the intro no longer asks
    confidence = table.item(0, ReviewDialog.CONFIDENCE)
    assert confidence.text() == "checked by you"  # (its place and names came from row 2)
    assert table.columnWidth(ReviewDialog.CONFIDENCE) >= \
        table.sizeHintForColumn(ReviewDialog.CONFIDENCE)  # one line, whole
    [event, _lula] = dialog.outcome().events
    assert event.title == "Sugiono visits Brasilia" and event.location == "Brasilia"
    assert [e.sentence for e in event.evidence] == [
        "Sugiono visited Brasilia last month.",
        "Sugiono was in Brasilia on 21 October for <b>talks</b>."]
    dialog.table.setCurrentCell(1, ReviewDialog.TITLE)
    assert label.text().startswith("You kept row 1 as this event"), label.text()
    _looking(dialog, "test_kept")

    assert undo.shortcut() == QKeySequence(alt | Qt.Key.Key_U)
    undo.setFocus()
    qtbot.keyClick(undo, Qt.Key.Key_Space)
    assert set(dialog.told_twice) == {0, 1}
    assert all(dialog.is_checked(row) for row in range(3))
    assert table.item(0, ReviewDialog.PLACE).text() == ""
    assert table.item(0, ReviewDialog.PARTICIPANTS).text() == ""
    cells = [table.item(row, ReviewDialog.DUPLICATE).text() for row in range(3)]
    assert cells == ["row 2?", "row 1?", "no"]
    assert len(dialog.outcome().events[0].evidence) == 1
    assert dialog.keep_button.isVisible() and dialog.undo_keep_button.isHidden()
    assert not dialog.has_changes()
    assert "Rows 1 and 2 may be one event told twice" in dialog.intro.text()


def test_keeping_a_row_already_in_the_timeline_does_not_tick_it(qtbot):  # type: ignore[no-untyped-def]
    """A kept row that likely repeats an event already in the timeline stays unticked
    (ticking it would merge it into that event).  Its twin told in the same article
    starts unticked too since session 62 (fix87, verify83 F3: a row whose twin is
    already in the timeline is not new), and keeping row 0 leaves both so."""
    from timeline_app.ui.import_article import ReviewDialog

    pair = _pair()
    result = extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    dialog = ReviewDialog(dataclasses.replace(result, candidates=tuple(pair)), True, None,
                          [pair[0].to_event("e0")])
    qtbot.addWidget(dialog)
    assert 0 in dialog.duplicates and dialog.duplicates[0].likely and 0 in dialog.told_twice
    assert not dialog.is_checked(0) and not dialog.is_checked(1)
    dialog.keep_row(0)
    assert not dialog.is_checked(0) and not dialog.is_checked(1)
    assert dialog.told_twice == {}


def test_short_titles_leave_their_room_to_the_names(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify14 finding 5: on a 1280×800 screen the names were cut ("Alberto van K…")
    while the Title had 60-80 px of blank, because it kept a third of the dialog however
    short its titles.  It keeps its widest title whole instead when that is narrower;
    a title typed longer takes its room back."""
    from timeline_app.ui.import_article import ReviewDialog

    result = extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    short = [dataclasses.replace(c, title="Talks", participants=EIGHT)
             for c in result.candidates]
    dialog = _review(qtbot, monkeypatch, (1280, 800), short)
    table = dialog.table
    wanted = table.sizeHintForColumn(ReviewDialog.PARTICIPANTS)
    assert dialog.width() < (40 + sum(table.columnWidth(c) for c in range(table.columnCount())
                                      if c != ReviewDialog.TITLE)) * 3 // 2
    assert table.columnWidth(ReviewDialog.PARTICIPANTS) >= wanted
    assert table.columnWidth(ReviewDialog.TITLE) >= table.sizeHintForColumn(ReviewDialog.TITLE)
    _looking(dialog, "test_short_titles_1280")
    dialog.set_cell(0, "Title", "A much longer title typed over the short one " * 3)
    assert table.columnWidth(ReviewDialog.PARTICIPANTS) < wanted
