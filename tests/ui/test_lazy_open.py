"""A file opened lazily (``io.native.LAZY_LOAD``: events made on first request) in the
window paints as the same file opened eagerly, and its edits, undo, redo and save work
(issue 11's 100 000-event open, session 21)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import LazyEvents
from timeline_app.io import native


def _big_file(path: Path) -> None:
    """A file of 800 events over a few years: days, months and spans in three lanes."""
    events = []
    for i in range(800):
        day = dt.date(2001, 1, 1) + dt.timedelta(days=(i * 37) % 1400)
        date = (FuzzyDate.of_day(day) if i % 3 else FuzzyDate.of_month(day.year, day.month))
        end = FuzzyDate.of_year(day.year + 1) if i % 50 == 0 else None
        events.append(Event(f"e{i}", f"Event {i}", date, end,
                            category=("meeting", "visit", "policy")[i % 3],
                            participants=("Cho", "Iwaya")[: i % 3], location="Tokyo"))
    timeline_io.save(Timeline.from_events(events, title="Lazy"), path)


def _opened(qtbot, path: Path, lazy: bool, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
            window=None):
    from timeline_app.app import create_main_window

    monkeypatch.setattr(native, "_PIECE_BYTES", 4096)  # this file is read in pieces
    monkeypatch.setattr(native, "LAZY_LOAD", lazy)
    if window is None:
        window = create_main_window()
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
    with qtbot.waitSignal(window.open_finished, timeout=20000) as blocker:
        assert window.open_path(str(path), background=True)
    assert blocker.args == [True]
    assert isinstance(window.document.timeline.events, LazyEvents) is lazy
    return window


def test_a_lazily_opened_file_paints_edits_and_saves_as_an_eager_one(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.json"
    _big_file(path)
    (tmp_path / "copy.json").write_bytes(path.read_bytes())
    # The first paint: the same window, the file opened eagerly, then lazily.
    lazy = _opened(qtbot, tmp_path / "copy.json", False, monkeypatch)
    painted = lazy.view.grab().toImage()
    ids = lazy.view.event_ids()
    _opened(qtbot, path, True, monkeypatch, lazy)
    assert lazy.view.grab().toImage() == painted
    store = lazy.document.timeline.store
    assert store is not None
    made = sum(type(item) is Event for item in store.slots)  # type: ignore[attr-defined]
    assert made < 800, made  # the paint made only what it drew
    assert lazy.view.event_ids() == ids
    eager = _opened(qtbot, tmp_path / "copy.json", False, monkeypatch)

    for window in (eager, lazy):
        document = window.document
        edited = document.timeline.get("e42")
        document.update_event(replace(edited, title="Edited", category="visit",
                                      date=FuzzyDate.of_year(2003)))
        document.remove_event("e7")
        document.undo_stack.undo()  # e7 back
        document.undo_stack.undo()  # e42 as it was
        assert document.timeline.get("e42") == edited
        document.undo_stack.redo()
        window.view.repaint()
    assert list(lazy.document.timeline) == list(eager.document.timeline)
    assert lazy.view.event_ids() == eager.view.event_ids()

    lazy.document.save()
    again = timeline_io.load(path)
    assert list(again) == list(eager.document.timeline)
    assert again.get("e42").title == "Edited"


def test_a_lazily_opened_file_has_its_events_made_when_idle_then_held_as_eagerly(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After the paint, the window's idle time makes the rest (``ui.lazy_events``): the
    timeline then holds its events as an eagerly loaded one (no store, a plain list)."""
    from timeline_app.ui.lazy_events import RestMaker

    path = tmp_path / "big.json"
    _big_file(path)
    window = _opened(qtbot, path, True, monkeypatch)
    timeline = window.document.timeline
    qtbot.waitUntil(lambda: timeline.store is None, timeout=10_000)
    assert type(timeline.events) is list
    assert timeline == native.loads(path.read_bytes())
    qtbot.waitUntil(lambda: not window.findChildren(RestMaker), timeout=5_000)


