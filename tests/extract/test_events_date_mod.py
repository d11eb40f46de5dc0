"""A TIMEX3 with mod START / MID / END at month or decade granularity keeps its part on the
event's date (session 16): "in late December" was dated December, "the early 1990s" c. 1990
to c. 1993 as years.  Fails on the old code (no ``mod`` on the date)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.dating import timex_to_date
from timeline_app.extract.timex import Timex

DCT = dt.date(2024, 11, 4)


def _dates(text: str) -> dict[str, FuzzyDate]:
    return {c.title: c.date for c in extract_events(text, dct=DCT).candidates}


def test_late_december_keeps_its_part() -> None:
    text = ("GENEVA, Nov 4 (Reuters) - Iran and the European Union will resume nuclear talks "
            "in Geneva in late December, a spokesman said on Monday.")
    dates = list(_dates(text).values())
    assert FuzzyDate.of_month(2024, 12, mod="END") in dates, dates


def test_month_and_decade_values_with_a_mod() -> None:
    def date(value: str, mod: str | None) -> FuzzyDate | None:
        return timex_to_date(Timex(0, 5, "x", "DATE", value, mod))

    assert date("2024-12", "START") == FuzzyDate.of_month(2024, 12, mod="START")
    assert date("2024-12", "MID") == FuzzyDate.of_month(2024, 12, mod="MID")
    assert date("199", "END") == FuzzyDate.of_decade(1990, mod="END")
    assert date("2024", "END") == FuzzyDate.of_part(2024, "late")  # a year: as before
    assert date("2024-12-05", "START") == FuzzyDate.of_ymd(2024, 12, 5)  # a day: no part


def test_earlier_or_later_this_month_is_the_whole_month() -> None:
    """"earlier this month" is any day of it before the DCT, not its first ten days (as
    "later this year" is the year): the tagger's mod START/END is not the part."""
    for text, mod in (("earlier this month", "START"), ("later this month", "END"),
                      ("early this month", None)):
        timex = Timex(0, len(text), text, "DATE", "2024-11", mod or "START")
        expected = FuzzyDate.of_month(2024, 11, mod=None if mod else "START")
        assert timex_to_date(timex) == expected, text
