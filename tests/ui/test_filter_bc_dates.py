"""verify41, F1: a historian's Filters From "100 BC" To "AD 300" said "Cannot read “100 BC” as
a date" and applied To alone: the era before AD 1 could not be picked.  From and To now read
any year the editor and Go to Date read, BC included, and a period ("the 1st century BC",
"1618–1648": From takes its first day, To its last)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_filter_article_outlet import window_with_filters
from tests.ui.test_find_filter import _list_ids
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import day_number


def _history() -> Timeline:
    return Timeline.from_events([
        Event("sulla", "Sulla meets Orobazus", FuzzyDate.of_year(-95)),     # 96 BC
        Event("carrhae", "Battle of Carrhae", FuzzyDate.of_year(-52)),     # 53 BC
        Event("standards", "Standards returned", FuzzyDate.of_year(-19)),  # 20 BC
        Event("rhandeia", "Settlement of Rhandeia", FuzzyDate.of_year(63)),
        Event("war", "Thirty Years' War", FuzzyDate.of_year(1618), FuzzyDate.of_year(1648)),
        Event("vienna", "Final Act of Vienna", FuzzyDate.of_ymd(1815, 6, 9)),
    ])


def _filter(window, qtbot, first: str, last: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.filter_panel
    panel.from_field.setText(first)
    panel.to_field.setText(last)
    qtbot.keyClick(panel.to_field, Qt.Key.Key_Return)


def test_an_era_before_ad_1(qtbot):  # type: ignore[no-untyped-def]
    window = window_with_filters(qtbot, _history())
    _filter(window, qtbot, "60 BC", "20 BC")
    assert window.find_state.filter.first_day == day_number(-59, 1, 1)
    assert window.find_state.filter.last_day == day_number(-19, 12, 31)
    assert set(_list_ids(window)) == {"carrhae", "standards"}
    assert window.filter_panel.date_problem.text() == ""
    assert "2 of 6 events shown" in window._status.text()


def test_periods_from_their_first_day_to_their_last(qtbot):  # type: ignore[no-untyped-def]
    window = window_with_filters(qtbot, _history())
    _filter(window, qtbot, "the 1st century BC", "the 1st century")
    assert window.find_state.filter.first_day == day_number(-99, 1, 1)   # 100 BC
    assert window.find_state.filter.last_day == day_number(100, 12, 31)  # AD 100
    assert set(_list_ids(window)) == {"sulla", "carrhae", "standards", "rhandeia"}
    _filter(window, qtbot, "1640-1700", "1800-1820")
    assert set(_list_ids(window)) == {"war", "vienna"}
    assert window.filter_panel.date_problem.text() == ""


def test_what_cannot_be_read_is_still_said(qtbot):  # type: ignore[no-untyped-def]
    window = window_with_filters(qtbot, _history())
    _filter(window, qtbot, "the reign of Augustus", "")
    assert "Cannot read “the reign of Augustus” as a date" in (
        window.filter_panel.date_problem.text())
    assert window.find_state.filter.first_day is None
