"""An article imported again after one of its events was merged with another date kept
finds that event (verify42 F18): AFP's "committee … will meet for the first time on
December 12", merged into Reuters' 10 December ("told otherwise: 12 December 2026 by AFP"),
was offered as a new event when AFP's article was imported again."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.core.merge import merge_into_one

REUTERS_WORDS = ("Under the deal, a joint monitoring committee will meet in Jeddah on Dec. 10 "
                 "to review the truce, the official said.")
AFP_WORDS = ("The truce will begin on Saturday at dawn, and a committee to monitor it will "
             "meet for the first time on December 12, a diplomat close to the talks told AFP.")


def _event(event_id: str, title: str, day: int, words: str, source: str) -> Event:
    at = words.index("Dec")
    return Event(event_id, title, FuzzyDate.of_ymd(2026, 12, day), category="meeting",
                 source_id=source,
                 evidence=(Evidence(words, 0, len(words), at, at + 11),))


REUTERS = _event("r", "Monitoring committee meets in Jeddah (scheduled)", 10, REUTERS_WORDS,
                 "src-r")
AFP = _event("a", "Talks (scheduled)", 12, AFP_WORDS, "src-a")


def test_the_rejected_telling_read_again_is_the_merged_event() -> None:
    merged = merge_into_one([REUTERS, AFP], told_by=lambda e: "AFP" if e is AFP else "")
    assert "told otherwise: 12 December 2026 by AFP" in merged.date_basis
    again = _event("a2", "Talks (scheduled)", 12, AFP_WORDS, "src-a2")
    (match,) = find_duplicates([merged], [again]).values()
    assert match.existing is merged and match.likely
    assert "told otherwise" in match.reason


def test_not_without_the_sentence_nor_for_a_date_not_told() -> None:
    merged = merge_into_one([REUTERS, AFP])
    other_words = _event("o", "Talks (scheduled)", 12, AFP_WORDS.replace("dawn", "noon"),
                         "src-o")
    assert find_duplicates([merged], [other_words]) == {}
    eleventh = _event("e", "Talks (scheduled)", 11, AFP_WORDS, "src-e")
    assert find_duplicates([merged], [eleventh]) == {}
    # nothing merged: the 12th and the 10th are two events (as before)
    assert find_duplicates([REUTERS], [AFP]) == {}
