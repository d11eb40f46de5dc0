"""New-user trial 11: deleting in a big file kept the view and lane; undo and redo say what
they did; circa typed in the editor ticks its box; Duplicate names its copy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

LANES = ("treaty", "policy", "dispute", "visit", "meeting", "statement")


def _crowded_weeks() -> Timeline:
    """Three weeks with an event of every lane on every day, the lanes interleaved in date
    order (the next event after one of a lane is of another lane)."""
    first = dt.date(2010, 3, 1)
    events = [Event(f"{lane}-{day}", f"{lane.title()} event {day}",
                    FuzzyDate.of_day(first + dt.timedelta(days=day)), category=lane)
              for day in range(21) for lane in LANES]
    return Timeline.from_events(events)


def test_delete_keeps_the_view_and_selects_in_the_same_lane(window, qtbot):
    """Trial 11 finding 7: after Ctrl-drag selecting 6 Policy events and Delete, an event
    of the Statement lane was selected and the view scrolled the Policy lane away."""
    window.document.replace_timeline(_crowded_weeks(), None)
    window.resize(1100, 520)
    view = window.view
    first = dt.date(2010, 3, 6).toordinal()
    view.go_to_days(first, first + 10)
    QApplication.processEvents()
    lane = "visit"
    on_screen = [e.id for e in window.document.timeline.events
                 if e.category == lane and view.event_rect(e.id).isValid()]
    if not on_screen:  # scroll the lane into view first
        view.ensure_visible(f"{lane}-8")
        QApplication.processEvents()
        on_screen = [e.id for e in window.document.timeline.events
                     if e.category == lane and view.event_rect(e.id).isValid()]
    assert len(on_screen) >= 4
    doomed = on_screen[1:4]
    window.selection.select_many(doomed)
    days, scrolled = view.visible_days(), view.verticalScrollBar().value()
    window.delete_selected()
    QApplication.processEvents()
    assert view.visible_days() == days
    assert view.verticalScrollBar().value() == scrolled
    selected = window.selection.event_id
    assert selected, "an event of the lane on screen is left to select"
    assert window.document.timeline.get(selected).category == lane
    assert view.event_rect(selected).isValid()
    assert window.statusBar().currentMessage().startswith("Deleted 3 events")
    window.document.undo_stack.undo()
    assert window.statusBar().currentMessage() == "Undid: delete 3 events"
    assert set(window.selection.event_ids) == set(doomed)
    window.document.undo_stack.redo()
    assert window.statusBar().currentMessage() == "Redid: delete 3 events"


def test_delete_selects_nothing_when_the_lane_has_nothing_else_on_screen(window):
    window.document.replace_timeline(_crowded_weeks(), None)
    view = window.view
    only = window.document.timeline.get("visit-10")
    view.go_to_days(only.date.start_day() - 0.4, only.date.start_day() + 0.6)
    window.selection.select(only.id)
    days = view.visible_days()
    window.delete_selected()
    assert window.selection.event_id == ""
    assert view.visible_days() == days
