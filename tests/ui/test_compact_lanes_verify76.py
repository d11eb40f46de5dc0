"""verify76 F17: at 150 % on a 1366×768 screen (the window the app opens at, 1343×696
px: 895×464 Qt units) Fit All left the Meeting lane's second row cut by the bottom edge
and the Anniversary lane wholly below the window.  The view was 650×349 Qt units, the
lanes needed 364 px of 265 (view75's measures), and no range Fit All chose could make
them fit.  Now the lanes are laid out compactly when only that shows them whole
(``TimelineView._compact_wanted``): no header row, each lane's swatch, name and "◀ N" /
"N ▶" on a plate in its first row where that row is free (``_compact_plate``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui.view_base import LANE_HEADER, LANES_TOP, ROW_HEIGHT, _Indicator, _Item


def _settle(qtbot, wait: int = 150) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(wait)
    for _ in range(4):
        QApplication.processEvents()


def _view_at(shown_view, qtbot, width: int, height: int):  # type: ignore[no-untyped-def]
    """The default timeline in a view whose viewport is ``width``×``height`` px (the
    scroll bars as the view has them at that size), after Fit All."""
    view = shown_view(load_default_timeline(), size=(width + 40, height + 40), fit=False)
    _settle(qtbot)
    for _ in range(3):  # (a scroll bar shown or hidden changes the viewport)
        dw = view.width() - view.viewport().width()
        dh = view.height() - view.viewport().height()
        view.resize(width + dw, height + dh)
        _settle(qtbot)
    view.fit_all()
    _settle(qtbot, 300)
    return view


def _whole(view) -> list[str]:  # type: ignore[no-untyped-def]
    """What is not wholly on screen: lanes, titles and markers (empty: all whole)."""
    bottom = view.viewport().height()
    offset = LANES_TOP - view.verticalScrollBar().value()
    cut = []
    for lane in view._layout().lanes:
        top, end = lane.top + offset, lane.top + lane.height + offset
        if top < LANES_TOP or end > bottom + 0.5:
            cut.append(f"lane {lane.category} {top}..{end}")
        for item in lane.items:
            rect = item.rect.translated(0, offset)
            if rect.top() < LANES_TOP or rect.bottom() > bottom + 0.5:
                cut.append(f"{item.event_id} {rect.top()}..{rect.bottom()}")
    return cut


def test_fit_all_at_650_by_349_shows_every_lane_s_rows_whole(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    assert abs(view.viewport().height() - 349) <= 1, view.viewport().size()
    layout = view._layout()
    assert len(layout.lanes) == 6 and not any(lane.dense for lane in layout.lanes)
    assert _whole(view) == []
    assert view.verticalScrollBar().maximum() == 0  # nothing below to scroll to
    assert view._compact_lanes
    assert all(lane.header == 0 for lane in layout.lanes)
    # every event of the default timeline is drawn (none folded into a "+N")
    shown = {item.event_id for lane in layout.lanes for item in lane.items}
    assert len(shown) == len(view._document.timeline.events)
    assert not any(lane.badges for lane in layout.lanes)


_AT_150 = """
import json, os, sys
from PySide6.QtWidgets import QApplication
from timeline_app.app import create_main_window
from timeline_app.ui.view_base import LANES_TOP
app = QApplication([])
window = create_main_window()
window.resize(895, 464)
window.show()
for _ in range(40):
    app.processEvents()
window.view.fit_all()
for _ in range(40):
    app.processEvents()
