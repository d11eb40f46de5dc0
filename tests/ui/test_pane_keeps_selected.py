"""A pane opened beside the timeline keeps the selected event on screen (verify30: the
Filters dock narrowed the view from the right and the event being read went off its edge)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_filters_dock_keeps_the_selected_event_in_view(window, qtbot):  # type: ignore[no-untyped-def]
    view = window.view
    window.resize(1400, 860)
    QApplication.processEvents()
    event = window.document.timeline.events[-2]  # near the right edge at Fit All
    view.zoom_by(2.0, view.viewport().width() - 60)
    QApplication.processEvents()
    window.selection.select(event.id)
    start = event.date.start_day()
    width = view.viewport().width()
    x = view.x_of_day(start)
    assert width * 0.5 < x < width - 24, "the event on screen, right of centre, to begin with"
    window._filter_dock.toggleViewAction().trigger()  # Find → Filters
    qtbot.waitUntil(lambda: view.viewport().width() < width - 100)
    QApplication.processEvents()
    x = view.x_of_day(start)
    assert 0 <= x <= view.viewport().width() - 24


def test_an_event_off_screen_before_stays_where_it_was(window, qtbot):  # type: ignore[no-untyped-def]
    view = window.view
    event = window.document.timeline.events[0]
    view.zoom_by(8.0, view.viewport().width() - 10)
    QApplication.processEvents()
    window.selection.select(event.id)
    before = view.x_of_day(event.date.start_day())
    if before >= 0:
        return  # (the zoom kept it on screen: nothing to check here)
    window._filter_dock.toggleViewAction().trigger()
    QApplication.processEvents()
    assert view.x_of_day(event.date.start_day()) == before


def test_a_scroll_bars_width_moves_nothing(window, qtbot):  # type: ignore[no-untyped-def]
    """The vertical bar that a lane's change of mode brings mid-pan takes ~15 px: the view
    must not jump to bring the selected event in then."""
    view = window.view
    event = window.document.timeline.events[-2]
    view.zoom_by(2.0, view.viewport().width() - 60)
    QApplication.processEvents()
    window.selection.select(event.id)
    width = view.viewport().width()
    start = event.date.start_day()
    view._set_origin(view._scale.u_of_day(start) - (width - 10) / view._px_per_day)
    assert width - 24 < view.x_of_day(start) < width  # by the edge, under where a bar goes
    origin = view._origin
    view._keep_selected_on_screen(width + view.verticalScrollBar().sizeHint().width())
    assert view._origin == origin
    view._keep_selected_on_screen(width + 200)  # a pane's width: brought in
    assert view._origin != origin and view.x_of_day(start) <= width - 24
