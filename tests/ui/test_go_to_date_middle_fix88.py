"""verify84 F9: on a 1974-2026 view whose last years Fit All draws wide (a compressed gap
before them), Go to Date offered "2022", the day under the view's middle pixel; it offers
the middle of the days the view shows (the gap's hidden days not counted), or the
selected event's date."""

from __future__ import annotations

import datetime as _dt

from tests.ui.test_go_to_date_selected_verify79 import _offered
from timeline_app.core import Event, FuzzyDate, Timeline


def _sparse_then_busy() -> Timeline:
    """An event every 20 days from 1960 to 1980, then from 2020 to 2022: a gap of 40
    years between, collapsed."""
    events = []
    for first, end in ((1960, 1980), (2020, 2022)):
        day = _dt.date(first, 1, 1)
        while day < _dt.date(end, 1, 1):
            events.append(Event(f"e{day.toordinal()}", "Envoys of Arland and Bovia meet",
                                FuzzyDate.of_day(day), category="meeting"))
            day += _dt.timedelta(days=20)
    return Timeline.from_events(events)


def test_go_to_date_offers_the_middle_of_the_days_shown(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_sparse_then_busy(), size=(1200, 400))
    view.fit_all()
    first, last = view.visible_days()
    assert first < _dt.date(1960, 1, 1).toordinal() and last > _dt.date(2021, 6, 1).toordinal()
    assert view._breaks  # the gap between 1980 and 2020 is collapsed
    under_middle = view.day_at(view.viewport().width() / 2)
    assert under_middle > _dt.date(2015, 1, 1).toordinal()  # (the trial's case)
    year = int(_offered(view).split()[-1])
    assert 1965 <= year <= 1976, year  # 1970: the middle of the 22 years shown
    for brk in view._breaks:  # never a year a gap hides
        hidden = (brk.first_day, brk.last_day)
        assert not hidden[0] < _dt.date(year, 7, 1).toordinal() < hidden[1]


def test_go_to_date_offers_the_selected_events_year(shown_view):  # type: ignore[no-untyped-def]
    timeline = _sparse_then_busy()
    timeline = Timeline.from_events([*timeline.events, Event(
        "y", "Arland declares its shelf claim", FuzzyDate.of_year(1973), category="policy")])
    view = shown_view(timeline, size=(1200, 400))
    view.fit_all()
    view.select_event("y")
    assert _offered(view) == "1973"
