"""Delete selects the nearest event left in the same lane on screen only when it is drawn
near the deleted one (verify70 F13: "Nikol Pashinyan: Referendum" of 2027 deleted, the
selection and Details went to "Armenia and Azerbaijan go to war" of the early 1990s, the
lane's other event, at the far side of the view — a second Delete would have removed it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate


def _lane_of_two(window, second: FuzzyDate) -> None:  # type: ignore[no-untyped-def]
    window.document.add_event(Event("war", "Armenia and Azerbaijan go to war",
                                    FuzzyDate.of_year(1991), category="Conflict"))
    window.document.add_event(Event("vote", "Referendum (scheduled)", second,
                                    category="Conflict"))
    window.view.fit_all()
    QApplication.processEvents()
    assert window.view.event_rect("war").isValid() and window.view.event_rect("vote").isValid()
    window.selection.select("vote")


def test_the_lanes_far_event_is_not_selected_after_delete(window) -> None:  # type: ignore[no-untyped-def]
    _lane_of_two(window, FuzzyDate.of_year(2027))
    view = window.view
    assert view.x_of_day(dt.date(2027, 1, 1).toordinal()) - view.x_of_day(
        dt.date(1991, 1, 1).toordinal()) > view.viewport().width() / 3
    window.delete_selected()
    assert window.selection.event_id == ""
    assert "war" in window.document.timeline


def test_a_near_event_of_the_lane_is_still_selected(window) -> None:  # type: ignore[no-untyped-def]
    _lane_of_two(window, FuzzyDate.of_year(1993))
    window.delete_selected()
    assert window.selection.event_id == "war"
