"""verify70 F17: with the three "Release" lanes hidden, Fit All showed 1988-2029 with
1994-2019 an empty band over half the width, although Collapse Empty Periods was on: the
hidden events held those years open.  The breaks are now found from the events shown."""

from __future__ import annotations

import datetime as _dt

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

