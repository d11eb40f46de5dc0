"""A large delete and its undo (verify27, finding 5): a wait cursor and "Updating N
events…" while they run, and the title's modified mark, the view's "No events yet", the
list and the status line agreeing with the document once they end.  Behaviour only: no
timing (the 100 000-event figures are in benchmarks/README.md, session 20, undo22)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import main_window as main_window_module

COUNT = 2000


def _timeline() -> Timeline:
    return Timeline.from_events(
        [Event(f"e{i}", f"Event {i}", FuzzyDate.of_ymd(2000 + i % 20, 1 + i % 12, 1 + i % 28),
               category=("treaty", "visit", "summit")[i % 3]) for i in range(COUNT)],
        title="Big")


def _busy() -> bool:
    cursor = QApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor


def _consistent(window, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(window.document.timeline) == count
    assert window.event_list.model().rowCount() == count
    assert window._empty_hint.isHidden() == (count > 0)
    assert window.isWindowModified() == window.document.is_modified
    status = window._status.text()
    assert (f"{count:,} events" in status or f"{count} events" in status), status


@pytest.fixture
def big(window, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window_module, "BUSY_STEP_EVENTS", COUNT // 2)
    window.document.replace_timeline(_timeline(), None)
    window.document.undo_stack.setClean()
    QApplication.processEvents()
    assert not window.isWindowModified()
    return window


def test_a_large_delete_and_its_undo_show_a_wait_cursor_then_agree(big, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = big
    window.event_list.setFocus()
    window.event_list.selectAll()
    assert len(window.selection.event_ids) == COUNT
    window.delete_selected()
    assert _busy() and window.is_busy_step()
    qtbot.waitUntil(lambda: not window.is_busy_step())
    assert not _busy()
    _consistent(window, 0)
    assert window.isWindowModified()
    assert window.statusBar().currentMessage().startswith(f"Deleted {COUNT} events")

    window.document.undo_stack.undo()
    assert _busy()
    # While the step's views are not yet painted, the title keeps its mark: it never says
    # "saved" over an empty view.
    assert window.isWindowModified() and not window.document.is_modified
    qtbot.waitUntil(lambda: not window.is_busy_step())
    assert not _busy()
    _consistent(window, COUNT)
    assert not window.isWindowModified()
    assert window.statusBar().currentMessage() == f"Undid: Delete {COUNT} events"

    window.document.undo_stack.redo()
    qtbot.waitUntil(lambda: not window.is_busy_step())
    assert not _busy()
    _consistent(window, 0)


def test_a_small_delete_shows_no_wait_cursor(big) -> None:  # type: ignore[no-untyped-def]
    window = big
    window.selection.select_many([f"e{i}" for i in range(30)])
    window.delete_selected()
    assert not _busy() and not window.is_busy_step()
    _consistent(window, COUNT - 30)
    assert window.isWindowModified()
