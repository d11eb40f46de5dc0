"""A wheel notch whose own picture, painted after its stretched frame, changes a lane's
rows-or-density decision at its zoom (``_lane_on_screen``: decided per zoom, kept
while the count stays in the hysteresis band): the picture is finished under the new
decision, so the next notch stretches it (issue 11, session 12: at 100 000 events and
2560x1440 the change dropped the notch's picture half made, every picture kept was of
the old decision, and the run's second notch was laid out and painted whole, 30 ms)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest
from test_view_batched_paint import _fresh_picture
from test_view_zoom_run_ahead import _count_whole_paints

from timeline_app.core.model import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view

SIZE = (900, 500)
ANCHOR_X = 450.0
#: A quiet decade of a few meetings, then a busy one of a meeting a day.
QUIET = _dt.date(1970, 1, 1).toordinal()
BUSY = _dt.date(1995, 1, 1).toordinal()  # (the gap linear: under half the span)


def _quiet_then_busy() -> Timeline:
    events = [Event(f"q{i}", f"Talks {i}", FuzzyDate.of_day(_dt.date.fromordinal(
        QUIET + 400 * i)), category="meeting") for i in range(10)]
    events += [Event(f"b{i}", f"Summit {i}", FuzzyDate.of_day(_dt.date.fromordinal(
        BUSY + i)), category="meeting") for i in range(3000)]
    return Timeline.from_events(events)


def _idle(view: TimelineView, slices: int = 400) -> None:
    """The app waits between two notches (a wheel spun at 10 notches a second): the work
    ahead runs slice by slice until none is left (timers do not fire meanwhile)."""
    for _ in range(slices):
        view._ahead_timer.stop()
        if view._paint_job is None and view._move_ahead is None and (
                view._preview_key is None or view._frame_key() != view._preview_key):
            return
        view._lay_out_ahead()


def _notch(view: TimelineView) -> None:
    """A wheel's notch in about ``ANCHOR_X``, painted (``wheelEvent``'s zoom)."""
    view._zoom_from_input = True
    view.zoom_by(1.25, ANCHOR_X)
    view.viewport().repaint()


def _over_the_busy_decade(view: TimelineView, qtbot: Any) -> tuple[float, int]:
    """The lane decided rows one notch in over the quiet decade, then the view over the
    busy one at the same zoom, its picture painted: (the zoom one notch in, the width)."""
    view.go_to_date(_dt.date.fromordinal(QUIET + 1800), 2000.0)
    view.viewport().repaint()
    zoom = view._px_per_day * 1.25
    view.zoom_by(1.25, ANCHOR_X)
    view.viewport().repaint()
    view.zoom_by(0.8, ANCHOR_X)
    view.viewport().repaint()
    width = view.viewport().width()
    assert view._lane_modes[(zoom, view._scale, width)]["meeting"] is False  # rows
    view._set_origin(BUSY + 500 - ANCHOR_X / view._px_per_day)
    view.viewport().repaint()
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    _idle(view)
    return zoom, width


def test_a_notch_whose_picture_changes_a_lane_s_mode_is_stretched_from_next(
        qtbot: Any, shown_view: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lane is rows at the notch's zoom (decided over the quiet decade), the notch
    comes over the busy one, where its own picture makes the lane a density: that
    picture is finished and the next notch stretches it, not painted whole (on the code
    before: the picture was dropped at the change and the next notch painted whole)."""
    view = shown_view(_quiet_then_busy(), SIZE, fit=False)
    zoom, width = _over_the_busy_decade(view, qtbot)
    counts = _count_whole_paints(view, monkeypatch)
    _notch(view)
    assert view._px_per_day == zoom
    assert view._preview_key is not None and counts["whole"] == 0  # stretched
    _idle(view)
    assert view.viewport().width() == width
    assert view._lane_modes[(zoom, view._scale, width)]["meeting"] is True  # changed
    assert view._frame_cache is not None and view._frame_cache[0] == view._frame_key()
    assert view._frame_cache[1] == _fresh_picture(view)  # the view's own, as painted anew
    counts["whole"] = 0
    _notch(view)
    assert counts["whole"] == 0


def test_a_notch_right_after_a_change_of_mode_stretches_a_picture_from_before_it(
        qtbot: Any, shown_view: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next notch comes as soon as the first one's layout has changed the lane's mode
    (its picture not painted yet: a loaded machine, a faster wheel): it stretches the
    picture from before the change, painting nothing (on the code before: no picture of
    the new generation to stretch, and the notch was painted whole, or, with the first
    notch's picture going on, the rest of that picture was painted in its frame)."""
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)  # a slice: one layout step or band
    view = shown_view(_quiet_then_busy(), SIZE, fit=False)
    zoom, width = _over_the_busy_decade(view, qtbot)
    painted = {"whole": 0, "bands": 0}
    paint = view._paint

    def counted(*args: Any, **kwargs: Any) -> None:
        painted["whole" if kwargs.get("strip") is None else "bands"] += 1
        paint(*args, **kwargs)

    monkeypatch.setattr(view, "_paint", counted)
    generation = view._frame_generation
    _notch(view)
    assert view._preview_key is not None and painted["whole"] == 0  # stretched
    for _ in range(50):  # the notch's own layout, a step a slice, until the change
        view._ahead_timer.stop()
        view._lay_out_ahead()
        if view._frame_generation != generation:
            break
    assert view._lane_modes[(zoom, view._scale, width)]["meeting"] is True  # changed
    job = view._paint_job
    assert job is not None and job.picture is None  # its picture not begun
    painted.update(whole=0, bands=0)
    _notch(view)
    assert view._preview_key == view._frame_key()  # stretched
    assert painted == {"whole": 0, "bands": 0}


def test_a_picture_from_before_an_edit_is_never_stretched(qtbot: Any,
                                                         shown_view: Any) -> None:
    """Pictures of a generation made by a lane's change of mode are stretched for each
    other, never across a change of what the view shows (an edit, a filter: the
    generation ``_repaint_all`` makes), before or after a change of mode."""
    view = shown_view(_quiet_then_busy(), SIZE, fit=False)
    _over_the_busy_decade(view, qtbot)
    key = view._frame_key()
    assert view._frame_cache is not None and view._frame_cache[0] == key
    next_notch = (*key[:7], key[7] * 1.25, *key[8:])  # type: ignore[operator]
    assert view._preview_source_for(next_notch) is not None
    view._lane_mode_changed()
    after = (view._frame_generation, *next_notch[1:])
    assert view._preview_source_for(after) is not None
    view._repaint_all()  # what the view shows changed
    edited = (view._frame_generation, *next_notch[1:])
    assert view._preview_source_for(edited) is None
    view._lane_mode_changed()
    assert view._preview_source_for((view._frame_generation, *next_notch[1:])) is None
