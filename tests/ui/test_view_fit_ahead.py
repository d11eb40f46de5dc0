"""Fit All's view painted while the app waits (issue 11): once a view that is not Fit All's
has stayed on screen, the view Fit All would show is painted last of the pictures beside
it (``TimelineView._prepare_sides``, ``_fit_picture``) and kept while the view moves at
that size; Fit All's frame then copies it instead of laying out and painting a view never
seen at that width (19-29 ms of CPU at 2560x1440 before).

Every frame that copies it must show what a paint that remembers nothing shows
(``view_pictures.whole_paint``); an edit, a resize or a vertical scroll must never let a
stale one show; it is made only where it fits in ``SIDE_PICTURES_BYTES`` beside the
pictures of the steps (issue 11's memory target), never instead of one of them."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import (
    DAYS,
    FIRST,
    SIZE,
    _days_shown,
    _screen_is_fresh,
    _settle,
    _small_slices,
)

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import view_base
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view


def _counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Calls of ``_paint`` and ``_compute_layout`` / ``_layout_steps`` from now on."""
    calls = {"paints": 0, "layouts": 0}
    paint, steps = TimelineView._paint, TimelineView._layout_steps

    def counted_paint(self: TimelineView, *args: object, **kwargs: object) -> object:
        calls["paints"] += 1
        return paint(self, *args, **kwargs)  # type: ignore[arg-type]

    def counted_steps(self: TimelineView, *args: object, **kwargs: object) -> object:
        calls["layouts"] += 1
        return steps(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TimelineView, "_paint", counted_paint)
    monkeypatch.setattr(TimelineView, "_layout_steps", counted_steps)
    return calls


def _fit_frame_copies_its_picture(view: TimelineView, monkeypatch: pytest.MonkeyPatch,
                                  ratio: float) -> None:
    """Fit All now: its frame lays nothing out and paints nothing (it copies the picture
    made ahead), and shows a fresh paint's pixels."""
    assert view._fit_picture is not None
    with monkeypatch.context() as patch:
        calls = _counted(patch)
        view.fit_all()
        view.viewport().repaint()
    assert calls == {"paints": 0, "layouts": 0}
    assert view._frame_cache is not None and view._frame_cache[0] == view._frame_key()
    assert view._frame_cache[1] == _fresh_picture(view, ratio)
    if ratio == 1.0:
        _screen_is_fresh(view, "Fit All's frame")


@pytest.mark.parametrize(("size", "ratio"), [(SIZE, 1.0), ((1400, 600), 2.0)])
def test_fit_all_after_a_stay_copies_a_picture_painted_ahead(shown_view, monkeypatch,
                                                             size, ratio):
    """A view of 120 days stays: Fit All's view is painted after the two pan steps (and
    kept apart from them: the steps' count is unchanged), and Fit All's frame copies it.
    On the code before it, Fit All's frame laid the view out and painted it."""
    _small_slices(monkeypatch)
    view = _days_shown(shown_view, monkeypatch, size, ratio)
    _settle(view)
    assert len(view._side_pictures) == 2
    _fit_frame_copies_its_picture(view, monkeypatch, ratio)
    assert view._fit_picture is None  # it is the frame picture now: not held twice


def test_fit_views_picture_is_the_view_fit_all_gives(shown_view):
    """``_fit_view`` is where ``fit_all`` puts the view, at two widths, and changes
    nothing; with a lane's events hidden by the filters it gives none (Fit All's range
    would read every event left at each stay)."""
    timeline = _mixed(900)
    view = shown_view(timeline, SIZE)
    for width in (SIZE[0], SIZE[0] + 313):
        view.resize(width, SIZE[1])
        QApplication.processEvents()
        view.go_to_days(FIRST, FIRST + DAYS)
        before = (view._origin, view._px_per_day, view._fit_margin_px)
        ahead = view._fit_view()
        assert (view._origin, view._px_per_day, view._fit_margin_px) == before
        view.fit_all()
        assert ahead == (view._origin, view._px_per_day)
    statements = frozenset(event.id for event in timeline if event.category == "statement")
    view.set_emphasis(None, statements)
    view.go_to_days(FIRST, FIRST + DAYS)
    assert view._fit_view() is None


