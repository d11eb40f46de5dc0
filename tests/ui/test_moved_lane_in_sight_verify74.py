"""A lane moved (Edit → Lane Order → Move Lane to Top) comes into sight from its top
(verify74 F15, session 56): with an event of it selected and shown, the lanes kept that
event in view and no more, so only the lane's last two rows showed under the axis and the
move looked as if it had not happened.  Now the lane's name and first rows show when the
selected event still fits in the rows on screen with them; else the event stays in view
as before."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.view_base import LANES_TOP

LANES = ("alpha", "beta", "gamma", "delta", "zeta")


def _timeline(rows: int = 6) -> Timeline:
    """Five lanes of ``rows`` events each a few days apart, whose long titles put each
    in a row of its own."""
    events = []
    for lane in LANES:
        for n in range(rows):
            events.append(Event(f"{lane}{n}", f"{lane.title()} talks, round {n + 1}, on farm "
                                "and industrial tariffs and the rules of origin",
                                FuzzyDate.of_day(dt.date(2020, 3, 1 + 2 * n)),
                                category=lane))
    return Timeline.from_events(events)


def _lane(view, category: str):  # type: ignore[no-untyped-def]
    return next(lane for lane in view._layout().lanes if lane.category == category)


def _rows_on_screen(view) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    top = view.verticalScrollBar().value()
    return top, top + view.viewport().height() - LANES_TOP


def _shown_at_the_bottom(shown_view, rows: int, height: int):  # type: ignore[no-untyped-def]
    """The view, the last event of the last lane ("zeta") selected and shown."""
    view = shown_view(_timeline(rows), (1100, height))
    assert view._layout().lanes[-1].category == "zeta"
    chosen = f"zeta{rows - 1}"
    view._selection.select(chosen)
    view.ensure_visible(chosen)
    QApplication.processEvents()
    top, bottom = _rows_on_screen(view)
    assert top > 0  # scrolled down to the last lane
    return view, chosen


def _move_to_top(view) -> None:  # type: ignore[no-untyped-def]
    lanes = [lane.category for lane in view._layout().lanes]
    assert view._document.move_lane("zeta", "top", lanes)
    QApplication.processEvents()
    view.viewport().repaint()
    QApplication.processEvents()


def test_a_lane_moved_to_the_top_shows_its_name_and_first_rows(shown_view) -> None:  # type: ignore[no-untyped-def]
    view, chosen = _shown_at_the_bottom(shown_view, 6, 420)
    _move_to_top(view)
    lane = _lane(view, "zeta")
    assert view._layout().lanes[0] is lane
    top, bottom = _rows_on_screen(view)
    assert top <= lane.top, "the moved lane's name is scrolled out of view"
    item = view._layout().items_by_id[chosen]
    assert top <= item.rect.top() and item.rect.bottom() <= bottom  # still in view
    # Undo puts it back at the bottom: its top in sight again, the event still shown.
    view._document.undo_stack.undo()
    QApplication.processEvents()
    view.viewport().repaint()
    lane = _lane(view, "zeta")
    top, bottom = _rows_on_screen(view)
    item = view._layout().items_by_id[chosen]
    assert top <= lane.top
    assert top <= item.rect.top() and item.rect.bottom() <= bottom


def test_a_lane_taller_than_the_view_keeps_the_selection_in_view(shown_view) -> None:  # type: ignore[no-untyped-def]
    """Twelve rows in a view that shows about eight: the lane's top and its last event
    do not fit together, so the event stays in view as before."""
    view, chosen = _shown_at_the_bottom(shown_view, 12, 400)
    _move_to_top(view)
    top, bottom = _rows_on_screen(view)
    item = view._layout().items_by_id[chosen]
    assert top <= item.rect.top() and item.rect.bottom() <= bottom
    assert top > _lane(view, "zeta").top
