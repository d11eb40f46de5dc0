"""verify79 F3, F4 through the window's import: an UPDATE that moves a plan by a day is
offered as that plan's new date, ticked to merge, and merged the event takes it; a
different act of the same day does not start half ticked as a second telling."""

from __future__ import annotations

from typing import Any

from test_import_correction import _import as import_reviewed

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

FIRST = ("Guyana, Venezuela open border talks in Bridgetown\n\n"
         "BRIDGETOWN, Dec 1 (Caribbean Wire) - Delegations from Guyana and Venezuela opened "
         "border talks in Bridgetown on Tuesday, mediated by Barbados.\n\n"
         "Officials said a second session was planned for Thursday and that a signing "
         "ceremony could follow on Friday if the sides agree on the river survey.\n")
AGREED = ("Guyana and Venezuela agree on river survey\n\n"
          "BRIDGETOWN, December 1, 2026 (Antilles Press) - Guyana and Venezuela agreed late on "
          "Tuesday on a joint survey of the Cuyuni river, the Barbadian mediators said.\n")
UPDATE = ("UPDATE 1-Guyana-Venezuela survey signing moved to Saturday\n\n"
          "BRIDGETOWN, Dec 2 (Caribbean Wire) - The signing of a river survey agreement "
          "between Guyana and Venezuela has been moved by a day to Saturday, December 5, "
          "Barbadian mediators said on Wednesday.\n")


def _import(window: Any, monkeypatch: Any, text: str, qtbot: Any) -> ReviewDialog:
    """``text`` imported through the window with the review's own ticks and choices."""
    return import_reviewed(window, monkeypatch, text, qtbot, False)


def test_an_update_moving_the_plan_by_a_day_is_merged_with_the_new_day(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    _import(window, monkeypatch, FIRST, qtbot)
    (plan,) = [e for e in window.document.timeline.events if e.title.startswith("Signing")]
    assert plan.date.describe() == "4 December 2026"
    review = _import(window, monkeypatch, UPDATE, qtbot)
    (row,) = [r for r, m in review.duplicates.items() if m.existing.id == plan.id]
    assert review.is_checked(row) and review.duplicate_choice(row) == review.MERGE
    line = review.duplicate_text(row)
    assert "date: 4 December 2026 → 5 December 2026" in line, line
    moved = window.document.timeline.get(plan.id)
    assert moved.date.describe() == "5 December 2026"
    assert "moved by a day from 4 December 2026" in moved.date_basis
    assert "told otherwise" not in moved.date_basis


PREPARED = ("Guyana and Venezuela agree on river survey\n\n"
            "BRIDGETOWN, December 2, 2026 (Antilles Press) - Guyana and Venezuela agreed late "
            "on Tuesday on a joint survey of the Cuyuni river, the Barbadian mediators said.\n\n"
            "Guyanese and Venezuelan delegations met in Bridgetown on Monday to prepare the "
            "talks, the mediators said.\n")


def test_a_corrected_row_is_offered_the_event_a_keep_both_row_holds(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify79 F4 (b): the duplicate check runs again on a row corrected in the review —
    and an event another row is matched with but only kept beside (Keep both) is offered
    to it: "Row 2 is not like any event already in the timeline" stayed."""
    existing = [c.to_event() for c in extract_events(FIRST, None).candidates]
    (talks,) = [e for e in existing if "open border talks" in e.title]
    review = ReviewDialog(extract_events(PREPARED, None), True, None, existing, False, {})
    qtbot.addWidget(review)
    (held,) = [r for r, m in review.duplicates.items() if m.existing.id == talks.id]
    assert review.duplicate_choice(held) == review.KEEP_BOTH
    (row,) = [r for r in range(review.table.rowCount())
              if "survey" in review.table.item(r, review.TITLE).text()]
    assert row not in review.duplicates
    review.table.item(row, review.TITLE).setText(
        "Guyana and Venezuela open border talks in Bridgetown")
    assert review.duplicates[row].existing.id == talks.id
    assert "already in the timeline" in review.duplicate_text(row)


def test_esc_from_the_duplicate_list_gives_the_keys_back_to_the_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify79 F9: F2 on a row's Duplicate? box, Esc, then ↓ and Space meant for the rows
    turned that row's choice instead: the keys stayed in the box."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    existing = [c.to_event() for c in extract_events(FIRST, None).candidates]
    review = ReviewDialog(extract_events(UPDATE, None), True, None, existing, False, {})
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    review.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review, timeout=5000)
    (row,) = review.duplicates
    table = review.table
    box = table.cellWidget(row, review.DUPLICATE)
    choice = review.duplicate_choice(row)
    table.setCurrentCell(row, review.DUPLICATE)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(box.view().isVisible, timeout=5000)
    qtbot.keyClick(box.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.view().isVisible(), timeout=5000)
    # (the window's focus widget: the offscreen platform may leave no window active once
    # the list closes)
    qtbot.waitUntil(lambda: review.focusWidget() is table, timeout=5000)
    assert table.currentRow() == row
    ticked = review.is_checked(row)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert review.duplicate_choice(row) == choice
    assert review.is_checked(row) != ticked  # Space ticks the current row
