"""Typed dates are read at the precision they were typed, and describe() reads back."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline_app.core import FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.core.parse_date import (
    ParseResult,
    day_first_for_locale,
    day_first_from_pattern,
    infer_day_first,
    parse_fuzzy_date,
    parse_typed_date,
    say_date,
    system_day_first,
)
from timeline_app.ui.dates_input import parse_user_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22 March 2025", FuzzyDate.of_day(dt.date(2025, 3, 22))),
        ("2025-03-22", FuzzyDate.of_day(dt.date(2025, 3, 22))),
        ("March 22, 2025", FuzzyDate.of_day(dt.date(2025, 3, 22))),
        ("March 2025", FuzzyDate.of_month(2025, 3)),
        ("Feb 2025", FuzzyDate.of_month(2025, 2)),
        ("2025-03", FuzzyDate.of_month(2025, 3)),
        ("late 2024", FuzzyDate.of_part(2024, "late")),
        ("Q4 2024", FuzzyDate.of_part(2024, "Q4")),
        ("fourth quarter of 2024", FuzzyDate.of_part(2024, "Q4")),
        ("spring 2025", FuzzyDate.of_part(2025, "SP")),
        ("1965", FuzzyDate.of_year(1965)),
        ("the 1990s", FuzzyDate.of_decade(1990)),
        ("c. January 2025", FuzzyDate.of_month(2025, 1, circa=True)),
        ("circa 1965", FuzzyDate.of_year(1965, circa=True)),
    ],
)
def test_parse_keeps_the_typed_precision(text, expected):
    assert parse_fuzzy_date(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "c.", "March 22", "tomorrow-ish", "2025-13",
                                  "30 February 2025", "late", "99999"])
def test_parse_refuses_what_is_not_a_date(text):
    assert parse_fuzzy_date(text) is None


@pytest.mark.parametrize(
    "date",
    [
        FuzzyDate.of_day(dt.date(1965, 6, 22)),
        FuzzyDate.of_month(2025, 1, circa=True),
        FuzzyDate.of_part(2024, "late"),
        FuzzyDate.of_part(2024, "H1"),
        FuzzyDate.of_part(2024, "WI"),
        FuzzyDate.of_part(2023, "mid", circa=True),
        FuzzyDate.of_year(2023),
        FuzzyDate.of_decade(1990),
    ],
)
def test_describe_reads_back(date):
    assert parse_fuzzy_date(date.describe()) == date


def test_user_date_gives_the_days_it_covers():
    assert parse_user_date("March 2025") == (dt.date(2025, 3, 1), dt.date(2025, 4, 1))
    assert parse_user_date("1965") == (dt.date(1965, 1, 1), dt.date(1966, 1, 1))
    assert parse_user_date("nonsense") is None
    assert parse_user_date("44 BC") is None  # datetime.date has no BC days: no date, no error


# -- parse_typed_date: each kind of fault from issue 7, each right value a test -----------

D = dt.date
Y = FuzzyDate.of_year


def _day(y: int, m: int, d: int) -> FuzzyDate:
    return FuzzyDate.of_ymd(y, m, d)


@pytest.mark.parametrize(
    ("text", "date", "end"),
    [
        # hyphenated parts of years
        ("mid-2024", FuzzyDate.of_part(2024, "mid"), None),
        ("early-2025", FuzzyDate.of_part(2025, "early"), None),
        ("late-2024", FuzzyDate.of_part(2024, "late"), None),
        ("mid 2024", FuzzyDate.of_part(2024, "mid"), None),
        # parts of a decade: the decade with its TIMEX3 mod (session 16; was c. 1997 to
        # c. 1999, a range of circa years)
        ("late-1990s", FuzzyDate.of_decade(1990, mod="END"), None),
        ("early 1990s", FuzzyDate.of_decade(1990, mod="START"), None),
        ("mid-1990s", FuzzyDate.of_decade(1990, mod="MID"), None),
        ("the early 1990s", FuzzyDate.of_decade(1990, mod="START"), None),
        ("c. the late 1990s", FuzzyDate.of_decade(1990, True, "END"), None),
        ("early to mid-1990s", FuzzyDate.of_decade(1990, mod="START"),
         FuzzyDate.of_decade(1990, mod="MID")),
        # parts of a month (session 16; were the whole month with a note)
        ("early December 2024", FuzzyDate.of_month(2024, 12, mod="START"), None),
        ("mid-December 2024", FuzzyDate.of_month(2024, 12, mod="MID"), None),
        ("mid December 2024", FuzzyDate.of_month(2024, 12, mod="MID"), None),
        ("late December 2024", FuzzyDate.of_month(2024, 12, mod="END"), None),
        ("end of December 2024", FuzzyDate.of_month(2024, 12, mod="END"), None),
        ("beginning of March 2025", FuzzyDate.of_month(2025, 3, mod="START"), None),
        ("c. late January 2026", FuzzyDate.of_month(2026, 1, True, "END"), None),
        ("mid-March 44 BC", FuzzyDate.of_month(-43, 3, mod="MID"), None),
        ("late January to early March 2025", FuzzyDate.of_month(2025, 1, mod="END"),
         FuzzyDate.of_month(2025, 3, mod="START")),
        ("early to mid-December 2024", FuzzyDate.of_month(2024, 12, mod="START"),
         FuzzyDate.of_month(2024, 12, mod="MID")),
        ("late December 2024 – 3 January 2025", FuzzyDate.of_month(2024, 12, mod="END"),
         _day(2025, 1, 3)),
        ("early to mid 2024", FuzzyDate.of_part(2024, "early"), FuzzyDate.of_part(2024, "mid")),
        # dotted dates are day-first; other day forms
        ("10.11.2020", _day(2020, 11, 10), None),
        ("1.2.2020", _day(2020, 2, 1), None),
        ("31.12.1999.", _day(1999, 12, 31), None),
        ("19-Nov-2012", _day(2012, 11, 19), None),
        ("19 Nov. 2012", _day(2012, 11, 19), None),
        ("22nd March 2025", _day(2025, 3, 22), None),
        ("22nd of March 2025", _day(2025, 3, 22), None),
        ("March 22nd, 2025", _day(2025, 3, 22), None),
        ("1st Sept 2001", _day(2001, 9, 1), None),
        ("Saturday, 22 March 2025", _day(2025, 3, 22), None),
        ("2025 March 22", _day(2025, 3, 22), None),
        ("2024/11/12", _day(2024, 11, 12), None),
        ("2025-3-2", _day(2025, 3, 2), None),
        ("13/11/2024", _day(2024, 11, 13), None),  # only one reading
        ("11/13/2024", _day(2024, 11, 13), None),
        ("5/5/2024", _day(2024, 5, 5), None),
        ("11/2024", FuzzyDate.of_month(2024, 11), None),
        ("Q4 2024", FuzzyDate.of_part(2024, "Q4"), None),
        ("2024 Q4", FuzzyDate.of_part(2024, "Q4"), None),
        ("h1 2025", FuzzyDate.of_part(2025, "H1"), None),
        ("the end of 2024", FuzzyDate.of_part(2024, "late"), None),
        ("summer of 2025", FuzzyDate.of_part(2025, "SU"), None),
        ("1990's", FuzzyDate.of_decade(1990), None),
        # eras
        ("800 AD", Y(800), None),
        ("AD 800", Y(800), None),
        ("800 CE", Y(800), None),
        ("44 BC", Y(-43), None),
        ("44 BCE", Y(-43), None),
        ("1 BC", Y(0), None),
        ("c. 500 BC", Y(-499, circa=True), None),
        ("March 15, 44 BC", _day(-43, 3, 15), None),
        ("15 March 44 BC", _day(-43, 3, 15), None),
        ("15 March AD 33", _day(33, 3, 15), None),
        ("March 44 BC", FuzzyDate.of_month(-43, 3), None),
        ("late 44 BC", FuzzyDate.of_part(-43, "late"), None),
        ("-0043-03-15", _day(-43, 3, 15), None),
        ("-0043", Y(-43), None),
        ("44 B.C.", Y(-43), None),
        ("500 B.C.E.", Y(-499), None),
        ("A.D. 800", Y(800), None),
        ("800 C.E.", Y(800), None),
        ("ca 1965", Y(1965, circa=True), None),
        ("~1965", Y(1965, circa=True), None),
        ("approx. March 2025", FuzzyDate.of_month(2025, 3, circa=True), None),
        ("1st half of 2024", FuzzyDate.of_part(2024, "H1"), None),
        ("3rd quarter of 2024", FuzzyDate.of_part(2024, "Q3"), None),
        ("2025/03", FuzzyDate.of_month(2025, 3), None),
        ("2025.03.15", _day(2025, 3, 15), None),
        ("1960s–1970s", FuzzyDate.of_decade(1960), FuzzyDate.of_decade(1970)),
        # ranges
        ("1965–1970", Y(1965), Y(1970)),
        ("1965-1970", Y(1965), Y(1970)),
        ("1965 - 1970", Y(1965), Y(1970)),
        ("1965—1970", Y(1965), Y(1970)),
        ("1965 to 1970", Y(1965), Y(1970)),
        ("from 1965 until 1970", Y(1965), Y(1970)),
        ("between 1965 and 1970", Y(1965), Y(1970)),
        ("1965–70", Y(1965), Y(1970)),
        ("1998–02", Y(1998), Y(2002)),
        ("March to May 1965", FuzzyDate.of_month(1965, 3), FuzzyDate.of_month(1965, 5)),
        ("March–May 1965", FuzzyDate.of_month(1965, 3), FuzzyDate.of_month(1965, 5)),
        ("9–13 March 2012", _day(2012, 3, 9), _day(2012, 3, 13)),
        ("9-13 March 2012", _day(2012, 3, 9), _day(2012, 3, 13)),
        ("9th to 13th March 2012", _day(2012, 3, 9), _day(2012, 3, 13)),
        ("March 9–13, 2012", _day(2012, 3, 9), _day(2012, 3, 13)),
        ("30 March – 2 April 2012", _day(2012, 3, 30), _day(2012, 4, 2)),
        ("December 2011 – March 2012", FuzzyDate.of_month(2011, 12),
         FuzzyDate.of_month(2012, 3)),
        ("1965-06-01 – 1965-06-03", _day(1965, 6, 1), _day(1965, 6, 3)),
        ("50–44 BC", Y(-49), Y(-43)),
        ("44 BC – AD 14", Y(-43), Y(14)),
        ("44 BC – 30", Y(-43), Y(-29)),
        ("March 1965 to May", FuzzyDate.of_month(1965, 3), FuzzyDate.of_month(1965, 5)),
        ("800–900 AD", Y(800), Y(900)),
        ("c. 1965–1970", Y(1965, circa=True), Y(1970, circa=True)),
        ("1965 – c. 1970", Y(1965), Y(1970, circa=True)),
        ("late 1990s to 2005", FuzzyDate.of_decade(1990, mod="END"), Y(2005)),
        ("5th century BC", Y(-499), Y(-400)),
        ("the 21st century", Y(2001), Y(2100)),
        # describe()'s words for decades before AD 1000
        ("the decade 51–42 BC", FuzzyDate.of_decade(-50), None),
        ("the decade 1 BC–AD 9", FuzzyDate.of_decade(0), None),
        ("the decade AD 800–809", FuzzyDate.of_decade(800), None),
        ("late in the decade 51–42 BC", FuzzyDate.of_decade(-50, mod="END"), None),
        ("in the middle of the decade AD 800–809", FuzzyDate.of_decade(800, mod="MID"), None),
        ("early in the decade 1 BC–AD 9", FuzzyDate.of_decade(0, mod="START"), None),
    ],
)
def test_typed_dates_and_ranges(text: str, date: FuzzyDate, end: FuzzyDate | None) -> None:
    result = parse_typed_date(text, day_first=True)
    assert (result.date, result.end, result.error) == (date, end, None)
    assert not result.ambiguous


@pytest.mark.parametrize("day_first", [True, False])
def test_an_ambiguous_slash_date_offers_both_readings(day_first: bool) -> None:
    november, december = _day(2024, 11, 12), _day(2024, 12, 11)
    result = parse_typed_date("12/11/2024", day_first=day_first)
    first, other = (november, december) if day_first else (december, november)
    assert result.date == first
    assert result.alternatives == ((other, None),)
    assert result.ambiguous and result.ok
    assert other.describe() in result.feedback()
    assert parse_fuzzy_date("12/11/2024") is None  # the docstring's promise
    assert parse_typed_date("12-11-2024", day_first=day_first).alternatives == ((other, None),)


def test_ambiguity_defaults_to_the_system_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_TIME", "en_US.UTF-8")
    assert system_day_first() is False
    assert parse_typed_date("12/11/2024").date == _day(2024, 12, 11)
    monkeypatch.setenv("LC_TIME", "de_DE.UTF-8")
    assert system_day_first() is True
    assert parse_typed_date("12/11/2024").date == _day(2024, 11, 12)
    monkeypatch.setenv("LC_ALL", "en_PH")
    assert system_day_first() is False


@pytest.mark.parametrize(
    ("name", "day_first"),
    [("en_US.UTF-8", False), ("en-US", False), ("en_GB.UTF-8", True), ("fr_FR@euro", True),
     ("C", True), ("POSIX", True), (None, True), ("", True), ("de", True)],
)
def test_day_first_for_locale(name: str | None, day_first: bool) -> None:
    assert day_first_for_locale(name) is day_first


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Type a date, e.g. 22 March 2025"),
        ("c.", "Add the date after"),
        ("March 22", "Add the year: “22 March” could be any year"),
        ("22nd March", "Add the year"),
        ("March", "Add the year"),
        ("March 99", "Write the year in full"),
        ("22 March 25", "25 could be 2025, 1925 or AD 25"),
        ("10.11.20", "Write the year in full"),
        ("30 February 2025", "There is no 30 February 2025: it has 28 days"),
        ("29 February 2 BC", "There is no 29 February 2 BC"),
        ("31.4.2020", "There is no 31 April 2020"),
        ("11.13.2020", "13 is not a month (1–12); this date reads as day.month.year"),
        ("13/13/2020", "Neither 13 nor 13 is a month"),
        ("Marhc 2025", "Did you mean “March”?"),
        ("tomorrow-ish", "“tomorrow” is not a month or a date word"),
        ("99999", "years run from 9999 BC to AD 9999"),
        ("10000 BC", "run from 9999 BC to AD 9999"),
        ("0", "There is no year 0"),
        ("0 BC", "There is no year 0"),
        ("-0000", "1 BC is 0000"),
        ("1970–1965", "The end (1965) is before the start (1970)"),
        ("44–50 BC", "The end (50 BC) is before the start (44 BC)"),
        ("1965–", "a side missing"),
        ("1965–1970–1975", "more than one range separator"),
        ("between 1965", "type both ends of the range"),
        ("44 BC AD", "more than one era"),
        ("BC March", "Put BC next to the year"),
        ("the 40s BC", "Type a BC decade as its years, e.g. 49–40 BC"),
        ("1990s BC", "Type a BC decade as its years"),
        ("the 90s", "the 1990s or the 1890s"),
        ("the 20s", "the 2020s or the 1920s"),
        ("1995s", "Write a decade as its first year"),
        ("Q1 March 2025", "A part of a month is early, mid or late"),
        ("late 5 March 2025", "A part of a month is early, mid or late"),
        ("late January", "Add the year: “late January” could be any year"),
        ("early", "Write a part of a year before the year"),
        ("early to 5 March 2025", "Say what “early” is a part of"),
        ("Q5 2024", "Q5 is not a quarter"),
        ("2024 late 3", "Write a part of a year before the year"),
        ("12/11/2024 – 14/11/2024", "can be read two ways"),
        ("22 March 2025!", "“!” has no place in a date"),
        ("the decade 1990–2005", "A decade is ten years"),
        ("9–13 March", "Add the year"),
        ("1" * 150 + "th March 2025", "is not a day"),
    ],
)
def test_errors_say_what_to_do(text: str, problem: str) -> None:
    result = parse_typed_date(text, day_first=True)
    assert result.date is None and result.end is None
    assert result.error is not None and problem in result.error, result.error
    assert result.feedback() == result.error


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("late 2024", "late 2024 — the last third of 2024"),
        ("mid-2024", "mid 2024 — the middle third of 2024"),
        ("22 March 2025", "22 March 2025 — a day"),
        ("March 15, 44 BC", "15 March 44 BC — a day"),
        ("1965–1970", "1965–1970 — 6 years"),
        ("9–13 March 2012", "9–13 March 2012 — 5 days"),
        ("March to May 1965", "March–May 1965 — about 3 months"),
        ("late 1990s", "the late 1990s — 1997 to 1999"),
        ("early December 2024", "early December 2024 — days 1–10 of December 2024"),
        ("mid-February 2024", "mid-February 2024 — days 11–20 of February 2024"),
        ("late February 2024", "late February 2024 — days 21–29 of February 2024"),
    ],
)
def test_feedback_says_the_date_back_in_words(text: str, words: str) -> None:
    assert parse_typed_date(text, day_first=True).feedback() == words


def test_say_date_of_a_single_day_range() -> None:
    day = _day(2025, 3, 22)
    assert say_date(day, day) == "22 March 2025 to 22 March 2025 — 1 day"
    assert say_date(Y(2020), Y(2021)).endswith("2 years")
    assert say_date(FuzzyDate.of_part(2024, "late"), Y(2025)).endswith("about 16 months")


def test_parse_result_is_a_plain_value() -> None:
    result = parse_typed_date("1965", day_first=True)
    assert result == ParseResult("1965", Y(1965))
    assert result.ok and not result.ambiguous and result.end is None


def test_parse_fuzzy_date_wraps_parse_typed_date() -> None:
    assert parse_fuzzy_date("March 15, 44 BC") == _day(-43, 3, 15)
    assert parse_fuzzy_date("1965–1970") is None  # a range is not one date
    assert parse_fuzzy_date("10.11.2020") == _day(2020, 11, 10)


@pytest.mark.parametrize(
    "date",
    [
        _day(-43, 3, 15),
        FuzzyDate.of_month(-43, 3, circa=True),
        FuzzyDate.of_part(-43, "late"),
        FuzzyDate.of_part(0, "WI"),
        Y(0),
        Y(1),
        Y(800),
        Y(-9998),
        Y(9999),
        _day(33, 3, 15),
        FuzzyDate.of_decade(-50),
        FuzzyDate.of_decade(0),
        FuzzyDate.of_decade(800, circa=True),
        FuzzyDate.of_decade(1990, circa=True),
        FuzzyDate.of_part(2024, "Q3"),
    ],
    ids=str,
)
def test_describe_reads_back_on_both_sides_of_year_zero(date: FuzzyDate) -> None:
    assert parse_typed_date(date.describe(), day_first=False).date == date
    assert parse_fuzzy_date(date.describe()) == date
    if date.precision in (Precision.DAY, Precision.MONTH):  # ISO values carry no circa
        assert parse_fuzzy_date(date.to_iso()) == dataclasses.replace(date, circa=False)


def test_parsing_is_linear_on_long_hostile_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.core import parse_date

    texts = ("1" * 50_000 + "a", "- " * 20_000, "c. " * 20_000, "1–" * 20_000 + "x",
             "March " * 20_000, " ," * 30_000 + "!", "B.C. " * 20_000, "late " * 20_000 + "1")
    for text in texts:
        assert "too long for a date" in (parse_typed_date(text, day_first=True).error or "")
    # The parser itself, without the length limit. No timing assertion: with a backtracking
    # pattern these would take hours, linear they take well under a second each.
    monkeypatch.setattr(parse_date, "MAX_TEXT_LENGTH", 10**9)
    for text in texts:
        assert parse_typed_date(text, day_first=True).error


@pytest.mark.parametrize(
    ("column", "order"),
    [
        (["12/11/2024", "25/12/2024"], True),
        (["12/11/2024", "12/25/2024", "not a date"], False),
        (["12/11/2024", "1/2/2024", "2024-11-30"], None),
        (["25/12/2024", "12/25/2024"], None),  # contradictory: each value then speaks for itself
        ([], None),
    ],
)
def test_infer_day_first_from_a_column(column: list[str], order: bool | None) -> None:
    assert infer_day_first(column) is order


@pytest.mark.parametrize(
    ("pattern", "day_first"),
    # In "yyyy-MM-dd" (year, month, day) the month comes first.
    [("M/d/yy", False), ("dd/MM/yyyy", True), ("dd.MM.yy", True), ("yyyy-MM-dd", False),
     ("%m/%d/%Y", False), ("%d/%m/%Y", True), ("", True), ("MMMM yyyy", True)],
)
def test_day_first_from_a_locale_pattern(pattern: str, day_first: bool) -> None:
    assert day_first_from_pattern(pattern) is day_first


def test_read_day_range_for_jumps_across_year_0():
    from timeline_app.core.dates import day_number
    from timeline_app.ui.dates_input import read_day_range

    assert read_day_range("44 BC") == (day_number(-43, 1, 1), day_number(-42, 1, 1))
    assert read_day_range("1965–1970") == (day_number(1965, 1, 1), day_number(1971, 1, 1))
    assert read_day_range("12/11/2024", day_first=False) == (day_number(2024, 12, 11),
                                                              day_number(2024, 12, 12))
    assert "no year 0" in str(read_day_range("0 BC"))


@pytest.mark.parametrize(("text", "shown"), [
    ("early November 2025", "early November 2025"), ("late March 2025", "late March 2025"),
    ("mid-February 2024", "mid-February 2024"), ("mid February 2024", "mid-February 2024"),
])
def test_a_part_of_a_month_is_kept_and_said_as_written(text: str, shown: str) -> None:
    """News writes "early November": the date keeps the part (TIMEX3 mod) and says it
    back as written; before session 16 it was the whole month, with a note."""
    result = parse_typed_date(text)
    assert result.date is not None and result.date.describe() == shown
    assert result.date.precision is Precision.MONTH and result.date.mod is not None
    assert result.end is None and result.note is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("März 1999", FuzzyDate.of_month(1999, 3)),
        ("1. März 1999", FuzzyDate.of_ymd(1999, 3, 1)),  # the German ordinal dot
        ("Mrz. 2001", FuzzyDate.of_month(2001, 3)),  # German Excel's abbreviation
        ("Jänner 2020", FuzzyDate.of_month(2020, 1)),
        ("3 mars 2020", FuzzyDate.of_ymd(2020, 3, 3)),
        ("14 juillet 1789", FuzzyDate.of_ymd(1789, 7, 14)),
        ("1 de marzo de 1999", FuzzyDate.of_ymd(1999, 3, 1)),
        ("agosto 2011", FuzzyDate.of_month(2011, 8)),
        ("25 dicembre 2000", FuzzyDate.of_ymd(2000, 12, 25)),
        ("março 2014", FuzzyDate.of_month(2014, 3)),
        ("5 mei 1945", FuzzyDate.of_ymd(1945, 5, 5)),
    ],
)
def test_a_spreadsheets_month_names_in_other_languages(text: str, expected: FuzzyDate) -> None:
    """verify28: a German CSV's "März 1999" was refused; read, and described in English."""
    result = parse_typed_date(text)
    assert result.date == expected and result.end is None, text


