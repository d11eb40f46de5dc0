"""The review's rows stay where they are while the person works in the table (verify47
F9): ticking a row, choosing Merge or correcting a row changed the count of the notes
above the table and the lines of the explanation and date notes under it, every row moved
3-7 px, and a double-click aimed at row 6's Participants edited row 5's."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.ui.test_edit26_duplicate_follows_row import review  # noqa: F401 (a fixture)
from timeline_app.ui.import_article import ReviewDialog


def _where(dialog: ReviewDialog, row: int) -> QPoint:
    """Row ``row``'s top-left corner in the dialog (px), as the pointer meets it."""
    QApplication.processEvents()
    table = dialog.table
    rect = table.visualRect(table.model().index(row, ReviewDialog.TITLE))
    return table.viewport().mapTo(dialog, rect.topLeft())


def test_rows_do_not_move_when_notes_come_and_go(review):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog, row = review
    dialog.resize(1000, 420)  # small: the table scrolls, as on a 1366×768 laptop
    last = dialog.table.rowCount() - 1
    dialog.table.scrollToBottom()
    before = [_where(dialog, r) for r in range(last + 1)]
    intro = dialog.intro.text()
    dialog.set_checked(row, True)  # the note on duplicates says "1 to merge" now
    assert dialog.intro.text() != intro
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "20 April 2026")  # no longer a duplicate: its note goes
    assert "already in the timeline" not in dialog.intro.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "11 March 2026")  # a duplicate again: the note is back
    assert "already in the timeline" in dialog.intro.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "3/4/2026")  # reads two ways: a date note under it
    assert dialog.note_label.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    dialog.set_cell(row, "Date", "")  # no date: Import's problem is said under it
    assert dialog.error_label.text()
    assert [_where(dialog, r) for r in range(last + 1)] == before
    for current in range(last + 1):  # the explanation under the table follows the row
        dialog.table.setCurrentCell(current, ReviewDialog.TITLE)
        assert [_where(dialog, r) for r in range(last + 1)] == before


def test_a_note_longer_than_its_room_is_cut_and_whole_in_the_tooltip(review):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog, _row = review
    label = dialog.duplicate_label
    height = label.height()
    long = "Row 1 is likely “a title”, already in the timeline. " * 30
    label.setText(long)
    assert label.text() == long  # the whole text for whoever reads it
    assert label.height() == height
    assert "a title" in label.toolTip()
    label.setText("short")
    assert label.height() == height and not label.toolTip()


ANKARA = ("ANKARA, Nov 20 (Reuters) - Turkish Foreign Minister Hakan Fidan met Swedish Foreign "
          "Minister Maria Malmer Stenergard in Ankara on Thursday to discuss regional security "
          "and trade. The two ministers launched a dialogue on counter-terrorism cooperation, "
          "officials said. Fidan said Turkey would host a follow-up meeting of NATO envoys in "
          "Istanbul on December 3. The talks came a week after the European Commission "
          "published its annual report on Turkey's accession bid.")


def test_the_whole_explanation_shows_at_1600_by_900_and_rows_stay_put(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch):
    """verify48 F4: a row that repeats an event of the timeline and may be told twice in
    the article had its explanation cut mid-word ("If so, ke…") at the review's opened
    size on a 1600×900 screen; its advice was only in a tooltip."""
    import datetime as dt

    from PySide6.QtCore import QRect

    from timeline_app.core import Event, FuzzyDate
    from timeline_app.extract import extract_events
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1600, 900))
    # (a dialogue launched: a memorandum signed names Turkey and Sweden too since ext64, and
    # is then no longer told twice beside the meeting; the test needs a row flagged both ways)
    result = extract_events(ANKARA, dct=dt.date(2025, 11, 20))
    (meeting,) = [c for c in result.candidates if c.title.endswith("meet in Ankara")]
    talks = Event("talks", "Fidan and Stenergard hold security talks",
                  FuzzyDate.of_day(dt.date(2025, 11, 20)), category="meeting",
                  participants=meeting.participants, location="Ankara",
                  source_id=result.source.id, evidence=meeting.evidence)
    dialog = ReviewDialog(result, existing=[talks])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.duplicate_label
    rows = range(dialog.table.rowCount())
    assert set(dialog.duplicates) & set(dialog.told_twice)  # a row with both to say
    before = [_where(dialog, r) for r in rows]
    height = label.height()
    for row in rows:
        dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
        QApplication.processEvents()
        assert label.text() == dialog.duplicate_text(row)
        assert not label.toolTip(), f"row {row + 1}'s explanation is cut"
        assert label.height() == height
        assert [_where(dialog, r) for r in rows] == before
    # A longer one later (a choice made): the line grows from the sentences' room, and
    # the table keeps its height and its rows their places.
    table = dialog.table.height()
    dialog._explain(dialog.duplicate_text(0) + " More words." * 120)
    QApplication.processEvents()
    assert not label.toolTip() and label.height() > height
    assert dialog.table.height() == table
    assert [_where(dialog, r) for r in rows] == before
