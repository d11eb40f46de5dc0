"""verify84 F1: an event told again by a second and a third article, in other words, was
"not like any event already in the timeline" — 6 of 8 retellings marked "no" in the
review's Duplicate? column.  ``core.duplicates._retold_within``: titles sharing the words
that tell what happened (lemmas, "arbitral" ~ "arbitration"), one date inside the other
(a day in its month, a month in its season, one year told twice), near kinds, or three
words shared for kinds apart: a possible duplicate (merging offered)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates


def _event(event_id: str, title: str, date: FuzzyDate, category: str, sentence: str,
           participants: tuple[str, ...] = (), location: str = "") -> Event:
    return Event(event_id, title, date, category=category, participants=participants,
                 location=location, summary=sentence, source_id=f"s-{event_id}",
                 evidence=(Evidence(sentence, 0, len(sentence)),))


def _day(year: int, month: int, day: int) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(year, month, day))


RULING = _event("ruling", "Tribunal hands down its award", _day(2001, 11, 4), "event",
                "The panel sitting in Geneva handed down its award on 4 November 2001, "
                "drawing a line through the middle of the sound.")
REFERRAL = _event("referral", "Two countries refer sound question to an arbitral tribunal",
                  FuzzyDate.of_year(1990), "dispute",
                  "In 1990 Valdoria and Karesh referred the sound question to an arbitral "
                  "tribunal after a decade of stalemate.")
OPENING = _event("opening", "New round of boundary talks opens", _day(2026, 4, 17), "meeting",
                 "Delegations opened a new round of boundary talks in Corvel on Friday, "
                 "their first in five years.")
THIRD = _event("third", "Delegations agree in Corvel to hold the third round of talks",
               FuzzyDate.of_month(2026, 10), "meeting",
               "In October the delegations agreed in Corvel to hold the third round of "
               "talks before the winter storms.")


def _match(existing: Event, incoming: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming]).get(incoming.id)


def test_retellings_in_other_words_are_offered_for_merging():
    rows = [
        (RULING, _event("a", "Arbitral award", _day(2001, 11, 4), "dispute",
                        "The foreign ministry in Lessen welcomed the arbitral award of "
                        "4 November 2001 as fair to both coasts.")),
        (REFERRAL, _event("b", "Both countries agree to submit the sound question to "
                               "arbitration", FuzzyDate.of_year(1990), "treaty",
                          "Only in 1990 did the two capitals consent to put the dispute "
                          "before judges, an analyst recalls.")),
        (RULING, _event("c", "Award", FuzzyDate.of_month(2001, 11), "dispute",
                        "Their award of November 2001 split the shelf roughly in half.")),
        (THIRD, _event("e", "Third round (scheduled)", FuzzyDate.of_part(2026, "FA"),
                       "meeting", "A further session is pencilled in for autumn 2026, "
                                  "diplomats in Lessen say.")),
    ]
    for existing, row in rows:
        match = _match(existing, row)
        assert match is not None, row.title
        assert match.existing.id == existing.id


def test_the_words_shared_are_said():
    row = _event("e", "Third round (scheduled)", FuzzyDate.of_part(2026, "FA"), "meeting",
                 "A further session is pencilled in for autumn 2026, diplomats say.")
    match = _match(THIRD, row)
    assert match is not None and not match.likely
    assert "“third”, “round” in both titles; one date inside the other" in match.reason


def test_what_tells_them_apart_keeps_them_apart():
    """Another round, a date outside the other's or a coarser one than a year, places or
    parties that differ, kinds apart sharing one word only: not offered."""
    third = _event("x", "Third round (scheduled)", FuzzyDate.of_part(2026, "FA"), "meeting",
                   "A further session is pencilled in for autumn 2026, diplomats say.")
    assert _match(THIRD, dataclasses.replace(third, title="Fourth round (scheduled)")) is None
    assert _match(THIRD, dataclasses.replace(third, date=FuzzyDate.of_part(2026, "SU"))) \
        is None
    assert _match(THIRD, dataclasses.replace(third, date=FuzzyDate.of_decade(2020))) is None
    award = _event("y", "Arbitral award", _day(2001, 11, 4), "dispute",
                   "The ministry welcomed the arbitral award as fair to both coasts.")
    assert _match(dataclasses.replace(RULING, location="Geneva"),
                  dataclasses.replace(award, location="Ankara")) is None
    assert _match(dataclasses.replace(RULING, participants=("Valdoria",)),
                  dataclasses.replace(award, participants=("Karesh",))) is None
    assert _match(dataclasses.replace(RULING, category="dispute"),
                  dataclasses.replace(award, category="treaty")) is None
    # A kind's noun alone, a year holding a day with one word, other persons named
    talks = _event("t", "Talks", FuzzyDate.of_month(2026, 4), "meeting",
                   "Negotiators sat down again in April 2026 after the long pause.")
    assert _match(OPENING, talks) is None
    assert _match(RULING, dataclasses.replace(award, title="Award",
                                              date=FuzzyDate.of_year(2001))) is None
    sworn = _event("s1", "Anna Dirk takes office", _day(2026, 2, 1), "statement",
                   "Anna Dirk took office as Valdoria's foreign minister on Sunday.")
    other = _event("s2", "Piet Laan takes office", _day(2026, 2, 1), "statement",
                   "Piet Laan took office as Karesh's prime minister on Sunday.")
    match = _match(sworn, other)  # (the titles alone may offer it: 73 % alike)
    assert match is None or "in both titles" not in match.reason
