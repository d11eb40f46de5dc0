"""Day numbers on both sides of year 0, BC dates, and year/century words for axes."""

from __future__ import annotations

import datetime as _dt
import random

import pytest

from timeline_app.core import Event, FuzzyDate, Precision, Timeline
from timeline_app.core.dates import (
    END_DAY,
    MAX_DAY,
    MAX_YEAR,
    MIN_DAY,
    MIN_YEAR,
    PART_OF_YEAR_MONTHS,
    century_of,
    century_words,
    day_number,
    days_in_month,
    from_day_number,
    is_leap_year,
    millennium_of,
    millennium_words,
    ordinal_words,
    shift_days,
    shift_months,
    year_ticks,
    year_words,
)


# -- day numbers ---------------------------------------------------------------------------
def test_day_numbers_have_the_origin_of_toordinal() -> None:
    assert day_number(1, 1, 1) == 1 == _dt.date(1, 1, 1).toordinal()
    assert day_number(0, 12, 31) == 0  # 31 December 1 BC
    assert day_number(9999, 12, 31) == _dt.date.max.toordinal() == MAX_DAY
    rng = random.Random(7)
    for _ in range(2000):
        d = _dt.date.fromordinal(rng.randint(1, _dt.date.max.toordinal()))
        assert day_number(d.year, d.month, d.day) == d.toordinal()
        assert from_day_number(d.toordinal()) == (d.year, d.month, d.day)


def _walk(first_year: int, last_year: int) -> None:
    """Every day of the years, in order, has the next day number, and maps back."""
    expected = day_number(first_year, 1, 1)
    for year in range(first_year, last_year + 1):
        for month in range(1, 13):
            for day in range(1, days_in_month(year, month) + 1):
                assert day_number(year, month, day) == expected
                assert from_day_number(expected) == (year, month, day)
                expected += 1


def test_every_day_around_year_zero_round_trips() -> None:
    _walk(-802, 802)  # two 400-year cycles each side of year 0


def test_every_day_at_the_ends_of_the_range_round_trips() -> None:
    _walk(MIN_YEAR, MIN_YEAR + 3)
    _walk(MAX_YEAR - 3, MAX_YEAR)
    assert from_day_number(MIN_DAY) == (MIN_YEAR, 1, 1)
    assert from_day_number(END_DAY) == (10000, 1, 1)


def test_leap_years_are_proleptic_gregorian_and_astronomical() -> None:
    # 1 BC (year 0) and 5 BC (year -4) are leap years; 101 BC (year -100) is not, 401 BC is.
    assert [is_leap_year(y) for y in (0, -4, -100, -400, -1, 1900, 2000, 2024)] == [
        True, True, False, True, False, False, True, True]
    assert day_number(1, 1, 1) - day_number(0, 1, 1) == 366
    with pytest.raises(ValueError, match="out of range for February 2 BC"):
        day_number(-1, 2, 29)
    with pytest.raises(ValueError, match="month 13"):
        day_number(2024, 13, 1)


def test_shifts_give_none_outside_the_range() -> None:
    assert shift_days(MAX_DAY, 1) is None
    assert shift_days(MIN_DAY, -1) is None
    assert shift_days(0, 1) == 1
    assert shift_months(0, 1, -1) == (-1, 12)  # January 1 BC -> December 2 BC
    assert shift_months(2024, 11, 3) == (2025, 2)
    assert shift_months(MAX_YEAR, 12, 1) is None
    assert shift_months(MIN_YEAR, 1, -1) is None


# -- BC dates --------------------------------------------------------------------------------
IDES = FuzzyDate.of_ymd(-43, 3, 15)


def test_a_bc_date_in_words_numbers_and_iso() -> None:
    assert IDES.describe() == "15 March 44 BC"
    assert IDES.to_iso() == "-0043-03-15"
    assert IDES.to_timex() == ("BC0044-03-15", None)
    assert IDES.start_day() == day_number(-43, 3, 15) < 0
    assert IDES.end_day() == IDES.start_day() + 1
    assert not IDES.fits_datetime


