"""A part of a day typed with a date (session 58, ext132): everything ``describe`` writes of
one reads back, with circa and a limit; a part with no one day is refused with an example."""

from __future__ import annotations

import pytest

from timeline_app.core.dates import DAY_PARTS, FuzzyDate
from timeline_app.core.parse_date import parse_fuzzy_date, parse_typed_date

DAY = FuzzyDate.of_ymd(2026, 12, 1)


@pytest.mark.parametrize("part", list(DAY_PARTS))
def test_what_describe_writes_reads_back(part: str) -> None:
    date = DAY.with_day_part(part)
    for told in (date, date.with_circa(), date.with_limit("ON_OR_BEFORE")):
        assert parse_fuzzy_date(told.describe()) == told


@pytest.mark.parametrize(("typed", "said"), [
    ("1 Dec 2026 evening", "1 December 2026, evening"),
    ("2026-12-01 night", "1 December 2026, night"),
    ("1 December 2026 in the morning", "1 December 2026, morning"),
    ("late 2024", "late 2024"),  # (no "on": a part of the year, as before)
    ("early December 2024", "early December 2024"),
])
def test_typed_parts(typed: str, said: str) -> None:
    assert str(parse_fuzzy_date(typed)) == said


def test_a_slash_date_keeps_its_other_reading_with_the_part() -> None:
    result = parse_typed_date("12/11/2024 evening", day_first=True)
    assert str(result.date) == "12 November 2024, evening"
    assert [str(a) for a, _ in result.alternatives] == ["11 December 2024, evening"]


def test_a_part_of_a_day_needs_one_day() -> None:
    result = parse_typed_date("late on December 2026")
    assert result.date is None and "late on 1 December 2026" in (result.error or ""), result
