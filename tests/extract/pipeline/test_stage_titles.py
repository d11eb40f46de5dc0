"""Stage 6: headlines."""

from __future__ import annotations

from stage_helpers import DCT, run_until

from timeline_app.extract.pipeline.merging import merge_mentions
from timeline_app.extract.pipeline.titles import compose_title, shorten


def _titles(text: str) -> list[str]:
    staged = run_until(text, "dating")
    clusters, countries = merge_mentions(text, staged.mentions, staged.entities, DCT)
    return [compose_title(c, text, staged.timexes, staged.entities, DCT, countries)
            for c in clusters]


def test_a_verb_reads_as_subject_verb_object_in_the_present() -> None:
    assert _titles("Zenco acquired Brightway on Monday.") == ["Zenco acquires Brightway"]


def test_a_plan_reads_as_its_act_marked_scheduled() -> None:
    # (ext17: a plan dated after the article is marked "(scheduled)", as every
    # other row to come; verify15.  Session 52: the mark is the plan's one sign, so no
    # "to cut" beside it, the coordinator's decision on verify63 F4)
    assert _titles("Ford will cut 30,000 jobs next month.") == ["Ford cuts 30,000 jobs (scheduled)"]


def test_a_future_meeting_is_scheduled() -> None:
    assert _titles("The ministers will meet in Seoul next month.") == [
        "Ministers meet in Seoul (scheduled)"]


def test_a_meeting_of_two_people_names_both() -> None:
    assert _titles("Foreign Minister Cho Tae-yul met Foreign Minister Takeshi Iwaya in Tokyo "
                   "on Saturday.") == ["Cho Tae-yul and Takeshi Iwaya meet in Tokyo"]


def test_shorten_keeps_a_suffix_and_never_ends_on_a_function_word() -> None:
    title = shorten("Zenco announces it would spend $40 billion on the development of the "
                    "biggest of the factories (scheduled)")
    assert title == "Zenco announces it would spend $40 billion (scheduled)"
    assert "\u2026" not in shorten("Meeting in Munich (Munich Security Conference on the future "
                                   "of European defence and security cooperation)")
