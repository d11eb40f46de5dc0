"""The import review keeps the end the extractor gives an event that lasts (ext13: a
three-day visit was imported as one day: the review's date cell showed only its start)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("HANOI, 14 October 2026 (Reuters) - Indonesian Foreign Minister Retno Marsudi arrived "
        "in Hanoi on Tuesday for a three-day official visit.")


def test_the_review_imports_a_visit_with_its_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(TEXT, dct=dt.date(2026, 10, 14)))
    qtbot.addWidget(dialog)
    row = next(i for i, c in enumerate(dialog.extraction.candidates) if c.end is not None)
    assert dialog.table.item(row, ReviewDialog.DATE).text() == \
        "13 October 2026 to 15 October 2026"
    assert not dialog.corrected_by_hand(row)  # the extractor's own span, not a correction
    event = next(e for e in dialog.outcome().events if e.title.startswith("Retno Marsudi"))
    assert (event.date, event.end) == (FuzzyDate(2026, 10, 13), FuzzyDate(2026, 10, 15))
    assert event.date_basis == dialog.extraction.candidates[row].date_basis
