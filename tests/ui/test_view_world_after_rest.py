"""A new zoom level is packed by ``pack_lane``; the world's chunks once the view rests
(issue 11, session 27, frames31).

Stage 2 of the view's packing (frames29) packed the chunks meeting a new zoom level whole
in its frame: at 100 000 events the enter and the zoom notches cost 2-10 times main's
(``make bench``: day frames p95 76 ms against 4-6, notches at 1 000 000 events up to 146
ms), and it was held back.  Now the frames of a zoom run and the enter are packed by
``pack_lane`` as on main; the chunks are packed in idle slices once the view rests
(``TimelineView._world_rested``, ``_world_slice``: a part a slice at most, cancelled by the
next zoom) and swapped in (``_world_swap``: the titles dealt once more), and pans at that
zoom then keep every title in its row (``test_view_titles_stay_put``).  No timed
assertion: the tests wait on the condition they need."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.chunk_packing import WorldLane
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import WORLD_EAGER_EVENTS as APP_EAGER_EVENTS

# (conftest: views rest only when made to; a new zoom swapped at rest whatever the size)
pytestmark = pytest.mark.usefixtures("world_packing", "swapped_at_rest")

FIRST = _dt.date(1993, 1, 1).toordinal()


def _world_lanes_packed(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lanes ``_world_packing`` packs in the view's next layout, by category.  Only
    ``view``'s: a view an earlier test of the same process left alive may still lay out
    when its timers fire (``test_verify43_prints.py``'s "meeting" and "military" lanes,
    run before this file in one worker: the suite's only failure, on main too)."""
    packed: list[str] = []
    world_packing = TimelineView._world_packing

    def counted(self, world, on_screen, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self is view:
            packed.append(on_screen[0][0].category if on_screen else "")
        return world_packing(self, world, on_screen, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "_world_packing", counted)
    return packed


def _frame(view: TimelineView) -> None:
    """A frame of the view as it stands (its paint, then the events it posted)."""
    view.viewport().repaint()
    QApplication.processEvents()


def _restless(view: TimelineView) -> None:
    """The view never rests within the test (a loaded machine's pauses between its
    steps must not start the idle packing the test asserts has not run; the suite's
    views named ``conftest.world_packing`` rest only when made to)."""
    view._world_rest_timer.setInterval(600_000)


def _rested(qtbot, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    if not view._chunks_ahead:
        view._world_rest_timer.setInterval(150)
        view._world_rest_timer.start()
    qtbot.waitUntil(lambda: view._world_at == view._world_here(), timeout=10000)
    view.viewport().repaint()


def _rested_at_four_months(qtbot, shown_view) -> TimelineView:  # type: ignore[no-untyped-def]
    """A view of ``_mixed(4500)`` at 1100x560 on four months from ``FIRST``, rested: its
    lanes packed from the world's chunks."""
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    _restless(view)
    view.go_to_days(FIRST, FIRST + 120)
    _frame(view)
    _rested(qtbot, view)
    return view


def test_a_new_zoom_level_paints_with_pack_lane_and_packs_no_chunk(
        qtbot, shown_view, parts_packed, monkeypatch):  # type: ignore[no-untyped-def]
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    _restless(view)
    world = _world_lanes_packed(view, monkeypatch)
    view.go_to_days(FIRST, FIRST + 120)  # the enter
    _frame(view)
    for _ in range(4):  # a zoom run's notches, back to back
        view.zoom_by(1.25, 500.0)
        _frame(view)
    assert view._world_beyond_the_right()  # (a view the chunks would pack at rest)
    assert view._layout().world_lanes  # lanes of rows on screen
    assert not parts_packed, "a chunk packed in a new zoom level's frame"
    assert not world
    assert view._world_at != view._world_here()


def test_after_rest_the_chunks_are_swapped_in(qtbot, shown_view, parts_packed, monkeypatch):  # type: ignore[no-untyped-def]
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    _restless(view)
    view.go_to_days(FIRST, FIRST + 120)
    _frame(view)
    assert not parts_packed
    view._world_rest_timer.setInterval(150)
    view._world_rest_timer.start()
    world = _world_lanes_packed(view, monkeypatch)
    qtbot.waitUntil(lambda: view._world_at == view._world_here(), timeout=10000)
    # Its picture made while the app waited (a released drag's way), then shown.
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=10000)
    assert world  # laid out in those slices from the chunks
    assert parts_packed
    layout = view._layout()
    assert world  # the view's lanes of rows packed from the chunks now
    lanes = layout.world_lanes
    assert lanes
    shift = view._origin * view._px_per_day
    width = view.viewport().width()
    for lane, rows in lanes:
        packer = view._world_rows(lane, rows).packer
        assert all(packer.packed(k) for k in packer.chunks_between(shift, shift + width))
    # A pan at the rested zoom packs no chunk in its frame beyond those coming into view.
    before = len(parts_packed)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + max(1, bar.pageStep() // 16))
    _frame(view)
    assert view._world_at == view._world_here()
    assert len(parts_packed) - before <= 2 * len(lanes)


def test_a_zoom_during_the_idle_packing_cancels_it(qtbot, shown_view, parts_packed):  # type: ignore[no-untyped-def]
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    _restless(view)
    view.go_to_days(FIRST, FIRST + 120)
    _frame(view)
    view._world_rested()  # the view rested: its chunks queued
    assert view._chunks_ahead
    zoom = view._world_here()
    assert view._world_queue_at == zoom
    view._chunk_timer.stop()  # (its slices: not before the notch, for the test)
    view.zoom_by(1.25, 500.0)  # a notch before they are packed
    _frame(view)
    assert not view._chunks_ahead  # cancelled
    assert view._world_queue_at is None
    view._world_slice()  # (a slice due meanwhile packs nothing of the old zoom)
    assert not parts_packed
    assert view._world_at is None
    view._world_rest_timer.setInterval(150)
    view._world_rest_timer.start()
    _rested(qtbot, view)  # the new zoom's, once it rests
    assert view._world_at == view._world_here() != zoom


def test_where_the_view_shows_the_datas_end_nothing_is_queued(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """fix39's rule: where the view shows the data's end (Fit All on a linear scale)
    the lanes keep ``pack_lane`` (the last titles read whole, left of their markers):
    no chunk is packed for it at rest, nothing is swapped in."""
    view = shown_view(_mixed(4500), (1100, 560))  # Fit All
    QApplication.processEvents()
    assert view._scale.is_linear and not view._world_beyond_the_right()
    assert view._layout().world_lanes is None
    view._world_rested()
    assert not view._chunks_ahead
    assert view._world_at is None


def _packers(view: TimelineView) -> dict[str, WorldLane]:
    """The world's chunks of the view's lanes of rows, by category."""
    lanes = view._layout().world_lanes
    assert lanes
    return {lane.category: view._world_rows(lane, rows).packer for lane, rows in lanes}


def test_a_resize_keeps_the_packed_chunks(qtbot, shown_view, monkeypatch):  # type: ignore[no-untyped-def]
    """A resize that keeps the chunks' width and the lanes' rows keeps every chunk
    packed and the packing swapped in (session 28, frames32: a resize bumped the frame
    generation that keyed them, and the next rest packed every chunk again and swapped
    again: bench_view's resize frames, 1 px either way, were the frame sessions' p95)."""
    view = _rested_at_four_months(qtbot, shown_view)
    at, packers = view._world_at, _packers(view)
    world = _world_lanes_packed(view, monkeypatch)
    for delta in (1, -1, 1, -1):
        view.resize(view.width() + delta, view.height())
        _frame(view)
        assert view._world_at == at == view._world_here()
        assert not view._world_rest_timer.isActive() and not view._chunks_ahead
    assert world  # every frame at the new size packed from the chunks, none by pack_lane
    assert _packers(view) == packers and all(
        _packers(view)[category] is packer for category, packer in packers.items())


def test_a_search_keeps_the_packed_chunks_a_filter_does_not(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """A repaint that changes no lane (a search's emphasis) keeps the chunks; a filter
    that hides an event changes its lane: new chunks, packed at the next rest."""
    view = _rested_at_four_months(qtbot, shown_view)
    at, packers = view._world_at, _packers(view)
    view.set_emphasis({"e1", "e2"}, None)
    _frame(view)
    assert view._world_at == at == view._world_here()
    assert all(_packers(view)[category] is packer for category, packer in packers.items())
    view.set_emphasis(None, {"e3"})
    _frame(view)
    assert view._world_at != view._world_here()  # (pack_lane until the next rest)
    assert view._layout().world_lanes is not None
    _rested(qtbot, view)
    assert all(_packers(view)[category] is not packer
               for category, packer in packers.items())


def test_the_chunks_width_stays_while_the_width_moves_a_little(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_mixed(300), (1100, 560), fit=False)
    chunk = view._world_chunk_px()
    assert chunk >= view.viewport().width()
    for delta in (1, -1, 200, -200, -1):
        view.resize(view.width() + delta, view.height())
        assert view._world_chunk_px() == chunk
    view.resize(view.width() + 600, view.height())  # a much wider view: wider chunks
    assert view._world_chunk_px() >= view.viewport().width()


def _crowded() -> Timeline:
    """Two lanes over 400 days: a day's points and, every third event, a span of 20-80
    days (at a zoom of days ~100 of them cross the view: no row, a "+N" at the left
    edge, the rows left to spans), and a sparse lane."""
    events = []
    for i in range(2400):
        day = _dt.date.fromordinal(FIRST + (i * 7) % 400)
        end = (FuzzyDate.of_day(day + _dt.timedelta(days=20 + (i * 13) % 61))
               if i % 3 == 0 else None)
        events.append(Event(f"c{i}", f"Envoys meet on the border question, round {i}",
                            FuzzyDate.of_day(day), end=end,
                            category=("meeting", "visit")[i % 2]))
    events += [Event(f"s{i}", f"Statement {i}",
                     FuzzyDate.of_day(_dt.date.fromordinal(FIRST + i * 9)),
                     category="statement") for i in range(40)]
    return Timeline.from_events(events)


@pytest.mark.parametrize(("crowded", "days"), [(True, 3.0), (True, 20.0), (False, 3.0),
                                               (False, 30.0), (False, 120.0)])
def test_the_badges_gathered_per_chunk_are_the_pixels_of_every_frames_gathering(
        qtbot, shown_view, monkeypatch, crowded, days):  # type: ignore[no-untyped-def]
    """The "+N" events of a lane packed from the world's chunks gathered from the
    world's items (``_world_left_out``, session 28, frames32: the events on screen less
    those shown, a set's difference) give the pixels of gathering them from every event
    on screen each frame (frames31's way), panning
    across the chunks' seams at a zoom of days (40-day spans over the view: a badge at
    the left edge and the rows left to spans, ``_world_context``) and of months.  (The
    views of the pan as laid out at rest: a rightward pan's frames keep their layout,
    ``view_kept_ride``, and lay out no chunks.)"""
    from test_view_batched_paint import _picture

    from timeline_app.ui import view_kept_ride

    monkeypatch.setattr(view_kept_ride, "RIDE_KEPT_LAYOUT", False)

    view = shown_view(_crowded() if crowded else _mixed(4500), (1100, 560), fit=False)
    _restless(view)
    view.go_to_days(FIRST + 150, FIRST + 150 + days)
    _frame(view)
    _rested(qtbot, view)
    gathered = TimelineView._world_left_out
    per_chunk: list[int] = []

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        left_out = gathered(*args, **kwargs)
        if left_out is not None:
            per_chunk.append(len(left_out))
        return left_out

    monkeypatch.setattr(TimelineView, "_world_left_out", staticmethod(counted))
    bar = view.horizontalScrollBar()
    for _ in range(12):
        bar.setValue(bar.value() + max(1, bar.pageStep() // 5))
        assert view._world_at == view._world_here()
        view._layouts.clear()
        chunks = _picture(view)
        with monkeypatch.context() as patch:  # every frame's way: from each event on screen
            patch.setattr(TimelineView, "_world_left_out", staticmethod(lambda *a: None))
            view._layouts.clear()
            each = _picture(view)
        assert chunks == each
        view._layouts.clear()
    assert per_chunk and max(per_chunk) > 0  # (the world's items were used, with events)


def test_the_idle_packing_waits_for_the_inputs_to_pause_and_keeps_to_its_slice(
        qtbot, shown_view, parts_packed):  # type: ignore[no-untyped-def]
    """A chunk part is not packed while inputs come (``WORLD_QUIET_MS`` after the last:
    between a hover's or a resize's frames it delayed the next, session 28, frames32);
    once they pause, a slice packs no more parts than ``IDLE_SLICE_MS`` allows at the
    last part's cost (one, at a cost over it), as fix40's slices."""
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    _restless(view)
    view.go_to_days(FIRST, FIRST + 120)
    _frame(view)
    view._world_rested()  # the view rested: its chunks queued
    view._chunk_timer.stop()  # (its slices: called here, for the test)
    queued = len(view._chunks_ahead)
    assert queued > 1
    view._note_input()  # a mouse move, say
    view._world_slice()
    assert not parts_packed and len(view._chunks_ahead) == queued
    assert view._chunk_timer.isActive()  # (again after the pause)
    view._chunk_timer.stop()
    view._input_at = -float("inf")  # the inputs paused
    view._world_part_ms = 1000.0  # (a part dearer than a slice)
    view._world_slice()
    assert len(parts_packed) == 1  # one part, then a turn of the event loop
    assert view._chunk_timer.isActive()
    view._chunk_timer.stop()
    view._world_part_ms = 0.0
    while view._chunks_ahead:
        view._world_slice()
        view._chunk_timer.stop()
    assert len(parts_packed) > 1


def test_chunks_ahead_of_a_view_packed_from_them_do_not_wait_for_a_pause(
        qtbot, shown_view, parts_packed):  # type: ignore[no-untyped-def]
    """Once the view is packed from the chunks, those a pan is about to meet are packed
    between its inputs (a held key's pan would else pack them in its frame); after a
    hover they wait for the pause."""
    view = _rested_at_four_months(qtbot, shown_view)
    lane, rows = view._layout().world_lanes[0]
    packer = view._world_rows(lane, rows).packer
    shift = view._origin * view._px_per_day
    ahead = [k for k in packer.chunks_between(shift, shift + 4 * packer.chunk_px)
             if not packer.packed(k)]
    assert ahead
    view._queue_chunks(packer, ahead[:1])
    view._chunk_timer.stop()
    before = len(parts_packed)
    view._note_input()  # a mouse move over the view: they wait for the pause
    view._world_slice()
    assert len(parts_packed) == before
    view._chunk_timer.stop()
    view._note_input()  # a held key's repeat, which moves the view: not
    view._note_world_rest(True)
    view._world_slice()
    assert len(parts_packed) > before


def test_a_swap_keeps_the_keys_of_other_zooms_pictures(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The swap changes the packing of its own zoom only: the keys of pictures of
    another zoom (Fit All's, a wheel notch's, made while the app waited before it) stay,
    so those pictures are still shown (session 28, frames32: keyed by ``_world_at``
    whatever the zoom, Fit All's frame after a resize was painted whole)."""
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    _restless(view)
    view.go_to_days(FIRST, FIRST + 120)
    _frame(view)

    def key_at(ppd: float) -> tuple[object, ...]:
        here = view._px_per_day
        view._px_per_day = ppd
        try:
            return view._frame_key()
        finally:
            view._px_per_day = here

    ppd = view._px_per_day
    other_before, own_before = key_at(ppd * 1.25), key_at(ppd)
    _rested(qtbot, view)
    assert key_at(ppd * 1.25) == other_before
    assert key_at(ppd) != own_before  # (its own zoom: the other packing)


@pytest.mark.parametrize("factor", [1.25, 0.8])
def test_a_zooms_first_picture_is_the_one_that_stays(qtbot, shown_view, monkeypatch, factor):  # type: ignore[no-untyped-def]
    """verify53 F6: at a few thousand events (``WORLD_EAGER_EVENTS``) a zoom's first
    frame packs its lanes of rows from the world's chunks, so the view resting after it
    deals no title again: the same rows, "+N" badges and lane heights, pixel for pixel
    (on main the rest's swap dealt a busy lane's titles another way ~0.5 s after every
    notch, a lane grew a row and every lane below moved down).  A wheel notch each way,
    from a view rested, as a user zooms."""
    from test_view_batched_paint import _picture
    from view_pictures import rest

    from timeline_app.ui.view_settings import set_in_view

    # (``_mixed(2000)`` holds 5 000 events, 3 000 of them its dense lane's: eager here
    # at that count; the app's ``WORLD_EAGER_EVENTS`` is checked on 1 998 treaties by
    # ``benchmarks/zoom_first_frame_cg.py``)
    set_in_view("WORLD_EAGER_EVENTS", max(APP_EAGER_EVENTS, 5000), monkeypatch)
    view = shown_view(_mixed(2000), (1100, 560), fit=False)
    view.go_to_days(FIRST + 200, FIRST + 320)
    _frame(view)
    rest(view)
    assert view._world_beyond_the_right()  # (a view packed from the chunks)
    view.zoom_by(factor, 500.0)
    _frame(view)
    assert view._layout().world_lanes  # (lanes of rows on screen)
    first = _picture(view)
    layout = view._layout()
    rows = [(lane.category, lane.top, lane.height) for lane in layout.lanes]
    view._world_rest_timer.setInterval(150)
    view._world_rest_timer.start()
    qtbot.wait(400)  # (a rest and its idle work, were any waiting)
    rest(view)
    assert [(lane.category, lane.top, lane.height) for lane in view._layout().lanes] == rows
    assert _picture(view) == first


def test_a_zoom_back_to_a_swapped_zoom_packs_from_its_kept_chunks(
        qtbot, shown_view, parts_packed):  # type: ignore[no-untyped-def]
    """verify53 F6 at 100 000 events (``WORLD_EAGER_EVENTS`` 0 here): a notch in, a rest
    there, and the notch back out: the first frame back packs its lanes from the chunks
    kept from the rest there before (``_world_partial``), none packed in the frame, and
    the rest after it deals no title again (on main the zoom back was dealt by
    ``pack_lane`` and swapped again at its rest)."""
    from test_view_batched_paint import _picture
    from view_pictures import rest

    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    view.go_to_days(FIRST + 200, FIRST + 320)
    _frame(view)
    rest(view)
    before = _picture(view)
    view.zoom_by(1.25, 500.0)
    _frame(view)
    rest(view)
    assert view._world_at == view._world_here()
    packed = len(parts_packed)
    view.zoom_by(1 / 1.25, 500.0)
    view.viewport().repaint()  # (the notch's frame alone)
    assert len(parts_packed) == packed  # (no chunk packed in the frame)
    first = _picture(view)
    assert first == before  # (the view it left, as it was)
    assert view._world_partial() and view._layout().world_lanes
    _frame(view)
    rest(view)
    assert view._world_at == view._world_here()
    assert _picture(view) == first
