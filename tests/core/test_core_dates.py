"""FuzzyDate: the range of days each precision covers, its words, and TIMEX3 values."""

from __future__ import annotations

import copy
import datetime as _dt
import pickle

import pytest

from timeline_app.core import FuzzyDate, Precision
from timeline_app.core.dates import PART_OF_YEAR_MONTHS

D = _dt.date


@pytest.mark.parametrize(
    ("date", "start", "end"),
    [
        (FuzzyDate.of_day(D(2025, 3, 22)), D(2025, 3, 22), D(2025, 3, 23)),
        (FuzzyDate.of_day(D(2024, 12, 31)), D(2024, 12, 31), D(2025, 1, 1)),
        (FuzzyDate.of_month(2025, 2), D(2025, 2, 1), D(2025, 3, 1)),
        (FuzzyDate.of_month(2024, 12), D(2024, 12, 1), D(2025, 1, 1)),
        (FuzzyDate.of_part(2024, "early"), D(2024, 1, 1), D(2024, 5, 1)),
        (FuzzyDate.of_part(2024, "mid"), D(2024, 5, 1), D(2024, 9, 1)),
        (FuzzyDate.of_part(2024, "late"), D(2024, 9, 1), D(2025, 1, 1)),
        (FuzzyDate.of_part(2024, "Q2"), D(2024, 4, 1), D(2024, 7, 1)),
        (FuzzyDate.of_part(2024, "H2"), D(2024, 7, 1), D(2025, 1, 1)),
        (FuzzyDate.of_part(2024, "WI"), D(2024, 12, 1), D(2025, 3, 1)),  # winter spans the new year
        (FuzzyDate.of_year(2023), D(2023, 1, 1), D(2024, 1, 1)),
        (FuzzyDate.of_decade(1990), D(1990, 1, 1), D(2000, 1, 1)),
        (FuzzyDate.of_decade(1997), D(1990, 1, 1), D(2000, 1, 1)),  # of_decade rounds down
    ],
    ids=str,
)
def test_range_is_half_open(date: FuzzyDate, start: _dt.date, end: _dt.date) -> None:
    assert (date.start, date.end) == (start, end)
    assert date.is_point == (date.precision is Precision.DAY)


def test_every_part_of_year_has_a_range_inside_fifteen_months() -> None:
    for part in PART_OF_YEAR_MONTHS:
        date = FuzzyDate.of_part(2020, part)
        assert date.start.year == 2020
        assert date.start < date.end <= D(2021, 3, 1)


def test_latest_dates_end_in_day_numbers_and_refuse_a_datetime_end() -> None:
    assert FuzzyDate.of_year(9998).end == D(9999, 1, 1)
    assert FuzzyDate.of_decade(9990).end_day() == D(9999, 12, 31).toordinal() + 1
    assert FuzzyDate.of_year(9999).start == D(9999, 1, 1)
    with pytest.raises(ValueError, match="use start_day"):
        FuzzyDate.of_year(9999).end  # noqa: B018 - AD 10000 is not a datetime.date


@pytest.mark.parametrize(
    ("date", "words", "precision_words"),
    [
        (FuzzyDate.of_day(D(2025, 3, 22)), "22 March 2025", "day"),
        (FuzzyDate.of_month(2025, 2), "February 2025", "month"),
        (FuzzyDate.of_month(2025, 1, circa=True), "c. January 2025", "month, circa"),
        (FuzzyDate.of_part(2024, "late"), "late 2024", "part of year"),
        (FuzzyDate.of_part(2024, "Q3"), "third quarter of 2024", "part of year"),
        (FuzzyDate.of_part(2024, "SU"), "summer 2024", "part of year"),
        (FuzzyDate.of_year(2023), "2023", "year"),
        (FuzzyDate.of_decade(1990), "the 1990s", "decade"),
    ],
)
def test_describe(date: FuzzyDate, words: str, precision_words: str) -> None:
    assert date.describe() == words
    assert str(date) == words
    assert date.precision_words() == precision_words


@pytest.mark.parametrize(
    ("date", "timex"),
    [
        (FuzzyDate.of_day(D(2025, 3, 22)), ("2025-03-22", None)),
        (FuzzyDate.of_month(2025, 2), ("2025-02", None)),
        (FuzzyDate.of_month(2025, 1, circa=True), ("2025-01", "APPROX")),
        (FuzzyDate.of_part(2024, "early"), ("2024", "START")),
        (FuzzyDate.of_part(2024, "mid"), ("2024", "MID")),
        (FuzzyDate.of_part(2024, "late"), ("2024", "END")),
        (FuzzyDate.of_part(2024, "Q4"), ("2024-Q4", None)),
        (FuzzyDate.of_part(2024, "H1"), ("2024-H1", None)),
        (FuzzyDate.of_part(2024, "FA"), ("2024-FA", None)),
        (FuzzyDate.of_year(2023), ("2023", None)),
        (FuzzyDate.of_year(2023, circa=True), ("2023", "APPROX")),
        (FuzzyDate.of_decade(1990), ("199", None)),
        (FuzzyDate.of_year(1), ("0001", None)),
    ],
    ids=str,
)
def test_timex_round_trip(date: FuzzyDate, timex: tuple[str, str | None]) -> None:
    assert date.to_timex() == timex
    assert FuzzyDate.from_timex(*timex) == date


