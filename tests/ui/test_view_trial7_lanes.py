"""The lanes after new-user trial 7: labels kept out of a gap's band, the article lines
stopping clear of labels, and busy lanes shown as rows when a tall window has the room."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _picture
from test_view_first_look import zooms_and_pans
from test_view_trial_fixes import _grab, _whole

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui.timeline_view import BREAK_TICKS_PX, LABEL_BACKGROUND_HALF, LANES_TOP


def _is_red(color: QColor) -> bool:
    """The article line's red (#C0392B), whatever the antialiasing left of it."""
    return color.red() > color.green() + 60 and color.red() > color.blue() + 60


def _same_at_2x_item_by_item(view) -> None:  # type: ignore[no-untyped-def]
    """At 2x the batched paint gives the pixels of painting item by item."""
    view._invalidate()
    batched = _picture(view, 2.0)
    view._batched = False
    view._invalidate()
    try:
        assert _picture(view, 2.0) == batched
    finally:
        view._batched = True
        view._invalidate()


def test_the_article_line_stops_clear_of_the_labels_it_crosses(qtbot, shown_view):
    """trial7: the red line at the article's date ran through "Cho and Iwaya meet in
    Munich" from its ascenders to its descenders (the label's background was as tall as
    the text only) and read as striking it out.  Where a label sits on the line, the line
    stops clear of it: no red within the label's row, a few pixels above and below."""
    view = shown_view(load_default_timeline(), size=(1040, 520))
    view.show_range(_dt.date(2024, 12, 1).toordinal(), _dt.date(2025, 4, 20).toordinal())
    QApplication.processEvents()
    [line_x] = view._article_line_columns()
    image = _grab(view)
    crossed = []
    for event_id in view.event_ids():
        label = view.label_rect(event_id)
        if label.isNull() or not label.left() + 2 < line_x < label.right() - 2:
            continue
        if view._layout().items_by_id[event_id].label_inside:
            continue
        crossed.append(event_id)
        middle = label.center().y()
        top = round(middle - LABEL_BACKGROUND_HALF + 1)
        bottom = round(middle + LABEL_BACKGROUND_HALF - 1)
        red = [(x, y) for x in range(round(line_x) - 2, round(line_x) + 3)
               for y in range(top, bottom) if _is_red(QColor(image.pixel(x, y)))]
        assert red == [], (view.label_text(event_id), red)
    assert crossed  # the Munich meeting's label is on the line at this view
    # The line is still drawn elsewhere down the lanes.
    column = [_is_red(QColor(image.pixel(round(line_x), y)))
              for y in range(100, image.height())]
    assert sum(column) > 100
    assert image == _whole(view)
    _same_at_2x_item_by_item(view)


def _labels_across_bands(view) -> list[tuple[str, float, float]]:  # type: ignore[no-untyped-def]
    """Labels (outside their bars) drawn over a gap's narrow band on screen, or past a
    band into the stretch after it: (text, left, right).  A band zoomed to
    ``BREAK_TICKS_PX`` or more (drawn with its years' ticks) is room for the titles
    before it, up to its far edge (verify61 F12).  A title that cannot read whole in its
    own stretch, left of its marker, may cross one narrow band, whole, right of its
    marker, into the stretch after it (view58: verify61 F12, verify62): not counted; one
    that reads whole left of its marker stays in its stretch (trial 7)."""
    bands = [seg.band for seg in view._axis_segments() if seg.band is not None]
    stretches = view._stretches_on_screen(view.viewport().width())
    titles = {event.id: event.title for event in view._document.timeline}
    across = []
    for lane in view._layout().lanes:
        for item in lane.items:
            rect = item.label_rect
            if not item.label or rect.width() <= 0:
                continue
            for x0, x1 in bands:
                if rect.right() > x0 and rect.left() < x1 and (
                        x1 - x0 < BREAK_TICKS_PX or rect.right() > x1):
                    if _crosses_whole(item, rect, titles, stretches, x0, bands):
                        continue
                    across.append((item.label, rect.left(), rect.right()))
    return across


