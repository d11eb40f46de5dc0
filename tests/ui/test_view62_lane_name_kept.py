"""The name of the lane whose header the lanes' scroll put above the view's top stays
drawn there, over its rows (verify63 F8: at 800×600 the lanes scroll, and the Meeting
lane's rows showed without its name, nothing telling which lane they were).  The screen
stays a whole paint's pixels, after a scroll of the lanes (the frame picture moved and its
new rows painted: ``_scroll_picture``) as after a whole frame."""

from __future__ import annotations

import view_pictures
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.test_view62_opened_at_the_top_lane import _laid_out, _timeline
from timeline_app.ui.timeline_view import LANE_HEADER, LANES_TOP


def _screen_is_a_whole_paint(view, what: str) -> None:  # type: ignore[no-untyped-def]
    view.viewport().repaint()
    grabbed = view.viewport().grab().toImage()
    fresh = view_pictures.whole_paint(view)
    assert grabbed == fresh.convertToFormat(grabbed.format()), what


def _scrolled_to(window, qtbot, value: int) -> None:  # type: ignore[no-untyped-def]
    window.view.verticalScrollBar().setValue(value)
    qtbot.wait(20)
    _laid_out(window)


def test_the_lane_scrolled_away_keeps_its_name_at_the_top(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    moved: list[object] = []
    scroll_picture = view._scroll_picture
    monkeypatch.setattr(view, "_scroll_picture",
                        lambda key: (moved.append(key), scroll_picture(key))[1])
    window.resize(800, 600)
    window.document.replace_timeline(_timeline(), None)
    _laid_out(window)
    bar = view.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    assert view._kept_lane_name() is None  # the lanes at the top: no name drawn twice
    _screen_is_a_whole_paint(view, "at the top")
    layout = view._layout()
    lanes = layout.lanes
    # The lanes scrolled half a lane into the second: its name at the top
    second = lanes[1]
    _scrolled_to(window, qtbot, int(second.top + second.height / 2))
    kept = view._kept_lane_name()
    assert kept is not None and kept[0].category == second.category
    assert kept[2] == LANES_TOP
    _screen_is_a_whole_paint(view, "scrolled into the second lane")
    # its plate is the lane's band with the name's dark pixels on it
    image = view.viewport().grab().toImage()
    band = view._lane_fill(1)
    plate = [QColor(image.pixel(QPoint(x, y)))
             for x in range(24, 24 + int(view._name_width(second.category)))
             for y in range(LANES_TOP + 3, LANES_TOP + LANE_HEADER - 3)]
    # (in either theme: an earlier test of the worker may leave the app dark, where the
    # name is light on a #2b2b2b band; colours compared by their RGB, since the blended
    # band is a float colour and a pixel an integer one -- CI failed on both, session 52)
    assert sum(abs(color.lightness() - band.lightness()) > 60 for color in plate) > 20
    assert sum(color.rgb() == band.rgb() for color in plate) > len(plate) / 3
    # A scroll by a few rows either way (the frame picture moved): still a whole paint's
    for step in (7, 30, -12, -40):
        _scrolled_to(window, qtbot, bar.value() + step)
        _screen_is_a_whole_paint(view, f"scrolled by {step}")
    assert len(moved) >= 3  # (the frame picture moved, not painted whole)
    # The lane's end under the top: the name pushed up by the next lane's header
    third = lanes[2]
    _scrolled_to(window, qtbot, int(third.top - LANE_HEADER + 6))
    kept = view._kept_lane_name()
    assert kept is not None and kept[0].category == second.category
    assert kept[2] < LANES_TOP
    _screen_is_a_whole_paint(view, "pushed up")
    # Back at the top: gone
    _scrolled_to(window, qtbot, 0)
    assert view._kept_lane_name() is None
    _screen_is_a_whole_paint(view, "back at the top")
    QApplication.processEvents()


def test_rows_kept_for_scrolls_back_never_bring_a_lane_name_along(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # list55 keeps the lanes' rows a view painted, to copy them back when the lanes
    # scroll back (a run of Events-list keys); a frame whose top showed a scrolled-away
    # lane's name must not leave that name in the rows kept (merged in int52, session 52)
    view = window.view
    window.resize(800, 600)
    window.document.replace_timeline(_timeline(), None)
    _laid_out(window)
    bar = view.verticalScrollBar()
    lanes = view._layout().lanes
    steps = [int(lanes[1].top + lanes[1].height / 2), int(lanes[1].top) + 5, 0,
             int(lanes[1].top + lanes[1].height / 2), bar.maximum(), 30, bar.maximum() // 2,
             int(lanes[1].top + lanes[1].height / 2) - 7, 0]
    for value in steps:
        _scrolled_to(window, qtbot, min(value, bar.maximum()))
        _screen_is_a_whole_paint(view, f"scrolled to {value}")
