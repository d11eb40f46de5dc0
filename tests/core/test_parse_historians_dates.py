"""verify41, F11: dates a historian types that the Date fields, Go to Date and the Filters
refused: a reign typed with a hyphen ("27 BC-AD 14": "has more than one era"), a century in
words ("first century BC"), and a millennium as the axis itself writes it ("1st millennium
BC").  Each now reads as the years it names, and a span of a millennium is said so again."""

from __future__ import annotations

import pytest

from timeline_app.core import FuzzyDate
from timeline_app.core.dates import describe_range
from timeline_app.core.parse_date import parse_typed_date


def _years(text: str) -> tuple[str, str]:
    result = parse_typed_date(text, day_first=True)
    assert result.date is not None, result.error
    end = result.end if result.end is not None else result.date
    return result.date.describe(), end.describe()


@pytest.mark.parametrize(("text", "first", "last"), [
    ("27 BC-AD 14", "27 BC", "AD 14"),          # the reign of Augustus, typed with a hyphen
    ("27 bc-ad 14", "27 BC", "AD 14"),
    ("27 B.C.-A.D. 14", "27 BC", "AD 14"),
    ("4 BCE-CE 6", "4 BC", "AD 6"),
    ("27 BC – AD 14", "27 BC", "AD 14"),        # as before
    ("30-27 BC", "30 BC", "27 BC"),             # as before
])
def test_a_range_across_the_eras_typed_with_a_hyphen(text: str, first: str, last: str) -> None:
    assert _years(text) == (first, last)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("first century BC", "100 BC", "1 BC"),
    ("the second century", "AD 101", "AD 200"),
    ("the seventeenth century", "1601", "1700"),
    ("twentieth century", "1901", "2000"),
    ("the twenty-first century", "2001", "2100"),
    ("1st millennium BC", "1000 BC", "1 BC"),   # as the axis writes it
    ("the 1st millennium", "AD 1", "1000"),
    ("2nd millennium", "1001", "2000"),
    ("the first millennium BC", "1000 BC", "1 BC"),
])
def test_a_century_in_words_and_a_millennium(text: str, first: str, last: str) -> None:
    assert _years(text) == (first, last)


@pytest.mark.parametrize(("first", "last", "words"), [
    (-999, 0, "1st millennium BC"),
    (1, 1000, "1st millennium"),
    (1001, 2000, "2nd millennium"),
])
def test_a_millennium_of_years_is_said_so(first: int, last: int, words: str) -> None:
    assert describe_range(FuzzyDate.of_year(first), FuzzyDate.of_year(last)) == words
    assert _years(words) == (FuzzyDate.of_year(first).describe(),
                             FuzzyDate.of_year(last).describe())


@pytest.mark.parametrize(("text", "first", "last"), [
    ("1814/15", "1814", "1815"),             # a split year (verify53 F10: refused)
    ("1814/1815", "1814", "1815"),
    ("1999/00", "1999", "2000"),
    ("c. 1650/51", "c. 1650", "c. 1651"),
    ("winter 1813/14", "winter 1813", "winter 1813"),   # the one winter (was refused, its
    ("winter 1813-14", "winter 1813", "winter 1813"),   # message blaming the "winter") ...
    ("winter 1813–1814", "winter 1813", "winter 1813"),  # (... read as winter 1813 to 1814)
    ("1814-15", "1814", "1815"),             # as before
])
def test_a_split_year(text: str, first: str, last: str) -> None:
    assert _years(text) == (first, last)


def test_a_split_year_that_is_also_a_month_is_offered_both_ways() -> None:
    """"1810/11" reads as November 1810, as "2024/11" does; the split year 1810–1811 is
    its other reading (a CSV lists the row with it), and "1814/16" is no split year."""
    result = parse_typed_date("1810/11", day_first=True)
    assert result.date == FuzzyDate.of_month(1810, 11)
    assert result.alternatives == ((FuzzyDate.of_year(1810), FuzzyDate.of_year(1811)),)
    assert parse_typed_date("1814/16", day_first=True).date is None
