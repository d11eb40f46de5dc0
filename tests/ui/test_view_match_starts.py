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
from timeline_app.ui import timeline_view
from timeline_app.ui.main_window import MainWindow


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

    monkeypatch.setattr(timeline_view, "sorted", counting_sorted, raising=False)
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