view = window.view
offset = LANES_TOP - view.verticalScrollBar().value()
print(json.dumps({
    "ratio": window.devicePixelRatioF(),
    "viewport": [view.viewport().width(), view.viewport().height()],
    "bottoms": [lane.top + lane.height + offset for lane in view._layout().lanes],
    "items": [item.rect.translated(0, offset).bottom()
              for lane in view._layout().lanes for item in lane.items],
}))
"""


def test_at_qt_scale_factor_1_5_every_lane_is_whole(tmp_path):  # type: ignore[no-untyped-def]
    """The same window under ``QT_SCALE_FACTOR=1.5`` (a process of its own: the
    factor is read when the application starts): 1343×696 device px."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen",
               TIMELINE_APP_SETTINGS=str(tmp_path / "settings.ini"))
    done = subprocess.run([sys.executable, "-c", _AT_150], env=env, capture_output=True,
                          text=True, timeout=300, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 1.5
    bottom = seen["viewport"][1]
    assert bottom < 365, seen
    assert max(seen["bottoms"]) <= bottom + 0.5, seen
    assert max(seen["items"]) <= bottom + 0.5, seen


def test_each_name_plate_sits_in_its_lane_s_first_row_clear_of_its_titles(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    offset = view._content_offset()
    width = view.viewport().width()
    for lane in view._layout().lanes:
        assert lane.plate_w > view._name_width(lane.category)
        assert 0 <= lane.name_x and lane.name_x + lane.plate_w <= width
        row_top, row_bottom = lane.top, lane.top + ROW_HEIGHT
        for item in lane.items:
            mid = item.label_rect.center().y()
            if not row_top <= mid < row_bottom:
                continue
            for rect in (item.marker, item.label_rect if not item.label_inside else None):
                if rect is None or rect.isEmpty():
                    continue
                assert (rect.right() <= lane.name_x
                        or rect.left() >= lane.name_x + lane.plate_w), (
                    lane.category, item.label, rect, lane.name_x, lane.plate_w)
        # the name's rect (clicks on the name: ``lane_name_clicked``) is on the plate
        name = view.lane_name_rect(lane.category)
        assert name.left() >= lane.name_x and name.right() <= lane.name_x + lane.plate_w + 1
        assert lane.top + offset <= name.top() and name.bottom() <= lane.top + offset + ROW_HEIGHT
        assert view._lane_header_at(name.center()) == lane.category


def test_a_click_on_an_event_in_the_compact_layout_selects_it(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    assert view._compact_lanes
    offset = view._content_offset()
    lanes = view._layout().lanes
    last = lanes[-1]  # the Anniversary lane: below the window before
    item = last.items[0]
    point = item.marker.center() + QPointF(0, offset)
    assert point.y() < view.viewport().height()
    hit = view._hit(point)
    assert isinstance(hit, _Item) and hit.event_id == item.event_id
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())
    _settle(qtbot)
    assert view._selection.event_id == item.event_id
    # A title in a lane's first row, right of a plate: its own event, not the lane's name
    meeting = next(lane for lane in lanes if len(lane.items) > 1)
    first = min(meeting.items, key=lambda it: it.marker.center().y())
    label = first.label_rect.center() + QPointF(0, offset)
    hit = view._hit(label)
    assert isinstance(hit, _Item) and hit.event_id == first.event_id
    assert view._lane_header_at(label) is None


def test_keys_step_through_the_events_in_the_compact_layout(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    view.setFocus()
    seen = []
    for _ in range(len(view._document.timeline.events)):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        _settle(qtbot, 50)
        seen.append(view._selection.event_id)
    assert len(set(seen)) == len(view._document.timeline.events)
    assert view._compact_lanes  # stepping keeps the layout (no scroll, no refit flip)
    offset = view._content_offset()
    item = view._layout().items_by_id[seen[-1]]
    rect = item.rect.translated(0, offset)
    assert LANES_TOP <= rect.top() and rect.bottom() <= view.viewport().height()


def test_off_screen_counts_sit_on_the_plate_and_take_clicks(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    meeting = next(lane for lane in view._layout().lanes if len(lane.items) > 1)
    # Zoomed into the Meeting lane's first event's month: its others are past the edge
    first = min(meeting.items, key=lambda it: it.marker.center().x())
    view.zoom_by(40.0, first.marker.center().x())
    _settle(qtbot, 300)
    assert view._compact_lanes  # (the lanes keep their rows at that zoom)
    lane = next(lane for lane in view._layout().lanes if lane.category == meeting.category)
    boxes = [rect for rect in lane.indicator_rects if not rect.isNull()]
    assert boxes, lane.hidden
    offset = view._content_offset()
    for rect in boxes:
        assert lane.name_x <= rect.left() and rect.right() <= lane.name_x + lane.plate_w
        assert lane.top <= rect.top() and rect.bottom() <= lane.top + ROW_HEIGHT
        hit = view._hit(rect.center() + QPointF(0, offset))
        assert isinstance(hit, _Indicator)


def test_a_view_tall_enough_goes_back_to_the_normal_layout(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, qtbot, 650, 349)
    assert view._compact_lanes
    view.resize(view.width(), view.height() + 200)
    _settle(qtbot, 300)
    view.fit_all()
    _settle(qtbot, 300)
    layout = view._layout()
    assert not view._compact_lanes
    assert all(lane.header == LANE_HEADER for lane in layout.lanes)
    assert _whole(view) == []
    # a height between: the compact layout exactly when the normal one does not fit
    for height in range(330, 470, 10):
        view.resize(view.width(), height)
        _settle(qtbot, 100)
        layout = view._layout()
        room = view.viewport().height() - LANES_TOP
        normal = layout.content_height + (LANE_HEADER * len(layout.lanes)
                                          if view._compact_lanes else 0)
        assert view._compact_lanes == (normal > room >= normal - LANE_HEADER * 6), height


def test_the_window_sizes_its_list_by_the_normal_layout(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """``laid_out_content_height`` (which the window gives the Events list its room
    by) is the normal layout's whatever the view shows: the list growing into the
    room the compact layout saves would take it back (the layout flipping)."""
    view = _view_at(shown_view, qtbot, 650, 349)
    assert view._compact_lanes
    layout = view._layout()
    assert view.laid_out_content_height() == layout.content_height + LANE_HEADER * 6
