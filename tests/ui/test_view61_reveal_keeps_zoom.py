"""Picking an event a "+N" badge counts keeps the zoom when the event is drawn out of
the badge there (verify64 F9).

view58 draws the current event out of the badge that counts it, at any zoom; Find and
the Events list still zoomed in first (2015-2026 to two days, the other lanes' events off
screen) and drew it out of the badge all the same."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_view58_found_in_badge import SIDE_MEETINGS, at_fit_all

# (Find and a list pick of an event in the badge, the zoom kept: view58's
# ``test_an_event_left_in_a_badge_is_drawn_out_of_it_at_the_same_zoom``)


def test_an_event_off_screen_in_a_badge_is_scrolled_to_not_zoomed(window) -> None:  # type: ignore[no-untyped-def]
    """Scrolled to first: where its badge is then on screen, the zoom is kept."""
    view = at_fit_all(window)
    view.zoom_by(4.0, anchor_x=2.0)  # the start of September on screen, the 23rd not
    QApplication.processEvents()
    width = view.visible_days()[1] - view.visible_days()[0]
    last = f"s{SIDE_MEETINGS - 1:02d}"
    window.selection.select(last)
    window._reveal_picked(last)
    QApplication.processEvents()
    first, end = view.visible_days()
    assert end - first == pytest.approx(width)  # scrolled, not zoomed
    assert view.has_item(last) or view.drawn_out_of_badge(last)
