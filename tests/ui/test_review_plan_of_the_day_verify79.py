"""verify79 F4 (b) in the import review: a row whose date the person corrects to the day
of a plan the timeline holds ("Second round of talks (scheduled)", a meeting, no
participants) is offered that plan, likely held: ticked, Merge chosen.  Her row stayed
"not like any event already in the timeline" after she retyped it to the plan's Thursday."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

OPENED = ("Tonga, Samoa open fisheries talks in Apia\n\n"
          "APIA, Dec 1 (Pacific Wire) - Tongan and Samoan delegations opened fisheries talks "
          "in Apia on Tuesday under a New Zealand chair.\n\n"
          "A second round of talks is scheduled for Thursday, the chair's office said.\n")
# (dated by its "Monday", a weekday the person finds wrong and retypes)
MISDATED = ("Tonga-Samoa fisheries talks go on\n\n"
            "APIA, December 4, 2026 (Island Press) - Tongan and Samoan negotiators met on "
            "Monday under New Zealand envoy Ruth Kavanagh, leaving the licence fees open.\n")


def test_a_row_retyped_to_the_plans_day_is_ticked_to_merge_into_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    existing = [c.to_event() for c in extract_events(OPENED, None).candidates]
    (plan,) = [e for e in existing if e.title.endswith("(scheduled)")]
    review = ReviewDialog(extract_events(MISDATED, None), True, None, existing, False, {})
    qtbot.addWidget(review)
    (row,) = range(review.table.rowCount())
    assert review.table.item(row, review.DATE).text() == "30 November 2026"
    match = review.duplicates.get(row)
    assert match is None or match.existing.id != plan.id
    review.table.item(row, review.DATE).setText("3 December 2026")
    assert review.duplicates[row].existing.id == plan.id
    assert review.duplicate_choice(row) == review.MERGE, review.duplicates[row].reason
    assert review.is_checked(row)  # the plan held: news, merged
    assert "Second round of talks (scheduled)" in review.duplicate_text(row)

