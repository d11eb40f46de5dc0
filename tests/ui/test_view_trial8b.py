"""View defects found by new-user trial 8 (branch view8b)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native as timeline_io


def _many_lanes(count: int = 40) -> Timeline:
    categories = ("statement", "sanction", "treaty", "policy", "dispute", "visit", "meeting",
                  "anniversary")  # the first event in a low lane
    first = _dt.date(1990, 1, 1).toordinal()
    events = [Event(f"e{i}", f"Event number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i * 90)),
                    category=categories[i % len(categories)])
              for i in range(count)]
    return Timeline.from_events(events, title="Many lanes")


def test_a_file_opened_with_the_event_list_focused_starts_at_the_top_unselected(
        window, qtbot, tmp_path, recorded_prompts):
    """trial8-24: File → Open with the event list focused showed the new file's first
    event selected and the lanes scrolled down to it (the Treaty lane hidden): the focus
    coming back to the list from the file dialog made its first row current, which the
    list took for a click on it."""
    path = tmp_path / "many.json"
    timeline_io.save(_many_lanes(), path)
    window.activateWindow()
    qtbot.waitActive(window)
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    window.selection.select(window.view.event_ids()[0])
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    # the file dialog closing gives the focus back to the list
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    window.event_list.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.processEvents()
    assert window.view.event_ids()[:1] == ["e0"]
    assert window.selection.event_id == ""
    assert window.selection.event_ids == ()
    assert window.view.verticalScrollBar().value() == 0
    # a key pressed in the list still selects (the list is still usable by keyboard)
    qtbot.keyClick(window.event_list, Qt.Key.Key_Down)
    assert window.selection.event_id != ""