@pytest.mark.parametrize("attribute", ["start", "end"])
def test_datetime_views_of_a_bc_date_raise_a_clear_error(attribute: str) -> None:
    with pytest.raises(ValueError, match=r"15 March 44 BC is outside the years datetime\.date"):
        getattr(IDES, attribute)
    with pytest.raises(ValueError, match="1 BC"):  # its end is AD 1, but it starts BC
        FuzzyDate.of_year(0).end  # noqa: B018


BC_DATES = [
    IDES,
    FuzzyDate.of_ymd(0, 2, 29),
    FuzzyDate.of_ymd(0, 12, 31),
    FuzzyDate.of_ymd(1, 1, 1),
    FuzzyDate.of_month(-43, 3, circa=True),
    FuzzyDate.of_part(0, "WI"),  # winter 1 BC runs into AD 1
    FuzzyDate.of_part(-499, "late"),
    FuzzyDate.of_year(-499),
    FuzzyDate.of_year(0),
    FuzzyDate.of_year(1),
    FuzzyDate.of_year(800),
    FuzzyDate.of_decade(-50),
    FuzzyDate.of_decade(0),
    FuzzyDate.of_decade(800),
    FuzzyDate.of_ymd(MIN_YEAR, 1, 1),
    FuzzyDate.of_year(MIN_YEAR),
    FuzzyDate.of_ymd(MAX_YEAR, 12, 31),
    FuzzyDate.of_year(MAX_YEAR),
    FuzzyDate.of_decade(9990),
]


@pytest.mark.parametrize("date", BC_DATES, ids=str)
def test_iso_and_timex_round_trip_on_both_sides_of_year_zero(date: FuzzyDate) -> None:
    assert FuzzyDate.from_iso(date.to_iso(), date.precision, date.part, date.circa) == date
    if date.precision is not Precision.DECADE or date.year > 0:
        assert FuzzyDate.from_timex(*date.to_timex()) == date


@pytest.mark.parametrize("date", BC_DATES, ids=str)
def test_days_are_consistent_with_the_fields(date: FuzzyDate) -> None:
    first, end = date.start_day(), date.end_day()
    assert MIN_DAY <= first < end <= END_DAY
    year, month, day = from_day_number(first)
    assert year == date.year
    if date.month is not None:
        assert month == date.month
    if date.day is not None:
        assert day == date.day


@pytest.mark.parametrize(
    ("date", "words"),
    [
        (FuzzyDate.of_year(0), "1 BC"),
        (FuzzyDate.of_year(-43), "44 BC"),
        (FuzzyDate.of_year(1), "AD 1"),
        (FuzzyDate.of_year(800), "AD 800"),
        (FuzzyDate.of_month(800, 12), "December AD 800"),
        (FuzzyDate.of_part(-43, "late"), "late 44 BC"),
        (FuzzyDate.of_year(-43, circa=True), "c. 44 BC"),
        (FuzzyDate.of_decade(-50), "the decade 51–42 BC"),
        (FuzzyDate.of_decade(0), "the decade 1 BC–AD 9"),
        (FuzzyDate.of_decade(800), "the decade AD 800–809"),
        (FuzzyDate.of_decade(1990), "the 1990s"),
    ],
)
def test_describe_says_bc_and_ad(date: FuzzyDate, words: str) -> None:
    assert date.describe() == words


@pytest.mark.parametrize(
    ("date", "words"),
    [
        (FuzzyDate.of_part(2024, "late"), "late 2024 — the last third of 2024"),
        (FuzzyDate.of_part(2024, "WI"), "winter 2024 — December to February 2024–2025"),
        (FuzzyDate.of_part(2024, "Q3"), "third quarter of 2024 — July to September 2024"),
        (FuzzyDate.of_ymd(-43, 3, 15), "15 March 44 BC — a day"),
        (FuzzyDate.of_month(2024, 2), "February 2024 — a month, 29 days"),
        (FuzzyDate.of_year(1965, circa=True), "c. 1965 — a year, circa"),
        (FuzzyDate.of_decade(1990), "the 1990s — 1990 to 1999"),
    ],
)
def test_span_words_say_what_the_date_covers(date: FuzzyDate, words: str) -> None:
    assert date.span_words() == words


