"""verify59 F23: File → Merge of a colleague's copy made before an event was merged here
into another offered the merged-away event as new, ticked (Merge 2 would bring the
duplicate back).  It is "merged here into …", unticked, and one deleted here since is
"deleted here", unticked, as the timeline's noted readings (``left_out``) tell.

The events and the sentence are written for the test."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.core.model import LeftOut
from timeline_app.core.reimport import gone_here
from timeline_app.ui.merge_dialog import MergeDialog

TOUR_SENTENCE = ("A month later, Foreign Minister Wang Yi toured eight island states in ten "
                 "days, and his proposed deal was shelved at a meeting in Suva.")
VOTE_SENTENCE = "Tuvalu's parliament voted on the treaty in 2024."
ON = dt.date(2026, 12, 5)
MAY = FuzzyDate.of_month(2022, 5)
TOUR = Event("tour", "Wang Yi's Pacific tour", MAY, end=FuzzyDate.of_ymd(2022, 6, 4),
             category="China", participants=("Wang Yi",), source_id="src-a",
             evidence=(Evidence(TOUR_SENTENCE, 2566, 2566 + len(TOUR_SENTENCE)),))
AUKUS = Event("aukus", "AUKUS announced", FuzzyDate.of_ymd(2021, 9, 15), category="Security")
READINGS = (LeftOut("src-a", TOUR_SENTENCE, "China", "May 2022", ON, LeftOut.MERGED),
            LeftOut("src-a", VOTE_SENTENCE, "Treaty", "2024", ON, LeftOut.DELETED))

# The colleague's copy: the two events kept here, the one merged away and the one deleted
# (as a TimelineJS file brings them back: no article, the sentence at 0), and one new.
MERGED_AWAY = Event("tours", "Wang Yi tours eight island states", MAY, category="China",
                    participants=("Wang Yi",),
                    evidence=(Evidence(TOUR_SENTENCE, 0, len(TOUR_SENTENCE)),))
DELETED = Event("vote", "Tuvalu votes on the treaty", FuzzyDate.of_year(2024),
                category="Treaty", evidence=(Evidence(VOTE_SENTENCE, 0, len(VOTE_SENTENCE)),))
NEW = Event("new", "Forum leaders meet in Palau", FuzzyDate.of_ymd(2026, 8, 10),
            category="Forum")
COPY = Timeline.from_events([TOUR, AUKUS, MERGED_AWAY, DELETED, NEW], title="Colleague")


def test_gone_here_knows_the_events_merged_and_deleted_here() -> None:
    gone = gone_here(COPY.events, READINGS, [TOUR, AUKUS])
    assert set(gone) == {"tours", "vote"}
    assert gone["tours"] == (READINGS[0], TOUR) and gone["vote"] == (READINGS[1], None)
    assert gone_here(COPY.events, (), [TOUR, AUKUS]) == {}


def test_an_event_merged_here_comes_back_unticked_into_its_event(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(COPY, [TOUR, AUKUS], left_out=READINGS)
    qtbot.addWidget(dialog)
    rows = {event.id: row for row, event in enumerate(dialog.events)}
    merged, deleted, new = rows["tours"], rows["vote"], rows["new"]
    assert not dialog.is_checked(merged) and not dialog.is_checked(deleted)
    assert dialog.is_checked(new)
    box = dialog.table.cellWidget(dialog.row_of(merged), 3)
    assert box.shown_text().startswith("Merged here into “Wang Yi's Pacific tour”")
    assert dialog.duplicates["tours"].existing is TOUR
    assert dialog.table.item(dialog.row_of(deleted), 3).text() == "deleted here"
    assert "you merged this event here into “Wang Yi's Pacific tour”" in \
        dialog.duplicate_text(merged)
    assert "you deleted this event here on 5 December 2026" in dialog.duplicate_text(deleted)
    outcome = dialog.outcome()
    assert [e.id for e in outcome.events] == ["new"]  # Merge adds the new one alone
