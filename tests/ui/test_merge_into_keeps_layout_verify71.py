"""verify71 F13 (session 54): after Merge Into It in the New Event editor the Events
dock got ~50 px shorter and the timeline taller, so every row moved.  Edits made while
the list was in use had kept its height (verify39 F4) while the lanes grew; the merge,
which adds no row nor lane, was the first edit made elsewhere and took the height they
had owed.  An edit that changes neither the lanes' need nor the list's rows keeps the
layout."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate


def _settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    for _ in range(4):
        qtbot.wait(30)
        QApplication.processEvents()


def _height_owed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1280×800, events added to one lane while working in the list: its height kept,
    the lanes grow and scroll; then the focus in the timeline."""
    window.size_to(1280, 800)
    _settled(window, qtbot)
    window.event_list.setFocus()
    qtbot.waitUntil(lambda: window.event_list.hasFocus())
    for i in range(4):
        window.document.add_event(Event(f"x{i}", f"Envoys hold round {i} of talks in Tokyo",
                                        FuzzyDate.of_ymd(2025, 3, 22), category="meeting"))
        _settled(window, qtbot)
    window.view.setFocus()
    qtbot.waitUntil(lambda: window.view.hasFocus())


def test_merge_into_it_keeps_the_list_and_the_lanes_where_they_are(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _height_owed(window, qtbot)
    _settled(window, qtbot)
    dock, view = window._list_dock, window.view
    before = (dock.height(), view.height(), view.verticalScrollBar().value())
    # (the lanes scroll, or fit only laid out compactly, verify76 F17: height was owed)
    assert view.verticalScrollBar().maximum() > 0 or view._compact_lanes
    # The New Event editor's Merge Into It: no row, no lane, no new title.
    typed = Event("typed", "Cho and Iwaya meet in Munich", FuzzyDate.of_month(2025, 2),
                  category="treaty", participants=("Cho Tae-yul", "Takeshi Iwaya"),
                  location="Munich")
    assert window._merge_new_event(typed, "munich-meeting")
    _settled(window, qtbot)
    assert window.selection.event_id == "munich-meeting"
    assert (dock.height(), view.height(), view.verticalScrollBar().value()) == before


def test_an_edit_that_adds_a_row_elsewhere_still_fits_the_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The owed height is taken by the next edit that changes the lanes or rows."""
    _height_owed(window, qtbot)
    height = window._list_dock.height()
    window.document.add_event(Event("y", "Envoys hold a last round of talks in Tokyo",
                                    FuzzyDate.of_ymd(2025, 3, 22), category="meeting"))
    _settled(window, qtbot)
    assert window._list_dock.height() < height