def test_fit_picture_is_kept_while_the_view_moves_and_never_shown_stale(shown_view,
                                                                       monkeypatch):
    """Made once, the picture is kept through a pan and another stay (not painted again);
    after an edit the next stay paints it anew and Fit All shows the new event; after a
    resize the old one is gone."""
    _small_slices(monkeypatch)
    view = _days_shown(shown_view, monkeypatch, SIZE, 1.0)
    _settle(view)
    made = view._fit_picture
    assert made is not None
    view._pan_pixels(137.0)
    view.viewport().repaint()
    _settle(view)
    assert view._fit_picture is made
    # An edit: every picture of the old data goes; the next stay makes Fit All's again.
    day = _dt.date.fromordinal(FIRST + 3)
    view._document.add_event(Event("new", "A new meeting of the envoys",
                                   FuzzyDate.of_day(day), category="meeting"))
    assert view._fit_picture is None
    view.viewport().repaint()
    _settle(view)
    assert view._fit_picture is not None and view._fit_picture is not made
    _fit_frame_copies_its_picture(view, monkeypatch, 1.0)
    # A resize drops it (its key names the old width).
    view.go_to_days(FIRST, FIRST + DAYS)
    view.viewport().repaint()
    _settle(view)
    assert view._fit_picture is not None
    view.resize(view.width() + 41, view.height())
    assert view._fit_picture is None


def test_no_fit_picture_at_fit_all_scrolled_or_over_its_bytes(shown_view, monkeypatch):
    """None is held while the view is Fit All's (its frame picture is that view), while
    the lanes are scrolled down (Fit All scrolls them to the top), or when it would not
    fit in ``SIDE_PICTURES_BYTES`` beside the steps' pictures (which are all kept)."""
    _small_slices(monkeypatch)
    view = shown_view(_mixed(4500), SIZE)
    QApplication.processEvents()
    view.viewport().repaint()
    _settle(view)
    assert view._fit_picture is None and view._fit_key is None
    view.go_to_days(FIRST, FIRST + DAYS)
    view.viewport().repaint()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(40)
    view.viewport().repaint()
    _settle(view)
    assert view._fit_picture is None
    bar.setValue(0)
    view.viewport().repaint()
    viewport = view.viewport()  # room for the two steps' pictures, a byte short of three
    set_in_view("SIDE_PICTURES_BYTES", 3 * 4 * viewport.width() * viewport.height() - 1,
                monkeypatch)
    _settle(view)
    assert view._fit_picture is None and len(view._side_pictures) == 2


def test_fit_picture_pinned_beside_large_step_pictures(shown_view, monkeypatch):
    """Pictures of 13 MB (2800x1200 device pixels, as 2560x1440 at 1x): with the pointer
    resting over the view three steps' pictures would fill ``SIDE_PICTURES_BYTES``; Fit
    All's picture keeps its place beside the two pan steps, the notches left out, the
    same bytes (issue 11: 303.9 MiB in use at a year with 100 000 events with four
    pictures, 289.8 with three; session 38, the coordinator: Fit All is pressed more
    often than a third step is taken).  Fit All's
    frame then copies its picture.  On the code before, the third step was made and Fit
    All's picture dropped: Fit All's frame was a cold view (13-20 ms of CPU at
    2560x1440)."""
    from test_view_sliced_ahead import _rest_pointer

    _small_slices(monkeypatch)
    view = _days_shown(shown_view, monkeypatch, (1400, 600), 2.0)
    _settle(view)
    assert len(view._side_pictures) == 2 and view._fit_picture is not None
    made = view._fit_picture
    _rest_pointer(view)
    assert len(view._side_pictures) == 2 and view._fit_picture is made
    sizes = [p.sizeInBytes() for p in (*view._side_pictures.values(), made[1])]
    assert sum(sizes) <= view_base.SIDE_PICTURES_BYTES
    _fit_frame_copies_its_picture(view, monkeypatch, 2.0)


