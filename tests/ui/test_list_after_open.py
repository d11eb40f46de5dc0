"""After a file opens, the event list highlights what the timeline selects and nothing
else (new-user trial 8, trial8-23: the first row kept a focus frame with no event
selected; the timeline and the list disagreed on what was current)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.io import native as timeline_io


def _highlighted(window) -> tuple[int | None, list[int]]:  # type: ignore[no-untyped-def]
    """The list's current row (None: none) and its selected rows."""
    model = window.event_list.selectionModel()
    current = model.currentIndex()
    return (current.row() if current.isValid() else None,
            sorted({i.row() for i in model.selectedRows()}))


def _reopen_with_the_list_focused(window, qtbot, recorded_prompts, path) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.document.path == str(path))
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the file dialog had it
    QApplication.processEvents()
    window.event_list.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.processEvents()


def test_no_row_is_highlighted_after_an_open_that_selects_nothing(window, qtbot,
                                                                  recorded_prompts, tmp_path):
    path = tmp_path / "saved.json"
    timeline_io.save(window.document.timeline, path)
    window.selection.select(window.view.event_ids()[3])
    assert _highlighted(window) == (3, [3])
    _reopen_with_the_list_focused(window, qtbot, recorded_prompts, path)
    assert window.selection.event_id == ""
    # Was (0, []): the first row current (a focus frame on it) with nothing selected.
    assert _highlighted(window) == (None, [])
    window.selection.select(window.view.event_ids()[2])  # chosen on the timeline
    assert _highlighted(window) == (2, [2])
    window.selection.select(None)  # Esc on the timeline, a deleted event…
    assert _highlighted(window) == (None, [])
    # the list is still usable by keyboard: Down goes to the first row and selects it
    qtbot.keyClick(window.event_list, Qt.Key.Key_Down)
    assert window.selection.event_id == window.event_list.table_model().event_id(0)
    assert _highlighted(window) == (0, [0])
