"""Timeline: events stay sorted through add/remove/replace; bisection finds the visible slice."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import random

import pytest

from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline, model, new_event_id
from timeline_app.core.clock import ClockTime
from timeline_app.core.model import date_sort_number, make_event, make_evidence, make_source

D = _dt.date


def _event(event_id: str, date: FuzzyDate, **kwargs: object) -> Event:
    return Event(event_id, event_id.title(), date, **kwargs)  # type: ignore[arg-type]


def _sample() -> Timeline:
    return Timeline.from_events(
        [
            _event("tokyo", FuzzyDate.of_day(D(2025, 3, 22))),
            _event("munich", FuzzyDate.of_month(2025, 2)),
            _event("sado", FuzzyDate.of_part(2024, "late")),
            _event("visit", FuzzyDate.of_month(2025, 1, circa=True)),
            _event("treaty", FuzzyDate.of_month(1965, 6)),
        ],
        title="Sample",
    )


def _assert_sorted(timeline: Timeline) -> None:
    keys = [e.sort_key() for e in timeline]
    assert keys == sorted(keys)
    # The bisection index mirrors the events, in order.
    assert [k >> model.SEQUENCE_BITS for k in timeline._keys] == [
        date_sort_number(e.date) for e in timeline]
    assert list(timeline._keys) == sorted(timeline._keys)
    assert len(set(timeline._keys)) == len(timeline)
    for i, event in enumerate(timeline):
        assert timeline.index_of(event.id) == i
        assert timeline.get(event.id) is event


def test_from_events_sorts() -> None:
    timeline = _sample()
    assert [e.id for e in timeline] == ["treaty", "sado", "visit", "munich", "tokyo"]
    assert len(timeline) == 5
    assert "sado" in timeline and "nowhere" not in timeline
    _assert_sorted(timeline)


def test_from_events_refuses_duplicate_ids() -> None:
    a = _event("a", FuzzyDate.of_year(2020))
    with pytest.raises(ValueError, match="unique"):
        Timeline.from_events([a, dataclasses.replace(a, title="other")])


def test_add_inserts_in_order() -> None:
    timeline = _sample()
    index = timeline.add(_event("new", FuzzyDate.of_year(2024)))
    # 2024 as a year starts on 1 January, before late 2024.
    assert index == 1 and timeline.events[1].id == "new"
    _assert_sorted(timeline)
    with pytest.raises(ValueError, match="duplicate"):
        timeline.add(_event("new", FuzzyDate.of_year(1999)))


def test_remove_and_replace() -> None:
    timeline = _sample()
    removed = timeline.remove("munich")
    assert removed.id == "munich" and "munich" not in timeline
    _assert_sorted(timeline)
    with pytest.raises(KeyError):
        timeline.remove("munich")
    old = timeline.get("treaty")
    moved = dataclasses.replace(old, date=FuzzyDate.of_day(D(2030, 1, 1)), title="Moved")
    assert timeline.replace(moved) is old
    assert timeline.events[-1] is moved
    _assert_sorted(timeline)
    with pytest.raises(KeyError):
        timeline.replace(_event("ghost", FuzzyDate.of_year(2000)))


def test_events_starting_between_uses_start_days() -> None:
    timeline = _sample()
    ids = lambda a, b: [e.id for e in timeline.events_starting_between(a, b)]  # noqa: E731
    assert ids(D(2025, 1, 1), D(2025, 3, 1)) == ["visit", "munich"]
    assert ids(D(2025, 3, 22), D(2025, 3, 23)) == ["tokyo"]
    assert ids(D(2025, 3, 23), D(2026, 1, 1)) == []
    assert ids(D(2024, 9, 1), D(2024, 9, 2)) == ["sado"]  # late 2024 starts 1 September
    assert ids(D(1, 1, 1), D(9999, 1, 1)) == [e.id for e in timeline]


def test_bisection_agrees_with_a_linear_scan() -> None:
    rng = random.Random(7)
    timeline = Timeline()
    for i in range(500):
        day = D(2000, 1, 1) + _dt.timedelta(days=rng.randrange(3000))
        kind = rng.randrange(3)
        date = (
            FuzzyDate.of_day(day)
            if kind == 0
            else FuzzyDate.of_month(day.year, day.month)
            if kind == 1
            else FuzzyDate.of_year(day.year)
        )
        timeline.add(_event(f"e{i:03d}", date))
    for _ in range(50):
        a = D(2000, 1, 1) + _dt.timedelta(days=rng.randrange(3000))
        b = a + _dt.timedelta(days=rng.randrange(400))
        expected = [e for e in timeline if a <= e.start_day < b]
        assert timeline.events_starting_between(a, b) == expected
    _assert_sorted(timeline)


def test_date_range_covers_spans_and_ends() -> None:
    assert Timeline().date_range() is None
    timeline = _sample()
    assert timeline.date_range() == (D(1965, 6, 1), D(2025, 3, 23))
    timeline.add(_event("long", FuzzyDate.of_year(2000), end=FuzzyDate.of_part(2030, "late")))
    assert timeline.date_range() == (D(1965, 6, 1), D(2031, 1, 1))
    assert timeline.get("long").end_day == D(2031, 1, 1)
    assert timeline.get("long").start_day == D(2000, 1, 1)


def test_evidence_date_span_in_sentence() -> None:
    evidence = Evidence("They met on Saturday.", 100, 121, 109, 120)
    assert evidence.date_span_in_sentence() == (9, 20)
    assert Evidence("x", 0, 1).date_span_in_sentence() is None
    assert Evidence("They met.", 100, 109, 50, 60).date_span_in_sentence() is None


def test_values_are_immutable_and_ids_fresh() -> None:
    event = _event("a", FuzzyDate.of_year(2020))
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.title = "changed"  # type: ignore[misc]
    assert Source("s").dateline_date is None
    ids = {new_event_id() for _ in range(100)}
    assert len(ids) == 100 and all(len(i) == 12 for i in ids)


def test_same_day_events_keep_the_order_they_were_given_in() -> None:
    day = FuzzyDate.of_day(D(2025, 3, 22))
    timeline = Timeline.from_events([_event("z-first", day), _event("a-second", day)])
    assert [e.id for e in timeline] == ["z-first", "a-second"]
    timeline.add(_event("m-third", day))
    assert [e.id for e in timeline] == ["z-first", "a-second", "m-third"]
    removed = timeline.remove("z-first")
    timeline.add(removed)  # undo puts it back where it was
    assert [e.id for e in timeline] == ["z-first", "a-second", "m-third"]
    timeline.replace(dataclasses.replace(timeline.get("a-second"), title="edited"))
    assert [e.id for e in timeline] == ["z-first", "a-second", "m-third"]
    _assert_sorted(timeline)


def test_make_event_builds_the_same_frozen_event_as_the_constructor() -> None:
    date = FuzzyDate.of_day(D(2025, 3, 22))
    evidence = make_evidence("They met.", 0, 9, 2, 5)
    assert type(evidence) is Evidence and evidence == Evidence("They met.", 0, 9, 2, 5)
    fields = ("a", "Talks", date, FuzzyDate.of_month(2025, 4), "meeting", ("Japan", "Korea"),
              "Tokyo", "They met.", "the dateline", "s1", (evidence,), "disputed")
    made, built = make_event(*fields), Event(*fields)  # type: ignore[arg-type]
    assert type(made) is Event and made == built and hash(made) == hash(built)
    assert repr(made) == repr(built)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.title = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        evidence.start = 1  # type: ignore[misc]
    assert dataclasses.replace(made, title="Other").title == "Other"
    assert not hasattr(made, "__dict__")  # slots: no instance dict
    source_fields = ("s1", "Talks", "Wire", "Tokyo", D(2025, 3, 22), "the dateline",
                     "They met.", "https://example.org/a")
    source = make_source(*source_fields)
    assert type(source) is Source and source == Source(*source_fields)
    assert not hasattr(source, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.title = "changed"  # type: ignore[misc]


def test_date_sort_number_orders_like_sort_key() -> None:
    rng = random.Random(3)
    dates = [FuzzyDate.of_day(D(2025, 3, 22)), FuzzyDate.of_month(2025, 3),
             FuzzyDate.of_ymd(-9998, 1, 1), FuzzyDate.of_ymd(9999, 12, 31),
             FuzzyDate.of_decade(-9990), FuzzyDate.of_part(0, "WI")]
    for _ in range(300):
        year = rng.randrange(-9998, 9999)
        dates.append(rng.choice([FuzzyDate.of_year(year), FuzzyDate.of_month(year, 2),
                                 FuzzyDate.of_part(year, "H2"), FuzzyDate.of_ymd(year, 5, 9),
                                 FuzzyDate.of_decade(year - year % 10 + 10 * (year < -9980)),
                                 FuzzyDate.of_ymd(year, 5, 9).with_time(
                                     ClockTime(rng.randrange(24), rng.choice([None, 0, 59])))]))
    numbers = [date_sort_number(d) for d in dates]
    assert all(0 <= n < 1 << 35 for n in numbers)  # 12 rank bits since verify46 F18
    for a, na in zip(dates, numbers, strict=True):
        for b, nb in zip(dates[:40], numbers[:40], strict=True):
            assert (na < nb) == (a.sort_key() < b.sort_key())
            assert (na == nb) == (a.sort_key() == b.sort_key())


def test_bisection_across_the_whole_range_of_years() -> None:
    timeline = Timeline.from_events([
        _event("first", FuzzyDate.of_ymd(-9998, 1, 1)),
        _event("bc", FuzzyDate.of_year(-43)),
        _event("last", FuzzyDate.of_ymd(9999, 12, 31)),
    ])
    days = lambda a, b: [e.id for e in timeline.events_starting_in(a, b)]  # noqa: E731
    assert days(-10**9, 10**9) == ["first", "bc", "last"]  # far outside the range: clamped
    assert days(-10**9, 0) == ["first", "bc"]
    assert days(timeline.get("last").day_range()[0], 10**9) == ["last"]
    assert days(5, 4) == []


def test_index_of_among_many_events_of_one_date() -> None:
    year = FuzzyDate.of_year(2020)
    timeline = Timeline.from_events([_event(f"e{i:03d}", year) for i in range(300)]
                                    + [_event("before", FuzzyDate.of_year(2019))])
    assert timeline.index_of("before") == 0
    assert [timeline.index_of(f"e{i:03d}") for i in range(300)] == list(range(1, 301))
    removed = timeline.remove("e150")
    assert timeline.index_of("e151") == 151
    timeline.add(removed)
    assert timeline.index_of("e150") == 151
    _assert_sorted(timeline)


def test_day_range_follows_additions_and_removals() -> None:
    timeline = Timeline()
    assert timeline.day_range() is None
    timeline.add(_event("a", FuzzyDate.of_year(2000)))
    assert timeline.day_range() == (D(2000, 1, 1).toordinal(), D(2001, 1, 1).toordinal())
    timeline.add(_event("long", FuzzyDate.of_year(1990), end=FuzzyDate.of_year(2030)))
    assert timeline.day_range() == (D(1990, 1, 1).toordinal(), D(2031, 1, 1).toordinal())
    timeline.remove("long")
    assert timeline.day_range() == (D(2000, 1, 1).toordinal(), D(2001, 1, 1).toordinal())
    timeline.remove("a")
    assert timeline.day_range() is None


def test_from_events_sorts_any_order_and_keeps_the_given_order_of_equals() -> None:
    rng = random.Random(5)
    events = [_event(f"e{i:04d}", FuzzyDate.of_year(rng.randrange(1990, 2000)))
              for i in range(2000)]
    timeline = Timeline.from_events(events)
    assert [e.id for e in timeline] == [
        e.id for e in sorted(events, key=lambda e: e.sort_key())]  # sorted() is stable
    _assert_sorted(timeline)
    in_order = Timeline.from_events(list(timeline))  # already sorted: the quick path
    assert [e.id for e in in_order] == [e.id for e in timeline]
    _assert_sorted(in_order)


def test_the_fast_builders_take_every_field_in_order() -> None:
    """A field added to Event or Evidence must be added to make_event/make_evidence too:
    their instances would otherwise lack it."""
    import inspect

    for cls, make in ((Event, make_event), (Evidence, make_evidence), (Source, make_source)):
        assert list(inspect.signature(make).parameters) == [
            f.name for f in dataclasses.fields(cls)]


def test_the_index_keys_may_come_as_an_array_in_any_order() -> None:
    """A loader builds the keys as an ``array("q")`` (issue 11: no list of a million ints
    converted in one long C call): taken as they are when in date order, sorted when not,
    with the same timeline either way as from a list."""
    from array import array

    rng = random.Random(7)
    events = [_event(f"e{i:04d}", FuzzyDate.of_year(rng.randrange(1990, 2000)))
              for i in range(500)]
    keys = [date_sort_number(e.date) << model.SEQUENCE_BITS | i for i, e in enumerate(events)]
    from_list = Timeline._from_keys(events, list(keys))
    from_array = Timeline._from_keys(events, array("q", keys))
    assert [e.id for e in from_array] == [e.id for e in from_list]
    _assert_sorted(from_array)
    ordered = list(from_list)
    ordered_keys = array("q", (date_sort_number(e.date) << model.SEQUENCE_BITS | i
                               for i, e in enumerate(ordered)))
    quick = Timeline._from_keys(ordered, ordered_keys, in_order=True)
    assert [e.id for e in quick] == [e.id for e in ordered]
    assert quick.index_of(ordered[-1].id) == len(ordered) - 1


def test_id_map_is_a_new_dict_of_every_event_by_id():
    from timeline_app.core import Event, FuzzyDate, Timeline

    timeline = Timeline("t")
    for i in range(5):
        timeline.add(Event(f"e{i}", f"E{i}", FuzzyDate.of_year(2000 - i)))
    mapping = timeline.id_map()
    assert mapping == {e.id: e for e in timeline.events}
    mapping.pop("e0")
    assert "e0" in timeline  # a copy: the caller's changes never reach the timeline


def test_day_spans_follow_every_change() -> None:
    """Each event's day range in date order (what a view's lanes are built from, issue
    11), after the timeline is made, and again after each change."""
    timeline = _sample()

    def expected() -> list[tuple[int, int]]:
        return [event.day_range() for event in timeline.events]

    def columns() -> list[tuple[int, int]]:
        return timeline.day_spans()

    assert columns() == expected()
    rng = random.Random(3)
    for step in range(30):
        ids = [event.id for event in timeline.events]
        if step % 3 == 0 or len(ids) < 3:
            day = FuzzyDate.of_ymd(2000 + rng.randint(0, 30), rng.randint(1, 12),
                                   rng.randint(1, 28))
            timeline.add(_event(f"added{step}", day))
        elif step % 3 == 1:
            timeline.remove(rng.choice(ids))
        else:
            old = timeline.get(rng.choice(ids))
            timeline.replace(dataclasses.replace(old, date=FuzzyDate.of_year(1990 + step)))
        assert columns() == expected(), step


def test_a_new_id_is_never_one_a_spreadsheet_takes_for_a_number(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify53 F16: ids all digits ("886215405407") or digits around one "e"
    ("25719802e103") became numbers in Excel ("8.86215E+11"); a new id is never such."""
    import uuid

    from timeline_app.core.model import new_event_id

    made = iter(["886215405407" + "0" * 20, "25719802e103" + "0" * 20,
                 "3fa85f6457174562b3fc2c963f66afa6"])
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(next(made)))
    assert new_event_id() == "3fa85f645717"


