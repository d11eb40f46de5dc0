"""Lanes crowded with long spans at a close zoom, and Find's share of a density's bars
(new-user trial 10, findings 6 and 7)."""

from __future__ import annotations

import datetime as _dt

import pytest
import view_pictures
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.layout import LaneItem, pack_lane
from timeline_app.ui.timeline_view import (
    LANE_HEADER,
    LANE_PAD,
    MIN_MATCH_PX,
    READABLE_ITEM_PX,
    ROW_HEIGHT,
)

DAY = _dt.date(2020, 6, 15)


def _spans_over_a_day(spans: int = 300) -> Timeline:
    """``spans`` meetings of a year or a month, each covering ``DAY``, and three talks
    on ``DAY`` itself."""
    events = [Event(f"s{i}", f"Year-long talks number {i}",
                    FuzzyDate.of_year(2020) if i % 2 else FuzzyDate.of_month(2020, 6),
                    category="meeting") for i in range(spans)]
    events += [Event(f"d{i}", f"Talks on the day number {i}", FuzzyDate.of_day(DAY),
                     category="meeting") for i in range(3)]
    return Timeline.from_events(events)


def test_a_lane_of_long_spans_shows_the_days_events_with_titles(qtbot, shown_view):
    """trial10-18: at a 1-day zoom, a lane whose 300 month- and year-long spans cover
    the view was a histogram (more events in view than a lane's rows "hold"), so the
    day's own events were a bar, and the selected one a diamond without its title.
    Spans wider than half the view are context (``pack_lane`` gives them the rows
    left): the lane is rows, the day's events read with their titles, the spans take
    the rows left and a "+N"."""
    view = shown_view(_spans_over_a_day(), size=(900, 500))
    day = DAY.toordinal()
    view.go_to_days(day, day + 1)
    QApplication.processEvents()
    layout = view._layout()
    (lane,) = layout.lanes
    assert not lane.dense
    for i in range(3):
        item = layout.items_by_id[f"d{i}"]
        assert item.label.startswith("Talks on the day")
    assert lane.badges  # the spans that found no row
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert image == view_pictures.whole_paint(view).convertToFormat(QImage.Format.Format_RGB32)


