"""A year's label at the window's right edge after a small pan (verify68 F13): at a
linear view of a century, with ticks a decade (~65 px) apart, "2040" near the right edge
was moved in to end left of its tick and stood ~7 px after "2030", reading as part of
the 2030s.  Such a label is now left out when it would stand nearer the label before
than its own width (``view_axis._against_the_label_before``); one with room beside the
label before is still moved in, boxed."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Timeline


def _century(shown_view):  # type: ignore[no-untyped-def]
    events = [Event(f"e{i}", f"Event of {year}", FuzzyDate.of_year(year))
              for i, year in enumerate(range(1920, 2041, 10))]
    return shown_view(Timeline.from_events(events, title="Century"), size=(860, 400))


def _edge_labels(view, tick_px_from_edge: float):  # type: ignore[no-untyped-def]
    """The minor labels with the 2040 tick ``tick_px_from_edge`` px left of the edge."""
    day = dt.date(2040, 1, 1).toordinal()
    width = view.viewport().width()
    x = view.x_of_day(day)
    view._set_origin(view._origin + (x - (width - tick_px_from_edge)) / view._px_per_day)
    segments = view._axis_segments()
    labels = view._axis_layout(segments, width)[1]
    return view.x_of_day(day), [label for label in labels if not label.bold]


def test_a_label_moved_in_against_the_label_before_is_left_out(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = _century(shown_view)
    assert view._scale.is_linear
    step = view.x_of_day(dt.date(2040, 1, 1).toordinal()) - view.x_of_day(
        dt.date(2030, 1, 1).toordinal())
    assert 40 < step < 90, step  # (a decade's ticks)
    tick_x, labels = _edge_labels(view, 12.0)
    texts = {label.text: label.rect for label in labels}
    assert "2030" in texts
    if "2040" in texts:  # (right of or over its tick, never left of it against 2030)
        rect = texts["2040"]
        assert rect.left() - texts["2030"].right() >= rect.width(), (
            rect, texts["2030"], tick_x)


def test_a_label_with_room_before_it_is_still_moved_in(shown_view) -> None:  # type: ignore[no-untyped-def]
    """The rule of a tick near the right edge stays for a label far from the one before:
    zoomed in so a decade is ~95 px, "2040" is moved in, boxed."""
    view = _century(shown_view)
    view._set_scale(view._px_per_day * 1.5)
    tick_x, labels = _edge_labels(view, 12.0)
    moved = [label for label in labels if label.text == "2040"]
    assert moved and moved[0].boxed and moved[0].rect.right() <= tick_x, (moved, tick_x)
