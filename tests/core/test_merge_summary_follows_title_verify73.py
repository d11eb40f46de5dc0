"""verify73 F12: a plan's event merged with the telling of it held took the held title
("Technical talks in Khartoum") but kept the plan's sentence as its summary ("The ministers
agreed to hold technical talks … and to meet again in Addis Ababa …"), which the editor
showed as the event's Summary.  The import's summary (the sentence an event was read from)
now goes with its title: where the incoming telling's title is kept, so is its summary;
words the person wrote stay."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import merge_events

PLAN = ("The ministers agreed to hold technical talks on drought rules in Khartoum on "
        "Tuesday, and to meet again in Addis Ababa on December 10 to review a draft.")
HELD = ("Negotiators from Egypt, Ethiopia and Sudan agreed a draft text on how the dam will "
        "release water during droughts, after technical talks in Khartoum on Tuesday.")
DAY = FuzzyDate.of_day(dt.date(2026, 12, 1))


def _event(event_id: str, title: str, sentence: str, source: str) -> Event:
    return Event(event_id, title, DAY, category="meeting", location="Khartoum",
                 summary=sentence, evidence=(Evidence(sentence, 0, len(sentence)),),
                 source_id=source)


PLANNED = _event("a", "Ministers of three states meet in Khartoum (scheduled)", PLAN, "art1")
TOLD_HELD = _event("b", "Technical talks in Khartoum", HELD, "art2")


def test_the_held_title_kept_brings_its_summary() -> None:
    merged = merge_events(PLANNED, TOLD_HELD)
    assert merged.title == "Technical talks in Khartoum"
    assert merged.summary == HELD
    assert [e.sentence for e in merged.evidence] == [PLAN, HELD]  # (the plan's stays cited)


def test_the_existing_title_kept_keeps_its_summary() -> None:
    merged = merge_events(TOLD_HELD, dataclasses.replace(PLANNED, id="c"))
    assert merged.title == "Technical talks in Khartoum" and merged.summary == HELD


def test_a_summary_the_person_wrote_stays() -> None:
    noted = dataclasses.replace(PLANNED, summary="Desk note: watch the draft.")
    assert merge_events(noted, TOLD_HELD).summary == "Desk note: watch the draft."
    both = dataclasses.replace(PLANNED, summary=f"Desk note.\n\n{PLAN}")
    assert merge_events(both, TOLD_HELD).summary == "Desk note."
