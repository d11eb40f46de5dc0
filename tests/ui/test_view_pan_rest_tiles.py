"""A press's stretch takes the tiles under the view from the view's picture at rest
(``PAN_REST_TILES``, issue 11, session 14): those tiles are not painted, and every frame
of the drag is still the pixels of a whole paint of the gesture's stretch
(``view_pictures.pan_whole_paint``), and the same frames as with every tile painted."""

from __future__ import annotations

import pytest
import view_pictures
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed
from test_view_drag_frames import FIRST, _empty_spot, _mouse

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import PAN_MODIFIERS
from timeline_app.ui.view_settings import set_in_view

SIZE = (1400, 560)
MOVES = (-4, -5, -3, -8, -2, -6, -7, -12, 9, -30, -41)


def _at_rest(qtbot, view: TimelineView, days: float) -> None:  # type: ignore[no-untyped-def]
    view.go_to_days(FIRST, FIRST + days)
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)


def _press_work(view: TimelineView) -> None:
    """The press's work while the app waits, until the tiles under the view are there."""
    for _ in range(200):
        pan = view._pan
        assert pan is not None
        if pan.layout is not None and pan.picture is not None and pan.rest is None:
            break
        view._pan_timer.stop()
        view._pan_work()


def _frames(qtbot, view: TimelineView, days: float,  # type: ignore[no-untyped-def]
            painted: list[int], ratio: float = 1.0) -> list[QImage]:
    """A drag's frames (``paintEvent``'s composition), each checked against a whole
    paint of the stretch; ``painted`` gets the tiles ``_paint_pan_tiles`` was asked for."""
    _at_rest(qtbot, view, days)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    _press_work(view)
    real = view._paint_pan_tiles
    checking = []

    def counted(tiles: list[int], *args: object, **kwargs: object) -> None:
        if not checking:  # (not the whole paint the frame is checked against)
            painted.extend(tiles)
        real(tiles, *args, **kwargs)  # type: ignore[arg-type]

    view._paint_pan_tiles = counted  # type: ignore[method-assign]
    frames = []
    x = press.x()
    for index, dx in enumerate(MOVES):
        x += dx
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, press.y()), Qt.MouseButton.LeftButton)
        pan = view._pan
        if pan is None or not pan.moved:
            continue  # (within the drag's threshold)
        frame = view_pictures.pan_frame(view, ratio)
        checking.append(True)
        whole = view_pictures.pan_whole_paint(view, ratio)
        checking.clear()
        assert frame == whole, (
            f"{days} days, move {index}: the frame is not a whole paint of the stretch")
        frames.append(frame)
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, press.y()), Qt.MouseButton.NoButton)
    QApplication.processEvents()
    return frames


@pytest.mark.parametrize(("days", "ratio"), [(200.0, 1.0), (120.0, 1.0), (30.0, 1.0),
                                             (200.0, 2.0)])
def test_tiles_copied_from_the_view_at_rest_are_the_tiles_a_paint_gives(
        qtbot, shown_view, monkeypatch, days, ratio):
    # 1 500 events a lane over 11 years: at 200 days rows with "+N" badges and a density,
    # at 120 days rows, at 30 days a few items with "◀ N" / "N ▶" beside the view.
    copied: list[int] = []
    real = TimelineView._copy_rest_tiles

    def counting(self: TimelineView, pan: timeline_view._Pan,
                 most_bytes: int | None = None) -> None:
        before = set(pan.painted)
        real(self, pan, most_bytes)
        copied.extend(set(pan.painted) - before)

    monkeypatch.setattr(TimelineView, "_copy_rest_tiles", counting)
    def made(ratio: float = ratio) -> TimelineView:
        view = shown_view(_mixed(4500), SIZE)
        if ratio != 1.0:  # the view reads the ratio from its viewport (offscreen: 1)
            monkeypatch.setattr(view.viewport(), "devicePixelRatioF", lambda: ratio)
        return view

    on_painted: list[int] = []
    on = _frames(qtbot, made(), days, on_painted, ratio)
    assert copied, "no tile was taken from the view's picture at rest"
    assert not set(copied) & set(on_painted), "a tile copied was painted again"
    set_in_view("PAN_REST_TILES", False, monkeypatch)
    off_painted: list[int] = []
    off = _frames(qtbot, made(), days, off_painted, ratio)
    assert len(on) == len(off) > 3
    assert on == off  # the same frames as with every tile painted
    assert set(copied) <= set(off_painted)  # (tiles the drag did show)


def test_no_rest_picture_is_kept_when_the_view_has_none(qtbot, shown_view):
    """A press before the view's picture at rest is made (a drag right after a pan or a
    zoom): every tile is painted, nothing is copied from an older picture."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(qtbot, view, 200.0)
    view.go_to_days(FIRST + 3, FIRST + 203.0)  # another view; its picture not made yet
    QApplication.processEvents()
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    assert view._pan is not None
    if view._frame_cache is None or view._frame_cache[0] != view._frame_key():
        assert view._pan.rest is None
    _mouse(view, QEvent.Type.MouseButtonRelease, press, Qt.MouseButton.NoButton)


def test_a_vertical_scroll_after_the_press_paints_the_tiles(qtbot, shown_view):
    """The picture at rest holds the rows at the press: after a vertical scroll its
    tiles are not copied (the stretch's tiles are of the rows now on screen)."""
    view = shown_view(_mixed(4500), (1400, 300))
    _at_rest(qtbot, view, 120.0)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    pan = view._pan
    assert pan is not None and pan.rest is not None
    bar.setValue(bar.value() + timeline_view.ROW_HEIGHT)
    view._pan_rows()
    view._copy_rest_tiles(pan)
    assert pan.rest is None and not pan.painted
    _mouse(view, QEvent.Type.MouseButtonRelease, press, Qt.MouseButton.NoButton)


def test_a_held_key_under_a_resting_pointer_does_not_make_a_dense_lane_s_bins(
        qtbot, shown_view):
    """A Shift+arrow pan under a pointer resting on a dense lane hovers what is under
    the pointer (an item, or nothing) without making the lane's bins for hit tests
    (``_hit``'s ``items_only``: 1-3 ms a step at 1 000 000 events); the hover is the one
    a full hit test gives."""
    from PySide6.QtGui import QKeyEvent

    view = shown_view(_mixed(4500), (1100, 560))
    _at_rest(qtbot, view, 365.0)
    dense = [lane for lane in view._layout().lanes if lane.dense]
    assert dense
    lane = dense[0]
    spot = QPointF(view.viewport().width() / 2,
                   lane.top + lane.height / 2 + view._content_offset())
    _mouse(view, QEvent.Type.MouseMove, spot, Qt.MouseButton.NoButton)
    for _ in range(3):
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right,
                                               PAN_MODIFIERS))
        layout = view._layout()
        assert all(geometry._bins is None for geometry in layout.lanes if geometry.dense)
        hit = view._hit(spot)
        assert view._hover_id == (hit.event_id if isinstance(hit, timeline_view._Item)
                                  else "")
