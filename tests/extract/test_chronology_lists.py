"""A chronology list ("Key dates", one "D Month YYYY: event" a line) at the end of an
explainer: its lines are no dateline (verify49 F7) and each is an event (verify49 F8)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events, read_dateline, split_sentences

_EXPLAINER = ("Explainer: the port deal\n"
              "4 December 2026\n\n"
              "NAIROBI - The two neighbours said on Monday they were close to a deal.\n\n"
              "Key dates\n\n"
              "1 January 2024: Ethiopia and Somaliland sign memorandum\n"
              "18 December 2026: Signing ceremony planned in Ankara\n")

_KEY_DATES = ("Key dates\n\n"
              "1 January 2024: Ethiopia and Somaliland sign memorandum of understanding\n"
              "6 January 2024: Somalia's president signs law voiding the deal\n"
              "21 February 2024: Somali parliament approves defence pact with Türkiye\n"
              "14 August 2024: Egypt and Somalia sign defence protocol\n"
              "11 December 2024: Ankara Declaration\n"
              "11 January 2025: Hassan Sheikh Mohamud visits Addis Ababa\n")


def test_the_date_line_at_the_top_wins_over_a_key_dates_list() -> None:
    dateline = read_dateline(_EXPLAINER)
    assert (dateline.year, dateline.month, dateline.day) == (2026, 12, 4)
    assert extract_events(_EXPLAINER).dct == _dt.date(2026, 12, 4)


def test_a_list_alone_dates_no_article() -> None:
    # ('11 December 2024: Ankara Declaration' looks like page furniture: a date and names)
    assert read_dateline(_KEY_DATES).year is None


def test_each_line_of_a_key_dates_list_is_an_event() -> None:
    rows = {(c.date, c.title) for c in extract_events(_KEY_DATES, _dt.date(2026, 12, 4)).candidates}
    assert (FuzzyDate.of_ymd(2024, 1, 1),
            "Ethiopia and Somaliland sign memorandum of understanding") in rows
    assert (FuzzyDate.of_ymd(2024, 1, 6), "Somalia's president signs law voiding the deal") in rows
    assert (FuzzyDate.of_ymd(2024, 8, 14), "Egypt and Somalia sign defence protocol") in rows
    assert (FuzzyDate.of_ymd(2025, 1, 11), "Hassan Sheikh Mohamud visits Addis Ababa") in rows
    dates = {d for d, _ in rows}
    assert FuzzyDate.of_ymd(2024, 2, 21) in dates
    assert FuzzyDate.of_ymd(2024, 12, 11) in dates


def test_list_line_forms() -> None:
    from timeline_app.extract.chronology import chronology_lines

    text = ("Timeline\n"
            "March 2023 \u2013 Talks open in Jeddah\n"
            "1991: Somaliland declares independence\n"
            "May 5, 2024 - Ministers meet in Doha\n")
    starts = chronology_lines(text)
    assert len(starts) == 3
    assert [s.kind for s in split_sentences(text)] == ["heading", "bullet", "bullet", "bullet"]


def test_one_dated_line_in_a_story_is_no_list() -> None:
    from timeline_app.extract.chronology import chronology_lines

    # PTI's reprints open with the date: 'May 5, 2024 - Indian Prime Minister ...'
    text = ("May 5, 2024 - Indian Prime Minister Narendra Modi met the visiting president.\n"
            "The two leaders discussed trade.\n")
    assert chronology_lines(text) == frozenset()
