"""verify91 F6: on a big timeline the Events list stayed where it was while the timeline
went elsewhere (a filter, a reopen at a remembered view, Go to Date): with nothing
selected, the list now scrolls to the first row of the days in view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate, Timeline

START = dt.date(1900, 1, 1).toordinal()


def _yearly(count: int = 400) -> Timeline:
    return Timeline.from_events(
        [Event(f"e{i:03}", f"Envoys meet {i}",
               FuzzyDate.of_day(dt.date.fromordinal(START + 30 * i))) for i in range(count)],
        title="Envoys")


def _top_row_day(window) -> int:  # type: ignore[no-untyped-def]
    table = window.event_list
    row = table.rowAt(0)
    return window.document.timeline.get(table.table_model().event_id(row)).date.start_day()


def test_the_list_follows_the_view_with_nothing_selected(window, qtbot):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_yearly(), None)
    window.selection.select(None)
    window.view.setFocus()
    qtbot.wait(300)
    day = START + 30 * 250
    window.view.go_to_days(day - 0.5, day + 90)
    qtbot.waitUntil(lambda: _top_row_day(window) == day, timeout=3000)
    # Newest first: the top row is the last event starting in view.
    window.event_list.table_model().sort(0, Qt.SortOrder.DescendingOrder)
    window.view.go_to_days(day - 0.5, day + 40)
    qtbot.waitUntil(lambda: _top_row_day(window) == day + 30, timeout=3000)


def test_a_selection_keeps_the_list_on_it(window, qtbot):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_yearly(), None)
    window.selection.select("e010")
    qtbot.wait(300)
    day = START + 30 * 250
    window.view.go_to_days(day - 0.5, day + 90)
    qtbot.wait(400)
    model = window.event_list.table_model()
    first, last = window.event_list.rowAt(0), window.event_list.rowAt(
        window.event_list.viewport().height() - 1)
    assert first <= model.row_of("e010") <= (last if last >= 0 else model.rowCount())


def test_the_first_row_in_view_is_found_by_bisection(window):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_yearly(), None)
    model = window.event_list.table_model()
    assert model.first_row_in_days(START + 30 * 7 - 3, START + 30 * 9) == 7
    assert model.first_row_in_days(START + 30 * 1000, START + 30 * 1001) == 399
    model.sort(1)
    assert model.first_row_in_days(START, START + 1) is None  # not in date order
