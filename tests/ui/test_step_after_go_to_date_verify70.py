"""After Go to Date, Alt+→ and Alt+← step from the date gone to, not from a selection left
off screen (verify70 F11: with "Timeline 0.4.0" of 2009 selected, Ctrl+G "December 2025"
then Alt+→ jumped back to October 2009 and "Timeline 0.5.0")."""

from __future__ import annotations

import datetime as dt


def _gone_to(window, words: str, selected: str) -> None:  # type: ignore[no-untyped-def]
    window.selection.select(selected)
    window.view.prompt = lambda *_args: words  # typed in Go to Date
    assert window.view.ask_go_to_date()
    assert window.selection.event_id == selected  # Go to Date selects nothing itself


def test_next_after_go_to_date_is_the_first_event_in_view(window) -> None:  # type: ignore[no-untyped-def]
    _gone_to(window, "March 2025", "normalization-1965")
    window.view.step_selection(+1)
    event = window.document.timeline.get(window.selection.event_id)
    assert (event.date.year, event.date.month) == (2025, 3)  # not 2023's, 1965's neighbour


def test_with_no_event_in_view_the_steps_go_either_side_of_the_date(window) -> None:  # type: ignore[no-untyped-def]
    _gone_to(window, "2010", "normalization-60th-anniversary")
    window.view.step_selection(+1)  # (from the last event: nothing after it)
    assert window.selection.event_id == "forced-labour-compensation"
    _gone_to(window, "2010", "normalization-60th-anniversary")
    window.view.step_selection(-1)  # (from the last event: its neighbour, March 2025)
    assert window.selection.event_id == "normalization-1965"


def test_a_selection_in_view_after_go_to_date_is_stepped_from(window) -> None:  # type: ignore[no-untyped-def]
    _gone_to(window, "2025", "munich-meeting")
    window.view.step_selection(+1)
    assert window.selection.event_id == "trilateral-tokyo"
    # and once a step has moved the selection, the next steps go from it as ever
    window.view.step_selection(-1)
    assert window.selection.event_id == "munich-meeting"
    assert window.view.shown_days()[0] <= dt.date(2025, 2, 1).toordinal()


def test_past_the_last_event_the_selection_stays(window) -> None:  # type: ignore[no-untyped-def]
    _gone_to(window, "2030", "normalization-1965")
    window.view.step_selection(+1)  # nothing after 2030: not back to 1965's neighbour
    assert window.selection.event_id == "normalization-1965"
