"""One edit of one event: what the views keep follows it, and equals what a rebuild from
every event gives (session 49, edit55: at 1 000 000 events one Ctrl+→ cost seconds of
the window's handling, each view and index worked out again from every event)."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

import pytest

from timeline_app.ui.view_base import _covered, _data_range_of


def test_the_days_covered_follow_each_edit_as_a_rebuild_gives(shown_view) -> None:  # type: ignore[no-untyped-def]
    """The axis's covered days (what its breaks are found from) and the data's range,
    kept through dates moved (to the ends of the data too), events deleted (on a busy
    day and alone on theirs), added and undone, equal ``_covered`` and ``_data_range_of``
    of every event's span and the articles' dates after each."""
    from benchmarks.synthetic import synthetic_timeline

    view = shown_view(synthetic_timeline(400, seed=4))
    document = view._document
    rng = random.Random(2)
    assert view._covered_days() == _covered(view._spans, view._article_dates())
    followed = 0
    for step in range(40):
        events = document.timeline.events
        event = events[rng.randrange(len(events))]
        kind = step % 4
        if kind == 0:
            moved = event.date.moved(rng.choice((-40, -1, 1, 3, 400, 90000))) or event.date
            document.update_event(dataclasses.replace(event, date=moved, end=None))
        elif kind == 1:
            document.remove_event(event.id)
        elif kind == 2:
            document.undo_stack.undo()
        else:
            document.update_event(dataclasses.replace(event, title=event.title + "!"))
        kept = view._covered_kept
        assert kept is not None and kept[0] is view._spans  # followed, not worked out again
        assert view._covered_days() == _covered(view._spans, view._article_dates()), step
        followed += view._data_range_cache is not None
        whole = _data_range_of(view._spans, view._all_starts, view._article_dates())
        assert view._data_range() == whole, step
    assert followed >= 30  # (not worked out again after most edits)


def test_a_deleted_event_is_in_no_row_without_a_dict_of_every_row(window) -> None:  # type: ignore[no-untyped-def]
    """The Events list asked for the row of the event just deleted (the selection follows
    it) says none, without building its dict of every row (~1 s at 1 000 000 rows)."""
    document = window.document
    model = window.event_list._model
    event = document.timeline.events[3]
    window.selection.select(event.id)
    window.delete_selected()
    assert model._row_of is None
    try:
        model.row_of(event.id)
    except KeyError:
        pass
    else:
        raise AssertionError("a deleted event has a row")
    assert model._row_of is None
    other = document.timeline.events[5]
    assert model.event_id(model.row_of(other.id)) == other.id


def test_the_legend_counts_follow_each_edit_as_a_count_of_every_event(window) -> None:  # type: ignore[no-untyped-def]
    """The legend's counts, kept by the timeline through single edits (a lane moved, a
    delete, an undo), are every lane's count of its events."""
    document = window.document
    timeline = document.timeline
    lanes = sorted(set(timeline.categories()))
    event = timeline.events[0]
    other = next(lane for lane in lanes if lane != event.category)
    for act in (lambda: document.move_events_to_lane([event.id], other),
                lambda: document.remove_event(timeline.events[1].id),
                document.undo_stack.undo, document.undo_stack.undo):
        act()
        assert window.legend_bar.counts() == dict(Counter(e.category for e in timeline))


