"""The import review of a rival outlet's article offers its other day for the signing as a
possible repeat with "Merge, disputed" (verify44 F15: "not like any event already in the
timeline", and no Duplicate column at all)."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtWidgets import QComboBox

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

RIVAL = ("Venezuela, Guyana leaders end summit with statement\n\n"
         "BRIDGETOWN, Dec 4, 2026 (Antilles Press) - Venezuela's Nicolás Maduro and Guyana's "
         "Irfaan Ali signed a joint statement on Saturday, ending their summit in Bridgetown.\n")


def test_the_review_offers_a_rivals_other_day_with_merge_disputed(qtbot) -> None:  # type: ignore[no-untyped-def]
    existing = [Event("wire", "Nicolás Maduro and Irfaan Ali sign joint statement in Bridgetown",
                      FuzzyDate.of_day(dt.date(2026, 12, 4)), category="treaty",
                      participants=("Nicolás Maduro", "Irfaan Ali"), location="Bridgetown")]
    dialog = ReviewDialog(extract_events(RIVAL, None), existing=existing)
    qtbot.addWidget(dialog)
    dialog.resize(1500, 600)
    dialog.show()
    (row,) = [i for i, c in enumerate(dialog.extraction.candidates) if "statement" in c.title]
    match = dialog.duplicates[row]
    assert match.existing.id == "wire" and not match.likely
    choice = dialog.table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert isinstance(choice, QComboBox)
    assert "Merge, disputed" in [choice.itemText(i) for i in range(choice.count())]
    assert choice.currentText() == "Keep both"  # never merged by default
    assert "4 December 2026 / 28 November 2026" in dialog.duplicate_text(row)
    dialog.table.setCurrentCell(row, 0)
    if os.environ.get("FIX69_GRAB"):
        dialog.grab().save(os.environ["FIX69_GRAB"])
