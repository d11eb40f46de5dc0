"""The first look at the timeline (session 6): defects found by real-window trials at
1280×800, 1920×1080 and 2560×1440, light and dark, all in what every user sees first."""

from __future__ import annotations

import datetime as _dt

import pytest
from test_view_trial_fixes import _grab, _runs, _whole

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source
from timeline_app.io.bundled import load_default_timeline


def _axis(view):  # type: ignore[no-untyped-def]
    segments = view._axis_segments()
    return segments, view._axis_layout(segments, view.viewport().width())[1]


def _bare_minor_ticks(view) -> list[str]:  # type: ignore[no-untyped-def]
    """Minor ticks on screen, outside any gap's band, whose label is not drawn."""
    segments, labels = _axis(view)
    width = view.viewport().width()
    shown = [label for label in labels if not label.bold]
    bare = []
    for seg in segments:
        if seg.ticks is None or seg.brk is not None:
            continue
        for tick in seg.ticks.minor:
            x = view.x_of_day(tick.day)
            if max(seg.x0, 0.0) <= x <= min(seg.x1, width) and not any(
                    label.text == tick.label and abs(label.rect.left() - x) < 40
                    for label in shown):
                bare.append(f"{tick.label}@{x:.0f}")
    return bare


def test_a_month_tick_beside_a_gap_is_labelled(qtbot, shown_view):
    """trial: at 2560×1440 (the view 2152 px wide) the default timeline's July 1965 tick,
    just before the "≈ 57 years" gap, had no label ("Jul" would have touched the
    zig-zag): it is moved in to end clear of it, over its tick."""
    view = shown_view(load_default_timeline(), size=(2152, 600))
    assert view._breaks
    assert _bare_minor_ticks(view) == []
    assert _grab(view) == _whole(view)


@pytest.mark.parametrize("width", [1264, 1300, 1339])
def test_the_last_tick_at_the_right_edge_is_labelled(qtbot, shown_view, width):
    """trial: at fit-all of the 100 000-event file, 800-940 px wide, "2040" was bare:
    its label ran past the edge (here "2030", 1 264-1 340 px wide), and rounding (the
    stretch ending at 818.9999999999995 of 819 px) made the window's edge keep clear of
    a zig-zag that is not there."""
    view = shown_view(_runs((1815, 2026), step=200), size=(width, 300))
    assert not view._breaks
    assert _bare_minor_ticks(view) == []
    assert _grab(view) == _whole(view)


@pytest.mark.parametrize("width", [888, 1512, 2152])
def test_a_gaps_length_fits_between_its_zigzags(qtbot, shown_view, width):
    """trial: at start-up in a 1280 px window (the view 888 px wide) the default
    timeline's "≈ 57 years" was 61 px wide on a 30 px band, drawn over both zig-zags.
    The band is wider now (``scale.BREAK_SHARE``), the length is written only where it
    fits, and at 2560 px the band stays a plain band (no ticks of its own).  Since trial 7
    Fit All gives the 1965 title room left of the band (``_fit_margin_left``): at 888 px
    that leaves the band 54 px: trial 11 found it said only "≈"; the length is now on
    two rows there, "≈ 57" over "years" (the title whole still counts for more)."""
    from timeline_app.ui.timeline_view import AXIS_ZIGZAG_CLEARANCE

    view = shown_view(load_default_timeline(), size=(width, 600))
    segments, labels = _axis(view)
    (band,) = [seg.band for seg in segments if seg.band is not None]
    inside = [label for label in labels
              if band[0] <= label.rect.left() and label.rect.right() <= band[1]]
    assert [label.text for label in inside] == (
        ["≈ 57", "years"] if width < 1000 else ["≈ 57 years"])
    for label in inside:
        assert band[0] + AXIS_ZIGZAG_CLEARANCE <= label.rect.left()
        assert label.rect.right() <= band[1] - AXIS_ZIGZAG_CLEARANCE
    if len(inside) == 2:  # one over the other, the same box
        assert inside[0].rect.bottom() <= inside[1].rect.top()
        assert inside[0].rect.left() == inside[1].rect.left()
    assert all(seg.ticks is None for seg in segments if seg.band is not None)
    assert _grab(view) == _whole(view)


def test_a_band_too_narrow_for_the_length_says_only_about(qtbot, shown_view):
    """A narrow view (500 px; at 700 px the length fits on two rows since trial 11): "≈"
    alone, inside the band; since view79 (verify80 F10) its length above it on the
    decades' row where that is free (the tooltip gives it too); since view82 (fix88's
    print: "2010s ≈ 10 yrs" read as one label) that row keeps 8 px from a period's name,
    and with no room there the length takes the place of the "≈", centred on the band."""
    view = shown_view(load_default_timeline(), size=(500, 500))
    segments, labels = _axis(view)
    (band,) = [seg.band for seg in segments if seg.band is not None]
    (length,) = [label for label in labels if label.text.startswith("≈ ")]
    assert length.text in ("≈ 57 years", "≈ 57 yrs")
    alone = [label for label in labels if label.text == "≈"]
    if alone:  # "≈" inside, its length above it
        (label,) = alone
        assert band[0] < label.rect.left() and label.rect.right() < band[1]
        assert length.rect.bottom() <= label.rect.top()
    else:  # the length in its place, centred on the band, clear of the other labels
        assert abs(length.rect.center().x() - (band[0] + band[1]) / 2) < 1.0
        assert not any(other is not length and other.rect.intersects(length.rect)
                       for other in labels)


