"""'Russia's Sergei Lavrov and Ukraine's Dmytro Kuleba in Istanbul': the last person of a
list told as '<state>'s <name>' before the place is a person (verify37: Kuleba was no one,
so the hosted meeting left out one of its two guests)."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.entities import Entities

TEXT = ("ISTANBUL, March 27, 2026 (AFP) - Turkish President Recep Tayyip Erdogan hosted "
        "Russia's Sergei Lavrov and Ukraine's Dmytro Kuleba in Istanbul on Tuesday.\n")


def test_a_states_person_before_the_place_is_a_person():
    assert Entities(TEXT).people.get("Dmytro Kuleba") == "Ukraine"
    (meeting,) = [c for c in extract_events(TEXT).candidates if "Istanbul" in c.title]
    assert "Dmytro Kuleba" in meeting.participants


def test_a_states_thing_before_a_place_is_still_no_one():
    # an organisation's word keeps it out, as before
    assert "Stock Average" not in " ".join(Entities(
        "Japan's Nikkei Stock Average in Tokyo fell on Monday.\n").people)