@pytest.mark.parametrize(
    "value", ["", "PRESENT_REF", "P2M", "2025-W12", "25", "2025-13", "2025-02-30", "2025-3"]
)
def test_from_timex_rejects_non_dates(value: str) -> None:
    with pytest.raises(ValueError):
        FuzzyDate.from_timex(value)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"year": 2025, "month": 2, "day": 30},
        {"year": 2025, "month": 13, "precision": Precision.MONTH},
        {"year": 2025, "precision": Precision.MONTH},
        {"year": 2025, "month": 3, "precision": Precision.YEAR},
        {"year": 2025, "month": 3, "precision": Precision.DAY},
        {"year": 2024, "precision": Precision.PART_OF_YEAR},
        {"year": 2024, "precision": Precision.PART_OF_YEAR, "part": "end"},
        {"year": 2024, "precision": Precision.YEAR, "part": "late"},
        {"year": 1995, "precision": Precision.DECADE},
        {"year": -9999, "precision": Precision.YEAR},  # 10000 BC
        {"year": 10000, "precision": Precision.YEAR},
        {"year": 9999, "precision": Precision.PART_OF_YEAR, "part": "WI"},  # into AD 10000
        {"year": -9998, "precision": Precision.DECADE},
    ],
)
def test_invalid_dates_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        FuzzyDate(**kwargs)  # type: ignore[arg-type]


def test_sort_key_orders_by_start_then_finer_first() -> None:
    dates = [
        FuzzyDate.of_year(2025),
        FuzzyDate.of_day(D(2025, 1, 1)),
        FuzzyDate.of_month(2025, 1),
        FuzzyDate.of_part(2024, "late"),
        FuzzyDate.of_decade(2020),
    ]
    ordered = sorted(dates, key=FuzzyDate.sort_key)
    assert [d.describe() for d in ordered] == [
        "the 2020s",
        "late 2024",
        "1 January 2025",
        "January 2025",
        "2025",
    ]


def test_precision_values_and_words() -> None:
    assert [p.value for p in Precision] == ["day", "month", "part_of_year", "year", "decade"]
    assert Precision.PART_OF_YEAR.words == "part of year"
    assert Precision("month") is Precision.MONTH


def test_dates_are_hashable_values() -> None:
    a = FuzzyDate.of_month(2025, 2)
    assert a == FuzzyDate(2025, 2, None, Precision.MONTH)
    assert len({a, FuzzyDate.of_month(2025, 2), FuzzyDate.of_month(2025, 2, circa=True)}) == 2


def test_a_date_is_its_ten_fields_and_its_days_are_computed_once() -> None:
    """Issue 11: the day range is set by __init__ (no lazy lock on every first read),
    without becoming a field: not an argument, not compared, not shown, not replaced."""
    import dataclasses

    date = FuzzyDate.of_part(2024, "WI", circa=True)
    assert [f.name for f in dataclasses.fields(date)] == [
        "year", "month", "day", "precision", "part", "circa", "mod", "limit", "time",
        "day_part"]
    assert (date.start_day(), date.end_day()) == date._days
    # Slots, no instance dict (issue 11: 400 -> 150 bytes a date, 6 MiB at 100 000 events).
    assert not hasattr(date, "__dict__")
    for made in (FuzzyDate.from_iso("2024-02-29", Precision.DAY), pickle.loads(
            pickle.dumps(date)), copy.copy(date)):
        fresh = FuzzyDate(made.year, made.month, made.day, made.precision, made.part,
                          made.circa)
        assert not hasattr(made, "__dict__") and (made, made._days) == (fresh, fresh._days)
    assert repr(date) == ("FuzzyDate(year=2024, month=None, day=None, "
                          "precision=<Precision.PART_OF_YEAR: 'part_of_year'>, part='WI', "
                          "circa=True)")
    assert repr(FuzzyDate.of_month(2024, 12, mod="END")).endswith(", circa=False, mod='END')")
    moved = dataclasses.replace(date, year=2025)
    assert moved._days == (date._days[0] + 365, date._days[1] + 365)
    assert moved == FuzzyDate.of_part(2025, "WI", circa=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        date.year = 2000  # type: ignore[misc]
    with pytest.raises(ValueError, match=r"^c\. winter 9999 runs past the end of AD 9999$"):
        FuzzyDate.of_part(9999, "WI", circa=True)
