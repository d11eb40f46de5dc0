"""verify89 F7: an event dragged past the view's right edge and let go over the Details
pane moved 47 days in about a second: the edge scroll grew with the pointer's distance
beyond the edge (264 px a 30 ms tick 400 px beyond it).  Past the edge it now scrolls at the
edge's own speed, 24 px a tick; a release there still moves the event to the date shown
beside it (dragging beyond what is on screen is what the edge scroll is for; Esc cancels)."""

from __future__ import annotations

from test_trial8_clicks_and_focus import _crowded


def test_the_edge_scroll_past_the_edge_is_no_faster_than_at_it(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_crowded(), size=(1100, 520))
    width = view.viewport().width()
    view._update_drag_scroll(float(width))
    at_edge = view._drag_scroll_px
    view._update_drag_scroll(float(width + 400))
    assert view._drag_scroll_px == at_edge == 24
    view._update_drag_scroll(-400.0)
    assert view._drag_scroll_px == -24
    view._update_drag_scroll(width / 2)  # back inside: no scroll
    assert view._drag_scroll_px == 0 and not view._drag_scroll_timer.isActive()
