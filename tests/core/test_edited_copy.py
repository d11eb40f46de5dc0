"""``core.edited_copy``: a copy of the timeline edited elsewhere (verify49 F10)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.edited_copy import is_copy_of, missing_from_copy, take_edits
from timeline_app.core.model import Evidence

DAY = FuzzyDate.of_day(dt.date(2026, 12, 3))
SENTENCE = "Fiqi and Fidan spoke by telephone on Thursday, the ministry said."


def _event(event_id: str, **fields: object) -> Event:
    return Event(event_id, fields.pop("title", "Fiqi and Fidan speak by telephone"),  # type: ignore[arg-type]
                 DAY, participants=("Fiqi", "Fidan", "Trkiye"), source_id="a1",
                 evidence=(Evidence(SENTENCE, 100, 100 + len(SENTENCE), 142, 150),), **fields)  # type: ignore[arg-type]


def test_take_edits_replaces_the_fields_and_keeps_the_sources() -> None:
    mine = _event("e1", location="Ankara")
    theirs = dataclasses.replace(mine, title="Somali and Turkish ministers speak",
                                 participants=("Fiqi", "Fidan", "Türkiye"), location="",
                                 status="confirmed", source_id=None,
                                 # a CSV's "Source sentence"
                                 evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),))
    taken = take_edits(mine, theirs)
    assert taken.title == "Somali and Turkish ministers speak"
    assert taken.participants == ("Fiqi", "Fidan", "Türkiye")  # replaced, not united
    assert taken.location == "" and taken.status == "confirmed"
    assert (taken.id, taken.source_id, taken.evidence) == (mine.id, "a1", mine.evidence)


def test_a_summary_the_csv_wrote_as_the_sentence_is_no_edit() -> None:
    mine = _event("e1", summary=SENTENCE)
    theirs = dataclasses.replace(mine, summary="", evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),))
    assert take_edits(mine, theirs).summary == SENTENCE
    assert take_edits(mine, dataclasses.replace(theirs, summary="Typed")).summary == "Typed"


def test_the_basis_is_the_copys_only_when_the_date_changed() -> None:
    mine = _event("e1", date_basis="'Thursday' in an article dated 4 December 2026")
    same = dataclasses.replace(mine, date_basis="")
    assert take_edits(mine, same).date_basis == mine.date_basis
    moved = dataclasses.replace(mine, date=FuzzyDate.of_month(2026, 12))
    assert take_edits(mine, moved).date == FuzzyDate.of_month(2026, 12)


def test_a_copy_shares_at_least_half_its_ids() -> None:
    own = [_event(f"e{i}") for i in range(4)]
    copy = [own[0], own[1], _event("new")]
    assert is_copy_of(own, copy)
    assert [e.id for e in missing_from_copy(own, copy)] == ["e2", "e3"]
    stranger = [own[0], _event("x"), _event("y")]  # one merged from here before: no copy
    assert not is_copy_of(own, stranger) and missing_from_copy(own, stranger) == []
    assert not is_copy_of(own, [])
