"""Lanes laid out off screen are finished when something asks for their items (issue 11:
at a month's zoom at 100 000 events every lane was laid out as rows each pan, though
about half are on screen).  Their packing (which gives their height) is done with the
view; their items and "+N" badges are made on first use, and are what a layout of the
whole would have made."""

from __future__ import annotations

import datetime as _dt

import view_pictures
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

CATEGORIES = ("treaty", "policy", "dispute", "visit", "meeting", "anniversary",
              "statement", "event")
FIRST = _dt.date(2002, 1, 1)


def _busy(seasons: int = 1) -> Timeline:
    """Eight lanes of titled days and a few spans, crowded enough at a month's zoom for
    rows and "+N" badges in each; ``seasons`` spans a lane across the month's first
    day (``test_view_rows_taken``: more of them than a lane's rows)."""
    events = []
    for lane, category in enumerate(CATEGORIES):
        for i in range(90):
            day = FIRST + _dt.timedelta(days=(i * 7 + lane) % 60)
            events.append(Event(f"{category}{i}", f"{category.title()} talks round {i} "
                                f"between the delegations", FuzzyDate.of_day(day),
                                category=category))
        for i in range(seasons):
            events.append(Event(f"{category}-span{i or ''}",
                                f"{category.title()} season{f' {i}' if i else ''}",
                                FuzzyDate.of_day(FIRST - _dt.timedelta(days=20 + 3 * i)),
                                # (ending on screen: spans across the whole view
                                # take one row at most, verify53 F11)
                                end=FuzzyDate.of_day(FIRST + _dt.timedelta(days=14 + i)),
                                category=category))
    return Timeline.from_events(events)


def _month(shown_view, seasons: int = 1):  # type: ignore[no-untyped-def]
    view = shown_view(_busy(seasons), (1000, 420))
    view.go_to_days(FIRST.toordinal() + 10, FIRST.toordinal() + 41)
    QApplication.processEvents()
    view.viewport().repaint()
    return view


def test_lanes_below_the_view_are_left_unfinished_until_asked(qtbot, shown_view):
    view = _month(shown_view)
    layout = view._layout()
    assert len(layout.lanes) == len(CATEGORIES) and not any(lane.dense for lane in layout.lanes)
    bottom = view.viewport().height() - view._content_offset()
    below = [lane for lane in layout.lanes if lane.top >= bottom]
    assert below  # the content is taller than the view
    # Fails before: every lane's items were made with the layout.
    assert all(lane._finish is not None for lane in below)
    assert all(lane._finish is None for lane in layout.lanes if lane.top < bottom)
    assert any(lane.has_badges() for lane in below)
    # Asked for, they are what a layout made with them on screen holds.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view._layouts.clear()
    scrolled = view._layout()  # now the top lanes are the unfinished ones
    assert any(lane._finish is not None for lane in scrolled.lanes)
    assert list(scrolled.items_by_id) == list(layout.items_by_id)
    assert scrolled == layout
    assert all(lane._finish is None for lane in scrolled.lanes + layout.lanes)
    assert all(lane.has_badges() == bool(lane.badges) for lane in layout.lanes)


def _scrolled_down_is_a_fresh_paint(view):  # type: ignore[no-untyped-def]
    """Scrolls the lanes to the bottom and checks the frame is a fresh paint's."""
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    QApplication.processEvents()
    viewport = view.viewport()
    viewport.repaint()
    grabbed = viewport.grab().toImage()
    assert grabbed == view_pictures.whole_paint(view).convertToFormat(grabbed.format())


def _an_unfinished_item(view):  # type: ignore[no-untyped-def]
    """``(layout, lane, event id)``: an item of a lane the view's layout left unfinished
    (its id read from a layout made the same way and finished)."""
    index = next(i for i, lane in enumerate(view._layout().lanes) if lane._finish is not None)
    event_id = view._layout().lanes[index].items[0].event_id
    view._layouts.clear()
    layout = view._layout()
    assert layout.lanes[index]._finish is not None
    return layout, layout.lanes[index], event_id


def test_an_unfinished_lanes_event_is_found_and_painted_as_before(qtbot, shown_view):
    view = _month(shown_view)
    layout, lane, event_id = _an_unfinished_item(view)
    rect = view.marker_rect(event_id)  # finishes it
    assert lane._finish is None and not rect.isNull()
    assert rect == layout.items_by_id[event_id].marker.translated(0, view._content_offset())
    # Scrolled into view, the frame is a fresh paint's.
    _scrolled_down_is_a_fresh_paint(view)


def test_a_selection_in_an_unfinished_lane_is_drawn(qtbot, shown_view):
    view = _month(shown_view)
    _layout, _lane, event_id = _an_unfinished_item(view)
    view.select_event(event_id)
    QApplication.processEvents()
    _scrolled_down_is_a_fresh_paint(view)