def test_a_lane_of_many_short_events_in_view_is_still_a_density(qtbot, shown_view):
    """The context rule counts only spans wider than half the view: 400 events of a
    day each in a 10-day view are still far too many for the rows."""
    first = DAY.toordinal()
    events = [Event(f"e{i}", f"Talks number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i % 10)), category="meeting")
              for i in range(400)]
    view = shown_view(Timeline.from_events(events), size=(900, 500))
    view.go_to_days(first, first + 10)
    QApplication.processEvents()
    assert view._layout().lanes[0].dense


def _crowded_month_under_spans() -> Timeline:
    """100 events of a day over the 30 days from ``DAY`` and 300 year- and month-long
    spans covering them: more events than ``width / 8`` on screen at a month's zoom."""
    first = DAY.toordinal()
    events = [Event(f"d{i}", f"Talks number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + (i * 7) % 30)),
                    category="meeting") for i in range(100)]
    events += [Event(f"s{i}", f"Year-long talks number {i}",
                     FuzzyDate.of_year(2020) if i % 2 else FuzzyDate.of_month(2020, 6),
                     category="meeting") for i in range(300)]
    return Timeline.from_events(events)


def test_a_lane_whose_own_events_overflow_its_rows_is_a_density_under_long_spans(
        qtbot, shown_view):
    """Issue 11 (frames at 1 000 000 events, month 5.7 -> 12 ms p95): the spans wider
    than half the view are not counted, but the lane's own events must fit its rows.
    With a count of them as a second condition (more than ``width / 8``), a lane of 100
    events of a day in a month, needing far more room than its rows have, stayed rows
    (most in a "+N") under 300 long spans, each laid out a frame.  At a week's zoom the
    week's events fit: rows, with titles (lanes10's case)."""
    view = shown_view(_crowded_month_under_spans(), size=(900, 500))
    first = DAY.toordinal()
    view.go_to_days(first, first + 30)
    QApplication.processEvents()
    width = view.viewport().width()
    ((rows, _height),) = view._lane_room()
    (lane,) = view._lanes
    first_day, last_day = view.visible_days()
    on_screen = lane.visible(first_day, last_day, 1 << 40)
    assert on_screen is not None and len(on_screen) > width / 8  # the premise
    narrow = [e for e, start, end in on_screen if end - start <= (last_day - first_day) / 2]
    assert len(narrow) * READABLE_ITEM_PX > rows * width and len(narrow) <= width / 8
    assert view._layout().lanes[0].dense
    view.go_to_days(first + 7, first + 14)
    QApplication.processEvents()
    layout = view._layout()
    assert not layout.lanes[0].dense
    titled = [item for item in layout.lanes[0].items if item.event_id.startswith("d")]
    # (titles crossing the right edge are shortened there: "Talks…", frames29)
    assert titled and all(item.label.startswith("Talks") for item in titled)


class _RecordingPainter(QPainter):
    """A painter on an image that keeps the rectangles given to ``drawRects``."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.rects: list[QRectF] = []

    def drawRects(self, rects) -> None:  # type: ignore[no-untyped-def,override]  # noqa: N802
        self.rects += list(rects)
        super().drawRects(rects)


def test_finds_matches_in_a_density_are_their_share_of_each_bar(qtbot, shown_view):
    """trial10-34: with 6.6 % of the events matching, the highlighted part of each
    density bar was ~55 % of it (the matches' counts on a log scale of their own, over
    bars on a log scale).  Now each bin's matched part is its share of the bar's height:
    one event in ten matching, a tenth of each bar (at least MIN_MATCH_PX)."""
    first = DAY.toordinal()
    events = [Event(f"e{i}", f"Talks number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i // 40)), category="meeting")
              for i in range(8000)]
    view = shown_view(Timeline.from_events(events), size=(900, 500))
    view.set_emphasis({f"e{i}" for i in range(0, 8000, 10)}, None)
    QApplication.processEvents()
    (lane,) = view._layout().lanes
    assert lane.dense
    image = QImage(900, 500, QImage.Format.Format_RGB32)
    painter = _RecordingPainter(image)
    view._paint_dense_matches(painter, lane, 0.0)
    painter.end()
    bars = {round(bar.left()): bar for bar in lane.bars}
    counts = dict(zip((round(bar.left()) for bar in lane.bars), lane.density[0].tolist(),
                      strict=True))
    assert painter.rects
    for rect in painter.rects:
        bar = bars[round(rect.left())]
        assert rect.bottom() == bar.bottom()
        assert rect.height() <= max(MIN_MATCH_PX, bar.height() * 0.11 + 0.5)
        if counts[round(rect.left())] >= 80:  # a matched share of 10 % ± 1 event
            assert abs(rect.height() - bar.height() / 10) <= bar.height() / 40 + 0.01


def test_a_label_with_little_room_either_side_takes_the_wider_side() -> None:
    """ui10 (default timeline, 1024x700, after a pan): the Treaty's marker 143 px from
    the left edge, a gap's band 18 px right of it; the title had room for less than its
    least width on both sides, stayed right and was cut to nothing at the band.  It
    now goes left of its marker, shortened to the room there."""
    from timeline_app.ui.layout import LABEL_GAP, POINT_RADIUS, LaneItem, pack_lane

    item = LaneItem("t", 143.0, 143.0, 291.0, 150.0)
    (placement,) = pack_lane([item], 6, view_left=0.0, view_right=161.0).placements
    assert placement.label_x == 0.0
    assert placement.label_width == 143.0 - POINT_RADIUS - LABEL_GAP
    span = LaneItem("s", 130.0, 143.0, 291.0, 150.0)
    (placement,) = pack_lane([span], 6, view_left=0.0, view_right=161.0).placements
    assert (placement.label_x, placement.label_width) == (0.0, 130.0 - LABEL_GAP)


def _month_under_decades() -> Timeline:
    """March 1962 as verify53 F11 met it at 100 000 events: a lane with two day events
    of the month, three spans of the month's own (March, spring, April 1962) and twelve
    events known only as "1962" or "the 1960s", which cover a month's view whole."""
    events = [Event("d1", "Policy talks open on the second of March", FuzzyDate.of_day(
                  _dt.date(1962, 3, 2)), category="policy"),
              Event("d2", "Policy talks close on the twenty-seventh", FuzzyDate.of_day(
                  _dt.date(1962, 3, 27)), category="policy"),
              Event("march", "A white paper drafted over March", FuzzyDate.of_month(1962, 3),
                    category="policy"),
              Event("spring", "A strategy adopted in spring",
                    FuzzyDate.of_day(_dt.date(1962, 3, 5)),
                    end=FuzzyDate.of_day(_dt.date(1962, 5, 31)), category="policy"),
              Event("april", "Sanctions announced in April", FuzzyDate.of_month(1962, 4),
                    category="policy")]
    events += [Event(f"y{i}", f"A strategy of the year, number {i}",
                     FuzzyDate.of_year(1962) if i % 2 else FuzzyDate.of_decade(1960),
                     category="policy") for i in range(12)]
    # (far off: the view can pan, so a rested view is packed from the world's chunks)
    events.append(Event("far", "Later talks", FuzzyDate.of_year(1990), category="policy"))
    return Timeline.from_events(events)


@pytest.mark.usefixtures("world_packing")
@pytest.mark.parametrize("rested", [False, True])
def test_spans_across_a_months_view_give_its_own_events_the_rows(qtbot, shown_view,
                                                                   rested, request):
    """verify53 F11: zoomed to a month, each lane's rows went to year- and decade-long
    events (hatched bars across the whole view, five rows of them) and the month's own
    events to "+N".  Spans across both edges now come last, one row of them at most
    (the shortest: "1962" before "the 1960s"); the rest join the "+N" at the edge.
    ``rested``: packed from the world's chunks once the view rests (``_world_context``,
    as 100 000 events are: ``swapped_at_rest``), else as a timeline this small is, from
    the world's chunks at once (frames47's ``WORLD_EAGER_EVENTS``)."""
    if rested:
        request.getfixturevalue("swapped_at_rest")
    view = shown_view(_month_under_decades(), size=(1200, 600))
    view.go_to_days(_dt.date(1962, 2, 28).toordinal(), _dt.date(1962, 4, 2).toordinal())
    QApplication.processEvents()
    if rested:
        view_pictures.rest(view)
        assert view._world_at == view._world_here()  # (the case it is about)
    view._layouts.clear()
    layout = view._layout()
    (lane,) = layout.lanes
    shown = set(layout.items_by_id)
    assert {"d1", "d2", "march", "spring", "april"} <= shown  # (before: april, spring in "+N")
    across = shown & {f"y{i}" for i in range(12)}
    assert len(across) == 1  # (before: every row left, 4 of them)
    assert across <= {f"y{i}" for i in range(1, 12, 2)}  # a year, not a decade
    folded = {key for badge in lane.badges for key in badge.keys}
    assert {f"y{i}" for i in range(12)} - across <= folded
    assert all(badge.rect.left() < 10 for badge in lane.badges
               if set(badge.keys) & {f"y{i}" for i in range(12)})  # at the left edge


def test_a_span_folded_across_the_view_is_reached_and_revealed(window):  # type: ignore[no-untyped-def]
    """An event folded into the "+N" as a span across the whole view (``pack_lane``'s
    ``covering``) is reached by the keyboard (→ steps in date order: Details shows it,
    the badge ringed) and, picked in the Events list or found (``reveal_event``), drawn
    with its title: the view goes to its start, where it no longer covers the view."""
    window.document.replace_timeline(_month_under_decades(), None)
    view = window.view
    view.go_to_days(_dt.date(1962, 2, 28).toordinal(), _dt.date(1962, 4, 2).toordinal())
    QApplication.processEvents()
    decades = [f"y{i}" for i in range(0, 12, 2)]
    folded = [key for key in decades if not view.has_item(key)]
    assert folded
    window.selection.select(decades[0])
    reached = {decades[0]}
    for _ in range(len(window.document.timeline)):
        view.step_selection(+1)
        reached.add(window.selection.event_id)
    assert set(folded) <= reached
    view.go_to_days(_dt.date(1962, 2, 28).toordinal(), _dt.date(1962, 4, 2).toordinal())
    QApplication.processEvents()
    assert not view.has_item(folded[-1])
    assert window.reveal_event(folded[-1])
    assert view.has_item(folded[-1])


@pytest.mark.usefixtures("world_packing")
@pytest.mark.parametrize("rested", [False, True])
def test_a_plus_one_of_a_span_across_the_view_is_its_bar(qtbot, shown_view, rested, request):  # type: ignore[no-untyped-def]
    """verify56 F23: a June filter left a lane two spans across the view (the second
    quarter and "by the end of 2025") and a day; the second span was a "+1" in a row of
    its own though nothing else was in a "+N".  A lone "+1" of such a span is now its bar,
    in the row the badge took (the lane as tall); two or more still fold (verify53 F11,
    ``test_spans_across_a_months_view_give_its_own_events_the_rows``).  Packed from
    the world's chunks (``_world_packing``); ``pack_lane``'s below."""
    if rested:
        request.getfixturevalue("swapped_at_rest")
    events = [Event("d1", "Talks open", FuzzyDate.of_day(_dt.date(1962, 3, 12)),
                    category="meeting"),
              Event("year", "A summit this year", FuzzyDate.of_year(1962), category="meeting"),
              Event("decade", "Talks to resume in the decade", FuzzyDate.of_decade(1960),
                    category="meeting"),
              Event("far", "Later talks", FuzzyDate.of_year(1990), category="meeting")]
    view = shown_view(Timeline.from_events(events), size=(840, 600))
    view.go_to_days(_dt.date(1962, 2, 28).toordinal(), _dt.date(1962, 4, 2).toordinal())
    QApplication.processEvents()
    if rested:
        view_pictures.rest(view)
        assert view._world_at == view._world_here()
    view._layouts.clear()
    layout = view._layout()
    (lane,) = layout.lanes
    assert {"d1", "year", "decade"} <= set(layout.items_by_id)  # (before: "decade" a "+1")
    assert not lane.badges
    assert lane.items[-1].label == "Talks to resume in the decade"
    assert lane.height == LANE_HEADER + 3 * ROW_HEIGHT + LANE_PAD  # (as with the "+1")


@pytest.mark.parametrize("as_keys", [False, True])
def test_pack_lane_gives_a_lone_covering_plus_one_the_badges_row(as_keys: bool) -> None:
    """``pack_lane``'s ``covering`` (verify56 F23): of two spans across the view, the
    second was a "+1" with nothing else in a "+N"; it takes the badge's row (with
    ``badge_row``: the lane as tall); three leave a "+2" (verify53 F11)."""
    day = LaneItem("d", 300.0, 300.0, 120.0)
    spans = {key: LaneItem(key, -500.0 - i, 2000.0 + i, 200.0, 100.0)
             for i, key in enumerate(("y", "dec", "cent"))}

    def packed(keys: list[str]):  # type: ignore[no-untyped-def]
        if as_keys:
            return pack_lane([day], 6, 0.0, 900.0, covering=keys,
                             context_item=spans.__getitem__, badge_row=True)
        return pack_lane(sorted([day, *(spans[k] for k in keys)], key=lambda i: i.x0), 6,
                         0.0, 900.0, badge_row=True)

    two = packed(["y", "dec"])
    assert not two.clusters
    assert {p.key: p.row for p in two.placements} == {"d": 0, "y": 1, "dec": 2}
    assert two.rows_used == 3
    three = packed(["y", "dec", "cent"])
    assert [sorted(c.keys) for c in three.clusters] == [["cent", "dec"]]
    assert three.rows_used == 2
