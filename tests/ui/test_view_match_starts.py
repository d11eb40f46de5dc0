"""The start days of a lane's matches (``TimelineView._match_starts``) without sorting the
lane in Python (session 10, branch ``jobs11``; issue 11).

The first repaint under a search at 1 000 000 events took ~1.1 s of the GUI thread, most
of it ``sorted`` over every lane's (start, id) pairs (benchmarks/README.md, "find10",
note 1).  A lane's events are already in date order, whose first key is the start day.
Work is counted here, never timed.
"""

from __future__ import annotations

import builtins
import datetime as _dt

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.view_settings import set_in_view


def _events() -> list[Event]:
    """Days, months, years and spans of two lanes, several on the same first day."""
    first = _dt.date(1990, 1, 1).toordinal()
    events = []
    for i in range(600):
        day = _dt.date.fromordinal(first + (i * 37) % 2000)
        kind = i % 4
        if kind == 0:
            date = FuzzyDate.of_day(day)
        elif kind == 1:
            date = FuzzyDate.of_month(day.year, day.month)
        elif kind == 2:
            date = FuzzyDate.of_year(day.year)
        else:
            date = FuzzyDate.of_day(day)
        end = FuzzyDate.of_day(day + _dt.timedelta(days=40)) if kind == 3 else None
        title = f"{'Tokyo talks' if i % 5 == 0 else 'Other news'} {i}"
        events.append(Event(f"e{i:03d}", title, date, end,
                            category="meeting" if i % 3 else "treaty"))
    return events


@pytest.fixture
def searched(qtbot):  # type: ignore[no-untyped-def]
    events = _events()
    window = MainWindow(Timeline.from_events(events))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.find_state.set_text("tokyo")
    qtbot.waitUntil(lambda: window.find_state.matches is not None)
    yield window, events
    window.document.undo_stack.setClean()


def _expected(events: list[Event], category: str) -> list[int]:
    return sorted(e.day_range()[0] for e in events
                  if e.category == category and "Tokyo" in e.title)


def test_match_starts_sort_no_lane_in_python(searched, monkeypatch):  # type: ignore[no-untyped-def]
    window, events = searched
    view = window.view
    sorted_sizes: list[int] = []

    def counting_sorted(iterable, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = builtins.sorted(iterable, *args, **kwargs)
        sorted_sizes.append(len(result))
        return result

    set_in_view("sorted", counting_sorted, monkeypatch)
    view._lane_ids = {}
    view._match_starts_for = None
    view._lane_positions = {}
    for category in ("meeting", "treaty"):
        assert view._match_starts(category).tolist() == _expected(events, category)
    # The old code sorted each lane's (start, id) pairs: 400 and 200 of them.
    assert max(sorted_sizes, default=0) < 200


def test_a_lane_out_of_date_order_is_still_read_in_start_order(searched):  # type: ignore[no-untyped-def]
    window, events = searched
    view = window.view
    lane = next(ln for ln in view._lanes if ln.category == "treaty")
    lane.events.reverse()
    lane.starts.reverse()
    lane._starts_array = None
    view._lane_ids = {}
    view._match_starts_for = None
    view._lane_positions = {}
    ids, starts = view._lane_ids_by_start("treaty")
    assert starts == sorted(starts) and sorted(ids) == sorted(e.id for e in lane.events)
    assert view._match_starts("treaty").tolist() == _expected(events, "treaty")


def _no_lookups(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """Counts the ids ``Matches.positions_of`` looks up."""
    from timeline_app.core.query import Matches

    looked_up: list[int] = []
    real = Matches.positions_of

    def counting(self, ids):  # type: ignore[no-untyped-def]
        result = real(self, ids)
        looked_up.append(len(result))
        return result

    monkeypatch.setattr(Matches, "positions_of", counting)
    return looked_up


def _fresh(view) -> None:  # type: ignore[no-untyped-def]
    view._lane_ids = {}
    view._match_starts_for = None
    view._lane_positions = {}


def test_match_starts_come_from_the_matches_date_ranks(searched, monkeypatch):  # type: ignore[no-untyped-def]
    """An index in date order gives the matches' date ranks without looking up an id.
    Fails on the old code: every lane's ids were looked up (400 and 200 of them)."""
    window, events = searched
    view = window.view
    assert window.find_state.matches.in_date_order
    looked_up = _no_lookups(monkeypatch)
    _fresh(view)
    for category in ("meeting", "treaty", "no such lane"):
        assert view._match_starts(category).tolist() == _expected(events, category)
    assert looked_up == []


def test_after_an_edit_or_under_a_filter_the_ids_are_looked_up(searched, monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    import dataclasses

    from timeline_app.core.query import EventFilter

    window, events = searched
    view = window.view
    looked_up = _no_lookups(monkeypatch)
    moved = dataclasses.replace(window.document.timeline.get("e000"),
                                date=FuzzyDate.of_year(2030))
    window.document.update_event(moved)  # the index is no longer in date order
    qtbot.waitUntil(lambda: window.find_state.matches is not None)
    assert not window.find_state.matches.in_date_order
    events = [moved if e.id == "e000" else e for e in events]
    _fresh(view)
    for category in ("meeting", "treaty"):
        assert view._match_starts(category).tolist() == _expected(events, category)
    assert looked_up  # the ids' places in the index
    window.find_state.set_filter(EventFilter(last_day=_dt.date(1992, 12, 31)))
    hidden = window.find_state.hidden
    assert 0 < len(hidden) < len(events)
    _fresh(view)
    looked_up.clear()
    shown = [e for e in events if e.id not in hidden]
    for category in ("meeting", "treaty"):
        assert view._match_starts(category).tolist() == _expected(shown, category)
    assert looked_up
