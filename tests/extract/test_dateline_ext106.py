"""A byline's year-less date line, and a factbox whose entries write the article's own year
(ext106, from the error kinds of blind set h17: three articles had no date, and every relative
date of them was lost or put in the wrong year).  The articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import read_dateline

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


BYLINE = (
    "Chile and Peru restore ambassadors after year-long row\n\n"
    "By Maria Gonzalez | Santiago | March 14\n\n"
    "Chile and Peru agreed on Thursday to send their ambassadors back to each other's "
    "capitals, ending a diplomatic row that began last April.\n\n"
    "The two countries withdrew their envoys in April 2023 after a dispute over migrants at "
    "the border. The new ambassadors will present their credentials in May, officials said.\n")


def test_a_bylines_place_and_yearless_date_are_the_dateline() -> None:
    line = read_dateline(BYLINE)
    assert (line.place, line.month, line.day) == ("Santiago", 3, 14)
    # 'began last April' and 'in April 2023' said as past: 2024 (14 March 2024 is a Thursday)
    assert line.year == 2024, line.year_basis


def test_a_byline_with_its_year_stays_a_date_line() -> None:
    line = read_dateline(BYLINE.replace("| March 14", "| March 14, 2024"))
    assert (line.year, line.month, line.day) == (2024, 3, 14)


def test_a_sentence_with_bars_is_no_byline() -> None:
    text = BYLINE.replace("By Maria Gonzalez | Santiago | March 14",
                          "Markets | the peso rose against the dollar | March 14")
    assert read_dateline(text).place != "the peso rose against the dollar"


FACTBOX = (
    "FACTBOX-Key dates in the Mexico-Ecuador embassy dispute\n\n"
    "MEXICO CITY, April 8 (Reuters) - Mexico on Monday asked the International Court of "
    "Justice to suspend Ecuador from the United Nations after Ecuadorean police stormed its "
    "embassy in Quito.\n\n"
    "Here are key dates in the dispute:\n\n"
    "* Dec. 17, 2023 - A former Ecuadorean vice president takes refuge in the Mexican embassy.\n\n"
    "* April 4, 2024 - Ecuador declares Mexico's ambassador persona non grata.\n\n"
    "* April 5, 2024 - Mexico grants political asylum. Police raid the embassy that night.\n\n"
    "* April 6, 2024 - Mexico breaks off diplomatic relations with Ecuador.\n")


def test_a_factbox_entry_with_its_year_may_be_of_the_articles_own_year() -> None:
    # News leaves its own year out of its dates, a factbox's entries never do: 'April 6,
    # 2024' listed as done under 'April 8' is no sign of 2025 (8 April 2024 is the Monday).
    line = read_dateline(FACTBOX)
    assert (line.place, line.outlet, line.month, line.day) == ("Mexico City", "Reuters", 4, 8)
    assert line.year == 2024, line.year_basis
