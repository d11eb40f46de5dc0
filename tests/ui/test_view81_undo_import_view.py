"""view81 (verify85 F5, F6, F12): the view and the selection across the undo of an import
and after Go to Date.  Events and articles written for the test."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source


def _day(y: int, m: int, d: int) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(y, m, d))


def _base(window):  # type: ignore[no-untyped-def]
    """A harbour dispute: two old events, then a spring of talks."""
    events = [Event("o1", "Harbour accord signed by the two coastal states", _day(2018, 7, 9),
                    category="treaty"),
              Event("o2", "Harbour crossings close again after the accord fails",
                    _day(2019, 1, 14), category="dispute"),
              Event("c1", "Patrol boats clash near the northern harbour mouth",
                    _day(2025, 2, 11), category="dispute"),
              Event("c2", "Envoys meet in Lisvaara for two days of talks",
                    _day(2025, 3, 1), category="meeting"),
              Event("c3", "Envoys agree in Lisvaara to reopen the harbour talks",
                    _day(2025, 3, 3), category="meeting")]
    window.document.replace_timeline(Timeline.from_events(events, title="Harbour"), None)
    window.view.fit_all()
    QApplication.processEvents()


def _import_second_wire(window):  # type: ignore[no-untyped-def]
    """The second wire: two new events and a retelling merged into the clash."""
    from timeline_app.ui.import_article import ReviewOutcome

    source = Source("w2", "Harbour talks, second wire", text="...")
    new = [Event("n1", "Coastal guards reopen two crossings", _day(2025, 3, 8),
                 category="statement", source_id="w2"),
           Event("n2", "Foreign ministers sign the harbour protocol", _day(2025, 3, 9),
                 category="treaty", source_id="w2"),
           Event("n3", "Patrol boats clash near the northern harbour mouth",
                 _day(2025, 2, 11), category="dispute", source_id="w2")]
    outcome = ReviewOutcome(source, new, False, merges={"n3": "c1"})
    window._import_reviewed(outcome, offer_years=False)
    QApplication.processEvents()


def _fitted(window):  # type: ignore[no-untyped-def]
    """The view's days and scale as they are, and as Fit All makes them."""
    view = window.view
    now = (view.visible_days(), round(view.px_per_day(), 6))
    view.fit_all()
    QApplication.processEvents()
    return now, (view.visible_days(), round(view.px_per_day(), 6))


def test_undo_and_redo_of_an_import_at_fit_all_fit_all_again(window):  # type: ignore[no-untyped-def]
    _base(window)
    _import_second_wire(window)
    window.view.fit_all()
    QApplication.processEvents()
    stack = window.document.undo_stack
    for step in (stack.undo, stack.redo, stack.undo):
        step()
        QApplication.processEvents()
        now, fitted = _fitted(window)
        assert now == fitted


def test_undo_and_redo_of_an_import_keep_a_placed_march_view(window):  # type: ignore[no-untyped-def]
    _base(window)
    view = window.view
    view.go_to_days(dt.date(2025, 2, 27).toordinal(), dt.date(2025, 3, 16).toordinal())
    QApplication.processEvents()
    _import_second_wire(window)
    shown = view.visible_days()
    assert shown[0] <= dt.date(2025, 3, 8).toordinal() < shown[1]
    stack = window.document.undo_stack
    for step in (stack.undo, stack.redo, stack.undo):
        step()
        QApplication.processEvents()
        assert view.visible_days() == shown  # was: 3 - 19 February, about the merged clash


def test_zoom_in_after_go_to_date_stays_on_the_date_gone_to(window):  # type: ignore[no-untyped-def]
    """verify85 F6: with the 11 February clash selected, Go to Date "March 2025" then
    Zoom In showed 10 February - 5 March, then 11-26 February: March was gone."""
    _base(window)
    view = window.view
    window.selection.select("c1")
    QApplication.processEvents()
    view.prompt = lambda *_args: "March 2025"
    assert view.ask_go_to_date()
    QApplication.processEvents()
    march = dt.date(2025, 3, 16).toordinal()
    for _ in range(2):
        first, last = view.visible_days()
        middle = (first + last) / 2
        view.zoom_by(1.6)
        QApplication.processEvents()
        first, last = view.visible_days()
        assert first <= middle <= last and first >= dt.date(2025, 3, 1).toordinal()
        assert abs((first + last) / 2 - middle) < 0.01 * (last - first)
    assert first <= march <= last
    # Selecting again gives the selection its zoom back.
    window.selection.select("c3")
    window.selection.select("c1")
    QApplication.processEvents()
    view.zoom_by(1.6)
    QApplication.processEvents()
    assert abs((sum(view.visible_days())) / 2 - march) > 1


def test_undo_of_an_added_event_keeps_an_event_selected_since(window):  # type: ignore[no-untyped-def]
    """verify85 F12: with the visit selected, an event added by hand, then the clash
    selected, Ctrl+Z of the addition selected the visit, not the clash."""
    _base(window)
    window.selection.select("c2")
    window.document.add_event(Event("h1", "Coastal ministry denies the harbour claim",
                                    _day(2025, 3, 4), category="statement"))
    window.selection.select("h1")
    window.selection.select("c1")
    QApplication.processEvents()
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert window.selection.event_id == "c1"  # was: c2


def test_undo_of_an_added_event_still_selected_gives_the_selection_before_it(window):  # type: ignore[no-untyped-def]
    _base(window)
    window.selection.select("c2")
    window.document.add_event(Event("h1", "Coastal ministry denies the harbour claim",
                                    _day(2025, 3, 4), category="statement"))
    window.selection.select("h1")
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert window.selection.event_id == "c2"
