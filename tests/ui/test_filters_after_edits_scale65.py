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


def _columns(columns: Any, timeline: Timeline) -> list[Any]:
    """A ``_LaneColumns`` of ``timeline`` as plain lists: the category of each event by
    name (a category met after the columns were made is numbered last, not in the order
    first met); once followed, their spans are the timeline's."""
    spans = columns.spans if columns.spans is not None else timeline.day_spans()
    return [list(spans), columns.start_list, columns.end_list,
            columns.starts.tolist(), columns.ends.tolist(), columns.buckets.tolist(),
            [columns.names[code] for code in columns.codes.tolist()],
            columns.spans_runs(spans) == [s for i, s in enumerate(spans)
                                          if i == 0 or s is not spans[i - 1]]]


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
        assert columns.spans is None  # (the timeline's, not a copy)
        assert _columns(columns, timeline) == _columns(view_base._LaneColumns(timeline),
                                                       timeline)
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


def _named_timeline() -> Timeline:
    """scale62's 700 events, a few naming "lavrov" and "Seoul " (two spellings of a
    lane each: the lanes' spellings are the most events')."""
    from tests.ui.test_filter_codes_scale62 import _timeline

    timeline = _timeline("Names")
    for i in range(0, 40, 7):
        event = timeline.get(f"e{i}")
        timeline.replace(replace(event, participants=(*event.participants, "lavrov"),
                                 location="Seoul " if i % 2 else event.location))
    return timeline


def _name_edits(timeline: Timeline, rng: random.Random, shown: set[str],
                lanes_by: str) -> list[Any]:
    """Edits by participant or place as a person makes them under a filter: a title, a
    date, a new name (a new lane), another spelling of a lane's name, the name taken
    away, a delete, a new event of a new name, undo and redo (which may empty a lane)."""
    ids = [e.id for e in timeline.events]
    seen = [i for i in ids if i in shown] or ids
    by_place = lanes_by == "place"

    def named(event: Event, *names: str) -> Event:
        if by_place:
            return replace(event, location=names[0] if names else "")
        return replace(event, participants=(*event.participants[:1], *names))

    out: list[Any] = []
    for kind in rng.sample(range(10), 10):
        event = timeline.get(rng.choice(seen if kind < 7 else ids))
        if kind == 0:
            out.append(("update", replace(event, title=event.title + " (edited)")))
        elif kind == 1:
            moved = event.date.moved(rng.choice((-700, 31, 400))) or event.date
            out.append(("update", replace(event, date=moved, end=None)))
        elif kind == 2:
            out.append(("update", named(event, f"Zembla {rng.randrange(3)}")))
        elif kind == 3:
            out.append(("update", named(event, rng.choice(("iwaya", "TOKYO", "Lavrov",
                                                           "lavrov", "Seoul ")))))
        elif kind == 4:
            out.append(("update", named(event)))
        elif kind == 5:
            out.append(("remove", event))
        elif kind == 6:
            out.append(("add", Event(f"n{rng.randrange(10 ** 6)}", "New one",
                                     FuzzyDate.of_day(dt.date(2001, 5, 4)), category="visit",
                                     participants=("Ruritania Envoy",), location="Ostrava")))
        elif kind == 7:
            out.append(("update", replace(event, category="statement")))
        else:
            out.append(("undo" if kind == 8 else "redo", None))
    return out


@pytest.mark.parametrize(("lanes_by", "lazy"), [("participant", False), ("place", False),
                                                ("participant", True)])
