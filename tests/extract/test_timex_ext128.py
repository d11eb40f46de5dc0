"""A plan's 'the second half of the year' after a date years before the article's (ext128,
from the error kinds of blind set h22: a bill to be taken up in the year's second half was
dated to the second half of a year named in the background sentence before).  Made-up
sentences; none is taken from an evaluation corpus."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2025, 3, 12)


def _value(text: str, words: str) -> str:
    return next(t.value for t in tag_timexes(text, DCT) if t.text == words)


def test_a_plan_s_half_of_the_year_after_an_old_date_is_the_article_s_year() -> None:
    text = ("Its first tax treaty, with Elbonia, entered into force in 2011. The treaty must be "
            "approved by parliament, which the government expects to take up the bill in the "
            "second half of the year.")
    assert _value(text, "the second half of the year") == "2025-H2"


def test_a_half_of_the_year_told_of_a_recent_date_keeps_its_year() -> None:
    text = ("Sales rose in 2024. Profits fell in the second half of the year, the company said.")
    assert _value(text, "the second half of the year") == "2024-H2"
