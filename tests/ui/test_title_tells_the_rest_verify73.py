"""verify73: a title typed or merged tells the rest of the event.

F10: New Event opened with a Meeting selected kept "Ethiopia denies agreeing to binding
water release" in Meeting: the selected event's lane was taken as the person's choice,
and "denies" (an event verb's form, not a listed trigger word) told no kind.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.extract.title_kind import title_kind


def test_a_title_tells_its_kind_by_the_forms_of_the_event_verbs() -> None:
    assert title_kind("Ethiopia denies agreeing to binding water release") == "statement"
    assert title_kind("Negotiators agree draft on drought rules in Khartoum") == "treaty"
    # a verb's -s or base form that is a common noun too counts not ("rules", "break")
    assert title_kind("Drought rules") == ""
    assert title_kind("Negotiations break down") == "meeting"
    assert title_kind("Budget") == ""


def _new_event(window, qtbot, recorded_prompts, script):  # type: ignore[no-untyped-def]
    recorded_prompts.edit_script = script
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return recorded_prompts.editors[-1]


def test_new_event_from_a_selected_meeting_follows_the_title(window, qtbot, recorded_prompts):
    window.selection.select("munich-meeting")

    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Ethiopia denies agreeing to binding water release")
        qtbot.keyClicks(dialog.date_edit, "3 December 2026")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _new_event(window, qtbot, recorded_prompts, script)
    event = window.document.timeline.get(window.selection.event_id)
    assert event.title.startswith("Ethiopia denies")
    assert event.category == "statement"


def test_a_category_picked_after_selecting_stays(window, qtbot, recorded_prompts):
    window.selection.select("munich-meeting")

    def script(dialog):  # type: ignore[no-untyped-def]
        combo = dialog.category_combo
        index = combo.findData("dispute")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        qtbot.keyClicks(dialog.title_edit, "Ethiopia denies agreeing to binding water release")
        qtbot.keyClicks(dialog.date_edit, "3 December 2026")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _new_event(window, qtbot, recorded_prompts, script)
    assert window.document.timeline.get(window.selection.event_id).category == "dispute"
