"""Clear Filters after edits takes the lanes of every event kept for it, followed through
each edit of one event (session 61, scale64; issue 11): ``TimelineView._follow_unfiltered``
moves the edited event in them as ``_place`` and ``_unplace`` move it in the lanes shown.
Every answer must be the one a build from scratch gives: these tests lower the threshold
of the column lanes so that small timelines take the large timelines' path, edit, undo
and redo under several filters, clear them, and compare the view with a view built anew
on the same timeline."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.ui.test_filter_codes_scale62 import _timeline
from tests.ui.test_filter_codes_scale62 import _window as _scale62_window
from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline, query
from timeline_app.core.coded import coded_facts
from timeline_app.core.query import EventFilter
from timeline_app.ui import timeline_view, view_base
from timeline_app.ui.view_settings import set_in_view


def _lanes_of_view(view) -> list[Any]:  # type: ignore[no-untyped-def]
    """The view's lanes as drawn (their order, each lane's and length bucket's events,
    start and end days), its lists of every event (as sets of days and ids), its covered
    days, breaks and data range."""
    lanes = []
    for lane in (*view._lanes, *view._era_lanes):
        if lane._starts_array is not None:  # (moved with the starts: ``_starts_array_with``)
            assert lane._starts_array.tolist() == [float(day) for day in lane.starts]
        lanes.append((lane.category, [e.id for e in lane.events], list(lane.starts),
                      [([e.id for e in b.events], list(b.starts), list(b.ends))
                       for b in lane.buckets]))
    shown = [lane for lane in view._lanes if lane.starts]
    view._shown_days_kept = None  # (worked out again: ``_last_end``'s bisection)
    assert view._shown_days() == ((float(min(lane.starts[0] for lane in shown)), float(max(
        max(b.ends) for lane in shown for b in lane.buckets if b.ends))) if shown else None)
    return [lanes, sorted(view._spans), list(view._all_starts),
            sorted((key, event.id, event) for key, event in view._placed.items()),
            view._covered_days(), view._breaks, view._data_range()]


def _longest_within(view) -> None:  # type: ignore[no-untyped-def]
    """Each bucket's ``max_days`` is no shorter than its longest event (a removal may
    leave it longer, as an edit of the lanes shown does: an overlap search's bound); and
    no span is longer than the longest the view knows (``_longest_span``)."""
    assert view._longest_span() >= max(max(b - a, 1) for a, b in view._spans)
    for lane in view._lanes:
        for bucket in lane.buckets:
            if bucket.ends:
                assert bucket.max_days >= max(b - a for a, b in zip(
                    bucket.starts, bucket.ends, strict=True))


def _fresh(qtbot, window):  # type: ignore[no-untyped-def]
    """A view built anew on the window's timeline, its lanes, every-event lists and
    breaks from scratch, at the window view's size and collapse."""
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection

    document = Document(window.document.timeline)
    selection = EventSelection()
    view = timeline_view.TimelineView(document, selection)
    document.setParent(view)
    selection.setParent(view)
    qtbot.addWidget(view)
    view.resize(window.view.size())
    view.set_collapse_empty_periods(window.view._collapse)
    return view


def _edits(timeline: Timeline, rng: random.Random, shown: set[str]) -> list[Any]:
    """Edits as a person makes them under a filter: of an event it shows (retitled,
    moved, another existing lane, other people) and of one it hides, a delete, a new
    event, and Edit → Undo / Redo."""
    ids = [e.id for e in timeline.events]
    seen = [i for i in ids if i in shown] or ids
    out: list[Any] = []
    for kind in range(9):
        event = timeline.get(rng.choice(seen if kind < 5 else ids))
        if kind == 0:
            out.append(("update", replace(event, title=event.title + " (edited)")))
        elif kind == 1:
            moved = event.date.moved(rng.choice((-700, -2, 31, 400))) or event.date
            out.append(("update", replace(event, date=moved, end=None)))
        elif kind == 2:
            out.append(("update", replace(event, category=rng.choice(("visit", "talks")))))
        elif kind == 3:
            out.append(("update", replace(event, participants=("Iwaya", "Novak"))))
        elif kind == 4:
            out.append(("remove", event))
        elif kind == 5:
            out.append(("update", replace(event, title="Hidden one, edited",
                                          date=event.date.moved(5) or event.date, end=None)))
        elif kind == 6:
            out.append(("add", Event(f"n{rng.randrange(10 ** 6)}", "New one",
                                     FuzzyDate.of_day(dt.date(2001, 5, 4)), category="visit",
                                     participants=("Iwaya",), location="Tokyo")))
        else:
            out.append(("undo" if kind == 7 else "redo", None))
    return out


