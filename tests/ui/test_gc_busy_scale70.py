"""A long run of input does not end with one long full collection at the first pause
(session 64, scale70; issue 11: "no garbage-collection pause > 16 ms while interacting").

What the view keeps from a run of frames (layouts, the world lanes' items and
placements, laid-out text) piled up in the old generation until the idle collector ran
at the first idle second: after ``bench_view.py``'s 1600x900 frames session at 100 000
events it walked ~22 000 objects, 23-32 ms of CPU.  The idle collector's check now
freezes the old generation while input goes on too, once it holds
``idle_gc.BUSY_OLD_OBJECTS``; from session 65 (scale75) without a collection, which ran
inside the frames (1.3-7.0 ms of CPU in 1-10 judged frames of the frames session at
100 000 events).  These tests look at where objects are (``gc.get_objects``) and count
collections, never time them."""

from __future__ import annotations

import gc
import weakref

import pytest

from tests.ui.test_gc_idle import (  # noqa: F401
    _Collections,
    _collector_after_input,
    after_a_load,
)
from tests.ui.test_gc_kept_scale68 import _Cycle
from timeline_app.ui import idle_gc
from timeline_app.ui.main_window import MainWindow


def _busy_check(window: MainWindow, collector: idle_gc.IdleCollector) -> None:
    """The collector's checks while input goes on: a frame painted just now (as each pan
    or notch paints one); the idle check finds the app busy, the busy one looks."""
    window.view.viewport().repaint()
    collector._mark = idle_gc._activity()
    collector._check()
    collector._check_busy()


def test_a_busy_check_freezes_an_old_generation_grown_past_the_limit_without_a_collection(
        monkeypatch: pytest.MonkeyPatch, after_a_load: MainWindow) -> None:  # noqa: F811
    collector = _collector_after_input(after_a_load)
    old = len(gc.get_objects(2))
    assert old > 0
    monkeypatch.setattr(idle_gc, "BUSY_OLD_OBJECTS", max(1, old // 2))
    # Garbage in the old generation: frozen with the rest, as the price of no walk (the
    # view keeps its lanes and layouts acyclic; ``idle_gc``'s docstring).
    kept = _Cycle()
    gc.collect(1)  # (the survivors of a young collection go to the old generation)
    assert any(o is kept for o in gc.get_objects(2))
    gone = weakref.ref(kept)
    del kept
    collections = _Collections()
    ran, busy = collector.full_collections, collector.busy_collections
    gc.callbacks.append(collections)
    try:
        _busy_check(after_a_load, collector)
    finally:
        gc.callbacks.remove(collections)
    assert collections.started == []  # fails on int65: a full collection walked them
    assert collector.full_collections == ran
    assert collector.busy_collections == busy + 1
    assert gc.get_objects(2) == []  # what it found is frozen
    assert gone() is not None  # frozen, not freed (the fixture unfreezes at its end)


def test_a_busy_check_leaves_a_small_old_generation_to_the_idle_collection(
        monkeypatch: pytest.MonkeyPatch, after_a_load: MainWindow) -> None:  # noqa: F811
    collector = _collector_after_input(after_a_load)
    monkeypatch.setattr(idle_gc, "BUSY_OLD_OBJECTS", len(gc.get_objects(2)) + 1_000_000)
    ran, busy = collector.full_collections, collector.busy_collections
    _busy_check(after_a_load, collector)
    assert collector.full_collections == ran
    assert collector.busy_collections == busy
    assert gc.get_objects(2) != []
