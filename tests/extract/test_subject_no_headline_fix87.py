"""A new timeline from an article without a headline is named after the two sides its
events name, never after the wire's dateline (verify83 F5: "Wirepoint, Lusaka, 14
February 2025" though the events named the two sides throughout).  Fails before session
62 (branch fix87)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.extract import extract_events
from timeline_app.extract.subject import timeline_name


def _event(key: str, iso: str, *participants: str) -> Event:
    return Event(key, key, FuzzyDate.from_iso(iso, Precision.DAY), participants=participants)


def test_no_headline_names_the_two_sides_the_events_name_most() -> None:
    events = [_event("a", "2024-06-01", "Velmora", "Dastia"),
              _event("b", "2025-03-04", "Velmora", "Dastia", "Kofi Mensah"),
              _event("c", "2025-03-06", "Dastia", "Velmora")]
    assert timeline_name("", events) == "Velmora and Dastia, 2024-2025"
    # a name one event gives is no side of the story
    assert timeline_name("", [events[0], _event("d", "2025-01-01", "Kofi Mensah")]) is None


def test_a_wire_story_without_a_headline_is_named_after_its_sides() -> None:
    article = """ACCRA, Mar 7 (Coastline) -- Envoys from Velmora and Dastia signed a truce in \
Accra on Friday, ending a quarrel over fishing waters that began in 2024.

Velmora and Dastia first met in Kumasi on February 2 to free the crews of two seized trawlers.

Velmora and Dastia plan to sign a full fishing treaty in June, the mediator said.
"""
    result = extract_events(article)
    assert result.source.title == ""
    name = timeline_name(result.source.title, [c.to_event() for c in result.candidates])
    assert name is not None and name.startswith("Velmora and Dastia, "), name
    assert "Coastline" not in name
