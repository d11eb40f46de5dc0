"""view80 (verify83 F7): after a paste of two articles was imported, the view showed one
month (the second article's May 2025) with every lane collapsed to "◀ 2" arrows, and the
Undo of that import panned the view.  An import now shows the timeline with its new events
(Fit All when the view was Fit All's and its titles read there; a view the person placed
keeps its days, widened to take in new events outside them), and undo/redo of the import
keep the days shown.  Events and articles written for the test."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.model import Source


def _article(key: str, days: list[tuple[int, int, int]], category: str = "meeting"
             ) -> tuple[Source, list[Event]]:
    source = Source(key, f"Harbour talks report {key}", text="...")
    events = [Event(f"{key}{n}", f"Harbour envoys meet for round {n} of {key}",
                    FuzzyDate.of_day(dt.date(*day)), category=category, source_id=key)
              for n, day in enumerate(days)]
    return source, events


def _import(window, key, days, category="meeting"):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ReviewOutcome

    source, events = _article(key, days, category)
    window._import_reviewed(ReviewOutcome(source, events, False), offer_years=False)
    QApplication.processEvents()
    return events


def _shown(window, events) -> list[str]:  # type: ignore[no-untyped-def]
    first, last = window.view.visible_days()
    return [e.id for e in events if first <= e.day_range()[0] and e.day_range()[1] <= last]


def test_an_import_at_fit_all_shows_the_whole_timeline_not_its_month(window):  # type: ignore[no-untyped-def]
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    timeline = window.document.timeline
    old = list(timeline.events)
    first = _import(window, "a", [(2025, 4, 2), (2025, 4, 9)])
    second = _import(window, "b", [(2025, 5, 6), (2025, 5, 20)], "statement")
    # was: 6 May - 20 May 2025 (and the lanes' events in "◀ 2" badges)
    shown = _shown(window, [*old, *first, *second])
    assert len(shown) == len(old) + 4, shown
    lo, hi = view.visible_days()
    assert hi - lo > 365


def test_an_import_keeps_a_placed_view_that_holds_it(window):  # type: ignore[no-untyped-def]
    view = window.view
    view.go_to_days(dt.date(2024, 9, 1).toordinal(), dt.date(2025, 8, 1).toordinal())
    QApplication.processEvents()
    before = view.visible_days()
    _import(window, "a", [(2025, 4, 2), (2025, 4, 9)])
    assert view.visible_days() == before  # was: 2 - 9 April 2025


def test_an_import_outside_a_placed_view_widens_it_to_take_them_in(window):  # type: ignore[no-untyped-def]
    view = window.view
    view.go_to_days(dt.date(2024, 9, 1).toordinal(), dt.date(2025, 8, 1).toordinal())
    QApplication.processEvents()
    lo, hi = view.visible_days()
    events = _import(window, "a", [(2023, 6, 2), (2023, 6, 9)])
    assert _shown(window, events) == [e.id for e in events]
    first, last = view.visible_days()
    assert first < events[0].day_range()[0] and last >= hi - 31  # the days shown stay too


def test_undo_and_redo_of_an_import_keep_the_days_shown(window):  # type: ignore[no-untyped-def]
    view = window.view
    _import(window, "a", [(2025, 4, 2), (2025, 4, 9), (2025, 4, 11)])
    _import(window, "b", [(2023, 12, 6), (2025, 5, 20)], "statement")
    view.fit_all()
    QApplication.processEvents()
    shown = view.visible_days()
    stack = window.document.undo_stack
    stack.undo()
    QApplication.processEvents()
    assert view.visible_days() == shown  # was: panned a month
    stack.redo()
    QApplication.processEvents()
    assert view.visible_days() == shown


def test_undo_and_redo_of_an_import_keep_a_placed_view(window):  # type: ignore[no-untyped-def]
    view = window.view
    view.go_to_days(dt.date(2023, 10, 1).toordinal(), dt.date(2025, 8, 1).toordinal())
    QApplication.processEvents()
    _import(window, "a", [(2025, 4, 2), (2025, 4, 9), (2025, 4, 11)])
    shown = view.visible_days()
    stack = window.document.undo_stack
    for step in (stack.undo, stack.redo, stack.undo):
        step()
        QApplication.processEvents()
        assert view.visible_days() == shown
