"""The frame picture, pictures painted ahead and in slices, zoom previews.

A mixin of ``timeline_view.TimelineView``: its methods, moved as they were by
``tools/split_view.py``.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QRegion
from PySide6.QtWidgets import QToolTip

from timeline_app.core import Event
from timeline_app.core.plans import is_plan_title
from timeline_app.ui.layout import SPAN_LABEL_PAD, LaneItem, _place
from timeline_app.ui.scale import event_days, point_day
from timeline_app.ui.view_base import (
    _PAINTED_ROLES,
    AHEAD_BAND_PIXELS,
    AXIS_HEIGHT,
    BADGE_US,
    BAND_CONTENT_US,
    BANDS_PER_PICTURE,
    DASHED_US_PER_PX,
    DENSE_LANE_US,
    IDLE_SLICE_MS,
    ITEM_US,
    LANE_HEADER,
    LANES_TOP,
    MAX_LABEL_PX,
    MIN_BAND_ROWS,
    MIN_LABEL_PX,
    PAN_FIRST_BAND_ROWS,
    PREVIEW_AHEAD_MAX,
    PREVIEW_FIRST_SPAN,
    PREVIEW_MAX_STRETCH,
    ROW_HEIGHT,
    SIDE_PICTURES,
    SIDE_PICTURES_BYTES,
    WHEEL_NOTCH,
    _Aggregate,
    _Item,
    _LaneGeometry,
    _Layout,
    _ModeChangeAheadError,
    _PaintJob,
    _shifted_layout,
    lane_keys,
)

if TYPE_CHECKING:  # only annotations: importing them costs start-up time (lazy Qt types)
    from collections.abc import Sequence

    from PySide6.QtGui import QImage, QPaintEvent

    from timeline_app.ui.kept_rows import KeptRows

#: An event drawn out of its "+N" badge (``_lifted_item``) keeps its title and plate this
#: many px off the lane's other badges (its plate reaches 4 px past the title).
LIFTED_GAP = 8.0


class PicturesMixin:
    """The frame picture, pictures painted ahead and in slices, zoom previews."""

    def _expect_again(self) -> None:
        """The move just made came from a key or a wheel's notch, which usually come in
        runs (a key held, a wheel spun): its next step is painted ahead from the first
        one (a touchpad's pans differ from event to event: they wait for a repeat)."""
        if self._last_move is not None:
            self._move_ahead = self._last_move[0]

    def _view_after(self, move: tuple[object, ...]) -> tuple[float, float] | None:
        """(origin, pixels per day) that ``move`` would give from here, as
        ``_pan_pixels`` and ``zoom_by`` compute them; None: not known without making it
        (a zoom on a scale with breaks may open one)."""
        origin, ppd = self._origin, self._px_per_day
        if move[0] == "pan":
            return self._clamped_origin(origin + move[1] / ppd), ppd  # type: ignore[operator]
        if not self._scale.is_linear:
            return None
        factor, anchor_x = move[1], move[2]
        anchor_u = origin + anchor_x / ppd  # type: ignore[operator]
        lo, hi = self._scale_bounds()
        new_ppd = min(hi, max(lo, ppd * factor))  # type: ignore[operator]
        self._px_per_day = new_ppd  # _origin_bounds reads it (the view's length)
        try:
            return self._clamped_origin(anchor_u - anchor_x / new_ppd), new_ppd  # type: ignore[operator]
        finally:
            self._px_per_day = ppd

    def _lay_out_ahead(self) -> None:
        """After a steady pan's or zoom's frame, and then once per slice: the view one
        more step on, laid out and painted into a picture while the app waits for the
        next event, as that step's frame would lay it out and paint it.

        A layout is kept by ``_layout_key`` and the picture by ``_frame_key``, and each
        is a function of its key (what else they are made from bumps
        ``_frame_generation``), so the next frame finds exactly the layout it would have
        made and copies the very pixels it would have painted (``paintEvent``: a picture
        with the view's key is copied); a guess that does not come true costs a layout
        and a paint, off any frame.  The work is cut into slices (``_paint_slice``), each
        from this 0 ms timer, so that an input waits for one slice, not for a whole
        paint; the input that moves the view abandons the rest, or, when it moves the
        view to the step being painted, its frame finishes it (``paintEvent``)."""
        if self._work_ahead_held:
            self._paint_job, self._move_ahead = None, None
            return
        if self._pan is not None:
            # A press held (a drag may follow): the pan's tiles under the view come
            # first (``_pan_work``); the job goes on after the release (``_end_pan``),
            # or goes when the drag lets go of the side pictures.
            return
        if (self._origin, self._px_per_day) != self._shown_view:
            # The view moved since its last frame: that frame comes first (its
            # ``paintEvent`` starts this timer again), then the step after it.
            job = self._paint_job
            if job is not None and job.view != (self._origin, self._px_per_day):
                self._paint_job = None  # (a job of the view it moved to: the frame's)
            return
        paced, self._notch_at_slice = self._notches != self._notch_at_slice, self._notches
        self._run_paced = paced
        if not paced:
            self._preview_span = 0  # the run paused: pictures keep up with it
            self._notch_of_run = False  # (a notch now begins another, or is a lone one)
        job = self._paint_job
        if job is not None and job.ahead and job is self._preview_job and (
                not paced or not self._same_run(job)):
            # A picture ahead of a run that paused or turned: the view on screen's own
            # picture instead (the run may never come to it).
            self._paint_job = self._preview_job = None
        job = self._paint_job
        if paced and job is not None and job is self._preview_job:
            # (at least: the count is made when it is done)
            self._preview_span = max(self._preview_span, self._notches - job.begun)
        going_on = job is not None and job is self._preview_job and job.ahead > 0
        if self._preview_key is not None:
            # A stretched picture on screen: the view's own picture first (or, back to
            # back, one ahead of it: ``_preview_job_for``), then the step after it
            # (``_move_ahead`` waits).
            if self._paint_job is None and self._frame_key() == self._preview_key:
                self._paint_job = self._preview_job = self._preview_job_for()
        elif going_on:
            pass  # a picture ahead of a run goes on; the step after the view waits
        elif (self._move_ahead is not None and self._move_ahead[0] == "zoom"
              and self._run_paced and self._preview_span > 1
              and (job := self._preview_job_for()).ahead):
            # Back to back, past a picture painted ahead: the next such picture, not
            # the next step's (done many notches too late to be shown).
            self._move_ahead = None
            self._paint_job = self._preview_job = job
        elif self._move_ahead is not None:
            move, self._move_ahead = self._move_ahead, None
            self._paint_job = None  # a new step to guess: whatever was under way goes
            here = (self._origin, self._px_per_day)
            if (self._last_move != (move, *here) or not self.isVisible()
                    or self.drag_preview() is not None or self._band is not None):
                return  # the view moved otherwise since, or a drag paints every frame itself
            ahead = self._view_after(move)
            if ahead is None or ahead == here:
                return  # at the end of the data or of the zoom: the next step changes nothing
            self._paint_job = _PaintJob(ahead, here, self._last_move)
            self._paint_job.begun = self._notches
        job = self._paint_job
        if job is None:
            return
        if self._paint_slice(job):
            self._ahead_timer.start()  # the next slice, after the events that came meanwhile

    def _same_run(self, job: _PaintJob) -> bool:
        """The last move zooms the way the move ``job`` was begun after did (a zoom run
        going on).  Its anchor may differ (a wheel under a pointer that moves): the
        picture is then of a view near the run's, still a picture to stretch."""
        last, began = self._last_move, job.last_move
        return (last is not None and isinstance(began, tuple) and bool(began)
                and last[0][:2] == began[0][:2])

    def _preview_job_for(self, first: bool = False) -> _PaintJob:
        """The job that paints the picture of a view shown stretched (``_zoom_preview``).

        The view on screen's, unless notches come back to back (a notch between the
        last two slices of work ahead, ``_run_paced``): then the view the run will
        reach in as many notches as the last such picture took to paint
        (``_preview_span``, at most ``PREVIEW_AHEAD_MAX``), so that the run meets a
        finished picture there (its frame copies it) and the notches before it
        stretch a picture that many notches old at most, not one that fell further
        behind at every picture (issue 11, session 10).  A pause or a turn drops it
        (``_lay_out_ahead``).

        ``first``: the first stretched notch of a wheel's or a key's run (no run
        paced yet, ``_move_ahead`` expecting the same move again): its picture is of
        the view ``PREVIEW_FIRST_SPAN`` would reach, as if the last picture had taken
        that many notches.  A notch alone loses one slice to it: its first slice
        still has a notch before it, the second has none and drops it for the view
        on screen's (``_lay_out_ahead``).
        """
        here = (self._origin, self._px_per_day)
        job = _PaintJob(here, here, self._last_move)
        job.begun = self._notches
        last = self._last_move
        span = self._preview_span if self._run_paced else 0
        if first and not self._run_paced and self._move_ahead is not None and (
                self._move_ahead[0] == "zoom"):
            span = PREVIEW_FIRST_SPAN
        # Done ``span`` notches after it begins, shown from the notch after that; a
        # quarter more, so that the notches just before it stretch it (not one twice
        # as far behind).
        # (A picture done by the notch after the one it began at is stretched 1.25
        # times at most, as it is: ahead of the run, every other frame was a copy of
        # one, ~1 ms more than a stretch, with the next picture's first slice after it.)
        steps = min(PREVIEW_AHEAD_MAX, span + 1 + span // 4) if span > 1 else 0
        if steps <= 0 or last is None or last[1:] != here or last[0][0] != "zoom":
            return job
        view = here
        try:
            for _ in range(steps):
                after = self._view_after(last[0])
                if after is None or after == view:
                    break  # the end of the zoom range
                view = self._origin, self._px_per_day = after
                job.ahead += 1
        finally:
            self._origin, self._px_per_day = here
        job.view = view
        return job

    def _job_still_wanted(self, job: _PaintJob) -> bool:
        """Nothing moved the view since ``job`` began, and it may still be painted.  A
        view shown stretched (``_zoom_preview``) is painted even when a notch moved on
        from it: its picture is the next notch's to stretch."""
        if job is self._preview_job:
            return self.isVisible() and self.drag_preview() is None and self._band is None
        return ((self._origin, self._px_per_day) == job.here
                and self._last_move is job.last_move and self.isVisible()
                and self.drag_preview() is None and self._band is None)

    def _paint_slice(self, job: _PaintJob, to_the_end: bool = False) -> bool:
        """One slice of ``job`` (all that is left with ``to_the_end``): about
        ``IDLE_SLICE_MS`` of the GUI thread's time of its parts, in order: the layout
        (one piece), bands of the lanes' rows (as tall as what the rows cost when last
        painted ahead allows, ``_budget_bottom``), and, last, what lies above the lanes
        (judged by its own last cost).  Each slice paints with the view set
        to the job's; the view's key must be the one read at the first slice, else the
        job is abandoned (an edit, a palette, a resize, a vertical scroll since): every
        pixel of the picture is painted from the state its key names.  The finished
        picture becomes the frame picture if it shows the view on screen, else the
        picture painted ahead (``_adopt_picture_ahead``).

        Returns:
            True when slices remain; False when the job ended (done or abandoned).
        """
        if job is not self._paint_job:
            return False
        here = (self._origin, self._px_per_day)
        if not to_the_end and not self._job_still_wanted(job):
            self._paint_job = None
            return False
        # The thread's CPU time, not the wall clock: on a loaded machine the wall clock
        # would cut the work into more slices, each paying a band's fixed cost again.
        if job.headers is not None and job.view == here:
            # (a step ahead painted with the other headers, come on screen without its
            # frame changing them: not the view's picture; the view's own is made)
            self._paint_job = None
            return False
        began = time.thread_time()
        self._origin, self._px_per_day = job.view  # read by the layout and _paint only
        self._laying_out_ahead = job.view != here  # (a frame of that view: on screen)
        self._may_flip_ahead = not job.side and job.reveal is None
        self._ahead_flip = job.flip
        compact_here = self._compact_lanes
        other_headers = job.headers is not None
        if other_headers:
            self._compact_lanes = bool(job.headers)
        try:
            key = self._job_frame_key(job)
            if job.key is None:  # the first slice: the layout begins (unless kept)
                job.key = key
                job.layout_key = self._layout_key()
                kept = self._layouts.get(job.layout_key)
                if kept is None:
                    job.layout_steps = self._layout_steps()
                elif self._decide_headers_ahead(job, kept):  # (its headers chosen too)
                    other_headers = True
                    if job.layout_steps is None:
                        job.layout = self._layouts[job.layout_key]  # type: ignore[index]
            elif key != job.key:
                self._paint_job = None  # (and its layout under way with it)
                return False
            done_some = False
            steps = job.layout_steps
            while steps is not None:  # the layout, a few steps at a time
                spent = (time.thread_time() - began) * 1000
                if (done_some and not to_the_end
                        and spent + self._step_ms > IDLE_SLICE_MS):
                    return True  # the next step, if like the last, would go over
                step_began = time.thread_time()
                generation = self._frame_generation
                try:
                    next(steps)
                except StopIteration as finished:
                    job.layout_steps = steps = None
                    self._rekey_after_mode_change(job, generation)
                    if self._ahead_flip is None:
                        self._keep_layout(job.layout_key, finished.value)  # type: ignore[arg-type]
                        if job.headers is not None:  # (kept with it too: ``_headers_came``)
                            job.layout = finished.value  # type: ignore[assignment]
                        elif self._decide_headers_ahead(job, finished.value):  # type: ignore[arg-type]
                            other_headers = True
                            steps = job.layout_steps  # (None: that layout is kept)
                            if steps is None:
                                job.layout = self._layouts[job.layout_key]  # type: ignore[index]
                    elif other_headers:  # (both changes ahead: its frame's work)
                        self._paint_job = None
                        return False
                    else:  # not before its frame makes the change (``_flipped_ahead``)
                        job.layout, job.flip = finished.value, self._ahead_flip
                else:
                    self._rekey_after_mode_change(job, generation)
                if not to_the_end:
                    self._step_ms = (time.thread_time() - step_began) * 1000
                done_some = True
            while job.next_row >= 0:
                spent = (time.thread_time() - began) * 1000
                top = job.next_row
                band = top < self.viewport().height()
                if (done_some and not to_the_end and spent + (
                        self._part_ms if band else self._above_ms) > IDLE_SLICE_MS):
                    return True  # the next part would make this slice too long
                part_began = time.thread_time()
                # (a budget of 0, one part a slice, cuts bands by content alone)
                self._band_left_ms = (IDLE_SLICE_MS - spent
                                      if IDLE_SLICE_MS > 0 and not to_the_end else None)
                generation = self._frame_generation
                self._paint_part(job, to_the_end)
                self._go_on_after_headers_changed(job, generation, top)
                if band and not to_the_end:
                    # (a band's cost: the part above the lanes, 1-2 ms, would make the
                    # next job's first band look cheap and run it after its layout)
                    self._part_ms = (time.thread_time() - part_began) * 1000
                    self._note_band_cost(top, job.next_row, self._part_ms)
                elif not to_the_end:
                    self._above_ms = (time.thread_time() - part_began) * 1000
                done_some = True
        except _ModeChangeAheadError:
            self._paint_job = None  # the frame of that view, if it comes, decides
        finally:
            self._band_left_ms = None
            self._origin, self._px_per_day = here
            self._laying_out_ahead = False
            job.flip, self._ahead_flip = self._ahead_flip, None
            if other_headers:
                self._compact_lanes = compact_here
        if self._paint_job is None:  # dropped by a change of mode
            if job.side:
                self._next_side_job()  # (the other views beside were left unmade)
            return False
        self._paint_job = None
        picture = (job.key, job.picture)
        if job.reveal is not None:  # a view a key of the Events list would reveal
            # (with the headers it was painted with: ``_reveal_paint_slice`` set them)
            self._reveal_pictures[job.key] = (job.picture, self._compact_lanes)  # type: ignore[index]
            return False
        if job.flip is not None:  # shown only once its frame makes the lane's change
            self._flip_ahead = job
            self._ahead_drop_timer.start()
            return False
        if job.side:
            if job.key == self._fit_key:
                self._fit_picture = picture
            else:
                self._side_pictures[job.key] = job.picture
            self._next_side_job()
            return False
        preview = job is self._preview_job
        if preview:
            self._preview_job = None
            self._preview_span = self._notches - job.begun
        if job.headers is not None:
            # Painted with the headers its view's frame will choose: never shown as a
            # view's own picture until that frame changes them (``_headers_came``); a
            # zoom run's picture is the next notches' to stretch meanwhile, as one
            # painted before a change of the headers is (its key marked: stretched only).
            self._headers_ahead = job
            self._ahead_drop_timer.start()
            if preview:
                if self._preview_source is not None:
                    self._spare_canvas = self._preview_source[1]
                self._preview_source, job.picture = (job.key, job.picture), None
                self._ahead_timer.start()  # the picture of the view on screen next
            return False
        if job.view == here and job.key == self._frame_key():  # the view on screen
            if job.settles:
                # The pan's last frame on screen: this picture instead, a copy.  No
                # previous view's picture (a turn's) is kept: the one there is the
                # canvas of the views beside, painted next.  Kept, the view before the
                # drag's was a fifth view's bytes beside them: the peak after a drag at
                # 100 000 events and 2560x1440 was 300-302 MiB, 285 at rest (issue 11,
                # session 12).
                before, self._frame_cache = self._frame_cache, picture
                before = before or self._previous_picture
                self._previous_picture = None
                self._spare_canvas = None if before is None else before[1]
                self._ahead_drop_timer.start()
                self._update_scrollbars()
                self.viewport().update()
            else:
                self._replace_frame_picture(picture)
            if self._preview_key is not None:
                self.viewport().update()  # its own picture instead of the stretched one
            elif job.here == job.view:  # the picture of a view that stayed: its sides
                self._prepare_sides()
        elif preview:  # a view shown stretched, which a notch left since
            if self._preview_source is not None:
                self._spare_canvas = self._preview_source[1]
            self._preview_source = picture
            self._ahead_timer.start()  # the picture of the view on screen next
        else:
            if self._ahead_picture is not None:
                self._spare_canvas = self._ahead_picture[1]
            self._ahead_picture = picture
        self._ahead_drop_timer.start()
        return False

    def _go_on_after_headers_changed(self, job: _PaintJob, generation: int,
                                     top: int) -> None:
        """A part of ``job``'s picture (painted from ``top``, viewport px) laid the view
        on screen out with or without the lanes' header rows the other way
        (``_lane_headers_changed`` bumped ``_frame_generation`` from ``generation``): the
        job goes on under the new generation's keys (``_rekey_after_mode_change``),
        painted again from the lanes' top when bands above were painted under the other
        headers.  Dropped instead, as a change of the key drops a job, the picture of the
        rest's swap (``_world_swap``, a settling job) never came, and with it the scroll
        bars' update that keeps the selected row on screen (``_keep_shown_in_view``): at
        the 11th "+" the rest laid the lanes out with their headers again and the row a
        keyboard zoom had kept went 416-430 px down in a 320 px lanes area
        (``test_zoom_keeps_selected_row``; view83's fix of verify86 F1)."""
        if (self._frame_generation == generation or job.side or self._laying_out_ahead
                or self._headers_changed_in != self._frame_generation):
            return
        self._rekey_after_mode_change(job, generation)
        if job.layout_key is not None:
            job.layout_key = self._layout_key()
        if top > LANES_TOP:
            job.next_row = LANES_TOP  # (bands above painted with the other headers)

    def _rekey_after_mode_change(self, job: _PaintJob, generation: int) -> None:
        """A step of ``job``'s layout changed a lane's rows-or-density decision at its
        zoom (``_lane_on_screen`` bumped ``_frame_generation`` from ``generation``): the
        job goes on under the keys of the new generation, as ``_layout`` keeps a frame's
        layout under the key read after it.  Only the layout of the view on screen makes
        such a change (work ahead notes it or is dropped); the steps before it were laid
        out under decisions that still hold, and the bands are painted after it.  That
        view is then one shown stretched (``_zoom_preview``), and the picture keeps its
        key: dropped at the change, the next notch found no picture of the new generation
        to stretch and was laid out and painted whole (issue 11, session 12: the second
        notch of bench_view's Ctrl+wheel run at 100 000 events, 2560x1440, 30 ms)."""
        if self._frame_generation == generation or job.key is None:
            return
        old = job.key
        job.key = (self._frame_generation, *old[1:])
        if job.layout_key is not None:
            job.layout_key = (self._frame_generation, *job.layout_key[1:])
        if self._preview_key == old:
            self._preview_key = job.key

    def _job_frame_key(self, job: _PaintJob) -> tuple[object, ...]:
        """``_frame_key`` of the view set to ``job``'s, its generation marked
        ``("headers", generation, headers)`` when the job is painted with the other
        lanes' headers than the view on screen has (``_PaintJob.headers``): no frame's
        key equals it, so its picture is neither copied nor stretched for a view under
        the headers it was not painted with, until ``_headers_came`` gives it the key of
        the generation that changes them."""
        key = self._frame_key()
        if job.headers is None:
            return key
        return (("headers", key[0], job.headers), *key[1:])

    def _decide_headers_ahead(self, job: _PaintJob, layout: _Layout) -> bool:
        """``job``'s layout of a step ahead (``layout``, finished, the view set to the
        job's) chooses the lanes' headers as its frame's ``_layout`` will
        (``_compact_wanted``); where that is the other choice than the view's, the job
        goes on with it: laid out again with those headers (``job.layout_steps``; the
        first layout stays kept, the frame reads it before it changes them) and painted
        with them, its key marked (``_job_frame_key``).  Before, the step's picture,
        painted with the view's headers, was never that frame's: the zoom notch that
        changes them was laid out in its frame, the picture ahead dropped and the view's
        painted again in slices (issue 11, session 65: bench_view's zoom row at 1 000
        events, 2560x1440, notches 7 and 88, 10-13 ms of CPU on a quiet machine, 14-71
        under load).  True when the job goes on with the other headers."""
        if (not self._laying_out_ahead or job.side or job.reveal is not None
                or job.headers is not None or job.key is None
                or self._compact_wanted(layout) == self._compact_lanes):
            return False
        job.headers = self._compact_lanes = not self._compact_lanes
        job.key = self._job_frame_key(job)
        job.layout_key = self._layout_key()
        if job.layout_key not in self._layouts:
            job.layout_steps = self._layout_steps()
        return True

    def _headers_due(self) -> bool:
        """Whether a step painted ahead with the other lanes' headers
        (``_decide_headers_ahead``) is of the view on screen, in its generation: the
        view's ``_layout`` then makes that change (``_update_scrollbars`` lays it out
        even in a notch's step that a stretched picture may show) and its frame
        finds that picture (``_headers_came``)."""
        here = (self._origin, self._px_per_day)
        return any(job is not None and job.headers is not None and job.view == here
                   and job.key is not None and job.key[0][1] == self._frame_generation  # type: ignore[index]
                   for job in (self._paint_job, self._headers_ahead))

    def _headers_came(self, old: int) -> None:
        """The view's ``_layout`` changed the lanes' headers (``_lane_headers_changed``,
        from generation ``old``): a step ahead painted with those headers in ``old``
        (``_decide_headers_ahead``) has its keys moved to the new generation, as the
        layouts are; finished, its picture is the one painted ahead (a zoom run's: the
        preview's source), which its frame copies (``_adopt_picture_ahead``), else the
        job goes on as the view's own."""
        for job in (self._paint_job, self._headers_ahead):
            if (job is None or job.key is None or job.headers != self._compact_lanes
                    or job.key[0] != ("headers", old, job.headers)):
                continue
            job.headers = None
            job.key = (self._frame_generation, *job.key[1:])
            if job.layout_key is not None and job.layout_key[0] == old:
                job.layout_key = (self._frame_generation, *job.layout_key[1:])
                if job.layout is not None and job.flip is None:
                    # (its finished layout, kept with it: ``_layouts`` may have let it go)
                    self._keep_layout(job.layout_key, job.layout)
            job.layout = None
            if job is self._headers_ahead:
                self._headers_ahead = None
                if job.picture is not None:
                    if self._ahead_picture is not None:
                        self._spare_canvas = self._ahead_picture[1]
                    self._ahead_picture = (job.key, job.picture)
        # (a zoom run's picture of such a step, kept to stretch: the view's now)
        source = self._preview_source
        if source is not None and source[0][0] == ("headers", old, self._compact_lanes):
            self._preview_source = ((self._frame_generation, *source[0][1:]), source[1])

    def _paint_part(self, job: _PaintJob, to_the_end: bool) -> None:
        """The next part of ``job``'s picture: a band of the lanes' rows (all of them left
        with ``to_the_end``), or, once they are all painted, what lies above them."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        viewport = self.viewport()
        if job.picture is None:
            ratio = viewport.devicePixelRatioF()
            size = (max(1, round(viewport.width() * ratio)),
                    max(1, round(viewport.height() * ratio)))
            canvas, self._spare_canvas = self._spare_canvas, None
            if canvas is None or (canvas.width(), canvas.height()) != size:
                # The backing store's format, as ``_painted_picture`` makes it.
                canvas = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
            canvas.setDevicePixelRatio(ratio)
            job.picture = canvas
        height = viewport.height()
        painter = QPainter(job.picture)
        try:
            painter.setFont(self._label_font)
            if job.next_row < height:
                bottom = self._slice_bottom(job, height, to_the_end)
                self._paint(painter, picture=True, strip=(job.next_row, bottom))
                job.next_row = bottom
            else:  # the axis, the overview and the badges, over the finished lanes
                painter.fillRect(QRect(0, 0, viewport.width(), LANES_TOP),
                                 self.palette().base())
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                self._paint_above_lanes(painter, self._axis_segments())
                job.next_row = -1
        finally:
            painter.end()

    def _slice_bottom(self, job: _PaintJob, height: int, to_the_end: bool) -> int:
        """Where the band painted from ``job.next_row`` ends: the lanes' rows are cut into
        ``BANDS_PER_PICTURE`` bands, or more where a band would be over
        ``AHEAD_BAND_PIXELS``, each ending at the bottom of a lane when one ends near there
        (an item across two bands is drawn twice, clipped to each)."""
        if to_the_end:
            return height
        band = max(MIN_BAND_ROWS, min(-(-(height - LANES_TOP) // BANDS_PER_PICTURE),
                                      AHEAD_BAND_PIXELS // max(1, self.viewport().width())))
        target = min(height, job.next_row + band)
        bottom = target
        offset = self._content_offset()
        for lane in self._layout().lanes:
            end = round(lane.top + lane.height + offset)
            if (job.next_row + band / 2 < end <= min(height, job.next_row + band * 3 / 2)
                    and abs(end - target) < abs(bottom - target)):
                bottom = end
        bottom = height if height - bottom < band / 2 else bottom
        return self._budget_bottom(job.next_row, self._band_cost_bottom(job.next_row, bottom))

    def _note_band_cost(self, top: int, bottom: int, ms: float) -> None:
        """A band of rows ``top``..``bottom`` (viewport y; -1: to the bottom) painted ahead
        cost ``ms`` of the GUI thread's CPU: each of its rows is noted at its share
        (``_row_ms``).  The next picture of a run has its lanes at the same rows and
        nearly the same items there.  A row keeps 0.7 of a dearer cost noted before (a
        decaying maximum, as ``_pan_row_ms``): the views beside and the steps ahead
        differ in their items, and a band sized by the cheaper of two had bands of
        15-17 ms against a slice of 5 at 1 000 000 events (session 27, fix40)."""
        height = self.viewport().height()
        if len(self._row_ms) != height:
            self._row_ms = [0.0] * height
        bottom = min(bottom if bottom >= 0 else height, height)
        if bottom > top >= 0:
            share = ms / (bottom - top)
            self._row_ms[top:bottom] = [max(share, 0.7 * old)
                                        for old in self._row_ms[top:bottom]]

    def _budget_bottom(self, top: int, bottom: int) -> int:
        """``bottom``, or a row above it where the rows from ``top`` cost what is left of
        the slice under way (``_band_left_ms``) when they last were painted ahead
        (``_row_ms``), never fewer than ``MIN_BAND_ROWS`` rows nor a rest of fewer.  The
        cuts by rows and content alone (``_band_cost_bottom``) gave bands of 2.3-10.7 ms
        at 2560x1440 and 100 000 events in bench_view's zoom-notch row, slices of up to
        twice ``IDLE_SLICE_MS`` that an input waits behind (issue 11, session 14).  Any
        cut gives the same picture.

        A row not painted ahead yet counts at the dearest row known, and before any
        was (at this height) a band is ``PAN_FIRST_BAND_ROWS`` rows at most: counted
        free, such rows made bands of 10-17 ms at 1 000 000 events (the first picture
        after a resize, the views beside after a pan; session 27, fix40)."""
        left, costs = self._band_left_ms, self._row_ms
        if left is None:
            return bottom
        if len(costs) != self.viewport().height() or not any(costs):
            cut = top + max(MIN_BAND_ROWS, PAN_FIRST_BAND_ROWS)
            return cut if bottom - cut >= MIN_BAND_ROWS else bottom
        dearest = max(costs)
        spent = 0.0
        for row in range(top, bottom):
            spent += costs[row] or dearest
            if spent > left and row >= top + MIN_BAND_ROWS:
                return row if bottom - row >= MIN_BAND_ROWS else bottom
        return bottom

    def _band_cost_bottom(self, top: int, bottom: int) -> int:
        """``bottom``, or a row boundary above it where the band of the lanes' rows
        from ``top`` (viewport y, px) would hold more than ``BAND_CONTENT_US`` of drawing
        (the costs beside that constant), never fewer than ``MIN_BAND_ROWS`` rows: a
        slice of work ahead then stays near ``IDLE_SLICE_MS`` where the view's costs lie
        in a few rows.  Any cut gives the same picture (a band paints the items whose
        row reaches into it, clipped)."""
        offset = self._content_offset()
        width = self.viewport().width()
        # (where its drawing begins, viewport y; how far down it goes, px; its cost, us)
        costs: list[tuple[float, float, float]] = []
        for lane in self._layout().lanes:
            lane_top = lane.top + offset
            if lane_top >= bottom or lane_top + lane.height <= top:
                continue
            if lane.dense:
                costs.append((lane_top, lane.height, DENSE_LANE_US))
                continue
            for item in lane.items:
                marker = item.marker
                if item.circa and not item.is_point:  # drawn where it meets the clip
                    costs.append((marker.top() - 2 + offset, marker.height() + 4, ITEM_US
                                  + DASHED_US_PER_PX * max(0.0, min(marker.right(), width)
                                                           - max(marker.left(), 0.0))))
                else:
                    costs.append((marker.center().y() - ROW_HEIGHT / 2 + offset,
                                  ROW_HEIGHT, ITEM_US))
            costs.extend((badge.rect.top() + offset, badge.rect.height(), BADGE_US)
                         for badge in lane.badges)
        costs.sort()
        spent = 0.0
        for begins, extent, cost in costs:
            cut = math.floor(begins)
            if cut >= bottom:
                break
            if spent + cost > BAND_CONTENT_US and cut >= top + MIN_BAND_ROWS:
                return cut
            if begins + extent > top:
                spent += cost
        return bottom

    def _finish_paint_job(self, key: tuple[object, ...]) -> None:
        """A frame of the view the job under way paints: the rest of it now (what was
        painted while the app waited is kept), instead of a whole paint."""
        job = self._paint_job
        if job is not None and job.key == key and job.view == (self._origin, self._px_per_day):
            self._paint_slice(job, to_the_end=True)

    def _drop_picture_ahead(self) -> None:
        """The moves stopped: the picture painted ahead, the previous view's and the canvas
        kept for them go (each is as large as the view: 15 MB at 2560x1440)."""
        self._ahead_picture = None
        self._previous_picture = None
        self._spare_canvas = None
        self._flip_ahead = None
        self._headers_ahead = None
        self._preview_source = None

    def _clamp_origin(self) -> None:
        """Bring the left edge back inside ``_origin_bounds`` after the view's width
        changed: a wider view at the same scale can reach past the data's end, where the
        next pan later would have snapped back earlier (new-user trial 6)."""
        self._origin = self._clamped_origin(self._origin)

    def _invalidate(self, lanes: bool = True) -> None:
        """What the lanes hold changed (data, filters, breaks, size): lay out again.
        ``lanes``: False when the lanes' contents did not change (a resize): the world's
        chunks are kept (``_lanes_generation``)."""
        if lanes:
            self._lanes_generation += 1
        self._layouts.clear()
        self._drop_reveals_ahead()
        self._repaint_all()

    def _view_moved(self) -> None:
        """Where the view looks changed (origin or zoom): the layout and the picture of
        the new view are found by their keys, which hold both (``_layout_key``,
        ``_frame_key``); nothing else is dropped."""
        self.viewport().update()

    def _repaint_all(self) -> None:
        """What the view shows changed: paint the frame picture again, and all of it."""
        self._frame_generation += 1
        self._side_pictures.clear()  # of the old generation: never shown again
        self._reveal_pictures.clear()  # (likewise: ``view_reveal``)
        self._kept_rows = None
        self._side_queue = []
        self._fit_picture = None
        self.viewport().update()

    def _update_items(self, ids: set[str] | frozenset[str], marked_before: str = "") -> None:
        """Repaint only where the items of ``ids`` are drawn (a selection or a hover
        changed): the frame picture is copied there and their highlights drawn over it.
        ``marked_before``: an event that was current before ``_painted_primary`` (its
        mark where it has no item, repainted too)."""
        layout = self._layout()
        items = layout.items_by_id
        offset = self._content_offset()
        viewport = self.viewport()
        # the current event's mark where it has no item, and the one it had before
        marked = (self._selection.event_id, self._painted_primary, marked_before or None)
        if self._lanes_by != "category":  # an event's items in each of its lanes
            for item in self._copies(layout, ids):
                viewport.update(item.rect.adjusted(-7, -6, 7, 6).translated(0, offset)
                                .toAlignedRect())
        for event_id in ids:
            item = items.get(event_id)
            if item is not None:
                # The highlight reaches 4-5 px beyond the item, the selected pen 1.3 px.
                viewport.update(item.rect.adjusted(-7, -6, 7, 6).translated(0, offset)
                                .toAlignedRect())
            elif event_id in marked and (mark := self._selection_mark(layout, event_id)):
                viewport.update(mark[1].adjusted(-3, -3, 3, 3).translated(0, offset)
                                .toAlignedRect())
        self._update_era_titles(ids)  # an era's title outlined (``view_eras``)

    def _frame_key(self) -> tuple[object, ...]:
        """What the frame picture shows: a change of any of these paints it again."""
        viewport = self.viewport()
        # (The vertical scroll is fifth: ``_scrolled_from`` compares the rest.)  The
        # palette's colour group (an active, inactive or disabled window) is not in its
        # cacheKey: the colours the paint reads are, as they are in the current group.
        palette = self.palette()
        cache_key = palette.cacheKey()
        # The colours read once a palette and colour group (21 roles, two PySide calls
        # each: 53 us a key, asked several times a frame; session 30): a palette
        # changed has another cacheKey, and the group is the widget's state.
        group = (cache_key, palette.currentColorGroup())
        colours = self._painted_colours
        if colours is None or colours[0] != group:
            colours = self._painted_colours = (
                group, tuple(palette.color(role).rgba() for role in _PAINTED_ROLES))
        return (self._frame_generation, viewport.width(), viewport.height(),
                viewport.devicePixelRatioF(), self.verticalScrollBar().value(),
                cache_key, self._origin, self._px_per_day, self._scale,
                colours[1], self._world_key(self._px_per_day))

    def _frame_picture(self, key: tuple[object, ...]) -> QImage:
        """The view painted without selection and hover, made again only when what it
        shows changed (``_repaint_all``), the size, the vertical scroll or the palette."""
        if self._scrolled_from(key) is not None:
            self._scroll_picture(key)
        if self._frame_cache is None or self._frame_cache[0] != key:
            self._drop_kept_rows(key)
            if self._frame_cache is not None:
                old = self._frame_cache[0]
                if key[3] == 1.0 and old[:4] == key[:4] and old[5:] == key[5:]:
                    # The lanes scrolled further than their height, to rows not painted
                    # before: the rows of the picture painted over are kept first.
                    old_scroll = int(old[4])  # type: ignore[call-overload]
                    lanes = self.viewport().height() - LANES_TOP
                    self._take_rows(self._rows_kept(key, old_scroll), self._frame_cache[1],
                                    old_scroll, old_scroll, old_scroll + lanes)
                reused: QImage | None = self._frame_cache[1]
            else:
                # The canvas kept for the next picture (a released drag's, as the paint
                # job would take it): no second view-sized picture beside it when a paint
                # comes before the job (test_view_drag_release, under a load of 11-21).
                reused, self._spare_canvas = self._spare_canvas, None
            self._frame_cache = (key, self._painted_picture(reused))
        return self._frame_cache[1]

    def _rows_kept(self, key: tuple[object, ...], scroll: int) -> KeptRows:
        """The lanes' rows kept of the view with frame key ``key`` (made, about the
        rows on screen at the vertical scroll ``scroll``, when there are none yet)."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        from timeline_app.ui.kept_rows import KeptRows

        view_key = key[:4] + key[5:]
        rows = self._kept_rows
        if rows is None or rows.view_key != view_key:
            lanes = self.viewport().height() - LANES_TOP
            rows = self._kept_rows = KeptRows(
                view_key, self.viewport().width(), self.verticalScrollBar().maximum() + lanes,
                scroll, lanes, QImage.Format.Format_ARGB32_Premultiplied)
        return rows

    def _take_rows(self, rows: KeptRows, picture: QImage, scroll: int, top: int,
                   bottom: int) -> None:
        """``rows.take`` of the content rows ``[top, bottom)`` of the frame picture
        ``picture`` (scrolled to ``scroll``), but those under a scrolled-away lane's
        name drawn at the lanes' top (``_kept_lane_name``, view62): copied back at
        another scroll they would show that name in the middle of the lanes."""
        plate = self._kept_lane_name(scroll)
        if plate is None:
            rows.take(picture, scroll, LANES_TOP, top, bottom)
            return
        name_top = math.floor(plate[2]) - LANES_TOP + scroll  # (the plate: whole pixels)
        rows.take(picture, scroll, LANES_TOP, top, min(bottom, name_top))
        rows.take(picture, scroll, LANES_TOP, max(top, name_top + LANE_HEADER + 1), bottom)

    def _drop_kept_rows(self, key: tuple[object, ...] | None = None) -> None:
        """The lanes' rows kept for scrolls (``_scroll_picture``) go, unless they are of
        the view with frame key ``key`` (None: they go)."""
        rows = self._kept_rows
        if rows is not None and (key is None or rows.view_key != key[:4] + key[5:]):
            self._kept_rows = None

    def _painted_picture(self, reused: QImage | None) -> QImage:
        """The view as it stands painted into a picture (``reused`` when it has the
        viewport's size in device pixels, else a new one), as the frame picture."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        size = (max(1, round(viewport.width() * ratio)), max(1, round(viewport.height() * ratio)))
        picture = reused if reused is not None and (
            reused.width(), reused.height()) == size else None
        if picture is None:
            # The backing store's format: copying it to the screen is a plain copy
            # (1.5 ms at 1600x900, against 2.6 ms for an RGB32 QPixmap).
            picture = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
            picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        try:
            painter.setFont(self._label_font)
            self._paint(painter, picture=True)
        finally:
            painter.end()
        return picture

    def _adopt_picture_ahead(self, key: tuple[object, ...]) -> None:
        """The picture painted ahead, or the picture of the view shown before this one
        (a turn: the key let go, the other one pressed; a wheel spun back), becomes the
        frame picture when it shows the view with ``key``."""
        side = self._side_pictures.pop(key, None)
        if side is None and self._reveal_pictures:
            # A view a key of the Events list revealed, painted while the app waited
            # (``view_reveal``), with the lanes' headers the view has.
            revealed = self._reveal_pictures.pop(key, None)
            if revealed is not None and revealed[1] == self._compact_lanes:
                side = revealed[0]
        if side is not None:
            self._replace_frame_picture((key, side))
        elif self._fit_picture is not None and self._fit_picture[0] == key:
            self._replace_frame_picture(self._fit_picture)
            self._fit_picture = None
        elif self._ahead_picture is not None and self._ahead_picture[0] == key:
            self._replace_frame_picture(self._ahead_picture)
            self._ahead_picture = None
        elif self._previous_picture is not None and self._previous_picture[0] == key:
            self._frame_cache, self._previous_picture = (self._previous_picture,
                                                         self._frame_cache)
        elif self._preview_source is not None and self._preview_source[0] == key:
            # A picture painted ahead of a zoom run, which the run came to.
            self._replace_frame_picture(self._preview_source)
            self._preview_source = None

    def _replace_frame_picture(self, picture: tuple[tuple[object, ...], QImage]) -> None:
        """``picture`` becomes the frame picture; the one it replaces is kept as the
        previous view's (a turn goes back to it), and the one kept before is the next
        canvas.  Nothing is ever painted into the previous view's picture."""
        if self._previous_picture is not None:
            self._spare_canvas = self._previous_picture[1]
        self._previous_picture = self._frame_cache
        self._frame_cache = picture
        self._ahead_drop_timer.start()

    def _zoom_preview(self, painter: QPainter, event: QPaintEvent) -> bool:
        """The frame of a zoom notch of a run (``zoom_by`` armed it) whose picture is not
        made: a picture of a view before it, stretched about the notch's anchor, as maps
        show a zoom, instead of a whole paint (10-25 ms at 2560x1440, issue 11).  The
        view's own picture is then painted in slices (``_lay_out_ahead``) and replaces it
        (``_paint_slice``), at the latest ``PREVIEW_KEPT_MS`` after it (``_end_preview``).

        Stretched: the axis and the lanes (x only: the rows stay); the overview's strip,
        which shows the whole timeline, is copied as it was.  The source is the picture
        nearest in zoom, within ``PREVIEW_MAX_STRETCH``, of the same size, vertical
        scroll, palette and contents (its key but for the origin, the scale and lanes'
        changes of mode, ``_contents_of``); columns it does not reach get the
        background.  The selection's and hover's highlights wait
        for the view's own frame (they need its layout).

        Returns:
            False, drawing nothing, when the frame is not such a notch's or a picture of
            the view is at hand; when no source is near enough, the frame is painted
            into a picture (``_picture_next``), the source of the next notches.
        """
        if not self._preview_armed:
            return False
        self._preview_armed = False
        viewport = self.viewport()
        key = self._frame_key()
        if (not event.rect().contains(viewport.rect())
                or (self._frame_cache is not None and self._frame_cache[0] == key)
                or key in self._side_pictures
                or self._reveal_pictures.get(key, (None, not self._compact_lanes))[1]
                == self._compact_lanes
                or (self._fit_picture is not None and self._fit_picture[0] == key)
                or (self._ahead_picture is not None and self._ahead_picture[0] == key)
                or (self._previous_picture is not None and self._previous_picture[0] == key)
                or (self._preview_source is not None and self._preview_source[0] == key)):
            return False
        source = self._preview_source_for(key)
        here = (self._origin, self._px_per_day)
        if source is None and self._finish_preview_job():
            source = self._preview_source_for(key)
        if source is None:
            self._picture_next = True
            job = self._paint_job
            if job is not None and job is self._preview_job and not job.ahead and (
                    job.view != here):
                # The picture of a view this notch left, not done: this notch's is
                # painted now instead (the next ones stretch it).
                self._paint_job = self._preview_job = None
            return False
        (_, _, _, _, _, _, origin, ppd, *_rest), image = source
        stretch = self._px_per_day / ppd  # type: ignore[operator]
        left = (origin - self._origin) * self._px_per_day  # type: ignore[operator]
        width, height = viewport.width(), viewport.height()
        ratio = image.devicePixelRatio()
        base = self.palette().base()
        if left > 0:
            painter.fillRect(QRectF(0, 0, left, height), base)
        if left + width * stretch < width:
            painter.fillRect(QRectF(left + width * stretch, 0, width, height), base)
        for top, bottom in ((0, AXIS_HEIGHT), (LANES_TOP, height)):
            painter.drawImage(QRectF(left, top, width * stretch, bottom - top), image,
                              QRectF(0, top * ratio, image.width(), (bottom - top) * ratio))
        strip = QRect(0, round(AXIS_HEIGHT * ratio), image.width(),
                      round((LANES_TOP - AXIS_HEIGHT) * ratio))
        painter.drawImage(QRectF(0, AXIS_HEIGHT, width, LANES_TOP - AXIS_HEIGHT), image,
                          QRectF(strip))
        self._preview_key = key
        job = self._paint_job
        if job is not None and job.view == here and job.flip is None and (
                job.key is None or job.key == key):
            self._preview_job = job  # the step painted ahead, part made: it goes on
        elif job is None or job is not self._preview_job or (
                job.ahead and not self._same_run(job)):  # (a run that turned)
            self._paint_job = self._preview_job = self._preview_job_for(first=True)
        self._preview_timer.start()
        return True

    def _finish_preview_job(self) -> bool:
        """No picture is near enough to stretch for a notch, but the picture being
        painted for a stretched view (``_preview_job``, begun) is: the rest of it now
        (at most its bands and the part above them: the cost of painting this notch
        whole, less what is done), so that the notch is stretched from it, and so are
        the next ones (issue 11, session 10: a run's first picture at 2560x1440 was
        done a notch after the fit-all picture was too far, and that notch was a whole
        layout and paint, 20-30 ms).  True when it was finished."""
        job = self._paint_job
        if (job is None or job is not self._preview_job or job.key is None
                or job.flip is not None or job.headers is not None
                or job.view == (self._origin, self._px_per_day)):
            return False
        stretch = self._px_per_day / job.view[1]
        if max(stretch, 1 / stretch) > PREVIEW_MAX_STRETCH:
            return False
        self._paint_slice(job, to_the_end=True)
        return self._paint_job is None and self._preview_source is not None and (
            self._preview_source[1] is job.picture)

    def _preview_source_for(self, key: tuple[object, ...]
                            ) -> tuple[tuple[object, ...], QImage] | None:
        """The picture ``_zoom_preview`` stretches for the view with ``key``: of the
        pictures kept, one whose key differs only in origin, scale and lanes' changes of
        mode (its generation's contents the same, ``_contents_of``), within
        ``PREVIEW_MAX_STRETCH``: one that covers the whole view (no columns of
        background) before one that does not, then the nearest in zoom; None when there
        is none.  (With pictures painted ahead of a run, ``_preview_job_for``, a notch
        often has one a notch or two ahead and one a few behind: zooming in, the one
        behind covers the view.)"""
        ppd, origin = key[7], key[6]
        width = self.viewport().width()
        contents = self._contents_of(key[0])
        best: tuple[tuple[object, ...], QImage] | None = None
        best_rank = (True, PREVIEW_MAX_STRETCH)
        candidates = [self._frame_cache, self._preview_source, self._previous_picture,
                      self._ahead_picture, self._fit_picture, *self._side_pictures.items()]
        for candidate in candidates:
            if candidate is None:
                continue
            other = candidate[0]
            # (A picture made before a lane's change of mode, or by it, is stretched
            # too: its lanes' rows or bars show for the notch or two before its own
            # picture.  Else, with every picture kept of the old decision, a notch whose
            # own layout changed a lane at 100 000 events was laid out and painted whole,
            # 30 ms at 2560x1440: issue 11, session 12.)
            if (other[1:6] != key[1:6] or other[8:-1] != key[8:-1]
                    or self._contents_of(other[0]) != contents):  # (any packing: stretched)
                continue
            stretch = ppd / other[7]  # type: ignore[operator]
            left = (other[6] - origin) * ppd  # type: ignore[operator]
            # One that covers the whole view first (no columns of background: a picture
            # behind a zoom-in run, ahead of a zoom-out one), then the nearest.
            rank = (left > 1e-6 or left + width * stretch < width - 1e-6,
                    max(stretch, 1 / stretch))
            if rank[1] <= PREVIEW_MAX_STRETCH and rank <= best_rank:
                best, best_rank = candidate, rank
        return best

    def _end_preview(self) -> None:
        """``PREVIEW_KEPT_MS`` after a stretched frame, its view's own picture is still not
        made (a loaded machine, a notch's picture dropped): a frame paints it now."""
        if self._preview_key is not None:
            self.viewport().update()

    def _catch_up_after_preview(self) -> None:
        """What a notch shown stretched left for its view's own frame: the vertical bar's
        range (the lanes' height) and the hover under a still pointer."""
        self._behind_preview = False
        self._update_scrollbars()
        self._hover_what_is_under_the_pointer(after_preview=True)

    def _make_picture_when_idle(self) -> None:
        """The frame picture of the view on screen, if it is still the one last painted
        straight (no drag, no rubber band: those paint directly), painted in slices
        (``_paint_slice``) unless a step painted ahead is under way."""
        job = self._paint_job
        if job is not None and job.side and job.view == self._fit_after_resize_view:
            self._picture_timer.start()  # Fit All's view after a resize first: then this
            return
        self._fit_after_resize_view = None
        if (not self.isVisible() or self.drag_preview() is not None
                or self._band is not None
                or self._work_ahead_held or self._pan is not None):
            return
        # The pieces the lanes' rows draw from, a kind a timeout, once (the first view of
        # rows after Fit All's densities made them in its frame, issue 11).  Only here,
        # where the view stayed PICTURE_IDLE_MS: from ``_prepare_sides``, which a key's
        # picture reaches too, they were made between the Events list's keys.
        self._start_pieces_ahead()
        if self._world_pending() and (self._world_rest_timer.isActive()
                                      or self._chunks_ahead or self._chunk_timer.isActive()):
            # Its picture and the views beside it after the world's chunks are swapped
            # in (``_world_swap`` starts this again): made before, they were made twice
            # at every new zoom level's rest (held-key pans at 100 000 events,
            # 2560x1440, began behind ~150 ms of that work, session 27).
            return
        self._start_reveals_ahead()  # (after the view's own work: ``view_reveal``)
        if self._paint_job is not None:
            # Work under way first (a picture ahead of a zoom run, whose slices a loaded
            # machine makes slow): then this, else nothing would make the picture of the
            # view that stayed and every hover would paint it whole again.
            self._picture_timer.start()
            return
        key = self._frame_key()
        if self._frame_cache is not None and self._frame_cache[0] == key:
            self._prepare_sides()
        elif key == self._painted_key:  # its picture, then the views beside it
            here = (self._origin, self._px_per_day)
            self._paint_job = _PaintJob(here, here, self._last_move)
            self._ahead_timer.start()

    def _prepare_sides(self) -> None:
        """The view stayed on screen (its frame picture is made): the views one
        Shift+arrow step either side of it, and, when the pointer is over the view and
        ``SIDE_PICTURES`` allows, one wheel notch in and out about the pointer, are
        painted too, in slices, so that the first step of the next pan or wheel run
        copies a picture (issue 11: a new view's frame is 10-25 ms at 100 000 events).
        Kept while the view stays; what another view would need is dropped.  Last, the
        view Fit All would show (``_fit_view``), into ``_fit_picture``, kept while the
        view moves at this size: Fit All's frame then copies it (issue 11: a Fit All at
        2560x1440 was 19-29 ms of CPU).  Where the steps would fill
        ``SIDE_PICTURES_BYTES`` (three at 2560x1440), Fit All's picture keeps its place
        and the two pan steps are the ones made; it is never made instead of one of
        the two first steps (a 2560x1440 view at two device pixels a pixel)."""
        if (not self.isVisible() or self._paint_job is not None or self._work_ahead_held
                or self.drag_preview() is not None or self._band is not None
                or self._pan is not None):
            return
        key = self._frame_key()
        here = (self._origin, self._px_per_day)
        viewport = self.viewport()
        moves: list[tuple[object, ...]] = [("pan", viewport.width() / 8),
                                           ("pan", -viewport.width() / 8)]
        if self._pointer is not None:  # a wheel's notch in or out about the pointer
            # Four pictures were once made as a step on, a notch in, then back and out:
            # the notch last was not made in time at 2560x1440 (four pictures of ~28 ms
            # of CPU after the view's own: the first notch 400 ms after pointing was a
            # straight paint, issue 11).
            # With three pictures (2560x1440, SIDE_PICTURES_BYTES) the one left out is
            # a step of the other kind than the last move (a pan after a pan, else a
            # notch): the way the view last moved comes first, then its turn (issue 11:
            # the app in use within 300 MiB without a straight paint at a turn).
            notches = [("zoom", WHEEL_NOTCH, self._pointer.x()),
                       ("zoom", 1 / WHEEL_NOTCH, self._pointer.x())]
            last = None if self._last_move is None else self._last_move[0]
            if last is not None and last[0] == "pan":
                moves = [*(moves[::-1] if last[1] < 0 else moves), *notches]  # type: ignore[operator]
            else:
                zoomed_out = last is not None and last[1] < 1  # type: ignore[operator]
                moves = [*(notches[::-1] if zoomed_out else notches), *moves]
        wanted: dict[tuple[object, ...], tuple[float, float]] = {}
        ratio = viewport.devicePixelRatioF()
        picture_bytes = 4.0 * viewport.width() * viewport.height() * ratio * ratio
        kept = min(SIDE_PICTURES, max(2, int(SIDE_PICTURES_BYTES // max(1.0, picture_bytes))))
        fit = self._fit_view() if key[4] == 0 else None
        if (fit is not None and fit != here and kept > 2
                and (min(kept, len(moves)) + 1) * picture_bytes > SIDE_PICTURES_BYTES):
            # Fit All's picture is pinned (issue 11, session 38, the coordinator: a user
            # presses Fit All more often than they come back to a third step): a step
            # gives way, the same bytes.  The two left are the pan steps, whatever the
            # last move: a notch without its picture is shown stretched (a copy, since
            # frames39), a pan step without one is painted (10-25 ms at 2560x1440).
            kept -= 1
            moves = sorted(moves, key=lambda move: move[0] != "pan")  # (stable)
        for move in moves[:kept]:
            view = self._view_after(move)
            if view is not None and view != here:
                wanted[(*key[:6], *view, *key[8:-1], self._world_key(view[1]))] = view
        for old in [k for k in self._side_pictures if k not in wanted]:
            self._spare_canvas = self._side_pictures.pop(old)
        self._side_queue = [view for k, view in wanted.items()
                            if k not in self._side_pictures and not (
                                self._ahead_picture is not None and self._ahead_picture[0] == k)]
        # Last, Fit All's view (unless it is one of those, or on screen): kept while the
        # view moves at this size, it is painted once a size or an edit, not every stay.
        if (len(wanted) + 1) * picture_bytes > SIDE_PICTURES_BYTES:
            fit = None  # (two steps are always kept: no room beside them)
        self._fit_key = None
        if fit is not None and fit != here:
            self._fit_key = (*key[:6], *fit, *key[8:-1], self._world_key(fit[1]))
            if self._fit_key in wanted:
                self._fit_key = None
        if self._fit_picture is not None and self._fit_picture[0] != self._fit_key:
            self._spare_canvas, self._fit_picture = self._fit_picture[1], None
        if fit is not None and self._fit_key is not None and self._fit_picture is None:
            self._side_queue.append(fit)
        # The step painted ahead of a pan that stopped is one of them: kept as such.
        if self._ahead_picture is not None and self._ahead_picture[0] in wanted:
            self._side_pictures[self._ahead_picture[0]] = self._ahead_picture[1]
            self._ahead_picture = None
        self._next_side_job()

    def _paint_fit_after_resize(self) -> None:
        """The viewport's size changed and its first frame at the new size is painted:
        the view Fit All would show at that size (``_fit_view``) is painted now, in
        slices while the app waits (``_paint_slice``), into ``_fit_picture``, before the
        view's own picture and the steps beside it (``_make_picture_when_idle`` waits for
        it), so that a Fit All pressed soon after a resize (the window maximised) copies
        it (issue 11: the bench's Fit All at 2560x1440 comes 30-50 ms after the resize,
        before ``PICTURE_IDLE_MS``, and was a cold view of 22-35 ms).  Not when nothing
        is to gain or it could not be shown: at Fit All's view already, under a filter
        or a changed scale (``_fit_view`` None), lanes scrolled down (Fit All scrolls
        them to the top), work ahead of a move or another job under way, a drag, or no
        room in ``SIDE_PICTURES_BYTES`` beside the steps' pictures kept.  At rest,
        ``_prepare_sides`` keeps it or drops it by its own rule (the same bytes).  A view
        beside the one on screen under way is of the size before (a window resized by
        dragging its edge): it goes, this one is painted instead."""
        self._fit_after_resize_view = None
        if self._paint_job is not None and self._paint_job.side:
            self._paint_job = None
        if (not self.isVisible() or self._auto_fit or self._paint_job is not None
                or self._move_ahead is not None or self._work_ahead_held
                or self._pan is not None or self.drag_preview() is not None
                or self._band is not None
                or (self._origin, self._px_per_day) != self._shown_view):
            return
        key = self._frame_key()
        here = (self._origin, self._px_per_day)
        fit = self._fit_view() if key[4] == 0 else None
        if fit is None or fit == here:
            return
        fit_key = (*key[:6], *fit, *key[8:-1], self._world_key(fit[1]))
        if self._fit_picture is not None and self._fit_picture[0] == fit_key:
            return
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        picture_bytes = 4.0 * viewport.width() * viewport.height() * ratio * ratio
        if (len(self._side_pictures) + 1) * picture_bytes > SIDE_PICTURES_BYTES:
            return
        if self._fit_picture is not None:
            self._spare_canvas, self._fit_picture = self._fit_picture[1], None
        self._fit_key, self._fit_after_resize_view = fit_key, fit
        self._paint_job = _PaintJob(fit, here, self._last_move, side=True)
        self._ahead_timer.start()

    def _next_side_job(self) -> None:
        """The next view of ``_side_queue`` to paint, if the view on screen is still the
        one they are beside."""
        if self._paint_job is not None:
            return
        if not self._side_queue:
            self._prepare_rest_pan()  # the views beside it made: the pan's stretch next
            return
        here = (self._origin, self._px_per_day)
        self._paint_job = _PaintJob(self._side_queue.pop(0), here, self._last_move, side=True)
        self._ahead_timer.start()

    def _scrolled_from(self, key: tuple[object, ...]) -> int | None:
        """How far (pixels, down) the lanes moved since the frame picture was painted, when
        that is all that changed and less than the lanes' height, or more but to rows
        painted before (``_kept_rows``); else ``None``."""
        cache = self._frame_cache
        if cache is None or key[3] != 1.0:  # device pixels = logical pixels only
            return None
        old = cache[0]
        if old[:4] != key[:4] or old[5:] != key[5:] or old[4] == key[4]:
            return None
        dy = int(old[4]) - int(key[4])  # type: ignore[call-overload]
        height = self.viewport().height() - LANES_TOP
        if abs(dy) < height:
            return dy
        rows = self._kept_rows
        if rows is None or rows.view_key != key[:4] + key[5:]:
            return None
        scroll = int(key[4])  # type: ignore[call-overload]
        return dy if any(held for _, _, held in rows.runs(scroll, scroll + height)) else None

    def _scroll_picture(self, key: tuple[object, ...]) -> None:
        """The frame picture's lanes shifted by a vertical scroll, and only the rows the
        scroll exposed painted (a selection that scrolls the lanes, the scroll bar):
        a copy and a strip instead of the whole view (issue 11).  Rows of this view
        painted before are copied instead (``kept_rows``: a run of keys in the Events
        list goes back and forth between lanes; session 52, list55)."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        dy = self._scrolled_from(key)
        assert dy is not None and self._frame_cache is not None
        picture = self._frame_cache[1]
        height = self.viewport().height()
        width = self.viewport().width()
        lanes_height = height - LANES_TOP
        kept = max(0, lanes_height - abs(dy))  # (none after a jump to rows kept)
        if dy > 0:  # the lanes moved down: the rows at the top are new
            source, target_y = LANES_TOP, LANES_TOP + dy
            strip = (LANES_TOP, min(height, LANES_TOP + dy))
        else:
            source, target_y, strip = LANES_TOP - dy, LANES_TOP, (max(LANES_TOP, height + dy),
                                                                  height)
        # The rows that scroll out of the picture kept, the ones it exposes looked up.
        scroll = int(key[4])  # type: ignore[call-overload]
        old_scroll = scroll + dy
        rows = self._rows_kept(key, old_scroll)
        if dy > 0:  # (content rows; the old picture's bottom rows go)
            self._take_rows(rows, picture, old_scroll, max(old_scroll, scroll + lanes_height),
                            old_scroll + lanes_height)
        else:
            self._take_rows(rows, picture, old_scroll, old_scroll,
                            min(scroll, old_scroll + lanes_height))
        runs = rows.runs(strip[0] - LANES_TOP + scroll, strip[1] - LANES_TOP + scroll)
        # Into a second image of the same size (kept from the last scroll): one copy of
        # the kept rows, not a copy out of the picture and another back into it.
        spare = self._spare_picture
        if spare is None or spare.size() != picture.size() or spare.format() != picture.format():
            spare = QImage(picture.size(), picture.format())
            spare.setDevicePixelRatio(picture.devicePixelRatio())
        painter = QPainter(spare)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(QRect(0, 0, width, LANES_TOP), picture,
                              QRect(0, 0, width, LANES_TOP))  # the axis and overview
            if kept:
                painter.drawImage(QRect(0, target_y, width, kept), picture,
                                  QRect(0, source, width, kept))
            # The name of a lane whose header is scrolled away (``_kept_lane_name``, view62)
            # stays at the lanes' top.  The old one, copied down with the lanes, is covered
            # by its rows as kept (``kept_rows``, which never hold a name: ``_take_rows``),
            # or painted again with the exposed rows; moved up, the lanes' top is painted
            # again when the new name is another lane's or none; then the name over them.
            old = self._kept_lane_name(old_scroll)
            new = self._kept_lane_name()
            if new is not None:  # (the rows the new name covers kept first, while clean)
                under = math.floor(new[2]) - LANES_TOP + scroll
                self._take_rows(rows, picture, old_scroll, max(under, old_scroll),
                                min(under + LANE_HEADER + 1, old_scroll + lanes_height))
            if old is not None and dy > 0 and kept:
                moved = math.floor(old[2]) + dy
                top, bottom = max(moved, target_y), min(moved + LANE_HEADER + 1,
                                                        target_y + kept)
                if top < bottom:
                    runs = sorted([*runs, *rows.runs(top - LANES_TOP + scroll,
                                                     bottom - LANES_TOP + scroll)])
            missing = [run for run in runs if not run[2]]
            for top, bottom, held in runs:
                if held:
                    rows.copy(painter, top, bottom, top - scroll + LANES_TOP)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setFont(self._label_font)
            if missing:  # one strip from the first row not held to the last
                self._paint(painter, picture=True,
                            strip=(missing[0][0] - scroll + LANES_TOP,
                                   missing[-1][1] - scroll + LANES_TOP))
            if (old is not None and dy < 0
                    and (new is None or new[0].category != old[0].category)):
                self._paint(painter, picture=True,
                            strip=(LANES_TOP, min(height, LANES_TOP + LANE_HEADER)))
            if new is not None:
                painter.setClipping(False)  # (``_paint`` left the strip's clip)
                self._paint_kept_lane_name(painter)
        finally:
            painter.end()
        self._spare_picture = picture
        self._frame_cache = (key, spare)

    def _paint_overlay(self, painter: QPainter) -> None:
        """The selected, hovered and current events drawn again over the frame picture,
        highlighted (a few items: a selection repaints only their rectangles)."""
        chosen = self._selected_ids
        hover_id = self._hover_id
        primary_id = self._selection.event_id if self._matches is not None else ""
        if not chosen and not hover_id and not primary_id:
            return
        pan = self._pan
        if (pan is not None and pan.moved and pan.layout is not None and self._pan_valid()
                and len(chosen) < 64):
            # A pan's frame: the stretch seen from the view with these items alone (all
            # of them, each move, was ~2 ms at 2560x1440 with one event selected).
            left = pan.margin + self._pan_shift() / pan.ratio
            layout = _shifted_layout(pan.layout, left, left, left + self.viewport().width(),
                                     {*chosen, hover_id, primary_id, self._selection.event_id})
        else:
            layout = self._layout()
        offset = self._content_offset()
        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_selection_marks(painter, layout, offset)
        self._paint_era_marks(painter, chosen, hover_id)  # (``view_eras``)
        bottom = self.viewport().height()
        for index, lane in enumerate(layout.lanes):
            if lane.top + offset >= bottom or lane.top + lane.height + offset <= LANES_TOP:
                continue  # clipped away (and a lane laid out off screen stays unfinished)
            items = [item for item in lane.items if item.event_id in chosen
                     or item.event_id == hover_id or item.event_id == primary_id]
            if items:  # an item keeps its lane's colour (as laid out, for the palette)
                self._paint_items(painter, lane, items, offset, self._lane_fill(index),
                                  items[0].color, chosen, hover_id, self._selection.event_id)
        painter.restore()

    def _selection_mark(self, layout: _Layout, event_id: str
                        ) -> tuple[_LaneGeometry, QRectF, Event] | None:
        """Where a selected event that has no item is marked: in its lane's density
        strip, or in the row of the "+N" badge that counts it (its lane, the mark's
        rectangle in content coordinates, the event); None when it has an item, is
        hidden, or its lane or its date is not on screen.  Without it, an event selected
        in the list in a crowded lane showed nothing in the view (new-user trial)."""
        if (not event_id or event_id in layout.items_by_id
                or event_id not in self._document.timeline or event_id in self._hidden):
            return None
        event = self._document.timeline.get(event_id)
        keys = lane_keys(event, self._lanes_by, self._lane_spellings)
        lane = next((lane for lane in layout.lanes if lane.category in keys), None)
        if lane is None:
            return None
        if lane.dense:
            top, bottom = lane.top + LANE_HEADER, lane.top + lane.height
        else:
            badge = next((badge for badge in lane.badges if event_id in badge.keys), None)
            if badge is None:
                return None
            top, bottom = badge.rect.top() - 2, badge.rect.bottom() + 2
            lifted = self._lifted_item(badge, event, lane.badges)
        rect = self._selection_column(event, lane, QRectF(0, top, 0, bottom - top))
        if rect.isNull():
            return None
        if not lane.dense:  # the whole badge, so that one sees which one counts it
            rect = rect.united(badge.rect.adjusted(-3, -2, 3, 2))
            # and the event drawn out of it (``_lifted_item``), with its highlight
            rect = rect.united(lifted.marker.united(lifted.label_rect).adjusted(-5, -4, 5, 4))
            rest = self._lifted_rest(badge, lifted, lane.badges)
            if rest is not None:
                rect = rect.united(rest.adjusted(-2, -2, 2, 2))
        return lane, rect, event

    def _selection_column(self, event: Event, lane: _LaneGeometry, rows: QRectF) -> QRectF:
        """The part of ``_selection_mark``'s band at the event's date: its days (a line
        for a day) 4 px wider each side, as tall as ``rows`` less or plus 2 px (a
        badge's rect: the band 2 px over it; given as a row span: as given), content
        coordinates; null when its date is off the view."""
        start, end = event_days(event)
        width = self.viewport().width()
        if end - start == 1:
            x = self.x_of_day(point_day(event, start))
            x0, x1 = x - 1, x + 1
        else:
            x0, x1 = self.x_of_day(start), max(self.x_of_day(end), self.x_of_day(start) + 2)
        if x1 < 0 or x0 > width:
            return QRectF()
        x0, x1 = max(x0, -4.0), min(x1, width + 4.0)
        top, bottom = rows.top(), rows.bottom()
        if rows.width():
            top, bottom = top - 2, bottom + 2
        return QRectF(x0 - 4, top, x1 - x0 + 8, bottom - top)

    def _lifted_rest(self, badge: _Aggregate, lifted: _Item,
                     row: Sequence[_Aggregate] = ()) -> QRectF | None:
        """Where the "+N" of the others of ``badge`` is drawn beside the event drawn out
        of it (``_lifted_item``), which covers the badge: right of its title, or left of
        its marker when the view's edge is nearer or the lane's other badges (``row``)
        stand right of it; when both sides hold one, past the nearest such badge on the
        side with room, so that no badge is drawn over another (verify78 F8: the "+3" of
        the others covered the next cluster's "+2", read as "+32").  In content
        coordinates; None when the badge counts only that event."""
        if badge.count < 2:
            return None
        text_w = self._small_width(f"+{badge.count - 1}")
        w = max(text_w + 12, badge.rect.height())
        extent = lifted.marker.united(lifted.label_rect)
        top, h = badge.rect.top(), badge.rect.height()
        right_edge = self.viewport().width() - 2
        others = [other.rect for other in row if other is not badge]

        def clear(x: float) -> bool:
            return 2 <= x and x + w <= right_edge and not any(
                x < other.right() + 3 and other.left() - 3 < x + w for other in others)

        after, before = extent.right() + 8, extent.left() - 8 - w
        for x in (after, before):
            if clear(x):
                return QRectF(x, top, w, h)
        # Both sides taken: past the badges in the way on the side the view has room.
        x = after
        while not clear(x) and x + w <= right_edge:
            x = max([x + 1] + [other.right() + 4 for other in others
                               if x < other.right() + 3 and other.left() - 3 < x + w])
        if clear(x):
            return QRectF(x, top, w, h)
        x = before
        while not clear(x) and x >= 2:
            x = min([x - 1] + [other.left() - 4 - w for other in others
                               if x < other.right() + 3 and other.left() - 3 < x + w])
        if clear(x):
            return QRectF(x, top, w, h)
        return QRectF(after if after + w <= right_edge else before, top, w, h)

    def _lifted_item(self, badge: _Aggregate, event: Event,
                     row: Sequence[_Aggregate] = ()) -> _Item:
        """The current event, counted in the "+N" ``badge``, as an item drawn out of the
        badge over its row (``_paint_selection_marks``): its marker at its date and its
        title beside it, placed as packing places a title in a row of its own
        (``layout._place``: right of the marker, else left of it, shortened only at the
        edges), in content coordinates.  The edges are the view's, or the lane's other
        badges in that row (``row``) nearest the marker on each side, ``LIFTED_GAP`` px
        off: the title and its plate never cover another badge (verify78 F8: "+2" read
        under the plate of "Russia suspends peace treaty talks with Japan").  Found with
        Find or picked in the Events list, an event of a day that outnumbers its lane's
        rows stays in the badge at every zoom (``MainWindow.reveal_event``): only the
        badge was ringed, and the event itself was nowhere to be seen on the timeline
        (view58)."""
        start, end = event_days(event)
        mid = badge.rect.center().y()
        if end - start == 1:
            x0 = x1 = self.x_of_day(point_day(event, start))
        else:
            x0 = self.x_of_day(start)
            x1 = max(x0 + 2.0, self.x_of_day(end))
        full = self._label_width(event)
        wanted = LaneItem(event.id, x0, x1, min(full, MAX_LABEL_PX), min(full, MIN_LABEL_PX))
        low, high = 0.0, float(self.viewport().width())
        middle = (x0 + x1) / 2
        for other in row:
            if other is badge:
                continue
            rect = other.rect
            if rect.right() <= middle:
                low = max(low, rect.right() + LIFTED_GAP)
            elif rect.left() >= middle:
                high = min(high, rect.left() - LIFTED_GAP)
        _left, _right, label_x, inside, width = _place(
            wanted, wanted.label_width, low, max(low, high), SPAN_LABEL_PAD)
        label, label_w = self._label_text(event, width)
        label_h = self._label_metrics.height()
        point = x1 == x0
        return _Item(event.id, (x0 - 6, mid - 6, 12.0, 12.0) if point
                     else (x0, mid - 9, x1 - x0, 18.0),
                     (label_x, mid - label_h / 2, label_w, label_h), label, inside, point,
                     event.date.circa, badge.color, not point and event.end is None,
                     is_plan_title(event.title))

    def _paint_selection_marks(self, painter: QPainter, layout: _Layout,
                               offset: float) -> None:
        """The current event (the one the detail pane shows), when it has no item
        (``_selection_mark``): a band in the highlight colour across its density strip or
        badge row, with a line at its date (a bar for a span).  Only the current one: a
        selection of thousands (Select All) would draw thousands, and repaint them."""
        highlight = QColor(self.palette().highlight().color())
        for event_id in (self._selection.event_id,):
            mark = self._selection_mark(layout, event_id)
            if mark is None:
                continue
            lane, rect, event = mark
            rect = rect.translated(0, offset)
            band = QColor(highlight)
            band.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.save()
            if not lane.dense:
                # The badge the event is drawn out of goes (its count is the "+N" beside
                # the event: ``_lifted_rest``), and the band is the event's column, that
                # badge's place and the event drawn out of it, and apart round the "+N",
                # off the lane's other badges (verify78 F8: the badge and its count showed
                # round the event's marker, the band lay over the next badges).
                own = next(badge for badge in lane.badges if event.id in badge.keys)
                painter.fillRect(own.rect.adjusted(-1.5, -1.5, 1.5, 1.5).translated(0, offset),
                                 self._lane_fill(layout.lanes.index(lane)))
                lifted = self._lifted_item(own, event, lane.badges)
                rest = self._lifted_rest(own, lifted, lane.badges)
                main = rect.translated(0, -offset)
                if rest is not None:  # (the band's part from the column to the event)
                    main = self._selection_column(event, lane, own.rect).united(
                        own.rect.adjusted(-3, -2, 3, 2)).united(
                        lifted.marker.united(lifted.label_rect).adjusted(-5, -4, 5, 4))
                region = QRegion(rect.toAlignedRect())
                for other in lane.badges:
                    if other is not own:
                        region -= QRegion(other.rect.adjusted(-1, -1, 1, 1).translated(
                            0, offset).toAlignedRect())
                painter.setClipRegion(region, Qt.ClipOperation.IntersectClip)
                if rest is not None:
                    painter.drawRoundedRect(rest.adjusted(-2, -2, 2, 2).translated(0, offset),
                                            3, 3)
                rect = main.translated(0, offset)
            painter.drawRoundedRect(rect, 3, 3)
            painter.restore()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            start, end = event_days(event)
            x0 = (self.x_of_day(point_day(event, start)) - 1.5 if end - start == 1
                  else self.x_of_day(start))
            x1 = x0 + 3 if end - start == 1 else max(self.x_of_day(end), x0 + 2)
            if not lane.dense:
                # The event drawn out of its badge, over it, on a plate of the lane's
                # colour (the badge's count hid it: ``_lifted_item``).
                badge = next(badge for badge in lane.badges if event.id in badge.keys)
                lifted = self._lifted_item(badge, event, lane.badges)
                index = layout.lanes.index(lane)
                fill = self._lane_fill(index)
                plate = lifted.marker.united(lifted.label_rect).adjusted(-4, -3, 4, 3)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(plate.translated(0, offset), 5, 5)
                self._paint_items(painter, lane, [lifted], offset, fill, lifted.color,
                                  frozenset({event.id}), "", event.id)
                rest = self._lifted_rest(badge, lifted, lane.badges)
                if rest is not None:  # the badge's others, counted beside it
                    style = self._lane_style(lifted.color)
                    rest = rest.translated(0, offset)
                    painter.setPen(style.badge_pen)
                    painter.setBrush(style.badge_fill)
                    painter.drawRoundedRect(rest, 8, 8)
                    painter.setPen(self.palette().text().color())
                    painter.setFont(self._small_font)
                    self._draw_text(painter, rest, f"+{badge.count - 1}", 1, centred=True)
                    painter.setFont(self._label_font)
                continue
            if end - start == 1:
                painter.drawRect(QRectF(x0, rect.top(), x1 - x0, rect.height()))
                # the lane's diamond on the line, as the event's marker is drawn
                self._draw_diamond(painter, QPointF(x0 + 1.5, rect.top() + 8),
                                   QPen(highlight.darker(140), 1.3), highlight)
                continue
            # A span: a bar along its top and its extent outlined, the bars under it
            # left to see (filled, it hid the lane's histogram: new-user trial 12).
            painter.drawRect(QRectF(x0, rect.top(), x1 - x0, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(QRectF(x0 + 1, rect.top() + 1, max(0.0, x1 - x0 - 2),
                                    rect.height() - 2))

    def _hover_what_is_under_the_pointer(self, after_preview: bool = False) -> None:
        """After the view moved under a still pointer (keys, the wheel): hover what is
        under the pointer now, or nothing, and hide the tooltip of what was there; else
        the highlight followed the event to its new place and the tooltip stayed at the
        old spot (new-user trial 6)."""
        QToolTip.hideText()
        if not after_preview and (self._preview_armed or self._preview_key is not None):
            # What is under the pointer is known from the view's layout: found with its
            # own frame (a whole one: nothing highlighted to repaint meanwhile).
            self._behind_preview = True
            self._hover_id = ""
            return
        hover = ""
        if self._pointer is not None and self._pointer.y() >= LANES_TOP:
            hit = self._hit(self._pointer, items_only=True)
            hover = hit.event_id if isinstance(hit, _Item) else ""
        if hover != self._hover_id:
            self._update_items({hover, self._hover_id} - {""})
            self._hover_id = hover
