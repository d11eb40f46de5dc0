"""New-user trial verify65 (a researcher's three wire stories on invented boundary talks):
the import review of a re-told meeting and its header (the articles here are our own, in
the same shapes)."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

STORY = """Chile-Peru fisheries commission meeting postponed

LIMA, 22 April 2026 (AFP) - Chile and Peru postponed the first meeting of their fisheries \
commission, officials said on Wednesday.

The commission, agreed when the two foreign ministers met in Arica on March 12, was meant \
to map the fishing grounds.
"""

ARICA = ("Chile's Foreign Minister Alberto Valdes and Peru's Foreign Minister Rosa Quispe "
         "arrived on Thursday.",
         "Valdes and Quispe talked for three hours behind closed doors at the Casa de la Cultura.")


def _held() -> Event:
    """The timeline's meeting, told by an earlier article: its persons, a longer place."""
    return Event("held", "Alberto Valdes and Rosa Quispe meet at the Casa de la Cultura, Arica",
                 FuzzyDate.of_ymd(2026, 3, 12), category="meeting",
                 participants=("Alberto Valdes", "Rosa Quispe"),
                 location="Casa de la Cultura, Arica",
                 evidence=tuple(Evidence(text, 0, len(text)) for text in ARICA))


def _intro(dialog: ReviewDialog) -> str:
    return dialog.intro.text()  # (the heading and its notes: two labels since fix85)


def _review(qtbot, existing, confidence=None):  # type: ignore[no-untyped-def]
    result = extract_events(STORY)
    if confidence is not None:
        result = dataclasses.replace(result, candidates=tuple(
            dataclasses.replace(c, confidence=confidence) for c in result.candidates))
    dialog = ReviewDialog(result, True, None, list(existing))
    qtbot.addWidget(dialog)
    return dialog


def test_a_meeting_matching_on_every_point_starts_ticked_to_merge(qtbot):
    """verify65 F4: "Two foreign ministers meet in Brasilia", 12 March, the same parties
    (the ministers read as their states) and the same place as the timeline's meeting, was
    "possibly already in the timeline", ticked with Keep both: imported as offered, the
    meeting went in twice.  It starts ticked with Merge chosen (Keep both still offered),
    and the header counts it as one to merge."""
    dialog = _review(qtbot, [_held()])
    row = next(row for row, c in enumerate(dialog.extraction.candidates)
               if c.date == FuzzyDate.of_ymd(2026, 3, 12))
    match = dialog.duplicates[row]
    assert match.existing.id == "held" and match.likely and match.every_point
    assert dialog.is_checked(row) and dialog.duplicate_choice(row) == dialog.MERGE
    assert dialog.merges(row)
    intro = _intro(dialog)
    assert "1 looks like events already in the timeline: 1 to merge." in intro
    assert "possibly already" not in intro and "start unticked" not in intro
    # the person can still keep both
    box = dialog.table.cellWidget(row, dialog.DUPLICATE)
    assert box.findData(dialog.KEEP_BOTH) >= 0


def test_the_header_counts_no_unsure_row_the_review_ticked(qtbot):
    """verify65 F5: "1 is unticked because the extractor is unsure of it (under 50%
    confidence)" above a table whose every row was ticked (the unsure row was news of the
    timeline's plan, ticked to merge).  An unsure row the review ticks is not counted."""
    dialog = _review(qtbot, [_held()], confidence=0.45)
    row = next(row for row in dialog.duplicates)
    assert dialog.is_checked(row)  # (a match on every point: ticked, however unsure)
    unticked = [r for r in range(dialog.table.rowCount()) if not dialog.is_checked(r)]
    assert len(unticked) == 1
    assert "1 is unticked because the extractor is unsure of it" in _intro(dialog)
    dialog.set_checked(unticked[0], True)
    assert "unticked because" not in _intro(dialog)
