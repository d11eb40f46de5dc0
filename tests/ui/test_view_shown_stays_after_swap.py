"""The event the app just showed stays in view when the view, at rest, is packed anew
from the world's chunks (verify38 F3).

``show_event`` / ``ensure_visible`` (the editor's OK, Find, Go to event, a click in the
Events list, an undo) scroll the lanes for the layout on screen; once the view rests the
world's chunks are swapped in (``TimelineView._world_swap``) and the lanes are packed
anew: rows above the event may fill, and the event moved two rows below the view's
bottom edge with nothing scrolling again (100 000 events, 1280x800).  Unless the person
scrolled the lanes or moved the view meanwhile, the swapped-in layout scrolls it back
into the lanes on screen (``_keep_shown_in_view``)."""

from __future__ import annotations

import dataclasses
import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed
from view_pictures import rest

from timeline_app.core import FuzzyDate
from timeline_app.ui.timeline_view import LANES_TOP, TimelineView

pytestmark = pytest.mark.usefixtures("world_packing")  # (conftest: views rest only when made to)

FIRST = _dt.date(1993, 1, 1).toordinal()
# In ``_mixed(4500)`` at 1100x360 on two months from FIRST, the world's packing puts
# this statement four rows lower than ``pack_lane`` did (found by trying the events).
MOVED = "d881"
# A meeting that, moved a day earlier there, the world's packing puts lower after the edit.
EDITED = "e3814"


def _frame(view: TimelineView) -> None:
    view.viewport().repaint()
    QApplication.processEvents()


def _rows_on_screen(view: TimelineView, event_id: str) -> bool:
    """Whether the event's item (marker and title) lies wholly in the lanes' rows on
    screen."""
    item = view._layout().items_by_id.get(event_id)
    assert item is not None
    top = view.verticalScrollBar().value()
    bottom = top + view.viewport().height() - LANES_TOP
    return top <= item.rect.top() and item.rect.bottom() <= bottom


def _shown_before_the_swap(shown_view) -> TimelineView:  # type: ignore[no-untyped-def]
    view = shown_view(_mixed(4500), (1100, 360), fit=False)
    view._world_rest_timer.setInterval(600_000)
    view.go_to_days(FIRST, FIRST + 60)
    _frame(view)
    assert view._world_pending()
    view.ensure_visible(MOVED)  # below the fold: the lanes scroll to it
    _frame(view)
    assert view.verticalScrollBar().value() > 0
    assert _rows_on_screen(view, MOVED)
    return view


def test_the_event_shown_stays_in_view_after_the_swap(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _shown_before_the_swap(shown_view)
    before = view._layout().items_by_id[MOVED].rect.top()
    rest(view)
    assert view._world_at == view._world_here()
    assert view._layout().items_by_id[MOVED].rect.top() > before  # (the swap moved it)
    assert _rows_on_screen(view, MOVED)


def test_an_edited_event_stays_in_view_after_the_swap(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The editor's OK: ``Document.update_event`` then ``show_event``, as
    ``MainWindow`` does; the edit lays the lanes out anew, the rest swaps them."""
    view = shown_view(_mixed(4500), (1100, 360), fit=False)
    view._world_rest_timer.setInterval(600_000)
    view.go_to_days(FIRST, FIRST + 60)
    _frame(view)
    view.ensure_visible(EDITED)
    _frame(view)
    rest(view)
    event = view._document.timeline.get(EDITED)
    day = _dt.date(event.date.year, event.date.month, event.date.day)
    edited = dataclasses.replace(event, date=FuzzyDate.of_day(day - _dt.timedelta(days=1)),
                                 location="Brussels")
    view._document.update_event(edited)
    view.show_event(EDITED)
    _frame(view)
    assert _rows_on_screen(view, EDITED)
    rest(view)
    assert view._world_at == view._world_here()
    assert _rows_on_screen(view, EDITED)


def test_the_persons_scroll_since_is_kept(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The person scrolled the lanes after the event was shown: the swap leaves the
    lanes where the person put them."""
    view = _shown_before_the_swap(shown_view)
    bar = view.verticalScrollBar()
    bar.setValue(0)
    _frame(view)
    rest(view)
    assert view._world_at == view._world_here()
    assert bar.value() == 0
