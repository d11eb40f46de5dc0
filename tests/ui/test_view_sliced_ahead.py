"""Work done while the app waits is cut into slices (issue 11): the step of a steady pan
painted ahead, and the picture of a view that stayed on screen, are laid out and then
painted band by band, each slice from a 0 ms timer (``TimelineView._paint_slice``).

Whatever happens between two slices (an edit, a palette change, a resize, a vertical
scroll, a selection, a move of the view elsewhere or onto the very step being painted),
no frame may show a picture other than a paint that remembers nothing
(``view_pictures.whole_paint``), at one and two device pixels a pixel."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

import pytest
import view_pictures
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _dark, _fresh_picture, _mixed

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import LANE_HEADER, LANE_PAD, LANES_TOP, TimelineView
from timeline_app.ui.view_base import PAN_MODIFIERS
from timeline_app.ui.view_settings import set_in_view

PAN = 101.0
SIZE = (1100, 460)  # lanes taller than the view: a vertical scroll is possible
DAYS = 120  # rows of items with "+N" badges (a year of these events is all densities)
FIRST = _dt.date(1995, 2, 1).toordinal()


def _small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """One part a slice (the layout, or a band, or what is above the lanes), and eight
    bands: many slices, so that changes come between them."""
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)
    set_in_view("BANDS_PER_PICTURE", 8, monkeypatch)


def _slice(view: TimelineView) -> None:
    """One slice of the work under way, by hand (the timer is kept from firing)."""
    view._ahead_timer.stop()
    view._lay_out_ahead()
    view._ahead_timer.stop()


def _slices_to_the_end(view: TimelineView) -> int:
    """Every slice left (the first one starts the work if it is still to start)."""
    count = 0
    while count == 0 or view._paint_job is not None:
        _slice(view)
        count += 1
        assert count < 500, "the work never ends"
    return count


def _steady_pan(view: TimelineView) -> None:
    """A year's view, then two equal pans (the second is steady): after its frame, the
    third step is to be painted ahead; nothing of it is done yet."""
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()
    view._pan_pixels(PAN)
    view.viewport().repaint()
    view._pan_pixels(PAN)
    view.viewport().repaint()  # starts the timer of the work ahead
    view._ahead_timer.stop()
    assert view._move_ahead is not None and view._paint_job is None


def _days_shown(shown_view, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
               size: tuple[int, int], ratio: float) -> TimelineView:
    """``DAYS`` of ``_mixed(4500)`` from ``FIRST`` shown and painted at ``size``, at
    ``ratio`` device pixels a pixel (its lanes are taller than the view)."""
    view = shown_view(_mixed(4500), size)
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    QApplication.processEvents()  # the window's activation (the palette's colour group)
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()  # (the scroll area's checks of its bars)
    viewport.repaint()
    return view


def _screen_is_fresh(view: TimelineView, what: str) -> None:
    grabbed = view.viewport().grab().toImage()
    fresh = view_pictures.whole_paint(view)
    assert grabbed == fresh.convertToFormat(grabbed.format()), what


def _edit(view: TimelineView) -> None:
    """An event added inside the step being painted ahead."""
    day = view.day_at(view.viewport().width() + PAN / 2)
    view._document.add_event(Event("late", "A late meeting of the envoys",
                                   FuzzyDate.of_day(_dt.date.fromordinal(int(day))),
                                   category="meeting"))


def _select(view: TimelineView) -> None:
    """An event drawn on screen selected (drawn over the picture), else any.  The event's
    item lies inside the lanes' visible part, so that selecting it scrolls nothing
    (``ensure_visible`` scrolls down to an item below the fold: a new frame key)."""
    top = view.verticalScrollBar().value()
    bottom = top + view.viewport().height() - LANES_TOP
    items = view._layout().items_by_id
    ids = sorted(event_id for event_id, item in items.items()
                 if top <= item.rect.top() - LANE_HEADER
                 and item.rect.bottom() + LANE_PAD <= bottom) or view.event_ids()
    view._selection.select(ids[len(ids) // 2])


def _scroll_down(view: TimelineView) -> None:
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.value() + 40)


def _and_back(change: Callable[[TimelineView], None],
              undo: Callable[[TimelineView], None]) -> Callable[[TimelineView], None]:
    """``change``, a slice of the work while it holds, then ``undo``: the picture's key
    is the same again at the end, and the slice in between must not be kept."""
    def make(view: TimelineView) -> None:
        change(view)
        _slice(view)
        undo(view)
    return make


def _scroll_up(view: TimelineView) -> None:
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 40)


CHANGES: dict[str, tuple[Callable[[TimelineView], None], bool]] = {
    # name: (the change, whether the picture painted ahead may still be used)
    "edit": (_edit, False),
    "palette": (lambda view: view.setPalette(_dark(view)), False),
    "resize": (lambda view: view.resize(view.width() + 37, view.height() - 11), False),
    "vertical scroll": (_scroll_down, False),
    "colour group": (lambda view: view.setEnabled(False), False),
    "selection": (_select, True),
    "palette and back": (_and_back(lambda view: view.setPalette(_dark(view)),
                                   lambda view: view.setPalette(QPalette())), False),
    "vertical scroll and back": (_and_back(_scroll_down, _scroll_up), False),
}


@pytest.mark.parametrize("bands_first", [0, 1, 3])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_between_slices_never_shows_a_stale_picture(qtbot, shown_view, monkeypatch,
                                                             change, bands_first):
    """The change comes after the layout and ``bands_first`` bands of the step painted
    ahead; then the rest of the work runs, the step is made, and its frame is a fresh
    paint.  Changes to what the picture shows abandon the work; a selection (drawn over
    the picture) does not."""
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    _steady_pan(view)
    _slice(view)  # the layout
    job = view._paint_job
    assert job is not None and job.key is not None and job.picture is None
    for _ in range(bands_first):
        _slice(view)
    assert view._paint_job is job and job.next_row < view.viewport().height(), (
        "the picture was finished before the change: the test tests nothing")
    make, kept = CHANGES[change]
    make(view)
    _slices_to_the_end(view)
    view._pan_pixels(PAN)
    ahead = view._ahead_picture
    used = ahead is not None and ahead[0] == view._frame_key()
    assert used == kept, change
    if used:
        assert ahead is not None
        assert ahead[1] == _fresh_picture(view), f"{change}: the picture painted ahead"
    view.viewport().repaint()
    _screen_is_fresh(view, change)
    view.setEnabled(True)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("bands_first", [0, 2])
def test_the_frame_of_the_step_being_painted_finishes_it(shown_view, monkeypatch, ratio,
                                                         bands_first):
    """The input comes while the step is half painted and moves the view to that very
    step: its frame paints what is left and copies the picture, which is a fresh
    paint's."""
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    _steady_pan(view)
    _slice(view)
    for _ in range(bands_first):
        _slice(view)
    assert view._paint_job is not None
    view._pan_pixels(PAN)
    key = view._frame_key()
    viewport.repaint()
    assert view._paint_job is None
    assert view._frame_cache is not None and view._frame_cache[0] == key
    assert view._frame_cache[1] == _fresh_picture(view, ratio)
    if ratio == 1.0:
        _screen_is_fresh(view, "finished by the frame")