def _make(document, how: str, event: Event | None) -> None:  # type: ignore[no-untyped-def]
    if how == "update":
        assert event is not None
        document.update_event(event)
    elif how == "remove":
        assert event is not None
        document.remove_event(event.id)
    elif how == "add":
        assert event is not None
        document.add_event(event)
    else:
        getattr(document.undo_stack, how)()


@pytest.mark.parametrize("lazy", [False, True])
def test_clear_filters_after_edits_shows_the_lanes_a_rebuild_shows(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """Under a participant, a place, an article, a hidden lane and a date range with a
    search, edits of shown and hidden events, a delete, an addition, undo and redo; then
    Clear Filters: the lanes, the lists of every event, the covered days, breaks and
    data range are a new view's, and most clears took the kept lanes (no rebuild)."""
    path = tmp_path / "t.json"
    timeline_io.save(_timeline("Clear"), path)
    monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", 0)
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    window = _scale62_window(qtbot, path, lazy, monkeypatch)
    document, state, view = window.document, window.find_state, window.view
    coded_facts(document.timeline).warm_all()
    built: list[object] = []
    lanes_of = timeline_view._lanes_of
    set_in_view("_lanes_of", lambda *args: (built.append(args[2]), lanes_of(*args))[1],
                monkeypatch)
    filters = [EventFilter(participants=frozenset({"Iwaya"})),
               EventFilter(places=frozenset({"Tokyo"})),
               EventFilter(sources=frozenset({"a2"})),
               EventFilter(hidden_categories=frozenset({"visit"})),
               EventFilter(first_day=dt.date(2000, 1, 1), last_day=dt.date(2002, 12, 31),
                           participants=frozenset({"Cho"}))]
    rng = random.Random(64)
    kept_clears = 0
    for at, event_filter in enumerate(filters):
        for lane in view._lanes:  # (as a paint of densities makes them)
            lane.starts_array()
        state.set_filter(event_filter)
        for lane in view._lanes:
            lane.starts_array()
        if at == 4:
            state.set_text("Event 1")  # a search too
        shown = {e.id for e in document.timeline.events} - set(state.hidden)
        for how, event in _edits(document.timeline, rng, shown):
            _make(document, how, event)
        del built[:]
        state.clear_filter()
        kept_clears += not built
        seen = _lanes_of_view(view)
        _longest_within(view)
        fresh = _fresh(qtbot, window)
        assert seen == _lanes_of_view(fresh), at
        state.set_text("")
    assert kept_clears >= 3  # (an edit that empties a lane or makes one: a rebuild)


def test_the_kept_lanes_follow_edits_made_with_no_filter_and_under_one(
        qtbot, shown_view, monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits with no filter on (the kept lanes are the lanes shown), then under a
    participant's filter, then Clear Filters: the kept lanes again, as a new view builds
    them; an edit that makes a new lane or empties one drops them (a rebuild)."""
    monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", 0)
    from benchmarks.synthetic import synthetic_timeline

    timeline = synthetic_timeline(400, seed=64)
    view = shown_view(timeline)
    document = view._document
    built: list[object] = []
    lanes_of = timeline_view._lanes_of
    set_in_view("_lanes_of", lambda *args: (built.append(args[2]), lanes_of(*args))[1],
                monkeypatch)
    rng = random.Random(5)

    def some_edits(count: int) -> None:
        for _ in range(count):
            event = rng.choice(document.timeline.events)
            moved = event.date.moved(rng.choice((-30, 1, 90))) or event.date
            document.update_event(replace(event, date=moved, end=None,
                                          title=event.title + "."))

    def hide_all_but(person: str) -> None:
        hidden = frozenset(e.id for e in document.timeline.events
                           if person not in e.participants)
        view.set_emphasis(None, hidden)

    person = next(n for e in timeline.events for n in e.participants)
    for lane in view._lanes:  # (as a paint of densities makes them)
        lane.starts_array()
    some_edits(5)
    hide_all_but(person)
    some_edits(5)
    document.undo_stack.undo()
    del built[:]
    view.set_emphasis(None, frozenset())
    assert not built  # the kept lanes, followed
    fresh = shown_view(document.timeline)
    assert _lanes_of_view(view)[:6] == _lanes_of_view(fresh)[:6]
    # a new lane under the filter: the kept lanes dropped, Clear Filters builds them
    hide_all_but(person)
    event = document.timeline.events[3]
    document.update_event(replace(event, category="a lane of its own"))
    assert view._unfiltered_lanes is None
    view.set_emphasis(None, frozenset())
    assert built
    assert _lanes_of_view(view)[:6] == _lanes_of_view(shown_view(document.timeline))[:6]


def _prepared_seen(prepared) -> list[Any]:  # type: ignore[no-untyped-def]
    """A ``PreparedLanes``' lanes (order, events, days, buckets and their longest) and
    its lists of every event."""
    lanes = [(key, [e.id for e in lane.events], lane.starts,
              [([e.id for e in b.events], b.starts, b.ends, b.max_days) for b in lane.buckets])
             for key, lane in prepared.by_category.items()]
    return [lanes, sorted(prepared.spans), sorted(prepared.all_starts),
            sorted(prepared.placed)]


@pytest.mark.parametrize("lazy", [False, True])
def test_the_lanes_of_a_few_shown_events_are_those_of_every_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """The column lanes with their days read as new ints and their items one by one (few
    shown, ``FEW_SHOWN_EVERY``) equal those read from the timeline's own lists and the
    lanes of the per-event loop, under filters that show few, many or none; so do the
    Events list's rows (``query.shown_items``) and the lists of every event a caller
    hands over (``every``)."""
    from tests.ui.test_filter_codes_scale62 import _lazy

    timeline = _lazy(tmp_path, monkeypatch) if lazy else _timeline()
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    coded_facts(timeline).warm_all()
    filters = [EventFilter(participants=frozenset({"Iwaya"})),
               EventFilter(places=frozenset({"Tokyo"})),
               EventFilter(hidden_categories=frozenset({"visit"})),
               EventFilter(sources=frozenset({"a2"}), participants=frozenset({"Cho"})),
               EventFilter(participants=frozenset({"Nobody"}))]
    items = timeline.event_items()
    whole = view_base._column_lanes_of(timeline, timeline.store, frozenset())
    for event_filter in filters:
        hidden = query.hidden_by(timeline, event_filter)
        answers = []
        for few_every in (0, 10 ** 9):  # every time few; never
            monkeypatch.setattr(view_base, "FEW_SHOWN_EVERY", few_every)
            answers.append(_prepared_seen(view_base._column_lanes_of(
                timeline, timeline.store, hidden)))
        handed = view_base._column_lanes_of(
            timeline, timeline.store, hidden, (whole.spans, whole.all_starts, whole.placed))
        assert handed.spans is whole.spans and handed.placed is whole.placed
        answers.append(_prepared_seen(handed))
        monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", 10 ** 9)  # (the loop)
        answers.append(_prepared_seen(view_base._lanes_of(timeline, timeline.events, hidden)))
        monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", 0)
        assert all(answer == answers[-1] for answer in answers), event_filter
        expected = [item for item, e in zip(items, timeline.events, strict=True)
                    if event_filter.accepts(e)]
        for few_every in (0, 10 ** 9):
            monkeypatch.setattr(query, "FEW_SHOWN_EVERY", few_every)
            got = query.shown_items(timeline, hidden, items)
            assert got is None if few_every and expected else got == expected


def test_a_buckets_last_end_is_the_latest_of_its_ends() -> None:
    """``view_fit._last_end`` (a bisection back from the last start by the bucket's
    ``max_days``) gives ``max(ends)`` of buckets whose earlier events end later than the
    last, spans of one day to the bucket's longest, and ``max_days`` longer than any."""
    from timeline_app.ui.view_base import _Bucket
    from timeline_app.ui.view_fit import _last_end

    rng = random.Random(6)
    for _ in range(300):
        longest = rng.choice((1, 3, 40, 900))
        starts = sorted(rng.randrange(0, 2000) for _ in range(rng.randrange(1, 40)))
        ends = [start + rng.randrange(1, longest + 1) for start in starts]
        bucket = _Bucket(events=[], starts=starts, ends=ends,
                         max_days=longest + rng.choice((0, 0, 5)))
        assert _last_end(bucket) == max(ends)
