"""Find on a large timeline (issue 11; new-user trial 10, findings 5 and 9): the find
bar opens at once and the index is built in bounded steps while the window stays
responsive; Find Next bisects the matches' date ranks instead of walking the timeline.
Work is counted (folds, membership tests), never timed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from timeline_app.core import query
from timeline_app.core.model import Timeline
from timeline_app.core.query import EventFilter, EventSearch, Matches, ordered_ids, step

N = 600


def _timeline(n: int = N) -> Timeline:
    from benchmarks.synthetic import synthetic_timeline

    return synthetic_timeline(n, seed=3)


@pytest.fixture
def big_window(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """The window on N synthetic events, with the find bar's "large" rules at N."""
    from timeline_app.ui import find
    from timeline_app.ui.main_window import MainWindow

    monkeypatch.setattr(find, "DEBOUNCE_EVENTS", N // 10)
    monkeypatch.setattr(find, "INDEX_STEP_EVENTS", 64, raising=False)  # (old code: none)
    win = MainWindow(_timeline())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()


class _Folds:
    """Counts ``query.fold`` calls (one per event indexed, one per query)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = query.fold

        def counting(text: str) -> str:
            self.count += 1
            return original(text)

        monkeypatch.setattr(query, "fold", counting)


def test_opening_the_find_bar_indexes_nothing_at_once(big_window, qtbot, monkeypatch):
    folds = _Folds(monkeypatch)
    big_window.open_find()
    assert big_window.find_bar.isVisible()
    assert folds.count == 0  # the old bar folded every event before it showed
    assert big_window.find_bar.count_label.text().startswith("Indexing")
    qtbot.waitUntil(lambda: big_window.find_state.index_ready)
    assert folds.count == N


def test_each_indexing_step_is_bounded_and_typing_waits_for_none(big_window, qtbot,
                                                                 monkeypatch):
    folds = _Folds(monkeypatch)
    per_step: list[int] = []
    original = EventSearch.index_some

    def index_some(self: EventSearch, count: int) -> bool:
        before = folds.count
        done = original(self, count)
        per_step.append(folds.count - before)
        return done

    monkeypatch.setattr(EventSearch, "index_some", index_some)
    big_window.open_find()
    qtbot.keyClicks(big_window.find_bar.field, "seoul")
    assert not big_window.find_state.index_ready  # typed while the index is being built
    qtbot.waitUntil(lambda: big_window.find_state.matches is not None)
    assert max(per_step) <= 64 and len(per_step) >= N // 64
    expected = EventSearch(big_window.document.timeline).matches("seoul")
    assert big_window.find_state.matches == expected
    assert big_window.find_bar.count_label.text() == f"{len(expected)} matches"


def test_an_edit_while_indexing_starts_the_index_again(big_window, qtbot):
    big_window.open_find()
    big_window.find_state._index_step()  # one step done
    event = big_window.document.timeline.events[-1]
    from dataclasses import replace

    big_window.document.update_event(replace(event, title="Zanzibar summit"))
    qtbot.waitUntil(lambda: big_window.find_state.index_ready)
    big_window.find_state.set_text("zanzibar")
    assert set(big_window.find_state.matches) == {event.id}


class _Contains:
    """Counts ``Matches.__contains__`` calls (the old Find Next tested every event it
    walked past, and the count label ordered every match)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = Matches.__contains__

        def counting(matches: Matches, item: object) -> bool:
            self.count += 1
            return original(matches, item)

        monkeypatch.setattr(Matches, "__contains__", counting)


def test_find_next_bisects_the_matches_instead_of_walking_the_timeline(big_window, qtbot,
                                                                       monkeypatch):
    state = big_window.find_state
    big_window.open_find()
    qtbot.waitUntil(lambda: state.index_ready)
    events = big_window.document.timeline.events
    word = "zqxjk"  # in the first and the last event only: the walk between is long
    from dataclasses import replace

    for event in (events[0], events[-1]):
        big_window.document.update_event(replace(event, title=f"{event.title} {word}"))
    first, last = events[0].id, events[-1].id
    state.set_text(word)
    assert state.visible_matches() == [first, last]
    contains = _Contains(monkeypatch)
    big_window.step_match(+1)
    assert big_window.selection.event_id == first
    big_window.step_match(+1)
    assert big_window.selection.event_id == last
    big_window.step_match(+1)  # wraps
    assert big_window.selection.event_id == first
    big_window.step_match(-1)
    assert big_window.selection.event_id == last
    assert big_window.find_bar.count_label.text() == "2 of 2 matches"
    assert contains.count <= 4 * 8  # the old walk tested ~N ids a step


@pytest.mark.parametrize("edited", [False, True])
def test_stepping_agrees_with_the_walk_in_every_case(big_window, qtbot, edited):
    """Every match and non-match as the current event, both ways, with a filter and after
    edits that change the date order: the same answers as ``core.query.step``."""
    state = big_window.find_state
    document = big_window.document
    state.search_index  # noqa: B018 - built at once
    if edited:
        from dataclasses import replace

        from timeline_app.core.dates import FuzzyDate

        for event in document.timeline.events[::37]:
            document.update_event(replace(event, date=FuzzyDate.of_day(dt.date(2001, 2, 3))))
        document.remove_event(document.timeline.events[5].id)
    timeline = document.timeline
    state.set_text("a")
    category = timeline.events[len(timeline) // 2].category
    state.set_filter(EventFilter(hidden_categories=frozenset({category})))
    matches, hidden = state.matches, state.hidden
    assert matches is not None and hidden
    assert state.visible_matches() == ordered_ids(timeline, matches - hidden)
    for current in ["", "unknown", *(event.id for event in timeline.events[::7])]:
        for delta in (+1, -1):
            assert state.step_match(current, delta) == step(
                timeline, current, delta, matches, hidden), (current, delta)
    ordered = state.visible_matches()
    for event_id in ordered[::11]:
        assert state.match_number(event_id) == ordered.index(event_id) + 1
    assert state.match_number(next(iter(hidden))) is None


def test_the_only_match_selected_steps_nowhere(big_window, qtbot):
    state = big_window.find_state
    state.search_index  # noqa: B018
    only = big_window.document.timeline.events[10]
    from dataclasses import replace

    big_window.document.update_event(replace(only, title="Qqzzyy"))
    state.set_text("qqzzyy")
    assert state.step_match("", +1) == only.id
    assert state.step_match(only.id, +1) is None and state.step_match(only.id, -1) is None


def test_selecting_a_match_in_the_date_sorted_list_builds_no_row_dict(big_window, qtbot):
    """The list's row of the selected event by bisection: the old list built a dict of
    every row on the first selection after a search (~0.5 s at 1 000 000 rows)."""
    model = big_window.event_list.table_model()
    big_window.find_state.search_index  # noqa: B018
    big_window.find_state.set_text("a")
    for _ in range(3):
        big_window.step_match(+1)
        row = model.row_of(big_window.selection.event_id)
        assert model.event_id(row) == big_window.selection.event_id
    assert model._row_of is None
    model.sort(0, Qt.SortOrder.DescendingOrder)
    row = model.row_of(big_window.selection.event_id)
    assert model.event_id(row) == big_window.selection.event_id and model._row_of is None
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by title: the dict
    row = model.row_of(big_window.selection.event_id)
    assert model.event_id(row) == big_window.selection.event_id and model._row_of is not None


def test_enter_pressed_while_indexing_is_taken_when_the_index_is_ready(big_window, qtbot):
    """verify65 F10: "Kenya maritime" typed and Return pressed three times at "Indexing…
    73 %" gave "1 of 408 matches" (the Returns lost; the next one went to 2).  The steps
    wait for the index, the count says so, and they are taken in order once it is ready."""
    win = big_window
    win.open_find()
    assert not win.find_state.index_ready
    field = win.find_bar.field
    field.setText("a")
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not win.find_state.index_ready  # (no event loop ran: still indexing)
    assert not win.selection.event_id
    assert "3 steps waiting" in win.find_bar.count_label.text()
    win.find_next_action.trigger()  # F3 likewise
    assert "4 steps waiting" in win.find_bar.count_label.text()
    qtbot.waitUntil(lambda: win.find_state.index_ready, timeout=20000)
    qtbot.waitUntil(lambda: bool(win.selection.event_id), timeout=5000)
    # the fourth match (from nothing selected at Fit All: the first, then three more)
    assert win.find_bar.count_label.text().startswith("4 of ")
    assert win.find_state.match_number(win.selection.event_id) == 4
