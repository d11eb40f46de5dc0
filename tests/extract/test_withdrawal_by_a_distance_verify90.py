"""Forces told as pulling back by a distance (verify90 F11): "Coast guard cutters from both
sides are to withdraw three nautical miles by May 20" is a withdrawal whose row keeps its verb
and distance; "both sides" are the two states of a story about two, and never two of the four
states a lead lists when it names no pair of them (the two the story names most were a guess).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2025, 5, 8)
LATER = ("Coast guard cutters from both sides are to withdraw three nautical miles by May 20. "
         "Border posts will move back two kilometres by the end of the month.")


def _withdrawal(lead: str) -> tuple[str, tuple[str, ...]]:
    text = f"LISBON, May 8 (Harbour Wire) - {lead}\n\n{LATER}\n"
    (row,) = [c for c in extract_events(text, DCT).candidates if "withdraw" in c.title]
    return row.title, row.participants


def test_the_row_keeps_the_verb_and_the_distance() -> None:
    title, _ = _withdrawal("Ruritania and Elbonia agreed a truce on Thursday.")
    assert "withdraw three nautical miles" in title
    assert title.endswith("(scheduled)")


def test_both_sides_of_a_story_of_two_are_its_two_states() -> None:
    _, who = _withdrawal("Ruritania and Elbonia agreed a truce on Thursday.")
    assert set(who) == {"Ruritania", "Elbonia"}


def test_both_sides_of_a_four_state_lead_are_not_two_of_them_guessed() -> None:
    # (the two named most were taken; now the lead's four, as an event naming no one of
    # such a story has them, or nobody)
    text = ("LIMA, May 8 (Harbour Wire) - Chile, Peru, Bolivia and Ecuador agreed a truce on "
            "Thursday. Peruvian President Dina Boluarte hosted Bolivian President Luis Arce and "
            "the others.\n\nPeru and Bolivia fought over a lake island in April.\n\n"
            "Coast guard cutters from both sides are to withdraw three nautical miles by "
            "May 20.\n")
    (row,) = [c for c in extract_events(text, DCT).candidates if "withdraw" in c.title]
    assert set(row.participants) in (set(), {"Chile", "Peru", "Bolivia", "Ecuador"})
