"""A week an article named, drawn, said and stepped as the day of it that it is (verify63
F6: "Albusaidi travelled to Washington last week" was a solid bar over 23-29 November
2026, "23–29 November 2026 (day)" in Details, and Ctrl+→ made it 24-30 November)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.weeks import told_week

BASIS = ("'last week', relative to the dateline 3 December 2026: the week of 23 November "
         "2026; the whole week: to 29 November 2026")


def _timeline() -> Timeline:
    timeline = Timeline("Gulf")
    timeline.add(Event("visit", "Badr Albusaidi visits Washington",
                       FuzzyDate.of_ymd(2026, 11, 23), FuzzyDate.of_ymd(2026, 11, 29),
                       category="visit", date_basis=BASIS))
    # the same days typed by hand: a span, solid
    timeline.add(Event("stay", "A stay typed by hand", FuzzyDate.of_ymd(2026, 11, 23),
                       FuzzyDate.of_ymd(2026, 11, 29), category="meeting",
                       date_basis="entered by hand"))
    timeline.add(Event("talks", "Muscat talks", FuzzyDate.of_ymd(2026, 12, 3),
                       category="meeting"))
    return timeline


def _items(view):  # type: ignore[no-untyped-def]
    return {item.event_id: item for lane in view._layout().lanes for item in lane.items}


def test_the_week_is_hatched_where_the_same_days_typed_by_hand_are_solid(
        qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_timeline(), size=(1000, 500))
    items = _items(view)
    week, stay = items["visit"], items["stay"]
    assert not week.is_point and not stay.is_point
    assert abs(week.marker.width() - stay.marker.width()) <= 1.5  # (the same days)
    assert week.vague and not week.circa
    assert not stay.vague


def test_ctrl_right_steps_the_week_by_a_week_monday_to_sunday(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_timeline(), size=(1000, 500))
    document = view._document
    view.select_event("visit")
    # (what assistive technology is told: the day nobody knows, not its Monday)
    assert view.accessibleDescription().startswith(
        "Selected: Badr Albusaidi visits Washington, some day in the week of 23 November 2026")
    view.nudge_selection(1)
    moved = document.timeline.get("visit")
    assert (moved.date, moved.end) == (FuzzyDate.of_ymd(2026, 11, 30),
                                       FuzzyDate.of_ymd(2026, 12, 6))
    assert moved.date_basis == "moved by hand from some day in the week of 23 November 2026"
    assert told_week(moved)
    assert document.undo_stack.undoText() == (
        "Move “Badr Albusaidi visits Washington” to some day in the week of 30 November 2026")
    view.nudge_selection(-2)  # (still a week after a move, back past where it was)
    moved = document.timeline.get("visit")
    assert (moved.date, moved.end) == (FuzzyDate.of_ymd(2026, 11, 16),
                                       FuzzyDate.of_ymd(2026, 11, 22))
    assert _items(view)["visit"].vague
    # the span typed by hand still steps by a day
    view.select_event("stay")
    view.nudge_selection(1)
    assert document.timeline.get("stay").date == FuzzyDate.of_ymd(2026, 11, 24)


def test_a_drag_of_the_week_moves_it_by_whole_weeks() -> None:
    from timeline_app.ui.dragging import dragged_event

    week = _timeline().get("visit")
    assert dragged_event(week, 2.0, "move") == week  # (less than half a week: stays)
    moved = dragged_event(week, 9.0, "move")
    assert moved is not None and moved.date == FuzzyDate.of_ymd(2026, 11, 30)
    assert moved.end == FuzzyDate.of_ymd(2026, 12, 6)


def test_details_and_the_events_list_say_some_day_in_the_week(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.detail_pane import date_line
    from timeline_app.ui.event_list import EventList

    timeline = _timeline()
    assert date_line(timeline.get("visit")) == (
        "some day in the week of 23 November 2026 (a day of 23–29 November 2026)")
    assert date_line(timeline.get("stay")) == "23–29 November 2026 (day)"
    document, selection = Document(timeline), EventSelection()
    events = EventList(document, selection)
    qtbot.addWidget(events)
    model = events.table_model()
    rows = {model.index(row, 1).data(): row for row in range(model.rowCount())}
    row = rows["Badr Albusaidi visits Washington"]
    assert model.index(row, 0).data() == "week of 23 November 2026"
    assert "some day in the week of 23 November 2026" in model.index(row, 1).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows["A stay typed by hand"], 0).data() == "23–29 November 2026"
    document.setParent(events)
    selection.setParent(events)
