"""A drag's release (issue 11, session 13): its frame is still the pan's, a copy of the
picture the drag painted, and the view's own picture (laid out for its edges, keeping
what the drag showed: ``timeline_view._seen_rows``) is made in slices while the app
waits, then shown.  Laid out and painted whole in the release's own frame, it was every
drag row's max in bench_view (17-31 ms at 2560x1440, session 12).  Once the work is
done, the view shows the pixels the release showed before; an input during that work
is handled as it was (``PAN_RELEASE_IN_SLICES`` False: the release as before)."""

from __future__ import annotations

import pytest
import view_pictures
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed
from test_view_drag_frames import FIRST, _empty_spot, _mouse
from test_view_pan_gesture import settle

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import PAN_MODIFIERS
from timeline_app.ui.view_settings import set_in_view

#: A drag's moves, px: uneven, leftwards and back a little.
MOVES = (-12, -5, -2, -7, -4, -6, -1, -5, 9, 4, -31, -2, -40)
SIZE = (1100, 560)


def _shown(view: TimelineView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _dragged(view: TimelineView) -> QPointF:
    """A drag over 200 days of the view, each move's frame painted; the button held."""
    view.go_to_days(FIRST, FIRST + 200.0)
    QApplication.processEvents()
    view.viewport().repaint()
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    x = press.x()
    for dx in MOVES:
        x += dx
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, press.y()), Qt.MouseButton.LeftButton)
        view.viewport().repaint()
    assert view._pan is not None and view._pan.moved
    return QPointF(x, press.y())


def _release(view: TimelineView, at: QPointF) -> None:
    _mouse(view, QEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)


def _lanes(view: TimelineView) -> list[list[tuple[str, float, float, str]]]:
    """The view's kept layout, lane by lane: each item's id, place and title."""
    layout = view._layouts[view._layout_key()]
    return [[(item.event_id, item.rect.left(), item.rect.top(), item.label)
             for item in lane.items] for lane in layout.lanes]


def test_the_release_s_frame_neither_lays_out_nor_paints_the_view(qtbot, shown_view,
                                                                   monkeypatch):
    view = shown_view(_mixed(4500), SIZE)
    at = _dragged(view)
    last_frame = _shown(view)
    calls: list[str] = []
    laid_out = view._layout_steps
    painted = view._paint

    def steps(*args):  # type: ignore[no-untyped-def]
        calls.append("layout")  # (at its first step: made, a generator does nothing)
        return (yield from laid_out(*args))

    monkeypatch.setattr(view, "_layout_steps", steps)
    monkeypatch.setattr(view, "_paint",
                        lambda *args, **kwargs: calls.append("paint") or painted(*args, **kwargs))
    set_in_view("_seen_rows", lambda *args, _seen=timeline_view._seen_rows: calls.append("seen")
                        or _seen(*args), monkeypatch)
    _release(view, at)
    frame = _shown(view)  # the release's frame
    assert calls == [], "the release laid out or painted the view in its own frame"
    assert frame == last_frame  # the pan's picture where the drag left it
    # After it, the pan goes first (its picture with it), then the view's own picture
    # is made: a layout, then bands of the lanes' rows, each in a slice of its own.
    pan = view._pan
    assert pan is not None and pan.released
    view._pan_timer.stop()
    view._pan_work()
    job = view._paint_job
    assert view._pan is None and view._pan_next is None
    assert job is not None and job.settles and job.picture is None
    assert calls == []
    slices = 0
    while view._paint_job is job:
        view._ahead_timer.stop()
        view._lay_out_ahead()
        slices += 1
    assert "layout" in calls and "seen" in calls and calls.count("paint") >= 2
    assert slices >= 2


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_after_the_idle_work_the_view_shows_what_the_release_showed_before(
        qtbot, shown_view, monkeypatch, ratio):
    before = shown_view(_mixed(4500), SIZE)
    after = shown_view(_mixed(4500), SIZE)
    if ratio != 1.0:
        for view in (before, after):
            monkeypatch.setattr(view.viewport(), "devicePixelRatioF", lambda: ratio)
    set_in_view("PAN_RELEASE_IN_SLICES", False, monkeypatch)
    _release(before, _dragged(before))
    assert before._pan is None  # as before: laid out and painted in its own frame
    expected = _shown(before)
    set_in_view("PAN_RELEASE_IN_SLICES", True, monkeypatch)
    _release(after, _dragged(after))
    assert after._pan is not None
    _shown(after)  # the release's frame: the pan's
    settle(after)
    assert after._frame_cache is not None and after._frame_cache[0] == after._frame_key()
    assert after._origin == before._origin
    assert _lanes(after) == _lanes(before)  # the rows the drag showed, kept the same way
    assert _shown(after) == expected
    if ratio == 1.0:  # (a whole paint of the view at one device pixel a pixel)
        assert expected == view_pictures.whole_paint_of_kept(after).convertToFormat(
            QImage.Format.Format_RGB32)


