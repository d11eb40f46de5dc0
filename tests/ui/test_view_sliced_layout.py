"""The layout of a view made ahead is cut into steps (issue 11): ``_layout_steps`` yields
between lanes and every few labels, a job runs a few steps a slice, and
``_compute_layout`` runs the same steps to the end.  A layout made in pieces, with
changes between them, is the whole layout; a change of the view's key abandons it and
no partial layout is ever kept in ``_layouts``; the frames are ``whole_paint``'s pixels
at one and two device pixels a pixel."""

from __future__ import annotations

from typing import Any

import pytest
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import (
    CHANGES,
    PAN,
    SIZE,
    _screen_is_fresh,
    _slice,
    _slices_to_the_end,
    _steady_pan,
)

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView, _Layout
from timeline_app.ui.view_settings import set_in_view


def _digest(layout: _Layout) -> list[Any]:
    """Everything a layout holds that a paint or a hit test reads."""
    def rect(r: Any) -> tuple[float, ...]:
        return (r.x(), r.y(), r.width(), r.height())

    lanes: list[Any] = []
    for lane in layout.lanes:
        density = None if lane.density is None else [list(map(float, a)) for a in lane.density]
        lanes.append((
            lane.category, lane.top, lane.height, lane.dense,
            [(i.event_id, rect(i.marker), rect(i.label_rect), i.label) for i in lane.items],
            [(rect(b.rect), b.count, b.first_day, b.last_day) for b in lane.badges],
            lane.hidden, lane.nearest, [rect(r) for r in lane.indicator_rects], density))
    return [layout.content_height, sorted(layout.items_by_id), lanes]


def _one_step_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)
    set_in_view("BANDS_PER_PICTURE", 8, monkeypatch)
    set_in_view("LAYOUT_ITEMS_PER_STEP", 3, monkeypatch)


def _mid_layout(view: TimelineView, steps: int = 3) -> timeline_view._PaintJob:
    """The step ahead of a steady pan, its layout begun and ``steps`` slices in."""
    _steady_pan(view)
    for _ in range(steps):
        _slice(view)
    job = view._paint_job
    assert job is not None and job.layout_steps is not None, "the layout was done: no test"
    assert job.layout_key not in view._layouts
    return job


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_layout_made_in_slices_is_the_whole_layout(shown_view, monkeypatch, ratio):
    """Slice by slice, a selection between two of them: the layout kept is the one a
    single ``_compute_layout`` makes, and the picture is a fresh paint's."""
    _one_step_a_slice(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    if ratio != 1.0:
        monkeypatch.setattr(view.viewport(), "devicePixelRatioF", lambda: ratio)
    job = _mid_layout(view)
    CHANGES["selection"][0](view)
    slices = 3 + _slices_to_the_end(view)
    assert slices > len(view._lanes) + 2  # it did stop inside the layout
    pieces = view._layouts[job.layout_key]  # type: ignore[index]
    view._pan_pixels(PAN)
    assert view._layout_key() == job.layout_key
    assert _digest(pieces) == _digest(view._compute_layout())
    ahead = view._ahead_picture
    assert ahead is not None and ahead[0] == view._frame_key()
    assert ahead[1] == _fresh_picture(view, ratio)


@pytest.mark.parametrize("change", ["edit", "palette", "resize", "vertical scroll",
                                    "palette and back"])
def test_a_change_mid_layout_abandons_it_and_keeps_nothing_partial(shown_view, monkeypatch,
                                                                  change):
    """(At one device pixel a pixel only: at a ratio of 2 faked on the viewport, the
    straight frame after these changes was not compared in the time of this round.)"""
    _one_step_a_slice(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    job = _mid_layout(view)
    kept_before = dict(view._layouts)
    CHANGES[change][0](view)
    _slices_to_the_end(view)
    assert view._paint_job is not job  # dropped, with its layout under way
    # Nothing of the abandoned layout: every layout kept is a whole one of its key.
    assert job.layout_key not in view._layouts or view._layouts[job.layout_key] is \
        kept_before.get(job.layout_key)  # type: ignore[arg-type]
    view._pan_pixels(PAN)
    view.viewport().repaint()
    _screen_is_fresh(view, change)
    assert view._frame_cache is not None
    assert view._frame_cache[1] == _fresh_picture(view), change
    layout = view._layout()
    assert _digest(layout) == _digest(view._compute_layout())


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_frame_of_a_view_mid_layout_finishes_that_layout(shown_view, monkeypatch, ratio):
    """The input moves the view to the step whose layout is half made: its frame runs
    the rest of those steps (not a second layout), and is a fresh paint."""
    _one_step_a_slice(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    if ratio != 1.0:
        monkeypatch.setattr(view.viewport(), "devicePixelRatioF", lambda: ratio)
    job = _mid_layout(view)
    made = []
    original = view._layout_steps
    monkeypatch.setattr(view, "_layout_steps", lambda: made.append(1) or original())
    view._pan_pixels(PAN)
    view.viewport().repaint()
    assert view._paint_job is None and job.layout_steps is None
    assert view._layouts[job.layout_key] is view._layout()  # type: ignore[index]
    assert not made, "a second layout of the same view was begun"
    assert view._frame_cache is not None
    assert view._frame_cache[1] == _fresh_picture(view, ratio)


def test_a_mode_flip_found_mid_layout_drops_the_job(shown_view, monkeypatch):
    """A lane's rows-or-density decision that work ahead would change drops the job in
    whichever step finds it; no partial layout is kept."""
    _one_step_a_slice(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    job = _mid_layout(view, steps=1)

    def flip(*_args: Any) -> Any:
        raise timeline_view._ModeChangeAheadError

    monkeypatch.setattr(view, "_lane_on_screen", flip)
    _slices_to_the_end(view)
    assert view._paint_job is None
    assert job.layout_key not in view._layouts
