"""Find on an event longer than the days shown shows the whole of it (verify70 F16: after
Go to Date "December 2025", Ctrl+F "Referendum" + Return went to 28 December 2026 - 31
January 2027, the 2027 bar filling the width with no start or end to be seen)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate


def _find(window, qtbot, words: str) -> None:  # type: ignore[no-untyped-def]
    window.find_state.set_text(words)
    qtbot.waitUntil(lambda: window.find_state.matches is not None, timeout=5000)
    window.step_match(+1)


def test_find_shows_a_year_long_event_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.document.add_event(Event("vote", "Nikol Pashinyan: Referendum (scheduled)",
                                    FuzzyDate.of_year(2027), category="Event"))
    window.view.prompt = lambda *_args: "December 2025"
    assert window.view.ask_go_to_date()
    _find(window, qtbot, "Referendum")
    assert window.selection.event_id == "vote"
    first, last = window.view.visible_days()
    assert first <= dt.date(2027, 1, 1).toordinal() and last >= dt.date(2028, 1, 1).toordinal()
    assert last - first < 2 * 366  # the year, with some room: not zoomed out to all
    assert window.view.has_item("vote")


def test_find_keeps_the_zoom_for_an_event_that_fits(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.view.prompt = lambda *_args: "March 2025"
    assert window.view.ask_go_to_date()
    before = window.view.visible_days()
    _find(window, qtbot, "Wang Yi")
    assert window.selection.event_id == "trilateral-tokyo"
    first, last = window.view.visible_days()
    assert abs((last - first) - (before[1] - before[0])) < 1