@pytest.mark.parametrize("lazy", [False, True])
def test_the_events_list_under_a_filter_follows_each_edit_by_bisection(
        window, tmp_path, lazy) -> None:  # type: ignore[no-untyped-def]
    """With a lane switched off, the Events list's rows after each edit are the shown
    events in date order (either way), and the row of each event is found without the
    dict of every row (session 49, edit55: ~2.6 s of every edit at 1 000 000 events);
    a hidden or deleted event has none.  On the sample timeline, and on a lazily loaded
    synthetic one (rows of events not made yet)."""
    from PySide6.QtCore import Qt

    document = window.document
    if lazy:
        from benchmarks.synthetic import write_synthetic
        from timeline_app.io import native

        path = tmp_path / "synthetic.json"
        write_synthetic(path, 400, 6)
        document.replace_timeline(native.loads(path.read_bytes(), lazy=True), str(path))
        assert document.timeline.store is not None
    timeline = document.timeline
    model = window.event_list._model
    lanes = Counter(timeline.categories())
    hidden_lane = lanes.most_common(2)[1][0]
    window.find_state.toggle_category(hidden_lane)
    rng = random.Random(8)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(0, order)
        for step in range(12):
            event = timeline.events[rng.randrange(len(timeline))]
            if step % 3 == 0:
                moved = event.date.moved(rng.choice((-300, 2, 40))) or event.date
                document.update_event(dataclasses.replace(event, date=moved, end=None))
            elif step % 3 == 1:
                document.remove_event(event.id)
            else:
                document.undo_stack.undo()
            shown = [e.id for e in timeline.events if e.category != hidden_lane]
            if order == Qt.SortOrder.DescendingOrder:
                shown.reverse()
            assert [model.event_id(row) for row in range(model.rowCount())] == shown
            for event_id in rng.sample(shown, min(5, len(shown))):
                assert model.event_id(model.row_of(event_id)) == event_id
            off = [e.id for e in timeline.events if e.category == hidden_lane][:2]
            for gone in [*off, "no such event"]:
                try:
                    model.row_of(gone)
                except KeyError:
                    pass
                else:
                    raise AssertionError(f"{gone} has a row")
            assert model._row_of is None  # (no dict of every row was built)
    # A shown event's title and date changed, deleted, and the undos: the rows follow in
    # place, never sifted from every event again.
    rebuilt = []
    sift = model._rebuild_rows
    model._rebuild_rows = lambda: (rebuilt.append(1), sift())[1]
    shown_event = next(e for e in timeline.events if e.category != hidden_lane)
    document.update_event(dataclasses.replace(shown_event, title="Renamed"))
    moved = timeline.get(shown_event.id)
    document.update_event(dataclasses.replace(moved, date=moved.date.moved(5) or moved.date))
    document.remove_event(shown_event.id)
    for _ in range(3):
        document.undo_stack.undo()
    assert timeline.get(shown_event.id) == shown_event
    shown = [e.id for e in timeline.events if e.category != hidden_lane][::-1]
    assert [model.event_id(row) for row in range(model.rowCount())] == shown
    assert not rebuilt


def test_a_shown_event_deleted_leaves_the_set_of_hidden_events_as_it_was(window) -> None:  # type: ignore[no-untyped-def]
    """Under a filter, deleting an event it shows keeps the filters' set of hidden events
    the same object, so the views and the list compare no sets of every hidden event
    (session 49, edit55); one it hides leaves the set."""
    document = window.document
    timeline = document.timeline
    lane = Counter(timeline.categories()).most_common(2)[1][0]
    window.find_state.toggle_category(lane)
    hidden = window.find_state.hidden
    assert hidden
    shown = next(e for e in timeline.events if e.category != lane)
    document.remove_event(shown.id)
    assert window.find_state.hidden is hidden
    gone = next(iter(hidden))
    document.remove_event(gone)
    assert window.find_state.hidden == hidden - {gone}


def test_an_edit_while_the_search_index_is_built_keeps_the_work_done(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Edits made while a large timeline's search index is built in steps are applied
    once it is built, in order, instead of starting the build again (session 49,
    edit55): the index then answers as one built afresh from the timeline."""
    from benchmarks.synthetic import synthetic_timeline
    from timeline_app.core.query import EventSearch
    from timeline_app.document import Document
    from timeline_app.ui import find

    monkeypatch.setattr(find, "DEBOUNCE_EVENTS", 10)
    monkeypatch.setattr(find, "INDEX_STEP_EVENTS", 16)
    document = Document(synthetic_timeline(300, seed=9))
    state = find.FindState(document)
    state._index_timer.stop()
    state.start_index()
    state._index_timer.stop()
    for _ in range(5):
        state._index_step()
    state._index_timer.stop()
    done = state._index.indexed  # type: ignore[union-attr]
    assert 0 < done < 300
    timeline = document.timeline
    first, late, gone = timeline.events[3], timeline.events[250], timeline.events[120]
    document.update_event(dataclasses.replace(first, title="Zebra crossing talks"))
    document.update_event(dataclasses.replace(late, title="Zebra summit"))
    document.remove_event(gone.id)
    document.undo_stack.undo()  # (the removal undone: back in)
    document.remove_event(timeline.events[7].id)
    assert state._index.indexed == done  # type: ignore[union-attr]  # not started again
    index = state.search_index
    fresh = EventSearch(timeline)
    for text in ("zebra", "summit", "minister", gone.title.split()[0]):
        assert set(index.matches(text) or ()) == set(fresh.matches(text) or ()), text
