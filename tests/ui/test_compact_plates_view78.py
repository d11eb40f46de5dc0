"""view78 (view76's "not done"): in the compact layout (``TimelineView._compact_wanted``)
each lane's name plate sat at the first free place of its first row, so the plates stood
at different x (the Treaty plate mid-view, right of its event, after Fit All at 150 %),
and during a pan they stayed where the layout at rest had put them while the items moved
under them.  Now every plate is at the view's left edge (``COMPACT_PLATE_X``), as one
column that a pan leaves in place, and the first row's items are kept clear of it where
they can be (``_clear_of_plate``): moved to a free lower row of the lane, or a title left
of its marker shortened to start after the plate.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from test_compact_lanes_verify76 import _settle, _view_at

from timeline_app.ui.layout import ITEM_GAP
from timeline_app.ui.view_base import COMPACT_PLATE_X, ROW_HEIGHT, _Item


def _first_row(lane):  # type: ignore[no-untyped-def]
    row_top = lane.top + lane.header
    return [item for item in lane.items
            if row_top <= item.label_rect.center().y() < row_top + ROW_HEIGHT]


def _left_of(item: _Item) -> float:
    left = item.marker.left()
    if item.label and not item.label_inside:
        left = min(left, item.label_rect.left())
    return left


def test_fit_all_puts_every_plate_at_the_left_edge_clear_of_its_row(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    assert view._compact_lanes
    lanes = view._layout().lanes
    assert {lane.name_x for lane in lanes} == {COMPACT_PLATE_X}
    for lane in lanes:
        for item in _first_row(lane):
            assert _left_of(item) >= lane.name_x + lane.plate_w + ITEM_GAP - 0.5, (
                lane.category, item.label, item.marker, item.label_rect, lane.plate_w)
    # The Treaty event's title, left of its marker, shortened after the plate: its
    # marker and a start of its title are still shown, and a click on the title is its
    # event's, one on the plate the lane's name
    treaty = lanes[0]  # (the default timeline's first lane, one event from 1965)
    item = treaty.items[0]
    assert item.label and item.label_rect.right() <= item.marker.left()
    offset = view._content_offset()
    hit = view._hit(item.label_rect.center() + QPointF(0, offset))
    assert isinstance(hit, _Item) and hit.event_id == item.event_id
    name = view.lane_name_rect(treaty.category)
    assert view._lane_header_at(name.center()) == treaty.category


def _mouse(view, kind: QEvent.Type, pos: QPointF) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    moving = kind == QEvent.Type.MouseMove
    QApplication.sendEvent(viewport, QMouseEvent(
        kind, pos, QPointF(viewport.mapToGlobal(pos.toPoint())),
        Qt.MouseButton.NoButton if moving else Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_a_pan_moves_the_items_under_plates_that_stay_at_the_edge(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    assert view._compact_lanes
    viewport = view.viewport()
    press = QPointF(viewport.width() * 0.9, viewport.height() - 12)
    assert view._hit(press) is None
    _mouse(view, QEvent.Type.MouseButtonPress, press)
    x = press.x()
    for _ in range(8):  # 200 px to the left: the 1965 event passes under the plates
        x -= 25
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, press.y()))
        viewport.repaint()
        pan = view._pan
        assert pan is not None and pan.moved
        layout = pan.layout if pan.layout is not None else view._layout()
        assert {lane.name_x for lane in layout.lanes if not lane.dense} == {COMPACT_PLATE_X}
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, press.y()))
    _settle(qtbot, 300)
    lanes = view._layout().lanes
    assert view._compact_lanes
    assert {lane.name_x for lane in lanes} == {COMPACT_PLATE_X}
    for lane in lanes:  # at rest again: the first rows clear of the plates
        for item in _first_row(lane):
            if item.marker.left() >= lane.plate_w:
                assert _left_of(item) >= lane.plate_w + ITEM_GAP - 0.5, (
                    lane.category, item.label)


def test_an_item_under_a_plate_moves_to_a_free_lower_row(qtbot, shown_view, monkeypatch):  # type: ignore[no-untyped-def]
    import datetime as _dt

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui.timeline_view import TimelineView

    monkeypatch.setattr(TimelineView, "_compact_wanted", lambda self, layout: True)
    day = FuzzyDate.of_day
    timeline = Timeline.from_events([
        Event("a", "Envoys meet at the border post", day(_dt.date(2000, 1, 10)),
              category="meeting"),
        Event("b", "Talks open", day(_dt.date(2000, 9, 1)), category="meeting"),
        Event("c", "Talks adjourn", day(_dt.date(2000, 9, 2)), category="meeting"),
        Event("v", "A visit", day(_dt.date(2000, 6, 1)), category="visit")])
    view = shown_view(timeline, size=(700, 400))
    first = _dt.date(1999, 12, 20).toordinal()
    view.go_to_days(first, first + 366)
    _settle(qtbot)
    lane = next(lane for lane in view._layout().lanes if lane.category == "meeting")
    assert view._compact_lanes and lane.name_x == COMPACT_PLATE_X
    item = view._layout().items_by_id["a"]
    assert item.marker.left() < lane.plate_w  # (its date lies under the plate)
    assert item.marker.center().y() >= lane.top + ROW_HEIGHT  # moved to the second row
    assert item.label == "Envoys meet at the border post"  # whole there
    for other in _first_row(lane):
        assert _left_of(other) >= lane.plate_w + ITEM_GAP - 0.5, other.label
