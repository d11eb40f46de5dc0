"""A lazily loaded timeline (``io.native.LAZY_LOAD``: the decoded events kept, each
``Event`` made on its first request, ``core.model.LazyEvents``) is the eagerly loaded one:
the same errors for every bad input, the same events, ids, order, spans and categories,
the same answers after any sequence of edits, the same search and filter results, and a
save after an edit that reads back as the eager timeline's (issue 11, session 21)."""

from __future__ import annotations

import datetime as _dt
import json
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_io_fuzz import FUZZ, documents, mutated_bytes

from timeline_app.core import Event, FuzzyDate, Timeline, model
from timeline_app.core.model import LazyEvents
from timeline_app.core.query import NO_SOURCE, EventFilter, EventSearch, facets, hidden_by
from timeline_app.io import FormatError, dumps, load, loads, native, save


def _outcome(data: str | bytes, lazy: bool) -> Timeline | str:
    try:
        return loads(data, "lazy.json", lazy=lazy)
    except FormatError as error:
        return f"FormatError: {error}"


def _assert_same(lazy: Timeline, eager: Timeline) -> None:
    """Every reading of the timeline gives the eager timeline's answer."""
    assert lazy == eager
    assert list(lazy) == list(eager) and list(lazy.events) == eager.events
    assert len(lazy) == len(eager)
    assert lazy.day_spans() == eager.day_spans()
    assert lazy.categories() == [event.category for event in eager.events]
    assert lazy.day_range() == eager.day_range()
    assert lazy.id_map() == eager.id_map()
    assert dict(lazy.events_by_id()) == eager.id_map()
    for event in eager.events:
        assert lazy.get(event.id) == event
        assert lazy.index_of(event.id) == eager.index_of(event.id)
        assert event.id in lazy
    # One object per event, however it is reached.
    for i, event in enumerate(lazy.events):
        assert lazy.get(event.id) is event is lazy.events[i]


def _check(data: str | bytes) -> None:
    lazy, eager = _outcome(data, True), _outcome(data, False)
    if isinstance(eager, str) or isinstance(lazy, str):
        assert lazy == eager  # the same FormatError: file, place and problem
        return
    assert isinstance(lazy.events, LazyEvents)
    _assert_same(lazy, eager)
    assert dumps(lazy) == dumps(eager)


@FUZZ
@given(documents())
def test_lazy_load_of_generated_documents_is_the_eager_load(document: dict[str, Any]) -> None:
    _check(json.dumps(document, ensure_ascii=False))


@FUZZ
@given(mutated_bytes())
def test_lazy_load_of_mutated_bytes_is_the_eager_load(data: bytes) -> None:
    _check(data)


def _document(count: int, seed: int) -> dict[str, Any]:
    """A valid document of ``count`` events in no date order, some sharing dates, with
    spans, evidence and repeated strings."""
    rng = random.Random(seed)
    text = "Tokyo, March 22. The ministers met on Saturday. They met in Munich last month."
    events = []
    for i in range(count):
        year = rng.randrange(1990, 1995)
        kind = rng.randrange(4)
        date = ({"value": f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}",
                 "precision": "day"} if kind == 0 else
                {"value": f"{year}-{rng.randrange(1, 13):02d}", "precision": "month"}
                if kind == 1 else {"value": f"{year}", "precision": "year"} if kind == 2
                else {"value": f"{year}", "precision": "part_of_year", "part": "late"})
        event: dict[str, Any] = {"id": f"e{i}", "title": f"Event {i}", "date": date,
                                 "category": rng.choice(["meeting", "visit", "policy"]),
                                 "participants": rng.sample(["Cho", "Iwaya", "Wang"],
                                                            rng.randrange(3)),
                                 "location": rng.choice(["Tokyo", "Munich", ""])}
        if rng.randrange(5) == 0:
            event["end"] = {"value": f"{year + 1}", "precision": "year"}
        if rng.randrange(3) == 0:
            event["source"] = "src"
            event["evidence"] = [{"sentence": "The ministers met on Saturday.", "start": 17,
                                  "end": 47, "date_start": 35, "date_end": 46}]
        events.append(event)
    return {"format": "diplomatic-timeline", "version": 1, "title": "Lazy",
            "sources": [{"id": "src", "title": "Ministers meet", "text": text}],
            "events": events}


EDITS = settings(FUZZ, max_examples=min(FUZZ.max_examples, 60))

