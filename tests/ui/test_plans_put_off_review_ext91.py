"""ext91: a plan the article tells as put off starts unticked in the import review, and the
row's box says why (``core.occurrence.not_held_note_of``)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

PLANNED_MEETING = ("A planned meeting of the two foreign ministers in Geneva on 4 May was "
                   "postponed, the Swiss foreign ministry said on Tuesday.")


def test_the_review_says_why_a_plan_put_off_starts_unticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ReviewDialog

    text = "GENEVA, April 28, 2026 (Reuters) - " + PLANNED_MEETING
    result = extract_events(text, dt.date(2026, 4, 28))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    row = next(i for i, c in enumerate(result.candidates) if c.title.endswith("(postponed)"))
    assert not dialog.is_checked(row)
    assert "says this event was postponed" in dialog.table.item(row, dialog.CHECK).toolTip()
    assert all(dialog.is_checked(other) for other in range(dialog.table.rowCount())
               if other != row)
