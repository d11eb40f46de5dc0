"""Session 24 (edit26): the import review's duplicate proposal follows the row's fields.

A date corrected in the review was compared with the timeline again, but a proposal was
only ever added: a row corrected away from the matched event (another date, or another
title and participants: plainly another happening) kept its "Merge", and a Return merged
two different events.  A proposal is now withdrawn or replaced when the row's fields
change, except a Merge the person chose by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("GENEVA, March 13 (Reuters) - Iran and the three European powers ended a round of "
        "talks on the nuclear programme in Geneva on Thursday, diplomats said.\n\n"
        "Iranian Foreign Minister Abbas Araqchi met British Foreign Secretary David Lammy in "
        "Geneva on Wednesday before the talks.\n\n"
        "The next round is scheduled for Vienna on March 27.\n")


def _day(day: int, month: int = 3) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, month, day))


EXISTING = [
    Event("geneva", "Abbas Araqchi and David Lammy meet in Geneva", _day(11),
          category="meeting", participants=("Abbas Araqchi", "David Lammy"),
          location="Geneva"),
    Event("london", "Abbas Araqchi and David Lammy meet in London", _day(20),
          category="meeting", participants=("Abbas Araqchi", "David Lammy"),
          location="London"),
]


@pytest.fixture
def review(qtbot):  # type: ignore[no-untyped-def]
    result = extract_events(TEXT, dct=dt.date(2026, 3, 13))
    dialog = ReviewDialog(result, existing=EXISTING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(i for i, c in enumerate(result.candidates) if "Lammy" in c.title)
    assert dialog.duplicates[row].existing.id == "geneva" and dialog.duplicates[row].likely
    assert not dialog.is_checked(row)
    assert dialog.duplicate_choice(row) == ReviewDialog.MERGE
    return dialog, row


def test_a_date_corrected_away_from_the_matched_event_withdraws_the_merge(review):
    dialog, row = review
    dialog.set_checked(row, True)  # ticked: merged into "geneva" as proposed
    assert dialog.outcome().merges  # (so far, the proposal stands)
    dialog.set_cell(row, "Date", "20 April 2026")
    assert row not in dialog.duplicates
    assert dialog.duplicate_choice(row) is None
    assert not any(box.isVisible() and box.currentText() == "Merge"
                   for box in dialog.table.findChildren(QComboBox))  # no Merge left painted
    assert dialog.table.item(row, ReviewDialog.DUPLICATE).text() == "no"
    assert "already in the timeline" not in dialog.intro.text()  # "1 looks like …" gone
    assert dialog.intro.text().startswith("3 events found")
    outcome = dialog.outcome()
    assert outcome.merges == {}  # added, not merged into the 11 March meeting
    assert any(e.date == FuzzyDate.of_day(dt.date(2026, 4, 20)) for e in outcome.events)
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    words = dialog.duplicate_label.text()
    assert "no longer looks like “Abbas Araqchi and David Lammy meet in Geneva”" in words
    # Corrected back: proposed again, Keep both while it is ticked (the person never
    # chose Merge for it since).
    dialog.set_cell(row, "Date", "11 March 2026")
    assert dialog.duplicates[row].existing.id == "geneva"
    assert "\n1 looks like events already in the timeline" in dialog.intro.text()
    assert dialog.duplicate_choice(row) == ReviewDialog.KEEP_BOTH
    assert dialog.outcome().merges == {}


def test_another_title_and_participants_withdraw_the_merge(review):
    dialog, row = review
    dialog.set_checked(row, True)
    dialog.set_cell(row, "Title", "Abbas Araqchi and Jean-Noël Barrot speak by telephone")
    dialog.set_cell(row, "Participants", "Abbas Araqchi, Jean-Noël Barrot")
    dialog.set_cell(row, "Place", "")
    assert row not in dialog.duplicates
    assert dialog.outcome().merges == {}


def test_a_row_corrected_to_another_event_proposes_that_one_without_merging_it(review):
    dialog, row = review
    dialog.set_checked(row, True)
    dialog.set_cell(row, "Place", "London")
    dialog.set_cell(row, "Date", "20 March 2026")
    assert dialog.duplicates[row].existing.id == "london"
    # ticked: Keep both until the person chooses Merge for the event it now names
    assert dialog.duplicate_choice(row) == ReviewDialog.KEEP_BOTH
    assert dialog.outcome().merges == {}
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    assert "meet in London" in dialog.duplicate_label.text()
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE)
    assert list(dialog.outcome().merges.values()) == ["london"]


def test_a_merge_chosen_by_hand_is_never_withdrawn(review):
    dialog, row = review
    dialog.set_checked(row, True)
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE)  # the person's own choice
    dialog.set_cell(row, "Date", "20 April 2026")
    dialog.set_cell(row, "Title", "Something else entirely")
    assert dialog.duplicates[row].existing.id == "geneva"
    assert list(dialog.outcome().merges.values()) == ["geneva"]
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    assert "You chose Merge: it is kept" in dialog.duplicate_label.text()
    dialog.set_cell(row, "Title", "Abbas Araqchi and David Lammy meet in Geneva")
    dialog.set_cell(row, "Date", "11 March 2026")  # corrected back: no such note
    assert "You chose Merge" not in dialog.duplicate_label.text()


def test_a_keep_both_chosen_by_hand_stays_while_the_same_event_is_proposed(review):
    dialog, row = review
    dialog.set_checked(row, True)
    dialog.set_duplicate_choice(row, ReviewDialog.KEEP_BOTH)
    dialog.set_cell(row, "Category", "statement")  # still the 11 March meeting's row
    assert dialog.duplicates[row].existing.id == "geneva"
    assert dialog.duplicate_choice(row) == ReviewDialog.KEEP_BOTH
    assert dialog.outcome().merges == {}


def test_the_event_another_row_merges_into_is_not_offered_again(review):
    dialog, row = review
    other = next(r for r in range(dialog.table.rowCount()) if r != row)
    dialog.set_cell(other, "Title", "Abbas Araqchi and David Lammy meet in Geneva")
    dialog.set_cell(other, "Participants", "Abbas Araqchi, David Lammy")
    dialog.set_cell(other, "Date", "11 March 2026")
    assert dialog.duplicates.get(other) is None or dialog.duplicates[other].existing.id != \
        "geneva"
    assert dialog.duplicates[row].existing.id == "geneva"
