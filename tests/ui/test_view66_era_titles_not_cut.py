"""verify67 (F15): the lanes scrolled to show the selected event never leave the era's
title row cut in half under the axis and overview strip.

Her lesson (an era "Colonial period" over the lanes, 1910-1945) at 1.5x: the lanes
scrolled 9 px to show the last event, and the row of era titles went half under the
overview strip (106_c).  The scroll now stops where the titles are wholly on screen or
wholly scrolled away, the event still wholly shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.view_base import LANE_HEADER, LANE_PAD, LANES_TOP
from timeline_app.ui.view_eras import ERA_LABEL_ROW


def _with_an_era(window, qtbot, height):  # type: ignore[no-untyped-def]
    window.document.add_event(Event("era", "Colonial period", FuzzyDate.of_year(1910),
                                    end=FuzzyDate.of_year(1945), category="era"))
    window.document.add_event(Event("annex", "Japan annexes Korea", FuzzyDate.of_year(1910),
                                    category="colonial rule"))
    window.resize(1280, height)
    qtbot.waitUntil(lambda: window.view.viewport().height() < height - 100)
    qtbot.wait(50)
    view = window.view
    view.fit_all()
    return view


@pytest.mark.parametrize("short", range(1, 2 * ERA_LABEL_ROW, 3))
def test_the_era_titles_are_whole_or_away_after_a_scroll_to_an_event(window, qtbot, short):  # type: ignore[no-untyped-def]
    """An event's rect ``short`` px below the lanes on screen (its lane's header above
    it on screen): the lanes scroll so that it shows, the titles whole or away."""
    view = _with_an_era(window, qtbot, 560)
    rows = view._era_title_rows() * ERA_LABEL_ROW
    assert rows >= ERA_LABEL_ROW
    vbar = view.verticalScrollBar()
    assert vbar.maximum() > 3 * ERA_LABEL_ROW  # (lanes taller than the view)
    visible_h = view.viewport().height() - LANES_TOP
    rect = QRectF(100, visible_h - LANE_PAD + short - 18, 10, 18)
    vbar.setValue(0)
    view._scroll_lanes_to(rect)
    value = vbar.value()
    assert value == 0 or value >= rows, (short, value, rows)
    assert value <= rect.top() - LANE_HEADER and rect.bottom() + LANE_PAD <= value + visible_h
    # and back up to an event just under the titles: they come back whole
    vbar.setValue(rows + 40)
    view._scroll_lanes_to(QRectF(100, rows + LANE_HEADER + 2, 10, 18))
    assert vbar.value() in (0, rows) or vbar.value() >= rows


def test_the_last_event_revealed_leaves_no_title_cut(window, qtbot):  # type: ignore[no-untyped-def]
    view = _with_an_era(window, qtbot, 560)
    rows = view._era_title_rows() * ERA_LABEL_ROW
    view.verticalScrollBar().setValue(0)
    view.ensure_visible("annex")
    value = view.verticalScrollBar().value()
    assert value == 0 or value >= rows
    item = view._item_of(view._layout(), "annex")
    assert item.rect.bottom() <= value + view.viewport().height() - LANES_TOP
