"""The tagger reads Solar Hijri (Persian) days with their year (verify90 F4): a TIMEX3 DATE
whose value is the Gregorian day and whose text is the date as written, so the Article pane
marks it and an act dated by it has a row; not a month's name alone, a lower-case word, a year
outside 1178-1633 SH or a day the calendar does not have.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events, tag_timexes

DCT = dt.date(2025, 3, 24)


def _dates(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, DCT) if t.type == "DATE"]


@pytest.mark.parametrize(("text", "told", "value"), [
    ("The decree of 22 Bahman 1357 was read again.", "22 Bahman 1357", "1979-02-11"),
    ("A letter dated Esfand 5, 1403 SH reached Kabul.", "Esfand 5, 1403 SH", "2025-02-23"),
    ("Talks resumed on 4 Hamal 1404 in Herat.", "4 Hamal 1404", "2025-03-24"),
    ("The holiday began on 1st of Farvardin 1404.", "1st of Farvardin 1404", "2025-03-21"),
])
def test_a_persian_day_is_its_gregorian_day(text: str, told: str, value: str) -> None:
    assert (told, value) in _dates(text)
    (t,) = [t for t in tag_timexes(text, DCT) if t.text == told]
    assert "Solar Hijri" in t.basis


@pytest.mark.parametrize("text", [
    "The mehr 12 1403 list.",               # lower case: a word, not the month
    "The old charter of 3 Dey 1100 is lost.",   # a year outside those read
    "No day 30 Esfand 1402 existed.",      # 1402 was no leap year
])
def test_what_is_not_read_as_a_persian_day(text: str) -> None:
    assert not any("Solar Hijri" in t.basis for t in tag_timexes(text, DCT))


def test_an_act_dated_by_a_persian_day_has_a_row() -> None:
    text = ("KABUL, March 24 (Harbour Wire) - Afghanistan and Tajikistan signed a water-sharing "
            "accord in Dushanbe on 2 Hamal 1404, officials said on Monday.\n")
    result = extract_events(text, DCT)
    days = {(c.date.year, c.date.month, c.date.day) for c in result.candidates}
    assert (2025, 3, 22) in days
    assert "2 Hamal 1404" in {t.text for t in result.timexes}


@pytest.mark.parametrize("day", ["13 March 2025", "23 Esfand 1403"])
def test_a_statement_dated_so_is_the_statement_s_row(day: str) -> None:
    # (not the act its clause tells of: the row was "Any pact reached", that day)
    text = ("MANAMA, March 14 (Harbour Wire) - Qatar and Bahrain signed a maritime pact on "
            "Friday. Oman, which also borders the gulf, was not invited. Its foreign ministry "
            f"said in a statement dated {day} that any pact without Muscat would be void.\n")
    result = extract_events(text, dt.date(2025, 3, 14))
    (row,) = [c for c in result.candidates if (c.date.month, c.date.day) == (3, 13)]
    assert "Statement" in row.title and "reached" not in row.title