def _a_month_of_articles() -> Timeline:
    """December 2002 with an article every day and a few events a day (a month of the
    100 000-event file)."""
    first = _dt.date(2002, 12, 1).toordinal()
    events = [Event(f"e{i}", f"Talks on trade number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i % 31)),
                    category=("meeting", "visit", "policy")[i % 3]) for i in range(90)]
    sources = {f"s{i}": Source(f"s{i}", f"Article {i}",
                               dateline_date=_dt.date.fromordinal(first + i))
               for i in range(31)}
    return Timeline.from_events(events, sources=sources)


@pytest.mark.parametrize("dark", [False, True])
def test_a_month_draws_only_the_article_lines_its_badges_name(qtbot, shown_view, dark):
    """trial: a month of the 100 000-event file had a red dashed line nearly every day
    across every lane, and badges for seven of them: the others said nothing.  Only the
    lines a badge names are drawn; the frame is still a whole paint's pixels."""
    from PySide6.QtGui import QColor, QPalette

    from timeline_app.ui import timeline_view

    view = shown_view(_a_month_of_articles(), size=(1200, 500))
    if dark:
        palette = QPalette(view.palette())
        palette.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
        view.setPalette(palette)
    first = _dt.date(2002, 12, 1).toordinal()
    view.go_to_days(first, first + 31)
    width = view.viewport().width()
    xs, _days = view._article_columns()
    named = view._article_line_columns()
    badges = view._article_badges(width)
    assert len(xs) >= 30 and 0 < len(named) == len(badges) < len(xs) / 2
    image = _grab(view)
    assert image == _whole(view)

    def reddish(x: float) -> int:
        return sum(1 for y in range(timeline_view.LANES_TOP + 5, image.height() - 20, 3)
                   if image.pixelColor(round(x), y).red() > 150
                   and image.pixelColor(round(x), y).green() < 110)

    # A line down the lanes reds dozens of the rows sampled; a marker or a label, a few.
    assert all(reddish(x) > 20 for x in named)
    assert not [x for x in xs if min(abs(x - n) for n in named) > 6 and reddish(x) > 3]


