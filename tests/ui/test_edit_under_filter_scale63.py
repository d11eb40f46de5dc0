"""An edit under a filter on a large timeline follows the one event (session 60, scale63;
issue 11): ``Timeline.changes_since`` tells the changes of one event at a time, the coded
columns (``CodedFacts.follow``), the filter's hidden mask (``query.hidden_after``) and
the Filters dock's counts (``FilterPanel._follow_changes``) follow them, and the Events
list keeps its rows.  Every answer must be the one a count of every event from scratch
gives: these tests lower the thresholds so that small timelines take the new paths, edit
and undo under several filters, and compare with a recount."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.ui.test_filter_codes_scale62 import _lazy, _timeline
from tests.ui.test_filter_codes_scale62 import _window as _scale62_window
from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline, query
from timeline_app.core.coded import WARM_COLUMNS, CodedFacts, coded_facts
from timeline_app.core.query import EventFilter, HiddenIds, hidden_after, hidden_by, hidden_mask
from timeline_app.ui import view_base


def _edits(timeline: Timeline, rng: random.Random) -> list[Event]:
    """Edited copies of random events: retitled, moved, other people (a new name among
    them), another lane, place, article (a new one too), status."""
    out = []
    for kind in range(8):
        event = timeline.get(f"e{rng.randrange(700)}")
        if kind == 0:
            event = replace(event, title=event.title + " (edited)")
        elif kind == 1:
            event = replace(event, date=FuzzyDate.of_day(dt.date(1998 + rng.randrange(8), 3, 9)))
        elif kind == 2:
            event = replace(event, participants=("Novak", "Cho", "Novak"))
        elif kind == 3:
            event = replace(event, category=("visit", "newlane")[rng.randrange(2)])
        elif kind == 4:
            event = replace(event, location=("Busan", "")[rng.randrange(2)])
        elif kind == 5:
            event = replace(event, source_id=("a2", "a9", None)[rng.randrange(3)])
        elif kind == 6:
            event = replace(event, status="denied")
        else:
            event = replace(event, participants=())
        out.append(event)
    return out


def _coded_as_fresh(timeline: Timeline, facts: CodedFacts) -> None:
    """Each coded column holds each event's value, and the names' counts are a fresh
    count's."""
    fresh = CodedFacts(timeline)
    fresh.warm_all()
    for name in (*WARM_COLUMNS, "statuses"):
        column, again = facts.column(name), fresh.column(name)
        assert [column.values[c] for c in column.codes.tolist()] == [
            again.values[c] for c in again.codes.tolist()], name
    picked = np.arange(len(timeline)) % 3 == 0
    assert facts.people.name_counts(picked) == fresh.people.name_counts(picked)
    assert facts.people.name_counts() == dict(Counter(chain.from_iterable(
        set(e.participants) for e in timeline.events)))
    for name in ("places", "sources", "categories", "statuses"):
        assert facts.column(name).counts(picked) == fresh.column(name).counts(picked)
    wanted = frozenset({"Novak", "Iwaya"})
    assert facts.people.naming_none_of(wanted).tolist() == [
        wanted.isdisjoint(e.participants) for e in timeline.events]


def test_changes_since_tells_each_change_of_one_event() -> None:
    timeline = _timeline()
    start = timeline.revision
    assert timeline.changes_since(start) == []
    old = timeline.get("e5")
    new = replace(old, date=FuzzyDate.of_day(dt.date(1990, 1, 1)))
    index = timeline.index_of("e5")
    timeline.replace(new)
    assert timeline.changes_since(start) == [(index, False, old), (0, True, new)]
    assert timeline.changes_since(start + 1) == [(0, True, new)]
    assert timeline.changes_since(timeline.revision + 1) is None
    later = timeline.revision
    timeline.add_many([Event("x", "X", FuzzyDate.of_year(2001))])
    assert timeline.changes_since(start) is None and timeline.changes_since(later) is None
    assert timeline.changes_since(timeline.revision) == []
    now = timeline.revision
    for _ in range(100):  # more than are kept: the oldest are not told
        timeline.replace(replace(timeline.get("e7"), title="again"))
    assert timeline.changes_since(now) is None
    assert len(timeline.changes_since(timeline.revision - 20) or []) == 20


