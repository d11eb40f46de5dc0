"""A range shows in full ("March–June 1965": the year the ends share said once) in the
event list's Date column, its tooltip and the status bar; the list still sorts by the start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate

PNG_DIR = Path("/work/coord/png")


def test_a_range_shows_start_and_end_in_the_list_and_status_bar(window, qtbot):
    window.document.add_event(Event(
        "talks-1965", "Normalization talks", FuzzyDate.of_month(1965, 3),
        end=FuzzyDate.of_month(1965, 6), category="treaty"))
    window.selection.select(None)
    listing, model = window.event_list, window.event_list.table_model()
    row = model.row_of("talks-1965")
    cell = model.index(row, 0)
    assert cell.data() == "March–June 1965"
    assert "March–June 1965" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    # The whole text fits the column (not elided to "March 1965 – J…")
    assert listing.fontMetrics().horizontalAdvance(cell.data()) + 8 <= listing.columnWidth(0)
    # Sorted by the start: before June 1965, which starts later
    assert row < model.row_of("normalization-1965")
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.visualRect(cell).center())
    assert window.selection.event_id == "talks-1965"
    assert "selected: Normalization talks (March–June 1965)" in window._status.text()
    if PNG_DIR.is_dir():
        listing.grab().save(str(PNG_DIR / "uxfix-range-in-list.png"))


def test_the_timelines_tooltip_on_a_range_says_both_ends(window, qtbot):
    """verify21: the timeline's tooltip on an event from 3 to 5 May 2024 said "3 May 2024
    (day)"; the list, Details and Copy said "3–5 May 2024"."""
    from PySide6.QtWidgets import QApplication

    window.document.add_event(Event(
        "summit-2024", "Summit in Geneva", FuzzyDate.of_ymd(2024, 5, 3),
        end=FuzzyDate.of_ymd(2024, 5, 5), category="meeting"))
    view = window.view
    view.show_event("summit-2024")
    QApplication.processEvents()
    tip = view._tooltip_for(view._hit(view.marker_rect("summit-2024").center()))
    assert "3–5 May 2024 (day)" in tip, tip
