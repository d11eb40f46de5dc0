"""An event that lasts (a date and an end) is compared by every day it covers (verify31 F13)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

LEAD = ("LONDON, Oct 14 (Reuters) - Britain, Norway, Iceland and the Faroe Islands ended three "
        "days of talks in London on Wednesday without agreeing how to divide the catch.")


def _day(day: int, month: int = 10) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, month, day))


def test_an_article_imported_again_finds_the_event_whose_date_became_a_span():
    """verify31 F13: "Talks in London" (14 October 2026) was imported, its date corrected to
    12-14 October and its title to "London round of talks ends without a deal"; the same
    article imported again proposed "Talks in London" as new: only the start days (12 and
    14 October) were compared, so the very same sentence was no evidence."""
    evidence = (Evidence(LEAD, 0, len(LEAD)),)
    existing = [Event("a", "London round of talks ends without a deal", _day(12),
                      end=_day(14), category="meeting", location="London, United Kingdom",
                      evidence=evidence)]
    incoming = [Event("x", "Talks in London", _day(14), category="meeting", location="London",
                      evidence=evidence)]
    match = find_duplicates(existing, incoming)["x"]
    assert match.existing.id == "a" and match.likely
    assert "read from the same sentence" in match.reason


def test_a_span_and_a_day_outside_it_are_still_apart():
    existing = [Event("a", "Technical talks in Bergen", _day(2, 11), end=_day(4, 11),
                      category="meeting")]
    incoming = [Event("x", "Technical talks in Bergen", _day(6, 11), category="meeting")]
    assert find_duplicates(existing, incoming) == {}


def test_an_incoming_span_reaching_into_the_next_year_finds_an_event_there():
    """The year buckets cover every year of a span, not only its first."""
    existing = [Event("a", "Mackerel framework takes effect", FuzzyDate.of_day(
        dt.date(2027, 1, 1)), category="treaty")]
    incoming = [Event("x", "Mackerel framework takes effect", _day(30, 12),
                      end=FuzzyDate.of_day(dt.date(2027, 1, 2)), category="treaty")]
    assert find_duplicates(existing, incoming)["x"].existing.id == "a"
