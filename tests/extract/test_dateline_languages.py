"""Datelines in the outlets' own languages (verify43 F2, X22; session 35, edit32): a Roman
month ('Prishtina, 15.III.2025 -') and month names of the languages the users' outlets write
('15 mars 2025', '15. mart 2025.', '15 Mart 2025', '15 марта 2025 г.') were no date; and
'Prishtina' was no known city, so '03/04/2025' under it was read month first."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract.dateline import read_dateline
from timeline_app.extract.month_names import (
    DOTTED_DAY_MONTHS,
    FOREIGN_MONTHS,
    MONTH_NAMES_BY_LANGUAGE,
    month_key,
)

LOCALES = [
    ("French", "fr"), ("German", "de"), ("Spanish", "es"), ("Portuguese", "pt"),
    ("Italian", "it"), ("Serbian, Bosnian and Montenegrin (Latin)", "sr_Latn_RS"),
    ("Serbian, Bosnian and Montenegrin (Latin)", "bs"),
    ("Serbian and Montenegrin (Cyrillic)", "sr_Cyrl_RS"), ("Croatian", "hr"),
    ("Macedonian", "mk"), ("Bulgarian", "bg"), ("Albanian", "sq"), ("Romanian", "ro"),
    ("Turkish", "tr"), ("Russian", "ru"), ("Ukrainian", "uk"), ("Polish", "pl"), ("Czech", "cs"),
    ("Hungarian", "hu")]
"""Each language of the tables and a Qt locale of it (whose CLDR names it holds)."""

LEAD = (" – Kosovo's acting Prime Minister Albin Kurti said today that Serbia has been "
        "avoiding its obligations.\n")


@pytest.mark.parametrize("written", [
    "15.III.2025", "15. III. 2025", "15.III.2025.",                   # Roman months
    "15 mars 2025", "15 MARS 2025",                                  # Albanian, French
    "15. mart 2025.", "15. marta 2025. godine", "15. март 2025.",     # Serbian, Bosnian
    "15. ožujka 2025.", "15. ozujka 2025.",                          # Croatian
    "15 Mart 2025", "15 MART 2025",                                  # Turkish
    "15. März 2025", "15 de marzo de 2025", "15 de março de 2025",   # German, Spanish, Portuguese
    "15 marzo 2025", "15 martie 2025",                               # Italian, Romanian
    "15 марта 2025 г.", "15 марта 2025 года", "15 березня 2025 р.",  # Russian, Ukrainian
])
def test_a_dateline_in_the_outlet_s_language_is_the_article_s_day(written: str) -> None:
    text = f"Kurti in Brussels\n\nPRISHTINA, {written}{LEAD}"
    dateline = read_dateline(text)
    assert (dateline.place, dateline.date) == ("Prishtina", dt.date(2025, 3, 15))
    assert text[dateline.span[1]:].startswith("Kosovo's acting")  # the dash is the dateline's


@pytest.mark.parametrize(("written", "day"), [
    ("1er mars 2025", dt.date(2025, 3, 1)), ("15 Mayıs 2025", dt.date(2025, 5, 15)),
    ("15 MAYIS 2025", dt.date(2025, 5, 15)), ("15 Şubat 2025", dt.date(2025, 2, 15)),
    ("15 Subat 2025", dt.date(2025, 2, 15)), ("15 nëntor 2025", dt.date(2025, 11, 15)),
    ("15 nentor 2025", dt.date(2025, 11, 15)), ("15. listopada 2025.", dt.date(2025, 10, 15)),
    ("15. XI. 2025", dt.date(2025, 11, 15)), ("15.VIII.2025", dt.date(2025, 8, 15)),
])
def test_other_months_and_spellings(written: str, day: dt.date) -> None:
    assert read_dateline(f"Prishtina, {written}{LEAD}").date == day


def test_a_cyrillic_dateline_with_its_agency() -> None:
    dateline = read_dateline("МОСКВА, 15 марта 2025 г. /ТАСС/. Президент said today that talks "
                             "went well.\n")
    assert (dateline.place, dateline.date, dateline.outlet) == (
        "Москва", dt.date(2025, 3, 15), "ТАСС")


def test_a_date_line_alone_in_another_language() -> None:
    text = "Kurti in Brussels\n\n15. mart 2025.\n\nKosovo's Prime Minister said today that x.\n"
    assert read_dateline(text).date == dt.date(2025, 3, 15)


@pytest.mark.parametrize("place", ["Prishtina", "PRISHTINA", "Prishtinë", "Beograd", "Tiranë",
                                   "Москва", "Wien"])
def test_a_slash_date_under_a_capital_s_own_name_reads_day_first(place: str) -> None:
    dateline = read_dateline(f"{place}, 03/04/2025{LEAD}")
    assert dateline.date == dt.date(2025, 4, 3)
    assert "could also" not in dateline.year_basis and "day first" in dateline.year_basis


def test_english_months_are_read_as_before() -> None:
    for written in ("15 MARCH 2025", "15 Mar. 2025", "March 15, 2025", "15th of March 2025"):
        assert read_dateline(f"WASHINGTON, {written}{LEAD}").date == dt.date(2025, 3, 15), written
    # an unknown word after the day is no month: not 'Mar' of 'Marathon'
    assert read_dateline(f"Boston, 15 Marathon 2025{LEAD}").date is None


def test_no_month_name_means_two_months() -> None:
    """A name two languages share is one month in both ('mart': Serbian and Turkish March),
    but 'listopad(a)', November in Polish and October in Croatian, which the day's full stop
    decides (``DOTTED_DAY_MONTHS``)."""
    months: dict[str, set[int]] = {}
    for names in MONTH_NAMES_BY_LANGUAGE.values():
        for name, month in names.items():
            months.setdefault(month_key(name), set()).add(month)
    assert {key: found for key, found in months.items() if len(found) > 1} == {
        key: set(both) for key, both in DOTTED_DAY_MONTHS.items()}
    assert len(FOREIGN_MONTHS) == len(months)


@pytest.mark.parametrize(("head", "place", "day"), [
    # MTI, year first with full stops; PAP, the genitive and 'r.' (roku); ČTK, no comma
    ("BUDAPEST, 2025. március 22.", "Budapest", dt.date(2025, 3, 22)),
    ("BUDAPEST, 2025. márc. 22. (MTI)", "Budapest", dt.date(2025, 3, 22)),
    ("Budapest, 2025. november 3.", "Budapest", dt.date(2025, 11, 3)),
    ("WARSZAWA, 22 marca 2025", "Warszawa", dt.date(2025, 3, 22)),
    ("Warszawa, 22 marca 2025 r. (PAP)", "Warszawa", dt.date(2025, 3, 22)),
    ("WARSZAWA, 3 października 2025", "Warszawa", dt.date(2025, 10, 3)),
    ("PRAHA 22. března 2025", "Praha", dt.date(2025, 3, 22)),
    ("Praha, 2. července 2025", "Praha", dt.date(2025, 7, 2)),
    # the one name of two months: Polish without the day's stop, Croatian and Czech with it
    ("WARSZAWA, 15 listopada 2025", "Warszawa", dt.date(2025, 11, 15)),
    ("ZAGREB, 15. listopada 2025.", "Zagreb", dt.date(2025, 10, 15)),
    ("PRAHA 15. listopadu 2025", "Praha", dt.date(2025, 11, 15)),
])
def test_hungarian_polish_and_czech_datelines(head: str, place: str, day: dt.date) -> None:
    """Session 35's wire-desk trial: MTI's, PAP's and ČTK's datelines gave no date."""
    text = f"{head}{LEAD}"
    dateline = read_dateline(text)
    assert (dateline.place, dateline.date) == (place, day)
    assert text[dateline.span[1]:].startswith("Kosovo's acting")


def test_a_place_without_its_comma_needs_a_dotted_day_and_a_month() -> None:
    """(ČTK's 'PRAHA 22. března' only: an English line without the comma stays no dateline)"""
    assert read_dateline(f"WASHINGTON 22 March 2025{LEAD}").place == ""


@pytest.mark.parametrize(("language", "locale"), LOCALES)
def test_the_names_are_the_cldr_s(language: str, locale: str) -> None:
    """The table holds every name the Unicode CLDR gives (as Qt carries it), in the date's
    form and the stand-alone one, each for its month."""
    from PySide6.QtCore import QLocale

    qt = QLocale(locale)
    table = MONTH_NAMES_BY_LANGUAGE[language]
    for month in range(1, 13):
        for name in (qt.monthName(month, QLocale.FormatType.LongFormat),
                     qt.standaloneMonthName(month, QLocale.FormatType.LongFormat)):
            assert table.get(name.lower()) == month, (locale, name)


@pytest.mark.parametrize("line", ["Subota, 15. mart 2025.", "subota, 15. mart 2025. 21:15",
                                  "E shtunë, 15 mars 2025", "Cumartesi, 15 Mart 2025",
                                  "samedi 15 mars 2025", "Sabato 15 marzo 2025"])
def test_a_date_line_may_open_with_a_weekday_in_another_language(line: str) -> None:
    """'Subota, 15. mart 2025.' was read as a dateline of a place named 'Subota'; in
    lower case ('subota, ...', 'e shtunë, ...') it was no date at all."""
    dateline = read_dateline(f"Kurti in Brussels\n\n{line}\n\nKosovo's prime minister said "
                             "today that talks failed.\n")
    assert (dateline.place, dateline.date) == ("", dt.date(2025, 3, 15))


@pytest.mark.parametrize("head", ["Beograd, subota, 15. mart 2025.",
                                  "PRISHTINË, e shtunë, 15 mars 2025"])
def test_a_weekday_between_place_and_date(head: str) -> None:
    dateline = read_dateline(f"{head}{LEAD}")
    assert dateline.date == dt.date(2025, 3, 15) and dateline.place in {"Beograd", "Prishtinë"}


@pytest.mark.parametrize(("language", "locale"), LOCALES)
def test_the_weekdays_are_the_cldr_s(language: str, locale: str) -> None:
    from PySide6.QtCore import QLocale

    from timeline_app.extract.month_names import WEEKDAY_NAMES_BY_LANGUAGE

    qt = QLocale(locale)
    names = WEEKDAY_NAMES_BY_LANGUAGE[language]
    for day in range(1, 8):
        assert qt.dayName(day, QLocale.FormatType.LongFormat).lower() in names, (locale, day)