def test_other_languages_months_are_not_offered_as_corrections() -> None:
    result = parse_typed_date("Marzz 1999")
    assert result.date is None
    assert "Marzo" not in (result.error or "") and "März" not in (result.error or "")


def test_a_number_with_a_dot_before_a_year_is_still_refused() -> None:
    assert parse_typed_date("2025.").date is None
    assert parse_typed_date("12. 2020").date is None


def test_days_named_from_today() -> None:
    # verify58 F23 (the event editor and Go to Date pass the computer's date)
    import datetime as dt

    from timeline_app.core.parse_date import parse_relative_day

    friday = dt.date(2026, 3, 13)
    day = {w: parse_relative_day(w, friday) for w in (
        "today", "Yesterday", "tomorrow", "Tuesday", "last Tuesday", "next Tuesday",
        "this Tuesday", "Friday", "last Friday", "the day before yesterday", "Tuesdays")}
    said = {w: r.date.start if r is not None and r.date is not None else None
            for w, r in day.items()}
    assert said == {"today": friday, "Yesterday": dt.date(2026, 3, 12),
                    "tomorrow": dt.date(2026, 3, 14), "Tuesday": dt.date(2026, 3, 10),
                    "last Tuesday": dt.date(2026, 3, 10), "next Tuesday": dt.date(2026, 3, 17),
                    "this Tuesday": dt.date(2026, 3, 10), "Friday": friday,
                    "last Friday": dt.date(2026, 3, 6),
                    "the day before yesterday": dt.date(2026, 3, 11), "Tuesdays": None}
    tuesday = day["Tuesday"]
    assert tuesday is not None and not tuesday.alternatives  # (no day-first/month-first choice)
    assert tuesday.note is not None and "the coming one is 17 March" in tuesday.note
