"""A step painted ahead of a zoom notch whose layout chooses the other lanes' headers
(``TimelineView._compact_wanted``: header rows or the compact plates) is laid out and
painted with those headers, and the notch's frame copies it (session 66, scale78).

Before, work ahead never chose the headers for its own view: the notch that changes them
laid its view out in its frame, the picture ahead went stale with the new
``_frame_generation`` and the view was painted again, whole or in slices (issue 11:
``bench_view``'s zoom row at 1 000 events and 2560x1440, its notches 7 and 88, 10-13 ms
of CPU on a quiet machine and 14-71 ms under load, the row's max).

The timeline here: three lanes of four meetings two days apart and one in June.  In a
viewport 460 px tall, Fit All and the first eight notches in about January show the
lanes compactly (the meetings stack in four rows), the ninth shows their header rows
(found by trying heights, 900 px wide)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest
from test_view_zoom_run_ahead import _count_whole_paints
from view_pictures import whole_paint

from timeline_app.core.model import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView

SIZE = (900, 460)


def _clustered() -> Timeline:
    first = _dt.date(2020, 1, 6).toordinal()
    events = []
    for lane in ("talks", "visit", "treaty"):
        for day in range(4):
            number = len(events)
            events.append(Event(f"e{number}", f"Envoys of Arden meet, round {number}",
                                FuzzyDate.of_day(_dt.date.fromordinal(first + 2 * day)),
                                category=lane))
        events.append(Event(f"e{len(events)}", f"Ministers talk again {len(events)}",
                            FuzzyDate.of_day(_dt.date(2020, 6, 1)), category=lane))
    return Timeline.from_events(events)


def _settled(shown_view: Any, qtbot: Any) -> TimelineView:
    view = shown_view(_clustered(), SIZE)
    view.viewport().grab()
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    return view


def _notch(view: TimelineView, anchor: float, counts: dict[str, int], layouts: list[int],
           slices: int) -> tuple[bool, int, int]:
    """A notch in and its frame, then up to ``slices`` slices of work ahead (the app's
    time before the next notch); whether that notch's view changed the lanes' headers
    back to the header rows, and the full layouts and whole paints made in its frame."""
    was_compact = view._compact_lanes
    whole, laid = counts["whole"], layouts[0]
    view.zoom_by(1.25, anchor)
    view.viewport().repaint()
    made = (layouts[0] - laid, counts["whole"] - whole)
    for _ in range(slices):
        view._ahead_timer.stop()
        if view._paint_job is None and view._move_ahead is None:
            break
        view._lay_out_ahead()
    return was_compact and not view._compact_lanes, *made


def _counted_layouts(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    layouts = [0]
    compute = view._compute_layout

    def counted() -> Any:
        layouts[0] += 1
        return compute()

    monkeypatch.setattr(view, "_compute_layout", counted)
    return layouts


def test_the_notch_that_changes_the_headers_copies_its_picture(
        qtbot: Any, shown_view: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each notch in from Fit All comes after its step was painted ahead to the end (the
    app had the time): the frame of the notch whose view shows the header rows again
    makes no layout and no whole paint, and shows the picture painted ahead, which is
    what a fresh whole paint of that view gives, header rows drawn (on the code before:
    that frame laid the view out and painted it whole)."""
    from timeline_app.ui.view_base import _PaintJob

    view = _settled(shown_view, qtbot)
    counts = _count_whole_paints(view, monkeypatch)
    layouts = _counted_layouts(view, monkeypatch)
    anchor = float(view.x_of_day(_dt.date(2020, 1, 9).toordinal()))
    assert view._compact_lanes
    for _ in range(20):
        here = (view._origin, view._px_per_day)
        ahead = view._view_after(("zoom", 1.25, anchor))
        assert ahead is not None
        job = view._paint_job = _PaintJob(ahead, here, view._last_move)
        view._paint_slice(job, to_the_end=True)  # (the step ahead, done)
        was_compact = view._compact_lanes
        whole, laid = counts["whole"], layouts[0]
        view.zoom_by(1.25, anchor)
        view.viewport().repaint()
        assert (view._origin, view._px_per_day) == ahead
        if was_compact and not view._compact_lanes:
            break
    else:
        raise AssertionError("the headers never came back")
    assert (layouts[0] - laid, counts["whole"] - whole) == (0, 0)
    cache = view._frame_cache
    assert cache is not None and cache[0] == view._frame_key() and cache[1] is job.picture
    shown = view.viewport().grab().toImage()
    assert shown == whole_paint(view).convertToFormat(shown.format())


@pytest.mark.parametrize("slices", [1, 2, 3, 5])
def test_a_run_across_the_change_shows_each_view_with_its_headers(
        qtbot: Any, shown_view: Any, monkeypatch: pytest.MonkeyPatch, slices: int) -> None:
    """Notches back to back, a few slices of work ahead between them (pictures ahead
    under way or finished with the other headers when a notch comes): after each run
    the app rests, and the screen is what a fresh whole paint of the view gives, with
    the headers its layout chose; no picture painted with the other headers is ever
    the frame picture of a view."""
    from timeline_app.ui.view_settings import set_in_view

    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)  # a slice: one step or one band
    view = _settled(shown_view, qtbot)
    counts = _count_whole_paints(view, monkeypatch)
    layouts = _counted_layouts(view, monkeypatch)
    anchor = float(view.x_of_day(_dt.date(2020, 1, 9).toordinal()))
    for _ in range(14):
        _notch(view, anchor, counts, layouts, slices)
        cache = view._frame_cache
        if cache is not None and cache[0] == view._frame_key():
            shown = view.viewport().grab().toImage()
            assert shown == whole_paint(view).convertToFormat(shown.format())
    set_in_view("IDLE_SLICE_MS", 5.0, monkeypatch)
    qtbot.waitUntil(lambda: view._preview_key is None and view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    assert not view._compact_lanes  # (the run went past the change)
    shown = view.viewport().grab().toImage()
    assert shown == whole_paint(view).convertToFormat(shown.format())


@pytest.mark.parametrize("seed", range(6))
def test_notches_in_and_out_across_the_change_show_each_view_s_headers(
        qtbot: Any, shown_view: Any, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Ctrl+wheel notches in and out about the zoom where the headers change, turning at
    random, with 0-24 slices of work ahead between them (pictures ahead decided with the
    other headers, finished or under way when a notch comes): every frame that shows a
    view's own picture shows what a fresh whole paint of that view gives, and so does
    the view at rest after the run (a picture painted with the other headers is never
    shown as a view's own, whichever way the run turns)."""
    import random

    import test_view_zoom_first_ahead as wheel

    from timeline_app.ui.view_settings import set_in_view

    rng = random.Random(seed)
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)
    view = _settled(shown_view, qtbot)
    monkeypatch.setattr(wheel, "ANCHOR_X",
                        float(view.x_of_day(_dt.date(2020, 1, 9).toordinal())))
    for index in range(30):
        wheel._wheel(view, up=index < 6 or rng.random() < 0.5)
        view.viewport().repaint()
        cache = view._frame_cache
        if view._preview_key is None and cache is not None and cache[0] == view._frame_key():
            shown = view.viewport().grab().toImage()
            assert shown == whole_paint(view).convertToFormat(shown.format())
        for _ in range(rng.randrange(25)):
            view._ahead_timer.stop()
            view._lay_out_ahead()
    set_in_view("IDLE_SLICE_MS", 5.0, monkeypatch)
    qtbot.waitUntil(lambda: view._preview_key is None and view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    shown = view.viewport().grab().toImage()
    assert shown == whole_paint(view).convertToFormat(shown.format())
