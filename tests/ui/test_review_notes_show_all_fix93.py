"""verify88 F8: "Show all (2)" beside two short notes that the notes line showed whole
changed nothing when clicked ("Show fewer", the same lines).  The button is offered only
when a note is hidden or cut, and comes back when the line gets too narrow for them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.ui.review_notes import ReviewNotes

TWO = "Heading of the review\n3 rows look like events already there.\n1 is possibly there."


def test_two_short_notes_shown_whole_offer_no_show_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    notes = ReviewNotes()
    qtbot.addWidget(notes)
    notes.resize(900, 120)
    notes.setText(TWO)  # (as the review builds it, before it is shown)
    notes.show()
    qtbot.waitExposed(notes)
    QApplication.processEvents()
    assert notes.notes.lines_for(notes.notes.text()) <= notes.notes.reserved_lines()
    assert notes.toggle.isHidden()
    notes.resize(120, 120)  # too narrow for them: a note cut, the button offered
    QApplication.processEvents()
    assert not notes.toggle.isHidden() and "(2)" in notes.toggle.text()