def test_an_input_elsewhere_abandons_the_work(shown_view, monkeypatch):
    """A pan the other way (a turn) while the step is half painted: the rest of the work
    is not done, nothing painted ahead is used, and the frame is a fresh paint."""
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    _steady_pan(view)
    _slice(view)
    _slice(view)
    view._pan_pixels(-53.0)
    _slice(view)
    assert view._paint_job is None
    assert view._ahead_picture is None or view._ahead_picture[0] != view._frame_key()
    view.viewport().repaint()
    _screen_is_fresh(view, "a turn")


def test_the_work_ahead_runs_in_slices_from_the_event_loop(qtbot, shown_view, monkeypatch):
    """Left to the event loop, the step ahead is painted in several slices (the layout,
    bands, what is above the lanes), and its frame copies a fresh paint's pixels."""
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    _steady_pan(view)
    slices = []
    paint_slice = TimelineView._paint_slice

    def counted(self: TimelineView, *args: object, **kwargs: object) -> bool:
        slices.append(1)
        return paint_slice(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TimelineView, "_paint_slice", counted)
    view._ahead_timer.start()
    qtbot.waitUntil(lambda: view._paint_job is None and not view._ahead_timer.isActive(),
                    timeout=5000)
    assert len(slices) >= 4, slices
    view._pan_pixels(PAN)
    assert view._ahead_picture is not None and view._ahead_picture[0] == view._frame_key()
    view.viewport().repaint()
    _screen_is_fresh(view, "painted in slices")


