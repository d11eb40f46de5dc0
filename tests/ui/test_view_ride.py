"""Pans by the scroll bar, the wheel and the keys: the last picture moved (issue 11,
session 42, frames46; ``ui/view_ride.py``).

A pan's frame moves the last frame's lanes in the backing store and paints over them
only what changed.  These tests compare, after each pan, the window's backing store (what
the screen shows) with a fresh paint of the same view (``QWidget.grab``: the whole view
painted into a picture), pixel for pixel, and check that the frames were indeed moved
pictures; that the world's chunks pack the lanes from the pan's first frame (not
``pack_lane`` until the view rests); that the dense lanes' bars stand still on the world's
pixel line; and that the view at rest after a pan is the view at rest reached without
one (its edge rules back)."""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed

from timeline_app.ui.timeline_view import TimelineView

pytestmark = pytest.mark.usefixtures("world_packing")  # (conftest: views rest only when made to)


@pytest.fixture(autouse=True)
def _riding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ride on (``view_ride.RIDE_PANS``: off in the app for now, its module says why)."""
    from timeline_app.ui import view_ride

    monkeypatch.setattr(view_ride, "RIDE_PANS", True)

FIRST = _dt.date(1993, 1, 1).toordinal()


def _frame(view: TimelineView) -> None:
    """A frame of the view as it stands (its paint, then the events it posted)."""
    view.viewport().repaint()
    QApplication.processEvents()


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), dtype=np.uint32).reshape(
        image.height(), image.width()).copy()


def _on_screen(view: TimelineView) -> np.ndarray:
    """The viewport's pixels in the window's backing store (what the screen shows)."""
    viewport = view.viewport()
    at = viewport.mapTo(viewport.window(), QPoint(0, 0))
    device = viewport.backingStore().paintDevice()
    assert isinstance(device, QImage)
    return _pixels(device.copy(at.x(), at.y(), viewport.width(), viewport.height()))


def _fresh(view: TimelineView) -> np.ndarray:
    """The same view painted whole into a picture."""
    return _pixels(view.viewport().grab().toImage())


def _differing(view: TimelineView) -> int:
    return int((_on_screen(view) != _fresh(view)).sum())


@pytest.fixture
def moved_frames(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Per ``_ride_frame`` asked, whether it made the frame from the last one moved
    (``RIDE_MOVED_PICTURES`` on: off in the app until it pays, its module says)."""
    from timeline_app.ui import view_ride

    monkeypatch.setattr(view_ride, "RIDE_MOVED_PICTURES", True)
    made: list[bool] = []
    ride_frame = TimelineView._ride_frame

    def counted(self, painter, key):  # type: ignore[no-untyped-def]
        done = ride_frame(self, painter, key)
        made.append(done)
        return done

    monkeypatch.setattr(TimelineView, "_ride_frame", counted)
    return made


def _view_at(shown_view, days: int, size=(1100, 600), rested: bool = True) -> TimelineView:  # type: ignore[no-untyped-def]
    """A view of ``_mixed(4500)`` on ``days`` days from ``FIRST``, rested (its world
    chunks packed, as after a user's pause: a pan rides from its first frame) unless
    ``rested`` is False."""
    from view_pictures import rest

    view = shown_view(_mixed(4500), size, fit=False)
    view.go_to_days(FIRST, FIRST + days)
    _frame(view)
    _frame(view)
    if rested:
        rest(view)
        _frame(view)
    return view


@pytest.mark.parametrize("days", [120, 700])
def test_scroll_bar_pans_move_the_last_picture_and_equal_a_fresh_paint(
        qtbot, shown_view, moved_frames, days):  # type: ignore[no-untyped-def]
    """120 days: lanes of rows with "+N" badges, bars, circa and month dates; 700 days:
    the dense lane's bars too."""
    view = _view_at(shown_view, days)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    for pan in range(12):
        bar.setValue(bar.value() + (step if pan < 8 else -step))
        _frame(view)
        assert _differing(view) == 0, f"pan {pan}"
    assert sum(moved_frames) >= 8  # (the first pan's frame is whole: nothing to move)
    if days == 700:
        assert any(lane.dense for lane in view._layout().lanes)


