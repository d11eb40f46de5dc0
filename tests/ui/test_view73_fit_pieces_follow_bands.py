"""Fit All's pieces never lie across a band made after it (verify73 F13).

A desk's file of the Nile dam talks: a 2015 declaration, talks breaking down in December
2023, two events of 2024-2025, then a week of news in November-December 2026 and two
meetings to come.  Fit All drew the newest events wider (its story piece, from late 2026
on).  Once the 2024 and 2025 events were gone (a filter hid them, or they were deleted
in a view zoomed by hand), 2024-2026 was a new band, under the story piece: the scale
went back on itself, the axis stacked band edges with "2016 / Apr" over them and the
December 2023 event was drawn under "2016" until Ctrl+0.  (The desk's own file is
evaluation material: these events are written for the test, of its shape.)"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.scale import Break, Squeeze, squeezes_apart

D, M = FuzzyDate.of_ymd, FuzzyDate.of_month

EVENTS = [
    ("decl", "Declaration of principles signed", M(2015, 3), "Treaty"),
    ("down", "Negotiations break down", M(2023, 12), "Dispute"),
    ("fill", "Fifth filling of the reservoir", M(2024, 10), "Event"),
    ("open", "The dam is inaugurated", M(2025, 9), "Event"),
    ("talks", "Ministers resume talks in Khartoum", D(2026, 11, 30), "Policy"),
    ("draft", "Negotiators agree a draft on drought rules", D(2026, 12, 1), "Meeting"),
    ("delay", "Addis Ababa meeting postponed", D(2026, 12, 2), "Policy"),
    ("deny", "A binding release is denied", D(2026, 12, 3), "Dispute"),
    ("was", "Ministers' meeting in Addis Ababa (postponed)", D(2026, 12, 10), "Meeting"),
    ("next", "Ministers meet in Addis Ababa (scheduled)", D(2027, 1, 14), "Meeting"),
]


def _timeline() -> Timeline:
    return Timeline.from_events([Event(event_id, title, date, category=category)
                                 for event_id, title, date, category in EVENTS])


def _increasing(view) -> None:  # type: ignore[no-untyped-def]
    """The view's day → x is increasing, and every event is drawn in date order."""
    scale = view._scale
    assert all(a <= b for a, b in zip(scale._days, scale._days[1:], strict=False)), scale._days
    assert all(a <= b for a, b in zip(scale._units, scale._units[1:], strict=False))
    mapping = view.mapping()
    xs = [mapping.x_of_day(event.day_range()[0])
          for event in view._document.timeline.events if event.id not in view._hidden]
    assert xs == sorted(xs)


def test_a_band_made_under_fit_alls_story_piece_lets_the_piece_go(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_timeline(), size=(640, 500))
    QApplication.processEvents()
    assert view._scale.squeezes, "(the case: Fit All draws the newest events wider)"
    story_first = min(piece.first_day for piece in view._scale.squeezes)
    view._auto_fit = False  # (zoomed by hand: an edit re-finds the bands at once)
    before = view.visible_days()
    for event_id in ("fill", "open"):
        view._document.remove_event(event_id)
        QApplication.processEvents()
    new_band = [b for b in view._scale.breaks
                if b.empty_first >= dt.date(2024, 1, 1).toordinal()]
    assert new_band and new_band[0].last_day > story_first  # (the band under the piece)
    _increasing(view)
    assert not view._scale.squeezes
    first, last = view.visible_days()
    assert first <= dt.date(2015, 3, 1).toordinal()  # the days on screen stay so
    assert last >= dt.date(2027, 1, 15).toordinal()
    assert last - first < 2 * (before[1] - before[0])
    view.fit_all()  # (Ctrl+0 makes its pieces for the bands there are)
    _increasing(view)


def test_squeezes_apart_keeps_only_pieces_clear_of_the_bands() -> None:
    bands = [Break(100.0, 200.0, 110.0, 190.0, 5.0), Break(300.0, 400.0, 310.0, 390.0, 5.0)]
    pieces = [Squeeze(0.0, 50.0, 10.0), Squeeze(40.0, 60.0, 5.0),  # overlaps the one before
              Squeeze(190.0, 250.0, 30.0),  # touches the first band: kept
              Squeeze(260.0, 320.0, 20.0),  # across the second band's edge
              Squeeze(395.0, 500.0, 50.0), Squeeze(150.0, 160.0, 2.0)]
    kept = squeezes_apart(bands, sorted(pieces, key=lambda piece: piece.first_day))
    assert [(p.first_day, p.last_day) for p in kept] == [(0.0, 50.0), (190.0, 250.0),
                                                         (395.0, 500.0)]


