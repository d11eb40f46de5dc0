"""A filter after edits, and lanes by participant or place through edits, at the cost of
the edited event only (session 62, scale65; issue 11).  The kept columns of a large
timeline's lanes (``view_base._lane_columns``) follow each change of one event instead of
being made again from every event; every answer must be the one a build from scratch
gives, so these tests lower the thresholds and compare, after random edits, deletes,
additions, undo and redo."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.ui.test_filter_columns_scale61 import _events, _lanes, _lazy
from timeline_app.core import Event, FuzzyDate, Timeline, query
from timeline_app.core.query import EventFilter, hidden_by
from timeline_app.ui import view_base


def _columns(columns: Any) -> list[Any]:
    """A ``_LaneColumns`` as plain lists: the category of each event by name (a category
    met after the columns were made is numbered last, not in the order first met)."""
    return [list(columns.spans), columns.start_list, columns.end_list,
            columns.starts.tolist(), columns.ends.tolist(), columns.buckets.tolist(),
            [columns.names[code] for code in columns.codes.tolist()],
            columns.spans_runs() == [s for i, s in enumerate(columns.spans)
                                     if i == 0 or s is not columns.spans[i - 1]]]


def _change(timeline: Timeline, rng: random.Random) -> None:
    """One change as the Document makes them: an edit (a title, a date, another lane, a
    new lane, a span), a removal or an addition."""
    kind = rng.randrange(7)
    event = rng.choice(timeline.events)
    if kind == 0:
        timeline.replace(replace(event, title=event.title + "."))
    elif kind == 1:
        moved = event.date.moved(rng.choice((-900, -3, 0, 40, 700))) or event.date
        timeline.replace(replace(event, date=moved, end=None))
    elif kind == 2:
        timeline.replace(replace(event, category=rng.choice(("visit", "talks", "policy"))))
    elif kind == 3:
        timeline.replace(replace(event, category=f"lane {rng.randrange(4)}",
                                 end=FuzzyDate.of_year(2010)))
    elif kind == 4:
        timeline.remove(event.id)
    else:
        timeline.add(Event(f"n{rng.randrange(10 ** 9)}", "New", FuzzyDate.of_day(
            dt.date(1998 + rng.randrange(8), 1 + rng.randrange(12), 1 + rng.randrange(28))),
            category=rng.choice(("visit", "new lane")), participants=("Cho",)))


@pytest.mark.parametrize("lazy", [False, True])
def test_the_kept_columns_follow_each_change_as_a_new_build_makes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """After 1 to 8 random changes (edits, removals, additions) at a time, the kept columns
    are the same object, followed, and hold what columns made anew hold; the lanes built
    from them under several filters are the per-event loop's.  Past
    ``COLUMNS_FOLLOWED_CHANGES`` changes they are made again."""
    timeline = _lazy(tmp_path, monkeypatch) if lazy else Timeline.from_events(_events())
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    looped = (view_base._looped_lanes_of if lazy else
              lambda t, _store, hidden: view_base._lanes_of(t, list(t.events), hidden))
    rng = random.Random(65)
    kept = view_base._lane_columns(timeline)
    for _round in range(25):
        for _ in range(rng.randrange(1, 9)):
            _change(timeline, rng)
        columns = view_base._lane_columns(timeline)
        assert columns is kept  # followed, not made again
        assert columns.revision == timeline.revision
        assert _columns(columns) == _columns(view_base._LaneColumns(timeline))
        assert columns.longest >= max(max(b - a, 1) for a, b in timeline.day_spans())
        for event_filter in (EventFilter(participants=frozenset({"Iwaya"})),
                             EventFilter(hidden_categories=frozenset({"visit"}))):
            hidden = hidden_by(timeline, event_filter)
            column = _lanes(view_base._column_lanes_of(timeline, timeline.store, hidden))
            expected = _lanes(looped(timeline, timeline.store, hidden))
            if not lazy:  # (a list of the events is not the timeline's own: placed the same)
                expected[3] = column[3]
            assert column[2:] == expected[2:]
            assert column[0] == expected[0]  # the same days (the spans' tuples may differ)
    for _ in range(view_base.COLUMNS_FOLLOWED_CHANGES + 1):
        timeline.remove(timeline.events[0].id)
    assert view_base._lane_columns(timeline) is not kept
