"""The line under the review's table says what a merge would change with the row as
corrected (verify44 F3: participants corrected from "Irfaan Ali, Mia Mottley" to "Nicolás
Maduro, Irfaan Ali" still read "Merge would change that event: … adds participants: Irfaan
Ali, Mia Mottley", though the merge itself took the correction).  A Merge chosen by hand is
kept whatever the fields (``_recheck_duplicate``), and its line was worked out from the row
as extracted."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("GENEVA, March 13 (Reuters) - Iranian Foreign Minister Abbas Araqchi met British "
        "Foreign Secretary David Lammy in Geneva on Wednesday before the talks.\n")
EXISTING = [Event("geneva", "Abbas Araqchi and David Lammy meet in Geneva",
                  FuzzyDate.of_day(dt.date(2026, 3, 11)), category="meeting",
                  participants=("Abbas Araqchi",), location="Geneva")]


def test_the_merge_line_follows_the_corrected_participants(qtbot):  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(TEXT, dct=dt.date(2026, 3, 13)), existing=EXISTING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(r for r, m in dialog.duplicates.items() if m.existing.id == "geneva")
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    assert "adds participants: David Lammy" in dialog.duplicate_label.text()
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE)  # chosen by hand: kept whatever the fields
    dialog.set_cell(row, "Participants", "Abbas Araqchi, Kaja Kallas")
    dialog.table.setCurrentCell(row, ReviewDialog.PLACE)
    words = dialog.duplicate_label.text()
    assert "adds participants: Kaja Kallas;" in words
    assert "adds participants: David Lammy" not in words
    dialog.set_checked(row, True)  # merged as proposed: what the line said is what it does
    outcome = dialog.outcome()
    merged = [e for e in outcome.events if outcome.merges.get(e.id) == "geneva"]
    assert [e.participants for e in merged] == [("Abbas Araqchi", "Kaja Kallas")]
