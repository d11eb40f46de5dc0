"""Changing only an event's end in the editor keeps how its date was found (verify33 F9):
"Lee and Takaichi agree …", 17 November 2026 – c. 22 November 2026 after a merge, its end
cleared: Details then said only "Typed by hand (was 17 November 2026 – c. 22 November
2026)", the article's evidence for the day ("'Tuesday' in an article dated 17 November
2026") gone though the day was not typed again."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.ui.event_editor import EventEditor

TUESDAY = "'Tuesday' in an article dated 17 November 2026"


def _day(day: int, circa: bool = False) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, 11, day), circa)


def _editor(window, qtbot, end: FuzzyDate | None) -> EventEditor:  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    event = dataclasses.replace(timeline.get("munich-meeting"), date=_day(17), end=end,
                                date_basis=TUESDAY)
    window.document.update_event(event)
    editor = EventEditor(window.document.timeline, window.document.timeline.get(event.id))
    qtbot.addWidget(editor)
    return editor


def test_clearing_the_end_keeps_the_days_basis(window, qtbot):
    editor = _editor(window, qtbot, _day(22, circa=True))
    editor.end_edit.clear()
    qtbot.waitUntil(editor.is_valid)
    edited = editor.edited_event()
    assert edited is not None and edited.end is None and edited.date == _day(17)
    assert edited.date_basis == f"{TUESDAY}; end removed by hand (was c. 22 November 2026)"


def test_typing_an_end_keeps_the_days_basis(window, qtbot):
    editor = _editor(window, qtbot, None)
    editor.end_edit.setText("19 November 2026")
    qtbot.waitUntil(editor.is_valid)
    edited = editor.edited_event()
    assert edited is not None and edited.end == _day(19)
    assert edited.date_basis == f"{TUESDAY}; end typed by hand"


def test_retyping_the_day_is_typed_by_hand_as_before(window, qtbot):
    editor = _editor(window, qtbot, _day(22, circa=True))
    editor.date_edit.setText("18 November 2026")
    editor.end_edit.clear()
    qtbot.waitUntil(editor.is_valid)
    edited = editor.edited_event()
    assert edited is not None
    assert edited.date_basis.startswith("typed by hand (was 17 November 2026 – c. 22 Nov")


def test_a_circa_end_is_described_as_circa(window, qtbot):
    """verify33 F14: "c. 22 November 2026" in End was described as "22 November 2026 — a
    day, a Sunday", as if exact, while the end kept is circa."""
    editor = _editor(window, qtbot, _day(22, circa=True))
    assert editor.end_edit.text() == "c. 22 November 2026"
    assert editor.end_words.text().startswith("about 22 November 2026 — a day")
    editor.end_edit.setText("23 November 2026")
    qtbot.waitUntil(lambda: editor.end_words.text().startswith("23 November 2026 — a day"))
    edited = editor.edited_event()
    assert edited is not None and edited.end == _day(23)
