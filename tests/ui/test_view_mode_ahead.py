"""Work ahead never changes a lane's rows-or-density decision (merge of the ``idle`` and
``uifix2`` branches, session 5): a view painted ahead whose layout would flip decisions
at its zoom does not make them, so the view on screen cannot change mode at its next
repaint with no input; a frame of the moved view, if it comes, makes them (session 6:
the step ahead notes them for that frame, ``_PaintJob.flip``; a view beside drops its
work, see test_view_mode_flip_ahead.py)."""

from __future__ import annotations

from test_view_batched_paint import _mixed

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import _PaintJob


def test_a_job_ahead_that_would_flip_lanes_changes_nothing_on_screen(shown_view, monkeypatch):
    view = shown_view(_mixed(600), (1100, 460))
    view.viewport().repaint()
    modes_before = {zoom: dict(modes) for zoom, modes in view._lane_modes.items()}
    generation = view._frame_generation
    # At fit-all the 600 events make every lane a density strip.
    assert modes_before and all(all(modes.values()) for modes in modes_before.values())
    # Now every lane has no event on screen, wherever it is laid out: rows.
    monkeypatch.setattr(timeline_view._Lane, "visible", lambda lane, first, last, limit, *_wide: [])
    here = (view._origin, view._px_per_day)
    ahead = (view._origin + 50.0, view._px_per_day)
    view._layouts.clear()
    view._paint_job = job = _PaintJob(ahead, here, view._last_move)
    while view._paint_slice(job):
        pass
    assert view._paint_job is None
    # Noted for its frame, every lane's change; nothing kept under a key of today.
    assert view._flip_ahead is job and job.flip is not None
    assert len(job.flip) == len(modes_before[next(iter(modes_before))])
    assert all(layout is not job.layout for layout in view._layouts.values())
    assert view._frame_generation == generation
    assert {zoom: dict(modes) for zoom, modes in view._lane_modes.items()} == modes_before
    assert (view._origin, view._px_per_day) == here
    assert not view._laying_out_ahead
    # The view on screen itself, laid out again, does change its mode (the band is left).
    view._layouts.clear()
    view._layout()
    assert view._frame_generation > generation
