"""The window's axis stops after the data's period while the view shows all of the data
(verify65 F7, session 52 view63): a 24-event timeline ending "by 31 March 2027" at Fit
All in an 870 px view ran its axis on to "2028 Jan Jul", a quarter of the width, over
the room Fit All leaves after the last event for titles right of their markers.  The
picture of the whole timeline already stopped there (``axis_days``, verify61 F21).  A
view that shows only part of the data (zoomed in, panned, Go to Date) keeps every tick.
(The tester's own file is hers: this timeline is written for the test, of its shape.)"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from tests.ui.test_view58_found_in_badge import at_fit_all
from timeline_app.core import Event, FuzzyDate, Timeline

D, M, Y = FuzzyDate.of_ymd, FuzzyDate.of_month, FuzzyDate.of_year

EVENTS = [
    ("Independence", Y(1975), "Event"),
    ("United Nations tribunal rules on the frontier", Y(2007), "Dispute"),
    ("Surinamese patrol boat orders drilling ship contracted by Guyana", M(2025, 9), "Dispute"),
    ("Guyana protests incident", D(2025, 11, 18), "Dispute"),
    ("Guyana recalls its ambassador to Paramaribo", D(2025, 12, 10), "Dispute"),
    ("Expert-level talks called off", M(2026, 1), "Meeting"),
    ("Luiz Inacio Lula da Silva meets by phone", M(2026, 2), "Meeting"),
    ("Caricom summit in Bridgetown calls for dialogue", M(2026, 2), "Meeting"),
    ("Carla Barnett welcomes talks", D(2026, 3, 6), "Statement"),
    ("Ministers meet in Brasilia", D(2026, 3, 11), "Meeting"),
    ("Hugh Todd and Melvin Bouva meet in Itamaraty Palace, Brasilia", D(2026, 3, 12), "Meeting"),
    ("Technical commission meets in Paramaribo (postponed)", D(2026, 4, 20), "Meeting"),
    ("Vieira phones Todd and Bouva", D(2026, 4, 21), "Call"),
    ("Meeting in Kingston (scheduled)", M(2026, 5), "Meeting"),
    ("Technical commission holds first meeting in Paramaribo", D(2026, 5, 14), "Meeting"),
    ("Jennifer Geerlings-Simons visits abroad (did not take place)", M(2026, 6), "Visit"),
    ("Technical commission meets again in Georgetown", D(2026, 6, 9), "Meeting"),
    ("Guyana and Suriname sign river boundary framework", D(2026, 7, 2), "Treaty"),
    ("Suriname parliament committee reviews framework", D(2026, 8, 15), "Event"),
    ("Talks between Guyana and Suriname (scheduled)", M(2026, 9), "Meeting"),
    ("Second phase of talks opens", M(2026, 9), "Meeting"),
    ("Suriname's parliament to vote on the framework (scheduled)", M(2026, 10), "Event"),
    ("Framework agreement on joint exploration (scheduled)", M(2027, 1), "Treaty"),
    ("Joint exploration zone to be agreed (scheduled)", D(2027, 3, 31), "Treaty"),
]
SIZE = (1127, 820)  # (an 870 px view beside the Details dock, as verify65's)
YEAR_AFTER = dt.date(2028, 1, 1).toordinal()


def _timeline() -> Timeline:
    return Timeline.from_events(
        [Event(f"e{index:02}", title, date, category=category)
         for index, (title, date, category) in enumerate(EVENTS)],
        title="Guyana and Suriname, 1975-2027")


def _texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for _rect, text in view.axis_labels()]


def test_fit_all_draws_no_year_after_the_data(window) -> None:  # type: ignore[no-untyped-def]
    view = at_fit_all(window, _timeline(), SIZE)
    assert view.visible_days()[1] > YEAR_AFTER + 30  # (Fit All's room for the last titles)
    texts = _texts(view)
    assert "2027" in texts
    assert "2028" not in texts  # (was "2028 Jan Jul" over the titles' room)
    # no tick nor grid line in 2028 either
    segments = view._axis_segments()
    assert all(tick.day < YEAR_AFTER for seg in segments if seg.ticks is not None
               for tick in (*seg.ticks.major, *seg.ticks.minor))


def test_a_view_of_part_of_the_data_keeps_its_ticks_after_it(window) -> None:  # type: ignore[no-untyped-def]
    view = at_fit_all(window, _timeline(), SIZE)
    view.zoom_by(1.5, anchor_x=view.viewport().width() - 1.0)  # (the room's end kept)
    QApplication.processEvents()
    assert view.visible_days()[1] > YEAR_AFTER + 30
    assert view.x_of_day(view._data_range()[0]) < 0  # (the data's start off screen)
    assert "2028" in _texts(view)


def test_go_to_a_year_after_the_data_names_it(window) -> None:  # type: ignore[no-untyped-def]
    """Go to Date outside the data widens the axis to it (``_extra_range``): that day
    counts as data, so a view of all of it still names the year asked for."""
    view = at_fit_all(window, _timeline(), SIZE)
    view.go_to_days(dt.date(2029, 1, 1).toordinal(), dt.date(2030, 1, 1).toordinal())
    QApplication.processEvents()
    assert "2029" in _texts(view)


def test_a_pans_tiles_draw_the_grid_as_the_view_at_rest(window) -> None:  # type: ignore[no-untyped-def]
    """The rule reads the scale, not where the view stands: a pan's tiles are painted at
    other origins (``view_pan._paint_pan_band``), and must draw the same grid."""
    view = at_fit_all(window, _timeline(), SIZE)
    at_rest = view._axis_days_shown()
    assert at_rest is not None
    origin = view._origin
    try:
        view._origin = origin + 200.0 / view._px_per_day  # (a tile's origin, further right)
        assert view._axis_days_shown() == at_rest
    finally:
        view._origin = origin
