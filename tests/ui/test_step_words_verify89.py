"""Ctrl+→ and an edit in the editor say what they did in the status line, as Delete and
Merge say theirs; an edit that made the event a plan says the title gained "(scheduled)"
(verify89 F11: a move and an edit printed nothing, and ticking Planned appended
"(scheduled)" to a typed title without a word)."""

from __future__ import annotations

import dataclasses
from typing import Any

from timeline_app.core.plans import is_plan_title
from timeline_app.ui import prompts
from timeline_app.ui.main_window import done_words
from timeline_app.ui.safe_text import display_title


def _held(window: Any) -> Any:
    return next(e for e in window.document.timeline.events
                if not is_plan_title(e.title) and e.date.is_point and e.end is None)


def test_undo_steps_read_as_done() -> None:
    assert done_words("Move “Summit” to April 2025") == "Moved “Summit” to April 2025"
    assert done_words("Edit “Summit”") == "Edited “Summit”"
    assert done_words("Mark “Summit” disputed") == "Marked “Summit” disputed"
    assert done_words("Join names") == "Done: Join names"


def test_ctrl_right_says_where_the_event_went(window: Any) -> None:
    event = _held(window)
    window.selection.select(event.id)
    window.statusBar().clearMessage()
    window.view.nudge_selection(1)
    said = window.statusBar().currentMessage()
    assert said.startswith("Moved “"), said
    assert "Edit → Undo (Ctrl+Z)" in said
    window.document.undo_stack.undo()
    assert window.statusBar().currentMessage().startswith("Undid: Move “")


def test_an_edit_in_the_editor_is_said(window: Any, monkeypatch: Any) -> None:
    event = _held(window)
    monkeypatch.setattr(prompts, "edit_event", lambda _p, _t, old, *_a, **_k:
                        dataclasses.replace(old, summary="A summary typed by hand."))
    window.statusBar().clearMessage()
    assert window.edit_event(event.id)
    said = window.statusBar().currentMessage()
    assert said.startswith("Edited “"), said
    assert "(scheduled)" not in said


def test_an_unchanged_edit_says_nothing(window: Any, monkeypatch: Any) -> None:
    event = _held(window)
    monkeypatch.setattr(prompts, "edit_event", lambda _p, _t, old, *_a, **_k: old)
    window.statusBar().clearMessage()
    window.edit_event(event.id)
    assert window.statusBar().currentMessage() == ""


def test_ticking_planned_says_the_title_gained_its_ending(window: Any, monkeypatch: Any,
                                                          qtbot: Any) -> None:
    from timeline_app.ui.event_editor import EventEditor

    event = _held(window)

    def planned_in_the_editor(_parent: Any, timeline: Any, old: Any, *_a: Any,
                              **_k: Any) -> Any:
        editor = EventEditor(timeline, old)
        qtbot.addWidget(editor)
        assert not editor.title_edit.text().endswith("(scheduled)")
        editor.plan_check.click()  # (the person ticks it)
        return editor.edited_event()

    monkeypatch.setattr(prompts, "edit_event", planned_in_the_editor)
    assert window.edit_event(event.id)
    assert is_plan_title(window.document.timeline.get(event.id).title)
    said = window.statusBar().currentMessage()
    assert said.startswith("Edited “"), said
    assert "Planned added “(scheduled)” to its title" in said
    assert f"“{display_title(event.title, 80)} (scheduled)”" in said  # (whole, once)
    assert "” → “" not in said