def test_clear_filters_by_name_after_edits_shows_the_lanes_a_rebuild_shows(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lanes_by: str,
        lazy: bool) -> None:
    """Lanes by participant or place, under several filters: edits that keep every lane,
    make a new one, empty one or bring another spelling of a name, then Clear Filters:
    the lanes (their order, events, days), colours and spellings, the lists of every
    event, covered days, breaks and data range are a new view's; most clears took the
    kept lanes, followed (no rebuild)."""
    from tests.ui.test_clear_filters_scale64 import _fresh, _lanes_of_view, _make
    from tests.ui.test_filter_codes_scale62 import _window
    from timeline_app import io as timeline_io
    from timeline_app.ui import timeline_view
    from timeline_app.ui.view_settings import set_in_view

    path = tmp_path / "t.json"
    timeline_io.save(_named_timeline(), path)
    monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", 0)
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    window = _window(qtbot, path, lazy, monkeypatch)
    document, state, view = window.document, window.find_state, window.view
    window._switch_lanes_by(lanes_by)
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
    rng = random.Random(65)
    kept_clears = 0
    for round_ in range(2):
        for at, event_filter in enumerate(filters):
            state.set_filter(event_filter)
            shown = {e.id for e in document.timeline.events} - set(state.hidden)
            for how, event in _name_edits(document.timeline, rng, shown, lanes_by):
                _make(document, how, event)
            if round_:  # edits with no filter on, then the filter again
                state.clear_filter()
                _make(document, "update", replace(document.timeline.events[at],
                                                  title="Edited with no filter"))
                state.set_filter(event_filter)
            del built[:]
            state.clear_filter()
            kept_clears += not built
            fresh = _fresh(qtbot, window)
            fresh.set_lanes_by(lanes_by)
            assert _lanes_of_view(view) == _lanes_of_view(fresh), (round_, at)
            assert view._name_slots == fresh._name_slots
            assert view._lane_spellings == fresh._lane_spellings
    assert kept_clears >= 3


def test_lanes_by_name_follow_a_new_lane_an_emptied_one_and_a_respelled_name(
        qtbot, shown_view, monkeypatch: pytest.MonkeyPatch) -> None:
    """By participant: an edit under a filter that brings a new name keeps the lanes kept
    for Clear Filters, with the new lane; its undo empties that lane, which goes; an edit
    that makes "france" the most events' spelling renames the lane as a rebuild does,
    with no filter on (the lanes shown followed it into "France" before) and under one."""
    from tests.ui.test_clear_filters_scale64 import _lanes_of_view
    from timeline_app.ui import timeline_view
    from timeline_app.ui.view_settings import set_in_view

    monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", 0)
    day = dt.date(2003, 3, 3)
    events = [Event(f"e{i}", f"Talks {i}", FuzzyDate.of_day(day + dt.timedelta(days=9 * i)),
                    category="meeting", participants=(name, "Chile"))
              for i, name in enumerate(("France", "France", "france", "france", "Peru",
                                        "Peru", "Peru"))]
    view = shown_view(Timeline.from_events(events))
    view.set_lanes_by("participant")
    document = view._document
    built: list[object] = []
    lanes_of = timeline_view._lanes_of
    set_in_view("_lanes_of", lambda *args: (built.append(args[2]), lanes_of(*args))[1],
                monkeypatch)

    def only(person: str) -> None:
        view.set_emphasis(None, frozenset(e.id for e in document.timeline.events
                                          if person not in e.participants))

    def cleared() -> tuple[list[str], bool]:
        """The lanes after Clear Filters, and whether it built them."""
        del built[:]
        view.set_emphasis(None, frozenset())
        rebuilt = bool(built)
        fresh = shown_view(document.timeline)
        fresh.set_lanes_by("participant")
        seen = _lanes_of_view(view)
        assert seen == _lanes_of_view(fresh)
        return [lane[0] for lane in seen[0]], rebuilt

    only("Peru")
    event = document.timeline.get("e4")
    document.update_event(replace(event, participants=(*event.participants, "Zembla")))
    lanes, rebuilt = cleared()
    assert "Zembla" in lanes and not rebuilt  # a new lane, the kept lanes followed
    only("Peru")
    document.undo_stack.undo()
    lanes, rebuilt = cleared()
    assert "Zembla" not in lanes and not rebuilt  # the lane emptied: gone
    # "france" three events to "France"'s two: the lane is spelled "france"
    event = document.timeline.get("e5")
    document.update_event(replace(event, participants=("france",)))
    assert [lane.category for lane in view._lanes][:3] == ["Chile", "france", "Peru"]
    assert "france" in cleared()[0]
    document.undo_stack.undo()
    only("Peru")
    document.undo_stack.redo()
    lanes, rebuilt = cleared()
    assert "france" in lanes and rebuilt  # (the kept lanes dropped: a rebuild)
    document.undo_stack.undo()
    assert "France" in cleared()[0]


