"""An event added or found off screen is brought into view without showing years past the
data (verify34, fault 8: a teacher added the Cold War, 1947-1991, and the view zoomed out
to 1942-1996; his next event, August 2019, was centred and the view ran to 2038, thirteen
years after the timeline's last date of 2025)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate


def _years(view) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    first, last = view.visible_days()
    return (dt.date.fromordinal(int(first)).year, dt.date.fromordinal(int(last)).year)


def _last_data_year(window) -> int:  # type: ignore[no-untyped-def]
    last = max(e.day_range()[1] for e in window.document.timeline.events)
    return dt.date.fromordinal(last - 1).year


def test_an_added_event_near_the_data_end_keeps_the_view_on_the_data(window):  # type: ignore[no-untyped-def]
    view = window.view
    window.resize(1600, 900)
    QApplication.processEvents()
    view.show_range(dt.date(2023, 1, 1).toordinal(), dt.date(2024, 1, 1).toordinal())
    window.document.add_event(Event("cold-war", "Cold War", FuzzyDate.of_year(1947),
                                    end=FuzzyDate.of_year(1991), category="Eras"))
    view.show_event("cold-war")
    QApplication.processEvents()
    first, last = _years(view)
    assert first <= 1947 and 1991 <= last < 2010, (first, last)
    window.document.add_event(Event("white-list", "Japan removes South Korea from its white list",
                                    FuzzyDate.of_month(2019, 8), category="Trade war"))
    view.show_event("white-list")
    QApplication.processEvents()
    first, last = _years(view)
    assert first <= 2019 <= last
    end_of_data = _last_data_year(window)
    assert last <= end_of_data + 5, (first, last, end_of_data)  # was 2038 (data: 2025)
    assert view.marker_rect("white-list").right() < view.viewport().width() - 24


def test_a_found_event_near_the_data_start_keeps_the_view_on_the_data(window):  # type: ignore[no-untyped-def]
    view = window.view
    first_event = min(window.document.timeline.events, key=lambda e: e.day_range()[0])
    start = first_event.day_range()[0]
    view.show_range(start + 20 * 365, start + 40 * 365)  # twenty years, after the first event
    QApplication.processEvents()
    view.ensure_visible(first_event.id)
    QApplication.processEvents()
    shown_first, _ = view.visible_days()
    assert start - 3 * 365 <= shown_first <= start, (shown_first, start)
