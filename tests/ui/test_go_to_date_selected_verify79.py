"""verify79 F13: Go to Date offered "2025" (the view's middle at Fit All) with an event of 1
December 2026 selected; it offers the selected event's day, and its time, to start from."""

from __future__ import annotations

import dataclasses

from timeline_app.core import FuzzyDate
from timeline_app.core.clock import ClockTime


def _offered(view) -> str:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def prompt(_parent, _title, _label, text):  # type: ignore[no-untyped-def]
        seen.append(text)
        return None  # (cancelled)

    view.prompt = prompt
    assert not view.ask_go_to_date()
    return seen[0]


def test_go_to_date_offers_the_selected_events_day(window, qtbot):  # type: ignore[no-untyped-def]
    view = window.view
    (event,) = [e for e in window.document.timeline
                if e.date == FuzzyDate.of_ymd(2025, 3, 22) and "bilateral" in e.title.lower()]
    view.select_event(event.id)
    assert _offered(view) == "22 March 2025"
    timed = dataclasses.replace(event, date=event.date.with_time(ClockTime(10, 30)))
    window.document.update_event(timed)
    view.select_event(event.id)
    assert _offered(view) == "22 March 2025, 10:30"
    view.select_event(None)  # nothing selected: the view's middle, as before
    assert _offered(view) != "22 March 2025"


def test_the_words_offered_are_read_back(window, qtbot):  # type: ignore[no-untyped-def]
    view = window.view
    (event,) = [e for e in window.document.timeline
                if e.date == FuzzyDate.of_ymd(2025, 3, 22) and "bilateral" in e.title.lower()]
    window.document.update_event(dataclasses.replace(
        event, date=event.date.with_time(ClockTime(10, 30))))
    view.select_event(event.id)
    offered = _offered(view)
    view.prompt = lambda *_args: offered
    assert view.ask_go_to_date()
