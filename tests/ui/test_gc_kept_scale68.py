"""What the window's idle work makes to keep is out of the cyclic collector's reach as it
is made (session 63, scale68; issue 11: "no garbage-collection pause > 16 ms").

A large timeline's facts (``ui.facts_warm``: the participants, places and sources of
every event as three lists, and the coded columns) were left to the collector until the
next idle full collection froze them: every collection meeting them on the way walked
them whole (at 1 000 000 events 84, 157 and 163 ms of CPU in the seconds after an open).
These tests look at where the objects are (``gc.get_objects``: the generations a
collection walks), never at times."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from tests.ui.test_filter_codes_scale62 import _timeline
from tests.ui.test_filter_codes_scale62 import _window as _scale62_window
from timeline_app import io as timeline_io
from timeline_app.core import query
from timeline_app.core.coded import coded_facts
from timeline_app.core.kept import made_to_keep
from timeline_app.core.query import event_facts
from timeline_app.ui import idle_gc


def _walked() -> set[int]:
    """The ids of the objects a full collection walks now (everything not frozen)."""
    return {id(o) for o in gc.get_objects()}


class _Cycle:
    """An object in a reference cycle with itself (only the collector frees it)."""

    def __init__(self) -> None:
        self.me = self


def test_made_to_keep_freezes_what_the_block_made_and_no_garbage(unfrozen_after: None,
                                                                  ) -> None:
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage  # (garbage now, in a cycle: waiting for a collection)
    assert gc.isenabled()
    with made_to_keep():
        assert not gc.isenabled()  # (no collection walks what the block makes meanwhile)
        kept = [("Cho", "Iwaya")] * 5000
    assert gc.isenabled()
    assert id(kept) not in _walked()  # frozen: no later collection walks it
    assert gone() is None  # the garbage before the block was freed, not frozen


def test_made_to_keep_leaves_a_load_s_collector_off() -> None:
    gc.disable()  # (as a load keeps it: io.native)
    try:
        with made_to_keep():
            kept = [("Cho",)] * 10
        assert not gc.isenabled()
        assert id(kept) in _walked()  # (the load freezes at its own end)
    finally:
        gc.enable()


def test_the_facts_warmed_in_idle_time_are_out_of_the_collector_s_reach(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        unfrozen_after: None) -> None:
    """The lists of every event's participants, places and sources and the coded
    participants' values, once the window has coded them in its idle time, are frozen,
    and the counts they give are the per-event ones."""
    path = tmp_path / "t.json"
    timeline_io.save(_timeline("Kept"), path)
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)  # (the coded paths at 700 events)
    collector = idle_gc.collect_when_idle()
    assert collector is not None
    collector._timer.stop()  # (its freeze when idle would hide what is tested)
    try:
        window = _scale62_window(qtbot, path, False, monkeypatch)
        timeline = window.document.timeline
        qtbot.waitUntil(lambda: coded_facts(timeline).ready, timeout=10000)
        people, places, sources = event_facts(timeline)
        walked = _walked()
        assert all(id(column) not in walked for column in (people, places, sources))
        coded = coded_facts(timeline).column("people")
        assert id(coded.values) not in walked
        assert [coded.values[code] for code in coded.codes] == people
        assert people == [event.participants for event in timeline.event_items()]
    finally:
        collector._timer.start()
