"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 52, list55: the
lanes' rows of a view kept as painted, so that a scroll of the lanes back to rows shown
before copies them instead of painting them again (``kept_rows``,
``TimelineView._scroll_picture``).

A run of keys in the Events list goes back and forth between lanes: at 100 000 events,
nine PageDowns at Fit All painted 1 660 rows of lanes 1 508 rows tall.  These tests check
that rows shown before are not painted again, that the screen stays, pixel for pixel, the
view painted afresh, and that the rows are dropped with the view they belong to.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from test_list53_keys import _afresh, _frame, _key, _shown, _talks
from test_view_ride import _on_screen

from timeline_app.ui import kept_rows
from timeline_app.ui.kept_rows import KeptRows
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import LANE_HEADER, LANES_TOP


@pytest.fixture
def strips(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The strips a scroll of the frame picture paints (``_scroll_picture``), as they
    come (not the bands of pictures painted while the app waits)."""
    made: list[tuple[int, int]] = []
    paint, scroll = TimelineView._paint, TimelineView._scroll_picture
    scrolling = [False]

    def counted(self, painter, picture=False, *args, **kwargs):  # type: ignore[no-untyped-def]
        if scrolling[0]:
            made.append(kwargs["strip"])
        return paint(self, painter, picture, *args, **kwargs)

    def scrolled(self, key):  # type: ignore[no-untyped-def]
        scrolling[0] = True
        try:
            return scroll(self, key)
        finally:
            scrolling[0] = False

    monkeypatch.setattr(TimelineView, "_paint", counted)
    monkeypatch.setattr(TimelineView, "_scroll_picture", scrolled)
    return made


def _scrolled_to(view: TimelineView, value: int) -> None:
    view.verticalScrollBar().setValue(value)
    view.viewport().repaint()
    _frame()


def test_a_scroll_back_to_rows_shown_before_paints_nothing(window, strips):  # type: ignore[no-untyped-def]
    _talks(window)
    view = window.view
    bar = view.verticalScrollBar()
    assert bar.maximum() >= 140
    view._frame_picture(view._frame_key())  # (the view's picture, as a hover makes it)
    strips.clear()
    _scrolled_to(view, 100)  # rows below the view: painted
    assert len(strips) == 1
    assert (_on_screen(view) != _afresh(view)).sum() == 0
    for value in (0, 40, 100, 60):  # rows shown before: copied
        strips.clear()
        _scrolled_to(view, value)
        assert view._frame_cache is not None and view._frame_cache[0] == view._frame_key()
        assert strips == [], (value, strips)
        assert (_on_screen(view) != _afresh(view)).sum() == 0, value
        strips.clear()
    strips.clear()
    _scrolled_to(view, 140)  # only the rows never shown painted
    assert len(strips) == 1
    top, bottom = strips[0]
    assert (top, bottom) == (view.viewport().height() - 40, view.viewport().height())
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_a_jump_further_than_the_lanes_height_keeps_the_rows_it_leaves(  # type: ignore[no-untyped-def]
        window, strips, monkeypatch):
    """The lanes scrolled by more than their height to rows never shown: the view is
    painted whole, and the rows it left are kept: a jump back copies them."""
    _talks(window)
    view = window.view
    lanes = view.viewport().height() - LANES_TOP
    assert view.verticalScrollBar().maximum() >= 2 * lanes + 10
    wholes: list[object] = []
    painted_picture = TimelineView._painted_picture

    def counted(self, reused):  # type: ignore[no-untyped-def]
        wholes.append(reused)
        return painted_picture(self, reused)

    monkeypatch.setattr(TimelineView, "_painted_picture", counted)
    view._frame_picture(view._frame_key())  # (the view's picture, as a hover makes it)
    for value, whole in ((2 * lanes + 10, 1), (0, 0), (2 * lanes + 10, 0), (lanes, 1)):
        wholes.clear()
        strips.clear()
        view.verticalScrollBar().setValue(value)
        view._frame_picture(view._frame_key())
        # (no strip but the rows a scrolled-away lane's name covered at the top of a view
        # left: view62's name is never kept in the rows, and the rows under it were
        # never painted clean at that scroll -- int52, session 52)
        assert len(wholes) == whole, value
        assert all(b - a <= LANE_HEADER + 1 for a, b in strips), (value, strips)
        view.viewport().repaint()
        _frame()
        assert (_on_screen(view) != _afresh(view)).sum() == 0, value


def test_keys_in_the_list_paint_each_row_of_a_view_once(window, strips):  # type: ignore[no-untyped-def]
    """Down after Down (each row's event in another lane): the rows a view's scrolls
    paint in strips are never more than its lanes' rows, and the screen is the view
    painted afresh after each key."""
    ids = _talks(window)
    view, table = window.view, window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[0]), 0))
    _frame()
    view._frame_picture(view._frame_key())
    strips.clear()
    painted = 0  # rows painted in strips since the view last moved sideways or zoomed
    where = (view._origin, view._px_per_day)
    scrolls: set[int] = set()
    most = 0
    for _ in range(40):
        _key(table, Qt.Key.Key_Down)
        if (view._origin, view._px_per_day) != where:  # another view
            where, painted, scrolls = (view._origin, view._px_per_day), 0, set()
        painted += sum(bottom - top for top, bottom in strips)
        scrolls.add(view.verticalScrollBar().value())
        most = max(most, len(scrolls))
        lanes = view.verticalScrollBar().maximum() + view.viewport().height() - LANES_TOP
        # (and the rows under a scrolled-away lane's name, once a scroll: view62)
        assert painted <= lanes + (LANE_HEADER + 1) * len(scrolls), (painted, lanes)
        _shown(window, view)
        assert (_on_screen(view) != _afresh(view)).sum() == 0
        strips.clear()
    assert most >= 4


def test_the_rows_go_with_their_view(window):  # type: ignore[no-untyped-def]
    _talks(window)
    view = window.view
    view._frame_picture(view._frame_key())
    _scrolled_to(view, 80)
    assert view._kept_rows is not None
    view.zoom_by(2.0, anchor_x=400)
    view.viewport().repaint()
    _frame()
    rows = view._kept_rows
    key = view._frame_key()
    assert rows is None or rows.view_key == key[:4] + key[5:]


def _striped(width: int, height: int) -> QImage:
    """An image whose row y is grey level y % 256."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for y in range(height):
        painter.fillRect(0, y, width, 1, QColor(y % 256, y % 256, y % 256))
    painter.end()
    return image


def test_kept_rows_runs_take_and_copy(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = KeptRows((), 8, 300, 0, 100, QImage.Format.Format_ARGB32_Premultiplied)
    assert (rows.first, len(rows.held)) == (0, 300)
    assert rows.runs(10, 50) == [(10, 50, False)]
    picture = _striped(8, 100 + LANES_TOP)  # a view scrolled to 40: rows 40-140
    rows.take(picture, 40, LANES_TOP, 60, 90)
    assert rows.runs(0, 300) == [(0, 60, False), (60, 90, True), (90, 300, False)]
    assert rows.runs(70, 80) == [(70, 80, True)]
    assert rows.runs(-5, 310) == [(-5, 0, False), (0, 60, False), (60, 90, True),
                                  (90, 300, False), (300, 310, False)]
    rows.take(picture, 40, LANES_TOP, 40, 140)  # (only the rows not held are copied)
    assert rows.runs(0, 300) == [(0, 40, False), (40, 140, True), (140, 300, False)]
    out = QImage(8, 30, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    rows.copy(painter, 100, 130, 0)
    painter.end()
    # content row 100 of the view scrolled to 40 was its viewport row 60 + LANES_TOP
    for y in (0, 29):
        assert out.pixelColor(3, y) == picture.pixelColor(3, 100 - 40 + LANES_TOP + y)


def test_kept_rows_within_their_bytes(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Lanes taller than ``LANE_ROWS_BYTES`` holds: the rows about the view only."""
    monkeypatch.setattr(kept_rows, "LANE_ROWS_BYTES", 4 * 10 * 200)  # 200 rows 10 wide
    rows = KeptRows((), 10, 1000, 500, 100, QImage.Format.Format_ARGB32_Premultiplied)
    assert (rows.first, len(rows.held)) == (450, 200)
    assert rows.image.height() == 200
    picture = _striped(10, 100 + LANES_TOP)
    rows.take(picture, 500, LANES_TOP, 500, 600)
    assert rows.runs(400, 700) == [(400, 450, False), (450, 500, False),
                                   (500, 600, True), (600, 650, False), (650, 700, False)]
    rows = KeptRows((), 10, 1000, 950, 50, QImage.Format.Format_ARGB32_Premultiplied)
    assert (rows.first, len(rows.held)) == (800, 200)  # (not past the lanes' end)
