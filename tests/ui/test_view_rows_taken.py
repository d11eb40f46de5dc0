"""A lane below the rows on screen whose height is known without packing it (issue 11,
mid12: at a month's zoom at 100 000 events, four of eight lanes of rows were packed
every pan only for their heights).  When more of its spans reach across the view's
left edge than it has rows, packing takes every row and puts an event into a "+N"
(``TimelineView._fills_its_rows``); the lane is then packed only when something asks
for its items, and is what packing it with the view gives.  On a linear scale the lane
is packed from its chunks anchored to the world (``TimelineView._world_packing``, frames29),
whose spans across the left edge fill the rows left free on screen (``_world_context``):
the same claim holds."""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from test_view_lazy_lanes import CATEGORIES, FIRST, _month, _scrolled_down_is_a_fresh_paint

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.layout import LaneItem, pack_lane
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view

pytestmark = pytest.mark.usefixtures("world_packing", "swapped_at_rest")  # (conftest)

VIEW_LEFT, VIEW_RIGHT = 0.0, 1000.0

_others = st.lists(
    st.tuples(st.floats(-300, 1300), st.sampled_from([0.0, 0.0, 3.0, 40.0, 400.0, 1500.0]),
              st.floats(0, 560), st.sampled_from([None, 150.0, 60.0]), st.booleans()),
    max_size=60)
# Spans across the left edge: (x0 <= VIEW_LEFT, length reaching past it, width, floor)
_across = st.tuples(st.floats(-2000, VIEW_LEFT), st.floats(0, VIEW_RIGHT - VIEW_LEFT - 1),
                    st.floats(0, 560), st.sampled_from([None, 150.0, 60.0]), st.booleans())
# Spans across both edges: one of them counts (``pack_lane``'s ``covering``, verify53 F11)
_covering = st.lists(st.tuples(st.floats(-2000, VIEW_LEFT),
                               st.floats(VIEW_RIGHT - VIEW_LEFT, 3000), st.floats(0, 560),
                               st.sampled_from([None, 150.0, 60.0]), st.booleans()),
                     max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 6), st.integers(1, 4), st.data(), _others, st.booleans(), _covering)
def test_more_spans_across_the_left_edge_than_rows_take_every_row_and_a_badge(
        rows, extra, data, others, as_context, covering):
    """The claim ``_fills_its_rows`` rests on, for any other events beside them, titles
    measured or not (``measure``, ``least_width``), the wide ones given as the view
    gives them (``context``, ``covering``) or as items: more spans across the left edge
    than rows, one of those across the right edge too counted at most."""
    across = data.draw(st.lists(_across, min_size=rows + extra - (1 if covering else 0),
                                max_size=rows + extra - (1 if covering else 0)))
    raw = [(x0, VIEW_LEFT - x0 + reach, w, floor, measured)
           for x0, reach, w, floor, measured in across + covering] + others
    items, widths = [], {}
    for i, (x0, length, width, floor, measured) in enumerate(raw):
        floor = None if floor is None else min(floor, width)
        widths[f"e{i}"] = (width, floor)
        items.append(LaneItem(f"e{i}", x0, x0 + length, width if measured else -1.0,
                              floor if measured else None))
    items.sort(key=lambda it: it.x0)
    by_key = {it.key: it for it in items}

    def measure(item: LaneItem) -> LaneItem:
        width, floor = widths[item.key]  # type: ignore[index]
        return LaneItem(item.key, item.x0, item.x1, width, floor)

    def least(item: LaneItem) -> float:
        return widths[item.key][0] * 0.9  # type: ignore[index]

    context: list[str] = []
    over: list[str] = []
    if as_context:  # as _layout_steps does: beyond the first rows' worth, by x0
        half = (VIEW_RIGHT - VIEW_LEFT) / 2
        wide = [it for it in items if it.x0 <= VIEW_LEFT and it.x1 - it.x0 > half
                and it.x1 < VIEW_RIGHT]
        context = [str(it.key) for it in wide[rows:]]
        whole = [it for it in items if it.x0 <= VIEW_LEFT and it.x1 >= VIEW_RIGHT]
        first = sorted(whole, key=lambda it: (it.x1 - it.x0, -it.x0))[:1]
        over = [str(it.key) for it in first + [it for it in whole if it not in first]]
        items = [it for it in items if str(it.key) not in set(context) | set(over)]
    packing = pack_lane(items, rows, VIEW_LEFT, VIEW_RIGHT, measure=measure,
                        least_width=least, most_width=560.0, context=context,
                        context_item=lambda key: by_key[key], covering=over)
    assert packing.rows_used == rows
    assert packing.clusters


SEASONS = 12  # spans across the month's first day in each lane: more than its rows