def _filtered(window, event_filter) -> None:  # type: ignore[no-untyped-def]
    window.find_state.set_filter(event_filter)
    QApplication.processEvents()


def test_a_filter_whose_events_are_a_sliver_of_the_view_fits_them(window) -> None:  # type: ignore[no-untyped-def]
    """verify73 F14: the Meeting lane from 6 December 2026 kept Fit All's view of
    2015-2027, the two meetings squeezed at its right edge.  Events a filter lets
    through that lie within a tenth of the width are fitted, as those off screen are,
    the status bar says so, and clearing the filters goes back to the view before."""
    from timeline_app.core.query import EventFilter

    window.document.replace_timeline(_timeline(), None)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    before = view.visible_days()
    mapping = view.mapping()
    x0, x1 = (mapping.x_of_day(dt.date(*ymd).toordinal()) for ymd in ((2026, 12, 10),
                                                                        (2027, 1, 15)))
    assert 0 < x1 - x0 < 0.1 * mapping.width  # (the case: a sliver of the view)
    _filtered(window, EventFilter(
        hidden_categories=frozenset({"Treaty", "Dispute", "Event", "Policy"}),
        first_day=dt.date(2026, 12, 6).toordinal()))
    first, last = view.visible_days()
    assert first < dt.date(2026, 12, 10).toordinal() and last > dt.date(2027, 1, 14).toordinal()
    mapping = view.mapping()
    x0, x1 = (mapping.x_of_day(dt.date(*ymd).toordinal()) for ymd in ((2026, 12, 10),
                                                                        (2027, 1, 14)))
    assert x1 - x0 > 0.5 * mapping.width
    assert window.statusBar().currentMessage().startswith(
        "Fitted to the events the filters show: they took ")
    _filtered(window, EventFilter())
    assert view.visible_days() == pytest.approx(before, abs=1.0)


def test_a_filter_that_leaves_its_events_across_the_view_keeps_the_days(window) -> None:  # type: ignore[no-untyped-def]
    """The README's promise stands where the events shown are not a sliver: the Dispute
    lane (December 2023, December 2026) keeps the days on screen (a view zoomed by hand:
    Fit All's view fits itself to them again when the window's height changes)."""
    from timeline_app.core.query import EventFilter

    window.document.replace_timeline(_timeline(), None)
    QApplication.processEvents()
    view = window.view
    view.show_range(dt.date(2013, 1, 1).toordinal(), dt.date(2027, 3, 1).toordinal())
    QApplication.processEvents()
    before = view.visible_days()
    _filtered(window, EventFilter(
        hidden_categories=frozenset({"Treaty", "Meeting", "Event", "Policy"})))
    assert view.visible_days() == before
    assert not window.statusBar().currentMessage().startswith("Fitted")


def test_an_undo_under_the_filter_keeps_a_view_zoomed_out_by_hand(window) -> None:  # type: ignore[no-untyped-def]
    """Only a change of the filters fits a sliver of their events: zoomed out by hand
    after it, an undo of a change to an event they hide (their hidden events change,
    not the filters) keeps the view, its days too."""
    from timeline_app.core.query import EventFilter

    window.document.replace_timeline(_timeline(), None)
    QApplication.processEvents()
    view = window.view
    _filtered(window, EventFilter(
        hidden_categories=frozenset({"Treaty", "Dispute", "Event", "Policy"}),
        first_day=dt.date(2026, 12, 6).toordinal()))
    view.show_range(dt.date(2015, 1, 1).toordinal(), dt.date(2027, 3, 1).toordinal())
    QApplication.processEvents()
    assert view._filtered_share() is not None  # (a sliver again, by hand)
    before = view.visible_days()
    window.document.remove_event("fill")  # (an Event of 2024: hidden)
    QApplication.processEvents()
    window.document.undo_stack.undo()
    QApplication.processEvents()
    QApplication.processEvents()
    # Not fitted to the two meetings again, nor zoomed out by the undone event's years
    # held open for a moment (the breaks of the events shown wait for the filters'
    # weighing of the change: 2027 became 2029)
    assert view.visible_days() == pytest.approx(before, abs=1.0)
