"""verify12 (fresh-user trial of session 11's merged work): fixes of findings 5-10."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication


def _settle(qtbot, rounds: int = 10) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def _front(window, docks):  # type: ignore[no-untyped-def]
    return [d.windowTitle() for d in docks
            if d.isVisible() and not d.visibleRegion().isEmpty()]


@pytest.mark.parametrize("width", [1024, 900])
def test_the_filters_never_grow_the_window_and_give_the_tab_back(window, qtbot, monkeypatch,
                                                                 width):
    """Finding 6: at 1024×700 Find → Filters grew the window to 1024×783 (the panel's
    least height became the dock's), the Events list fell to two rows, and the window
    stayed 783 px after the Filters closed; closing them brought Article to the front
    instead of Details, and opening them as a tab left Article in front."""
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1600, 1000))
    window.resize(width, 700)
    _settle(qtbot)
    docks = (window._details_dock, window._article_dock, window._filter_dock)
    assert "Details" in _front(window, docks)
    rows_before = window.event_list.viewport().height()
    action = window._filter_dock.toggleViewAction()
    action.trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    _settle(qtbot)
    assert window.height() == 700 and window.width() == width
    assert "Filters" in _front(window, docks)
    assert window.event_list.viewport().height() >= min(rows_before, 3 * 20)
    action.trigger()
    qtbot.waitUntil(lambda: not window._filter_dock.isVisible())
    _settle(qtbot)
    assert window.height() == 700
    assert "Details" in _front(window, docks) and "Article" not in _front(window, docks)
    action.trigger()  # again, now a tab for certain when narrow
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    _settle(qtbot)
    assert window.height() == 700
    assert "Filters" in _front(window, docks)