@pytest.mark.parametrize(
    ("value", "precision", "problem"),
    [
        ("-0000", Precision.YEAR, "does not match YYYY"),
        ("-9999", Precision.YEAR, "outside 9999 BC - AD 9999"),
        ("-43", Precision.YEAR, "does not match YYYY"),
        ("+2024", Precision.YEAR, "does not match YYYY"),
        ("-0001-02-29", Precision.DAY, "-0001-02-29 is not a valid date"),
        ("0000-02-29", Precision.DAY, None),  # 1 BC is a leap year
        ("-0045", Precision.DECADE, "not the first year of a decade (e.g. -50)"),
        ("2024-13", Precision.MONTH, "2024-13 is not a valid date"),
    ],
)
def test_from_iso_says_what_is_wrong(value: str, precision: Precision,
                                     problem: str | None) -> None:
    if problem is None:
        assert FuzzyDate.from_iso(value, precision).to_iso() == value
        return
    with pytest.raises(ValueError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        FuzzyDate.from_iso(value, precision)


def _refused(precision: Precision, cases: list[tuple[str, str]]) -> None:
    """Each value of ``cases`` is refused by ``from_iso`` at ``precision`` with its problem."""
    for value, problem in cases:
        with pytest.raises(ValueError, match=problem):
            FuzzyDate.from_iso(value, precision)


def test_from_iso_reads_a_day_as_the_constructor_makes_it() -> None:
    # issue 11: the usual AD day is read through datetime and made without the
    # constructor's checks; it must be the very date the constructor makes (fields,
    # covered days, equality and hash), and every other value goes the checked way
    rng = random.Random(11)
    last = _dt.date(9999, 12, 31).toordinal()
    for number in [1, last, *(rng.randint(1, last) for _ in range(2000))]:
        day = _dt.date.fromordinal(number)
        circa = rng.random() < 0.3
        read = FuzzyDate.from_iso(day.isoformat(), Precision.DAY, None, circa)
        made = FuzzyDate(day.year, day.month, day.day, Precision.DAY, None, circa)
        assert read == made and hash(read) == hash(made) and read._days == made._days
        assert [getattr(read, name) for name in read.__slots__] == [
            getattr(made, name) for name in made.__slots__]
        assert (read.start_day(), read.end_day()) == (made.start_day(), made.end_day())
    _refused(Precision.DAY, [("2023-02-29", "2023-02-29 is not a valid date"),
                             ("2024-00-10", "2024-00-10 is not a valid date"),
                             ("\u0662\u0660\u0662\u0664-01-01", "does not match YYYY-MM-DD"),
                             ("2024-1-011", "does not match YYYY-MM-DD"),
                             ("2024-W01-1", "does not match YYYY-MM-DD")])
    assert FuzzyDate.from_iso("0000-02-29", Precision.DAY) == FuzzyDate.of_ymd(0, 2, 29)


def test_from_iso_reads_a_month_as_the_constructor_makes_it() -> None:
    # issue 11: the usual AD month is read through datetime too (6-7 us a month the
    # checked way); every month of AD 1-9999 must be the very date the constructor makes,
    # and every other value goes the checked way, with its message
    for year in range(1, 10000):
        for month in range(1, 13):
            circa = (year + month) % 3 == 0
            read = FuzzyDate.from_iso(f"{year:04d}-{month:02d}", Precision.MONTH, None, circa)
            made = FuzzyDate(year, month, None, Precision.MONTH, None, circa)
            assert read._days == made._days, (year, month)
            if year % 97 == 0 or year in (1, 9999):
                assert read == made and hash(read) == hash(made)
                assert [getattr(read, name) for name in read.__slots__] == [
                    getattr(made, name) for name in made.__slots__]
    _refused(Precision.MONTH, [("2024-13", "2024-13 is not a valid date"),
                               ("2024-00", "2024-00 is not a valid date"),
                               ("\u0662\u0660\u0662\u0664-01", "does not match YYYY-MM"),
                               ("2024-1-", "does not match YYYY-MM"),
                               ("2024-W1", "does not match YYYY-MM"),
                               ("-0000-01", "does not match YYYY-MM")])
    assert FuzzyDate.from_iso("0000-02", Precision.MONTH) == FuzzyDate.of_month(0, 2)
    assert FuzzyDate.from_iso("-0043-03", Precision.MONTH) == FuzzyDate.of_month(-43, 3)


def test_from_timex_refuses_a_year_zero_and_bc_zero() -> None:
    with pytest.raises(ValueError):
        FuzzyDate.from_timex("0000")
    with pytest.raises(ValueError):
        FuzzyDate.from_timex("BC0000")
    assert FuzzyDate.from_timex("BC0001") == FuzzyDate.of_year(0)


# -- computations at the ends give no date ----------------------------------------------
@pytest.mark.parametrize(
    ("date", "steps", "expected"),
    [
        (FuzzyDate.of_ymd(0, 12, 31), 1, FuzzyDate.of_ymd(1, 1, 1)),
        (FuzzyDate.of_ymd(1, 1, 1), -1, FuzzyDate.of_ymd(0, 12, 31)),
        (FuzzyDate.of_month(1, 1), -1, FuzzyDate.of_month(0, 12)),
        (FuzzyDate.of_part(-1, "late"), 6, FuzzyDate.of_part(1, "late")),  # by thirds
        (FuzzyDate.of_part(0, "late"), 1, FuzzyDate.of_part(1, "early")),
        (FuzzyDate.of_year(2, circa=True), -3, FuzzyDate.of_year(-1, circa=True)),
        (FuzzyDate.of_decade(10), -2, FuzzyDate.of_decade(-10)),
        (FuzzyDate.of_ymd(MAX_YEAR, 12, 31), 1, None),
        (FuzzyDate.of_ymd(MIN_YEAR, 1, 1), -1, None),
        (FuzzyDate.of_month(MAX_YEAR, 12), 1, None),
        (FuzzyDate.of_part(MAX_YEAR, "FA"), 1, None),  # winter 9999 runs into 10000
        (FuzzyDate.of_year(MIN_YEAR), -1, None),
        (FuzzyDate.of_decade(9990), 1, None),
        (FuzzyDate.of_year(2024), 10**12, None),
    ],
    ids=str,
)
def test_moved_by_its_own_precision(date: FuzzyDate, steps: int,
                                    expected: FuzzyDate | None) -> None:
    assert date.moved(steps) == expected


@pytest.mark.parametrize(
    ("day", "precision", "expected"),
    [
        (day_number(-43, 3, 15), Precision.DAY, FuzzyDate.of_ymd(-43, 3, 15)),
        (day_number(-43, 3, 15), Precision.MONTH, FuzzyDate.of_month(-43, 3)),
        (day_number(-43, 10, 1), Precision.PART_OF_YEAR, FuzzyDate.of_part(-43, "late")),
        (day_number(-43, 5, 1), Precision.PART_OF_YEAR, FuzzyDate.of_part(-43, "mid")),
        (day_number(-43, 3, 15), Precision.YEAR, FuzzyDate.of_year(-43)),
        (day_number(-43, 3, 15), Precision.DECADE, FuzzyDate.of_decade(-50)),
        (day_number(2024, 6, 1), Precision.DECADE, FuzzyDate.of_decade(2020)),
        (MIN_DAY, Precision.DECADE, None),  # its decade begins in 10000 BC
        (MIN_DAY - 1, Precision.DAY, None),
        (END_DAY, Precision.YEAR, None),
    ],
)
def test_containing_gives_the_date_under_a_day(day: int, precision: Precision,
                                               expected: FuzzyDate | None) -> None:
    assert FuzzyDate.containing(day, precision) == expected
    assert FuzzyDate.of_day_number(day) == (
        None if not MIN_DAY <= day <= MAX_DAY else FuzzyDate.of_ymd(*from_day_number(day)))


def test_every_part_of_a_bc_year_lies_in_order() -> None:
    for part in PART_OF_YEAR_MONTHS:
        date = FuzzyDate.of_part(-43, part)
        assert day_number(-43, 1, 1) <= date.start_day() < date.end_day()
        assert date.end_day() <= day_number(-42, 3, 1)


def test_sort_order_crosses_year_zero() -> None:
    dates = [FuzzyDate.of_year(1), FuzzyDate.of_ymd(0, 12, 31), FuzzyDate.of_year(-43),
             FuzzyDate.of_decade(-50), FuzzyDate.of_year(2024)]
    assert [str(d) for d in sorted(dates, key=FuzzyDate.sort_key)] == [
        "the decade 51–42 BC", "44 BC", "31 December 1 BC", "AD 1", "2024"]


def test_timeline_of_bc_events_keeps_working() -> None:
    ides = Event("a", "Ides", IDES)
    actium = Event("b", "Actium", FuzzyDate.of_ymd(-30, 9, 2), end=FuzzyDate.of_year(-29))
    modern = Event("c", "Now", FuzzyDate.of_year(2024))
    timeline = Timeline.from_events([modern, actium, ides])
    assert [e.id for e in timeline] == ["a", "b", "c"]
    assert timeline.day_range() == (IDES.start_day(), day_number(2025, 1, 1))
    assert [e.id for e in timeline.events_starting_in(day_number(-43, 1, 1), 1)] == ["a", "b"]
    assert actium.day_range() == (day_number(-30, 9, 2), day_number(-28, 1, 1))
    # Views that still count in datetime.date see BC events at AD 1, never an exception.
    assert ides.start_day == ides.end_day == _dt.date(1, 1, 1)
    assert timeline.date_range() == (_dt.date(1, 1, 1), _dt.date(2025, 1, 1))


# -- words for axes --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("year", "words", "century", "millennium"),
    [
        (-499, "500 BC", "5th century BC", "1st millennium BC"),
        (-43, "44 BC", "1st century BC", "1st millennium BC"),
        (-99, "100 BC", "1st century BC", "1st millennium BC"),
        (-100, "101 BC", "2nd century BC", "1st millennium BC"),
        (-999, "1000 BC", "10th century BC", "1st millennium BC"),
        (-1000, "1001 BC", "11th century BC", "2nd millennium BC"),
        (0, "1 BC", "1st century BC", "1st millennium BC"),
        (1, "AD 1", "1st century", "1st millennium"),
        (100, "AD 100", "1st century", "1st millennium"),
        (800, "AD 800", "8th century", "1st millennium"),
        (1000, "1000", "10th century", "1st millennium"),
        (2024, "2024", "21st century", "3rd millennium"),
        (1912, "1912", "20th century", "2nd millennium"),
    ],
)
def test_year_century_and_millennium_words(year: int, words: str, century: str,
                                           millennium: str) -> None:
    assert year_words(year) == words
    assert century_words(century_of(year)) == century
    assert millennium_words(millennium_of(year)) == millennium


