"""An UPDATE that moves a plan to another day (verify79 F3): "has been moved by a day to
Saturday, December 5" is the planned event's new date, matched to the plan of the day it
was moved from, and merged it takes the new day, the old one named in its basis."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, merge_changes, merge_events

PLAN = "Officials said a signing ceremony could follow on Friday if the sides agree."
MOVED = ("The signing of a river survey agreement between Guyana and Venezuela has been moved "
         "by a day to Saturday, December 5, mediators said on Wednesday.")
HELD = ("Guyana and Venezuela agreed late on Tuesday on a joint survey of the river, the "
        "mediators said.")


def _event(event_id: str, title: str, day: int, sentence: str, words: str,
           basis: str = "", category: str = "treaty") -> Event:
    at = sentence.index(words)
    return Event(event_id, title, FuzzyDate.of_day(dt.date(2026, 12, day)), category=category,
                 date_basis=basis, summary=sentence, source_id=f"s-{event_id}",
                 evidence=(Evidence(sentence, 0, len(sentence), at, at + len(words)),))


def _moved(day: int = 5) -> Event:
    return _event("new", "River survey agreement between Guyana and Venezuela (scheduled)",
                  day, MOVED, "Saturday, December 5", "'Saturday, December 5'")


def test_a_move_by_a_day_matches_the_plan_of_the_day_before_likely():
    plan = _event("plan", "Signing ceremony (scheduled)", 4, PLAN, "Friday", "'Friday'",
                  category="event")
    agreed = _event("agreed", "Guyana and Venezuela agree on a river survey", 1, HELD,
                    "late on Tuesday")
    match = find_duplicates([agreed, plan], [_moved()])["new"]
    assert match.existing.id == "plan" and match.likely
    assert "moved by a day" in match.reason and "4 December 2026" in match.reason
    # told to have been moved by a day, a plan two days before is not that plan
    two_before = _event("plan", "Signing ceremony (scheduled)", 3, PLAN, "Friday")
    found = find_duplicates([two_before], [_moved()]).get("new")
    assert found is None or "moved" not in found.reason


def test_merged_the_plan_takes_the_new_day_and_says_the_old_one():
    plan = _event("plan", "Signing ceremony (scheduled)", 4, PLAN, "Friday", "'Friday'")
    merged = merge_events(plan, _moved())
    assert merged.date == FuzzyDate.of_day(dt.date(2026, 12, 5))
    assert merged.title == "Signing ceremony (scheduled)"
    assert "moved by a day from 4 December 2026 ('Friday')" in merged.date_basis
    assert "told otherwise" not in merged.date_basis
    assert merged.summary == MOVED  # (the Friday sentence is no summary of it now)
    assert "date: 4 December 2026 → 5 December 2026" in merge_changes(plan, _moved())
    # a telling of the same plan that moves nothing merges as before: the plan's day kept
    still = _event("new", "River survey agreement (scheduled)", 5, HELD.replace(
        "late on Tuesday", "on Saturday, December 5"), "Saturday, December 5")
    assert merge_events(plan, still).date == plan.date
