"""Defects a new user found in the event editor (trial 8): the basis a typed date gets,
a qualified month ("early April 2025") that was lost, and an error shown mid-word."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.event_editor import EventEditor


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _edit_selected(window, qtbot, recorded_prompts, script) -> None:  # type: ignore[no-untyped-def]
    recorded_prompts.edit_script = script
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)


def test_a_date_typed_in_the_editor_says_typed_not_moved(window, qtbot, recorded_prompts):
    document = window.document

    def new(dialog):
        qtbot.keyClicks(dialog.title_edit, "Ministers meet in Busan")
        _type(qtbot, dialog.date_edit, "June 2025")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = new
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    event_id = window.selection.event_id
    assert document.timeline.get(event_id).date_basis == "entered by hand"

    def retype(dialog):
        _type(qtbot, dialog.date_edit, "July 2025")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _edit_selected(window, qtbot, recorded_prompts, retype)
    edited = document.timeline.get(event_id)
    assert edited.date == FuzzyDate.of_month(2025, 7)
    # Was "moved by hand from June 2025": the wording of a drag (README, "move an event").
    assert edited.date_basis == "typed by hand (was June 2025)"
    shown = window.detail_pane.plain_text()
    assert "Typed by hand (was June 2025)" in shown and "Moved" not in shown


def test_an_end_typed_in_the_editor_says_typed_not_moved(window, qtbot, recorded_prompts):
    document = window.document
    event = next(e for e in document.timeline if e.evidence and e.end is None)
    window.selection.select(event.id)

    def add_end(dialog):
        _type(qtbot, dialog.end_edit, "December 2025")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _edit_selected(window, qtbot, recorded_prompts, add_end)
    edited = document.timeline.get(event.id)
    assert edited.end == FuzzyDate.of_month(2025, 12)
    # The start was not typed again: its basis stays, the end is said to be typed
    # (verify33 F9; before, "typed by hand (was …)" replaced the article's basis).
    assert edited.date_basis == f"{event.date_basis}; end typed by hand"
    assert "moved" not in edited.date_basis


def test_early_april_is_kept_as_a_part_of_the_month(window, qtbot, recorded_prompts):
    """Session 16: the date keeps the part (TIMEX3 mod START); it was April 2025 with the
    words typed kept only in the basis."""
    document = window.document
    event = next(e for e in document.timeline if e.end is None)
    window.selection.select(event.id)

    def early_april(dialog):
        _type(qtbot, dialog.date_edit, "early April 2025")
        assert dialog.date_words.text() == (
            "early April 2025 — the early part of a month, days 1–10")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _edit_selected(window, qtbot, recorded_prompts, early_april)
    edited = document.timeline.get(event.id)
    assert edited.date == FuzzyDate.of_month(2025, 4, mod="START")
    # (and how the date before was found: session 31, verify39 F6)
    assert edited.date_basis == (f"typed by hand (was {event.date.describe()}; "
                                 f"{event.date_basis})")
    assert "early April 2025 (part of a month)" in window.detail_pane.plain_text()
    dialog = EventEditor(document.timeline, edited)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == "early April 2025"
    assert not dialog.has_changes()
    assert dialog.edited_event() == edited  # reopened and OK'd: nothing changes


def test_a_new_event_typed_as_late_march_keeps_the_part():
    dialog = EventEditor(Timeline())
    dialog.title_edit.setText("Talks")
    dialog.date_edit.setText("late March 2025")
    event = dialog.edited_event()
    assert event.date == FuzzyDate.of_month(2025, 3, mod="END")
    assert event.date_basis == "entered by hand"
    again = EventEditor(Timeline.from_events([event]), event)
    assert again.date_edit.text() == "late March 2025"
    again.date_edit.setText("May 2025")
    assert again.edited_event().date_basis == "typed by hand (was late March 2025)"
    dialog.deleteLater()
    again.deleteLater()


def test_an_older_basis_with_the_words_of_a_part_changes_nothing():
    """A file of before session 16: April 2025 with the words "early April 2025" kept in
    its basis.  The words no longer read as its date, so the editor shows the month it
    has, and OK changes nothing (no date is changed unasked)."""
    event = Event("a", "Talks", FuzzyDate.of_month(2025, 4),
                  date_basis="typed by hand as “early April 2025” (was March 2025)")
    dialog = EventEditor(Timeline.from_events([event]), event)
    assert dialog.date_edit.text() == "April 2025"
    assert dialog.edited_event() == event
    dialog.date_edit.setText("early April 2025")
    assert dialog.edited_event().date == FuzzyDate.of_month(2025, 4, mod="START")
    dialog.deleteLater()


def _typing_a_date(qtbot, typed: str) -> EventEditor:  # type: ignore[no-untyped-def]
    """A new event's editor, shown, with a title and ``typed`` typed into its date."""
    dialog = EventEditor(Timeline())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Talks")
    dialog.date_edit.setFocus()
    qtbot.keyClicks(dialog.date_edit, typed)
    return dialog


