"""A part of a day without a clock ('late on Tuesday', 'on Friday evening', 'overnight on
Tuesday', 'in the early hours of Saturday') is tagged with its TimeML value and kept on the
event's date as the day with its part (ext132; before, the day alone).  The sentences are
written for these tests; the DCT is Thursday 3 December 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

THURSDAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks ended late on Tuesday.", ("late on Tuesday", "2026-12-01", "END")),
    ("The strikes began early on Wednesday.", ("early on Wednesday", "2026-12-02", "START")),
    ("Shelling went on overnight on Tuesday.", ("overnight on Tuesday", "2026-12-01TNI", None)),
    ("The attack came in the early hours of Saturday.",
     ("the early hours of Saturday", "2026-11-28TMO", None)),
    ("He spoke on Friday evening.", ("Friday evening", "2026-11-27TEV", None)),
    ("Shelling continued overnight.", ("overnight", "2026-12-02TNI", None)),
    # (AQUAINT tags "Thursday morning" alone, as the day: the words before it stay out)
    ("The raid began in the early hours of Thursday morning.",
     ("Thursday morning", "2026-12-03", None)),
])
def test_the_tagger_gives_the_timeml_value(sentence: str,
                                           expected: tuple[str, str, str | None]) -> None:
    found = [(t.text, t.value, t.mod) for t in tag_timexes(sentence, THURSDAY)]
    assert found == [expected]


_ARTICLE = (
    "GENEVA, Dec 3 (Reuters) - Negotiators signed a ceasefire late on Tuesday after three "
    "days of talks. Rebels attacked the city overnight on Tuesday, officials said. Foreign "
    "ministers met on Wednesday evening in Geneva. The president met the prime minister on "
    "Thursday morning. The defence minister resigned earlier today.")


@pytest.mark.parametrize(("title_word", "expected"), [
    ("ceasefire", "late on 1 December 2026"),
    ("attack", "1 December 2026, night"),
    ("ministers", "2 December 2026, evening"),
    ("president", "3 December 2026, morning"),
    ("resign", "3 December 2026"),  # "earlier today": some time before now, no part
])
def test_the_event_keeps_the_part_of_its_day(title_word: str, expected: str) -> None:
    candidates = extract_events(_ARTICLE, THURSDAY).candidates
    event = next(c for c in candidates if title_word in c.title.lower())
    assert str(event.date) == expected, [(c.title, str(c.date)) for c in candidates]


def test_a_part_told_once_and_a_day_told_again_stay_one_event() -> None:
    # (the mentions merge by their days; the part comes with the merged event: u43's
    # "Monday morning" summit and its "Monday" were two candidates while they did not)
    text = ("SEOUL, May 26 (Yonhap) - The leaders of South Korea and China will hold talks "
            "on Monday morning. The trilateral summit will be held Monday morning. President "
            "Yoon will meet Premier Li on Monday.")
    candidates = extract_events(text, dt.date(2024, 5, 26)).candidates
    assert [str(c.date) for c in candidates] == ["27 May 2024, morning"], candidates


# -- dates counted from another event ---------------------------------------------------------

_SUMMIT = ("GENEVA, Dec 3 (Reuters) - Leaders met at a summit in Geneva on 20 November. "
           "Talks in Oman on 25 November failed. ")


def test_an_interval_after_the_event_named_counts_from_that_event_s_date() -> None:
    # (not from the date mentioned last, the talks' 25 November)
    found = [(t.text, t.value) for t in tag_timexes(
        _SUMMIT + "Two days after the summit, the parliament ratified the deal.", THURSDAY)]
    assert found[-1] == ("Two days after", "2026-11-22")


def test_a_vote_told_as_a_verb_is_the_vote_counted_from() -> None:
    found = [(t.text, t.value) for t in tag_timexes(
        "The parliament voted on the treaty on 25 November. Talks in Oman on 28 November "
        "failed. A week before the vote, protesters marched in the capital.", THURSDAY)]
    assert found[-1] == ("A week before", "2026-11-18")


def test_the_fall_of_one_city_is_not_the_fall_of_another() -> None:
    # (WikiWars' "Five days after the fall of Girona" after the fall of Bilbao)
    found = [(t.text, t.value) for t in tag_timexes(
        "After the fall of Bilbao on 19 June 1937 the front moved east. Barcelona fell on "
        "26 January 1939. Five days after the fall of Girona, the government left.",
        dt.date(2009, 12, 19))]
    assert found[-1] == ("Five days after", "1939-01-31")


def test_the_event_counted_from_is_no_event_of_the_counted_date() -> None:
    candidates = extract_events(
        _SUMMIT + "Two days after the summit, the parliament ratified the deal.",
        THURSDAY).candidates
    assert [(str(c.date), c.title) for c in candidates] == [
        ("20 November 2026", "Leaders meet in Geneva"),
        ("22 November 2026", "Parliament ratifies deal"),
        ("25 November 2026", "Talks fail in Oman")]
