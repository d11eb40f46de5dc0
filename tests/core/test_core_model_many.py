"""``Timeline.remove_many`` / ``add_many`` leave the timeline as ``remove`` / ``add`` of
each would (verify27, finding 5: a 100 000-event delete and its undo, one pass each)."""

from __future__ import annotations

import dataclasses
import random

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline


def _timeline(seed: int, count: int = 300) -> tuple[Timeline, list[Event]]:
    rng = random.Random(seed)
    events = [Event(f"e{i}", f"Event {i}",
                    FuzzyDate.of_month(rng.randint(1990, 1995), rng.randint(1, 12)))
              for i in range(count)]  # many share a month: the sequence orders them
    return Timeline.from_events(events, title="t"), events


def _state(timeline: Timeline) -> tuple[object, ...]:
    return ([e.id for e in timeline], list(timeline._keys), dict(timeline._retired),
            timeline.day_range(), timeline.day_spans())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_many_same_as_one_by_one(seed: int) -> None:
    one, events = _timeline(seed)
    many, _ = _timeline(seed)
    rng = random.Random(seed)
    gone = [e.id for e in rng.sample(events, 120)]
    for event_id in gone:
        one.remove(event_id)
    removed = many.remove_many(gone)
    assert [e.id for e in removed] == gone
    assert _state(one) == _state(many)
    # Put back (an undo, in reverse) with two new events and an edited copy of one kept.
    kept = next(e for e in events if e.id not in set(gone))
    back = [events[int(i[1:])] for i in reversed(gone)]
    new = [Event("n1", "New", FuzzyDate.of_year(1993)), Event("n2", "New", FuzzyDate.of_year(1980))]
    edited = dataclasses.replace(kept, date=FuzzyDate.of_year(2001))
    one.replace(edited)
    for event in [*back, *new]:
        one.add(event)
    many.remove_many([kept.id])
    many.add_many([edited, *back, *new])
    assert _state(one) == _state(many)
    assert [e.id for e in one] == [e.id for e in many]


def test_many_errors_change_nothing() -> None:
    timeline, events = _timeline(4, 20)
    before = _state(timeline)
    with pytest.raises(KeyError):
        timeline.remove_many(["e1", "missing"])
    with pytest.raises(KeyError):
        timeline.remove_many(["e1", "e1"])
    with pytest.raises(ValueError):
        timeline.add_many([events[0]])
    with pytest.raises(ValueError):
        extra = Event("x", "X", FuzzyDate.of_year(2000))
        timeline.add_many([extra, extra])
    assert _state(timeline) == before
    assert timeline.remove_many([]) == []
    timeline.remove_many([e.id for e in events])
    assert len(timeline) == 0 and timeline.day_range() is None
    timeline.add_many(events[:3])
    assert timeline.day_range() == (min(e.day_range()[0] for e in events[:3]),
                                    max(e.day_range()[1] for e in events[:3]))


def test_present_keeps_the_ids_of_events_in_their_order() -> None:
    day = FuzzyDate.of_ymd(2024, 5, 3)
    timeline = Timeline.from_events([Event(f"e{k}", f"Talks {k}", day) for k in range(4)])
    assert timeline.present(("e3", "gone", "e0", "e3", "")) == ["e3", "e0", "e3"]
    assert timeline.present(iter(())) == []
    timeline.remove("e3")
    assert timeline.present(["e3", "e1"]) == ["e1"]


def test_day_spans_after_a_change_are_the_events_day_ranges_shared_by_a_date() -> None:
    """After a change the spans are computed again: each event's ``day_range()``, one
    tuple for consecutive events of the same date (and end) objects, as the loader
    shares them (the lanes' build works per distinct span)."""
    day, month = FuzzyDate.of_ymd(2024, 5, 3), FuzzyDate.of_month(2024, 5)
    events = [Event("a", "A", day), Event("b", "B", day), Event("c", "C", month),
              Event("d", "D", day, end=FuzzyDate.of_ymd(2024, 5, 9)), Event("e", "E", day)]
    timeline = Timeline.from_events(events)
    removed = timeline.remove_many(["a", "b", "c", "d", "e"])
    timeline.add_many(removed)
    spans = timeline.day_spans()
    assert spans == [event.day_range() for event in timeline.events]
    by_id = dict(zip((event.id for event in timeline.events), spans, strict=True))
    assert by_id["a"] is by_id["b"]  # the same date object, one tuple
    assert by_id["d"] != by_id["a"]  # an end of its own