def _panned_once(shown_view: Callable[..., TimelineView],
                 monkeypatch: pytest.MonkeyPatch) -> tuple[TimelineView, object]:
    """A view panned once at a zoom it rested at (painted straight, no picture yet: its
    lanes packed from the world's chunks, nothing to wait for), small slices; and its
    key."""
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()
    view_pictures.rest(view)
    view._pan_pixels(37.0)
    view.viewport().repaint()
    key = view._frame_key()
    assert view._painted_key == key
    assert view._frame_cache is None or view._frame_cache[0] != key
    return view, key


def test_the_picture_of_a_view_that_stayed_is_painted_in_slices(shown_view, monkeypatch):
    """A new view painted straight gets its frame picture when it stays
    (``_make_picture_when_idle``), in slices; a selection's repaint in the middle finishes
    it, and the screen is a fresh paint's, with the selection drawn over it."""
    view, key = _panned_once(shown_view, monkeypatch)
    view._make_picture_when_idle()
    _slice(view)
    _slice(view)
    assert view._paint_job is not None
    _select(view)
    view.viewport().repaint()  # the selection's repaint: the picture is finished for it
    assert view._paint_job is None or view._paint_job.side  # then the views beside it
    assert view._frame_cache is not None and view._frame_cache[0] == key
    assert view._frame_cache[1] == _fresh_picture(view)
    _screen_is_fresh(view, "the picture of a view that stayed")


def test_the_picture_of_a_view_that_stayed_waits_for_work_under_way(shown_view, monkeypatch):
    """The picture's timer fires while other work is under way (a loaded machine's slow
    slices of a picture ahead of a zoom run): it waits for that work, then the view that
    stayed gets its picture.  (Before, it gave up: no picture was ever made, and each
    hover painted the whole view again; ``test_view_zoom_preview`` timed out under load.)"""
    view, key = _panned_once(shown_view, monkeypatch)
    here = (view._origin, view._px_per_day)
    other = (here[0] + 30.0, here[1])
    view._paint_job = timeline_view._PaintJob(other, here, view._last_move)  # under way
    view._picture_timer.stop()
    view._make_picture_when_idle()  # what the picture's timer does meanwhile
    assert view._picture_timer.isActive()  # it comes back
    view._picture_timer.stop()
    view._paint_job = None  # the work under way ends (done, or dropped)
    view._make_picture_when_idle()  # the timer again
    _slices_to_the_end(view)
    assert view._frame_cache is not None and view._frame_cache[0] == key
    assert view._frame_cache[1] == _fresh_picture(view)


def test_the_sliced_picture_equals_a_whole_paint_at_two_device_pixels(shown_view, monkeypatch):
    """Bands of the lanes painted one by one into a picture of two device pixels a pixel
    are the pixels of one whole paint."""
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    monkeypatch.setattr(view.viewport(), "devicePixelRatioF", lambda: 2.0)
    _steady_pan(view)
    assert _slices_to_the_end(view) >= 4
    ahead = view._ahead_picture
    view._pan_pixels(PAN)
    assert ahead is not None and ahead[0] == view._frame_key()
    assert ahead[1] == _fresh_picture(view, 2.0)
    assert isinstance(ahead[1], QImage)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("moves", [("pan", PAN, -PAN), ("zoom", 1.25, 0.8)])
