"""verify70 F17: with the three "Release" lanes hidden, Fit All showed 1988-2029 with
1994-2019 an empty band over half the width, although Collapse Empty Periods was on: the
hidden events held those years open.  The breaks are now found from the events shown."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline


def _timeline() -> Timeline:
    events = [Event(f"w{year}", f"Talks {year}", FuzzyDate.of_ymd(year, 5, 1),
                    category="meeting") for year in (1988, 1990, 1991, 1993)]
    events += [Event(f"n{year}", f"Accord {year}", FuzzyDate.of_ymd(year, 3, 1),
                     category="treaty") for year in range(2020, 2030)]
    for lane in ("release a", "release b", "release c"):  # one each quarter, 1994-2019
        events += [Event(f"{lane}{year}{month}", f"Release {year}-{month}",
                         FuzzyDate.of_ymd(year, month, 15), category=lane)
                   for year in range(1994, 2020) for month in (2, 5, 8, 11)]
    return Timeline.from_events(events)


def _band_over(view, first: _dt.date, last: _dt.date) -> bool:  # type: ignore[no-untyped-def]
    return any(b.first_day <= first.toordinal() and b.last_day >= last.toordinal()
               for b in view._scale.breaks)


def test_fit_all_collapses_the_years_empty_of_shown_events(window, qtbot):
    view = window.view
    assert view.collapse_empty_periods()
    window.document.replace_timeline(_timeline(), None)
    view.fit_all()
    assert not _band_over(view, _dt.date(1995, 1, 1), _dt.date(2018, 12, 1))
    for lane in ("release a", "release b", "release c"):
        window.find_state.toggle_category(lane)  # a click on its legend entry
    view.fit_all()
    assert _band_over(view, _dt.date(1995, 1, 1), _dt.date(2018, 12, 1))
    first, last = view.visible_days()
    width = view.viewport().width()
    empty = view.x_of_day(_dt.date(2019, 1, 1).toordinal()) - view.x_of_day(
        _dt.date(1994, 6, 1).toordinal())
    assert empty < width / 4  # (it was over half the width)
    assert first <= _dt.date(1988, 5, 1).toordinal() and last >= _dt.date(2029, 3, 2).toordinal()
    window.find_state.toggle_category("release b")  # shown again: the years fill
    view.fit_all()
    assert not _band_over(view, _dt.date(1995, 1, 1), _dt.date(2018, 12, 1))



def test_an_undo_under_filters_after_their_fit_all_keeps_the_view_and_the_band(window):  # type: ignore[no-untyped-def]
    """edit69's first form found the breaks from the events shown at every change, and an
    undo of a change the filters hide moved the view to 1978 (verify59 F14's case,
    ``test_filter_leaves_nothing_in_view``): the event undone is in the lanes before the
    filters hide it again.  After Ctrl+0 with the lanes hidden, a hidden event deleted,
    the deletion undone and redone: the view and the band stay."""
    from PySide6.QtWidgets import QApplication

    view = window.view
    window.document.replace_timeline(_timeline(), None)
    for lane in ("release a", "release b", "release c"):
        window.find_state.toggle_category(lane)
    view.fit_all()
    QApplication.processEvents()
    assert _band_over(view, _dt.date(1995, 1, 1), _dt.date(2018, 12, 1))
    before = view.visible_days()
    def kept(step) -> None:  # type: ignore[no-untyped-def]
        assert _band_over(view, _dt.date(1995, 1, 1), _dt.date(2018, 12, 1)), step
        first, last = view.visible_days()
        assert abs(first - before[0]) < 400 and abs(last - before[1]) < 400, step

    _delete_undo_redo_undo(window, "release b20052", kept)
    shown = view.visible_days()
    window.find_state.clear_filter()  # every event again: no band over their years,
    QApplication.processEvents()      # the same days on screen
    assert not _band_over(view, _dt.date(1995, 1, 1), _dt.date(2018, 12, 1))
    assert view.visible_days() == pytest.approx(shown, abs=2.0)


def test_an_undo_under_a_date_filter_after_its_fit_all_keeps_the_view(window):  # type: ignore[no-untyped-def]
    """``test_filter_leaves_nothing_in_view``'s undo (verify59 F14), after a Ctrl+0 under
    the filter: the breaks are then the shown events' (none among 2018-2025), and the
    undo of the 1985 summit's deletion still keeps the view on them."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.query import EventFilter

    events = [Event(f"y{year}", f"Meeting of {year}", FuzzyDate.of_ymd(year, 5, 1),
                    category="Talks") for year in (1980, 1985, 1990, *range(2018, 2026))]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.find_state.set_filter(EventFilter(first_day=_dt.date(2018, 1, 1),
                                             last_day=_dt.date(2026, 12, 31)))
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()

    def kept(step) -> None:  # type: ignore[no-untyped-def]
        first, last = view.visible_days()
        assert first > _dt.date(2000, 1, 1).toordinal(), step
        assert last > _dt.date(2025, 5, 2).toordinal(), step

    _delete_undo_redo_undo(window, "y1985", kept)


def _delete_undo_redo_undo(window, event_id: str, kept) -> None:  # type: ignore[no-untyped-def]
    """Delete ``event_id`` (one the filters hide), then undo, redo and undo, calling
    ``kept(step)`` after each."""
    from PySide6.QtWidgets import QApplication

    window.document.remove_event(event_id)
    QApplication.processEvents()
    stack = window.document.undo_stack
    for step in (stack.undo, stack.redo, stack.undo):
        step()
        QApplication.processEvents()
        QApplication.processEvents()
        kept(step)