def _a_busy_week(n: int = 100) -> Timeline:
    """``n`` meetings in one week (more than a lane's rows at 1280×800) and one visit."""
    first = _dt.date(2025, 3, 17).toordinal()
    events = [Event(f"m{i}", f"Talks number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i % 7)), category="meeting")
              for i in range(n)]
    events.append(Event("v", "A visit", FuzzyDate.of_day(_dt.date(2025, 3, 19)),
                        category="visit"))
    return Timeline.from_events(events)


def _rows(view, category: str) -> int:  # type: ignore[no-untyped-def]
    (lane,) = [lane for lane in view._layout().lanes if lane.category == category]
    return len({item.marker.center().y() for item in lane.items})


def zooms_and_pans(view, zooms: int, steps: int, share: float):  # type: ignore[no-untyped-def]
    """Set ``view`` to each of ``zooms`` zoom levels in (x1.4 each, from where it is) and,
    at each, to ``2 * steps`` pans of ``share`` of the first view's width; yields
    ``(zoom, step)`` with the view there."""
    base, origin, units = view.px_per_day(), view._origin, view._view_units()
    for zoom in range(zooms):
        view._set_scale(base * 1.4 ** zoom)
        for step in range(-steps, steps):
            view._set_origin(origin + step * units * share / 1.4 ** zoom)
            yield zoom, step


def _badged(view) -> int:  # type: ignore[no-untyped-def]
    return sum(badge.count for lane in view._layout().lanes for badge in lane.badges)


def test_a_tall_view_gives_a_crowded_lane_more_rows(qtbot, shown_view):
    """trial: at 2560×1440 the lanes left half the height empty while a crowded lane
    gathered its events in "+N" badges after six rows.  Each lane may fill its share of
    the height; a small view keeps six rows and scrolls as before."""
    from timeline_app.ui.timeline_view import LANES_TOP, MAX_ROWS

    small = shown_view(_a_busy_week(), size=(1200, 400))
    assert _badged(small) > _badged(shown_view(_a_busy_week(), size=(1200, 1300)))
    # 300 px under the axis: the visit's lane takes its one row (it never needs a "+N"
    # row: verify22, session 18), the meetings' the rest, 7 rows and their badges' row.
    assert _rows(small, "meeting") == MAX_ROWS + 1
    assert small._layout().content_height <= small.viewport().height() - LANES_TOP
    tall = shown_view(_a_busy_week(), size=(1200, 1300))
    assert _rows(tall, "meeting") > MAX_ROWS + 4
    layout = tall._layout()
    assert layout.content_height <= tall.viewport().height() - LANES_TOP  # no scroll bar
    assert not tall.verticalScrollBar().isEnabled()  # shown, greyed: nothing to scroll
    for view in (small, tall):
        assert _grab(view) == _whole(view)


def test_density_lanes_fill_a_tall_view(qtbot, shown_view):
    """Density lanes (far more events than pixels) share the height: taller bars in a
    tall view, never shorter than before in a small one, and no scroll bar."""
    from test_view_batched_paint import _picture
    from test_view_trial_fixes import _crowded

    from timeline_app.ui.timeline_view import DENSITY_HEIGHT, LANE_HEADER, LANES_TOP

    for height, grows in ((180, False), (1000, True)):
        view = shown_view(_crowded(4000), size=(700, height))
        dense = [lane for lane in view._layout().lanes if lane.dense]
        assert dense
        assert all((lane.height > LANE_HEADER + DENSITY_HEIGHT) == grows for lane in dense)
        if grows:
            assert view._layout().content_height <= view.viewport().height() - LANES_TOP
        assert _grab(view) == _whole(view)
        # At 2x the taller bars are rectangles: the pixels of painting item by item.
        view._invalidate()
        batched = _picture(view, 2.0)
        view._batched = False
        view._invalidate()
        assert _picture(view, 2.0) == batched


def test_a_gaps_label_stays_inside_its_band_while_panning_and_zooming(qtbot, shown_view):
    """trial (docs/screenshot.png's view): with the gap's band half off the left edge,
    "≈ 57 years" was pinned at the edge, wider than what showed of the band and over its
    zig-zag.  Swept over zooms and pans of the default timeline: a gap's label is always
    between the zig-zags on screen."""
    from timeline_app.ui.timeline_view import AXIS_ZIGZAG_CLEARANCE

    view = shown_view(load_default_timeline(), size=(1200, 300))
    width = view.viewport().width()
    outside = []
    for zoom, step in zooms_and_pans(view, 12, 20, 0.02):
        segments, labels = _axis(view)
        bands = [seg.band for seg in segments if seg.band is not None]
        for label in labels:
            if not label.text.startswith("≈"):
                continue
            rect = label.rect
            if not any((x0 <= 0 or x0 + AXIS_ZIGZAG_CLEARANCE <= rect.left() + 1e-6)
                       and (x1 >= width or rect.right() <= x1 - AXIS_ZIGZAG_CLEARANCE
                            + 1e-6) and rect.left() >= 0 and rect.right() <= width
                       for x0, x1 in bands):
                outside.append((zoom, step, label.text))
    assert outside == []


def test_lanes_of_a_few_events_leave_the_height_to_a_crowded_one(qtbot, shown_view):
    """One busy lane among lanes of one event each (a story with one kind of event that
    dominates): the quiet lanes take the one row they need and the busy lane the rest
    of the height, rather than an even share (six rows and a "+N" badge at 900 px)."""
    from timeline_app.ui.timeline_view import LANES_TOP, MAX_ROWS

    quiet = [Event(f"q{i}", f"Quiet {i}", FuzzyDate.of_day(_dt.date(2025, 3, 18 + i % 3)),
                   category=category)
             for i, category in enumerate(("treaty", "policy", "dispute", "anniversary",
                                           "statement"))]
    timeline = Timeline.from_events(list(_a_busy_week().events) + quiet)
    view = shown_view(timeline, size=(1200, 900))
    assert len(view._layout().lanes) == 7
    assert _rows(view, "meeting") > MAX_ROWS + 2
    assert view._layout().content_height <= view.viewport().height() - LANES_TOP
    assert _grab(view) == _whole(view)


def test_fit_all_shows_the_scroll_bars_thumb_across_the_whole_track(qtbot, shown_view):
    """new-user trial 11: at start-up (Fit All) the horizontal scroll bar's thumb sat a
    third of the track wide at one end, as if part of the timeline were out of view.
    Fitted, the bar has no range (the thumb spans the track); a zoom gives it back, and
    Fit All takes it away again."""
    view = shown_view(load_default_timeline(), size=(888, 600))
    bar = view.horizontalScrollBar()
    assert bar.minimum() == bar.maximum() == bar.value() == 0
    view.zoom_by(2.0)
    assert bar.maximum() > 0
    view.fit_all()
    assert bar.maximum() == 0


def test_fit_all_at_fit_all_leaves_the_scroll_bar_alone(qtbot, shown_view):
    """Fit All set the bar's range twice, span then none: at Fit All already the bar was
    repainted at each press (1.5 ms of a 2.2 ms frame).  The bar keeps no range throughout."""
    view = shown_view(load_default_timeline(), size=(888, 600))
    bar = view.horizontalScrollBar()
    ranges: list[int] = []
    original = bar.setRange

    def set_range(low: int, high: int) -> None:
        ranges.append(high)
        original(low, high)

    bar.setRange = set_range  # type: ignore[method-assign]
    view.fit_all()
    assert ranges and set(ranges) == {0}, ranges  # was [span, 0]
    assert bar.maximum() == 0
