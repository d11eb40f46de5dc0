"""A drag's stretch (issue 11, sessions 9-10): laid out while the view rests, its tiles
painted in bands of rows while the app waits, the next stretch laid out and painted
where the drag will leave this one, and the release keeping the rows the drag showed.
A held Shift+arrow or a wheel makes no pan: each step is laid out and its next painted
ahead (keys11's runs sliding a pan's picture lost to that and were removed, session 11).
"""

from __future__ import annotations

import itertools
import math

import pytest
import view_pictures
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed
from test_view_drag_frames import FIRST, _empty_spot, _mouse
from test_view_pan_gesture import _move, _release, _rgb, _shown

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import PAN_MODIFIERS
from timeline_app.ui.view_settings import set_in_view

SIZE = (1100, 560)


def test_a_held_shift_arrow_steps_with_its_next_step_painted_ahead(qtbot, shown_view):
    """Session 10's end-of-session bench: a held Shift+arrow sliding the pan's picture
    (keys11) had a latency p95 of 14-19 ms against 3-4 ms with each step laid out and the
    next painted ahead.  A held key makes no pan; each step paints its next ahead."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    for repeat in (False, True, True, True):
        _key(view, Qt.Key.Key_Right, repeat)
        assert view._move_ahead is not None  # its next step painted ahead
        _shown(view)
        _idle(view)
        assert view._pan is None


def _idle(view: TimelineView) -> None:
    """The event loop idles until the work done while it waits is done: the pan's, and
    a step painted ahead."""
    for _ in range(2000):
        if not view._pan_timer.isActive() and not view._ahead_timer.isActive():
            return
        QApplication.processEvents()


def _key(view: TimelineView, key: Qt.Key, repeat: bool,
         kind: QEvent.Type = QEvent.Type.KeyPress) -> None:
    QApplication.sendEvent(view, QKeyEvent(kind, key, PAN_MODIFIERS,
                                           "", repeat))


def _at_rest(view: TimelineView, days: float = 200.0) -> None:
    view.go_to_days(FIRST, FIRST + days)
    QApplication.processEvents()
    view.viewport().repaint()


def _dragging(view: TimelineView) -> tuple[float, float]:
    """A press on empty space and a first move past the drag's threshold, shown, the
    app idle after it (the stretch laid out, the tiles under the view painted): where
    the pointer is."""
    _at_rest(view)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    x = press.x() - 12
    _move(view, x, press.y())
    _shown(view)
    _idle(view)
    assert view._pan is not None and view._pan.moved
    return x, press.y()


def _lanes_only_paints(view: TimelineView, monkeypatch) -> list[int]:
    """A counter of the tiles' paints (``_paint`` with ``lanes_only``)."""
    calls: list[int] = []
    paint = view._paint

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("lanes_only"):
            calls.append(1)
        return paint(*args, **kwargs)

    monkeypatch.setattr(view, "_paint", counted)
    return calls


def test_leaving_a_stretch_paints_nothing_when_the_app_had_time(qtbot, shown_view,
                                                                  monkeypatch):
    """The next stretch is laid out around where the drag will leave this one and its
    tiles there are painted while the app waits: the move that takes it copies pixels
    (before: centred on the view at the time, its tiles painted by the frame that took
    it, a view's paint: 18-36 ms at 100 000 events and 2560x1440)."""
    view = shown_view(_mixed(4500), SIZE)
    x, y = _dragging(view)
    calls = _lanes_only_paints(view, monkeypatch)
    taken = 0
    for step in range(24):
        before = view._pan
        del calls[:]
        x -= 137
        _move(view, x, y)
        shown = _shown(view)
        if view._pan is not before:
            taken += 1
            assert not calls, f"move {step}: the frame that took the next stretch painted"
            assert shown == _rgb(view_pictures.whole_paint(view)), f"move {step}"
        _idle(view)
    assert taken >= 2


