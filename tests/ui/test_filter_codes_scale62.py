"""A filter's change on a large timeline reads coded columns and keeps the hidden ids as a
mask (session 59, scale62; issue 11): ``core.coded`` codes each event's participants,
place, source, category and status as small integers (in the window's idle time,
``ui.facts_warm``), a filter asks its test once per distinct value, the Filters dock and
the legend count by ``bincount``; ``query.HiddenIds`` reads no id until one is asked for.
The same ids, counts and labels as the per-event paths: these tests lower the threshold
so that small timelines take the new paths, and compare."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import Any

import pytest

from tests.ui.test_filter_columns_scale61 import _window as _scale61_window
from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline, query
from timeline_app.core.coded import coded_facts
from timeline_app.core.model import Source
from timeline_app.core.query import EventFilter, HiddenIds, hidden_by, hidden_mask
from timeline_app.io import native
from timeline_app.ui import view_base

CATEGORIES = ("meeting", "visit", "policy", "treaty", "statement")
PEOPLE = ("Cho", "Iwaya", "Lavrov", "Wang Yi", "Cho")  # (a name twice in some events)


def _events() -> list[Event]:
    """700 events: five lanes, zero to four people (some twice, one blank), a place for
    most, three sources and none, some statuses, days months and years."""
    events = []
    for i in range(700):
        day = dt.date(1999, 1, 1) + dt.timedelta(days=(i * 37) % 2000)
        date = FuzzyDate.of_year(day.year) if i % 7 == 0 else FuzzyDate.of_day(day)
        people = PEOPLE[i % 3: i % 3 + i % 5]
        if i % 97 == 0:
            people = (*people, " ")
        events.append(Event(
            f"e{i}", f"Event {i}", date, category=CATEGORIES[(i * i) % 5],
            participants=people, location=("Tokyo", "Seoul", "")[i % 3],
            source_id=("a1", "a2", None, "a3")[i % 4],
            status=("", "", "confirmed", "disputed")[i % 4]))
    return events


def _timeline(title: str = "Untitled timeline") -> Timeline:
    return Timeline.from_events(_events(), title=title, sources={
        name: Source(name, f"Article {name}") for name in ("a1", "a2", "a3")})


def _lazy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Timeline:
    path = tmp_path / "lazy.json"
    timeline_io.save(_timeline("Lazy"), path)
    monkeypatch.setattr(native, "_PIECE_BYTES", 4096)  # read in pieces, so lazily
    monkeypatch.setattr(native, "LAZY_LOAD", True)
    opened = timeline_io.load(path)
    timeline: Timeline = getattr(opened, "timeline", opened)
    assert timeline.store is not None
    for position in (0, 5, 77, 300):  # a few made, the rest still positions
        timeline.store.event(position)
    return timeline


def _filters() -> list[EventFilter]:
    return [EventFilter(hidden_categories=frozenset({"visit"})),
            EventFilter(participants=frozenset({"Iwaya"})),
            EventFilter(participants=frozenset({"Cho", "Wang Yi"}),
                        hidden_categories=frozenset({"policy"})),
            EventFilter(places=frozenset({"Tokyo", ""})),
            EventFilter(sources=frozenset({"a2", query.NO_SOURCE})),
            EventFilter(statuses=frozenset({"confirmed"})),
            EventFilter(hidden_lanes=frozenset({"cho", ""})),
            EventFilter(hidden_lanes=frozenset({"seoul"}), lanes_by="place"),
            EventFilter(first_day=dt.date(2001, 3, 1), last_day=dt.date(2002, 6, 30),
                        participants=frozenset({"Lavrov"})),
            EventFilter(participants=frozenset({"Nobody"}))]


@pytest.mark.parametrize("lazy", [False, True])
def test_coded_filters_hide_what_each_event_test_hides(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    timeline = _lazy(tmp_path, monkeypatch) if lazy else _timeline()
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    facts = coded_facts(timeline)
    assert not facts.ready  # coded in steps (the window's idle time), or all at once
    while not facts.warm(97):
        pass
    assert facts.ready and coded_facts(timeline) is facts
    events = timeline.events
    for event_filter in _filters():
        hidden = hidden_by(timeline, event_filter)
        expected = {e.id for e in events if not event_filter.accepts(e)}
        assert isinstance(hidden, HiddenIds)
        assert hidden == expected and set(hidden) == expected and len(hidden) == len(expected)
        assert hidden_mask(timeline, hidden).tolist() == [e.id in expected for e in events]
    # counted as the per-event passes count
    shown = ~hidden_mask(timeline, hidden_by(timeline, EventFilter(
        participants=frozenset({"Cho", "Lavrov"}))))
    picked = [e for e, s in zip(events, shown.tolist(), strict=True) if s]
    assert facts.people.name_counts(shown) == dict(Counter(
        chain.from_iterable(set(e.participants) for e in picked)))
    assert facts.places.counts(shown) == dict(Counter(e.location for e in picked))
    assert facts.categories.counts() == dict(Counter(e.category for e in events))
    # an edit: the columns follow it (session 60, scale63: no coding again)
    timeline.add(Event("new", "New", FuzzyDate.of_day(dt.date(2000, 5, 5)),
                       participants=("Iwaya",), location="Busan"))
    assert coded_facts(timeline) is facts and facts.ready
    # a bulk change: coded again when next asked, the filters answer as before meanwhile
    timeline.add_many([Event("new2", "New", FuzzyDate.of_day(dt.date(2000, 5, 6)))])
    assert coded_facts(timeline) is not facts and not coded_facts(timeline).ready
    hidden = hidden_by(timeline, EventFilter(places=frozenset({"Busan"})))
    assert set(hidden) == {e.id for e in timeline.events if e.location != "Busan"}
    assert len(hidden) == len(timeline) - 1


def test_hidden_ids_read_no_id_until_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    timeline = _timeline()
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    event_filter = EventFilter(participants=frozenset({"Iwaya"}))
    hidden = hidden_by(timeline, event_filter)
    assert isinstance(hidden, HiddenIds)
    expected = frozenset(e.id for e in timeline.events if not event_filter.accepts(e))
    assert hidden._ids is None  # nothing read yet
    assert len(hidden) == len(expected) and bool(hidden)
    assert all((f"e{i}" in hidden) == (f"e{i}" in expected) for i in range(50))
    assert "nobody" not in hidden and 3 not in hidden  # type: ignore[operator]
    again = hidden_by(timeline, event_filter)
    assert again == hidden and not again != hidden
    assert hidden != hidden_by(timeline, EventFilter(participants=frozenset({"Cho"})))
    assert hidden._ids is None  # compared by their masks
    assert hidden == expected and expected == hidden and hidden != expected - {"e0"}
    many = hidden_by(timeline, EventFilter(participants=frozenset({"Cho"})))
    # many asked one by one (a lane's events): its ids read once, then looked up in them
    assert [f"e{i}" in many for i in range(700)] == [
        not EventFilter(participants=frozenset({"Cho"})).accepts(e) for e in (
            timeline.get(f"e{i}") for i in range(700))]
    assert many._ids is not None
    # an edit since: the ids it hid are still its answer, read from the kept items
    assert "e0" in expected and "e1" not in expected
    timeline.remove("e0")
    timeline.add(Event("new", "New", FuzzyDate.of_day(dt.date(2000, 5, 5))))
    assert "e0" in hidden and "new" not in hidden and set(hidden) == expected
    assert hidden - {"e0"} == expected - {"e0"} and isinstance(hidden - {"e0"}, frozenset)
    assert hidden | {"new"} == expected | {"new"}
    assert hash(hidden) == hash(expected)
    # a pass over every id asks a frozenset of them (C-level), read once
    assert type(query.id_set(hidden)) is frozenset and query.id_set(hidden) == expected
    assert query.id_set(expected) is expected
    empty = hidden_by(timeline, EventFilter(participants=frozenset({e.participants[0] for e in
                                                                    timeline.events
                                                                    if e.participants}
                                                                   | {"Nobody"})))
    assert empty == {e.id for e in timeline.events if not e.participants}


def _window(qtbot, path: Path, lazy: bool, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """scale61's window on ``path`` (``test_filter_columns_scale61._window``), its Filters
    dock shown."""
    window = _scale61_window(qtbot, path, lazy, monkeypatch)
    window._filter_dock.show()
    window.filter_panel.show()
    return window


def _seen(qtbot, window, coded: bool) -> list[Any]:  # type: ignore[no-untyped-def]
    """What the person sees of the counts: the Filters dock's rows (participants, places,
    categories: labels and tooltips), the legend's counts, the status bar's words."""
    from PySide6.QtWidgets import QApplication

    if coded:  # the facts coded again in the idle time after an edit
        qtbot.waitUntil(lambda: coded_facts(window.document.timeline).ready, timeout=10000)
    QApplication.processEvents()
    panel = window.filter_panel
    panel._counted_for = None
    panel._show_filtered_counts()
    rows = []
    for values in (panel.participants.list, panel.places.list, panel.categories):
        rows.append([(values.item(row).text(), values.item(row).toolTip())
                     for row in range(values.count())])
    window.legend_bar._shown = None
    return [rows, window.legend_bar._shown_counts(), window.find_state.status_text()]


@pytest.mark.parametrize("lazy", [False, True])
def test_a_window_counts_a_large_timeline_as_a_small_one(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """The same Filters rows, legend counts and status with the coded columns (threshold
    0, coded in the idle time) as with the per-event passes, through filter changes, an
    edit under a filter and its undo."""
    path = tmp_path / "t.json"
    timeline_io.save(_timeline("Counts"), path)
    seen = []
    for threshold in (10**9, 0):
        monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", threshold)
        monkeypatch.setattr(query, "MASKED_EVENTS", threshold)
        window = _window(qtbot, path, lazy, monkeypatch)
        coded = threshold == 0
        state = window.find_state
        steps = []
        for event_filter in (*_filters(), EventFilter()):
            state.set_filter(event_filter)
            steps.append(_seen(qtbot, window, coded))
            if coded and event_filter.is_active:
                assert isinstance(state.hidden, HiddenIds)
        state.set_filter(EventFilter(participants=frozenset({"Iwaya"}),
                                     hidden_categories=frozenset({"meeting"})))
        steps.append(_seen(qtbot, window, coded))
        document = window.document
        edited = document.timeline.get("e1")
        document.update_event(replace(edited, participants=("Kim",)))  # hidden now
        steps.append(_seen(qtbot, window, coded))
        document.undo_stack.undo()
        steps.append(_seen(qtbot, window, coded))
        seen.append(steps)
        window.close()
    assert seen[0] == seen[1]
