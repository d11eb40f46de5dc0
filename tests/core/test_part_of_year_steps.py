"""A part of a year moves to the next part of its own kind (new-user trial, session 9:
Ctrl+→ on "late 2024" jumped to "late 2025")."""

from __future__ import annotations

import pytest

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.dates import PART_OF_YEAR_MONTHS, PART_SERIES
from timeline_app.ui.dragging import nudged_event, snapped, step_days


@pytest.mark.parametrize(("part", "year", "steps", "expected"), [
    ("late", 2024, 1, ("early", 2025)),
    ("early", 2025, 1, ("mid", 2025)),
    ("early", 2025, -1, ("late", 2024)),
    ("mid", 2024, 4, ("late", 2025)),
    ("Q4", 2024, 1, ("Q1", 2025)),
    ("Q2", 2024, -2, ("Q4", 2023)),
    ("H2", 2024, 1, ("H1", 2025)),
    ("FA", 2024, 1, ("WI", 2024)),  # winter 2024: December 2024 to February 2025
    ("WI", 2024, 1, ("SP", 2025)),
    ("SP", -43, -1, ("WI", -44)),  # BC years count astronomically
])
def test_a_part_of_a_year_moves_by_parts_of_its_kind(part, year, steps, expected):
    date = FuzzyDate.of_part(year, part, circa=True)
    moved = date.moved(steps)
    assert moved == FuzzyDate.of_part(expected[1], expected[0], circa=True)


def test_every_part_is_in_one_series_in_order_of_its_months():
    listed = [part for series in PART_SERIES for part in series]
    assert sorted(listed) == sorted(PART_OF_YEAR_MONTHS)
    for series in PART_SERIES:
        firsts = [PART_OF_YEAR_MONTHS[part][0] for part in series]
        assert firsts == sorted(firsts)
        assert sum(PART_OF_YEAR_MONTHS[part][1] for part in series) == 12


def test_the_keyboard_nudge_moves_one_part():
    for part, expected in (("late", "early"), ("Q4", "Q1"), ("H2", "H1"), ("WI", "SP")):
        event = Event("e", "E", FuzzyDate.of_part(2024, part))
        nudged = nudged_event(event, 1)
        assert nudged is not None and nudged.date == FuzzyDate.of_part(2025, expected)
        back = nudged_event(nudged, -1)
        assert back is not None and back.date == event.date
    assert step_days(FuzzyDate.of_part(2024, "Q1")) == pytest.approx(365.2425 / 4)


def test_a_drag_snaps_to_parts_of_its_kind():
    late = FuzzyDate.of_part(2024, "late")
    assert snapped(late, 40) == late  # a third of a third: stays
    assert snapped(late, 125) == FuzzyDate.of_part(2025, "early")
    assert snapped(late, 400) == FuzzyDate.of_part(2025, "late")  # a year: three thirds
    assert snapped(FuzzyDate.of_part(2024, "Q3"), 95) == FuzzyDate.of_part(2024, "Q4")
