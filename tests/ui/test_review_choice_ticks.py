"""A Merge or Keep both chosen by hand in the review's Duplicate? box ticks its row
(verify42 F4): the intro says "tick one to merge it into the existing event, or choose
“keep both” to add it as well", and a Keep both chosen on a row a likely duplicate left
unticked added nothing — the event was dropped without a word."""

from __future__ import annotations

from tests.ui.test_edit26_duplicate_follows_row import review  # noqa: F401 (a fixture)
from timeline_app.ui.import_article import ReviewDialog


def test_keep_both_chosen_on_an_unticked_row_adds_it(review):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog, row = review
    assert not dialog.is_checked(row)
    dialog.set_duplicate_choice(row, ReviewDialog.KEEP_BOTH)
    assert dialog.is_checked(row)
    outcome = dialog.outcome()
    assert outcome.merges == {}
    assert any("Lammy" in event.title for event in outcome.events)


def test_merge_chosen_on_an_unticked_row_merges_it(review):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog, row = review
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE)
    assert dialog.is_checked(row)
    assert list(dialog.outcome().merges.values()) == ["geneva"]
    dialog.set_checked(row, False)  # unticking it again is still the person's to do
    assert dialog.outcome().merges == {}


def test_an_unticked_rows_box_says_it_is_left_out(review):  # type: ignore[no-untyped-def]  # noqa: F811
    """verify56 F15: "Merge" shown on an unticked row read as a decision made, and
    unticked meant left out.  The box says what becomes of the row, as File → Merge's
    does: "Skipped — tick to merge" while unticked (verify64 F11: "Left out — tick
    to merge" until session 51, while "left out" also names the rows left out of the
    article's earlier import), its choice once ticked; its room fits the words."""
    from timeline_app.ui.import_article import DuplicateBox

    dialog, row = review
    box = dialog.table.cellWidget(row, dialog.DUPLICATE)
    assert isinstance(box, DuplicateBox) and box.currentData() == ReviewDialog.MERGE
    assert box.is_left_out() and box.shown_text() == "Skipped — tick to merge"
    assert box.accessibleDescription() == "Skipped — tick to merge"
    metrics = box.fontMetrics()
    assert box.sizeHint().width() > metrics.horizontalAdvance("Skipped — tick to keep both")
    dialog.set_checked(row, True)
    assert not box.is_left_out() and box.shown_text() == "Merge"
    dialog.set_duplicate_choice(row, ReviewDialog.KEEP_BOTH)
    dialog.set_checked(row, False)
    assert box.shown_text() == "Skipped — tick to keep both"


def test_a_new_timelines_disabled_box_says_no_left_out_words(review):  # type: ignore[no-untyped-def]  # noqa: F811
    """A review for a new timeline disables the Duplicate? boxes (nothing to merge into):
    an unticked row's box does not say "tick to merge"."""
    dialog, row = review
    box = dialog.table.cellWidget(row, dialog.DUPLICATE)
    box.setEnabled(False)
    assert box.shown_text() == "Merge"
