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
