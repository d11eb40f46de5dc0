"""A split-off part names the article its sentences come from (verify31 F11)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.merge import merge_into_one
from timeline_app.core.sourced import SourcedEvidence, evidence_source
from timeline_app.core.split import split_event

DAY = FuzzyDate.of_day(dt.date(2026, 11, 5))
BERGEN = Evidence("A meeting … in Bergen on Thursday was postponed.", 0, 48, 32, 40)
RESET = SourcedEvidence("The meeting, postponed from Nov. 6, is now set for Nov. 26.", 10, 68,
                        None, None, "a3")


def _merged() -> Event:
    """"Ministerial meeting in Bergen postponed" of article a2, merged with an event of a3."""
    return Event("e", "Ministerial meeting in Bergen postponed", DAY, category="meeting",
                 participants=("Iceland",), location="Bergen", source_id="a2",
                 evidence=(BERGEN, RESET))


def test_the_split_off_part_names_the_article_of_its_sentence():
    """verify31 F11: the part that took a3's sentence kept a2 as its article, so Details,
    the Article tab and the Filters' Article choice filed it under an article that does
    not hold its sentence."""
    kept, new = split_event(_merged(), [1], [], new_id="n")
    assert kept.source_id == "a2" and kept.evidence == (BERGEN,)
    assert new.source_id == "a3"
    assert [evidence_source(new, e) for e in new.evidence] == ["a3"]
    assert type(new.evidence[0]) is Evidence  # back with its own article: a plain sentence
    assert new.evidence[0].sentence == RESET.sentence


def test_the_part_that_stays_names_its_sentences_article_when_the_first_one_goes():
    kept, new = split_event(_merged(), [0], [], new_id="n")
    assert new.source_id == "a2" and new.evidence == (BERGEN,)
    assert kept.source_id == "a3" and [evidence_source(kept, e) for e in kept.evidence] == ["a3"]


def test_split_then_merge_gives_every_sentence_back_with_its_article():
    event = _merged()
    kept, new = split_event(event, [1], [], new_id="n")
    again = merge_into_one([kept, new])
    assert again.source_id == "a2"
    assert [(e.sentence, evidence_source(again, e)) for e in again.evidence] == [
        (e.sentence, evidence_source(event, e)) for e in event.evidence]


def test_a_quote_of_no_article_leaves_the_article_as_it_was():
    typed = SourcedEvidence("Reuters, 19 Nov", 0, 15, None, None, None)
    event = Event("e", "Quota", DAY, source_id="a2", participants=("Iceland", "Norway"),
                  evidence=(BERGEN, typed))
    _kept, new = split_event(event, [1], [], new_id="n")
    assert new.source_id == "a2" and new.evidence == (typed,)
