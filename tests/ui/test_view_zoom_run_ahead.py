"""Zoom notches back to back (one slice of work ahead between them, as a fast wheel spin
and ``bench_view``'s "zoom in + out" row give) are shown stretched while pictures are
painted in slices; the picture painted is of the view the run will have reached when it
is done, so that the run meets it (a frame that copies the view's own picture) and no
notch is ever further from a picture than ``PREVIEW_MAX_STRETCH`` allows (issue 11,
session 10: at 2560x1440 a picture of the notch a job began at was done 7-8 notches
later, and every seventh notch was painted whole, ~30 ms).

The slices here are one layout step or one band each (``IDLE_SLICE_MS`` = 0), so what
is painted when does not depend on the machine's speed."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest
from test_view_batched_paint import _fresh_picture
from view_pictures import whole_paint

from timeline_app.core.model import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view

ANCHOR_X = 417.0


def _one_lane(count: int) -> Timeline:
    """``count`` meetings 23 days apart in one lane: a picture of it is a few slices."""
    first = _dt.date(1990, 1, 1).toordinal()
    return Timeline.from_events([
        Event(f"e{i}", f"Talks {i} between the envoys",
              FuzzyDate.of_day(_dt.date.fromordinal(first + i * 23)), category="meeting")
        for i in range(count)])


def _settled(shown_view: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> TimelineView:
    view = shown_view(_one_lane(40), (900, 500))
    view.viewport().grab()
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)  # a slice: one step or one band
    return view


def _count_whole_paints(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts the paints of a whole view (``_paint`` without a band's strip)."""
    counts = {"whole": 0}
    paint = view._paint

    def counted(*args: Any, **kwargs: Any) -> None:
        if kwargs.get("strip") is None:
            counts["whole"] += 1
        paint(*args, **kwargs)

    monkeypatch.setattr(view, "_paint", counted)
    return counts


def _back_to_back(view: TimelineView, counts: dict[str, int], ups: list[bool],
                  check: Any = None, drift: float = 0.0) -> str:
    """The notches of ``ups`` (True: in) about ``ANCHOR_X`` (moved by ``drift`` px a
    notch: a pointer that moves), each painted as a notch from a wheel is, then one
    slice of work ahead, as the 0 ms timer gives it between two frames.  Returns one
    letter a notch: W painted whole, s stretched, c a copy of its own picture."""
    marks = []
    for index, up in enumerate(ups):
        before = counts["whole"]
        view._zoom_from_input = drift != 0.0  # (else the same notch again: a run)
        view.zoom_by(1.25 if up else 0.8, ANCHOR_X + drift * index)
        view.viewport().repaint()
        mark = ("W" if counts["whole"] > before
                else "s" if view._preview_key is not None else "c")
        marks.append(mark)
        if check is not None:
            check(mark)
        view._ahead_timer.stop()
        view._lay_out_ahead()  # one slice
    return "".join(marks)


def test_back_to_back_notches_meet_pictures_painted_ahead(qtbot, shown_view, monkeypatch):
    """After the run's first picture, no notch is painted whole, in or out, and the run
    meets pictures of its own views (on the code before: a notch painted whole every
    seventh or eighth notch, ``WsssssWsssssssWsssssss...``)."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    marks = _back_to_back(view, counts, [True] * 30 + [False] * 30)
    # The first notch is not yet a run (painted); the run's first picture is of the
    # notch it began at, done some notches later: a notch past the stretch is painted.
    assert "W" not in marks[12:30], marks
    assert "W" not in marks[32:], marks
    assert marks[12:30].count("c") >= 2 and marks[32:].count("c") >= 2, marks


def test_a_picture_met_ahead_is_a_fresh_paint(qtbot, shown_view, monkeypatch):
    """Each frame that copies a picture painted ahead of the run shows what a paint that
    remembers nothing gives for that view."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    copies = []

    def check(mark: str) -> None:
        if mark != "c":
            return
        cache = view._frame_cache
        assert cache is not None and cache[0] == view._frame_key()
        assert cache[1] == _fresh_picture(view)
        copies.append(view._px_per_day)

    _back_to_back(view, counts, [True] * 24, check)
    assert len(copies) >= 2


def test_a_pause_drops_the_picture_ahead_for_the_view_s_own(qtbot, shown_view, monkeypatch):
    """The run stops with a picture of a view ahead under way: the next slice with no
    notch before it drops it, and the view on screen gets its own picture, which the
    screen then shows (the honest frame comes, not the stretched one)."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    marks = _back_to_back(view, counts, [True] * 16)
    job = view._paint_job
    here = (view._origin, view._px_per_day)
    assert job is not None and job.ahead > 0 and job.view != here, marks
    view._ahead_timer.stop()
    view._lay_out_ahead()  # no notch since the last slice: the run paused
    job = view._paint_job
    assert job is not None and job.ahead == 0 and job.view == here
    set_in_view("IDLE_SLICE_MS", 5.0, monkeypatch)
    qtbot.waitUntil(lambda: view._preview_key is None and view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    shown = view.viewport().grab().toImage()
    assert shown == whole_paint(view).convertToFormat(shown.format())


def test_a_turn_drops_the_picture_ahead(qtbot, shown_view, monkeypatch):
    """The run turns (in, then out) while a picture of a view further in is under way:
    it is dropped, not painted for a view the run now leaves."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    _back_to_back(view, counts, [True] * 16)
    job = view._paint_job
    assert job is not None and job.ahead > 0
    inward = job.view[1]
    _back_to_back(view, counts, [False] * 3)
    job = view._paint_job
    assert job is None or job.view[1] < inward


def test_a_wheel_under_a_moving_pointer_still_meets_pictures(qtbot, shown_view, monkeypatch):
    """Each notch's anchor a pixel from the last one's (the pointer moves while the wheel
    spins): the pictures painted ahead are kept (the run zooms the same way), the notches
    stretch them, and none after the run's first picture is painted whole."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    marks = _back_to_back(view, counts, [True] * 30, drift=1.0)
    assert "W" not in marks[12:], marks


def test_a_source_that_covers_the_view_comes_before_a_nearer_one(qtbot, shown_view,
                                                                 monkeypatch):
    """Two pictures to stretch: one 1.95 times wider in days that covers the whole view,
    one a notch further in that would leave columns of background: the first is taken
    (on the code before: the nearer one, whatever it left uncovered)."""
    view = _settled(shown_view, qtbot, monkeypatch)
    key = view._frame_key()
    origin, ppd = key[6], key[7]
    assert isinstance(origin, float) and isinstance(ppd, float)
    width = view.viewport().width()
    picture = view._frame_cache[1]  # type: ignore[index]
    behind = (*key[:6], origin - 0.4 * width / ppd, ppd / 1.25 ** 3, *key[8:])
    ahead = (*key[:6], origin + 0.1 * width / ppd, ppd * 1.25, *key[8:])
    view._frame_cache = (behind, picture)
    view._previous_picture = (ahead, picture)
    view._preview_source = view._ahead_picture = None
    view._side_pictures.clear()
    source = view._preview_source_for(key)
    assert source is not None and source[0] == behind
