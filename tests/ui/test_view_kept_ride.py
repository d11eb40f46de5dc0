"""Rightward scroll-bar pans with the layout kept between frames (issue 11, session 66,
scale76; ``ui/view_kept_ride.py``, off in the app: ``RIDE_KEPT_LAYOUT``).

The view at rest after such a pan is today's view at rest, pixel for pixel; the events a
pan brings in are placed (an item or a "+N"); a lane keeps its mode through the pan."""

from __future__ import annotations

import math

import pytest
from test_view_batched_paint import _mixed
from test_view_ride import FIRST, _frame, _on_screen

from timeline_app.ui.timeline_view import TimelineView

pytestmark = pytest.mark.usefixtures("world_packing")  # (conftest: views rest only when made to)


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.ui import view_kept_ride

    monkeypatch.setattr(view_kept_ride, "RIDE_KEPT_LAYOUT", True)


def _view(shown_view, days: int) -> TimelineView:  # type: ignore[no-untyped-def]
    view = shown_view(_mixed(4500), (1100, 600), fit=False)
    view.go_to_days(FIRST, FIRST + days)
    _frame(view)
    _frame(view)
    return view


def _rest(view: TimelineView) -> None:
    """The ride's rest (``view_ride._ride_end``) now, whatever the clock."""
    view._ride_moved_at = -math.inf
    view._ride_end()
    _frame(view)


@pytest.mark.parametrize("days", [120, 300])
def test_the_rest_after_a_kept_pan_is_todays_picture(
        qtbot, shown_view, monkeypatch, days):  # type: ignore[no-untyped-def]
    from timeline_app.ui import view_kept_ride

    monkeypatch.setattr(view_kept_ride, "RIDE_KEPT_LAYOUT", True)
    view = _view(shown_view, days)
    bar = view.horizontalScrollBar()
    values = [bar.value() + (pan + 1) * (bar.pageStep() // 8) for pan in range(8)]
    for value in values:
        bar.setValue(value)
        _frame(view)
        assert view._kept_ride is not None and view._kept_ride.view is not None
    _rest(view)
    assert view._kept_ride is None and not view._ride_on
    rested = _on_screen(view)

    monkeypatch.setattr(view_kept_ride, "RIDE_KEPT_LAYOUT", False)
    other = _view(shown_view, days)
    for value in values:
        other.horizontalScrollBar().setValue(value)
        _frame(other)
    assert not other._ride_on
    assert other._origin == view._origin  # (the scroll bar's own, not the ride's snap)
    assert (_on_screen(other) == rested).all()


def test_a_pans_entering_events_are_placed(qtbot, shown_view, kept):  # type: ignore[no-untyped-def]
    """Each event that starts in the strip a pan brings in, in a lane of rows, is an
    item or in a "+N" of the frame's layout."""
    view = _view(shown_view, 120)
    bar = view.horizontalScrollBar()
    step = bar.pageStep() // 8
    placed_items = 0
    for _ in range(6):
        right_before = view.visible_days()[1]
        bar.setValue(bar.value() + step)
        _frame(view)
        layout = view._layout()
        assert view._kept_ride is not None and layout is view._kept_ride.view[1]
        right_now = view.visible_days()[1] - 1
        for lane, geometry in zip(view._lanes, layout.lanes, strict=True):
            if geometry.dense:
                continue
            shown = {item.event_id for item in geometry.items}
            in_badges = {key for badge in geometry.badges for key in badge.keys}
            entering = [event for event, start, _end in lane.visible(right_before,
                                                                      right_now, 1 << 40)
                        if right_before <= start < right_now]
            for event in entering:
                assert event.id in shown or event.id in in_badges, event.id
            placed_items += sum(1 for event in entering if event.id in shown)
    assert placed_items > 10


def test_a_lane_keeps_its_mode_through_the_pan(qtbot, shown_view, kept, monkeypatch):  # type: ignore[no-untyped-def]
    """Rows stay rows and a density stays one until the view rests: no frame of the
    pan asks a lane's mode again (``_lane_on_screen``, where a lane crossing its band
    changed mode mid-pan and every lane below it jumped)."""
    view = _view(shown_view, 300)
    modes = [lane.dense for lane in view._layout().lanes]
    assert any(modes) and not all(modes)
    generation = view._frame_generation

    def asked(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a lane's mode asked mid-pan")

    monkeypatch.setattr(TimelineView, "_lane_on_screen", asked)
    bar = view.horizontalScrollBar()
    for _ in range(10):
        bar.setValue(bar.value() + bar.pageStep() // 8)
        _frame(view)
        assert [lane.dense for lane in view._layout().lanes] == modes
    assert view._frame_generation == generation


def test_a_leftward_step_ends_the_kept_layout(qtbot, shown_view, kept):  # type: ignore[no-untyped-def]
    view = _view(shown_view, 120)
    bar = view.horizontalScrollBar()
    step = bar.pageStep() // 8
    bar.setValue(bar.value() + step)
    _frame(view)
    assert view._kept_ride is not None
    bar.setValue(bar.value() - step)
    _frame(view)
    assert view._kept_ride is None and not view._ride_on
