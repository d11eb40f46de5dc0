"""verify41, F7: "mid-17th century" typed as a date was refused with "Write a part of a year
before the year, e.g. late 2024 or mid-2024" — it was written before; what the timeline lacks is
a part of a century.  The refusal now says so and offers the years of that part and a circa
year, for the century asked (BC too)."""

from __future__ import annotations

import pytest

from timeline_app.core.parse_date import parse_typed_date


@pytest.mark.parametrize(("text", "years", "circa"), [
    ("mid-17th century", "1634–1666", "c. 1650"),
    ("the early 18th century", "1701–1733", "c. 1715"),
    ("late 17th century", "1667–1700", "c. 1685"),
    ("late 1st century BC", "34–1 BC", "c. 15 BC"),
])
def test_a_part_of_a_century_is_refused_with_its_years(text: str, years: str,
                                                       circa: str) -> None:
    result = parse_typed_date(text, day_first=True)
    assert result.date is None
    assert result.error is not None
    assert "part of a century" in result.error
    assert years in result.error and circa in result.error
    assert "part of a year" not in result.error
    for offered in (years, circa):  # what it offers reads as a date
        assert parse_typed_date(offered, day_first=True).date is not None
