"""A small window whose lanes and list both scroll gives the lanes the larger share
(verify66 F14: at 800×600 an explainer's 24 events left the lanes ~160 px, seven rows of
titles, beside an Events list of 8 rows that scrolled anyway)."""

from __future__ import annotations

import pytest

from tests.ui.test_small_window_timeline_first_verify63 import _settled
from tests.ui.test_view65_titles_stay_on_pan import _explainer
from timeline_app.ui.main_window import LIST_LEAST_ROWS, LIST_SHARED_MOST, LIST_USABLE_ROWS


def _list_rows(window) -> float:  # type: ignore[no-untyped-def]
    return (window.event_list.viewport().height()
            / window.event_list.verticalHeader().defaultSectionSize())


@pytest.mark.parametrize("size", [(800, 600), (1024, 700)])
def test_a_small_window_gives_the_scrolling_lanes_the_larger_share(window, qtbot, tmp_path,
                                                                   size) -> None:  # type: ignore[no-untyped-def]
    _explainer(window, tmp_path, 1280)
    _settled(window, qtbot, *size)
    view, dock = window.view, window._list_dock
    assert view.verticalScrollBar().maximum() > 0  # the lanes scroll
    rows = _list_rows(window)
    assert LIST_LEAST_ROWS <= rows < LIST_USABLE_ROWS  # (was 8 rows: 212 px of 495)
    assert rows == int(rows)  # whole rows
    assert dock.height() <= LIST_SHARED_MOST * (view.height() + dock.height()) + 1
    assert view.height() >= 2 * dock.height() - 2


def test_a_taller_window_keeps_the_list_its_usable_rows(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _explainer(window, tmp_path, 1280)
    _settled(window, qtbot, 1280, 800)
    assert window.view.verticalScrollBar().maximum() > 0
    assert _list_rows(window) == LIST_USABLE_ROWS
