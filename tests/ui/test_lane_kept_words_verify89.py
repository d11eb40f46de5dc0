"""verify89 F11: a review's row retitled moves to the lane its new title tells; an event
retitled in the editor stays in its lane — fine, but nothing said so.  The status line
after OK now says it: "…; the title reads as “Treaty”, and the event stays in “Event”
(Category moves it)"."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.main_window import lane_kept_words

OLD = Event("c", "Ceremony in Vell", FuzzyDate.of_ymd(2026, 12, 10), category="event")
TIMELINE = Timeline.from_events([
    OLD, Event("m", "Envoys meet in Lorn", FuzzyDate.of_ymd(2026, 11, 2), category="meeting")])


def test_a_retitle_that_tells_another_lane_says_the_event_stays() -> None:
    new = dataclasses.replace(OLD, title="Treaty signing ceremony in Vell")
    assert lane_kept_words(OLD, new, TIMELINE) == (
        "; the title reads as “Treaty”, and the event stays in “Event” (Category moves it)")


def test_nothing_said_when_the_lane_moved_or_the_title_tells_none() -> None:
    moved = dataclasses.replace(OLD, title="Treaty signing ceremony in Vell",
                                category="treaty")
    assert lane_kept_words(OLD, moved, TIMELINE) == ""
    assert lane_kept_words(OLD, dataclasses.replace(OLD, title="Ceremony at Vell"),
                           TIMELINE) == ""
    assert lane_kept_words(OLD, dataclasses.replace(OLD, summary="More"), TIMELINE) == ""


def test_the_window_says_it_after_ok(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts

    window.document.add_event(OLD)
    retitled = dataclasses.replace(OLD, title="Treaty signing ceremony in Vell")
    monkeypatch.setattr(prompts, "edit_event", lambda *_a, **_k: retitled)
    assert window.edit_event(OLD.id)
    message = window.statusBar().currentMessage()
    assert "the title reads as “Treaty”, and the event stays in “Event”" in message, message
    assert window.document.timeline.get(OLD.id).category == "event"