def _lazy_synthetic(n: int, seed: int, folder: object) -> Timeline:
    """A synthetic timeline of ``n`` events loaded lazily (``LazyEvents``), as the app
    loads a large file."""
    from pathlib import Path

    from benchmarks.synthetic import write_synthetic
    from timeline_app.io import native

    path = Path(str(folder)) / f"synthetic-{n}-{seed}.json"
    write_synthetic(path, n, seed)
    timeline = native.loads(path.read_bytes(), lazy=True)
    assert timeline.store is not None
    return timeline


def test_one_event_added_removed_or_replaced_keeps_categories_counts_and_eras(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``categories``, ``ids``, ``category_counts`` and ``era_ids`` follow an edit of one event
    (session 49, edit55: worked out again from every event, they cost one Ctrl+→ ~1 s at
    1 000 000 events) and give what a rebuild from the events gives; a list of
    ``categories`` held from before a change stays as it was."""
    from collections import Counter

    timeline = _lazy_synthetic(300, 3, tmp_path)
    lanes = sorted(set(timeline.categories()))
    timeline.era_lanes = frozenset({lanes[0]})
    rng = random.Random(5)

    def check() -> None:
        events = list(timeline.events)
        assert timeline.categories() == [e.category for e in events]
        assert timeline.ids() == [e.id for e in events]
        assert timeline.category_counts() == dict(Counter(e.category for e in events))
        assert timeline.era_ids() == tuple(e.id for e in events if e.category == lanes[0])

    check()
    for step in range(60):
        held = timeline.categories()
        before = list(held)
        event = timeline.events[rng.randrange(len(timeline))]
        kind = step % 3
        if kind == 0:  # a date step or a lane moved (replace: remove and add)
            timeline.replace(dataclasses.replace(
                event, category=rng.choice([*lanes, "new lane"]),
                date=event.date.moved(rng.choice((-1, 1))) or event.date))
        elif kind == 1:
            timeline.remove(event.id)
        else:
            timeline.add(dataclasses.replace(event, id=new_event_id(),
                                             category=rng.choice(lanes)))
        assert held == before  # (copied, not changed under its holder)
        if step % 2:  # asked after some edits only: what is kept follows the others too
            check()
    timeline.remove_many([e.id for e in timeline.events[:40]])
    check()
    timeline.add_many([dataclasses.replace(e, id=new_event_id())
                       for e in timeline.events[:40]])
    check()


def test_era_ids_read_noted_counts_instead_of_every_event(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Counts noted from elsewhere (a file's lanes built off the GUI thread) answer
    ``category_counts`` and tell ``era_ids`` whether any era lane holds an event, without
    a pass over the events (session 51: 0.1-0.3 s of the GUI thread when a 1 000 000-event
    file arrived); with an era lane among them the eras are found as before, and the
    noted counts follow an edit as counted ones do."""
    from collections import Counter

    timeline = _lazy_synthetic(300, 3, tmp_path)
    counts = dict(Counter(timeline.categories()))
    lanes = sorted(counts)
    timeline.note_category_counts(counts)
    assert timeline.category_counts() is counts

    def no_pass() -> list[str]:
        raise AssertionError("categories read")

    categories, timeline.categories = timeline.categories, no_pass  # type: ignore[method-assign]
    assert timeline.era_ids() == ()  # no "era" nor "eras" lane
    timeline.categories = categories  # type: ignore[method-assign]
    timeline.era_lanes = frozenset({lanes[1]})
    events = list(timeline.events)
    assert timeline.era_ids() == tuple(e.id for e in events if e.category == lanes[1])
    timeline.remove(events[0].id)
    assert timeline.category_counts() == dict(Counter(e.category for e in events[1:]))
    assert counts == dict(Counter(e.category for e in events))  # (not changed under its giver)
    assert timeline.era_ids() == tuple(e.id for e in events[1:] if e.category == lanes[1])


def test_era_ids_without_counts_find_eras_in_date_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Without counts kept, ``era_ids`` finds the events of every era lane, in date order,
    of a lazily loaded timeline (unmade events read from its store) and of none."""
    timeline = _lazy_synthetic(300, 3, tmp_path)
    lanes = sorted(set(timeline.categories()))
    timeline.era_lanes = frozenset(lanes[:2])
    found = timeline.era_ids()
    assert timeline.store is not None  # (nothing made for it)
    expected = tuple(e.id for e in list(timeline.events) if e.category in lanes[:2])
    assert expected and found == expected
    timeline.era_lanes = frozenset({"no such lane"})
    assert timeline.era_ids() == ()


def test_a_lone_mapping_sharing_the_index_is_handed_it_when_the_timeline_changes(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A change of one event after ``events_by_id`` copies no index (session 61,
    scale64: the copy was ~0.1 s of the first edit at 1 000 000 events; session 49,
    edit55, had made it one copy, not two): a lone mapping keeps what it held of the
    event the timeline changed, and neither sees the other's changes; a change of many
    copies it once, the lone mapping keeping the original as its own; with two mappings
    sharing it, each keeps its own differences."""
    timeline = _lazy_synthetic(50, 2, tmp_path)
    mapping = timeline.events_by_id()
    original = mapping.by_id  # type: ignore[attr-defined]
    first, second = timeline.events[0], timeline.events[1]
    timeline.remove(first.id)
    assert timeline._by_id is original and mapping.shared  # type: ignore[attr-defined]
    assert first.id in mapping and first.id not in timeline
    assert mapping[first.id] == first
    del mapping[second.id]
    assert mapping.by_id is original  # (no copy of its own)
    assert second.id in timeline and second.id not in mapping
    assert len(mapping) == len(timeline) == 49 and set(mapping) == {
        e.id for e in timeline.events if e.id != second.id} | {first.id}
    timeline.remove_many([timeline.events[5].id])  # many: copied, the original handed over
    assert timeline._by_id is not original and mapping.by_id is original
    assert not mapping.shared and mapping.before == {}  # type: ignore[attr-defined]
    assert first.id in mapping and second.id not in mapping and len(mapping) == 49

    one, two = timeline.events_by_id(), timeline.events_by_id()
    timeline.remove(second.id)  # (two sharing it: copied)
    assert one.shared and two.shared  # type: ignore[attr-defined]
    assert second.id in one and second.id in two
    del one[timeline.events[0].id]
    assert timeline.events[0].id in two and timeline.events[0].id in timeline


def test_a_mapping_sharing_the_index_answers_as_its_own_copy_would(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Random changes of one event by the timeline (add, remove, replace), each followed
    or not by the mapping's own (as a view follows them), and changes of the mapping
    alone: the mapping sharing the index (``EventsById.before``) answers ``[]``, ``in``,
    ``len``, iteration and ``get`` as a plain dict copied at the start and changed the
    same way, and the timeline as its own; when the view followed every change, nothing
    is left in ``before``."""
    timeline = _lazy_synthetic(80, 3, tmp_path)
    mapping = timeline.events_by_id()
    copy = {event.id: event for event in timeline.events}
    rng = random.Random(61)
    for step in range(300):
        ids = [event.id for event in timeline.events]
        kind = rng.randrange(4)
        if kind == 0 and ids:  # replaced, the view following
            old = timeline.get(rng.choice(ids))
            new = dataclasses.replace(old, title=f"{old.title} {step}")
            timeline.replace(new)
            if old.id in copy:
                assert mapping[old.id] == copy[old.id]
                del mapping[old.id]
                del copy[old.id]
            mapping[new.id] = copy[new.id] = new
        elif kind == 1 and ids:  # removed, the view following or not
            gone = timeline.remove(rng.choice(ids))
            if gone.id in copy and rng.randrange(2):
                del mapping[gone.id]
                del copy[gone.id]
        elif kind == 2:  # added
            event = Event(f"n{step}", "New", FuzzyDate.of_year(2000 + step % 20))
            timeline.add(event)
            if rng.randrange(2):
                mapping[event.id] = copy[event.id] = event
        elif copy:  # the mapping's own change
            event_id = rng.choice(sorted(copy))
            if rng.randrange(2):
                del mapping[event_id]
                del copy[event_id]
            else:
                mapping[event_id] = copy[event_id] = dataclasses.replace(
                    copy[event_id], title="Mine")
        assert mapping.shared  # type: ignore[attr-defined]
        assert len(mapping) == len(copy) and set(mapping) == set(copy)
        probe = rng.sample(sorted(set(copy) | set(ids) | {"nothing"}), 5)
        for event_id in probe:
            assert (event_id in mapping) == (event_id in copy)
            assert mapping.get(event_id) == copy.get(event_id)
        assert {e.id for e in timeline.events} == set(timeline._by_id)
    # every change followed: nothing left apart
    (tmp_path / "second").mkdir()
    timeline2 = _lazy_synthetic(40, 4, tmp_path / "second")
    mapping2 = timeline2.events_by_id()
    for step in range(20):
        old = timeline2.events[step]
        new = dataclasses.replace(old, title="Followed")
        timeline2.replace(new)
        del mapping2[old.id]
        mapping2[new.id] = new
    assert mapping2.before == {}  # type: ignore[attr-defined]
