"""A held pan that brings a crowded lane on screen changes that lane's mode (rows or
density) at the pan's zoom (``TimelineView._lane_on_screen``).  The step painted ahead of
such a pan notes the change instead of dropping its work, and the frame of that step
makes the change and copies the picture (``_flipped_ahead``); a frame that makes the
change itself lays the view out once, not twice (issue 11: 12-26 ms frames at 1 000 000
events, where every other step of the pan was a copy).

Whatever happens between the work ahead and the frame, the frame is a paint that
remembers nothing (``view_pictures.whole_paint``), at one and two device pixels a pixel."""

from __future__ import annotations

import datetime as _dt

import pytest
import view_pictures
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture
from test_view_sliced_ahead import _slice, _slices_to_the_end, _small_slices

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import LANES_TOP, TimelineView
from timeline_app.ui.view_settings import set_in_view

SIZE = (1100, 460)
PAN = 101.0
FIRST = _dt.date(1995, 2, 1).toordinal()
CROWD_DAY = FIRST + 160  # a day of 400 meetings, 40 days right of the first view's end


def _crowd(crowded: tuple[str, ...] = ("meeting",)) -> Timeline:
    """A few events in three lanes over a year, and 400 meetings on one day: the meetings'
    lane is rows until that day comes on screen, then a density (400 > 2 x 1100 / 8);
    as many visits that day too with ``crowded`` ("meeting", "visit")."""
    events = [Event(f"e{i}", f"Talks number {i} between the envoys",
                    FuzzyDate.of_day(_dt.date.fromordinal(FIRST + i * 3)),
                    category=("meeting", "visit", "treaty")[i % 3]) for i in range(120)]
    events += [Event(f"c{lane}{i}", f"Summit session {i}",
                     FuzzyDate.of_day(_dt.date.fromordinal(CROWD_DAY)), category=lane)
               for lane in crowded for i in range(400)]
    return Timeline.from_events(events)


