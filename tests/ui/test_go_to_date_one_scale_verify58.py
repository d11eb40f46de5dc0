"""Go to Date near Fit All's room after the data shows the range at one scale, and the
axis names a month once where two stretches of another scale meet (verify58 F21).

Her Fit All (24 events of 1988 - April 2026, two bands) left room after the data's last
day, 1 May 2026, drawn at another scale (``_fit_right_piece``); Ctrl+G "8 March 2026 to
30 April 2026" showed the days after 1 May wider than the rest, with no band, weekly ticks
turning daily, and "May 2026 | May 2026" over the edge, in the window and the PDF."""

from __future__ import annotations

import datetime as dt

from fit_case_shown import FIT_CASES

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.native import load


def _ending_with_april() -> Timeline:
    """The Korea timeline of ``fit_cases`` (a Fit All with room after its last day) and
    an event of April 2026: the data ends on 1 May, a month's first day."""
    loaded = load(FIT_CASES / "korea_verify51.json")
    timeline = loaded if isinstance(loaded, Timeline) else loaded[0]
    events = [*timeline.events, Event("april", "Joint committee meets",
                                      FuzzyDate.of_month(2026, 4),
                                      category=timeline.events[-1].category)]
    return Timeline.from_events(events)


def _slopes(view) -> list[float]:  # type: ignore[no-untyped-def]
    return [segment.slope for segment in view._scale.segments(
        view._origin, view._origin + view._view_units())]


def _bold_labels(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text for label in view._axis_layout(
        view._axis_segments(), view.viewport().width())[1] if label.bold]


def test_go_to_date_shows_the_range_at_one_scale(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_ending_with_april(), size=(1300, 600))
    assert view._fit_right_piece is not None  # (the case: room after 1 May)
    view.go_to_days(dt.date(2026, 3, 8).toordinal(), dt.date(2026, 5, 1).toordinal())
    assert _slopes(view) == [1.0]  # (before: 1.0 and ~10 after 1 May)
    first, last = view.visible_days()
    assert last - dt.date(2026, 5, 1).toordinal() < 3, dt.date.fromordinal(int(last))
    labels = _bold_labels(view)
    assert labels == ["March 2026", "April 2026", "May 2026"], labels
    # The picture or PDF of the current view draws the same.
    from timeline_app.ui.export_picture import current_period_view

    picture = current_period_view(view._document, view)
    try:
        assert _slopes(picture) == [1.0]
        assert _bold_labels(picture) == labels
    finally:
        picture.deleteLater()
    # Fit All makes its room again.
    view.fit_all()
    assert view._fit_right_piece is not None


def test_a_month_is_named_once_where_two_scales_meet(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """Zoomed in on the data's end after Fit All (its room kept): the month starting at
    the edge of the room was named on both sides of it; now once, right of its tick,
    and no day's number twice."""
    view = shown_view(_ending_with_april(), size=(1300, 600))
    may = dt.date(2026, 5, 1).toordinal()
    for _step in range(40):
        view.zoom_by(1.25, view.x_of_day(may))
        first, last = view.visible_days()
        if last - first < 120:
            break
    assert len(_slopes(view)) == 2  # (the stretch and the room after 1 May)
    labels = _bold_labels(view)
    assert labels.count("May 2026") == 1, labels
    rects = {label.text: label.rect for label in view._axis_layout(
        view._axis_segments(), view.viewport().width())[1] if label.bold}
    assert rects["May 2026"].left() >= view.x_of_day(may)  # (right of its tick)
