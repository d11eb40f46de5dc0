"""End (and a step to an event) leaves the view alone when the event's marker is on screen,
however near the edge: right after a file opened fitted, End re-laid the view into 136 empty
future years, its last event's pill ~10 px from the right edge, inside the 24 px margin that
counted as off screen (verify67 F4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.ui.scale import event_days

LAST = "normalization-60th-anniversary"  # June 2025: a month, drawn as a small pill


def _marker_at(window, px_from_right: float) -> None:  # type: ignore[no-untyped-def]
    """The last event's start ``px_from_right`` px left of the view's right edge."""
    view = window.view
    start, _end = event_days(window.document.timeline.get(LAST))
    for _ in range(3):  # (zoomed about the left edge: x grows by the factor)
        x = view.x_of_day(start)
        view.zoom_by((view.viewport().width() - px_from_right) / x, anchor_x=0.0)
        QApplication.processEvents()
    assert abs(view.viewport().width() - view.x_of_day(start) - px_from_right) < 5


def test_end_on_a_marker_near_the_edge_leaves_the_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _marker_at(window, 12)
    view = window.view
    before = view.visible_days()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    QApplication.processEvents()
    assert window.selection.event_id == LAST
    assert view.visible_days() == before


def test_a_marker_off_screen_is_still_scrolled_to(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _marker_at(window, -40)  # right of the edge: not to be seen
    view = window.view
    before = view.visible_days()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    QApplication.processEvents()
    assert view.visible_days() != before
    start, _end = event_days(window.document.timeline.get(LAST))
    assert 0 < view.x_of_day(start) < view.viewport().width()
