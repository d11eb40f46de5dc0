"""A held key's pan step whose picture was painted ahead, or is being painted, gets its
frame as the key is handled (``TimelineView._paint_step_now``), not after the inputs
already due (issue 11, session 31).

Qt posts a widget's update request at low priority: a key repeat that came late (the GUI
thread busy, a loaded machine) was handled before the frame of the one before it, the
step painted ahead for that one was dropped unshown, and the frame painted the second
step whole; bench_view's 2560x1440 Shift+arrow row at 100 000 events then stayed in
that slow mode to the end of its run.  The frame painted at once must show what a
paint that remembers nothing shows (``view_pictures.whole_paint``)."""

from __future__ import annotations

import datetime as _dt

import view_pictures
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView

SIZE = (1100, 460)
DAYS = 120
FIRST = _dt.date(1995, 2, 1).toordinal()


def _press(view: TimelineView, repeat: bool) -> None:
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right,
                                           Qt.KeyboardModifier.ShiftModifier, "", repeat))


def _held(shown_view) -> TimelineView:  # type: ignore[no-untyped-def]
    """A view of ``DAYS`` days, then two Shift+Right steps, each painted: the third step
    is to be painted ahead (its timer stopped: the test runs the slices)."""
    view = shown_view(_mixed(4500), SIZE)
    QApplication.processEvents()
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()
    view.setFocus()
    for repeat in (False, True):
        _press(view, repeat)
        view.viewport().repaint()
    view._ahead_timer.stop()
    assert view._move_ahead is not None
    return view


def _on_screen(view: TimelineView) -> QImage:
    """What the last frame left: the frame picture (the frames copy it)."""
    assert view._frame_cache is not None
    return view._frame_cache[1]


def _slice(view: TimelineView) -> None:
    view._ahead_timer.stop()
    view._lay_out_ahead()
    view._ahead_timer.stop()


def test_a_step_being_painted_ahead_is_shown_as_its_key_is_handled(shown_view, monkeypatch):
    monkeypatch.setattr(timeline_view, "IDLE_SLICE_MS", 0.0)  # one part a slice
    view = _held(shown_view)
    _slice(view)  # the step's layout
    _slice(view)  # and a band of it: the job is under way
    job = view._paint_job
    assert job is not None and job.next_row >= 0
    _press(view, True)  # the step painted ahead: its frame now, the job finished in it
    here = (view._origin, view._px_per_day)
    assert job.view == here
    assert view._shown_view == here
    assert view._paint_job is None
    assert _on_screen(view) == view_pictures.whole_paint(view)


def test_a_step_painted_ahead_is_shown_as_its_key_is_handled(shown_view):
    view = _held(shown_view)
    while view._paint_job is not None or view._move_ahead is not None:
        _slice(view)
    ahead = view._ahead_picture
    assert ahead is not None
    _press(view, True)
    assert view._shown_view == (view._origin, view._px_per_day)
    assert view._frame_cache is not None and view._frame_cache[0] == ahead[0]
    assert _on_screen(view) == view_pictures.whole_paint(view)


def test_a_second_step_before_a_frame_does_not_drop_the_first(shown_view, monkeypatch):
    # Two repeats handled back to back (the second came late): the first step's work
    # ahead is shown by its own frame, not dropped for a whole paint of the second.
    monkeypatch.setattr(timeline_view, "IDLE_SLICE_MS", 0.0)
    view = _held(shown_view)
    _slice(view)
    _slice(view)
    straight: list[bool] = []
    paint = TimelineView._paint

    def counted(self, painter, picture=False, strip=None, lanes_only=False):  # type: ignore[no-untyped-def]
        straight.append(strip is None and not lanes_only)
        return paint(self, painter, picture, strip, lanes_only)

    monkeypatch.setattr(TimelineView, "_paint", counted)
    _press(view, True)
    assert straight and not any(straight)  # the first step: the rest of its job, in bands
    _press(view, True)
    QApplication.processEvents()
    assert view._shown_view == (view._origin, view._px_per_day)  # (the second's frame)


def test_a_step_with_nothing_painted_ahead_waits_for_the_event_loop(shown_view):
    view = shown_view(_mixed(4500), SIZE)
    QApplication.processEvents()
    view.go_to_days(FIRST, FIRST + DAYS)
    QApplication.processEvents()
    view.viewport().repaint()
    view.setFocus()
    before = view._shown_view
    _press(view, False)  # a first press: no step was painted ahead
    assert view._shown_view == before
    QApplication.processEvents()
    assert view._shown_view == (view._origin, view._px_per_day)
