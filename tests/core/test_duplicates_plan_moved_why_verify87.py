"""verify87 F1: a plan moved to a new date by a sentence that names a place only in the
clause after the date that tells why ("... to let observers look into mortar fire near the
village of Lorn") is still the plan moved, and the merge keeps the plan's place; a place
named for the occasion itself still tells the two apart."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.core.duplicates import find_duplicates, merge_events

PLAN = Event("p1", "Talks between Solmar and Northern Front resume in Port Aven (scheduled)",
             FuzzyDate(2027, 1, 12, Precision.DAY), location="Port Aven", category="meeting")


def _moved(tail: str, location: str) -> Event:
    sentence = f"The talks, first set for 12 January, were moved to 1 February{tail}."
    at = sentence.index("1 February")
    return Event("m1", f"Talks moved in {location}", FuzzyDate(2027, 2, 1, Precision.DAY),
                 location=location, category="meeting",
                 evidence=(Evidence(sentence, 0, len(sentence), at, at + len("1 February")),))


def test_a_place_in_the_clause_that_tells_why_does_not_block_the_move() -> None:
    moved = _moved(" to let observers look into reports of mortar fire near the village of "
                   "Lorn", "Lorn")
    match = find_duplicates([PLAN], [moved])["m1"]
    assert match.likely and match.existing is PLAN
    assert "moved to 1 February 2027" in match.reason
    merged = merge_events(PLAN, moved)
    assert merged.date.describe() == "1 February 2027"
    assert merged.location == "Port Aven"


def test_a_place_of_the_occasion_itself_still_tells_them_apart() -> None:
    moved = _moved(" in Lorn", "Lorn")
    match = find_duplicates([PLAN], [moved]).get("m1")
    assert match is None or not match.likely
