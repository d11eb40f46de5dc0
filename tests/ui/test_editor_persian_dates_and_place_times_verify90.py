"""verify90 F4, F8 in the New Event editor: a Solar Hijri day is read and said as its Gregorian
day with a note; a time told by a place's clock is refused naming that part, not with "“:” has
no place in a date"; a zone in brackets is read."""

from __future__ import annotations

from timeline_app.core import Timeline
from timeline_app.ui.event_editor import EventEditor


def test_a_persian_day_is_accepted(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventEditor(Timeline())
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Decree read again")
    dialog.date_edit.setText("22 Bahman 1357")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    said = dialog.date_words.text()
    assert "11 February 1979" in said and "Solar Hijri" in said


def test_a_place_s_clock_is_named_and_brackets_are_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventEditor(Timeline())
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Truce takes effect")
    dialog.date_edit.setText("12 May 2025, 20:00 Lisbon time")
    qtbot.waitUntil(lambda: "Lisbon time" in dialog.date_words.text())
    assert not dialog.ok_button.isEnabled()
    assert "place in a date" not in dialog.date_words.text()
    dialog.date_edit.setText("12 May 2025, 20:00 (GMT+1)")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    assert "UTC+01:00" in dialog.date_words.text()
