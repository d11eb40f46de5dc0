"""A title whose object was cut to "that NAME" drops the stub (verify41's a1: "Vologases I
agrees at Rhandeia that Tiridates")."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.titles import clean_object


def test_a_that_clause_cut_to_its_subject_is_dropped() -> None:
    [c] = extract_events("In 1529 the king Francis I and the emperor Charles V agreed at Cambrai "
                         "that Charles, the emperor of the Romans, would keep Milan.",
                         mode="narrative").candidates
    assert c.title.endswith("at Cambrai") and "that" not in c.title


def test_a_that_clause_of_saying_keeps_its_subject() -> None:
    # (guard: what was said, "announced that Japan ...", is the title's)
    assert clean_object(" that Japan would join", [], 0, "announce").startswith("Japan")