def test_a_turn_shows_the_view_before_again(shown_view, monkeypatch, ratio, moves):
    """A key let go and the other one pressed, a wheel spun back: the first step back
    is the view shown before the last one, to within float rounding; it is made that
    view exactly (``_snapped_back``: every x moves by less than ``TURN_SNAP_PX``) and its
    frame copies the picture kept of it, which is a fresh paint's pixels."""
    from timeline_app.ui.timeline_view import TURN_SNAP_PX

    view = shown_view(_mixed(4500), SIZE)
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()
    kind, forth, back = moves

    def step(amount: float) -> None:
        if kind == "pan":
            view._pan_pixels(amount)
        else:
            view.zoom_by(amount, 333.0)
        view._expect_again()

    views = []
    for _ in range(3):
        step(forth)
        views.append((view._origin, view._px_per_day, view._frame_key()))
        viewport.repaint()
        _slices_to_the_end(view)
    day = view.day_at(333.0)
    step(back)
    origin, ppd, key = views[-2]
    assert (view._origin, view._px_per_day) == (origin, ppd)  # exactly the view before
    assert view._frame_key() == key
    if kind == "zoom":
        assert abs(view.x_of_day(view.day_at(333.0)) - 333.0) < TURN_SNAP_PX
    else:
        assert abs(view.x_of_day(day) - (333.0 - back)) < TURN_SNAP_PX
    assert view._previous_picture is not None and view._previous_picture[0] == key
    viewport.repaint()
    assert view._frame_cache is not None and view._frame_cache[0] == key
    assert view._frame_cache[1] == _fresh_picture(view, ratio)
    if ratio == 1.0:
        _screen_is_fresh(view, "a turn")


def test_a_move_not_back_is_not_snapped(shown_view):
    """A pan back by a different amount is that pan: nothing is snapped."""
    view = shown_view(_mixed(4500), SIZE)
    view.go_to_days(FIRST, FIRST + DAYS)
    view._pan_pixels(PAN)
    before = view._view_before_move
    assert before is not None
    view._pan_pixels(-PAN + 0.01)
    assert view._origin != before[0]
    assert abs(view._origin - (before[0] + 0.01 / view._px_per_day)) < 1e-9


