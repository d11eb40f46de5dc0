"""Dates before AD 1 reach events (verify41 F2: an encyclopedia article of 96 BC - AD 224
gave no event, every BC date being dropped by the event builder)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate, Precision
from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.dating import shift, timex_to_date
from timeline_app.extract.timex import Timex

_HISTORY = (
    "The Romans and the Parthians\n\n"
    "Contact began in 92 BC, when the Roman governor Sulla met the Parthian envoy Orobazus "
    "on the Euphrates. In 53 BC the Roman general Crassus invaded Mesopotamia and was "
    "defeated by the Parthian general Surena at Carrhae.\n"
)


def _dated(text: str, dct: _dt.date | None = None) -> dict[str, FuzzyDate]:
    return {c.title: c.date for c in extract_events(text, dct).candidates}


def test_a_history_s_bc_years_date_its_events() -> None:
    found = _dated(_HISTORY)
    assert FuzzyDate.of_year(-91) in found.values()  # 92 BC
    assert FuzzyDate.of_year(-52) in found.values()  # 53 BC
    crassus = next(d for t, d in found.items() if "Crassus" in t)
    assert crassus.describe() == "53 BC"


def test_bc_years_in_an_article_with_a_date_are_events_too() -> None:
    # (the arithmetic with the article's date is done in day numbers: no error)
    found = _dated(_HISTORY, _dt.date(2024, 5, 3))
    assert FuzzyDate.of_year(-52) in found.values()


def test_a_bc_timex_is_a_date() -> None:
    assert timex_to_date(Timex(0, 5, "53 BC", "DATE", "BC0053")) == FuzzyDate.of_year(-52)
    assert timex_to_date(Timex(0, 8, "c. 10 BC", "DATE", "BC0010", "APPROX")) \
        == FuzzyDate.of_year(-9, circa=True)


def test_shift_counts_across_ad_1_with_no_year_0() -> None:
    # "the following year" after 1 BC is AD 1; three years after 2 BC is AD 2
    assert shift(FuzzyDate.of_year(0), 1, 1, "Y") == FuzzyDate.of_year(1, circa=True)
    assert shift(FuzzyDate.of_year(-1), 1, 3, "Y") == FuzzyDate.of_year(2, circa=True)
    assert shift(FuzzyDate.of_year(-52), 1, 2, "Y") == FuzzyDate.of_year(-50, circa=True)
    # months and days of a BC date
    assert shift(FuzzyDate.of_month(-479, 8), 1, 2, "M") == FuzzyDate.of_month(-479, 10, circa=True)
    assert shift(FuzzyDate.of_ymd(0, 12, 31), 1, 1, "D") == FuzzyDate.of_ymd(1, 1, 1, circa=True)
    assert shift(FuzzyDate.of_month(-43, 3), -1, 2, "D") == FuzzyDate.of_month(-43, 3, circa=True)


def test_shift_keeps_its_ad_results() -> None:
    assert shift(FuzzyDate.of_ymd(2025, 3, 31), -1, 1, "M") == FuzzyDate.of_month(2025, 2, circa=True)
    assert shift(FuzzyDate.of_ymd(2025, 3, 31), 1, 2, "D") == FuzzyDate.of_ymd(2025, 4, 2, circa=True)
    assert shift(FuzzyDate.of_month(2025, 10), -1, 3, "D").precision is Precision.MONTH  # type: ignore[union-attr]
    assert shift(FuzzyDate.of_year(9999), 1, 1, "Y") is None


def test_a_century_of_a_history_is_a_span_of_its_years() -> None:
    result = extract_events(
        "Rome and Carthage\n\nIn 264 BC Rome invaded Sicily. In the 2nd century BC Rome and "
        "Pergamon signed a treaty of alliance. In the 1st century AD Rome and Parthia "
        "signed a treaty.\n")
    spans = {(c.date.describe(), c.end.describe() if c.end else None) for c in result.candidates}
    assert ("200 BC", "101 BC") in spans
    assert ("AD 1", "AD 100") in spans


def test_a_century_in_news_dates_nothing() -> None:
    text = ("SEOUL, May 3 (Yonhap) -- The two ministers signed a treaty on Friday. In the 20th "
            "century the two countries signed a treaty of friendship.\n")
    assert all(c.date.year == 2024 for c in extract_events(text, _dt.date(2024, 5, 3)).candidates)


def test_a_century_dates_no_noun() -> None:
    result = extract_events("Greeks\n\nIn 481 BC the Greeks met at Corinth. Even during the 4th "
                            "century BC the idea of the treaty was controversial.\n")
    assert [c.date.describe() for c in result.candidates] == ["481 BC"]


def test_days_weeks_or_months_from_a_year_keep_the_year() -> None:
    assert shift(FuzzyDate.of_year(-480), 1, 2, "W") == FuzzyDate.of_year(-480, circa=True)
    assert shift(FuzzyDate.of_year(2019), 1, 3, "M") == FuzzyDate.of_year(2019, circa=True)
    assert shift(FuzzyDate.of_year(2019), 1, 13, "M") == FuzzyDate.of_year(2020, circa=True)


def test_a_bc_decade_of_a_history_is_a_span_of_its_years() -> None:
    result = extract_events("Greeks\n\nIn 492 BC the Persians invaded Thrace. In the 480s BC "
                            "Athens and Sparta signed a treaty.\n")
    spans = {(c.date.describe(), c.end.describe() if c.end else None) for c in result.candidates}
    assert ("489 BC", "480 BC") in spans