_OPS = st.lists(st.tuples(st.sampled_from(["remove", "title", "date", "add", "remove_many",
                                           "add_many", "undo_remove"]),
                          st.integers(0, 10_000)), max_size=12)


def _edit(timeline: Timeline, op: str, n: int, step: int, ids: list[str],
          removed: list[Event]) -> Event | None:
    """Apply the edit ``op`` (of ``_OPS``) to ``timeline``; the event ``remove`` removed."""
    target = ids[n % len(ids)] if ids else ""
    if op == "remove":
        return timeline.remove(target)
    if op == "title":
        timeline.replace(replace(timeline.get(target), title=f"Edited {n}"))
    elif op == "date":
        timeline.replace(replace(timeline.get(target), end=None,
                                 date=FuzzyDate.of_year(1989 + n % 8)))
    elif op == "add":
        timeline.add(Event(f"new{step}", "New", FuzzyDate.of_day(_dt.date(1992, 1 + n % 12, 1))))
    elif op == "remove_many":
        timeline.remove_many(ids[n % len(ids)::3])
    elif op == "add_many":
        timeline.add_many([Event(f"many{step}-{k}", "Many", FuzzyDate.of_year(1990 + k))
                           for k in range(3)])
    elif op == "undo_remove" and removed:
        timeline.add(removed[-1])
    return None


def _edit_both(lazy: Timeline, eager: Timeline, ops: list[tuple[str, int]],
               between: Any = None) -> Iterator[int]:
    """Apply ``ops`` to both timelines, yielding after each (its ``n``); ``between(lazy)``
    before each."""
    removed: list[Event] = []
    for step, (op, n) in enumerate(ops):
        ids = [event.id for event in eager.events]
        if not ids and op not in ("add", "add_many", "undo_remove"):
            continue
        if between is not None:
            between(lazy)
        gone = None
        for timeline in (lazy, eager):
            gone = _edit(timeline, op, n, step, ids, removed)
        if op == "remove":
            assert gone is not None
            removed.append(gone)
        elif op == "undo_remove" and removed:
            removed.pop()
        yield n


@EDITS
@given(st.integers(0, 2**32), st.integers(1, 60), _OPS)
def test_edits_of_a_lazy_timeline_are_the_eager_edits(seed: int, count: int,
                                                      ops: list[tuple[str, int]]) -> None:
    text = json.dumps(_document(count, seed))
    lazy, eager = loads(text, lazy=True), loads(text)
    for n in _edit_both(lazy, eager, ops):
        _assert_same(lazy, eager)
        first, last = 726_000 + n % 2000, 728_000 + n % 2000
        assert lazy.events_starting_in(first, last) == eager.events_starting_in(first, last)


def _made(timeline: Timeline) -> int:
    store = timeline.store
    assert store is not None
    return sum(type(slot) is Event for slot in store.slots)  # type: ignore[attr-defined]


@EDITS
@given(st.integers(0, 2**32), st.integers(1, 60), _OPS, st.integers(0, 3))
def test_a_lazy_timeline_made_in_slices_between_edits_is_the_eager_one(
        seed: int, count: int, ops: list[tuple[str, int]], slices: int) -> None:
    """``Timeline.make_some`` (the window's idle time, ``ui.lazy_events``): slices between
    any edits, then to the end, leave the eager timeline, held as one (no store)."""
    text = json.dumps(_document(count, seed))
    lazy, eager = loads(text, lazy=True), loads(text)
    monkeypatch_slice = pytest.MonkeyPatch()
    monkeypatch_slice.setattr(model, "_SLICE", 7)  # several slices even for a few events
    try:
        def some(timeline: Timeline) -> None:
            for _ in range(slices):
                timeline.make_some(0)

        for _ in _edit_both(lazy, eager, ops, some):
            pass
        for _ in range(2 * count + 20):
            if lazy.make_some(0):
                break
        else:
            raise AssertionError("make_some never finished")
    finally:
        monkeypatch_slice.undo()
    assert lazy.store is None and type(lazy.events) is list
    assert lazy.make_some(0)
    _assert_same(lazy, eager)
    assert dumps(lazy) == dumps(eager)


def test_spans_and_range_of_a_lazy_timeline_after_an_edit_make_nothing() -> None:
    text = json.dumps(_document(50, 3))
    lazy, eager = loads(text, lazy=True), loads(text)
    for timeline in (lazy, eager):
        timeline.add(Event("late", "Late", FuzzyDate.of_year(2030),
                           FuzzyDate.of_year(2031)))
        timeline.remove(eager.events[5].id)
    made = _made(lazy)
    assert lazy.day_spans() == eager.day_spans()
    assert lazy.day_range() == eager.day_range()
    assert _made(lazy) == made


