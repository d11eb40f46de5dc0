"""The view a key of the Events list would reveal, laid out while the app waits.

A mixin of ``timeline_view.TimelineView`` (session 56, list57; issue 11: "the event list
(100 000 rows): scroll to end, page down ≤ 8 ms").  The first PageDown in the list after
a file opened at Fit All, and End, select an event that the view draws only in a
density lane's bars or a "+N" badge: ``MainWindow.reveal_event`` scrolls to it and zooms
in until it is an item of its own.  That key's frame made the zoom's probe
(``zoom_steps_to_item``, ~14 M instructions at 100 000 events) and the zoomed view's
layout (~34 M) before its paint.  Here both are made once the view has stayed and its
own work while the app waits is done: for each event the list's next key would select
(``set_reveal_candidates``' provider), the reveal is played without moving the view —
the sideways scroll, the probe (whose result ``zoom_steps_to_item`` keeps, by
everything it is computed from) and the view it would zoom to — and that view's layout
is made in steps, a slice of ``IDLE_SLICE_MS`` a timeout, and kept beside the view's
layouts (``_reveal_layouts``).  The key's zoom then finds the layout under its key
(``LayoutMixin._layout``): the very layout it would have made, since a layout is a
function of its key (``_layout_key``).  A guess that does not come true costs only work
done while the app waited.

A lane's rows-or-density decision at a zoom is made by the first layout at that zoom and
kept by the next ones (``_lane_on_screen``): made by this work ahead, it would decide the
view of a key that comes otherwise (End first, then the zoom's lanes as PageDown's view
had them).  So the decisions the work ahead makes are taken back after each slice
(``_modes_made``) and kept with its result; the result is used only while no decision
made since contradicts them, and then they are made as the key's own work would have
made them (``_apply_modes``).  A decision the work ahead would change (one crossing of
its band) drops that work: the key makes it.

Then each view laid out is painted too, in slices (``_paint_slice``), at the lanes' scroll
the key's reveal will leave (``_reveal_rows``: the bar's range the layout gives, then
``ensure_visible``'s scroll to the event's row), into ``_reveal_pictures``, kept by
``_frame_key`` beside the views beside the one on screen (within
``SIDE_PICTURES_BYTES``): the key's frame copies it (``_adopt_picture_ahead``) where it
painted the new view whole (session 65, scale73: the first PageDown's and End's frames
at 100 000 events after a pause were 20-22 ms of CPU, ~12 of them that paint).  Each
slice paints with the layout's decisions made, the lanes' headers the key's layout will
choose (``_compact_lanes``: the picture is kept with them, and moved to the new
``_frame_generation`` when the key changes them, ``_lane_headers_changed``) and the bar
set to that scroll, its signals held, all put back after it; a foreseen scroll that does
not come true, or any other change of the key, leaves the picture unused (a picture is a
function of its key and headers).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING

from timeline_app.ui.scale import event_days
from timeline_app.ui.view_base import (
    IDLE_SLICE_MS,
    LANES_TOP,
    PICTURE_IDLE_MS,
    SIDE_PICTURES_BYTES,
    _Layout,
    _ModeChangeAheadError,
    _PaintJob,
    _PanScrollBar,
)

if TYPE_CHECKING:
    from timeline_app.core import Event

#: Lanes' rows-or-density decisions: (zoom, lane category, dense), as ``_lane_modes``.
Decisions = tuple[tuple[tuple[object, ...], str, bool], ...]


def reveal_anchor_day(event: Event) -> float:
    """The day (ordinal, float) a reveal zooms about: the middle of the event's first
    day (``MainWindow.reveal_event``), whatever its length or precision."""
    start, end = event_days(event)
    return start + min(end - start, 1) / 2


class RevealAheadMixin:
    """The views the Events list's next keys would reveal, laid out while the app waits."""

    def set_reveal_candidates(self, provider: Callable[[], Sequence[str]] | None,
                              factor: float = 4.0, most: int = 8) -> None:
        """``provider`` gives the ids of the events a next key may ask the view to
        reveal (``MainWindow.reveal_event`` with zooms by ``factor``, at most ``most``),
        in order; it is asked once the view has stayed (``_make_picture_when_idle``) and
        its own work ahead is done.  None: nothing is prepared."""
        self._reveal_provider = provider
        self._reveal_zoom = (factor, most)
        self._drop_reveals_ahead()

    def _drop_reveals_ahead(self) -> None:
        """What was prepared goes (the provider changed, the contents changed)."""
        self._reveal_for = None
        self._reveal_queue = []
        self._reveal_steps = None
        self._reveal_made = ()
        self._reveal_layouts = {}
        self._reveal_paints = []
        self._reveal_job = None
        self._reveal_pictures = {}

    def _start_reveals_ahead(self) -> None:
        """The view stayed on screen: its reveals prepared after its own work."""
        if self._reveal_provider is not None and not self._reveal_timer.isActive():
            self._reveal_timer.start(0)

    def reveal_candidates_moved(self) -> None:
        """The provider's events may have changed while the view stayed (a key in the
        Events list moved its current row to an event the view draws where it stands:
        no new view, so no ``_make_picture_when_idle`` to ask the provider again): they
        are prepared once the app has waited ``PICTURE_IDLE_MS`` (a key coming sooner,
        a held key's repeats, restarts the wait; no work in a key's own frame).

        Until session 63 (scale69) the next keys' views were prepared only after a key
        that moved the view: after PageDowns within the view, the PageDown that scrolled
        laid its view out in its frame (16-18 ms of CPU at 1 000 events)."""
        if self._reveal_provider is not None:
            self._reveal_timer.start(PICTURE_IDLE_MS)

    def _modes_snapshot(self) -> dict[tuple[object, ...], dict[str, bool]]:
        """A copy of the lanes' rows-or-density decisions (``_lane_modes``), as they
        are for the contents on screen."""
        if self._lane_modes_generation != self._frame_generation:
            self._lane_modes.clear()  # (as ``_lane_on_screen`` does first)
            self._lane_modes_generation = self._frame_generation
        return {zoom: dict(modes) for zoom, modes in self._lane_modes.items()}

    def _modes_made(self, before: dict[tuple[object, ...], dict[str, bool]],
                    take_back: bool = True) -> Decisions:
        """The decisions made since ``before`` (``_modes_snapshot``); ``take_back``:
        then taken back (``_lane_modes`` is ``before`` again)."""
        made = tuple((zoom, category, dense) for zoom, modes in self._lane_modes.items()
                     for category, dense in modes.items()
                     if before.get(zoom, {}).get(category) is None)
        if take_back:
            self._lane_modes = before
            self._lane_modes_generation = self._frame_generation
        return made

    def _apply_modes(self, decisions: Decisions) -> bool:
        """``decisions`` made (those not made yet), when none contradicts one made since;
        False (nothing made) when one does."""
        modes = self._modes_snapshot()
        if any(modes.get(zoom, {}).get(category, dense) != dense
               for zoom, category, dense in decisions):
            return False
        for zoom, category, dense in decisions:
            self._lane_modes.setdefault(zoom, {})[category] = dense
        return True

    def _reveal_view_busy(self) -> bool:
        """Work of the view's own while the app waits is under way or due (its
        picture, the views beside it, the lanes' pieces, the world's chunks, a step
        ahead): it comes first."""
        return bool(self._paint_job is not None or self._ahead_timer.isActive()
                    or self._pieces_timer.isActive() or self._move_ahead is not None
                    or self._chunk_timer.isActive() or self._pan_timer.isActive())

    def _reveal_here(self, ids: tuple[str, ...]) -> tuple[object, ...]:
        """What a prepared reveal is valid for: the view's layout key, its vertical
        scroll, its origin not settled, and the events asked."""
        return (self._layout_key(), self.verticalScrollBar().value(),
                self._origin_unsettled, ids)

    def _reveal_ahead_slice(self) -> None:
        """One slice (about ``IDLE_SLICE_MS`` of the thread's CPU time) of the reveals'
        work: a probe, or steps of a target view's layout."""
        provider = self._reveal_provider
        if (provider is None or not self.isVisible() or self._work_ahead_held
                or self._pan is not None or self.drag_preview() is not None
                or self._band is not None):
            return
        if self._reveal_view_busy():
            self._reveal_timer.start(PICTURE_IDLE_MS)  # after the view's own work
            return
        cache = self._frame_cache
        if cache is None or cache[0] != self._frame_key():
            # The view moved since it stayed (a key's new view, painted straight): its
            # next stay starts this again (``_make_picture_when_idle``), not a frame
            # right after the key's.
            return
        ids = tuple(provider())
        here = self._reveal_here(ids)
        if here != self._reveal_for:  # another view or other events: begun again
            self._drop_reveals_ahead()
            self._reveal_for = here
            self._reveal_queue = list(ids)
        # A slice is one probe (~1-5 ms of CPU at 100 000 events), or steps of a layout
        # while the next, if like the last, stays within ``IDLE_SLICE_MS``: an input
        # waits for one slice (run back to back with keys, longer slices were counted in
        # the keys that moved no view, Ctrl+End's and Ctrl+Home's frames).
        began = time.thread_time()
        if self._reveal_steps is None:
            if self._reveal_queue:
                event_id = self._reveal_queue.pop(0)
                target = self._reveal_target(event_id)
                if target is not None:
                    self._reveal_steps = ((*target, None), None)
                    self._reveal_event = event_id
                self._reveal_timer.start(0)
            elif self._reveal_job is not None or self._reveal_paints:
                self._reveal_paint_slice()  # (the views laid out: their pictures)
            return  # (an empty queue: all prepared)
        while True:
            step_began = time.thread_time()
            if self._reveal_layout_step():
                self._reveal_steps = None
                break
            now = time.thread_time()
            if (now - began + now - step_began) * 1000 > IDLE_SLICE_MS:
                break
        self._reveal_timer.start(0)

    def _reveal_target(self, event_id: str) -> tuple[float, float] | None:
        """(origin, pixels per day) of the view ``MainWindow.reveal_event`` would zoom
        to for ``event_id`` from here, played without moving the view: its sideways
        scroll (``scroll_to_event`` without a layout), the probe (``zoom_steps_to_item``,
        which keeps its result) and the zoom (``_view_after``).  For an event drawn
        out of a "+N" badge where the view scrolls to, that scrolled view (the reveal
        makes no zoom there).  None: the view as laid out draws it, it is drawn out of
        a badge where the view stands, the view would not move, or the zoom is not
        known without making it (a scale with breaks)."""
        if event_id not in self._placed or event_id in self._hidden:
            return None
        shown = self._layouts.get(self._layout_key())
        if shown is None:
            return None
        origin, unsettled = self._origin, self._origin_unsettled
        before = self._modes_snapshot()
        self._laying_out_ahead, self._may_flip_ahead = True, False
        try:
            moved = self.scroll_to_event(event_id, lay_out=False)
            if not moved and not unsettled and event_id in shown.items_by_id:
                # Drawn where the view stands: the key only scrolls the lanes to its
                # row (``show_drawn_item``); that scroll's picture is painted ahead when
                # it shows rows off screen now (a PageDown to another lane: 8-10 ms of
                # CPU at 100 000 events, the rows the scroll exposed painted).
                rows = self._reveal_rows(shown, event_id)
                if rows is not None and rows != self.verticalScrollBar().value():
                    self._reveal_paints.append(((origin, self._px_per_day), rows,
                                                self._layout_key(), self._compact_lanes))
                return None
            if self.drawn_out_of_badge(event_id):
                # The key's reveal zooms no further (verify64 F9) but still scrolls
                # there and lays that view out: it is the view to prepare.  Until
                # session 63 (scale69) none was, so End and the PageDowns that scroll
                # laid out their view in the key's frame wherever the row's event sat
                # in a "+N" badge (every such key at 1 000 events).
                return (self._origin, self._px_per_day) if moved else None
            first, last = self.visible_days()
            if last - first < 4:
                return None
            factor, most = self._reveal_zoom
            anchor = reveal_anchor_day(self._placed[event_id])
            planned = self.zoom_steps_to_item(event_id, anchor, factor, most,
                                              from_here=moved)
            if planned is None:
                return None
            if not planned[0]:  # (drawn where it scrolled to: that view's layout)
                return (self._origin, self._px_per_day) if moved else None
            view = self._view_after(("zoom", factor ** planned[0], self.x_of_day(anchor)))
            return None if view == (origin, self._px_per_day) else view
        except _ModeChangeAheadError:
            return None  # (a decision the key's reveal changes: the key's work)
        finally:
            self._origin, self._origin_unsettled = origin, unsettled
            self._laying_out_ahead = False
            self._modes_made(before)  # (kept with the probe's answer: ``_probes``)

    def _reveal_layout_step(self) -> bool:
        """The next step of the target view's layout, made with the view set to it as
        work ahead is (``_laying_out_ahead``: a lane's change of mode there drops it),
        the decisions of its steps before made again for it and all taken back after
        (``_modes_made``).  True when the target is done with (laid out and kept with
        its decisions in ``_reveal_layouts``, or dropped).

        The key's ``_layout`` then chooses compact lanes or not by that layout
        (``_compact_wanted``) and lays the view out again where the choice differs
        from the view's: that layout is the target's next one (its third element the
        choice; None: the view's).  Until session 63 (scale69) only the first was
        made, and End at 1 000 events, whose view at the data's end wants the other
        choice, laid its view out in its frame all the same."""
        assert self._reveal_steps is not None
        target, steps = self._reveal_steps
        here = (self._origin, self._px_per_day, self._compact_lanes)
        before = self._modes_snapshot()
        self._apply_modes(self._reveal_made)
        self._origin, self._px_per_day = target[0], target[1]
        if target[2] is not None:
            self._compact_lanes = target[2]
        self._laying_out_ahead, self._may_flip_ahead = True, False
        done, finished, layout = True, None, None
        try:
            if steps is None:
                key = self._layout_key()
                kept = self._reveal_layouts.get(key)
                layout = self._layouts.get(key) or (kept[0] if kept else None)
                if layout is None:
                    steps = self._layout_steps()
                    self._reveal_steps = (target, steps)
            if layout is None:
                assert steps is not None
                try:
                    next(steps)
                    done = False
                    return done
                except StopIteration as stopped:
                    layout = stopped.value
                    finished = (self._layout_key(), layout)
                except _ModeChangeAheadError:
                    return done
            if target[2] is None and self._compact_wanted(layout) != self._compact_lanes:
                self._reveal_steps = ((target[0], target[1], not self._compact_lanes), None)
                done = False
            else:
                # Painted with the headers the key's layout will choose (``target[2]``:
                # the other ones; the key's change of them keeps the picture under the
                # new ``_frame_generation``, ``_lane_headers_changed``).
                rows = self._reveal_rows(layout, self._reveal_event)
                if rows is not None:
                    self._reveal_paints.append(((target[0], target[1]), rows,
                                                self._layout_key(), self._compact_lanes))
            return done
        finally:
            self._origin, self._px_per_day, self._compact_lanes = here
            self._laying_out_ahead = False
            made = self._modes_made(before)
            self._reveal_made = () if done else made
            if finished is not None:
                self._reveal_layouts[finished[0]] = (finished[1], made)

    def _reveal_rows(self, layout: _Layout, event_id: str) -> int | None:
        """The lanes' scroll (content px) the key's reveal of ``event_id`` leaves on the
        view laid out as ``layout`` (the view set to it): the bar's value cut to the
        range that layout gives (``_update_scrollbars``), then scrolled to the event's
        row (``ensure_visible``'s ``_scroll_lanes_to``); None when not foreseen (a zoom
        that keeps the selected row, ``_kept_row``; no row or mark of the event)."""
        if self._kept_row is not None:
            return None
        rect = self._selected_rect(layout, event_id)
        if rect is None:
            return None
        visible_h = max(0, self.viewport().height() - LANES_TOP)
        maximum = max(0, int(layout.content_height - visible_h))
        return self._lanes_scroll_for(rect, min(self.verticalScrollBar().value(), maximum),
                                      maximum)

    def _room_for_reveal_picture(self) -> bool:
        """Another picture of the view's size fits in ``SIDE_PICTURES_BYTES`` beside the
        views beside the one on screen, Fit All's and the reveals' made."""
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        picture_bytes = 4.0 * viewport.width() * viewport.height() * ratio * ratio
        held = (len(self._side_pictures) + len(self._reveal_pictures) + 1
                + (self._fit_picture is not None))
        return held * picture_bytes <= SIDE_PICTURES_BYTES

    def _reveal_paint_slice(self) -> None:
        """A slice of the picture of the next view laid out ahead (``_reveal_paints``):
        ``_paint_slice`` of its job with the view's layout kept for the slice (with its
        lanes' decisions) and the lanes' bar at the scroll foreseen (its signals held,
        its repaint judged once), all put back after it."""
        job = self._reveal_job
        if job is None:
            view, rows, layout_key, compact = self._reveal_paints.pop(0)
            if not self._room_for_reveal_picture():
                self._reveal_paints.clear()
                return
            job = self._reveal_job = _PaintJob(view, (self._origin, self._px_per_day),
                                               self._last_move)
            job.reveal, job.layout_key = rows, layout_key
            self._reveal_job_headers = compact
        layout_key = job.layout_key
        assert layout_key is not None and job.reveal is not None
        kept = self._reveal_layouts.get(layout_key)
        layout = self._layouts.get(layout_key)
        decisions: Decisions = ()
        if layout is None and kept is not None:
            layout, decisions = kept
        before = self._modes_snapshot()
        if layout is None or not self._apply_modes(decisions):
            self._reveal_job = None
            self._reveal_timer.start(0)
            return
        added = layout_key not in self._layouts
        if added:
            self._layouts[layout_key] = layout
        vbar = self.verticalScrollBar()
        value, maximum = vbar.value(), vbar.maximum()
        quiet = vbar if isinstance(vbar, _PanScrollBar) else None
        held, self._paint_job = self._paint_job, job
        headers, self._compact_lanes = self._compact_lanes, self._reveal_job_headers
        vbar.blockSignals(True)
        if quiet is not None:
            quiet.hold_repaint()
        try:
            vbar.setMaximum(max(maximum, job.reveal))
            vbar.setValue(job.reveal)
            going = self._paint_slice(job)
        finally:
            vbar.setMaximum(maximum)
            vbar.setValue(value)
            if quiet is not None:
                quiet.release_repaint()
            vbar.blockSignals(False)
            self._paint_job = held
            self._compact_lanes = headers
            if added:
                self._layouts.pop(layout_key, None)
            self._modes_made(before)
        if not going:
            self._reveal_job = None
        self._reveal_timer.start(0)

    def _reveal_layout(self, key: tuple[object, ...]) -> _Layout | None:
        """The layout of a reveal's view prepared ahead with ``key`` (``_layout_key``),
        taken (the view's layouts keep it from now on), or None."""
        layouts = self._reveal_layouts
        kept = layouts.pop(key, None) if layouts else None
        if kept is None or not self._apply_modes(kept[1]):
            return None
        return kept[0]


#: (the generator type of a layout under way, for the attributes' annotations)
RevealSteps = tuple[tuple[float, float, bool | None], Generator[None, None, _Layout] | None]
