"""File → Merge…'s table at 1280×800: a title and the "Differs" column in sight without
scrolling; at 900 px the Title was ~95 px ("Independenc…") and "Differs" was off to the
right, past a 290 px date range and a 415 px choice (verify30, fault 8)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QRect

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import main_window
from timeline_app.ui.merge_dialog import MergeDialog


def _other(mine):
    other = copy.deepcopy(mine)
    retitled = other.events[3]
    other.remove(retitled.id)
    other.add(dataclasses.replace(retitled, title="Iwaya goes to Seoul for talks on the "
                                  "forced labour compensation fund"))
    other.add(Event("talks", "Officials said talks on the return of villagers will be held",
                    FuzzyDate.of_day(dt.date(2026, 11, 16)),
                    end=FuzzyDate.of_day(dt.date(2026, 11, 22)), category="meeting"))
    return other


@pytest.mark.parametrize("screen", [(1280, 800), (1024, 768)])
def test_a_title_and_differs_show_whole(window, qtbot, monkeypatch, screen):
    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, *screen))
    mine = window.document.timeline
    dialog = MergeDialog(_other(mine), mine.events, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert dialog.width() <= screen[0] - 40
    title = MergeDialog.COLUMNS.index("Title")
    differs = MergeDialog.COLUMNS.index("Differs")
    assert table.columnWidth(title) >= MergeDialog.TITLE_LEAST
    # "Differs" ends inside the table's viewport: no horizontal scrolling to read it
    assert table.horizontalScrollBar().maximum() == 0
    assert (table.columnViewportPosition(differs) + table.columnWidth(differs)
            <= table.viewport().width())
    assert table.columnWidth(differs) >= 90
    if screen[0] >= 1280:  # room for the longest title whole
        metrics = table.fontMetrics()
        longest = max(metrics.horizontalAdvance(table.item(row, title).text())
                      for row in range(table.rowCount()))
        assert table.columnWidth(title) >= longest + 8