@pytest.mark.parametrize("lazy", [False, True])
def test_coded_columns_and_hidden_masks_follow_edits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """After each edit (and its undo: the old event back), added and removed events,
    the coded columns and the followed hidden ids are what coding and filtering every
    event give."""
    timeline = _lazy(tmp_path, monkeypatch) if lazy else _timeline()
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    facts = coded_facts(timeline)
    facts.warm_all()
    facts.column("statuses")
    filters = [EventFilter(participants=frozenset({"Iwaya"})),
               EventFilter(places=frozenset({"Tokyo"})),
               EventFilter(sources=frozenset({"a2", query.NO_SOURCE})),
               EventFilter(hidden_categories=frozenset({"visit", "policy"})),
               EventFilter(first_day=dt.date(2000, 1, 1), participants=frozenset({"Cho"}))]
    hidden = [hidden_by(timeline, f) for f in filters]
    rng = random.Random(63)
    for edited in _edits(timeline, rng):
        old = timeline.replace(edited)
        for _undo in (False, True):
            assert coded_facts(timeline) is facts and facts.ready
            _coded_as_fresh(timeline, facts)
            for at, f in enumerate(filters):
                before = hidden[at]
                followed = hidden_after(before, timeline, f)
                assert isinstance(followed, HiddenIds)
                expected = {e.id for e in timeline.events if not f.accepts(e)}
                assert set(followed) == expected
                assert hidden_mask(timeline, followed).tolist() == [
                    not f.accepts(e) for e in timeline.events]
                if followed._kin is not None:  # said to be the same ids: they are
                    assert set(before) == expected and followed == before
                hidden[at] = followed
            timeline.replace(old)  # the undo
            old = edited
    timeline.add(Event("added", "Added", FuzzyDate.of_day(dt.date(2000, 2, 2)),
                       participants=("Iwaya",), location="Tokyo"))
    timeline.remove("e3")
    _coded_as_fresh(timeline, coded_facts(timeline))
    for at, f in enumerate(filters):
        followed = hidden_after(hidden[at], timeline, f)
        assert followed is not None
        assert set(followed) == {e.id for e in timeline.events if not f.accepts(e)}