def test_tiles_are_painted_in_bands_while_the_app_waits(qtbot, shown_view, monkeypatch):
    """A group of tiles painted while the app waits is cut into bands of rows, one
    slice each (``IDLE_SLICE_MS``): a whole group was one slice of 13-17 ms at 100 000
    events and 2560x1440, which the drag's next move waited for.  The bands give the
    pixels of one paint.  Before the drag moves the view (no frame waits), a group
    under the view is painted whole: in bands it cost 1.5 times as much in all, and
    the press had not painted the view's tiles when the drag passed its threshold."""
    set_in_view("IDLE_SLICE_MS", 1e-3, monkeypatch)
    set_in_view("PAN_FIRST_BAND_ROWS", 40, monkeypatch)
    set_in_view("PRESS_SLICE_BYTES", 1, monkeypatch)  # one tile a slice
    # (Every tile painted: none copied from the view at rest, a slice of its own,
    # test_view_pan_rest_tiles.)
    set_in_view("PAN_REST_TILES", False, monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    pan = view._pan
    assert pan is not None
    view._pan_timer.stop()
    for _ in range(10_000):
        if pan.layout is not None:
            break
        view._pan_work()
    assert not pan.painted and not pan.partial
    view._pan_work()  # one slice: the picture made, nothing painted yet
    assert pan.picture is not None and not pan.painted and not pan.partial
    view._pan_work()  # one slice: a tile under the view, whole
    assert len(pan.painted) == 1 and not pan.partial
    under = set(pan.painted)
    _move(view, press.x() - 40, press.y())  # the drag moves the view
    assert pan.moved
    _shown(view)  # (its frame paints the rest of the tiles under it)
    view._pan_timer.stop()
    view._pan_work()  # one slice: one band of a group beside the view
    assert pan.partial
    _idle(view)
    assert not pan.partial and len(pan.painted) > len(under)
    _move(view, press.x() - 60, press.y())
    assert view._pan is pan and pan.moved
    assert _shown(view) == _rgb(view_pictures.whole_paint(view))


def test_the_stretch_is_laid_out_while_the_view_rests(qtbot, shown_view):
    """Once the view rests (its picture and the views beside it made), the stretch a
    press would pan is laid out (not painted) while the app waits; a press takes it,
    so the drag's first move lays nothing out."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    qtbot.waitUntil(lambda: view._pan_rest is not None and view._pan_rest[1] is None,
                    timeout=5000)
    rest = view._pan_rest[0]
    assert rest.layout is not None and rest.picture is None
    _mouse(view, QEvent.Type.MouseButtonPress, _empty_spot(view), Qt.MouseButton.LeftButton)
    assert view._pan is rest and view._pan_steps is None


def test_the_stretch_s_article_lines_are_chosen_while_the_view_rests(qtbot, shown_view,
                                                                     monkeypatch):
    """The stretch laid out at rest has its article lines chosen at rest too (a slice
    of their own), so that the press's first slice does not choose them (3 ms of a
    17-21 ms slice at 100 000 events and 2560x1440); the press's first slice only
    makes the picture, the next copies the tiles the view's picture at rest holds
    (``PAN_REST_TILES``), the next ones paint tiles under the view (one each here:
    ``PRESS_SLICE_BYTES``)."""
    set_in_view("PRESS_SLICE_BYTES", 1, monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    qtbot.waitUntil(lambda: view._pan_rest is not None and view._pan_rest[1] is None
                    and view._pan_rest[0].article_lines is not None, timeout=5000)
    rest = view._pan_rest[0]
    assert rest.picture is None
    _mouse(view, QEvent.Type.MouseButtonPress, _empty_spot(view), Qt.MouseButton.LeftButton)
    assert view._pan is rest
    view._pan_timer.stop()
    view._pan_work()
    assert rest.picture is not None and not rest.painted
    view._pan_work()
    copied = len(rest.painted)
    assert copied and rest.rest is None
    for count in (1, 2):
        view._pan_work()
        assert len(rest.painted) == copied + count and not rest.partial


def test_moves_within_the_drag_s_threshold_set_its_pace(qtbot, shown_view):
    """The moves with the button held before the drag passes its threshold set the
    moves' pace (``_drag_pace``) too, so that the slices painting beside the view
    then end before the next move is due (the move passing the threshold waited for
    a 5 ms slice: latency 11-13 ms at 100 000 events and 2560x1440)."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    assert view._drag_pace is None
    _move(view, press.x() - 1, press.y())
    assert not view._dragging and view._drag_pace is not None


