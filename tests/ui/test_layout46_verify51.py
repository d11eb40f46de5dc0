"""verify51 (a teacher at 2560x1440, 150 %), session 41 branch layout46: an event picked
in the Events list out of a "+N" badge (F16), the Events list's height after an era lane
(F11), the Filters' Categories list (F21) and Save on the toolbar at large fonts (F18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Timeline


def _crowded() -> Timeline:
    """29 meetings a day apart in April 2025 (more titles overlapping in time at Fit All
    than a lane's rows hold) between two events years apart."""
    events = [Event(f"m{i}", f"Round {i} of the nuclear talks in Vienna or Geneva",
                    FuzzyDate(2025, 4, 1 + i), category="meeting") for i in range(29)]
    events += [Event("early", "Talks begin", FuzzyDate(2015, 7, 14), category="treaty"),
               Event("late", "Talks end", FuzzyDate(2026, 1, 5), category="treaty")]
    return Timeline.from_events(events)


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        qtbot.wait(20)
        QApplication.processEvents()


def test_an_event_picked_in_the_list_out_of_a_badge_is_drawn(qtbot) -> None:  # type: ignore[no-untyped-def]
    """F16: selecting an event hidden in a "+N" badge from the Events list only ringed the
    badge; the event itself was nowhere on the timeline.  The view now zooms in on it
    until it has an item of its own (as Find's steps do)."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_crowded(), None)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit_all()
    _settle(qtbot)
    view = window.view
    hidden = [f"m{i}" for i in range(29) if not view.has_item(f"m{i}")]
    assert hidden, "the test needs an event in a badge"
    events = window.event_list
    row = events.table_model().row_of(hidden[0])
    index = events.table_model().index(row, 1)
    events.scrollTo(index)
    QTest.mouseClick(events.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, events.visualRect(index).center())
    _settle(qtbot)
    assert window.selection.event_id == hidden[0]
    assert view.has_item(hidden[0])
