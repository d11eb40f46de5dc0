"""A new event typed by hand that repeats one already in the timeline is said so (verify47
F20: a "New event from the article" went in beside the event it repeats without a word)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate


def _type_and_accept(qtbot, title: str, date: str):  # type: ignore[no-untyped-def]
    def script(dialog):  # type: ignore[no-untyped-def]
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, title)
        dialog.date_edit.clear()
        qtbot.keyClicks(dialog.date_edit, date)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    return script


def test_a_new_event_that_repeats_one_is_said_on_the_status_line(window, qtbot, recorded_prompts):
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Cho Tae-yul and Takeshi Iwaya meet in Munich", "February 2025")
    before = len(window.document.timeline.events)
    assert window.new_event()
    assert len(window.document.timeline.events) == before + 1  # added all the same
    message = window.statusBar().currentMessage()
    assert "repeats “Cho and Iwaya meet in Munich”" in message
    assert "select both, Ctrl+M merges them" in message


def test_a_new_event_from_the_article_that_repeats_one_is_said(window, qtbot, recorded_prompts):
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Cho and Iwaya hold talks in Tokyo", "22 March 2025")
    draft = Event("draft1", "", FuzzyDate.of_day(_dt.date(2025, 3, 22)))
    assert window.new_event_from_article(draft)
    assert "already in the timeline" in window.statusBar().currentMessage()


def test_a_new_event_like_none_says_nothing_of_the_kind(window, qtbot, recorded_prompts):
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Lee Jae-myung visits Canberra", "9 October 2026")
    assert window.new_event()
    assert "already in the timeline" not in window.statusBar().currentMessage()


def test_the_repeat_line_goes_with_the_next_change(window, qtbot, recorded_prompts):
    """verify48 F9: the line stayed up after later, unrelated adds, as if about them."""
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Cho Tae-yul and Takeshi Iwaya meet in Munich", "February 2025")
    assert window.new_event()
    assert "already in the timeline" in window.statusBar().currentMessage()
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Lee Jae-myung visits Canberra", "9 October 2026")
    assert window.new_event()
    assert "already in the timeline" not in window.statusBar().currentMessage()


def test_a_new_event_does_not_start_in_the_selected_era_s_lane(window, qtbot,
                                                               recorded_prompts):
    """verify48 F12: with an era selected, New Event… started in its lane, so a one-day
    event typed without looking at Category became an era band."""
    recorded_prompts.edit_script = _type_and_accept(qtbot, "Talks period", "2024")
    assert window.new_event(category="Phases")
    era = next(e for e in window.document.timeline.events if e.title == "Talks period")
    assert window.document.set_era_lane("Phases", True)
    window.selection.select(era.id)
    assert window._category_for_new() not in ("Phases", "")
    recorded_prompts.edit_script = _type_and_accept(qtbot, "A later period", "2025")
    assert window.new_event(category="Phases")  # asked for: still in that lane
    later = next(e for e in window.document.timeline.events if e.title == "A later period")
    assert later.category == "Phases"
    assert "already in the timeline" not in window.statusBar().currentMessage()