@pytest.mark.parametrize("lazy", [False, True])
def test_a_few_shown_lanes_read_in_steps_are_those_of_every_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """scale64's comparison of the few-shown column lanes with every other way of building
    them, the items read a few at a time (``FEW_ITEMS_STEP``: steps of 1, 3 and 5 items
    across the lanes' and the buckets' bounds)."""
    from tests.ui.test_clear_filters_scale64 import (
        test_the_lanes_of_a_few_shown_events_are_those_of_every_way as every_way,
    )

    for step in (1, 3, 5):
        monkeypatch.setattr(view_base, "FEW_ITEMS_STEP", step)
        (tmp_path / f"{step}").mkdir()
        every_way(tmp_path / f"{step}", monkeypatch, lazy)


@pytest.mark.parametrize("lanes_by", ["participant", "place"])
def test_lanes_by_name_know_their_longest_span(lanes_by: str) -> None:
    """Lanes by participant or place give the longest span (``PreparedLanes.longest``)
    as the first edit after them worked it out from the runs, whatever is hidden."""
    timeline = _named_timeline()
    for hidden in (frozenset(), frozenset(e.id for e in timeline.events[::3])):
        prepared = view_base._lanes_of(timeline, timeline.events, hidden, lanes_by)
        assert prepared.longest == max(max(end - start, 1) for start, end in prepared.runs)
        assert prepared.longest > 300  # (the spans of a year)


@pytest.mark.parametrize("lazy", [False, True])
def test_hidden_ids_answer_the_ids_they_hid_after_many_edits_and_bulk_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """A filter's ``HiddenIds`` copies no item when made: after edits, removals and
    additions one at a time (past the length of the timeline's log), and after
    ``add_many`` / ``remove_many``, each still answers the ids it hid when made, as a
    frozenset of them made then does; so does one whose timeline is gone."""
    import gc

    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    kept = _hidden_after_changes(
        _lazy(tmp_path, monkeypatch) if lazy else Timeline.from_events(_events()))
    gc.collect()
    assert kept[-1][0]._timeline() is None  # the timeline gone
    assert kept[-1][0]._list is not None  # (read back from its list and log, held)
    for hidden, expected in kept:
        assert set(hidden) == expected


def _hidden_after_changes(timeline: Timeline) -> list[tuple[Any, frozenset[str]]]:
    """``HiddenIds`` made every 10 of 150 changes of ``timeline`` (one a bulk addition,
    one a bulk removal), every other checked against the ids it hid; the others (to be
    checked once the timeline is gone) and their ids."""
    rng = random.Random(62)
    made: list[tuple[Any, frozenset[str]]] = []

    def one_more() -> None:
        event_filter = rng.choice((EventFilter(participants=frozenset({"Iwaya"})),
                                   EventFilter(hidden_categories=frozenset({"visit"}))))
        hidden = hidden_by(timeline, event_filter)
        assert isinstance(hidden, query.HiddenIds) and hidden._items is None
        made.append((hidden, frozenset(e.id for e in timeline.events
                                       if not event_filter.accepts(e))))

    for step in range(150):
        if step % 10 == 0:
            one_more()
        if step == 70:
            timeline.add_many([Event(f"bulk{i}", "Bulk", FuzzyDate.of_day(
                dt.date(2000, 2, 2 + i))) for i in range(5)])
        elif step == 120:
            timeline.remove_many([e.id for e in timeline.events[10:20]])
        else:
            _change(timeline, rng)
    for hidden, expected in made[::2]:
        assert set(hidden) == expected
        assert hidden == expected
    return made[1::2]
