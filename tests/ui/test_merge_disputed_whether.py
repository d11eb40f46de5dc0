"""Disputed beyond when and where (session 35, edit32): one article says the summit was
held, another that it was called off; the import review and File → Merge merged them as
one event that happened, the "called off" a sentence among its evidence.  Now the two
disagree "whether it took place", and "Merge, disputed" is chosen at first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog
from timeline_app.ui.merge_dialog import MergeDialog

HELD = ("BRUSSELS, March 11, 2025 (AP) — European Union and Serbian leaders held a summit in "
        "Brussels on Monday, officials said.\n")
CALLED_OFF = ("BELGRADE, March 11, 2025 (Tanjug) — The European Union and Serbia called off "
              "their summit in Brussels on Monday, officials said.\n")


def test_the_review_merges_a_called_off_summit_as_disputed(qtbot) -> None:  # type: ignore[no-untyped-def]
    existing = [c.to_event() for c in extract_events(HELD).candidates]
    dialog = ReviewDialog(extract_events(CALLED_OFF), existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    (row,) = dialog.duplicates
    choice = dialog.table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert isinstance(choice, QComboBox) and choice.count() == 4  # (and Another event…)
    assert dialog.duplicate_choice(row) == ReviewDialog.MERGE_DISPUTED
    words = dialog.duplicate_text(row)
    assert "whether it took place (the new telling says “called off”" in words
    assert words.endswith("the event is marked Disputed.")
    assert dialog.is_checked(row)  # ticked: left out, the timeline said it was held
    assert dialog.import_button.text() == "&Import 1: 0 new, 1 merged"
    assert "1 looks like events already in the timeline: 1 to merge as disputed." in \
        dialog.intro.text()
    outcome = dialog.outcome()
    assert outcome.disputed == set(outcome.merges) and len(outcome.merges) == 1


def test_file_merge_chooses_disputed_for_a_summit_held_and_postponed(qtbot) -> None:  # type: ignore[no-untyped-def]
    day = FuzzyDate.of_day(dt.date(2025, 3, 10))
    said = "The EU-Serbia summit in Brussels was postponed, officials said on Monday."
    ours = [Event("s", "EU-Serbia summit in Brussels", day, category="meeting",
                  participants=("European Union", "Serbia"), location="Brussels")]
    theirs = Timeline.from_events([Event(
        "t", "EU-Serbia summit in Brussels", day, category="meeting",
        participants=("European Union", "Serbia"), location="Brussels",
        evidence=(Evidence(said, 0, len(said)),))], title="Theirs")
    dialog = MergeDialog(theirs, ours)
    qtbot.addWidget(dialog)
    choice = dialog.table.cellWidget(0, 3)
    assert isinstance(choice, QComboBox)
    assert choice.currentData() == MergeDialog.MERGE_DISPUTED
    assert "whether it took place (the new telling says “postponed”" in dialog.duplicate_text(0)
    assert dialog.is_checked(0)  # a likely duplicate, ticked: told as held and postponed
    assert "1 disagrees with an event of this timeline on whether it took place" in \
        dialog.findChild(QLabel).text()
    outcome = dialog.outcome()
    assert outcome.merges == {"t": "s"} and outcome.disputed == {"t"}


def test_merge_selected_events_offers_disputed_for_held_and_called_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    day = FuzzyDate.of_day(dt.date(2025, 3, 10))
    said = "The EU and Serbia called off their summit in Brussels on Monday."
    events = [Event("h", "EU-Serbia summit", day),
              Event("c", "EU-Serbia summit", day, evidence=(Evidence(said, 0, len(said)),))]
    dialog = MergeEventsDialog(events, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status_note.isVisible()
    assert dialog.status_note.text() == (
        "One telling says “called off”, another tells it as held: choose Disputed if the "
        "outlets dispute whether it took place (Alt+U, then D)")
    assert dialog.choices()[3] == ""  # offered, never chosen for the person


PLANNED = ("DUBAI, March 9 (Reuters) - The European Union's naval mission said on Monday one "
           "of its frigates was heading to the area.\n\nSaudi Foreign Minister Prince Faisal "
           "bin Farhan will travel to Tehran next week for talks with his Iranian counterpart "
           "Abbas Araqchi on Red Sea security, two diplomatic sources said.\n")
PUT_OFF = ("RIYADH, March 13 (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan's "
           "visit to Tehran, planned for next week, has been postponed, the Saudi foreign "
           "ministry said on Friday.\n")


def test_the_review_ticks_a_plan_told_as_put_off_and_merge_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    # verify58 F22: the row repeating "… visits Tehran (scheduled)" was left out, unticked,
    # and the timeline went on saying the visit was on
    existing = [c.to_event() for c in extract_events(PLANNED).candidates]
    (plan,) = [e for e in existing if e.title.endswith("(scheduled)")]
    dialog = ReviewDialog(extract_events(PUT_OFF), existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    (row,) = [r for r, m in dialog.duplicates.items() if m.existing.id == plan.id]
    assert dialog.is_checked(row)
    assert dialog.duplicate_choice(row) == ReviewDialog.MERGE
    from timeline_app.core.duplicates import merge_events

    outcome = dialog.outcome()
    incoming = next(e for e in outcome.events if outcome.merges.get(e.id) == plan.id)
    assert merge_events(plan, incoming).title.endswith("visits Tehran (postponed)")
