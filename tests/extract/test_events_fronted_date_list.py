"""A list of states after a date that opens the sentence is the whole subject (verify41's a3:
"In January 1815 Austria, Britain and France signed a secret treaty" lost Austria)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract import extract_events


def _titles(text: str, dct: _dt.date | None = None) -> list[str]:
    return [c.title for c in extract_events(text, dct, mode="narrative" if dct is None
                                            else "auto").candidates]


def test_a_list_after_a_fronted_year() -> None:
    assert _titles("In 1925 Germany, France and Belgium signed the Locarno Treaties.") == [
        "Germany, France and Belgium sign Locarno Treaties"]


def test_a_list_after_a_fronted_month() -> None:
    assert _titles("In August 1939 Germany, Italy and Japan signed a new pact.") == [
        "Germany, Italy and Japan sign new pact"]


def test_a_list_after_a_fronted_day_in_news() -> None:
    titles = _titles("TOKYO, May 4 (Kyodo) - On 3 May 2021, Japan, China and South Korea "
                     "signed a trade accord.", _dt.date(2021, 5, 4))
    assert titles and titles[0].startswith("Japan, China and South Korea sign trade accord")


def test_a_fronted_phrase_that_is_no_date_keeps_its_reading() -> None:
    # (guard: "On Monday" is no year; the weekday rule of the clause finder reads it)
    titles = _titles("TOKYO, May 4 (Kyodo) - In Tokyo, Japan, China and South Korea signed a "
                     "trade accord on Monday.", _dt.date(2021, 5, 4))
    assert titles and "Tokyo, Japan" not in titles[0]
