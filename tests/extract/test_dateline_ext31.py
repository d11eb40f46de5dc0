"""The year of a dateline without one, from clues a reader uses (verify30, session 22).

- News names no year for a date of its own year ('in October', 'on July 28'): a past date
  written with its year is of an earlier year than the article's, when the lead's weekday
  allows that (exactly, or the day after: a story filed the next day).
- "In June, Cambodia marked the 64th anniversary of the 1962 ruling" puts the article in
  1962 + 64 = 2026 without "this year": a month of the year up to the dateline's, or a
  present verb ("marks").
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract.sentences import split_sentences


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 11, 30))


REUTERS = (
    "Thailand, Cambodia extend border truce\n\n"
    "KUALA LUMPUR, Oct 6 (Reuters) - Thailand and Cambodia agreed on Monday to extend their "
    "border ceasefire by 90 days, Malaysian Foreign Minister Mohamad Hasan said.\n\n"
    "The ceasefire was first agreed in Putrajaya on July 28, 2025, after five days of "
    "fighting.\n\n"
    "The dispute dates back more than a century. In June, Cambodia marked the 64th "
    "anniversary of the 1962 International Court of Justice ruling that awarded the temple "
    "to Cambodia.\n"
)

KYODO = (
    "MANILA, Nov. 11 (Kyodo) -- Thailand and Cambodia signed a peace declaration on Tuesday "
    "at the ASEAN summit in Manila.\n\n"
    "The ceasefire between the two countries was first agreed on July 28 last year, after "
    "five days of fighting. A first accord signed in Kuala Lumpur in October 2025 collapsed "
    "within weeks.\n"
)


def test_a_past_date_written_with_its_year_is_of_an_earlier_year() -> None:
    # 11 November 2025 is a Tuesday, 11 November 2026 the day after one
    line = dl.read_dateline(KYODO)
    assert line.year == 2026
    assert "'in October 2025'" in line.year_basis
    assert "news leaves out of a date of its own year" in line.year_basis
    assert "the day after a Tuesday" in line.year_basis


def test_the_written_year_rule_gives_way_when_the_weekday_rules_out_the_later_year() -> None:
    # 11 November 2027 is a Thursday: neither the lead's day nor the day after it
    text = KYODO.replace("in October 2025", "in October 2024")
    line = dl.read_dateline(text)
    assert line.year == 2025  # (2025 is the later year the Tuesday allows)
    text = KYODO.replace("signed a peace declaration on Tuesday", "signed a peace declaration "
                         "on Monday")
    line = dl.read_dateline(text)
    # 11 November 2025 is a Tuesday (the day after a Monday); 2026 is two days after one
    assert line.year == 2025


def test_an_anniversary_marked_in_a_month_of_this_year_gives_the_year() -> None:
    text = REUTERS.replace("July 28, 2025", "July 28")
    line = dl.read_dateline(text)
    assert line.year == 2026
    assert "'the 64th anniversary' of an event of 1962" in line.year_basis
    assert "the day after a Monday" in line.year_basis
    assert dl.read_dateline(REUTERS).year == 2026


@pytest.mark.parametrize(("sentence", "year"), [
    # a present verb: the anniversary is now
    ("Cambodia marks the 64th anniversary of the 1962 ruling.", 2026),
    # a month after the dateline's: of last year, or not of the article: no evidence
    ("In November, Cambodia marked the 64th anniversary of the 1962 ruling.", None),
    # 'last year' or a second year: not the article's year
    ("Last year Cambodia marked the 63rd anniversary of the 1962 ruling.", None),
    ("In June 2024, Cambodia marked the 62nd anniversary of the 1962 ruling.", None),
])
def test_an_anniversary_is_of_the_articles_year_only_when_its_words_say_so(
        sentence: str, year: int | None) -> None:
    segment = split_sentences(sentence)
    found = dl._anniversary_year(sentence, segment, 10)
    assert (found[0] if found else None) == year
