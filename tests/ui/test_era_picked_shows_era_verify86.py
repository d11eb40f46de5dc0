"""verify86 F2: an era picked in the Events list zoomed the view to 1-3 January of its
first year at an hour's scale, every lane empty (the reveal zoomed in "until the event is
drawn as an item", and an era never is), and → / Alt+→ then did nothing (from an era they
went to the next era only, and there was none).  Now an era picked is shown whole, as Go
to Date shows a month, and → / ← go on in date order from the era's start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

ERA = "era-frost"

#: Two invented neighbours (our own words): (id, year, month or None, lane, title)
_EVENTS = [
    ("embassies", 1951, 5, "treaty", "Ostmark and Pellia open embassies"),
    ("alliance", 1962, None, "event", "Ostmark enters a western alliance"),
    ("surveyors", 1982, 11, "dispute", "Pellian guards hold three surveyors"),
    ("statement", 1996, 4, "treaty", "Foreign ministers sign a joint statement"),
    ("summit", 2022, 3, "meeting", "The presidents meet in Ostmark"),
]


def _neighbours() -> Timeline:
    timeline = Timeline()
    for event_id, year, month, lane, title in _EVENTS:
        date = FuzzyDate.of_month(year, month) if month else FuzzyDate.of_year(year)
        timeline.add(Event(id=event_id, title=title, date=date, category=lane))
    timeline.add(Event(id=ERA, title="The frost years", date=FuzzyDate.of_year(1960),
                       end=FuzzyDate.of_year(1990), category="era"))
    return timeline


def _opened(window, tmp_path):  # type: ignore[no-untyped-def]
    from timeline_app.io import native

    path = tmp_path / "neighbours.json"
    native.save(_neighbours(), path)
    assert window.open_path(str(path), background=False)
    window.document.set_era_lane("era", True)
    window.view.fit_all()
    _settle()
    return window.view


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _pick_in_list(window, event_id: str) -> None:  # type: ignore[no-untyped-def]
    """The row of ``event_id`` made current in the Events list, as ↓ there does."""
    events = window.event_list
    row = events.table_model().row_of(event_id)
    events.setFocus()
    events.setCurrentIndex(events.table_model().index(row, 0))
    _settle()


def _era_whole_on_screen(view) -> bool:  # type: ignore[no-untyped-def]
    era = view._document.timeline.get(ERA)
    start, end = era.date.start_day(), era.end.end_day()
    return view.x_of_day(start) >= 0 and view.x_of_day(end) <= view.viewport().width()


def test_an_era_picked_in_the_list_is_shown_whole(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = _opened(window, tmp_path)
    # Zoomed into a month inside the era: then the era picked in the list
    surveyors = window.document.timeline.get("surveyors").date.start_day()
    view.go_to_days(surveyors - 10, surveyors + 20)
    _settle()
    assert not _era_whole_on_screen(view)
    _pick_in_list(window, ERA)
    assert window.selection.event_id == ERA
    first, last = view.visible_days()
    assert last - first > 30 * 365, (first, last)  # not hours, not a month: the era's years
    assert _era_whole_on_screen(view)
    assert last - first < 40 * 365  # (and not the whole timeline: the era fills the view)
    # At Fit All the era is on screen whole already: the view stays
    view.fit_all()
    _settle()
    _pick_in_list(window, "embassies")
    before = view.visible_days()
    _pick_in_list(window, ERA)
    assert window.selection.event_id == ERA
    assert view.visible_days() == before


def test_arrows_go_on_from_a_selected_era(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _opened(window, tmp_path)
    window.view.setFocus()
    window.selection.select(ERA)
    _settle()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.selection.event_id == "alliance"  # 1962: the first event after 1960
    window.selection.select(ERA)
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.selection.event_id == "embassies"
    window.selection.select(ERA)
    next_event = next(action for action in window.findChildren(QAction)
                      if action.text() == "&Next Event")  # View → Next Event (Alt+→)
    next_event.trigger()
    assert window.selection.event_id == "alliance"
    # From an event, the era is still stepped over (verify67 F1)
    window.selection.select("embassies")
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.selection.event_id == "alliance"