def _key(view: TimelineView, _ref: TimelineView) -> None:
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right,
                                           PAN_MODIFIERS))


def _wheel(view: TimelineView, _ref: TimelineView) -> None:
    viewport = view.viewport()
    pos = QPointF(viewport.width() * 0.4, viewport.height() * 0.6)
    QApplication.sendEvent(viewport, QWheelEvent(
        pos, QPointF(viewport.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False))


def _press(view: TimelineView, ref: TimelineView) -> None:
    _mouse(view, QEvent.Type.MouseButtonPress, _empty_spot(ref), Qt.MouseButton.LeftButton)


def _hover(view: TimelineView, ref: TimelineView) -> None:
    """The pointer over an event (found in ``ref``'s layout, the same as ``view``'s)."""
    width = ref.viewport().width()
    item = next(item for lane in ref._layout().lanes for item in lane.items
                if item.marker.left() > 20 and item.marker.right() < width - 20)
    _mouse(view, QEvent.Type.MouseMove,
           item.marker.center() + QPointF(0, ref._content_offset()), Qt.MouseButton.NoButton)
    assert view._hover_id == item.event_id


def _scroll(view: TimelineView, _ref: TimelineView) -> None:
    bar = view.verticalScrollBar()
    bar.setValue(min(bar.maximum(), bar.value() + 30))


INPUTS = {"key": _key, "wheel": _wheel, "press": _press, "hover": _hover, "scroll": _scroll}


def _quiet(view: TimelineView) -> None:
    """The work the input left (a stretched notch's own picture, the views beside) done,
    unless a press holds it."""
    for _ in range(3000):
        if view._pan is not None or (view._paint_job is None and view._preview_key is None
                                     and not view._ahead_timer.isActive()):
            return
        QApplication.processEvents()
    raise AssertionError("the work after the input did not end")


@pytest.mark.parametrize("stage", ["layout", "bands"])
@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_an_input_during_the_idle_work_is_handled_as_before(qtbot, shown_view, monkeypatch,
                                                            kind, stage):
    """A key, a wheel notch, a press, a hover or a scroll while the released view's
    layout (``layout``) or its bands (``bands``) are made: the layout kept for the view
    the drag left, and what the view then shows, are those of the release as before."""
    before = shown_view(_mixed(4500), SIZE)
    after = shown_view(_mixed(4500), SIZE)
    act = INPUTS[kind]
    set_in_view("PAN_RELEASE_IN_SLICES", False, monkeypatch)
    _release(before, _dragged(before))
    _shown(before)
    kept = _lanes(before)
    act(before, before)
    _quiet(before)
    expected = _shown(before)
    set_in_view("PAN_RELEASE_IN_SLICES", True, monkeypatch)
    _release(after, _dragged(after))
    _shown(after)  # the release's frame
    after._pan_timer.stop()
    after._pan_work()  # the pan ends; the view's own picture is under way
    job = after._paint_job
    assert job is not None and job.settles and job.layout_steps is not None
    left = job.layout_key  # (the views' palettes' cache keys may differ: each its own)
    if stage == "bands":
        while job.layout_steps is not None or job.next_row == timeline_view.LANES_TOP:
            after._ahead_timer.stop()
            after._lay_out_ahead()
        assert after._paint_job is job and job.next_row > timeline_view.LANES_TOP
    assert after._layout_key() == left
    act(after, before)
    assert job.layout_steps is None  # its layout was finished, not dropped
    assert [[(item.event_id, item.rect.left(), item.rect.top(), item.label)
             for item in lane.items] for lane in after._layouts[left].lanes] == kept
    assert (after._origin, after._px_per_day) == (before._origin, before._px_per_day)
    _quiet(after)
    assert _shown(after) == expected
    if kind == "press":  # a drag may follow: its stretch, from the layout kept
        assert after._pan is not None and before._pan is not None
        for view in (after, before):
            _release(view, _empty_spot(before))


def test_the_pictures_of_the_drag_and_of_the_view_before_it_are_not_kept_beside_the_new_one(
        qtbot, shown_view, monkeypatch):
    """Memory (issue 11: the peak after a drag at 100 000 events and 2560x1440 was
    300-302 MiB, 285 at rest): the pan's picture and canvas go before the view's own
    picture is made, that picture is painted into the one of the view before the drag,
    and no previous view's picture is kept beside it and the views beside."""
    # (The canvas kept is let go ``AHEAD_KEPT_MS`` after the last picture, 1 s: on a
    # loaded host, load 13, this test's steps took longer and the release's picture was
    # a new one, session 30.  That drop is not what is tested here.)
    set_in_view("AHEAD_KEPT_MS", 10 * 60 * 1000, monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    view.go_to_days(FIRST, FIRST + 200.0)
    QApplication.processEvents()
    view.viewport().repaint()
    view_pictures.rest(view)  # at rest: its picture and the views beside it made
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key()
                    and view._paint_job is None, timeout=5000)
    resting = view._frame_cache[1]
    _release(view, _dragged(view))
    _shown(view)  # the release's frame
    pan = view._pan
    assert pan is not None and pan.picture is not None
    view._pan_timer.stop()
    view._pan_work()
    assert view._pan is None and view._pan_next is None
    held = [value for value in vars(view).values() if value is pan.picture
            or value is pan.canvas]
    assert held == []
    assert view._frame_cache is None and view._spare_canvas is resting
    settle(view)
    assert view._frame_cache is not None and view._frame_cache[1] is resting
    assert view._previous_picture is None


def test_work_held_during_the_idle_work_shows_the_view_as_the_release_did(
        qtbot, shown_view, monkeypatch):
    """Work off the GUI thread begins (a save) while the released view's picture is made:
    the job goes, as all work ahead does, and the view is laid out and painted then, as
    the release did it before; not left showing the pan's last frame."""
    before = shown_view(_mixed(4500), SIZE)
    after = shown_view(_mixed(4500), SIZE)
    set_in_view("PAN_RELEASE_IN_SLICES", False, monkeypatch)
    _release(before, _dragged(before))
    expected = _shown(before)
    kept = _lanes(before)
    set_in_view("PAN_RELEASE_IN_SLICES", True, monkeypatch)
    _release(after, _dragged(after))
    _shown(after)  # the release's frame
    after._pan_timer.stop()
    after._pan_work()
    assert after._paint_job is not None and after._paint_job.settles
    after.hold_work_ahead(True)
    assert after._paint_job is None
    assert _lanes(after) == kept
    QApplication.processEvents()  # the frame asked for
    assert after.viewport().grab().toImage().convertToFormat(
        QImage.Format.Format_RGB32) == expected
    after.hold_work_ahead(False)