def test_a_reader_of_every_event_not_made_yet_waits_under_the_busy_cursor(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import contextmanager

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from timeline_app.ui import lazy_events

    shapes = []

    @contextmanager
    def watched():  # type: ignore[no-untyped-def]
        with lazy_events.busy_cursor():
            shapes.append(QGuiApplication.overrideCursor().shape())
            yield

    monkeypatch.setattr(native, "WHILE_MAKING_ALL", watched)
    path = tmp_path / "big.json"
    _big_file(path)
    timeline = native.loads(path.read_bytes(), lazy=True)
    assert timeline.id_map() == native.loads(path.read_bytes()).id_map()
    assert shapes == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None
    timeline.id_map()  # every event made: no busy cursor
    assert len(shapes) == 1


@pytest.mark.parametrize("descending", [False, True])
def test_a_lane_switched_off_right_after_a_lazy_open_leaves_the_events_unmade(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, descending: bool) -> None:
    """The filter (``query.hidden_by``) and the event list's rows work from the store's
    columns (session 22): the same rows as the eager window, the events not made."""
    from PySide6.QtCore import Qt

    from timeline_app.ui import lazy_events

    monkeypatch.setattr(lazy_events, "make_rest_when_idle", lambda *_args: None)
    path = tmp_path / "big.json"
    _big_file(path)
    (tmp_path / "copy.json").write_bytes(path.read_bytes())
    rows = []
    for name, lazy in (("copy.json", False), ("big.json", True)):
        window = _opened(qtbot, tmp_path / name, lazy, monkeypatch)
        model = window.event_list._model
        if descending:
            model.sort(0, Qt.SortOrder.DescendingOrder)
        window.find_state.toggle_category("visit")
        window.find_state.set_filter(replace(window.find_state.filter,
                                             last_day=dt.date(2003, 6, 30)))
        rows.append([model.event_id(row) for row in range(model.rowCount())])
        if lazy:
            store = window.document.timeline.store
            assert store is not None
            assert sum(type(item) is Event for item in store.slots) < 400  # type: ignore[attr-defined]
    assert rows[0] == rows[1]
    assert 100 < len(rows[0]) < 800


@pytest.mark.parametrize("lane_off", [False, True])
def test_people_filtered_in_the_filters_right_after_a_lazy_open_leave_the_events_unmade(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lane_off: bool) -> None:
    """The Filters panel's counts (``query.facets``), a person and a place ticked there
    (``query.hidden_by``) and the counts of what they let through read the store's
    columns (session 23): the eager window's rows and counts, the events not made
    (session 22 made them all at once: ~0.45 s of CPU at 100 000 events)."""
    from timeline_app.ui import lazy_events

    monkeypatch.setattr(lazy_events, "make_rest_when_idle", lambda *_args: None)
    path = tmp_path / "big.json"
    _big_file(path)
    (tmp_path / "copy.json").write_bytes(path.read_bytes())
    seen = []
    for name, lazy in (("copy.json", False), ("big.json", True)):
        window = _opened(qtbot, tmp_path / name, lazy, monkeypatch)
        panel = window.filter_panel
        window._filter_dock.toggleViewAction().trigger()
        qtbot.waitUntil(lambda window=window: window._filter_dock.isVisible())
        totals = (panel.participants.values(), panel.places.values(),
                  panel.categories.totals())
        if lane_off:
            window.find_state.toggle_category("visit")
        window.find_state.set_filter(replace(window.find_state.filter,
                                             participants=frozenset({"Iwaya"}),
                                             places=frozenset({"Tokyo"})))
        panel._show_filtered_counts()
        model = window.event_list._model
        seen.append((totals, [model.event_id(row) for row in range(model.rowCount())],
                     panel.participants._shown, panel.places._shown,
                     panel.categories._shown))
        if lazy:
            store = window.document.timeline.store
            assert store is not None
            assert sum(type(item) is Event for item in store.slots) < 400  # type: ignore[attr-defined]
    assert seen[0] == seen[1]
    assert 100 < len(seen[0][1]) < 400 and seen[0][0][0]


def test_a_reader_of_every_event_waiting_over_a_second_sees_its_progress(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export right after a large open (every event made at once, ~5 s at 1 000 000
    events) shows a progress dialog once it has taken ``PROGRESS_AFTER_S``, told by
    ``_LoadedEvents.make_all``; the dialog and the busy cursor are gone after; a short
    making shows none."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QProgressDialog

    from timeline_app.ui import lazy_events

    monkeypatch.setattr(native, "WHILE_MAKING_ALL", lazy_events.making_all)
    path = tmp_path / "big.json"
    _big_file(path)
    timeline = native.loads(path.read_bytes(), lazy=True)
    assert timeline.id_map() == native.loads(path.read_bytes()).id_map()  # under a second
    assert not [w for w in QGuiApplication.topLevelWindows()
                if w.isVisible() and w.title() == "Preparing the events"]
    seen: list[tuple[int, int, bool]] = []
    real = QProgressDialog.setValue

    def watched(dialog: QProgressDialog, value: int) -> None:
        real(dialog, value)
        seen.append((value, dialog.maximum(), dialog.isVisible()))

    monkeypatch.setattr(QProgressDialog, "setValue", watched)
    monkeypatch.setattr(lazy_events, "PROGRESS_AFTER_S", 0.0)
    monkeypatch.setattr(native, "_TELL_EVERY_S", 0.0)  # a slice of 256 events a step
    timeline = native.loads(path.read_bytes(), lazy=True)
    assert timeline.id_map() == native.loads(path.read_bytes()).id_map()
    assert len(seen) >= 2 and seen[-1] == (800, 800, True)
    assert all(of == 800 for _, of, _ in seen) and seen == sorted(seen)
    assert QGuiApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: not [w for w in QGuiApplication.topLevelWindows()
                                 if w.isVisible() and w.title() == "Preparing the events"])
