"""verify46 F15: re-importing an article offered the row whose date had been corrected in
the first review ("2012" re-dated "2011–2012") as only possibly the same event, ticked,
"Keep both", though it is read from the same words of the same article: the correction
had taken the date words' marks that told it was the same reading."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("BELGRADE, March 3, 2026 (Wire) - Serbia and Kosovo agreed on freedom of movement in "
        "2012, officials recalled on Tuesday. The two sides signed a customs deal in June "
        "2013, the European Union said.")


def test_a_row_whose_date_was_corrected_is_offered_unticked_as_a_merge(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = ReviewDialog(extract_events(TEXT), True, None, ())
    qtbot.addWidget(first)
    assert first.table.rowCount() == 2
    first.table.item(0, ReviewDialog.DATE).setText("2011–2012")
    first.table.item(1, ReviewDialog.TITLE).setText("Customs deal signed")
    outcome = first.outcome()
    events = outcome.events
    assert events[0].date.describe() != "2012" and "by hand" in events[0].date_basis
    again = ReviewDialog(extract_events(TEXT), True, None, events)
    qtbot.addWidget(again)
    assert set(again.duplicates) == {0, 1}
    for row in (0, 1):
        assert again.duplicates[row].likely, again.duplicates[row].reason
        assert not again.is_checked(row)
        assert again.duplicate_choice(row) == ReviewDialog.MERGE
    assert "read from the same words of the same article" in again.duplicates[0].reason


def _reviewed_again_after_redating(qtbot, date: str):  # type: ignore[no-untyped-def]
    """(the events of a first review whose first row was re-dated ``date``, the review of
    the same article imported again into them)."""
    first = ReviewDialog(extract_events(TEXT), True, None, ())
    qtbot.addWidget(first)
    first.table.item(0, ReviewDialog.DATE).setText(date)
    events = first.outcome().events
    again = ReviewDialog(extract_events(TEXT), True, None, events)
    qtbot.addWidget(again)
    return events, again


def test_a_date_corrected_into_another_year_is_found_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    events, again = _reviewed_again_after_redating(qtbot, "8 March 2010")
    assert again.duplicates[0].existing.id == events[0].id
    assert again.duplicates[0].likely and not again.is_checked(0)


def test_a_date_corrected_by_hand_is_no_dispute_when_the_article_comes_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify48 F3: the re-imported row of a date corrected in the first review was said to
    disagree with the event ("the dates told differ") and "Merge, disputed" offered: the
    event would have been marked Disputed for the person's own correction."""
    from timeline_app.core.duplicates import disagreement

    events, again = _reviewed_again_after_redating(qtbot, "8 March 2010")
    match = again.duplicates[0]
    assert match.existing.id == events[0].id
    assert disagreement(match.existing, match.incoming) == ""
    assert again._disagreement(0, match) == ""
