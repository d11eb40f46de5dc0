"""Merging a corrected copy of the timeline back says what the merge keeps (verify36 F3,
F4).

A supervisor corrected the CSV export: "Talks stall" moved from 9 to 8 November 2013, the
lane Policy renamed Extensions.  File → Merge… marked the rows "≠ date" and "≠ lane", but
the line under the table said "Merge would change that event: only its sources": the
merge keeps the existing event's date and lane and nothing said that the corrections
would be dropped (only a differing title was named).  And every row of the round trip
was marked "≠ summary" in bold: the CSV writes a summary that is the source sentence once,
as the sentence, so the row read back has none — no difference anyone made.
"""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.ui.merge_dialog import _changes_in_words, differences

SENTENCE = "The talks had stalled on November 9 when France raised objections to the draft."


def _existing() -> Event:
    return Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 9), category="policy",
                 location="Geneva", summary=SENTENCE,
                 evidence=(Evidence(SENTENCE, 0, len(SENTENCE), None, None),))


def test_the_line_under_the_table_says_the_merge_keeps_the_date_and_lane() -> None:
    existing = _existing()
    corrected = Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 8),
                      category="extensions", location="Geneva", summary="",
                      evidence=existing.evidence)
    words = _changes_in_words(existing, corrected)
    assert "keeps its date 9 November 2013, not 8 November 2013" in words, words
    assert "keeps its lane Policy, not Extensions" in words, words
    assert "only its sources" not in words


def test_a_summary_written_once_as_the_sentence_is_no_difference() -> None:
    existing = _existing()
    back_from_csv = Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 9),
                          category="policy", location="Geneva", summary="",
                          evidence=existing.evidence)
    assert differences(existing, back_from_csv) == []
    assert _changes_in_words(existing, back_from_csv) == "nothing"


def test_a_summary_really_changed_is_still_a_difference() -> None:
    existing = _existing()
    changed = Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 9),
                    category="policy", location="Geneva",
                    summary="France objected to the Arak reactor.",
                    evidence=existing.evidence)
    assert differences(existing, changed) == ["summary"]


def test_the_line_says_a_reading_again_keeps_the_participants_set_here() -> None:
    """verify54 F31: "Merge would change that event: adds participants: Japan" for a
    colleague's uncorrected reading of the very words the event cites; now nothing of it
    is taken, and the line says what the copy would have added."""
    mine = Event("m", "North Korea fires missiles", FuzzyDate.of_ymd(2024, 5, 30),
                 category="military", participants=("North Korea",), source_id="jt",
                 evidence=(Evidence(SENTENCE, 40, 40 + len(SENTENCE)),))
    theirs = Event("t", "Japan fires missiles", FuzzyDate.of_ymd(2024, 5, 30),
                   category="military", participants=("Japan", "North Korea"),
                   source_id="jt", evidence=mine.evidence)
    words = _changes_in_words(mine, theirs)
    assert "adds participants" not in words
    assert "keeps its participants North Korea, not also Japan (the same words" in words
