"""A pair told twice is settled once one of its rows is unticked (verify81 F9): the review
still said "keep one" after she unticked row 6 herself.  The intro's sentence on pairs
and the explanation under the table stop asking; ticking the row again asks again."""

from __future__ import annotations

from tests.ui.test_review_small_screen_fix85 import extracted, row_of
from timeline_app.ui.import_article import ReviewDialog


def test_unticking_one_row_of_a_pair_settles_it(qtbot):  # type: ignore[no-untyped-def]
    result = extracted()
    dialog = ReviewDialog(result, prefer_new=True)
    qtbot.addWidget(dialog)
    released, lead = row_of(result, "Joint statement"), row_of(result, "Statement")
    assert dialog.told_twice[released].row == lead
    asking = f"Rows {released + 1} and {lead + 1} may be one event told twice"
    assert asking in dialog.intro.text()
    dialog.table.setCurrentCell(released, ReviewDialog.TITLE)
    assert "keep one" in dialog.duplicate_label.text()
    dialog.set_checked(lead, False)  # she unticks the lead's row herself
    assert asking not in dialog.intro.text()
    assert "keep one" not in dialog.duplicate_label.text()
    assert f"Row {lead + 1} is unticked: it is not imported twice" in \
        dialog.duplicate_label.text()
    dialog.set_checked(lead, True)
    assert asking in dialog.intro.text()
    assert "keep one" in dialog.duplicate_label.text()


def test_a_row_unticked_as_already_in_the_timeline_settles_nothing(qtbot):  # type: ignore[no-untyped-def]
    """Re-imported, the released statement is in the timeline (unticked as its duplicate)
    and the lead's is not: ticked, it would add the statement twice, so the pair asks.
    Since session 62 (verify83 F3) the lead's row starts unticked, its twin being in the
    timeline ("row N: in the timeline"); ticked by the person, the pair asks."""
    result = extracted()
    released, lead = row_of(result, "Joint statement"), row_of(result, "Statement")
    existing = [c.to_event(f"e{i}") for i, c in enumerate(result.candidates) if i != lead]
    dialog = ReviewDialog(result, existing=existing, sources={result.source.id: result.source})
    qtbot.addWidget(dialog)
    assert released in dialog.duplicates and not dialog.is_checked(released)
    assert not dialog.is_checked(lead)
    assert dialog.table.item(lead, ReviewDialog.DUPLICATE).text() == \
        f"row {released + 1}: in the timeline"
    dialog.set_checked(lead, True)
    assert f"Rows {released + 1} and {lead + 1} may be one event told twice" in \
        dialog.intro.text()
