"""Stage 3b: each trigger's subject, participants, place, kind and mood."""

from __future__ import annotations

from stage_helpers import by_word, run_until


def test_a_meeting_has_its_people_place_and_kind() -> None:
    staged = run_until("Foreign Minister Cho Tae-yul held a trilateral meeting with Foreign "
                       "Minister Takeshi Iwaya in Tokyo on Saturday.", "arguments")
    m = by_word(staged, "meeting")
    assert m.participants[:2] == ["Cho Tae-yul", "Takeshi Iwaya"]
    assert m.location == "Tokyo" and m.kind == "trilateral"


def test_the_subject_of_a_verb_skips_an_appositive() -> None:
    staged = run_until("Zenco, the Irish airline, acquired Brightway on Monday.", "arguments")
    assert by_word(staged, "acquired").subject == "Zenco"


def test_a_passive_names_the_thing_done_and_the_doer() -> None:
    staged = run_until("The accord was signed by Spain on Monday.", "arguments")
    m = by_word(staged, "signed")
    assert m.patient == "accord" and m.subject == "Spain"


def test_hedges_and_schedules() -> None:
    staged = run_until("The two sides probably met on Monday. An upcoming summit was "
                       "announced.", "arguments")
    assert by_word(staged, "met").hedged
    assert by_word(staged, "summit").scheduled