def test_a_date_half_typed_is_not_called_wrong_until_typing_pauses(qtbot):
    dialog = _typing_a_date(qtbot, "12 Ma")
    # Was at once: "Cannot read “12 Ma” as the date: “ma” is not a month…" in red.
    assert "Cannot read" not in dialog.error_label.text()
    assert dialog.is_settling() and not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_settling())  # a pause in typing
    assert "Cannot read “12 Ma” as the date" in dialog.error_label.text()
    assert "Did you mean “May”" in dialog.error_label.text()
    qtbot.keyClicks(dialog.date_edit, "rch 2025")  # typing again: read as it goes
    assert dialog.error_label.text() == "" and dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Backspace)
    assert dialog.error_label.text() == "" and not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # leaving the field says it at once
    assert "Cannot read “12 March 20”" in dialog.error_label.text()
    _type(qtbot, dialog.date_edit, "")  # cleared, to type another date: not yet an error
    assert dialog.error_label.text() == "" and not dialog.ok_button.isEnabled()
    dialog.settle()
    assert dialog.error_label.text() == "Type the date."


def test_an_end_half_typed_waits_too_and_enter_judges_it(qtbot):
    dialog = EventEditor(Timeline(), initial_date=FuzzyDate.of_month(2025, 3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Talks")
    dialog.end_edit.setFocus()
    qtbot.keyClicks(dialog.end_edit, "Ap")
    assert dialog.error_label.text() == "" and not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Return)  # OK is disabled: Enter judges it
    assert dialog.isVisible()
    assert "Cannot read “Ap” as the end" in dialog.error_label.text()


def test_an_impossible_day_is_said_in_two_sentences(qtbot):
    # verify9: "…as the date: There is no 31 February…", a capital after a colon.
    dialog = _typing_a_date(qtbot, "31 February 2025")
    qtbot.waitUntil(lambda: not dialog.is_settling())
    text = dialog.error_label.text()
    assert "Cannot read “31 February 2025” as the date. There is no 31 February" in text
    assert ": There" not in text
    dialog.deleteLater()


def test_a_circa_reading_says_approximate_in_plain_words() -> None:
    # verify9: "(circa: loosely derived)" read as jargon
    from timeline_app.ui.event_editor import describe_with_precision

    text = describe_with_precision(FuzzyDate.of_month(2025, 1, circa=True))
    assert text.startswith("about ") and "(circa: the date is approximate)" in text
    assert "loosely" not in text


def test_a_long_typed_range_that_cannot_be_read_is_quoted_whole(qtbot):
    """lanes17: the message cut the typed date at 40 characters, before the word at fault
    ("Cannot read “c. 15 Octobre 2025 to c. 31 Decembre …”")."""
    typed = "c. 15 Octobre 2025 to c. 31 Decembre 2025 x"
    dialog = _typing_a_date(qtbot, typed)
    dialog.settle()
    assert f"Cannot read “{typed}” as the date" in dialog.error_label.text()
    dialog.date_edit.setText(typed + " " + "y" * 80)  # a long paste: still cut
    dialog.settle()
    assert "…” as the date" in dialog.error_label.text()
