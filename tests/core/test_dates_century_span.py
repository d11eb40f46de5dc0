"""verify41, F6: "the 1st century" typed as a date became the years AD 1 to AD 100, and the
event list, Details and exports said "AD 1–100" ("1601–1700" for the 17th century) where the
historian wrote a century.  A span of years that is exactly a century (as historians count
them: AD 1-100, 1601-1700, 100-1 BC) is said as that century, which the parser reads back to
the same two years."""

from __future__ import annotations

import pytest

from timeline_app.core import FuzzyDate
from timeline_app.core.dates import describe_range
from timeline_app.core.parse_date import parse_typed_date


@pytest.mark.parametrize(("first", "last", "words"), [
    (1, 100, "1st century"),
    (1601, 1700, "17th century"),
    (1901, 2000, "20th century"),
    (-99, 0, "1st century BC"),       # 100 BC - 1 BC
    (-199, -100, "2nd century BC"),   # 200 BC - 101 BC
])
def test_a_century_of_years_is_said_as_the_century(first: int, last: int, words: str) -> None:
    start, end = FuzzyDate.of_year(first), FuzzyDate.of_year(last)
    assert describe_range(start, end) == words
    read = parse_typed_date(words, day_first=True)
    assert (read.date, read.end) == (start, end)


@pytest.mark.parametrize(("first", "last", "words"), [
    (1600, 1699, "1600–1699"),        # not a century as historians count them
    (1601, 1699, "1601–1699"),
    (114, 117, "AD 114–117"),
    (1, 200, "AD 1–200"),             # two centuries: the years
])
def test_other_spans_of_years_keep_their_years(first: int, last: int, words: str) -> None:
    assert describe_range(FuzzyDate.of_year(first), FuzzyDate.of_year(last)) == words


def test_a_circa_century_keeps_its_years() -> None:
    start = FuzzyDate.of_year(1601, circa=True)
    assert describe_range(start, FuzzyDate.of_year(1700)) == "c. 1601 – 1700"
