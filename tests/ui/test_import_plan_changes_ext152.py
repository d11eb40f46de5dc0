"""verify87's leftovers (edit87's report): a follow-up whose plan was "put off until" a later
day, or "brought forward to" / "moved forward to" an earlier one, is offered as the plan's new
date, ticked to merge, and merged with the review's defaults the plan moves and keeps its
title and place; nothing is left on the old day.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_import_plan_pushed_back_verify87 import _import

FIRST = ("Truce agreed in Vostria\n\n"
         "MERREN, Nov 20 (Harbour Wire) - The government of Vostria and the Coastal League "
         "agreed on Friday to a truce, mediators said.\n\n"
         "Talks will resume on 12 January in Merren, where the two sides are to take up "
         "the question of the harbour.\n")
FOLLOW_UP = ("Vostria talks moved\n\n"
             "MERREN, Nov 27 (Harbour Wire) - The next round of talks between Vostria and "
             "the Coastal League has been rescheduled, mediators said on Friday.\n\n"
             "The talks, first set for 12 January, {verb} {day}, the mediation office "
             "said in a statement.\n")

# (``_import``: the text imported through the window with the review's own ticks and
# choices, edit87's helper)


@pytest.mark.parametrize(("verb", "day"), [
    ("were put off until", "1 February"),
    ("have been put off to", "1 February"),
    ("were brought forward to", "5 January"),
    ("have been moved forward to", "5 January"),
])
def test_a_plan_moved_either_way_is_merged_with_its_new_day(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch, verb, day) -> None:
    _import(window, monkeypatch, FIRST, qtbot)
    (plan,) = [e for e in window.document.timeline.events if e.title.startswith("Talks")]
    assert plan.date.describe() == "12 January 2027"
    review = _import(window, monkeypatch, FOLLOW_UP.format(verb=verb, day=day), qtbot)
    (row,) = [r for r, m in review.duplicates.items() if m.existing.id == plan.id]
    assert review.is_checked(row) and review.duplicate_choice(row) == review.MERGE
    assert f"date: 12 January 2027 → {day} 2027" in review.duplicate_text(row)
    moved = window.document.timeline.get(plan.id)
    assert moved.date.describe() == f"{day} 2027"
    assert moved.location == "Merren"
    assert moved.title == plan.title
    told = [(e.title, e.date.describe()) for e in window.document.timeline.events
            if e.id != plan.id and e.date.describe() in ("12 January 2027", f"{day} 2027")]
    assert told == []


CALLED_OFF = ("Vostria talks off\n\n"
              "MERREN, Nov 27 (Harbour Wire) - Vostria and the Coastal League traded blame on "
              "Friday for breaches of the truce.\n\n"
              "{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "The talks, which had been set for 12 January, have been called off, the mediation "
    "office said in a statement.",
    "The talks set for 12 January were cancelled, the mediation office said.",
])
def test_a_plan_called_off_is_merged_into_the_plan_as_cancelled(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch, sentence) -> None:
    from timeline_app.io.ical import calendar_status

    _import(window, monkeypatch, FIRST, qtbot)
    (plan,) = [e for e in window.document.timeline.events if e.title.startswith("Talks")]
    review = _import(window, monkeypatch, CALLED_OFF.format(sentence=sentence), qtbot)
    (row,) = [r for r, m in review.duplicates.items() if m.existing.id == plan.id]
    assert review.is_checked(row) and review.duplicate_choice(row) == review.MERGE
    assert "told cancelled" in review.duplicate_text(row)
    called_off = window.document.timeline.get(plan.id)
    assert called_off.title == plan.title.replace("(scheduled)", "(cancelled)")
    assert called_off.date.describe() == "12 January 2027"
    assert calendar_status(called_off) == "CANCELLED"  # (a calendar drops the entry)
    # (no second talks event on the plan's day)
    assert [e.id for e in window.document.timeline.events
            if e.date.describe() == "12 January 2027"] == [plan.id]
