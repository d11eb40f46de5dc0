"""A held Shift+arrow's steps painted two ahead (issue 11, session 15, keys16:
``PAN_TWO_STEPS_AHEAD``): once the next step of a steady pan is painted while the app
waits, the step after it is painted too, and each of them becomes the frame picture
when the view comes to it.  Every frame of those steps must be a fresh paint's pixels,
at one and two device pixels a pixel; a key that comes while the step after the next is
half painted lets that work go on, and any other move drops it.  (These tests fail on
the code before keys16: it painted one step ahead, ``_further_picture`` did not exist.)"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import (
    PAN,
    SIZE,
    _screen_is_fresh,
    _slice,
    _slices_to_the_end,
    _small_slices,
    _steady_pan,
)

from timeline_app.ui.timeline_view import TimelineView


def _next_key(view: TimelineView, steps: int = 1) -> tuple[object, ...]:
    """The frame key of the view ``steps`` steps of ``PAN`` on (as ``_view_after``
    steps; the view is put back)."""
    here = view._origin
    try:
        for _ in range(steps):
            after = view._view_after(("pan", PAN))
            assert after is not None
            view._origin = after[0]
        return view._frame_key()
    finally:
        view._origin = here


def _step_copies(view: TimelineView, picture: QImage, ratio: float, what: str) -> None:
    """A step of ``PAN``: its frame copies ``picture`` (painted ahead), whose pixels are
    those of a paint that remembers nothing."""
    view._pan_pixels(PAN)
    view.viewport().repaint()
    assert view._frame_cache is not None and view._frame_cache[0] == view._frame_key()
    assert view._frame_cache[1] is picture, what
    assert view._frame_cache[1] == _fresh_picture(view, ratio), what
    if ratio == 1.0:
        _screen_is_fresh(view, what)


def _shown(shown_view, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
           ratio: float) -> TimelineView:
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    if ratio != 1.0:
        monkeypatch.setattr(view.viewport(), "devicePixelRatioF", lambda: ratio)
    _steady_pan(view)
    return view


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_steady_pan_paints_two_steps_ahead_and_each_frame_copies_one(shown_view, monkeypatch,
                                                                      ratio):
    view = _shown(shown_view, monkeypatch, ratio)
    _slices_to_the_end(view)  # the next step, then the one after it
    assert view._ahead_picture is not None and view._ahead_picture[0] == _next_key(view)
    assert view._further_picture is not None
    assert view._further_picture[0] == _next_key(view, 2)
    further = view._further_picture[1]
    _step_copies(view, view._ahead_picture[1], ratio, "the next step")
    # The step after it is now the picture ahead, and the one after that is painted.
    assert view._ahead_picture is not None and view._ahead_picture[1] is further
    assert view._further_picture is None
    _step_copies(view, further, ratio, "the step after the next")
    _slices_to_the_end(view)
    assert view._ahead_picture is not None and view._ahead_picture[0] == _next_key(view)
    assert view._further_picture is not None
    assert view._further_picture[0] == _next_key(view, 2)
    _step_copies(view, view._ahead_picture[1], ratio, "a third step")


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_key_while_the_step_after_the_next_is_half_painted_lets_it_go_on(
        shown_view, monkeypatch, ratio):
    view = _shown(shown_view, monkeypatch, ratio)
    _slice(view)
    while view._further_job is None:  # the next step, to its end
        assert view._paint_job is not None
        _slice(view)
    job = view._further_job
    _slice(view)
    _slice(view)
    assert view._paint_job is job and view._further_picture is None
    assert view._ahead_picture is not None
    _step_copies(view, view._ahead_picture[1], ratio, "the next step")
    _slice(view)
    assert view._paint_job is job, "the step after it went on as the next step's job"
    assert view._further_job is None
    _slices_to_the_end(view)
    assert view._ahead_picture is not None and view._ahead_picture[0] == _next_key(view)
    _step_copies(view, view._ahead_picture[1], ratio, "the step finished after the key")


def test_a_turn_drops_the_step_after_the_next(shown_view, monkeypatch):
    view = _shown(shown_view, monkeypatch, 1.0)
    _slice(view)
    while view._further_job is None:
        _slice(view)
    _slice(view)
    view._pan_pixels(-53.0)  # another move: a turn by another amount
    view.viewport().repaint()
    _slice(view)
    assert view._further_job is None or view._paint_job is not view._further_job
    assert view._further_picture is None
    _screen_is_fresh(view, "a turn")
    _slices_to_the_end(view)
    view._pan_pixels(-53.0)
    view.viewport().repaint()
    _screen_is_fresh(view, "the step after the turn")


def test_the_pictures_painted_ahead_go_when_the_moves_stop(shown_view, monkeypatch):
    view = _shown(shown_view, monkeypatch, 1.0)
    _slices_to_the_end(view)
    assert view._further_picture is not None
    view._drop_picture_ahead()
    assert view._ahead_picture is None and view._further_picture is None


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_steps_painted_two_ahead_through_a_lanes_change_of_mode_are_fresh_paints(
        shown_view, monkeypatch, ratio):
    """A held pan brings a crowded day on screen: a lane becomes a density at the step
    that shows it (``_lane_on_screen``), found by work two steps ahead or one; each
    step's frame is a paint that remembers nothing."""
    from test_view_mode_flip_ahead import FIRST as CROWD_FIRST
    from test_view_mode_flip_ahead import PAN as CROWD_PAN
    from test_view_mode_flip_ahead import _crowd, _meetings_dense

    _small_slices(monkeypatch)
    view = shown_view(_crowd(), SIZE)
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    view.go_to_days(CROWD_FIRST, CROWD_FIRST + 120)
    viewport.repaint()
    assert _meetings_dense(view) is False
    dense = []
    for step in range(20):
        view._pan_pixels(CROWD_PAN)
        view._expect_again()  # as a key does: its next step is laid out ahead
        viewport.repaint()
        assert view._frame_cache is None or view._frame_cache[0] != view._frame_key() or (
            view._frame_cache[1] == _fresh_picture(view, ratio)), step
        if ratio == 1.0:
            _screen_is_fresh(view, f"step {step}")
        dense.append(_meetings_dense(view))
        _slices_to_the_end(view)
    assert True in dense, dense  # (the crowded day came on screen)
