"""A large timeline's facts read before the window's idle work coded them (a filter ticked
right after the open) are out of the cyclic collector's reach as they are made (session
64, scale70; issue 11: "no garbage-collection pause > 16 ms").

``query.event_facts`` makes three lists of one entry an event; made after the load's
``gc.freeze``, every collection that met them walked them whole until the idle collector
froze them.  From ``MASKED_EVENTS`` events they are made in ``kept.made_to_keep``.  These
tests look at where the lists are (``gc.get_objects``), never at times."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from benchmarks.synthetic import synthetic_timeline
from timeline_app import io as timeline_io
from timeline_app.core import query
from timeline_app.core.model import Timeline
from timeline_app.io import native


def _walked() -> set[int]:
    """The ids of the objects a full collection walks now (everything not frozen)."""
    return {id(o) for o in gc.get_objects()}


def _lazy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Timeline:
    path = tmp_path / "lazy.json"
    timeline_io.save(synthetic_timeline(400, seed=3), path)
    monkeypatch.setattr(native, "_PIECE_BYTES", 4096)  # read in pieces, so lazily
    monkeypatch.setattr(native, "LAZY_LOAD", True)
    opened = timeline_io.load(path)
    timeline: Timeline = getattr(opened, "timeline", opened)
    assert timeline.store is not None
    return timeline


@pytest.mark.parametrize("lazy", [False, True])
def test_a_large_timeline_s_facts_are_frozen_as_they_are_made(
        lazy: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        unfrozen_after: None) -> None:
    timeline = _lazy(tmp_path, monkeypatch) if lazy else synthetic_timeline(400, seed=3)
    monkeypatch.setattr(query, "MASKED_EVENTS", len(timeline))  # (large: at the limit)
    people, places, sources = query.event_facts(timeline)
    walked = _walked()
    assert all(id(column) not in walked for column in (people, places, sources))  # int64: in
    assert gc.isenabled()
    events = list(timeline.events)
    assert people == [event.participants for event in events]
    assert places == [event.location or "" for event in events]
    assert query.event_facts(timeline)[0] is people  # (kept, as before)


def test_a_small_timeline_s_facts_are_left_to_the_collector(
        monkeypatch: pytest.MonkeyPatch, unfrozen_after: None) -> None:
    timeline = synthetic_timeline(400, seed=3)
    monkeypatch.setattr(query, "MASKED_EVENTS", len(timeline) + 1)
    frozen = gc.get_freeze_count()
    people, _places, _sources = query.event_facts(timeline)
    assert id(people) in _walked()
    assert gc.get_freeze_count() == frozen  # (no freeze, no collection before it)