def _count_layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every whole layout made (``_compute_layout``) from now on, counted; ``[1]``: those
    made inside work ahead (a job's slices lay out in steps, never whole)."""
    made = [0, 0]
    compute = TimelineView._compute_layout

    def counted(self: TimelineView) -> object:
        made[0] += 1
        made[1] += self._laying_out_ahead
        return compute(self)

    monkeypatch.setattr(TimelineView, "_compute_layout", counted)
    return made


def _meetings_dense(view: TimelineView) -> bool | None:
    zoom = (view._px_per_day, view._scale, max(1, view.viewport().width()))
    return view._lane_modes.get(zoom, {}).get("meeting")


def _to_the_step_before_the_change(view: TimelineView, mid_work: bool = False) -> None:
    """A year's view, then Shift+Right steps (each laid out ahead) until the step painted
    ahead is the one that brings the crowded day on screen; with ``mid_work``, stopped
    after that step's layout and one band of its picture."""
    view.go_to_days(FIRST, FIRST + 120)
    view.viewport().repaint()
    assert _meetings_dense(view) is False
    for _ in range(20):
        view._pan_pixels(PAN)
        view._expect_again()  # as a key does: its next step is laid out ahead
        view.viewport().repaint()
        if mid_work:
            for _ in range(500):
                _slice(view)
                job = view._paint_job
                if job is None:
                    break
                if getattr(job, "flip", None) is not None and job.layout is not None:
                    _slice(view)  # one band
                    assert view._paint_job is job and job.next_row > LANES_TOP
                    return
        else:
            _slices_to_the_end(view)
            if getattr(view, "_flip_ahead", None) is not None:  # (None: work dropped)
                return
        assert _meetings_dense(view) is False
    pytest.fail("no step ahead changed the lane's mode")


def _screen_is_fresh(view: TimelineView, what: str) -> None:
    grabbed = view.viewport().grab().toImage()
    fresh = view_pictures.whole_paint(view)
    assert grabbed == fresh.convertToFormat(grabbed.format()), what


@pytest.mark.parametrize(("ratio", "small", "crowded"), [
    (1.0, True, ("meeting",)), (2.0, True, ("meeting",)), (1.0, False, ("meeting",)),
    (1.0, True, ("meeting", "visit")), (2.0, False, ("meeting", "visit"))])
def test_the_step_that_changes_a_lanes_mode_copies_the_picture_painted_ahead(
        shown_view, monkeypatch, ratio, small, crowded):
    """(``small``: one part a slice; else the app's slices, where the layout and the
    bands that read it share a slice.  Two lanes crowded: two changes in one step.)"""
    if small:
        _small_slices(monkeypatch)
    view = shown_view(_crowd(crowded), SIZE)
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    QApplication.processEvents()
    made = _count_layouts(monkeypatch)
    _to_the_step_before_the_change(view)
    assert view._flip_ahead is not None and view._flip_ahead.flip is not None
    assert sorted(change[1] for change in view._flip_ahead.flip) == sorted(crowded)
    before_frame, made[0] = made[1], 0
    generation = view._frame_generation
    assert _meetings_dense(view) is False  # not changed by the work ahead
    view._pan_pixels(PAN)
    viewport.repaint()
    assert made[0] == 0  # the layout made ahead, not one in the frame
    assert before_frame == 0  # ... and made once ahead, in steps
    assert _meetings_dense(view) is True
    assert view._frame_generation == generation + len(crowded)
    key = view._frame_key()
    assert view._frame_cache is not None and view._frame_cache[0] == key  # a copy
    assert view._frame_cache[1] == _fresh_picture(view, ratio)
    if ratio == 1.0:
        _screen_is_fresh(view, "the step that changed the lane's mode")


def test_an_edit_before_the_step_leaves_the_work_ahead_unused(shown_view, monkeypatch):
    _small_slices(monkeypatch)
    view = shown_view(_crowd(), SIZE)
    QApplication.processEvents()
    _to_the_step_before_the_change(view)
    day = _dt.date.fromordinal(CROWD_DAY + 1)
    view._document.add_event(Event("late", "A late meeting of the envoys",
                                   FuzzyDate.of_day(day), category="visit"))
    job = view._flip_ahead
    assert job is not None and job.picture is not None
    view._pan_pixels(PAN)
    view.viewport().repaint()
    assert all(layout is not job.layout for layout in view._layouts.values())
    assert view._frame_cache is None or view._frame_cache[1] is not job.picture
    _screen_is_fresh(view, "the step after an edit")


def test_a_turn_keeps_the_mode_and_drops_nothing_shown(shown_view, monkeypatch):
    """The key let go before the step: the view goes back, the lane keeps its mode, and
    the step's layout is not kept under any key."""
    _small_slices(monkeypatch)
    view = shown_view(_crowd(), SIZE)
    QApplication.processEvents()
    _to_the_step_before_the_change(view)
    layouts = dict(view._layouts)
    generation = view._frame_generation
    view._pan_pixels(-PAN)
    view.viewport().repaint()
    assert _meetings_dense(view) is False
    assert view._frame_generation == generation
    assert all(layout is not view._flip_ahead.layout  # type: ignore[union-attr]
               for layout in view._layouts.values())
    assert set(layouts) <= set(view._layouts) | set(layouts)
    _screen_is_fresh(view, "the view after a turn")


def test_the_frame_of_the_step_mid_work_finishes_it(shown_view, monkeypatch):
    """The key comes while the step ahead is still painting its bands: the frame makes the
    lane's change, finishes the bands, and shows a fresh paint's pixels."""
    _small_slices(monkeypatch)
    view = shown_view(_crowd(), SIZE)
    QApplication.processEvents()
    _to_the_step_before_the_change(view, mid_work=True)
    made = _count_layouts(monkeypatch)
    view._pan_pixels(PAN)
    view.viewport().repaint()
    assert made[0] == 0
    assert _meetings_dense(view) is True
    assert view._frame_cache is not None and view._frame_cache[0] == view._frame_key()
    _screen_is_fresh(view, "the step finished by its frame")


def test_a_change_made_on_screen_lays_the_view_out_once(shown_view, monkeypatch):
    """Without work ahead (a jump), the frame whose layout changes a lane's mode lays the
    view out once: the layout is kept under the generation it made."""
    view = shown_view(_crowd(), SIZE)
    QApplication.processEvents()
    view.go_to_days(FIRST, FIRST + 120)
    view.viewport().repaint()
    assert _meetings_dense(view) is False
    made = _count_layouts(monkeypatch)
    view._set_origin(view._origin + (CROWD_DAY - FIRST - 60))
    view.viewport().repaint()
    assert _meetings_dense(view) is True
    assert made[0] == 1
    _screen_is_fresh(view, "the view that changed the lane's mode")


def test_a_view_beside_that_would_change_a_mode_is_dropped(shown_view, monkeypatch):
    """A view beside one that stays (``_prepare_sides``) never notes a change: the view
    on screen shares its zoom.  The views beside after it are still made."""
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)
    view = shown_view(_crowd(), SIZE)
    QApplication.processEvents()
    view.go_to_days(FIRST, FIRST + 120)
    view.viewport().repaint()
    # The crowded day 60 px right of the view: in the Shift+Right step beside it.
    view._set_origin(CROWD_DAY + 0.5 - (SIZE[0] + 60) / view._px_per_day)
    view.viewport().repaint()
    assert _meetings_dense(view) is False
    view_pictures.rest(view)  # (the rest's picture, then the views beside it)
    view._picture_timer.stop()
    view._make_picture_when_idle()
    for _ in range(500):
        if view._paint_job is None:
            break
        _slices_to_the_end(view)
    assert _meetings_dense(view) is False
    assert getattr(view, "_flip_ahead", None) is None
    assert len(view._side_pictures) == 1  # the step left: the one right was dropped
    assert all(key[0] == view._frame_generation for key in view._side_pictures)
