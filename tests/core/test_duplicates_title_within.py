"""A short title the other title holds whole, the same kind on one day (verify40 F9): File →
Merge of a colleague's Timeline Project file offered "JCPOA" (14 July 2015, a treaty) as new
beside the timeline's "JCPOA concluded in Vienna" (14 July 2015, a treaty): 69 % alike, under
``POSSIBLE_TITLE_THRESHOLD`` (``token_sort_ratio`` counts what the short title leaves
unsaid).  It is offered as possibly the same now; on the dev set
(``benchmarks/duplicates_devset.py``) the 92 flags are unchanged."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, title_similarity


def _event(event_id: str, title: str, day: int = 14, category: str = "treaty") -> Event:
    return Event(event_id, title, FuzzyDate.of_day(dt.date(2015, 7, day)), category=category)


def test_a_title_held_whole_by_the_other_on_the_same_day_is_offered() -> None:
    existing = _event("vienna", "JCPOA concluded in Vienna")
    incoming = _event("tp", "JCPOA")
    assert title_similarity(incoming.title, existing.title) < 70
    match = find_duplicates([existing], [incoming])["tp"]
    assert match.existing.id == "vienna" and not match.likely
    # ... either way round.
    assert find_duplicates([incoming], [existing])["vienna"].existing.id == "tp"


def test_not_on_another_day_nor_for_another_kind() -> None:
    existing = _event("vienna", "JCPOA concluded in Vienna")
    assert find_duplicates([existing], [_event("tp", "JCPOA", day=20)]) == {}
    assert find_duplicates([existing], [_event("tp", "JCPOA", category="meeting")]) == {}
    # A word the other title lacks is no containment ("JCPOA talks" / "... concluded").
    assert find_duplicates([existing], [_event("tp", "JCPOA talks")]) == {}
