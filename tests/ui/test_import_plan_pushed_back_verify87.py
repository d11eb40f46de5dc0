"""verify87 F1 through the window's import: a follow-up whose plan was "pushed back to" a new
date, with a place named in the clause that tells why, is offered as the plan's new date,
ticked to merge, and merged with the review's defaults the plan moves and keeps its place:
no second "talks" event is left on the old date."""

from __future__ import annotations

from typing import Any

import pytest
from test_import_correction import _import as import_reviewed

from timeline_app.ui.import_article import ReviewDialog

FIRST = ("Ceasefire agreed in Solmar\n\n"
         "PORT AVEN, Nov 20 (Harbour Wire) - The government of Solmar and the Northern Front "
         "agreed on Friday to a truce, mediators said.\n\n"
         "Talks will resume on 12 January in Port Aven, where the two sides are to take up "
         "the question of detainees.\n")
FOLLOW_UP = ("Solmar talks delayed\n\n"
             "PORT AVEN, Nov 27 (Harbour Wire) - The next round of talks between Solmar and "
             "the Northern Front has been postponed, mediators said on Friday.\n\n"
             "The talks, first set for 12 January, {verb} 1 February to let observers look "
             "into reports of mortar fire near the village of Lorn, the mediation office "
             "said in a statement.\n")


def _import(window: Any, monkeypatch: Any, text: str, qtbot: Any) -> ReviewDialog:
    """``text`` imported through the window with the review's own ticks and choices."""
    return import_reviewed(window, monkeypatch, text, qtbot, False)


@pytest.mark.parametrize("verb", ["were pushed back to", "have been postponed to",
                                  "were moved to"])
def test_a_plan_pushed_back_is_merged_with_its_new_day(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch, verb) -> None:
    _import(window, monkeypatch, FIRST, qtbot)
    (plan,) = [e for e in window.document.timeline.events if e.title.startswith("Talks")]
    assert plan.date.describe() == "12 January 2027"
    review = _import(window, monkeypatch, FOLLOW_UP.format(verb=verb), qtbot)
    (row,) = [r for r, m in review.duplicates.items() if m.existing.id == plan.id]
    assert review.is_checked(row) and review.duplicate_choice(row) == review.MERGE
    assert "date: 12 January 2027 → 1 February 2027" in review.duplicate_text(row)
    moved = window.document.timeline.get(plan.id)
    assert moved.date.describe() == "1 February 2027"
    assert moved.location == "Port Aven"
    assert moved.title == plan.title  # (not the follow-up's "Talks pushed in Lorn")
    # (the putting off itself stays, on the follow-up's day; no talks remain on the old
    # day nor come again on the new one)
    told = [(e.title, e.date.describe()) for e in window.document.timeline.events
            if e.id != plan.id and e.date.describe() in ("12 January 2027", "1 February 2027")]
    assert told == []
