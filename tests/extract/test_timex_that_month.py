"""'That November' is of the year last told, not of the article's (from blind set h17's error
kinds: "that November", "that February" after a sentence naming another year were dated in the
dateline's year).  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2026, 3, 3)


def _value(text: str, words: str) -> str:
    (found,) = [t for t in tag_timexes(text, DCT) if t.text.endswith(words)]
    return found.value


def test_that_month_after_a_year_is_of_that_year() -> None:
    text = ("The two countries first clashed over quotas in 2019. That November, Iceland "
            "walked out of talks in London.")
    assert _value(text, "November") == "2019-11"


def test_that_same_month_in_the_sentence_of_its_year() -> None:
    text = "Talks resumed in 2022 and that February the ministers met in Reykjavik."
    assert _value(text, "February") == "2022-02"
    text = "The two sides met in 2018. In that same November they signed a letter of intent."
    assert _value(text, "November") == "2018-11"


def test_the_conjunction_that_after_a_verb_of_saying_is_no_demonstrative() -> None:
    text = ("The two sides met in 2018. The ministry said that November would bring "
            "a further round of talks.")
    assert _value(text, "November") != "2018-11"


def test_this_month_stays_the_articles() -> None:
    text = "The two sides met in 2018. This November they will meet again."
    assert _value(text, "November") == "2026-11"


def test_the_row_is_dated_and_says_why() -> None:
    text = ("LONDON, March 3 (Reuters) - Britain and Iceland signed a fisheries accord on "
            "Tuesday.\n\nThe two countries first clashed over quotas in 2019. That November, "
            "Iceland walked out of talks in London, and the dispute dragged on.\n")
    found = extract_events(text).candidates
    (walkout,) = [c for c in found if any("walked out" in e.sentence for e in c.evidence)]
    assert str(walkout.date) == "November 2019"
    assert "'That November', relative to the year last mentioned ('2019')" in walkout.date_basis
