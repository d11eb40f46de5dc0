"""Misses of blind set h30 (ext157), in sentences written for these tests: a date line whose
year is one of the Buddhist era, and a past-looking clause about a date after today's year."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import extract_events, read_dateline, tag_timexes
from timeline_app.extract.other_calendars import gregorian_years

TODAY = _dt.date(2026, 12, 7)


@pytest.fixture
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


THAI = ("Ministers of two river states agree to open a ferry link\n\n"
        "PROVINCIAL NEWS DESK\n"
        "Friday, 10 April B.E. 2569 | 09:15 hrs.\n\n"
        "NONG KHAI \u2014 The transport ministers of Thailand and Laos signed a ferry accord "
        "in Nong Khai on Thursday, after a survey begun in March 2568.\n")


def test_a_date_line_in_the_buddhist_era_gives_the_article_s_gregorian_day() -> None:
    line = read_dateline(THAI)
    assert line.date == _dt.date(2026, 4, 10)


@pytest.mark.parametrize(("written", "read"), [
    ("Friday, 10 April B.E. 2569 |", "Friday, 10 April 2026      |"),
    ("on 3 May 2568 BE,", "on 3 May 2025   ,"),
    ("in 2543 B.E. and", "in 2000      and"),
])
def test_buddhist_years_read_as_gregorian_keep_every_offset(written: str, read: str) -> None:
    text = f"A Thai story (Buddhist Era): {written} more words."
    out = gregorian_years(text)
    assert len(out) == len(text)
    assert read in out


def test_without_the_era_s_mark_numbers_stay_as_written() -> None:
    text = "A cargo of 2569 tonnes left on 3 May 2025 and 2,568 more followed."
    assert gregorian_years(text) == text


def test_the_thai_story_s_relative_day_is_dated_from_its_date_line() -> None:
    dates = [str(c.date) for c in extract_events(THAI).candidates]
    assert "9 April 2026" in dates


@pytest.mark.usefixtures("_fixed_today")
def test_a_date_after_this_year_never_counts_as_past_for_the_dateline_s_year() -> None:
    text = ("OSLO, Jan 12 (Wire) - Nordic energy ministers on Monday approved a levy on "
            "imports of refined fuel oil from March 2027, days before the tenth anniversary "
            "of the grid compact.\n\nThe compact was signed on Jan 19, 2017, in Bergen.\n")
    line = read_dateline(text)
    assert line.date == _dt.date(2026, 1, 12)


def _values(text: str, dct: _dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct)}


def test_the_following_month_counts_from_the_month_told_before() -> None:
    text = ("October 2021: mediated talks open in Zenda; they break down the following "
            "March when one side walks out. Envoys met on 4 June 2023 and again the previous "
            "April.")
    values = _values(text, _dt.date(2026, 5, 12))
    assert values["the following March"] == "2022-03"
    assert values["the previous April"] == "2023-04"


def test_after_a_year_alone_the_following_month_is_left_to_the_month_rule() -> None:
    values = _values("In 2019 they met; the following March they met again.",
                     _dt.date(2026, 5, 12))
    assert "the following March" not in values


def test_a_month_the_past_verb_turned_into_is_the_month_before_the_article() -> None:
    text = ("The border was shut in June 2025. The row escalated into four days of shelling "
            "in late July that wounded many.")
    assert _values(text, _dt.date(2026, 5, 14))["late July"] == "2025-07"


def test_an_interval_counts_from_its_clause_s_date_when_that_clause_has_no_event() -> None:
    text = ("SEOUL, Feb. 17 (Wire) -- The two ministers met in Seoul on Tuesday.\n\n"
            "The first family picnics took place in May 2001, three months after the first harbour summit "
            "in Incheon.\n")
    rows = {c.title: str(c.date) for c in extract_events(text).candidates}
    summit = next(date for title, date in rows.items() if "summit" in title.lower())
    assert summit == "c. February 2001"


def test_a_lunar_new_year_s_day_is_no_first_of_january() -> None:
    text = "The minister spoke at a shrine on Tet, the Lunar New Year's Day, with elders."
    assert "2026-01-01" not in _values(text, _dt.date(2026, 2, 17)).values()
    assert _values("They met again on New Year's Day.", _dt.date(2026, 2, 17))[
        "New Year's Day"] == "2026-01-01"


def test_a_chronology_keeps_the_year_of_a_month_counted_from_its_entry() -> None:
    text = ("Talks over the lake\n\nZENDA, 12 May 2026 -- Two lake states resume talks.\n\n"
            "Key dates:\n\n"
            "- October 2021: mediated talks open in Zenda; they break down the following "
            "March when Borduria walks out of the final round.\n")
    dates = [str(c.date) for c in extract_events(text).candidates]
    assert "March 2022" in dates and "March 2021" not in dates


def test_a_plan_s_years_do_not_date_its_adoption() -> None:
    text = ("ZENDA, 7 October 2026 -- The foreign ministers of Ruritania and Borduria met in "
            "Zenda today.\n\nThe two ministers adopted the Work Plan of the Lake Partnership "
            "for 2027-2030, covering ferries and fisheries.\n")
    dates = [str(c.date) for c in extract_events(text).candidates]
    assert "2030" not in dates and "2027" not in dates


def test_a_bare_buddhist_year_dates_its_row_with_no_place_from_the_mark() -> None:
    text = ("VIENTIANE (Wire) \u2014 Laos and Thailand opened a ferry link on Friday, 10 April "
            "B.E. 2569.\n\nThe ferry authority, set up under a treaty signed in B.E. 2541, "
            "runs the crossing.\n")
    rows = {str(c.date): c for c in extract_events(text).candidates}
    assert "1998" in rows and rows["1998"].location == ""
    assert "B.E" not in rows["1998"].title
    assert "10 April 2026" in rows
