"""Session 64's new-user trial: the Filters had no "Upcoming" preset, the plans after
today, though they read "today" already.  Find → Upcoming Plans opens the Filters with
Plans only ticked and From "today": one change of the filter, said in the panel's fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_find_filter import _list_ids
from tests.ui.test_today_line_view86 import TODAY, _story
from timeline_app.core import Event, FuzzyDate, clock


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 7, 15, 30))


def test_upcoming_plans_shows_the_plans_from_today_on(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    timeline = _story()
    # A plan of the past, never marked held: not upcoming.
    timeline.add(Event("old", "Envoys were to meet (scheduled)", FuzzyDate.of_ymd(2026, 10, 1)))
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.show()
    assert not window._filter_dock.isVisible()
    window.upcoming_action.trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    QApplication.processEvents()
    current = window.find_state.filter
    assert current.plans_only and current.first_day == TODAY.toordinal()
    assert current.last_day is None
    panel = window.filter_panel
    assert panel.plans_check.isChecked() and panel.from_field.text() == "today"
    assert panel.date_problem.text() == ""
    assert set(_list_ids(window)) == {"swap", "talks", "vote"}
    # Cleared as any filter is.
    window.clear_filters_action.trigger()
    assert not window.find_state.filter.is_active and not panel.plans_check.isChecked()


def test_upcoming_keeps_the_other_filters_and_empties_to(qtbot):  # type: ignore[no-untyped-def]
    from tests.ui.test_filter_article_outlet import window_with_filters
    from tests.ui.test_filter_bc_dates import _filter

    window = window_with_filters(qtbot, _story())
    _filter(window, qtbot, "", "January 2027")
    window.upcoming_action.trigger()
    QApplication.processEvents()
    current = window.find_state.filter
    assert current.plans_only and current.first_day == TODAY.toordinal()
    assert current.last_day is None and window.filter_panel.to_field.text() == ""