@pytest.mark.parametrize("days", [60.0, 120.0, 200.0])
def test_the_release_keeps_the_rows_the_drag_showed(qtbot, shown_view, days):
    """After a drag, every item whose title its last frame showed whole (its marker on
    screen, a span's bar maybe cut) keeps its row, side and title in the released
    view's layout; those cut by the view's edges
    come back laid out for the edges, touching none in their row (before: every lane
    was re-laid for the new edges and many events changed rows at the release)."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view, days)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    x = press.x()
    for dx in (-9, -17, -31, -60, -45):
        x += dx
        _move(view, x, press.y())
        _shown(view)
    assert view._pan is not None and view._pan.moved
    seen = view._layout()
    width = view.viewport().width()
    shown_whole = {item.event_id: (item.marker, item.label_rect, item.label)
                   for lane in seen.lanes if not lane.dense for item in lane.items
                   if item.label_rect.left() >= 0 and item.label_rect.right() <= width
                   and item.marker.right() > 0 and item.marker.left() < width}
    assert len(shown_whole) > 10
    _release(view, x, press.y())
    assert view._pan is None
    shown = _shown(view)
    after = view._layout()
    kept = [event_id for event_id, (marker, label_rect, label) in shown_whole.items()
            if (item := after.items_by_id.get(event_id)) is not None
            and (item.marker, item.label_rect, item.label) == (marker, label_rect, label)]
    # Lanes where what the edges' layout shows finds room beside them keep their rows;
    # a lane too crowded for that is laid out for the edges (verify11: titles cut by an
    # edge vanished at the release, leaving empty rows and no "+N" counting them)
    # (in this timeline's crowded lanes 1 of 57, 18 of 54 and 42 of 90 keep theirs)
    assert kept, (len(kept), len(shown_whole))
    for lane in after.lanes:  # nothing over another in a row
        rects = sorted(([item.rect for item in lane.items] + [b.rect for b in lane.badges]),
                       key=lambda r: (round(r.center().y()), r.left()))
        for a, b in itertools.pairwise(rects):
            if round(a.center().y()) == round(b.center().y()):
                assert a.right() <= b.left() + 0.5, (a, b)
    assert shown == _rgb(view_pictures.whole_paint_of_kept(view))
    # no event the view laid out for its edges shows (as an item or in a "+N") is lost
    view._layouts.clear()
    fresh = view._layout()
    for mine, released in zip(fresh.lanes, after.lanes, strict=True):
        if mine.dense:
            continue
        ids = {item.event_id for item in released.items}.union(
            *(badge.keys for badge in released.badges))
        wanted = {item.event_id for item in mine.items}.union(
            *(badge.keys for badge in mine.badges))
        assert wanted <= ids, (mine.category, sorted(wanted - ids)[:5])


def test_a_move_s_frame_comes_before_the_pan_s_work(qtbot, shown_view):
    """Between a move of the drag and its frame the pan's work waits (the frame starts
    it again): its 0 ms timer fired before the frame's update request, and a slice of
    tiles (~5 ms) added to that move's frame (issue 11, session 11: CPU p95 of the
    drag's moves 10.6 against 4.1 ms at 1 000 000 events and 2560x1440)."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    _idle(view)
    pan = view._pan
    assert pan is not None and pan.layout is not None
    _move(view, press.x() - 2, press.y())  # within the threshold: the tiles beside wanted
    _move(view, press.x() - 30, press.y())  # the view moves: its frame is due
    assert pan.moved
    work = (set(pan.painted), dict(pan.partial))
    view._pan_work()
    assert (pan.painted, pan.partial) == work, "the pan's work ran before the move's frame"
    assert _shown(view) == _rgb(view_pictures.whole_paint(view))
    assert view._pan_timer.isActive()  # the frame started it again
    view._pan_work()
    assert (pan.painted, pan.partial) != work  # (the tiles beside the view)
    _release(view, press.x() - 30, press.y())