def test_ids_of_a_lazy_timeline_partly_made_are_read_in_one_call_making_nothing() -> None:
    text = json.dumps(_document(120, 4))
    lazy, eager = loads(text, lazy=True), loads(text)
    assert isinstance(lazy.events, LazyEvents) and lazy.store is not None
    for index in (3, 40, 41, 99):  # some made, the rest positions
        assert lazy.events[index] == eager.events[index]
    made = _made(lazy)
    assert model.event_ids(lazy.events) == [event.id for event in eager.events]
    items = lazy.events.items
    assert lazy.store.event_ids(items[30:50]) == [event.id for event in eager.events[30:50]]
    assert _made(lazy) == made


@pytest.mark.parametrize("seed", [1, 2])
def test_find_and_filter_over_a_lazy_timeline(seed: int) -> None:
    text = json.dumps(_document(400, seed))
    lazy, eager = loads(text, lazy=True), loads(text)
    for query in ("event 1", "tokyo", "cho", "ministers met", "zzz"):
        found, expected = EventSearch(lazy).matches(query), EventSearch(eager).matches(query)
        assert (None if found is None else sorted(found)) == (
            None if expected is None else sorted(expected))
    for event_filter in (EventFilter(hidden_categories=frozenset({"visit"})),
                         EventFilter(participants=frozenset({"Cho"})),
                         EventFilter(places=frozenset({"Munich"}), sources=frozenset({"src"})),
                         EventFilter(first_day=_dt.date(1992, 1, 1),
                                     last_day=_dt.date(1993, 6, 1))):
        assert hidden_by(lazy, event_filter) == hidden_by(eager, event_filter)
    assert facets(lazy) == facets(eager)


_PEOPLE_PLACES_ARTICLES = [
    EventFilter(participants=frozenset({"Cho"})),
    EventFilter(participants=frozenset({"Wang", "Iwaya"})),
    EventFilter(places=frozenset({"Munich"})),
    EventFilter(places=frozenset({"Tokyo"}), participants=frozenset({"Cho"})),
    EventFilter(sources=frozenset({"src"})),
    EventFilter(sources=frozenset({NO_SOURCE})),
    EventFilter(places=frozenset({"Munich"}), sources=frozenset({"src"}),
                hidden_categories=frozenset({"visit"}),
                first_day=_dt.date(1991, 1, 1)),
]


@EDITS
@given(st.integers(0, 2**32), st.integers(1, 60), _OPS, st.integers(0, 40))
def test_people_places_articles_and_counts_of_a_lazy_timeline_make_nothing(
        seed: int, count: int, ops: list[tuple[str, int]], made: int) -> None:
    """A filter of people, places or articles and the Filters' counts right after a
    lazy load (after edits, some events made) read the store (``EventStore.facts``):
    the eager timeline's answers, and no event made for them (session 22 made every
    event first: ~0.45 s of CPU at 100 000)."""
    text = json.dumps(_document(count, seed))
    lazy, eager = loads(text, lazy=True), loads(text)
    for _n in _edit_both(lazy, eager, ops):
        pass
    assert lazy.store is not None
    list(lazy.events[:made])
    before = _made(lazy)
    for event_filter in _PEOPLE_PLACES_ARTICLES:
        assert hidden_by(lazy, event_filter) == hidden_by(eager, event_filter)
    assert facets(lazy) == facets(eager)
    assert _made(lazy) == before


def test_articles_of_a_lazy_timeline_citing_others_are_counted_from_its_events() -> None:
    """A sentence naming its own article (``SourcedEvidence``) makes an event cite more
    than its source id: the filter by article and the counts then read the events."""
    doc = _document(30, 5)
    doc["version"] = 3
    doc["sources"].append({"id": "other", "title": "Other", "text": "Wang met Cho."})
    doc["events"][3]["evidence"] = [{"sentence": "Wang met Cho.", "start": 0, "end": 13,
                                     "source": "other"}]
    text = json.dumps(doc)
    lazy, eager = loads(text, lazy=True), loads(text)
    for event_filter in (EventFilter(sources=frozenset({"other"})),
                         EventFilter(sources=frozenset({NO_SOURCE}))):
        assert hidden_by(lazy, event_filter) == hidden_by(eager, event_filter)
    assert "e3" not in hidden_by(lazy, EventFilter(sources=frozenset({"other"})))
    assert facets(lazy) == facets(eager)
    assert ("other", 1) in facets(lazy).sources


