"""Session 64's new-user trial: Filters → Plans only had no number beside it, where every
other filter says how many events it keeps ("Treaty (1)", "Disputed (2)"); and the Events
list's "◇" before a plan's date was read by a screen reader as "white diamond" or not at
all.  Now "Plans only (2)", kept as events are added, edited and removed, and the Date
cell of a plan is read "planned, 3 March 2027"."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.plans import count_plans, is_plan_title

TODAY = dt.date(2026, 12, 8)


def _story() -> Timeline:
    return Timeline.from_events([
        Event("plan", "Envoys meet in Tarsk (scheduled)", FuzzyDate.of_ymd(2027, 3, 3)),
        Event("vague", "Donors' meeting (Scheduled) ", FuzzyDate.of_part(2027, "SP")),
        Event("held", "Ceasefire holds", FuzzyDate.of_ymd(2026, 11, 29)),
        Event("word", "Scheduled flights resume", FuzzyDate.of_ymd(2026, 10, 2)),
    ])


def test_count_plans_agrees_with_the_rule() -> None:
    titles = ["A (scheduled)", "B (SCHEDULED)  ", "C (Scheduled)", "Scheduled talks",
              "D (scheduled) held", "E", "F (ſcheduled)", ""]
    assert count_plans(titles) == sum(map(is_plan_title, titles)) == 4
    assert count_plans(iter(titles)) == 4  # (any iterable, read once)


def test_plans_only_says_how_many_plans_it_keeps(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.document import Document
    from timeline_app.ui.filter_panel import FilterPanel
    from timeline_app.ui.find import FindState

    document = Document(_story())
    state = FindState(document)
    panel = FilterPanel(document, state)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.plans_check.text() == "Plans o&nly (2)"
    document.add_event(Event("next", "Vote on the accord (scheduled)",
                             FuzzyDate.of_ymd(2027, 5, 2)))
    assert panel.plans_check.text() == "Plans o&nly (3)"
    held = document.timeline.get("plan")
    document.update_event(dataclasses.replace(held, title="Envoys meet in Tarsk"))
    assert panel.plans_check.text() == "Plans o&nly (2)"
    document.remove_event("next")
    assert panel.plans_check.text() == "Plans o&nly (1)"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert panel.plans_check.text() == "Plans o&nly (3)"
    # The count is the same a fresh count gives.
    panel.refresh()
    assert panel.plans_check.text() == "Plans o&nly (3)"


def test_a_plans_date_cell_is_read_planned(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import clock
    from timeline_app.document import Document
    from timeline_app.ui.event_list import EventTableModel

    monkeypatch.setattr(clock, "today", lambda: TODAY)  # (plans ahead: verify90 F7)
    model = EventTableModel(Document(_story()))
    role = Qt.ItemDataRole.AccessibleTextRole
    words = {str(model.data(model.index(row, 1))): model.data(model.index(row, 0), role)
             for row in range(model.rowCount())}
    assert words == {"Envoys meet in Tarsk (scheduled)": "planned, 3 March 2027",
                     "Donors' meeting (Scheduled) ": "planned, spring 2027",
                     "Ceasefire holds": None, "Scheduled flights resume": None}
    assert model.data(model.index(0, 1), role) is None  # (other cells: their text)


def test_a_screen_reader_hears_planned(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Through Qt's accessibility interface of the Events list's cells."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QTableView

    from timeline_app.core import clock
    from timeline_app.document import Document
    from timeline_app.ui.event_list import EventTableModel

    monkeypatch.setattr(clock, "today", lambda: TODAY)  # (plans ahead: verify90 F7)
    model = EventTableModel(Document(_story()))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.show()
    qtbot.waitExposed(table)
    interface = QAccessible.queryAccessibleInterface(table)
    cells = (interface.child(k) for k in range(interface.childCount()))
    names = {cell.text(QAccessible.Text.Name) for cell in cells
             if cell.role() == QAccessible.Role.Cell}
    assert "planned, 3 March 2027" in names and "29 November 2026" in names
    assert not any(name.startswith("\u25c7") for name in names)
