"""verify50: a New Event editor opened with a red "Give the event a title. Type the date."
before anything was typed.  What stops OK is said in the placeholder's grey until the form
is first changed, then in the error colour."""

from __future__ import annotations

from timeline_app.core import Timeline
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.style import error_text_color


def test_the_missing_fields_are_said_quietly_until_the_form_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventEditor(Timeline())
    qtbot.addWidget(dialog)
    assert "Give the event a title." in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()
    assert error_text_color() not in dialog.error_label.styleSheet()
    dialog.title_edit.setText("Tehran Declaration")
    assert error_text_color() in dialog.error_label.styleSheet()
    assert dialog.error_label.text() == "Type the date."
    dialog.date_edit.setText("21 October 2003")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
