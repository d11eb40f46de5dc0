"""Merging keeps one participant for two spellings of a name (verify37 F6).

Reuters wrote "Recep Tayyip Erdogan", AFP "Recep Tayyip Erdoğan": Edit → Merge Selected
Events (and an import's merge into an existing event) kept both, so Details, the CSV and
the Filters' participants list named the man twice.
"""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import merge_changes, merge_events
from timeline_app.core.merge import merge_into_one, merged_participants, participant_key

DAY = FuzzyDate.of_day(_dt.date(2026, 3, 24))
REUTERS = Event("r", "Sergei Lavrov and Dmytro Kuleba meet in Istanbul", DAY, category="meeting",
                participants=("Sergei Lavrov", "Dmytro Kuleba", "Recep Tayyip Erdogan",
                              "Lukasz Jasina"))
AFP = Event("a", "Erdoğan hosts Lavrov and Kuleba in İstanbul", DAY, category="meeting",
            participants=("Recep Tayyip Erdoğan", "Sergueï Lavrov", " dmytro kuleba",
                          "Łukasz Jasiński"))


def test_participant_key_ignores_case_accents_and_whole_letters() -> None:
    assert participant_key("Recep Tayyip Erdoğan") == participant_key("RECEP TAYYIP ERDOGAN ")
    assert participant_key("Łukasz") == participant_key("Lukasz")
    assert participant_key("Jasina") != participant_key("Jasiński")


def test_merge_selected_events_keeps_the_first_spelling_once() -> None:
    # in the first's place, but in the more exact spelling (verify46 F1: "Vučić" typed
    # by a desk was merged away into a wire's "Vucic")
    assert merged_participants([REUTERS, AFP]) == (
        "Sergei Lavrov", "Dmytro Kuleba", "Recep Tayyip Erdoğan", "Lukasz Jasina",
        "Sergueï Lavrov", "Łukasz Jasiński")  # two transliterations, two surnames: kept
    assert merge_into_one([REUTERS, AFP]).participants == merged_participants([REUTERS, AFP])


def test_an_imports_merge_adds_no_second_spelling() -> None:
    merged = merge_events(REUTERS, AFP)
    assert merged.participants == merged_participants([REUTERS, AFP])
    assert "adds participants: Sergueï Lavrov, Łukasz Jasiński" in merge_changes(REUTERS, AFP)