def _crosses_whole(item, rect, titles, stretches, band_left, bands) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``item``'s label is a title crossing the narrow band at ``band_left`` as
    view58 lets it: whole, right of its marker, ending before the next band, and too
    wide to read whole left of its marker in its stretch."""
    if item.label != titles[item.event_id] or rect.left() < item.marker.right():
        return False
    marker = item.marker
    left = max((lo for lo, hi in stretches if lo <= marker.center().x()), default=0.0)
    if marker.left() - 6 - rect.width() >= left:
        return False  # it reads whole left of its marker: it stays there (trial 7)
    beyond = [lo for lo, _hi in bands if lo > band_left]
    return not beyond or rect.right() <= min(beyond)


def test_no_label_is_drawn_across_a_gaps_band(qtbot, shown_view):
    """trial7: the 1965 treaty's label, its event a month left of the "≈ 57 years" band,
    ran over the band into 2023.  Each stretch now packs its labels within its own edges
    (left of the marker, or shortened with "…" at the band); since view58 a title that
    cannot read whole there crosses the band whole where its row is free
    (``_labels_across_bands``).  Swept over zooms and pans of the default timeline, at
    widths where the labels fit and where they do not."""
    for width in (700, 1100):
        view = shown_view(load_default_timeline(), size=(width, 420))
        assert any(seg.band is not None for seg in view._axis_segments())
        assert _labels_across_bands(view) == []
        assert _grab(view) == _whole(view)
        across = [(zoom, step, *label) for zoom, step in zooms_and_pans(view, 10, 10, 0.04)
                  for label in _labels_across_bands(view)]
        assert across == []
        # 7 notches in over the band (trial7-09's view): every frame a fresh paint.
        view.fit_all()
        band = next(seg.band for seg in view._axis_segments() if seg.band is not None)
        for _notch in range(7):
            view.zoom_by(1.25, anchor_x=(band[0] + band[1]) / 2)
            QApplication.processEvents()
            assert _labels_across_bands(view) == []
            assert _grab(view) == _whole(view)
        _same_at_2x_item_by_item(view)


def test_the_start_up_view_shows_the_title_left_of_the_band_whole(qtbot, shown_view):
    """At a width with room for it, Fit All makes room left of the 1965 treaty for its
    title (left of its bar), rather than cutting it at the band."""
    view = shown_view(load_default_timeline(), size=(1400, 420))
    treaty = next(e for e in view._document.timeline if e.date.year == 1965)
    assert view.label_text(treaty.id) == treaty.title
    band = next(seg.band for seg in view._axis_segments() if seg.band is not None)
    assert view.label_rect(treaty.id).right() < view.marker_rect(treaty.id).left() < band[0]
    assert all(view.label_text(e.id) == e.title for e in view._document.timeline)


def _a_busy_year(n: int) -> Timeline:
    """``n`` meetings spread evenly over 2010 (one lane) and one visit."""
    first = _dt.date(2010, 1, 1).toordinal()
    events = [Event(f"m{i}", f"Talks on trade number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i * 365 // n)),
                    category="meeting") for i in range(n)]
    events.append(Event("v", "A visit", FuzzyDate.of_day(_dt.date(2010, 6, 1)),
                        category="visit"))
    return Timeline.from_events(events)


def test_a_busy_lane_with_room_for_its_events_as_rows_shows_rows(qtbot, shown_view):
    """trial7: a year of one busy category in a tall window (room for 40-odd rows) was a
    density histogram, because a lane became one past ``width / 8`` events on screen,
    whatever the rows it had.  The limit counts the rows the window gives the lane: its
    300 events are rows, most with a readable title; in a short window, where six
    rows could show a sixth of them, it stays a histogram."""
    from timeline_app.ui.timeline_view import MAX_LABEL_PX

    year = (_dt.date(2010, 1, 1).toordinal(), _dt.date(2011, 1, 1).toordinal())
    for height, dense in ((1400, False), (420, True)):
        view = shown_view(_a_busy_year(300), size=(1200, height))
        view.show_range(*year)
        QApplication.processEvents()
        [meeting] = [lane for lane in view._layout().lanes if lane.category == "meeting"]
        assert meeting.dense == dense, height
        if not dense:
            # A title each, shortened at a word to no less than MIN_LABEL_PX at most
            # ("Talks on trade…"); the few left over in "+N" badges (the greedy rows).
            assert len([item for item in meeting.items if item.label]) >= 0.75 * 300
            assert sum(badge.count for badge in meeting.badges) <= 0.25 * 300
            assert all(view._layout().items_by_id[item.event_id].label_rect.width()
                       <= MAX_LABEL_PX for item in meeting.items)
            assert view._layout().content_height <= view.viewport().height() - LANES_TOP
        assert _grab(view) == _whole(view)
        _same_at_2x_item_by_item(view)
