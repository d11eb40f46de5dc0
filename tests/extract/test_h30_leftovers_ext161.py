"""Blind set h30's leftovers (ext161, after ext157): a state described by its region ("the
South American country") is the state told before, not a place of its own.  The stories
are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

_ROYAL_TRIP = (
    "King to make state visit to Chile\n\n"
    "MADRID, Nov. 18 (EFE) - King Felipe and Queen Letizia will make a state visit to Chile "
    "from March 3 to 6 next year, the royal household said on Wednesday.\n\n"
    "The government approved the trip at its weekly meeting, spokeswoman Pilar Alegria "
    "said. It will be the royal couple's first visit to the South American country and "
    "their first foreign trip of 2027.\n"
)


def test_a_state_described_by_its_region_is_no_place_of_its_own() -> None:
    rows = extract_events(_ROYAL_TRIP, dt.date(2026, 11, 18)).candidates
    assert not any("American" in c.title or "American" in c.location for c in rows), rows
    visits = [c for c in rows if c.category == "visit"]
    assert len(visits) == 1 and visits[0].location == "Chile", visits
