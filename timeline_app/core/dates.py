"""Fuzzy dates: a calendar date together with the precision its source gave.

A diplomatic timeline is only as good as its dates, so a date never claims more
precision than the text gave: "February 2025" is a month, "late 2024" is a part
of a year, and "two months following ..." is circa.  Every ``FuzzyDate`` covers a
half-open range of days ``[start, end)``; a day-precision date covers one day.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from dataclasses import dataclass
from functools import cached_property

__all__ = ["MONTH_NAMES", "PART_OF_YEAR_MONTHS", "FuzzyDate", "Precision"]

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class Precision(str, enum.Enum):
    """How exactly a source pinned a date down, finest first."""

    DAY = "day"
    MONTH = "month"
    PART_OF_YEAR = "part_of_year"
    YEAR = "year"
    DECADE = "decade"

    @property
    def words(self) -> str:
        return self.value.replace("_", " ")


_PRECISION_RANK = {precision: rank for rank, precision in enumerate(Precision)}

# Part of a year -> (first month, number of months, words, TIMEX3 value suffix or mod).
# Early/mid/late are thirds of a year (TimeML writes them as the year plus a mod);
# quarters, halves and seasons have TIMEX3 values of their own.  Winter runs from
# December into the next year.
PART_OF_YEAR_MONTHS: dict[str, tuple[int, int, str]] = {
    "early": (1, 4, "early"),
    "mid": (5, 4, "mid"),
    "late": (9, 4, "late"),
    "Q1": (1, 3, "first quarter of"),
    "Q2": (4, 3, "second quarter of"),
    "Q3": (7, 3, "third quarter of"),
    "Q4": (10, 3, "fourth quarter of"),
    "H1": (1, 6, "first half of"),
    "H2": (7, 6, "second half of"),
    "SP": (3, 3, "spring"),
    "SU": (6, 3, "summer"),
    "FA": (9, 3, "autumn"),
    "WI": (12, 3, "winter"),
}
_MOD_FOR_PART = {"early": "START", "mid": "MID", "late": "END"}
_PART_FOR_MOD = {mod: part for part, mod in _MOD_FOR_PART.items()}

MIN_YEAR = 1
MAX_YEAR = 9998  # leaves room for the exclusive end of a late-year span


def _add_months(year: int, month: int, months: int) -> _dt.date:
    index = year * 12 + (month - 1) + months
    return _dt.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True, order=False)
class FuzzyDate:
    """A date with its precision.

    Attributes:
        year: The year (for a decade, its first year, e.g. 1990).
        month: 1-12 for day and month precision, else ``None``.
        day: 1-31 for day precision, else ``None``.
        precision: How much of the date the source gave.
        part: For ``PART_OF_YEAR``: a key of ``PART_OF_YEAR_MONTHS``.
        circa: The date was derived loosely ("about two months later").
    """

    year: int
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.DAY
    part: str | None = None
    circa: bool = False

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"year {self.year} is out of range {MIN_YEAR}-{MAX_YEAR}")
        p = self.precision
        needs_month = p in (Precision.DAY, Precision.MONTH)
        if needs_month != (self.month is not None):
            raise ValueError(f"{p.value} precision {'needs' if needs_month else 'takes no'} month")
        if (p is Precision.DAY) != (self.day is not None):
            needs = "needs" if p is Precision.DAY else "takes no"
            raise ValueError(f"{p.value} precision {needs} day")
        if (p is Precision.PART_OF_YEAR) != (self.part is not None):
            raise ValueError("a part of the year goes with part_of_year precision only")
        if self.part is not None and self.part not in PART_OF_YEAR_MONTHS:
            raise ValueError(f"unknown part of year {self.part!r}")
        if p is Precision.DECADE and self.year % 10:
            raise ValueError(f"a decade starts on a year ending in 0, not {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        if self.day is not None:
            _dt.date(self.year, self.month or 1, self.day)  # raises ValueError: day is out of range

    # -- constructors -----------------------------------------------------------------
    @classmethod
    def of_day(cls, day: _dt.date, circa: bool = False) -> FuzzyDate:
        return cls(day.year, day.month, day.day, Precision.DAY, circa=circa)

    @classmethod
    def of_month(cls, year: int, month: int, circa: bool = False) -> FuzzyDate:
        return cls(year, month, None, Precision.MONTH, circa=circa)

    @classmethod
    def of_part(cls, year: int, part: str, circa: bool = False) -> FuzzyDate:
        return cls(year, None, None, Precision.PART_OF_YEAR, part, circa)

    @classmethod
    def of_year(cls, year: int, circa: bool = False) -> FuzzyDate:
        return cls(year, None, None, Precision.YEAR, circa=circa)

    @classmethod
    def of_decade(cls, year: int, circa: bool = False) -> FuzzyDate:
        return cls(year - year % 10, None, None, Precision.DECADE, circa=circa)

    # -- the range of days it covers --------------------------------------------------
    # Cached: views and sorting ask for these on every frame; the dataclass is frozen, and
    # cached_property writes the instance dict directly, so caching is safe.
    @cached_property
    def start(self) -> _dt.date:
        """The first day the date may mean."""
        if self.precision is Precision.PART_OF_YEAR:
            assert self.part is not None
            first_month = PART_OF_YEAR_MONTHS[self.part][0]
            return _dt.date(self.year, first_month, 1)
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @cached_property
    def end(self) -> _dt.date:
        """The day after the last day the date may mean (exclusive)."""
        p = self.precision
        if p is Precision.DAY:
            return self.start + _dt.timedelta(days=1)
        if p is Precision.MONTH:
            assert self.month is not None
            return _add_months(self.year, self.month, 1)
        if p is Precision.PART_OF_YEAR:
            assert self.part is not None
            first, count, _ = PART_OF_YEAR_MONTHS[self.part]
            return _add_months(self.year, first, count)
        if p is Precision.YEAR:
            return _dt.date(self.year + 1, 1, 1)
        return _dt.date(min(self.year + 10, MAX_YEAR + 1), 1, 1)

    @property
    def is_point(self) -> bool:
        """True for a single day, drawn as a point rather than a span."""
        return self.precision is Precision.DAY

    def sort_key(self) -> tuple[int, int]:
        """Order by first day, then finer dates first."""
        return (self.start.toordinal(), _PRECISION_RANK[self.precision])

    # -- words ---------------------------------------------------------------------------
    def describe(self) -> str:
        """The date as a person writes it: '22 March 2025', 'late 2024', 'c. January 2025'."""
        p = self.precision
        if p is Precision.DAY:
            assert self.month is not None
            text = f"{self.day} {MONTH_NAMES[self.month - 1]} {self.year}"
        elif p is Precision.MONTH:
            assert self.month is not None
            text = f"{MONTH_NAMES[self.month - 1]} {self.year}"
        elif p is Precision.PART_OF_YEAR:
            assert self.part is not None
            text = f"{PART_OF_YEAR_MONTHS[self.part][2]} {self.year}"
        elif p is Precision.YEAR:
            text = str(self.year)
        else:
            text = f"the {self.year}s"
        return f"c. {text}" if self.circa else text

    def precision_words(self) -> str:
        words = self.precision.words
        return f"{words}, circa" if self.circa else words

    def __str__(self) -> str:
        return self.describe()

    # -- TIMEX3 -------------------------------------------------------------------------
    def to_timex(self) -> tuple[str, str | None]:
        """The TimeML TIMEX3 ``(value, mod)`` of this date."""
        p = self.precision
        mod = "APPROX" if self.circa else None
        if p is Precision.DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}", mod
        if p is Precision.MONTH:
            return f"{self.year:04d}-{self.month:02d}", mod
        if p is Precision.PART_OF_YEAR:
            assert self.part is not None
            if self.part in _MOD_FOR_PART:
                return f"{self.year:04d}", _MOD_FOR_PART[self.part]
            return f"{self.year:04d}-{self.part}", mod
        if p is Precision.YEAR:
            return f"{self.year:04d}", mod
        return f"{self.year // 10:03d}", mod

    @classmethod
    def from_timex(cls, value: str, mod: str | None = None) -> FuzzyDate:
        """Read a TIMEX3 DATE value; raises ``ValueError`` for anything not a calendar date."""
        circa = mod == "APPROX"
        m = _TIMEX_DATE.fullmatch(value)
        if not m:
            raise ValueError(f"not a calendar TIMEX3 value: {value!r}")
        year_text, month, day, part = m.group("year", "month", "day", "part")
        if len(year_text) == 3:
            return cls.of_decade(int(year_text) * 10, circa)
        year = int(year_text)
        if day:
            return cls.of_day(_dt.date(year, int(month), int(day)), circa)
        if month:
            return cls.of_month(year, int(month), circa)
        if part:
            return cls.of_part(year, part, circa)
        if mod in _PART_FOR_MOD:
            return cls.of_part(year, _PART_FOR_MOD[mod])
        return cls.of_year(year, circa)


_TIMEX_DATE = re.compile(
    r"(?P<year>\d{4}|\d{3})"
    r"(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?|-(?P<part>Q[1-4]|H[12]|SP|SU|FA|WI))?"
)