def test_a_held_press_holds_the_work_ahead_until_the_release(qtbot, shown_view,
                                                            monkeypatch):
    """While the button is held (a drag may follow), the pictures of the views beside
    are not painted on: the pan's tiles under the view come first; the release goes on
    with them (before, their slices ran between the press and the drag's first moves,
    4-5 ms each at 100 000 events and 2560x1440)."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    qtbot.waitUntil(lambda: view._paint_job is not None and view._paint_job.side,
                    timeout=5000)
    job = view._paint_job
    assert job is not None and job.side
    slices: list[int] = []
    paint_slice = view._paint_slice

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        slices.append(1)
        return paint_slice(*args, **kwargs)

    monkeypatch.setattr(view, "_paint_slice", counted)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    assert view._pan is not None
    view._lay_out_ahead()
    _idle(view)
    assert not slices and view._paint_job is job
    _release(view, press.x(), press.y())  # a click
    assert view._ahead_timer.isActive()
    _idle(view)
    assert slices


def test_a_slice_of_the_drag_s_tiles_ends_before_its_next_move_is_due(qtbot, shown_view,
                                                                    monkeypatch):
    """While a drag's moves come (60 a second from a mouse), a slice of the pan's work
    paints what is left of the time before the next move is due (the least band when it
    is due), so that the move does not wait for it; with no move coming, a whole slice
    (``IDLE_SLICE_MS``).  Before, 5-7 ms slices ran back to back between moves 16.7 ms
    apart: the drag at 100 000 events and 1600x900 had a latency p95 of 10.1 ms with
    frames of 3.7 (issue 11, session 10's bench)."""
    import types

    view = shown_view(_mixed(4500), SIZE)
    _at_rest(view)
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    _idle(view)
    _move(view, press.x() - 30, press.y())
    _shown(view)
    pan = view._pan
    assert pan is not None and pan.moved

    bands: list[int] = []
    paint_band = view._paint_pan_band

    # The view's CPU clock advances by the rows painted alone, at the fixed cost of a
    # row below: with the real ``thread_time`` a slow moment of the machine made the
    # first band "dearer" than noted and ended the free slice at it (32 rows: CI of
    # session 51 failed so once, on code that passed twice before).
    cpu = [0.0]

    def counted(pan, first, end, top, bottom, *cols):  # type: ignore[no-untyped-def]
        bands.append(bottom - top)
        done = paint_band(pan, first, end, top, bottom, *cols)
        cpu[0] += (bottom - top) * view._pan_row_ms / 1000
        return done

    monkeypatch.setattr(view, "_paint_pan_band", counted)

    def band(pace: tuple[float, float] | None) -> int:
        """Rows of the pan's tiles one slice paints (the cost of a row fixed)."""
        view._pan_row_ms = 0.05
        view._drag_pace = pace
        del bands[:]
        view._pan_work()
        assert bands, "no tiles painted"
        return sum(bands)

    # The view's clock stands still (a loaded machine's pauses change nothing).
    set_in_view("time", types.SimpleNamespace(
        perf_counter=lambda: 100.0, thread_time=lambda: cpu[0]), monkeypatch)
    due = band((100.0 - 0.0158, 1 / 60))  # the next move due in 0.9 ms
    free = band(None)  # no move coming
    assert due <= 2 * timeline_view.MIN_BAND_ROWS < free
    _release(view, press.x() - 30, press.y())


def test_the_next_stretch_copies_what_this_one_painted_and_paints_the_rest_in_bands(
        qtbot, shown_view, monkeypatch):
    """Once the next stretch is laid out, a slice copies the tiles this one painted
    into it (no paint: there it keeps this one's items, badges and article lines,
    ``_copy_stretch_tiles``); the tiles painted ahead after that (this stretch's the
    drag's way, then the next one's own) come in bands as the stretch's own beside the
    view do (only the tiles under the view before the drag moved it are painted a
    whole group a slice: no frame waits then)."""
    view = shown_view(_mixed(4500), SIZE)
    x, y = _dragging(view)
    pan = view._pan
    assert pan is not None
    x -= pan.tile + 40
    _move(view, x, y)
    _shown(view)
    for _ in range(5000):  # the stretch's tiles, then the next stretch's layout
        following = view._pan_next
        if following is not None and following[1] is None:
            break
        view._pan_work()
    following = view._pan_next
    assert following is not None and following[1] is None
    ahead = following[0]
    painted_into: set[int] = set()
    band = view._paint_pan_band

    def counted(into, first, end, top, bottom, cols=None):  # type: ignore[no-untyped-def]
        if into is ahead:
            painted_into.update(range(*(cols or (first, end))))
        return band(into, first, end, top, bottom, cols)

    copied: set[int] = set()
    copy = view._copy_stretch_tiles

    def spied(src, dst, most=None, budget=None):  # type: ignore[no-untyped-def]
        before = set(dst.painted)
        done = copy(src, dst, most, budget)
        if dst is ahead:
            copied.update(dst.painted - before)
        return done

    monkeypatch.setattr(view, "_paint_pan_band", counted)
    monkeypatch.setattr(view, "_copy_stretch_tiles", spied)
    set_in_view("IDLE_SLICE_MS", 1e-3, monkeypatch)
    set_in_view("PAN_CATCH_UP_MS", 1e-3, monkeypatch)
    banded = False
    for _ in range(5000):
        if copied:
            break
        view._pan_work()
        banded = banded or bool(pan.partial or ahead.partial)
    assert copied and not copied & painted_into  # copied, not painted
    assert banded  # a band, not a whole group, of this stretch's tiles or the next one's
    _release(view, x, y)


def _stretch_offset(view: TimelineView, src, dst) -> int:  # type: ignore[no-untyped-def]
    """How far right of ``dst``'s left edge ``src``'s lies, px (dst x = src x - this)."""
    ppd = view._px_per_day
    return round((dst.origin0 - dst.margin / ppd - (src.origin0 - src.margin / ppd)) * ppd)


@pytest.mark.parametrize("size", [SIZE, (1100, 900)])  # (900: a density lane on screen)
@pytest.mark.parametrize("slices", [2, None])
def test_a_long_drag_one_way_never_lays_out_a_whole_stretch_on_a_frame(
        qtbot, shown_view, monkeypatch, size, slices):
    """A drag going one way leaves stretch after stretch.  Each next stretch is laid
    out while the app waits, and a frame that leaves a stretch before that is done
    runs the rest of its steps, never a whole new stretch's layout (before, it laid
    out a stretch around the view: with frames back to back, 13-28 ms in a frame of
    47-75 ms at 100 000 events and 2560x1440, issue 11, session 21).  Given the time
    (``slices`` None: the app idles between moves; 2: two least slices a move), the
    next stretch's tiles the view will show are copied from the stretch it leaves,
    never painted into it, and the frame that takes it paints nothing; every such
    frame shows what a whole paint of its stretch shows.  Counted, not timed."""
    set_in_view("IDLE_SLICE_MS", 1e-3 if slices else 5.0, monkeypatch)
    set_in_view("PAN_CATCH_UP_MS", 1e-3 if slices else 20.0, monkeypatch)
    view = shown_view(_mixed(4500), size)
    x, y = _dragging(view)
    layouts: list[int] = []
    layout_steps = view._layout_steps

    def counted_layouts(*args, **kwargs):  # type: ignore[no-untyped-def]
        layouts.append(1)
        return layout_steps(*args, **kwargs)

    monkeypatch.setattr(view, "_layout_steps", counted_layouts)
    calls = _lanes_only_paints(view, monkeypatch)
    painted_ahead: list[tuple[int, int, int]] = []  # (offset, first tile x, its end x)
    band = view._paint_pan_band

    def counted_bands(pan, first, end, top, bottom, cols=None):  # type: ignore[no-untyped-def]
        following = view._pan_next
        if following is not None and pan is following[0] and view._pan is not None:
            lo, hi = cols or (first, end)
            offset = view._content_offset()
            if not (following[0].layout is not None and any(
                    lane.dense and top >= math.floor(lane.top + offset)
                    and bottom <= math.ceil(lane.top + lane.height + offset)
                    for lane in following[0].layout.lanes)):
                painted_ahead.append((_stretch_offset(view, view._pan, pan),
                                      lo * pan.tile, hi * pan.tile))
        return band(pan, first, end, top, bottom, cols)

    monkeypatch.setattr(view, "_paint_pan_band", counted_bands)
    taken = 0
    for step in range(40):
        before = view._pan
        width = before.width if before is not None else 0
        del layouts[:], calls[:]
        x -= 97
        _move(view, x, y)
        shown = _shown(view)
        assert not layouts, f"move {step}: a stretch laid out in the frame"
        if view._pan is not before:
            taken += 1
            if slices is None:
                assert not calls, f"move {step}: the frame that took the next stretch painted"
            assert shown == _rgb(view_pictures.whole_paint(view)), f"move {step}"
        if slices is None:
            _idle(view)
        else:
            for _ in range(slices):
                view._pan_work()
        # Painted into the next stretch: no tile wholly within the one it follows (a
        # density lane's rows aside, whose bars it may draw otherwise).
        tile = before.tile if before is not None else 1
        for offset, lo, hi in painted_ahead:
            assert not any(0 <= k + offset and k + tile + offset <= width
                           for k in range(lo, hi, tile)), f"move {step}"
        del painted_ahead[:]
    assert taken >= 3
    _release(view, x, y)
