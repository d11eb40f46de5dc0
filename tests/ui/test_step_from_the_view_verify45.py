"""With nothing selected, → takes the first event starting in the view, ← the last
(verify45: after going to "the early 2010s", → went to the timeline's first event, of
1929).  Only when none starts in the view, the timeline's first or last."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate, Timeline

YEARS = (1929, 1959, 2011, 2013, 2015, 2020, 2025)


def _timeline() -> Timeline:
    return Timeline.from_events([Event(f"y{year}", f"Event of {year}",
                                       FuzzyDate.of_day(dt.date(year, 6, 1)))
                                 for year in YEARS])


def test_arrows_with_nothing_selected_start_in_the_view(shown_view, qtbot):
    view = shown_view(_timeline(), size=(1000, 400))
    view.show_range(dt.date(2010, 1, 1).toordinal(), dt.date(2016, 12, 31).toordinal())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view._selection.event_id == "y2011"  # was y1929
    view.select_event(None)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view._selection.event_id == "y2015"  # was y2025
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view._selection.event_id == "y2020"  # from the selection, as before


def test_with_no_event_in_the_view_the_timeline_s_first(shown_view, qtbot):
    view = shown_view(_timeline(), size=(1000, 400))
    view.show_range(dt.date(1970, 1, 1).toordinal(), dt.date(1980, 12, 31).toordinal())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view._selection.event_id == "y1929"