def test_ordinals_and_no_century_zero() -> None:
    assert [ordinal_words(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]
    with pytest.raises(ValueError):
        century_words(0)


def test_year_ticks_label_round_written_years() -> None:
    ticks = year_ticks(-1200, 1100, 500)
    assert [year_words(y) for y in ticks] == ["1000 BC", "500 BC", "AD 1", "AD 500", "1000"]
    assert year_ticks(-2, 2, 1) == [-2, -1, 0, 1, 2]
    assert year_ticks(1990, 2030, 10) == [1990, 2000, 2010, 2020, 2030]
    assert year_ticks(-5, -1, 10) == []
    with pytest.raises(ValueError):
        year_ticks(0, 10, 0)


def test_from_iso_says_what_is_wrong_with_a_part() -> None:
    with pytest.raises(ValueError, match="needs its part"):
        FuzzyDate.from_iso("2024", Precision.PART_OF_YEAR)
    with pytest.raises(ValueError, match="unknown part of year 'end'"):
        FuzzyDate.from_iso("2024", Precision.PART_OF_YEAR, "end")
    with pytest.raises(ValueError, match="runs past the end of AD 9999"):
        FuzzyDate.from_iso("9999", Precision.PART_OF_YEAR, "WI")


def _random_dates(count: int, seed: int) -> list[FuzzyDate]:
    """Dates of every precision spread over the whole range, the same ones every run."""
    rng = random.Random(seed)
    dates: list[FuzzyDate] = []
    while len(dates) < count:
        year = rng.choice([rng.randint(MIN_YEAR, MAX_YEAR), rng.randint(-30, 30)])
        precision = rng.choice(list(Precision))
        circa = rng.random() < 0.3
        try:
            if precision is Precision.DAY:
                month = rng.randint(1, 12)
                date = FuzzyDate.of_ymd(year, month, rng.randint(1, days_in_month(year, month)),
                                        circa)
            elif precision is Precision.MONTH:
                date = FuzzyDate.of_month(year, rng.randint(1, 12), circa)
            elif precision is Precision.PART_OF_YEAR:
                date = FuzzyDate.of_part(year, rng.choice(list(PART_OF_YEAR_MONTHS)), circa)
            elif precision is Precision.YEAR:
                date = FuzzyDate.of_year(year, circa)
            else:
                date = FuzzyDate.of_decade(year, circa)
        except ValueError:  # winter 9999, the decade of 9999 BC
            continue
        dates.append(date)
    return dates


def test_random_dates_round_trip_through_iso_words_and_days() -> None:
    from timeline_app.core.parse_date import parse_fuzzy_date

    for date in _random_dates(3000, seed=44):
        assert FuzzyDate.from_iso(date.to_iso(), date.precision, date.part, date.circa) == date
        assert parse_fuzzy_date(date.describe()) == date, date.describe()
        first, end = date.start_day(), date.end_day()
        assert MIN_DAY <= first < end <= END_DAY
        if date.precision is not Precision.PART_OF_YEAR:  # containing() gives thirds there
            assert FuzzyDate.containing(first, date.precision, date.circa) == date


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (FuzzyDate.of_ymd(2025, 3, 22), FuzzyDate.of_month(2025, 3), True),
        (FuzzyDate.of_ymd(2025, 3, 22), FuzzyDate.of_ymd(2025, 3, 23), False),
        (FuzzyDate.of_part(2024, "late"), FuzzyDate.of_month(2024, 11), True),
        (FuzzyDate.of_part(2024, "late"), FuzzyDate.of_month(2024, 8), False),
        (FuzzyDate.of_part(0, "WI"), FuzzyDate.of_month(1, 2), True),  # winter 1 BC into AD 1
        (FuzzyDate.of_decade(-50), FuzzyDate.of_year(-43), True),
        (FuzzyDate.of_year(0), FuzzyDate.of_year(1), False),
    ],
    ids=str,
)
def test_overlaps_compares_at_the_coarser_precision(a: FuzzyDate, b: FuzzyDate,
                                                    overlap: bool) -> None:
    assert a.overlaps(b) is overlap
    assert b.overlaps(a) is overlap


def test_from_iso_quotes_a_long_value_short() -> None:
    with pytest.raises(ValueError) as info:
        FuzzyDate.from_iso("9" * 10_000, Precision.YEAR)
    assert len(str(info.value)) < 120
    with pytest.raises(ValueError, match="does not match"):
        FuzzyDate.from_iso("２０２５", Precision.YEAR)  # other scripts' digits are not ISO 8601
