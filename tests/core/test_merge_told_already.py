"""verify49 F10 (session 39): a colleague's copy of the timeline as a CSV table, merged back
with File → Merge…, added each event's own source sentence a second time, as "a quote of no
article" (the table keeps the sentence, not its offsets in the article)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import merge_events
from timeline_app.core.sourced import SourcedEvidence

SENTENCE = ("Somali Foreign Minister Ahmed Moallim Fiqi spoke by telephone with "
            "Turkish Foreign Minister Hakan Fidan on Tuesday.")
DAY = FuzzyDate.of_day(dt.date(2026, 12, 1))
EXISTING = Event("fiqi", "Fiqi and Fidan speak by telephone", DAY, category="meeting",
                 participants=("Ahmed Moallim Fiqi", "Hakan Fidan"), source_id="src-mfa",
                 evidence=(Evidence(SENTENCE, 120, 120 + len(SENTENCE), 215, 222),))


def test_the_table_s_copy_of_a_sentence_the_event_cites_is_not_added_again() -> None:
    from_table = Event("fiqi", "Fiqi and Fidan speak by telephone", DAY, category="meeting",
                       participants=("Ahmed Moallim Fiqi", "Hakan Fidan"),
                       evidence=(Evidence(" ".join(SENTENCE.split()), 0, len(SENTENCE)),))
    merged = merge_events(EXISTING, from_table)
    assert merged.evidence == EXISTING.evidence


def test_another_article_s_sentence_in_the_same_words_is_still_kept() -> None:
    other = Event("x", "Fiqi and Fidan speak by telephone", DAY, category="meeting",
                  source_id="src-aa", evidence=(Evidence(SENTENCE, 5, 5 + len(SENTENCE)),))
    merged = merge_events(EXISTING, other)
    assert len(merged.evidence) == 2
    assert isinstance(merged.evidence[1], SourcedEvidence)
    assert merged.evidence[1].source == "src-aa"


def test_a_new_sentence_of_no_article_is_still_added() -> None:
    note = "The two ministers discussed the signing ceremony."
    from_table = Event("fiqi", "Fiqi and Fidan speak by telephone", DAY,
                       evidence=(Evidence(note, 0, len(note)),))
    assert [e.sentence for e in merge_events(EXISTING, from_table).evidence] == [SENTENCE, note]
