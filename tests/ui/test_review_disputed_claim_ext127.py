"""A claim the article says another party disputes keeps its status through the import review
(verify75 F6, session 57): the event the review gives is Disputed, without the person setting
it.  The article is written for this test."""

from __future__ import annotations

from timeline_app.core import status
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

ARTICLE = ("REYKJAVIK, March 12, 2026 (X) - Talks on sharing the herring catch broke down on "
           "Thursday.\n\nIcelandic officials said on Tuesday that half of the herring now winters "
           "in Icelandic waters, a claim the Norwegian government disputes.\n")


def test_the_review_imports_a_disputed_claim_as_disputed(qtbot):
    result = extract_events(ARTICLE)
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    rows = {c.title: c for c in result.candidates}
    claim = next(t for t in rows if t.startswith("Icelandic officials"))
    for row, candidate in enumerate(result.candidates):
        dialog.set_checked(row, candidate.title == claim)
    (event,) = dialog.outcome().events
    assert event.status == status.DISPUTED


def test_the_review_says_the_row_is_imported_disputed_under_its_date_basis(qtbot):
    result = extract_events(ARTICLE)
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    row = next(k for k, c in enumerate(result.candidates)
               if c.title.startswith("Icelandic officials"))
    dialog.table.setCurrentCell(row, 1)
    assert "Status: Disputed, as imported" in dialog.evidence.toPlainText()
    other = next(k for k in range(len(result.candidates)) if k != row)
    dialog.table.setCurrentCell(other, 1)
    assert "Status:" not in dialog.evidence.toPlainText()
