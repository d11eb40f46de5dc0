"""Picking an event a "+N" badge counts keeps the zoom when the event is drawn out of
the badge there (verify64 F9).

view58 draws the current event out of the badge that counts it, at any zoom; Find and
the Events list still zoomed in first (2015-2026 to two days, the other lanes' events off
screen) and drew it out of the badge all the same."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_view58_found_in_badge import SIDE_MEETINGS, _timeline


def _at_fit_all(window):  # type: ignore[no-untyped-def]
    """view58's UNGA week at Fit All, 1280x800 (the side meetings in a "+N" badge)."""
    window.resize(1280, 800)
    QApplication.processEvents()
    window.document.replace_timeline(_timeline(), None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.view


@pytest.mark.parametrize("how", ["find", "list"])
def test_an_event_drawn_out_of_its_badge_is_not_zoomed_to(window, how) -> None:  # type: ignore[no-untyped-def]
    view = _at_fit_all(window)
    shown = view.visible_days()
    last = f"s{SIDE_MEETINGS - 1:02d}"
    assert not view.has_item(last)  # (in the badge at Fit All: the case of this test)
    if how == "find":
        window.find_state.set_text("side meeting no. 29")
        window.step_match(+1)
    else:
        window.selection.select(last)
        window._reveal_picked(last)
    QApplication.processEvents()
    assert window.selection.event_id == last
    assert view.visible_days() == shown  # not zoomed in
    assert view.drawn_out_of_badge(last)
    mark = view._selection_mark(view._layout(), last)
    assert mark is not None and not mark[0].dense


def test_an_event_off_screen_in_a_badge_is_scrolled_to_not_zoomed(window) -> None:  # type: ignore[no-untyped-def]
    """Scrolled to first: where its badge is then on screen, the zoom is kept."""
    view = _at_fit_all(window)
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
