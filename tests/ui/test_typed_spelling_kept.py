"""verify46 F1: participants typed with their accents ("Aleksandar Vučić", "Peter
Sørensen") were silently respelled to the timeline's earlier ASCII spelling ("Vucic",
"Sorensen") on leaving the field, in the event editor and the review; a merge kept the
ASCII one too.  A known spelling replaces a typed one only when it loses nothing typed."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.duplicates import merge_changes, merge_events
from timeline_app.core.merge import merge_into_one, spells_at_least_as_exactly
from timeline_app.ui.event_editor import known_spelling

DAY = FuzzyDate.of_day(dt.date(2027, 1, 15))
KNOWN = ["Aleksandar Vucic", "Peter Sorensen", "Britain", "Łódź"]


def test_a_typed_accent_is_never_taken_away() -> None:
    typed = "Aleksandar Vučić, Albin Kurti, Peter Sørensen"
    assert known_spelling(typed, KNOWN, True) == typed
    assert known_spelling("aleksandar vucic, britain", KNOWN, True) == \
        "Aleksandar Vucic, Britain"  # case mended, as before
    assert known_spelling("Lodz", KNOWN, False) == "Łódź"  # an accent added, as before
    assert not spells_at_least_as_exactly("Peter Sorensen", "Peter Sørensen")
    assert spells_at_least_as_exactly("Peter Sørensen", "peter sorensen")


def test_the_editor_keeps_the_spelling_typed(qtbot, shown_editor) -> None:  # type: ignore[no-untyped-def]
    timeline = Timeline()
    timeline.add(Event("a", "Talks", DAY, participants=("Aleksandar Vucic", "Albin Kurti")))
    dialog = shown_editor(timeline)
    edit = dialog.participants_edit
    edit.setText("Aleksandar Vučić, Albin Kurti, Kosovo")
    edit.editingFinished.emit()  # as Tab does
    assert edit.text() == "Aleksandar Vučić, Albin Kurti, Kosovo"


def test_a_merge_takes_the_more_exact_spelling_and_says_so() -> None:
    existing = Event("a", "Talks", DAY, participants=("Aleksandar Vucic", "Kosovo"))
    incoming = Event("b", "Talks", DAY, participants=("Aleksandar Vučić", "Peter Sørensen"))
    merged = merge_events(existing, incoming)
    assert merged.participants == ("Aleksandar Vučić", "Kosovo", "Peter Sørensen")
    assert "spells Aleksandar Vucic → Aleksandar Vučić" in merge_changes(existing, incoming)
    # the other way, the exact spelling stays
    assert merge_events(incoming, existing).participants[0] == "Aleksandar Vučić"
    assert merge_into_one([existing, incoming]).participants[0] == "Aleksandar Vučić"


def test_join_names_says_how_many_already_had_the_spelling(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify46: the dialog said “Peter Sorensen” (2 events) becomes “Peter Sørensen”, the
    status line "(1 event)": one of the two already wrote it so, and nothing said that."""
    from timeline_app.ui import join_names

    document = window.document
    document.add_event(Event("s1", "Talks", DAY, participants=("Peter Sorensen",)))
    document.add_event(Event("s2", "Visit", DAY, participants=("Peter Sørensen",)))
    monkeypatch.setattr(join_names, "ask_join_names",
                        lambda *_args: ("Peter Sorensen", "Peter Sørensen", False))
    window.join_names_action.trigger()
    message = window.statusBar().currentMessage()
    assert "(1 event; 1 already wrote it “Peter Sørensen”)" in message, message


def test_the_review_cell_keeps_the_spelling_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The trial's own steps: a Participants cell of the review, a name pasted with its
    accents beside the timeline's ASCII spelling, the cell left."""
    from PySide6.QtWidgets import QLineEdit

    from timeline_app.extract import extract_events
    from timeline_app.ui.import_article import ReviewDialog

    text = ("BRUSSELS, Nov 27, 2026 (AFP) - Serbian President Aleksandar Vucic and Kosovo "
            "Prime Minister Albin Kurti met in Brussels on Friday, the EU said.")
    existing = [Event("old", "Talks", DAY, participants=("Aleksandar Vucic", "Peter Sorensen"))]
    dialog = ReviewDialog(extract_events(text), True, None, existing)
    qtbot.addWidget(dialog)
    dialog.show()
    index = dialog.table.model().index(0, ReviewDialog.PARTICIPANTS)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index) or dialog.table.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    typed = "Aleksandar Vučić, Albin Kurti, Peter Sørensen, aleksandar vucic"
    editor.setText(typed)
    delegate = dialog.table.itemDelegateForColumn(ReviewDialog.PARTICIPANTS)
    delegate.setModelData(editor, dialog.table.model(), index)  # as leaving the cell does
    assert dialog.table.item(0, ReviewDialog.PARTICIPANTS).text() == (
        "Aleksandar Vučić, Albin Kurti, Peter Sørensen, Aleksandar Vucic")