def test_the_first_pan_packs_from_the_worlds_chunks(qtbot, shown_view, parts_packed):  # type: ignore[no-untyped-def]
    """No ``pack_lane`` during a pan once its chunks are packed: its rows were dealt
    again from the view's left edge at every pan until the view rested (69-83 % of the
    titles on screen changed row, text or place a pan, session 41).  A pan of a zoom
    whose chunks are not packed yet (no rest since the zoom) packs at most
    ``RIDE_PARTS_IN_FRAME`` chunk parts in its frame (session 43: frames46's first frame
    packed every lane's, 150-290 M instructions at 100 000 events): the lanes needing more
    are dealt by ``pack_lane`` and their chunks queued, packed between the pan's inputs;
    then its titles ride the world."""
    from timeline_app.ui.view_base import RIDE_PARTS_IN_FRAME

    view = _view_at(shown_view, 120, rested=False)
    assert view._world_at != view._world_here()  # (a new zoom: not packed from them)
    packed = parts_packed
    packed.clear()  # (those of the view's making: the pan's own from here)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + bar.pageStep() // 8)
    view.viewport().repaint()  # (the pan's frame alone: the slices after it below)
    assert view._world_at == view._world_here()
    assert view._layout().world_lanes
    assert len(packed) <= RIDE_PARTS_IN_FRAME  # (in the pan's frame)
    assert view._chunks_ahead  # (queued)
    view._chunk_timer.stop()
    view._input_at = float("-inf")
    while view._chunks_ahead:
        view._world_slice()
    assert packed
    bar.setValue(bar.value() + bar.pageStep() // 8)
    _frame(view)
    layout = view._layout()
    before = {item.event_id: item.label_rect.x() for item in layout.items_by_id.values()}
    was = view._ride_shift()
    bar.setValue(bar.value() + bar.pageStep() // 8)
    _frame(view)
    shift = view._ride_shift() - was  # (the origin on even world px: to 1 px the step)
    assert abs(shift - bar.pageStep() // 8) <= 1
    after = {item.event_id: item.label_rect.x() for item in view._layout().items_by_id.values()}
    kept = before.keys() & after.keys()
    assert len(kept) > 20
    assert all(after[key] == before[key] - shift for key in kept)  # titles ride the world


def test_dense_bars_stand_still_while_the_view_pans(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view_at(shown_view, 700)
    bar = view.horizontalScrollBar()
    step = 7  # (not a multiple of the bins' 6 px)
    seen: list[dict[int, float]] = []
    for _ in range(4):
        bar.setValue(bar.value() + step)
        _frame(view)
        lane = next(lane for lane in view._layout().lanes if lane.dense)
        shift = round(view._origin * view._px_per_day)
        assert ((lane.bar_x + shift) % 6 == 0).all()  # bins on the world's pixel line
        seen.append(dict(zip((lane.bar_x + shift).tolist(), lane.bar_h.tolist(),
                             strict=True)))
    for one, other in zip(seen, seen[1:], strict=False):
        both = one.keys() & other.keys()
        assert len(both) > 50
        assert all(one[x] == other[x] for x in both)  # the same height: a kept peak


def test_the_scroll_bars_steps_ride_too(qtbot, shown_view, moved_frames):  # type: ignore[no-untyped-def]
    """Its arrows and page steps (``triggerAction``), as its drag does (``setValue``)."""
    from PySide6.QtWidgets import QAbstractSlider

    view = _view_at(shown_view, 120)
    bar = view.horizontalScrollBar()
    for action in [QAbstractSlider.SliderAction.SliderSingleStepAdd] * 8 + [
            QAbstractSlider.SliderAction.SliderPageStepSub] + [
            QAbstractSlider.SliderAction.SliderSingleStepSub] * 4:
        bar.triggerAction(action)
        _frame(view)
        assert _differing(view) == 0
    assert view._ride_on
    assert sum(moved_frames) >= 6  # (a page step is a whole view: painted whole)


def test_the_rest_after_a_pan_is_the_rest_without_one(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """When the view rests the ride ends: the edge rules come back and the view is
    painted whole, as the same view rested without a pan (the chunks swapped in)."""
    view = _view_at(shown_view, 120)
    bar = view.horizontalScrollBar()
    for _ in range(5):
        bar.setValue(bar.value() + bar.pageStep() // 8)
        _frame(view)
    assert view._ride_on
    origin = view._origin
    view._world_rest_timer.setInterval(1)  # (the ride's rest: the world's)
    view._ride_timer.start(1)
    qtbot.waitUntil(lambda: not view._ride_on, timeout=10000)
    _frame(view)
    rested = _on_screen(view)
    assert (rested == _fresh(view)).all()

    other = shown_view(_mixed(4500), (1100, 600), fit=False)
    other.go_to_days(FIRST, FIRST + 120)
    _frame(other)
    other._set_origin(origin)
    _frame(other)
    other._world_rest_timer.setInterval(150)
    other._world_rest_timer.start()
    qtbot.waitUntil(lambda: other._world_at == other._world_here(), timeout=10000)
    qtbot.waitUntil(lambda: other._paint_job is None, timeout=10000)
    _frame(other)
    assert other._origin == origin
    assert not other._ride_on
    assert (_fresh(other) == rested).all()
