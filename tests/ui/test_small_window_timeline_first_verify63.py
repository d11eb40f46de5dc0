"""A small window gives the timeline its room before the Events list takes its usable rows
(verify63 F8: at 640×420 the lanes got ~45 px, one row of one lane, beside a list of 6
rows)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.test_dock_layout import _settle


def _settled(window, qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    _settle(window, qtbot, width, height)
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    qtbot.wait(50)
    for _ in range(4):
        QApplication.processEvents()


def test_a_640_by_420_window_leaves_the_lanes_room_and_the_list_its_least_rows(window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import LIST_LEAST_ROWS
    from timeline_app.ui.timeline_view import LANE_HEADER, LANES_TOP, ROW_HEIGHT

    _settled(window, qtbot, 1600, 1000)
    _settled(window, qtbot, 640, 420)
    rows = window.event_list.verticalHeader().defaultSectionSize()
    view = window.view
    lanes = view.viewport().height() - LANES_TOP
    # (was ~45 px: one row)
    assert lanes >= LANE_HEADER + 3 * ROW_HEIGHT, lanes
    # the list keeps its least rows
    assert window.event_list.viewport().height() >= LIST_LEAST_ROWS * rows - 2
    # a tall window gives it its usable rows again where the lanes scroll
    _settled(window, qtbot, 1600, 1000)
    assert view.viewport().height() - LANES_TOP > lanes