@pytest.mark.parametrize("rested", [False, True, "one step a slice"])
def test_a_lane_below_whose_rows_are_surely_taken_is_packed_only_when_asked(
        qtbot, shown_view, monkeypatch, rested):
    """``rested``: the view left to rest, its lanes packed from the world's chunks
    (``_world_rested``, session 27); else as a new zoom level's frame, by ``pack_lane``.
    "one step a slice": rested, the work in slices cut to one step each, as a loaded
    host cuts them (``_step_ms`` measured long): the swap's layout was then under way
    when the wait below saw the swap (make test at load 9-17, sessions 29-31)."""

    view = _month(shown_view, SEASONS)
    if rested:
        if rested == "one step a slice":
            set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)
        view._world_rest_timer.setInterval(150)  # (tests: views never rest unless made to)
        view._world_rest_timer.start()
        # The swap's layout is made in a job's slices (``_world_swap``): until it ends, the
        # layout below goes on with it, and the lanes packed before the counting began
        # were not counted (0 == 2).  So the wait is for the view's own layout made.
        qtbot.waitUntil(lambda: view._world_at == view._world_here()
                        and view._layout_key() in view._layouts, timeout=10000)
    view._layouts.clear()
    worlds: list[int] = []
    packed: list[int] = []
    real = TimelineView._pack_by_stretch

    def counted(self, items, *args, **kwargs):  # type: ignore[no-untyped-def]
        packed.append(len(items))
        return real(self, items, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "_pack_by_stretch", counted)
    # (on a linear scale a lane is packed from its world chunks, frames29)
    world_packing = TimelineView._world_packing

    def world_counted(self, world, on_screen, *args, **kwargs):  # type: ignore[no-untyped-def]
        packed.append(len(on_screen))
        worlds.append(len(on_screen))
        return world_packing(self, world, on_screen, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "_world_packing", world_counted)
    layout = view._layout()
    assert not any(lane.dense for lane in layout.lanes)
    bottom = view.viewport().height() - view._content_offset()
    above = [lane for lane in layout.lanes if lane.top < bottom]
    below = [lane for lane in layout.lanes if lane.top >= bottom]
    assert below
    # Fails before: every lane was packed with the layout, those below too.
    assert len(packed) == len(above)
    assert all(lane._finish is not None and lane.has_badges() for lane in below)
    # What packing every lane with the view gives (the shortcut turned off).
    monkeypatch.setattr(TimelineView, "_fills_its_rows", lambda *_args: False)
    view._layouts.clear()
    eager = view._layout()
    assert len(packed) == len(above) + len(layout.lanes)
    assert [lane.height for lane in eager.lanes] == [lane.height for lane in layout.lanes]
    assert list(layout.items_by_id) == list(eager.items_by_id)  # finishes ``layout``
    assert layout == eager
    assert len(packed) == len(above) + len(layout.lanes) + len(below)
    assert bool(worlds) == bool(rested)  # (which packing the case ran)


def test_the_lanes_scrolled_into_view_are_a_fresh_paint(qtbot, shown_view):
    view = _month(shown_view, SEASONS)
    layout = view._layout()
    assert any(lane._finish is not None for lane in layout.lanes)
    _scrolled_down_is_a_fresh_paint(view)


@pytest.mark.parametrize("spans", [0, 3])
def test_without_more_spans_across_the_edge_than_rows_a_lane_is_packed_with_the_view(
        qtbot, shown_view, monkeypatch, spans):
    """No span, or fewer across the left edge than its rows, prove nothing: a lane below
    is packed with the view, as before."""
    events = [Event(f"{c}{i}", f"{c.title()} talks round {i} between the delegations",
                    FuzzyDate.of_day(FIRST + _dt.timedelta(days=(i * 7 + n) % 60)),
                    category=c) for n, c in enumerate(CATEGORIES) for i in range(90)]
    events += [Event(f"{c}-season{i}", f"Season {i}",
                     FuzzyDate.of_day(FIRST - _dt.timedelta(days=9 + i)),
                     end=FuzzyDate.of_day(FIRST + _dt.timedelta(days=60)), category=c)
               for c in CATEGORIES for i in range(spans)]
    answers: list[bool] = []
    real = TimelineView._fills_its_rows

    def spied(self, *args):  # type: ignore[no-untyped-def]
        answers.append(real(self, *args))
        return answers[-1]

    monkeypatch.setattr(TimelineView, "_fills_its_rows", spied)
    view = shown_view(Timeline.from_events(events), (1000, 420))
    view.go_to_days(FIRST.toordinal() + 10, FIRST.toordinal() + 41)
    QApplication.processEvents()
    view._layouts.clear()
    answers.clear()
    layout = view._layout()
    assert answers and not any(answers)  # asked for the lanes below, never sure
    bottom = view.viewport().height() - view._content_offset()
    assert all(lane._items or lane._finish is not None for lane in layout.lanes
               if lane.top >= bottom)