def _counts_seen(window) -> list[Any]:  # type: ignore[no-untyped-def]
    """What the person sees, as the window shows it now (nothing counted again): the
    Filters dock's rows (labels, tooltips, ticks), its Article and Status choices, the
    legend's counts, the Events list's rows, the status bar's words."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    panel = window.filter_panel
    rows = []
    for values in (panel.participants.list, panel.places.list, panel.categories):
        rows.append([(values.item(row).text(), values.item(row).toolTip(),
                      values.item(row).checkState()) for row in range(values.count())])
    for combo in (panel.source_combo, panel.status_combo):
        rows.append([(combo.itemText(row), combo.itemData(row)) for row in range(combo.count())]
                    + [combo.currentIndex()])
    model = window.event_list._model
    state = window.find_state
    return [rows, window.legend_bar._shown_counts(),
            [model.event_id(row) for row in range(model.rowCount())],
            state.status_text(), sorted(state.hidden)]


def _counts_from_scratch(window) -> list[Any]:  # type: ignore[no-untyped-def]
    """``_counts_seen`` after every count made again from every event."""
    panel, state = window.filter_panel, window.find_state
    state._hidden = hidden_by(window.document.timeline, state.filter)
    state.changed.emit()
    panel._kept = None
    panel._counted_for = None
    panel.refresh()
    window.legend_bar._shown = None
    window.legend_bar._sync_checks()
    window.event_list._model._reset()
    return _counts_seen(window)


@pytest.mark.parametrize("lazy", [False, True])
def test_an_edit_under_a_filter_shows_what_a_recount_shows(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool) -> None:
    """Under a participant, a place, an article, hidden lanes, a date range and a search,
    each edit (retitle, move, other people, lane, place, article, status) and its undo
    and redo leave the Filters dock, the legend, the Events list and the status as a
    count of every event gives them; the Filters dock follows the one event."""
    path = tmp_path / "t.json"
    timeline_io.save(_timeline("Edits"), path)
    monkeypatch.setattr(view_base, "COLUMN_LANES_EVENTS", 0)
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    window = _scale62_window(qtbot, path, lazy, monkeypatch)
    document, state, panel = window.document, window.find_state, window.filter_panel
    coded_facts(document.timeline).warm_all()
    followed: list[bool] = []
    follow = panel._follow_changes

    def counted_follow() -> bool:
        followed.append(follow())
        return followed[-1]

    monkeypatch.setattr(panel, "_follow_changes", counted_follow)
    moved_articles: list[object] = []
    move_articles = panel._move_articles
    monkeypatch.setattr(panel, "_move_articles", lambda *args: (
        moved_articles.append(args), move_articles(*args)))
    filters = [EventFilter(participants=frozenset({"Iwaya"})),
               EventFilter(places=frozenset({"Tokyo"})),
               EventFilter(sources=frozenset({"a2"})),
               EventFilter(hidden_categories=frozenset({"visit"})),
               EventFilter(first_day=dt.date(2000, 1, 1), last_day=dt.date(2002, 12, 31),
                           participants=frozenset({"Cho"}),
                           hidden_categories=frozenset({"meeting"}))]
    rng = random.Random(60)
    for at, event_filter in enumerate(filters):
        state.set_filter(event_filter)
        if at == 1:
            state.set_text("Event 1")  # a search too
        for edited in _edits(document.timeline, rng):
            if edited.source_id == "a9":
                continue  # (a new article: the Article choice is filled again, as before)
            for step in ("edit", "undo", "redo"):
                if step == "edit":
                    document.update_event(edited)
                else:
                    getattr(document.undo_stack, step)()
                seen = _counts_seen(window)
                assert isinstance(state.hidden, HiddenIds)
                again = _counts_from_scratch(window)
                for part, (mine, theirs) in enumerate(zip(seen, again, strict=True)):
                    assert mine == theirs, (part, step, edited, [
                        (a, b) for a, b in zip(mine, theirs, strict=False) if a != b][:2])
    # the dock followed the edits (an article's rows moved in the Article choice too)
    assert followed.count(True) > 2 * followed.count(False)
    assert moved_articles


def test_the_data_range_follows_an_edit_of_the_first_event(shown_view) -> None:  # type: ignore[no-untyped-def]
    """The first event retitled, moved later or deleted: the data's range kept (its
    first day the first start left, or an article's date), as ``_data_range_of`` of every
    event gives it, not worked out again from every event's end."""
    from timeline_app.ui.view_base import _data_range_of

    view = shown_view(Timeline.from_events([  # (no article: the first event is the first day)
        Event(f"d{i}", f"Day {i}", FuzzyDate.of_day(dt.date(2001, 1, 1) + dt.timedelta(i * 3)),
              category=("talks", "visit")[i % 2]) for i in range(60)]))
    document = view._document
    view._data_range()
    computed = []
    compute = view._compute_data_range
    view._compute_data_range = lambda: computed.append(1) or compute()
    for step in range(6):
        first = document.timeline.events[0]
        if step % 3 == 0:
            document.update_event(replace(first, title=first.title + "!"))
        elif step % 3 == 1:
            document.update_event(replace(first, date=first.date.moved(30) or first.date,
                                          end=None))
        else:
            document.remove_event(first.id)
        assert not computed, step  # followed
        whole = _data_range_of(view._spans, view._all_starts, view._article_dates())
        assert view._data_range() == whole, step


