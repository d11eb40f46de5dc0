"""A new user's findings about lanes (verify22): a rename keeps the lane's place, the
Details pane follows a lane's new colour, lane colour from the keyboard and menus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import lane_dialog, style


@pytest.fixture(autouse=True)
def _no_chosen_colours_after() -> Iterator[None]:
    yield
    style.assign_category_colors([])


def _new_timeline(window) -> None:  # type: ignore[no-untyped-def]
    """An imported timeline's lanes (Treaty, Meeting, Event), lane order never set."""
    events = [Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2025, 3, 1 + n), category=c)
              for n, c in enumerate(["treaty", "meeting", "event", "meeting", "treaty"])]
    window.document.replace_timeline(Timeline.from_events(events), None)
    QApplication.processEvents()


def _view_lanes(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [lane.category for lane in window.view._layout().lanes]


def test_renaming_a_lane_never_moves_it_while_no_order_was_set(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify22, finding 4: Edit → Rename Lane → Treaty… "Deadlines and agreements" on a
    new timeline moved the lane from the top to the bottom, and the chips with it."""
    _new_timeline(window)
    assert window.document.timeline.lane_order == []
    before = _view_lanes(window)
    assert before[0] == "treaty"
    monkeypatch.setattr(lane_dialog, "ask_lane_name",
                        lambda *_args: "Deadlines and agreements")
    window.rename_lane_menu.aboutToShow.emit()
    entry = next(a for a in window.rename_lane_menu.actions() if "Treaty" in
                 a.text().replace("&", ""))
    entry.trigger()
    QApplication.processEvents()
    renamed = ["deadlines and agreements" if lane == "treaty" else lane for lane in before]
    assert _view_lanes(window) == renamed
    assert window.legend_bar.lanes() == renamed
    window.document.undo_stack.undo()
    assert window.document.timeline.lane_order == [] and _view_lanes(window) == before


def test_details_follow_a_lane_s_new_colour(window) -> None:  # type: ignore[no-untyped-def]
    """verify22, finding 8: after Meeting's colour became green the timeline, chips and
    list turned green, but Details kept an orange "■ Meeting" until another event was
    selected.  The same after Default Colour and after an undo."""
    event = next(iter(window.document.timeline))
    window.selection.select(event.id)
    original = style.category_color(event.category).name()
    assert original in window.detail_pane.toHtml()
    window.document.set_category_color(event.category, "#00aa00")
    QApplication.processEvents()
    assert "#00aa00" in window.detail_pane.toHtml()
    assert original not in window.detail_pane.toHtml()
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert original in window.detail_pane.toHtml()
    assert "#00aa00" not in window.detail_pane.toHtml()