def _settle(view: TimelineView) -> None:
    """The view stays: it rests (``view_pictures.rest``: a view not yet packed from the
    world's chunks at its zoom waits for them, its picture made after the swap), then its
    picture and the views beside it, every slice run."""
    view_pictures.rest(view)
    view._picture_timer.stop()
    view._make_picture_when_idle()
    count = 0
    while view._paint_job is not None:
        _slice(view)
        count += 1
        assert count < 500


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("direction", [1, -1])
def test_the_first_key_step_either_way_copies_a_picture_made_while_the_view_stayed(
        shown_view, monkeypatch, ratio, direction):
    """Once a view has stayed, the views one Shift+arrow step either side are painted
    (``_prepare_sides``): the first step of a pan, either way, copies one, and its frame
    is a fresh paint's pixels; an edit after they were made is not shown stale."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    view.setFocus()
    QApplication.processEvents()
    view.go_to_days(FIRST, FIRST + DAYS)
    viewport.repaint()
    _settle(view)
    assert view._world_at == view._world_here()  # (rested: packed from the world's chunks)
    assert len(view._side_pictures) == 2
    assert all(k[-1] == view._world_at for k in view._side_pictures)
    key = Qt.Key.Key_Right if direction > 0 else Qt.Key.Key_Left
    QTest.keyClick(view, key, PAN_MODIFIERS)
    _copies_a_side_picture(view, ratio, "the first step")
    # The step after it painted ahead (a held key), then the view stays: that step is
    # one of the views beside it, the other one is painted; then an edit: the pictures
    # beside it show the old data.
    _slices_to_the_end(view)
    assert view._ahead_picture is not None
    _settle(view)
    assert view._ahead_picture is None
    assert len(view._side_pictures) == 2
    _edit(view)
    QTest.keyClick(view, key, PAN_MODIFIERS)
    assert view._frame_key() not in view._side_pictures
    viewport.repaint()
    assert view._frame_cache is None or view._frame_cache[0] != view._frame_key() or (
        view._frame_cache[1] == _fresh_picture(view, ratio))
    if ratio == 1.0:
        _screen_is_fresh(view, "the first step after an edit")


def _copies_a_side_picture(view: TimelineView, ratio: float, what: str) -> None:
    """The view just moved to one of the pictures made beside it: its frame copies that
    picture, whose pixels are a fresh paint's (and, at 1x, the screen's)."""
    key = view._frame_key()
    assert key in view._side_pictures
    view.viewport().repaint()
    assert view._frame_cache is not None and view._frame_cache[0] == key
    assert view._frame_cache[1] == _fresh_picture(view, ratio)
    if ratio == 1.0:
        _screen_is_fresh(view, what)


def _rest_pointer(view: TimelineView):  # type: ignore[no-untyped-def]
    """The pointer moved over the view and resting there, the view's side pictures
    made (``_settle``); returns the pointer's position (a ``QPointF``)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    viewport = view.viewport()
    pos = QPointF(517.25, 300.0)
    QApplication.sendEvent(viewport, QMouseEvent(
        QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    viewport.repaint()
    _settle(view)
    return pos


@pytest.mark.parametrize("angle", [120, -120])
def test_the_first_wheel_notch_about_a_still_pointer_copies_a_picture(shown_view, monkeypatch,
                                                                     angle):
    """With the pointer resting over the view, the notches in and out about it are painted
    beside the view while it stays: the first Ctrl+wheel notch copies one, whose pixels are
    a fresh paint's; without a pointer only the two pan steps are made."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QWheelEvent

    _small_slices(monkeypatch)
    view = _days_shown(shown_view, monkeypatch, SIZE, 1.0)
    viewport = view.viewport()
    _settle(view)
    assert len(view._side_pictures) == 2
    pos = _rest_pointer(view)
    assert len(view._side_pictures) == 4 and view._fit_picture is not None
    QApplication.sendEvent(viewport, QWheelEvent(
        pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False))
    _copies_a_side_picture(view, 1.0, "the first notch")


@pytest.mark.parametrize("last", ["none", "wheel", "keys"])
def test_large_pictures_beside_the_view_are_the_pan_steps_and_fit_all(
        shown_view, monkeypatch, last):
    """Pictures of 13 MB (2800x1200 device pixels, as 2560x1440 at 1x) are three beside
    the view, not four (issue 11: the app in use with 100 000 events open held 319 MiB
    against 300 with four).  With the pointer resting over the view, off Fit All's view,
    they are the two pan steps and Fit All's (session 38: Fit All's is pinned, and a
    notch without its picture is shown stretched where a pan step without one is
    painted), whatever the last move: a Shift+arrow copies its picture, and a wheel notch
    then is stretched (nothing laid out or painted in its frame).  On the code
    before, after a notch or at first, the steps were the two notches and one pan step,
    and Fit All's picture was dropped."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest
    from test_view_zoom_preview import _count_work

    _small_slices(monkeypatch)
    view = _days_shown(shown_view, monkeypatch, (1400, 600), 2.0)
    viewport = view.viewport()
    pos = _rest_pointer(view)

    def notch(angle: int) -> None:
        QApplication.sendEvent(viewport, QWheelEvent(
            pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, angle),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase, False))

    view.setFocus()
    QApplication.processEvents()
    if last != "none":
        if last == "wheel":
            notch(120)  # (stretched: its own picture follows PREVIEW_KEPT_MS later)
            viewport.repaint()
            for _ in range(1500):
                if view._preview_key is None:
                    break
                QTest.qWait(20)
        else:
            QTest.keyClick(view, Qt.Key.Key_Right, PAN_MODIFIERS)
        viewport.repaint()
        _slices_to_the_end(view)
        _settle(view)
    assert len(view._side_pictures) == 2 and view._fit_picture is not None
    # (a key's view is at its indices 6 and 7: origin, pixels per day; a pan's keeps the
    # zoom, a notch's does not)
    assert all(key[7] == view._px_per_day for key in view._side_pictures)
    QTest.keyClick(view, Qt.Key.Key_Left, PAN_MODIFIERS)
    _copies_a_side_picture(view, 2.0, f"a Shift+arrow step after {last}")
    counts = _count_work(view, monkeypatch)
    notch(-120)  # (no picture of it: stretched)
    assert view._preview_armed
    viewport.repaint()
    assert counts == {"paints": 0, "layouts": 0}


