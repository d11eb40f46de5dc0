"""Session 31 (edit28): verify39 F5 and F6 in the import review.

F5: the extractor bundled a second sentence about another happening into a row (the AFP
pullback and "…the ceasefire, which is due to take effect on Saturday"); the review could
not drop it, so the corrected event cited both.  A tick per sentence under the Date basis
drops one and cites it again.

F6: a date typed in the review kept the extractor's date words ("a day") marked in the
sentence and in the CSV's "Date expression".  The words stay marked only while they still
say the typed date.  The article is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.io.csv_table import _date_expression
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("Bukavu (DR Congo) (AFP) - The rebel alliance on Wednesday began pulling its units out "
        "of the hills around the river town of Kalehe, a day after signing a truce with the "
        "government in Nairobi, a spokesman said.\n\n"
        "The regional observer mission said on Tuesday it was ready to help monitor the truce, "
        "which is due to take effect on Saturday.\n")
PULLBACK, TRUCE = TEXT.split("\n\n")[0], TEXT.split("\n\n")[1].strip()


@pytest.fixture
def review(qtbot):  # type: ignore[no-untyped-def]
    result = extract_events(TEXT, dct=dt.date(2026, 12, 2))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(i for i, c in enumerate(result.candidates) if len(c.evidence) == 2)
    candidate = result.candidates[row]
    assert candidate.evidence[0].sentence == PULLBACK
    assert candidate.evidence[1].sentence == TRUCE
    assert candidate.evidence[0].date_span_in_sentence() is not None  # "a day"
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    return dialog, row


def _marked(evidence) -> str:  # type: ignore[no-untyped-def]
    span = evidence.date_span_in_sentence()
    return "" if span is None else evidence.sentence[span[0]:span[1]]


def test_a_sentence_about_another_happening_is_dropped_and_cited_again(review):
    dialog, row = review
    assert dialog.sentence_bar.isVisible()
    boxes = dialog.sentence_boxes[:2]
    assert [b.text() for b in boxes] == ["Sentence 1", "Sentence 2"]
    assert all(b.isChecked() for b in boxes)
    boxes[1].click()  # drop the truce's sentence
    assert not dialog.is_sentence_cited(row, 1)
    assert [e.sentence for e in dialog.cited_evidence(row)] == [PULLBACK]
    shown = dialog.evidence.toPlainText()
    assert "dropped: not imported with this event" in shown
    assert TRUCE in shown  # still there to be ticked again: nothing is lost
    # The only sentence left cannot be dropped: an event of an article keeps one.
    assert not boxes[0].isEnabled()
    assert not dialog.set_sentence_cited(row, 0, False)
    assert dialog.has_changes()  # Cancel asks before losing it
    dialog.set_cell(row, "Title", "Rebels begin pullback from Kalehe")
    event = next(e for e in dialog.outcome().events
                 if e.title == "Rebels begin pullback from Kalehe")
    assert [e.sentence for e in event.evidence] == [PULLBACK]
    assert event.summary == PULLBACK
    boxes[1].click()  # and back
    assert dialog.is_sentence_cited(row, 1) and boxes[0].isEnabled()
    event = next(e for e in dialog.outcome().events
                 if e.title == "Rebels begin pullback from Kalehe")
    assert [e.sentence for e in event.evidence] == [PULLBACK, TRUCE]
    assert "dropped" not in dialog.evidence.toPlainText()


def test_the_first_sentence_can_be_dropped_and_the_summary_is_the_kept_one(review):
    dialog, row = review
    assert dialog.set_sentence_cited(row, 0, False)
    dialog.set_checked(row, True)
    title = dialog.extraction.candidates[row].title
    event = next(e for e in dialog.outcome().events if e.title == title)
    assert event.summary == TRUCE and len(event.evidence) == 1


def test_the_sentence_ticks_are_reached_with_alt_s_and_space(review, qtbot):
    dialog, row = review
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.sentence_boxes[0]
    qtbot.wait(250)  # (QLabel's mnemonic *clicks* a button buddy, 100 ms later)
    assert dialog.is_sentence_cited(row, 0)  # reached, not dropped
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.sentence_boxes[1]
    qtbot.keyClick(dialog.sentence_boxes[1], Qt.Key.Key_Space)
    assert not dialog.is_sentence_cited(row, 1)
    qtbot.keyClick(dialog.sentence_boxes[1], Qt.Key.Key_Space)
    assert dialog.is_sentence_cited(row, 1)
    # With the first dropped, Alt+S goes to the one that can still be ticked or unticked.
    dialog.set_sentence_cited(row, 0, False)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.sentence_boxes[0]  # (the second is disabled)
    qtbot.wait(250)
    assert not dialog.is_sentence_cited(row, 0)


def test_the_ticks_follow_the_sentences_in_the_tab_chain(review, qtbot):
    """Shift+Tab from a tick reaches the sentences' pane, not the dialog's buttons: the
    ticks were made after the buttons, and Space on Import imported (real window)."""
    dialog, _row = review
    first, second = dialog.sentence_boxes[:2]
    assert first.nextInFocusChain() is second
    assert second.previousInFocusChain() is first
    assert second.nextInFocusChain() not in (dialog.import_button, dialog.back_button)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() in (dialog.evidence, dialog.evidence.viewport())
    # and on to the table, at the row being reviewed (not the last row's Duplicate? box)
    row = dialog.table.currentRow()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.table
    assert dialog.table.currentRow() == row


def test_a_row_with_one_sentence_shows_no_ticks(review):
    dialog, row = review
    other = next(r for r in range(dialog.table.rowCount()) if r != row)
    dialog.table.setCurrentCell(other, ReviewDialog.TITLE)
    assert not dialog.sentence_bar.isVisible()
    assert "Sentence 1:" not in dialog.evidence.toPlainText()


def test_a_typed_date_the_words_do_not_say_leaves_them_unmarked(review):
    dialog, row = review
    candidate = dialog.extraction.candidates[row]
    assert _marked(dialog.cited_evidence(row)[0]) == "a day"
    assert _shaded(dialog)
    dialog.set_cell(row, "Date", "2 December 2026")
    assert all(e.date_start is None for e in dialog.cited_evidence(row))
    # Details: the sentence shows no words as the date's; the basis keeps its history.
    assert not _shaded(dialog)
    shown = dialog.evidence.toPlainText()
    assert (f"typed by hand as “2 December 2026” in the review (was "
            f"{candidate.date.describe()}; {candidate.date_basis})") in shown
    event = next(e for e in dialog.outcome().events if e.date == FuzzyDate.of_day(
        dt.date(2026, 12, 2)))
    assert all(e.date_start is None for e in event.evidence)
    assert _date_expression(event) == ""  # the CSV's "Date expression"
    # (the extractor's date for "a day after": c. 1 December 2026 before ext42, which
    # reads the pullback's own sentence and gives 1 December 2026)
    assert f"was {candidate.date.describe()}; 'a day after" in event.date_basis


def test_a_typed_date_the_words_still_say_keeps_them_marked(review):
    """Typing the day the words give ("1 December 2026", the extractor's date or its
    circa unticked: ``test_edit28_typed_date_words``) confirms it: they stay marked."""
    dialog, row = review
    dialog.set_cell(row, "Date", "1 December 2026")
    assert _marked(dialog.cited_evidence(row)[0]) == "a day"
    event = next(e for e in dialog.outcome().events
                 if e.date == FuzzyDate.of_day(dt.date(2026, 12, 1)) and len(e.evidence) == 2)
    assert _date_expression(event) == "a day"
    dialog.set_cell(row, "Date", "December 2026")  # wider: not what the words say
    assert all(e.date_start is None for e in dialog.cited_evidence(row))


def _shaded(dialog) -> bool:  # type: ignore[no-untyped-def]
    """Whether the evidence pane shades words as a date (``highlighted_sentence``)."""
    return "font-weight:600" in dialog.evidence.toHtml()


def test_typing_on_a_cell_edits_it_and_keeps_its_text(review, qtbot):
    """Typing "North Kivu" on the Place cell without F2 moved to another row (Qt's keyboard
    search), its space unticked that row and Return imported without it (session 31)."""
    dialog, row = review
    dialog.set_cell(row, "Place", "")
    ticks = [dialog.is_checked(r) for r in range(dialog.table.rowCount())]
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, ReviewDialog.PLACE)
    qtbot.keyClicks(dialog.table, "N")
    editor = dialog.focusWidget()
    assert editor is not dialog.table  # the cell's editor
    qtbot.keyClicks(editor, "orth Kivu")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: dialog.table.state() != editing)  # (closed when queued)
    assert dialog.table.item(row, ReviewDialog.PLACE).text() == "North Kivu"
    assert dialog.table.currentRow() == row
    assert [dialog.is_checked(r) for r in range(dialog.table.rowCount())] == ticks
    assert dialog.isVisible()  # not imported
    # A title is added to, not replaced (typing over a cell blanked a title: ux12).
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    title = dialog.table.item(row, ReviewDialog.TITLE).text()
    qtbot.keyClicks(dialog.table, "!")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != editing)
    assert dialog.table.item(row, ReviewDialog.TITLE).text() == title + "!"
    # Space still ticks, from any column.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.is_checked(row) != ticks[row]


def test_dropping_the_sentence_that_gave_the_date_says_so(review):
    dialog, row = review
    dialog.set_sentence_cited(row, 0, False)  # "a day" is in it
    # (below since verify76 F3: the sentences come first, the date basis under them)
    assert "Its words gave the date below" in dialog.evidence.toPlainText()
    dialog.set_cell(row, "Date", "2 December 2026")  # another date typed: no longer said
    assert "Its words gave the date below" not in dialog.evidence.toPlainText()
    dialog.set_cell(row, "Date", dialog.extraction.candidates[row].date.describe())
    dialog.set_sentence_cited(row, 0, True)
    dialog.set_sentence_cited(row, 1, False)  # the other sentence gave no date
    assert "Its words gave the date below" not in dialog.evidence.toPlainText()


def test_keep_and_undo_keep_with_dropped_sentences(qtbot):
    """A sentence dropped from the row a Keep drops is not given to the kept row; after
    Undo Keep, a sentence the Keep gave and the person dropped no longer counts: the row's
    own last sentence can still be dropped only when another is cited."""
    from timeline_app.core import Evidence
    from timeline_app.extract import Candidate

    day = FuzzyDate.of_day(dt.date(2026, 10, 21))
    one = Evidence("Sugiono visited Brasilia last month.", 0, 10)
    two = Evidence("Sugiono was in Brasilia on 21 October for talks.", 20, 30)
    other = Evidence("The two ministers spoke of trade.", 40, 50)
    extra = Evidence("His hosts received him warmly.", 60, 70)
    pair = [Candidate("Sugiono visits Brasilia", FuzzyDate.of_month(2026, 10), "'last month'",
                      "visit", 0.8, "", (), evidence=(one, extra)),
            Candidate("Sugiono visits Brasilia for talks", day, "'21 October'", "meeting", 0.9,
                      "Brasilia", ("Sugiono",), evidence=(two, other))]
    result = extract_events(TEXT, dct=dt.date(2026, 12, 2))
    import dataclasses

    dialog = ReviewDialog(dataclasses.replace(result, candidates=tuple(pair)))
    qtbot.addWidget(dialog)
    assert set(dialog.told_twice) == {0, 1}
    assert dialog.set_sentence_cited(1, 1, False)  # "spoke of trade": another happening
    dialog.keep_row(0)
    assert [e.sentence for e in dialog.cited_evidence(0)] == [one.sentence, extra.sentence,
                                                              two.sentence]
    assert dialog.set_sentence_cited(0, 2, False)  # the sentence the Keep gave
    dialog.undo_keep()
    assert [e.sentence for e in dialog.cited_evidence(0)] == [one.sentence, extra.sentence]
    assert dialog.set_sentence_cited(0, 1, False)  # one of its own two, not the last
    assert not dialog.set_sentence_cited(0, 0, False)  # now its only sentence
