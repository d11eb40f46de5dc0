"""Whether the data goes on past the view's right edge is asked in display units: past a
collapsed period a day number lies further right than its place on the axis, and a view
showing the data's end was read as one with data beyond it (view54's note, session 48), its
last lanes then packed from the world's chunks, which cut titles at the edge."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Timeline


def _timeline() -> Timeline:
    early = [Event(f"a{n}", f"Early talks {n}", FuzzyDate.of_day(dt.date(1950, 1 + n, 10)),
                   category="meeting") for n in range(6)]
    late = [Event(f"b{n}", f"Recent talks {n}", FuzzyDate.of_day(dt.date(2020 + n // 6,
                                                                       1 + 2 * (n % 6), 5)),
                  category="meeting") for n in range(30)]
    return Timeline.from_events(early + late, title="Gap")


def test_the_data_end_in_view_is_no_world_beyond_it(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_timeline(), size=(1000, 500))
    assert view._scale.u_of_day(view._data_range()[1]) < view._data_range()[1]  # a band
    last_x = (view._scale.u_of_day(view._data_range()[1]) - view._origin) * view._px_per_day
    assert last_x <= view.viewport().width()  # Fit All shows the data's end
    assert not view._world_beyond_the_right()
