"""Article dates the extractor read wrong or not at all in blind set h24 (ext137): a wire
lead's weekday moved on by a later sentence's fronted day ('On Wednesday, ... received'), a
story whose later sentence already moved the lead's day on, a wire closed by its copyright
line, and the header dates of a newsletter and of a weekly roundup; then the general misses
of the set.  The articles and sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_dateline_ext113 import _fixed_today  # noqa: F401 (its fixture: today fixed)
from timeline_app.extract import extract_events, read_dateline
from timeline_app.extract.dateline import header_day


def test_a_fronted_later_day_moves_the_lead_s_day_on() -> None:
    # 14 October is a Tuesday in 2025 and a Wednesday in 2026: the guest met the prime
    # minister on Wednesday, so the story is of that Wednesday
    text = ("STRELSAU, Oct. 14 (Xinhua) -- Ruritanian Foreign Minister Rudolf Elphberg met "
            "his Borduvian counterpart here on Tuesday and signed two accords on trade.\n\n"
            "The two countries signed a trade accord in May 2024, Elphberg said.\n\n"
            "On Wednesday, Prime Minister Anton Sapt received Elphberg at his office and asked "
            "for more flights between the two countries.\n")
    found = read_dateline(text)
    assert (found.year, found.month, found.day) == (2026, 10, 14)


def test_a_day_moved_on_by_a_later_sentence_is_not_moved_again() -> None:
    # 3 December is a Wednesday in 2025: 'in January 2025' written with its year does not
    # push the story to 2026, where 3 December is the day after a Wednesday
    text = ("STRELSAU, Dec 3 (AFP) - The two neighbours signed a border truce late Tuesday, "
            "their spokesmen said.\n\n"
            "The two countries have been at odds since Borduria left the customs union in "
            "January 2025.\n\n"
            "\"It is a start,\" the foreign minister told reporters on Wednesday morning.\n")
    found = read_dateline(text)
    assert (found.year, found.month, found.day) == (2025, 12, 3)


def test_a_wire_s_copyright_line_gives_the_year() -> None:
    text = ("Strelsau, 12 Nov (EFE).- The foreign minister of Ruritania announced this "
            "Tuesday that the two governments decided to raise their ties to embassy level.\n\n"
            "The minister will travel to Borduria in December.\n\n(c) EFE 2025\n")
    found = read_dateline(text)
    assert (found.year, found.month, found.day) == (2025, 11, 12)
    assert "copyright" in found.year_basis


def test_a_site_s_copyright_range_gives_no_year() -> None:
    text = ("Strelsau, 12 Nov (EFE).- The foreign minister of Ruritania announced the "
            "agreement.\n\n\u00a9 2019-2025 Ruritanian Review\n")
    assert "copyright" not in read_dateline(text).year_basis


NEWSLETTER = ("THE BALTIC BRIEF\n"
              "Your morning read on Baltic diplomacy | Wednesday, 14 October\n\n"
              "Three items for your commute.\n\n"
              "\u2022 FERRY TALKS: Ruritania's foreign minister hosted talks with Borduria on "
              "Sunday, the first since relations resumed in May 2023.\n")


def test_a_newsletter_s_header_gives_its_date_and_the_weekday_its_year() -> None:
    # 14 October is a Wednesday in 2026, 2020 and 2015; the text is from 2023 or later
    found = read_dateline(NEWSLETTER)
    assert (found.year, found.month, found.day) == (2026, 10, 14)
    result = extract_events(NEWSLETTER)
    assert result.dct == dt.date(2026, 10, 14)
    assert any(c.date.year == 2026 and c.date.month == 10 and c.date.day == 11
               for c in result.candidates)  # the talks of Sunday


ROUNDUP = ("THE WEEK IN DIPLOMACY: The Alps\n"
           "Seven days of Alpine diplomacy \u2014 Friday edition, 6 March 2026\n\n"
           "MONDAY \u2014 Bern\n"
           "The Ruritanian president received the Borduvian president to discuss rail "
           "links.\n")


def test_a_roundup_s_edition_line_gives_its_date() -> None:
    found = read_dateline(ROUNDUP)
    assert (found.year, found.month, found.day) == (2026, 3, 6)


@pytest.mark.parametrize("line", [
    "Talks in the capital \u2014 the ministers met on Monday, 2 March",  # prose, no date part
    "Leaders Meet In Bern On March 2",  # a headline with no weekday nor year
])
def test_a_line_with_a_date_in_its_words_is_no_header(line: str) -> None:
    assert header_day(f"{line}\n\nThe ministers met again.\n") is None


ROUNDUP_WEEK = (ROUNDUP
                + "\nTHURSDAY \u2014 Vienna\n"
                "The Austrian foreign minister received her Slovenian counterpart.\n")


def test_a_roundup_s_items_take_the_day_and_the_city_of_their_heading() -> None:
    # Friday 6 March 2026: Monday is 2 March, Thursday 5 March
    result = extract_events(ROUNDUP_WEEK)
    got = {(c.date.month, c.date.day, c.location) for c in result.candidates}
    assert (3, 2, "Bern") in got
    assert (3, 5, "Vienna") in got


@pytest.mark.parametrize(("sentence", "month", "day"), [
    ("Ruritania will host the Baltic foreign ministers in Strelsau on 23 March.", 3, 23),
    ("Ruritania's ambassador to Borduria was called in by the foreign ministry on "
     "Wednesday.", 3, 4),
    ("The minister said the task forces would resume their contacts on 20 March.", 3, 20),
    ("A state funeral for the former envoy will take place in Strelsau next Thursday.", 3, 12),
    ("The ministers discussed the missile launch early Tuesday.", 3, 3),
    ("A joint commission on river crossings meets next week.", 3, 9),
    ("The two navies will hold a joint rescue exercise on 20 March.", 3, 20),
    ("The peacekeepers ended their presence in the valley on Monday.", 3, 2),
    ("The Latvian Saeima is due to vote on 15 July, a spokesman said.", 7, 15),
    ("The board will consider the envoy's report on the mission on 20 March.", 3, 20),
])
def test_general_acts_of_h24_have_a_row(sentence: str, month: int, day: int) -> None:
    result = extract_events(sentence, dt.date(2026, 3, 6))
    assert any((c.date.month, c.date.day) == (month, day) for c in result.candidates)


def test_a_minister_called_in_sick_is_no_summons() -> None:
    result = extract_events("The minister called in sick on Wednesday.", dt.date(2026, 3, 6))
    assert not result.candidates


@pytest.mark.parametrize("sentence", [
    "She attended the funeral of her aunt on Monday.",  # no state's funeral
    "The product launch on Tuesday drew crowds.",  # no weapon's launch
    "Sales of cars meets the target on 12 March.",  # no body that meets
    "The joint statement said exercise of rights on Monday was key.",  # no exercise
])
def test_like_words_are_no_acts(sentence: str) -> None:
    assert not extract_events(sentence, dt.date(2026, 3, 6)).candidates


@pytest.mark.parametrize(("words", "value"), [
    ("The accord came into force in May two years ago.", "2024-05"),
    ("The envoys first met in the winter three years ago.", "2023-WI"),
])
def test_a_month_years_ago_is_that_month_of_that_year(words: str, value: str) -> None:
    from timeline_app.extract.timex import tag_timexes
    assert [t.value for t in tag_timexes(words, dt.date(2026, 3, 6))] == [value]