def test_pictures_beside_a_view_stay_within_their_bytes(shown_view, monkeypatch):
    """Four pictures beside the view only while they fit in ``SIDE_PICTURES_BYTES``: at
    two device pixels a pixel a 2000x900 view's picture is 29 MB, so only the two pan
    steps are made with the pointer resting (four would be 115 MB beside the view's own;
    a 2560x1440 window at 2x would hold 236 MB)."""
    _small_slices(monkeypatch)
    view = _days_shown(shown_view, monkeypatch, (2000, 900), 2.0)
    _rest_pointer(view)
    assert len(view._side_pictures) == 2
    sizes = [picture.sizeInBytes() for picture in view._side_pictures.values()]
    # (never fewer than the two pan steps, even when they alone exceed the bytes)
    assert sum(sizes) <= max(timeline_view.SIDE_PICTURES_BYTES, 2 * max(sizes))


def _idle(view: TimelineView) -> bool:
    """Nothing left to do while the app waits: no rest, chunk, picture or slice to come."""
    return (view._paint_job is None and not view._ahead_timer.isActive()
            and not view._picture_timer.isActive() and not view._world_rest_timer.isActive()
            and not view._chunk_timer.isActive() and not view._chunks_ahead)


@pytest.mark.parametrize("move", ["key", "wheel"])
def test_after_a_rest_by_the_clock_the_first_step_copies_a_picture(qtbot, shown_view, move):
    """As users run it (``WORLD_PACKING`` on, the rest after ``WORLD_REST_MS`` of the
    wall clock, every timer left to the event loop): a view stays with the pointer over
    it, rests (its lanes swapped to the world's chunks), and then its picture and the
    views beside it are made, all of the packing after the swap.  The first Shift+arrow
    step, or the first Ctrl+wheel notch about the pointer, copies one of them, whose
    pixels are a fresh paint's.  (Session 30: with the suite's views on ``pack_lane``
    until then, no test ran this; a view's pictures wait for its rest by design,
    frames32, so they are never of the packing before the swap.)"""
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent, QWheelEvent
    from PySide6.QtTest import QTest

    assert timeline_view.WORLD_PACKING
    view = shown_view(_mixed(4500), SIZE)
    viewport = view.viewport()
    view.setFocus()
    QApplication.processEvents()
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()
    viewport.repaint()
    pos = QPointF(517.25, 300.0)
    QApplication.sendEvent(viewport, QMouseEvent(
        QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    viewport.repaint()
    qtbot.waitUntil(lambda: view._world_at == view._world_here() and _idle(view),
                    timeout=20000)
    assert len(view._side_pictures) == 4  # two pan steps, a notch in and out
    if move == "key":
        QTest.keyClick(view, Qt.Key.Key_Right, PAN_MODIFIERS)
    else:
        QApplication.sendEvent(viewport, QWheelEvent(
            pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
    _copies_a_side_picture(view, 1.0, f"the first {move} step after a rest")