def test_a_large_file_loads_lazily_edits_saves_and_reads_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``load`` of a file read in pieces keeps it lazy; an edit, an undone removal and a
    save of it read back as the same edits of the eager timeline."""
    monkeypatch.setattr(native, "_PIECE_BYTES", 4096)  # this small file in pieces
    path = tmp_path / "big.json"
    path.write_text(json.dumps(_document(500, 7)), "utf-8")
    lazy, eager = load(path), loads(path.read_bytes())
    assert lazy.store is not None and eager.store is None
    _assert_same(lazy, eager)
    for timeline in (lazy, eager):
        edited = timeline.get("e42")
        timeline.replace(replace(edited, title="Edited", date=FuzzyDate.of_year(1994)))
        gone = timeline.remove("e7")
        timeline.add(gone)  # an undo of the removal: the same place among its date's events
    assert lazy.store.event_id(7) == "e7"  # type: ignore[union-attr]
    _assert_same(lazy, eager)
    fresh = load(path)
    fresh.replace(replace(fresh.get("e42"), title="Edited", date=FuzzyDate.of_year(1994)))
    store = fresh.store
    assert isinstance(store, native._LoadedEvents)
    made = sum(type(item) is Event for item in store.slots)
    assert made <= 2  # the edited event (and its neighbours of a date, if any)
    save(fresh, tmp_path / "fresh.json")  # written from the kept structs: nothing made
    assert sum(type(item) is Event for item in store.slots) == made
    eager_fresh = loads(path.read_bytes())
    eager_fresh.replace(replace(eager_fresh.get("e42"), title="Edited",
                                date=FuzzyDate.of_year(1994)))
    assert (tmp_path / "fresh.json").read_text("utf-8") == dumps(eager_fresh)
    save(lazy, tmp_path / "saved.json")
    again = load(tmp_path / "saved.json")
    assert again.store is not None
    _assert_same(again, loads(dumps(eager)))  # (a read file's sequence numbers are new)
    assert list(again) == list(eager)
    assert again.get("e42").title == "Edited"
    assert dumps(again) == dumps(eager)


def test_a_duplicate_id_in_a_lazy_load_is_found_in_its_place() -> None:
    document = _document(30, 3)
    document["events"][17]["id"] = "e4"
    text = json.dumps(document)
    assert _outcome(text, True) == _outcome(text, False)
    assert "$.events[17].id" in str(_outcome(text, True))


def test_the_find_index_makes_a_lazy_timelines_events_a_step_at_a_time() -> None:
    lazy = loads(json.dumps(_document(400, 5)), lazy=True)
    store = lazy.store
    assert isinstance(store, native._LoadedEvents)

    def made() -> int:
        return sum(type(item) is Event for item in store.slots)

    index = EventSearch()
    index.begin(lazy)
    assert made() == 0 and len(index) == 400
    index.index_some(16)
    assert made() == 16
    lazy.remove(lazy.events[0].id)  # an edit meanwhile does not change what is indexed
    while not index.index_some(64):
        pass
    assert made() == 400
    assert sorted(index.matches("event 1") or ()) == sorted(
        EventSearch(loads(json.dumps(_document(400, 5)))).matches("event 1") or ())


def test_a_reader_of_half_a_lazy_store_or_more_has_every_event_made_first(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``LazyEvents.__iter__`` over half the store or more (a filter, the facets, an
    export) makes every event at once, in ``WHILE_MAKING_ALL`` (the window's busy cursor);
    a smaller list makes only its own."""
    from contextlib import nullcontext

    monkeypatch.setattr(model, "_MAKE_ALL_FIRST", 10)
    calls: list[int] = []

    def busy() -> Any:
        calls.append(1)
        return nullcontext()

    monkeypatch.setattr(native, "WHILE_MAKING_ALL", busy)
    lazy = loads(json.dumps(_document(600, 5)), lazy=True)
    items = lazy.event_items()
    store = lazy.store
    assert store is not None
    assert len(list(LazyEvents(items[:200], store))) == 200
    assert calls == [] and _made(lazy) == 200
    assert list(lazy) == list(loads(json.dumps(_document(600, 5))))
    assert calls == [1] and _made(lazy) == 600
    list(lazy)
    assert calls == [1]
