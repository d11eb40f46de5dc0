"""Misses of blind set h31 (ext162), in sentences written for these tests: the Saudi Press
Agency's dateline, whose Hijri date comes first and month first, and a Hijri date that a
sentence pairs with its Gregorian day after a comma."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import extract_events, read_dateline, tag_timexes

DCT = _dt.date(2026, 3, 4)


@pytest.mark.parametrize("head", [
    "Jeddah, Ramadan 15, 1447 AH, March 4, 2026, SPA -- ",
    "Jeddah, Ramadan 15, 1447, March 4, 2026 (SPA) -- ",
    "JEDDAH, 15 Ramadan 1447 (4 March 2026) -- ",
])
def test_a_dateline_with_a_hijri_date_first_is_dated_by_its_gregorian_one(head: str) -> None:
    line = read_dateline(head + "The council of ministers approved a port levy today.\n")
    assert (line.place, line.date) == ("Jeddah", DCT)


def test_the_agency_named_after_a_comma_is_the_outlet() -> None:
    line = read_dateline("Jeddah, Ramadan 15, 1447 AH, March 4, 2026, SPA -- The council met.\n")
    assert line.outlet == "SPA"


def test_a_hijri_dateline_with_no_gregorian_year_is_not_read_as_one() -> None:
    line = read_dateline("Jeddah, Ramadan 15, 1447 AH, SPA -- The council met today.\n")
    assert line.date is None


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, DCT)]


def test_a_year_of_the_hijri_era_is_no_gregorian_year() -> None:
    assert _values("The shrine was rebuilt in 1440 AH by the province.") == []


def test_a_month_first_hijri_day_reads_by_the_tabular_calendar() -> None:
    assert _values("Pilgrims gather on Rajab 14, 1447 AH in the old city.") == [
        ("Rajab 14, 1447 AH", "2026-01-03")]


def test_a_hijri_day_takes_the_gregorian_day_the_sentence_gives_it() -> None:
    values = _values("The accord, concluded in Taif on Safar 3, 1447 AH, corresponding to "
                     "July 28, 2025, by both kings, was reviewed.")
    assert values == [("Safar 3, 1447 AH", "2025-07-28"), ("July 28, 2025", "2025-07-28")]


def test_without_its_year_the_gregorian_day_takes_the_one_nearest_the_hijri_day() -> None:
    values = _values("The fast ends on 1 Shawwal, corresponding to 20 March, officials said.")
    assert values[0] == ("1 Shawwal", "2026-03-20")


def test_the_signing_is_dated_though_its_gregorian_day_follows_a_comma() -> None:
    text = ("Jeddah, Ramadan 15, 1447 AH, March 4, 2026, SPA -- The council reviewed the port "
            "accord, signed in Taif on Safar 3, 1447 AH, corresponding to July 28, 2025, by "
            "the transport ministers of both kingdoms.\n")
    dates = [c.date.start for c in extract_events(text).candidates]
    assert _dt.date(2025, 7, 28) in dates
    assert all(d.year > 1500 for d in dates)


# Years of other calendars: Japan's eras, and a year the text says is the Ethiopian calendar's.

def test_a_japanese_era_year_reads_as_its_gregorian_year_at_the_same_offsets() -> None:
    from timeline_app.extract.other_calendars import gregorian_years_in_place

    text = "The accord took effect in May Reiwa 4 (2022), and a first one in Heisei 30."
    read = gregorian_years_in_place(text)
    assert len(read) == len(text)
    assert "May 2022    (2022)" in read
    assert "in 2018     ." in read


@pytest.mark.parametrize("text", ["Reiwa 100 was a typo.", "a Reiwa 5.5 ratio", "Meiji 46"])
def test_no_era_year_outside_its_era_is_rewritten(text: str) -> None:
    from timeline_app.extract.other_calendars import gregorian_years_in_place

    assert gregorian_years_in_place(text) == text


def test_a_month_with_an_era_year_is_dated_in_that_year() -> None:
    text = ("TOKYO, March 4, 2026 (Wire) - Tokyo and Canberra signed a similar pact, which "
            "took effect in May Reiwa 4 (2022).\n")
    assert "May 2022" in [str(c.date) for c in extract_events(text).candidates]


def test_a_year_said_to_be_of_the_ethiopian_calendar_is_no_gregorian_year() -> None:
    from timeline_app.extract.other_calendars import years_of_other_calendars

    text = "The feast falls on Tir 11, 2018 in the Ethiopian calendar (January 19)."
    values = [t.value for t in years_of_other_calendars(text, tag_timexes(text, DCT))]
    assert "2018" not in values
