"""A range typed in Go to Date is shown at its real length: a collapsed band it reaches into
opens, not only one that holds most of it (verify67 F11: "1890-1960" showed 4 July 1906 - 30
October 1963, the years 1890-1906 left inside a band)."""

from __future__ import annotations

import datetime as dt

JUNE_1965 = dt.date(1965, 6, 15).toordinal()


def test_a_typed_range_that_reaches_into_a_band_opens_it(window) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    (brk,) = view.scale().breaks  # the default timeline's 1965-2023 band
    view.prompt = lambda *_args: "1955-1975"  # typed in Go to Date
    assert view.ask_go_to_date()
    # 1965-1975 (40 % of the range) was in the band: it is open, the range at one scale
    assert view.scale().is_linear
    first, last = view.visible_days()
    assert first <= dt.date(1955, 1, 1).toordinal() and last >= dt.date(1975, 12, 31).toordinal()
    assert last - first < 365.25 * 25
    assert brk.empty_first  # (the band the test began with)


def test_days_around_an_event_beside_a_band_still_leave_it_closed(window) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    view.prompt = lambda *_args: "28 June 1965"  # a day: shown among its neighbours
    assert view.ask_go_to_date()
    assert len(view.scale().breaks) == 1