def test_followed_hidden_ids_compare_equal_without_reading_ids(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits that hide or show nothing leave sets equal to the one before, said so without
    an id read, however many edits ago the first was and whether it is still kept; an
    edit that hides an event makes a set that is not equal."""
    import gc

    timeline = _timeline()
    monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    coded_facts(timeline).warm_all()
    event_filter = EventFilter(participants=frozenset({"Iwaya"}))
    hidden = hidden_by(timeline, event_filter)
    shown = next(e for e in timeline.events if "Iwaya" in e.participants)
    for step in range(3):
        timeline.replace(replace(shown, title=f"{shown.title} {step}"))
        followed = hidden_after(hidden, timeline, event_filter)
        assert followed is not None and followed == hidden and hidden == followed
        assert followed._ids is None and hidden._ids is None  # (no id read)
        del hidden
        gc.collect()
        hidden = followed
    timeline.replace(replace(shown, participants=("Cho",)))  # hidden now
    hiding = hidden_after(hidden, timeline, event_filter)
    assert hiding is not None and hiding != hidden and shown.id in hiding


def test_the_covered_days_follow_edits_from_the_days_of_one_event(shown_view) -> None:  # type: ignore[no-untyped-def]
    """Moves, deletes and undos among events of one day, of weeks and of years and the
    articles' dates: the days covered, worked out again for the one event's days only
    (``_covered_without``' ``longest``), equal ``_covered`` of every event's span."""
    from benchmarks.synthetic import synthetic_timeline
    from timeline_app.ui.view_base import _covered

    timeline = synthetic_timeline(300, seed=9)
    for i in range(0, 300, 37):  # some long ones: weeks and years
        event = timeline.events[i]
        timeline.replace(replace(event, end=event.date.moved(20 if i % 2 else 900)))
    view = shown_view(timeline)
    document = view._document
    rng = random.Random(11)
    for step in range(60):
        events = document.timeline.events
        event = events[rng.randrange(len(events))]
        if step % 3 == 0:
            moved = event.date.moved(rng.choice((-400, -3, 1, 2, 30, 700))) or event.date
            document.update_event(replace(event, date=moved, end=None))
        elif step % 3 == 1:
            document.remove_event(event.id)
        else:
            document.undo_stack.undo()
        assert view._covered_days() == _covered(view._spans, view._article_dates()), step
        assert view._longest_span() >= max(max(b - a, 1) for a, b in view._spans)


def test_a_lazy_timelines_first_day_after_an_edit_reads_no_spans(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    timeline = _lazy(tmp_path, monkeypatch)
    assert timeline.day_range() is not None
    first = timeline.events[0]
    timeline.replace(replace(first, title="Retitled"))
    assert timeline._day_spans is None
    got = timeline.day_range()
    assert timeline._day_spans is None  # (not every event's span read again)
    spans = [e.day_range() for e in timeline.events]
    assert got == (spans[0][0], max(b for _a, b in spans))


def test_the_filters_follow_no_changes_of_another_timeline(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts kept for one timeline are not moved by another's changes of the same
    revision numbers: the Filters dock counts that one from scratch."""
    path = tmp_path / "t.json"
    timeline_io.save(_timeline("First"), path)
    window = _scale62_window(qtbot, path, False, monkeypatch)
    panel, document = window.filter_panel, window.document
    assert panel._kept is not None
    other = _timeline("Second")
    for _ in range(document.timeline.revision + 1):  # (past the kept revision)
        event = other.get("e9")
        other.replace(replace(event, title=event.title + "!"))
    assert other.changes_since(panel._kept[1]) is not None
    monkeypatch.setattr(document, "timeline", other)
    assert not panel._follow_changes()
