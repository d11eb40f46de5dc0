"""verify77 F15: a wire desk opened Find → Filters, the Events list (the dock at the
bottom) got shorter, and it stayed so after the Filters closed.  The Filters' column had
narrowed the view, its titles took more rows, and the most the lanes had needed was kept
for the window's width, which had not changed: the narrower view's need stood for the
wider one's.  It is kept for each width of the view now (``_fit_list_to_timeline``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from tests.ui.wire_desk_edit80 import wire_desk_timeline


def _settle(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(30):
        QApplication.processEvents()
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    for _ in range(10):
        QApplication.processEvents()
        qtbot.wait(5)


@pytest.fixture
def wire_window(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1600, 1000))
    window.document.replace_timeline(wire_desk_timeline(), None)
    window.size_to(1600, 900)
    _settle(window, qtbot)
    window.view.fit_all()
    _settle(window, qtbot)
    return window


def _sizes(window) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The Events list's height, Details' width and the view's size that the docks leave."""
    return (window._list_dock.height(), window._details_dock.width(), window.view.width())


def test_the_events_list_is_as_tall_after_the_filters_close(wire_window, qtbot):  # type: ignore[no-untyped-def]
    window = wire_window
    before = _sizes(window)
    filters = window._filter_dock.toggleViewAction()
    for _ in range(2):  # opened and closed twice: the same sizes each time
        filters.trigger()
        _settle(window, qtbot)
        assert window._filter_dock.isVisible()
        opened = _sizes(window)
        assert opened[2] < before[2]  # the Filters' column takes the view's width
        filters.trigger()
        _settle(window, qtbot)
        assert not window._filter_dock.isVisible()
        assert _sizes(window) == before, (before, opened)


def test_the_find_bar_gives_back_what_it_took(wire_window, qtbot):  # type: ignore[no-untyped-def]
    """The Find bar's row, taken from the list or the lanes while it is open, is given
    back when it closes, after a search that moved the view to a busier stretch."""
    from timeline_app.core.dates import day_number

    window = wire_window
    before = _sizes(window)
    window.view.show_range(day_number(2026, 9, 1), day_number(2026, 10, 30))  # quiet
    _settle(window, qtbot)
    window.view.fit_all()
    _settle(window, qtbot)
    assert _sizes(window) == before
    window.open_find()
    qtbot.waitUntil(window._find_toolbar.isVisible)
    window.find_bar.field.setText("convoy")
    _settle(window, qtbot)
    window.step_match(+1)
    _settle(window, qtbot)
    window.find_bar.close_bar()
    _settle(window, qtbot)
    window.view.fit_all()
    _settle(window, qtbot)
    assert _sizes(window) == before


def test_the_filters_as_a_tab_leave_details_as_wide(wire_window, qtbot):  # type: ignore[no-untyped-def]
    """Opened in a narrow window, the Filters go beside Details as a tab; opened again
    in a wide one they are that tab still, and narrowing them to 260 px narrowed Details
    and every tab beside it, for good."""
    window = wire_window
    filters = window._filter_dock.toggleViewAction()
    window.size_to(1024, 640)
    _settle(window, qtbot)
    filters.trigger()
    _settle(window, qtbot)
    assert window.tabifiedDockWidgets(window._filter_dock)
    filters.trigger()
    _settle(window, qtbot)
    window.size_to(1600, 900)
    _settle(window, qtbot)
    before = _sizes(window)
    filters.trigger()
    _settle(window, qtbot)
    assert window._filter_dock.isVisible()
    assert window._details_dock.width() == before[1]
    filters.trigger()
    _settle(window, qtbot)
    assert _sizes(window) == before
