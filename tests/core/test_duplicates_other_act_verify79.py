"""verify79 F4 (a): two acts of one day at one place between the same parties, told in
sentences alike by the story they share — talks opened and an agreement reached — are at
most possibly one event: never a likely duplicate (which the review starts half ticked,
cited into the other, losing the agreement) on title and sentence likeness alone."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

OPENED = ("Delegations from Guyana and Venezuela opened border talks in Bridgetown on Tuesday, "
          "mediated by Barbados, the mediators said.")
AGREED = ("Guyana and Venezuela agreed late on Tuesday in Bridgetown on a joint survey of the "
          "river, the Barbadian mediators said.")


def _event(event_id: str, title: str, category: str, sentence: str) -> Event:
    return Event(event_id, title, FuzzyDate.of_day(dt.date(2026, 12, 1)), category=category,
                 participants=("Guyana", "Venezuela"), location="Bridgetown",
                 summary=sentence, source_id=f"s-{event_id}",
                 evidence=(Evidence(sentence, 0, len(sentence)),))


def test_an_agreement_is_not_likely_the_talks_opened_that_day():
    talks = _event("talks", "Guyana and Venezuela open border talks in Bridgetown", "meeting",
                   OPENED)
    deal = _event("deal", "Guyana and Venezuela agree on a river survey in Bridgetown",
                  "treaty", AGREED)
    match = find_duplicates([talks], [deal]).get("deal")
    assert match is None or not match.likely, match.reason
    # the same act told twice in other words is still likely, as before
    again = _event("again", "Guyana and Venezuela begin border talks in Bridgetown", "meeting",
                   OPENED.replace("opened", "began"))
    assert find_duplicates([talks], [again])["again"].likely
