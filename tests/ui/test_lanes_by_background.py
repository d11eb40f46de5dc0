"""View → Lanes By of a large timeline builds its lanes off the GUI thread (edit29's
leftover: lanes by participant of 1 000 000 events took ~2 s of the GUI thread, the
window frozen meanwhile).  Here the threshold is lowered to the default timeline."""

from __future__ import annotations

import threading

import pytest

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import main_window as main_window_module
from timeline_app.ui import timeline_view
from timeline_app.ui.view_settings import set_in_view

_PREPARE_LANES = timeline_view.prepare_lanes  # (the fixture replaces it with a spy)


@pytest.fixture
def built_on(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads ``prepare_lanes`` ran on, with every timeline "large"."""
    threads: list[str] = []
    real = timeline_view.prepare_lanes

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    set_in_view("prepare_lanes", spy, monkeypatch)
    monkeypatch.setattr(main_window_module, "LANES_IN_BACKGROUND_EVENTS", 1)
    return threads


def _lanes(view) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {lane.category: [e.id for e in lane.events] for lane in view._lanes}


def test_the_lanes_are_built_on_a_worker_and_then_shown(qtbot, window, built_on) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    expected = _lanes_by_hand(window, "participant")
    window.set_lanes_by("participant")
    assert window.is_busy()
    # meanwhile the view keeps its lanes and the menu its tick
    assert view.lanes_by() == "category"
    assert window.lanes_by_actions["category"].isChecked()
    qtbot.waitUntil(lambda: view.lanes_by() == "participant")
    assert built_on and threading.main_thread().name not in built_on
    assert window.lanes_by_actions["participant"].isChecked()
    assert _lanes(view) == expected
    assert "Lanes by participant" in window.statusBar().currentMessage()
    assert not window.is_busy()


def test_an_edit_before_the_lanes_arrive_has_them_built_again(qtbot, window,  # type: ignore[no-untyped-def]
                                                                built_on) -> None:
    view = window.view
    window.set_lanes_by("place")
    window.document.add_event(Event("new", "Talks in Vienna", FuzzyDate.of_year(2024),
                                    location="Vienna"))
    qtbot.waitUntil(lambda: view.lanes_by() == "place")
    assert _lanes(view)["Vienna"] == ["new"]


def test_cancel_keeps_the_lanes_and_the_tick(qtbot, window, built_on) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    window.set_lanes_by("participant")
    window._cancel_job()
    qtbot.wait(50)
    assert view.lanes_by() == "category"
    assert window.lanes_by_actions["category"].isChecked()
    assert "cancelled" in window.statusBar().currentMessage()
    # a second change while one is built: refused, said, the tick kept
    window.set_lanes_by("participant")
    window.set_lanes_by("place")
    assert "busy" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: view.lanes_by() == "participant")


def _lanes_by_hand(window, way: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    prepared = _PREPARE_LANES(window.document.timeline, way)
    return {lane.category: [e.id for e in lane.events]
            for lane in timeline_view.named_lane_order(prepared.by_category.values())}


def test_with_a_filter_on_the_worker_builds_the_lanes_of_the_shown_events(  # type: ignore[no-untyped-def]
        qtbot, window, built_on, monkeypatch) -> None:
    """A filter on, the switch was made on the GUI thread (the view took prepared lanes
    only with nothing hidden): now the worker leaves out the events the filters hide."""
    import dataclasses as dc

    made = []
    spy = timeline_view.prepare_lanes
    set_in_view("prepare_lanes", lambda *a, **k: made.append(spy(*a, **k)) or made[-1],
                monkeypatch)
    state = window.find_state
    state.set_filter(dc.replace(state.filter, participants=frozenset({"Takeshi Iwaya"})))
    assert 0 < state.shown_count() < len(window.document.timeline)
    view = window.view
    window.set_lanes_by("participant")
    assert window.is_busy()
    qtbot.waitUntil(lambda: view.lanes_by() == "participant")
    assert made and view._lane_by_category is made[0].by_category  # taken as built
    assert threading.main_thread().name not in built_on
    shown = {event_id for lane in view._lanes for event_id in (e.id for e in lane.events)}
    assert shown and not shown & state.hidden
