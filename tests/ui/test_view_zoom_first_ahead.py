"""The first stretched notch of a wheel's run paints the picture of a view ahead
(``PREVIEW_FIRST_SPAN``), so that the run's first picture is done before the picture the
run began from is stretched past ``PREVIEW_MAX_STRETCH`` (issue 11, session 65: painted
for the view on screen, it was done 5-7 notches into ``bench_view``'s row at 2560x1440,
the next one 5-7 notches later, and the eighth or ninth notch was laid out and painted
whole, 16-41 ms, the row's max at 1 000, 100 000 and 1 000 000 events).  A notch alone
still gets its own picture: the slice after it has no notch before it and drops the one
ahead.

The slices here are one layout step or one band each (``IDLE_SLICE_MS`` = 0), so what
is painted when does not depend on the machine's speed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from test_view_zoom_run_ahead import ANCHOR_X, _count_whole_paints, _one_lane, _settled
from view_pictures import whole_paint

from timeline_app.ui.timeline_view import PREVIEW_FIRST_SPAN, TimelineView
from timeline_app.ui.view_settings import set_in_view


def _wheel(view: TimelineView, up: bool = True) -> None:
    """One Ctrl+wheel notch at ``ANCHOR_X``, sent to the viewport as Qt delivers it."""
    vp = view.viewport()
    pos = QPointF(ANCHOR_X, vp.height() * 0.4)
    QApplication.sendEvent(vp, QWheelEvent(
        pos, QPointF(vp.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False))


def _spun(view: TimelineView, counts: dict[str, int], notches: int) -> str:
    """``notches`` wheel notches in, back to back: each painted, then one slice of work
    ahead, as the 0 ms timer gives it between two frames.  One letter a notch: W painted
    whole, s stretched, c a copy of its own picture."""
    marks = []
    for _ in range(notches):
        before = counts["whole"]
        _wheel(view)
        view.viewport().repaint()
        marks.append("W" if counts["whole"] > before
                     else "s" if view._preview_key is not None else "c")
        view._ahead_timer.stop()
        view._lay_out_ahead()  # one slice
    return "".join(marks)


def test_a_wheel_run_s_first_picture_is_of_a_view_ahead(qtbot: Any, shown_view: Any,
                                                          monkeypatch: Any) -> None:
    """The first notch of a wheel run is stretched, and the picture painted for it is
    of the view ``PREVIEW_FIRST_SPAN`` would reach (5 + 1 + 1 notches in); on the code
    before, of the view on screen."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    assert _spun(view, counts, 1) == "s"
    job = view._paint_job
    assert job is not None and job is view._preview_job
    assert job.ahead == PREVIEW_FIRST_SPAN + 1 + PREVIEW_FIRST_SPAN // 4


def test_a_wheel_run_has_no_notch_painted_whole(qtbot: Any, shown_view: Any,
                                                 monkeypatch: Any) -> None:
    """Thirty notches spun in from a view at rest, whose pictures take several slices
    (300 events, 1600x900): none is laid out and painted whole, the first ones
    included, and the run meets pictures of its own views (on the code before: the
    ninth notch, past the rested view's picture's stretch before the run's first
    picture was done, was painted whole, ``ssssssssWsss...``)."""
    view = shown_view(_one_lane(300), (1600, 900))
    view.viewport().grab()
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)  # a slice: one step or one band
    counts = _count_whole_paints(view, monkeypatch)
    marks = _spun(view, counts, 30)
    assert "W" not in marks, marks
    assert marks.count("c") >= 2, marks


def test_a_lone_notch_gets_its_own_picture(qtbot: Any, shown_view: Any,
                                            monkeypatch: Any) -> None:
    """One notch, then the app waits: the slice after it still has a notch before it
    (the picture ahead goes on), the next has none and drops it for the view on
    screen's own picture, which the screen then shows, as a fresh paint gives it."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    assert _spun(view, counts, 1) == "s"  # (and its one slice)
    view._ahead_timer.stop()
    view._lay_out_ahead()  # no notch since the last slice: the run paused
    here = (view._origin, view._px_per_day)
    job = view._paint_job
    assert job is not None and job.ahead == 0 and job.view == here
    set_in_view("IDLE_SLICE_MS", 5.0, monkeypatch)
    qtbot.waitUntil(lambda: view._preview_key is None and view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    shown = view.viewport().grab().toImage()
    assert shown == whole_paint(view).convertToFormat(shown.format())
