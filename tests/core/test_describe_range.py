"""A range in words says a month or year its ends share once ("3–5 May 2024"), as news
copy does (verify18 finding 13: "3 May 2024 – 5 May 2024"), and reads back as typed."""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, Precision, describe_range
from timeline_app.core.parse_date import parse_typed_date

M, Y, D = Precision.MONTH, Precision.YEAR, Precision.DECADE


@pytest.mark.parametrize(("start", "end", "words"), [
    (FuzzyDate(2024, 5, 3), FuzzyDate(2024, 5, 5), "3–5 May 2024"),
    (FuzzyDate(2024, 5, 3), FuzzyDate(2024, 6, 5), "3 May – 5 June 2024"),
    (FuzzyDate(2024, 12, 28), FuzzyDate(2025, 1, 3), "28 December 2024 – 3 January 2025"),
    (FuzzyDate(1965, 3, precision=M), FuzzyDate(1965, 6, precision=M), "March–June 1965"),
    (FuzzyDate(2024, 11, precision=M), FuzzyDate(2025, 2, precision=M),
     "November 2024 – February 2025"),
    (FuzzyDate(1965, precision=Y), FuzzyDate(1970, precision=Y), "1965–1970"),
    (FuzzyDate(-50, precision=Y), FuzzyDate(-41, precision=Y), "51–42 BC"),
    (FuzzyDate(0, precision=Y), FuzzyDate(9, precision=Y), "1 BC–AD 9"),
    (FuzzyDate(-43, 3, 4), FuzzyDate(-43, 3, 15), "4–15 March 44 BC"),
    (FuzzyDate(1990, precision=D), FuzzyDate(2010, precision=D), "the 1990s – the 2010s"),
    # Ends unlike each other are written whole.
    (FuzzyDate(1965, 3, precision=M), FuzzyDate(1970, precision=Y), "March 1965 – 1970"),
    (FuzzyDate(1965, precision=Y, circa=True), FuzzyDate(1970, precision=Y),
     "c. 1965 – 1970"),
    (FuzzyDate(2024, 1, precision=M, mod="END"), FuzzyDate(2024, 3, precision=M),
     "late January 2024 – March 2024"),
])
def test_a_range_in_words(start: FuzzyDate, end: FuzzyDate, words: str) -> None:
    assert describe_range(start, end) == words
    assert describe_range(start) == start.describe()


_DAYS = st.dates(_dt.date(1, 1, 1), _dt.date(9999, 12, 31))


@given(_DAYS, st.integers(1, 800), st.sampled_from([Precision.DAY, M, Y]))
def test_a_range_reads_back_as_the_same_two_dates(first: _dt.date, days: int,
                                                   precision: Precision) -> None:
    # (by ordinals: 9999-12-01 + 31 days is past what datetime.date holds)
    last = _dt.date.fromordinal(min(first.toordinal() + days, _dt.date.max.toordinal()))
    ends = []
    for day in (first, last):
        if precision is Precision.DAY:
            ends.append(FuzzyDate(day.year, day.month, day.day))
        elif precision is M:
            ends.append(FuzzyDate(day.year, day.month, precision=M))
        else:
            ends.append(FuzzyDate(day.year, precision=Y))
    if ends[0] == ends[1]:
        return
    result = parse_typed_date(describe_range(ends[0], ends[1]))
    assert (result.date, result.end) == (ends[0], ends[1])
