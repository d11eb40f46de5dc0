"""The layout's per-event steps made with fewer Python calls (issue 11, layout15: a pan
into new territory lays out ~500 events a lane of rows at a year's zoom) give what the
plain definitions give: the events overlapping a window (``_Lane.visible``), the events
hidden beside it (``_Lane.hidden_beside``) and the "+N" badges of a lane's clusters
(``TimelineView._cluster_badges``, whose rectangles are now made once a badge)."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from timeline_app.core import Timeline
from timeline_app.ui import timeline_view as tv
from timeline_app.ui.layout import Cluster

_spans = st.lists(st.tuples(st.integers(0, 400), st.sampled_from([1, 1, 1, 3, 40, 200, 500])),
                  max_size=80)


class _Named:
    """Stands in for an event: ``_Lane`` reads only its ``id``."""

    def __init__(self, event_id: str) -> None:
        self.id = event_id


def _lane(spans: list[tuple[int, int]]) -> tuple[tv._Lane, list[tuple[Any, int, int]]]:
    lane = tv._Lane("treaty")
    added = []
    for i, (start, days) in enumerate(sorted(spans)):
        event = _Named(f"e{i}")
        lane.add(event, start, start + days)  # type: ignore[arg-type]
        added.append((event, start, start + days))
    return lane, added


@settings(max_examples=200, deadline=None)
@given(_spans, st.floats(-10, 450), st.floats(0, 120))
def test_visible_is_every_event_overlapping_the_window_by_bucket(spans, first, length):
    lane, added = _lane(spans)
    last = first + length
    visible = lane.visible(first, last, 1 << 40)
    # The plain definition: by length bucket, then by start; an event overlaps when it
    # ends after ``first`` and starts no later than ``last``.
    by_bucket = sorted(
        (event for event in added if event[2] > first and event[1] <= math.ceil(last)),
        key=lambda event: (tv.bisect.bisect_left(tv._BUCKET_LIMITS, event[2] - event[1]),
                           event[1]))
    assert visible is not None
    assert [(e.id, s, d) for e, s, d in visible] == [(e.id, s, d) for e, s, d in by_bucket]


def _hidden_beside_one_by_one(lane: tv._Lane, first: float, last: float,
                              shown: set[str]) -> tuple[int, str, int, str]:
    """``hidden_beside`` as it was written before (an index at a time), for a lane of
    rows (``shown`` not empty)."""
    before = tv.bisect.bisect_left(lane.starts, first)
    after = tv.bisect.bisect_right(lane.starts, last)
    nearest_after = lane.events[after].id if after < len(lane.events) else ""
    count_before, nearest_before = before, ""
    for index in range(before - 1, max(-1, before - 64), -1):
        event_id = lane.events[index].id
        if event_id in shown:
            count_before -= 1
        elif not nearest_before:
            nearest_before = event_id
    return max(0, count_before), nearest_before, len(lane.starts) - after, nearest_after


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.just(1)), max_size=200),
       st.floats(-10, 450), st.floats(0, 60), st.data())
def test_hidden_beside_is_the_count_looked_back_one_by_one(spans, first, length, data):
    lane, added = _lane(spans)
    ids = [event.id for event, _start, _end in added]
    shown = set(data.draw(st.lists(st.sampled_from(ids), min_size=1)) if ids else ["x"])
    last = first + length
    assert (lane.hidden_beside(first, last, shown)
            == _hidden_beside_one_by_one(lane, first, last, shown))


def _badges_by_rectangles(view: tv.TimelineView, clusters: list[Cluster],
                          on_screen: list[tuple[Any, int, int]], top: float,
                          width: int) -> list[tuple[tuple[float, float, float, float], int,
                                                    float, float, tuple[str, ...]]]:
    """``_cluster_badges`` as it was written before (a ``QRectF`` for every cluster and
    group), as (rectangle, count, first day, last day, ids)."""
    def rect_of(x0: float, x1: float, count: int) -> QRectF:
        left = max(2.0, x0 - 6)
        w = max(view._small_width(f"+{count}") + 12, min(x1 + 6, width - 2.0) - left)
        return QRectF(max(2.0, min(left, width - 2 - w)), top + 3, w, tv.ROW_HEIGHT - 6)

    groups: list[tuple[float, float, list[Any]]] = []
    rects: list[QRectF] = []
    for cluster in clusters:
        rect = rect_of(cluster.x0, cluster.x1, len(cluster.keys))
        if groups and rect.left() < rect_of(*groups[-1][:2], len(groups[-1][2])).right() + 2:
            x0, x1, keys = groups[-1]
            keys.extend(cluster.keys)
            groups[-1] = (x0, max(x1, cluster.x1), keys)
            continue
        groups.append((cluster.x0, cluster.x1, list(cluster.keys)))
        rects.append(rect)
    badges = []
    for x0, x1, keys in groups:
        members = [on_screen[key] for key in keys]
        badges.append((rect_of(x0, x1, len(members)).getRect(), len(members),
                       min(m[1] for m in members), max(m[2] for m in members),
                       tuple(m[0].id for m in members)))
    return badges


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.floats(-200, 1200), st.floats(0, 80), st.integers(1, 40)),
                min_size=1, max_size=30),
       st.integers(200, 1400))
def test_badges_are_the_rectangles_of_their_clusters(qapp, raw, width):
    view = _view(qapp)
    on_screen: list[tuple[Any, int, int]] = []
    clusters = []
    for x0, extent, count in sorted(raw):
        keys = list(range(len(on_screen), len(on_screen) + count))
        on_screen += [(_Named(f"e{key}"), key, key + 2) for key in keys]
        clusters.append(Cluster(x0, x0 + extent, keys))
    made = view._cluster_badges(clusters, on_screen, 40.0, tv.QColor("red"), width)
    assert [(b.rect.getRect(), b.count, b.first_day, b.last_day, b.keys) for b in made] == (
        _badges_by_rectangles(view, clusters, on_screen, 40.0, width))


_VIEWS: list[tv.TimelineView] = []


def _view(qapp: Any) -> tv.TimelineView:
    """One view for every example (made once: a view is a widget with fonts)."""
    if not _VIEWS:
        from timeline_app.document import Document
        from timeline_app.selection import EventSelection

        _VIEWS.append(tv.TimelineView(Document(Timeline.from_events([])), EventSelection()))
    return _VIEWS[0]
