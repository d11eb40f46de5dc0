"""Typed dates are read at the precision they were typed, and describe() reads back."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import FuzzyDate
from timeline_app.core.parse_date import parse_fuzzy_date
from timeline_app.ui.dates_input import parse_user_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22 March 2025", FuzzyDate.of_day(dt.date(2025, 3, 22))),
        ("2025-03-22", FuzzyDate.of_day(dt.date(2025, 3, 22))),
        ("March 22, 2025", FuzzyDate.of_day(dt.date(2025, 3, 22))),
        ("March 2025", FuzzyDate.of_month(2025, 3)),
        ("Feb 2025", FuzzyDate.of_month(2025, 2)),
        ("2025-03", FuzzyDate.of_month(2025, 3)),
        ("late 2024", FuzzyDate.of_part(2024, "late")),
        ("Q4 2024", FuzzyDate.of_part(2024, "Q4")),
        ("fourth quarter of 2024", FuzzyDate.of_part(2024, "Q4")),
        ("spring 2025", FuzzyDate.of_part(2025, "SP")),
        ("1965", FuzzyDate.of_year(1965)),
        ("the 1990s", FuzzyDate.of_decade(1990)),
        ("c. January 2025", FuzzyDate.of_month(2025, 1, circa=True)),
        ("circa 1965", FuzzyDate.of_year(1965, circa=True)),
    ],
)
def test_parse_keeps_the_typed_precision(text, expected):
    assert parse_fuzzy_date(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "c.", "March 22", "tomorrow-ish", "2025-13",
                                  "30 February 2025", "late", "99999"])
def test_parse_refuses_what_is_not_a_date(text):
    assert parse_fuzzy_date(text) is None


@pytest.mark.parametrize(
    "date",
    [
        FuzzyDate.of_day(dt.date(1965, 6, 22)),
        FuzzyDate.of_month(2025, 1, circa=True),
        FuzzyDate.of_part(2024, "late"),
        FuzzyDate.of_part(2024, "H1"),
        FuzzyDate.of_part(2024, "WI"),
        FuzzyDate.of_part(2023, "mid", circa=True),
        FuzzyDate.of_year(2023),
        FuzzyDate.of_decade(1990),
    ],
)
def test_describe_reads_back(date):
    assert parse_fuzzy_date(date.describe()) == date


def test_user_date_gives_the_days_it_covers():
    assert parse_user_date("March 2025") == (dt.date(2025, 3, 1), dt.date(2025, 4, 1))
    assert parse_user_date("1965") == (dt.date(1965, 1, 1), dt.date(1966, 1, 1))
    assert parse_user_date("nonsense") is None
