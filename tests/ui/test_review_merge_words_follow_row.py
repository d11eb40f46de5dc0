"""The line under the review's table says what a merge would change with the row as
corrected (verify44 F3: participants corrected from "Irfaan Ali, Mia Mottley" to "Nicolás
Maduro, Irfaan Ali" still read "Merge would change that event: … adds participants: Irfaan
Ali, Mia Mottley", though the merge itself took the correction).  A Merge chosen by hand is
kept whatever the fields (``_recheck_duplicate``), and its line was worked out from the row
as extracted."""

from __future__ import annotations

import dataclasses
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
    # (Kaja Kallas, not named in the event's title, is added only when asked: F20)
    assert "“Merge + Kaja Kallas” adds it;" in words
    assert "David Lammy" not in words.partition("Merge would change")[2]
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE_ADDING)
    assert "adds participants: Kaja Kallas;" in dialog.duplicate_label.text()
    dialog.set_checked(row, True)  # merged as chosen: what the line said is what it does
    outcome = dialog.outcome()
    merged = [e for e in outcome.events if outcome.merges.get(e.id) == "geneva"]
    assert [e.participants for e in merged] == [("Abbas Araqchi", "Kaja Kallas")]


# verify55 F20: RFE/RL's "Parliamentary elections" row named "Armenia, Azerbaijan"; merged
# (ticked in bulk) into her event corrected to "Armenia", it added Azerbaijan without a word.
ELECTIONS_TEXT = ("PRAGUE, March 2 (RFE/RL) - Armenia and Azerbaijan are preparing for a "
                  "year of votes: Armenia holds parliamentary elections in June 2026, and "
                  "officials in Baku and Yerevan said on Monday that talks would go on.\n")
HERS = [Event("vote", "Armenian parliamentary elections (scheduled)",
              FuzzyDate.of_month(2026, 6), category="event", participants=("Armenia",))]


def _elections_row(dialog: ReviewDialog) -> int:
    return next(r for r, m in dialog.duplicates.items() if m.existing.id == "vote")


def test_a_bulk_merge_keeps_her_participants_and_offers_the_addition(qtbot):  # type: ignore[no-untyped-def]
    result = extract_events(ELECTIONS_TEXT, dct=dt.date(2026, 3, 2))
    dialog = ReviewDialog(result, existing=HERS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = _elections_row(dialog)
    dialog.set_cell(row, "Participants", "Armenia, Azerbaijan")  # as RFE/RL's row was
    dialog.set_checked(row, True)  # ticked among others, never looked at
    assert dialog.merges(row)
    outcome = dialog.outcome()
    merged = [e for e in outcome.events if outcome.merges.get(e.id) == "vote"]
    assert [e.id in outcome.keeps_participants for e in merged] == [True]
    # the Duplicate? box offers the addition by name, and the line under the table says it
    box = dialog.table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert box.findText("Merge + Azerbaijan") >= 0
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    assert "keeps its participants (Armenia): “Merge + Azerbaijan” adds it" in (
        dialog.duplicate_label.text())
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE_ADDING)
    outcome = dialog.outcome()
    merged = [e for e in outcome.events if outcome.merges.get(e.id) == "vote"]
    assert [e.id in outcome.keeps_participants for e in merged] == [False]
    assert "adds participants: Azerbaijan" in dialog.duplicate_label.text()
    assert ": 1 to merge." in dialog.intro.text()  # (counted as a merge, not "as well")
    assert dialog.import_button.text().endswith("1 merged")


def test_merge_keeping_participants_takes_those_the_title_names() -> None:
    from timeline_app.core.duplicates import merge_events, participants_added

    row = Event("r", "Araqchi and Lammy meet", FuzzyDate.of_day(dt.date(2026, 3, 11)),
                category="meeting", participants=("Abbas Araqchi", "David Lammy", "Iran"))
    kept = merge_events(EXISTING[0], row, add_participants=False)
    assert kept.participants == ("Abbas Araqchi", "David Lammy")  # named in its title
    assert participants_added(EXISTING[0], row) == ("Iran",)
    assert merge_events(EXISTING[0], row).participants == ("Abbas Araqchi", "David Lammy",
                                                           "Iran")
    assert merge_events(HERS[0], dataclasses.replace(row, participants=("Azerbaijan",)),
                        add_participants=False).participants == ("Armenia",)
