"""The Events list puts a deadline at its end (verify57 F29): "by the end of April 2025 —
Panama's comptroller to complete audit" was listed before "22 April 2025 — Terrorist
attack in Pahalgam".  The order comes from the model (``Timeline.reading_order``)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui.event_list import EventTableModel

BY_APRIL = FuzzyDate.of_month(2025, 4).with_limit("ON_OR_BEFORE")


def _titles(model: EventTableModel) -> list[str]:
    return [str(model.data(model.index(row, 1))) for row in range(model.rowCount())]


def test_a_deadline_is_listed_at_its_end_and_follows_edits(qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline = Timeline.from_events([
        Event("audit", "Comptroller to complete audit", BY_APRIL),
        Event("attack", "Terrorist attack in Pahalgam", FuzzyDate.of_ymd(2025, 4, 22)),
        Event("visit", "Visit", FuzzyDate.of_ymd(2025, 4, 2))])
    document = Document(timeline)
    model = EventTableModel(document)
    assert _titles(model) == ["Visit", "Terrorist attack in Pahalgam",
                              "Comptroller to complete audit"]
    assert str(model.data(model.index(2, 0))) == "by the end of April 2025"
    assert model.row_of("audit") == 2 and model.row_of("visit") == 0
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _titles(model)[0] == "Comptroller to complete audit"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    document.add_event(Event("may", "Summit", FuzzyDate.of_ymd(2025, 5, 1)))
    assert _titles(model)[-2:] == ["Comptroller to complete audit", "Summit"]
    assert model.row_of("may") == 3
