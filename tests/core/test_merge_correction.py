"""A correction's merge (verify44 F21): its sentence first, the superseded one named in the
basis and still cited; its date kept when the two share no day."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import merge_events

OLD = "Mottley said the two agreed to set up a joint border commission at 15:30 local time."
NEW = "Mottley said the two agreed to set up a joint border commission at 16:45 local time."


def _event(event_id: str, sentence: str, day: int) -> Event:
    return Event(event_id, "Commission agreed", FuzzyDate.of_day(dt.date(2026, 12, day)),
                 summary=sentence, evidence=(Evidence(sentence, 0, len(sentence)),))


def test_a_correction_goes_first_and_names_the_sentence_it_supersedes():
    merged = merge_events(_event("a", OLD, 3), _event("b", NEW, 3), corrects=True)
    assert [e.sentence for e in merged.evidence] == [NEW, OLD]
    assert merged.date_basis.endswith(f"superseded by a correction: “{OLD}”")
    assert merged.summary == NEW and merged.id == "a"


def test_a_corrected_day_is_kept_and_an_ordinary_merge_is_as_before():
    assert merge_events(_event("a", OLD, 3), _event("b", NEW, 4), corrects=True).date == \
        FuzzyDate.of_day(dt.date(2026, 12, 4))
    plain = merge_events(_event("a", OLD, 3), _event("b", NEW, 3))
    assert [e.sentence for e in plain.evidence] == [OLD, NEW] and plain.summary == OLD
    assert "superseded" not in plain.date_basis


FRIDAY = "The two delegations will meet again in Bridgetown on Friday to discuss the mandate."
SATURDAY = "The two delegations will meet again in Bridgetown on Saturday to discuss the mandate."


def _told(event_id: str, sentence: str, day: int, source: str) -> Event:
    return Event(event_id, "Delegations meet in Bridgetown (scheduled)",
                 FuzzyDate.of_day(dt.date(2026, 12, day)), summary=sentence,
                 evidence=(Evidence(sentence, 0, len(sentence)),), source_id=source)


def test_a_correction_of_the_day_is_said_as_a_date_change():
    """verify77 F2: the review's line said "only its source sentences" for the correction
    that moved the talks from the 4th to the 5th."""
    from timeline_app.core.duplicates import merge_changes

    old, new = _told("a", FRIDAY, 4, "s1"), _told("b", SATURDAY, 5, "s2")
    changes = merge_changes(old, new, corrects=True)
    assert "date: 4 December 2026 → 5 December 2026" in changes
    assert any(c.startswith("its sentence first, superseding “The two delegations")
               for c in changes)
    assert not any(c.startswith("date:") for c in merge_changes(old, new))  # as before


def test_a_correction_of_the_day_is_told_from_the_same_outlet_only():
    """verify77 F1: the sentence a correction supersedes with another day, unless its article
    names another outlet (a dispute then); none when the days agree."""
    from timeline_app.core import Source
    from timeline_app.core.duplicates import corrects_date_of

    old, new = _told("a", FRIDAY, 4, "s1"), _told("b", SATURDAY, 5, "s2")
    sources = {"s1": Source("s1", outlet="Caribbean Wire")}
    assert corrects_date_of(old, new, sources, "Caribbean  wire") == old.evidence[0]
    assert corrects_date_of(old, new, {}, "Caribbean Wire") == old.evidence[0]  # not known
    assert corrects_date_of(old, new, sources, "Antilles Press") is None
    assert corrects_date_of(old, _told("b", SATURDAY, 4, "s2"), sources, "") is None


def _timed(event_id: str, sentence: str, hour: int, minute: int, source: str) -> Event:
    from timeline_app.core.clock import ClockTime

    date = FuzzyDate.of_day(dt.date(2026, 11, 3)).with_time(ClockTime(hour, minute, 0))
    return Event(event_id, "Talks open in Castries", date, summary=sentence,
                 evidence=(Evidence(sentence, 0, len(sentence)),), source_id=source)


EARLY = "The first round of talks opened at 0800 GMT in a hotel near the harbour, officials said."
LATE = "The first round of talks opened at 0900 GMT on Tuesday in a hotel near the harbour."


def test_a_corrected_time_of_the_same_day_is_taken_and_said():
    """verify79 F1: "Corrects time of opening session … to 1030 GMT, not 0930 GMT" was
    recognised, yet the merged event kept 09:30 UTC, its basis calling it superseded."""
    from timeline_app.core.duplicates import corrects_date_of, merge_changes

    old, new = _timed("a", EARLY, 8, 0, "s1"), _timed("b", LATE, 9, 0, "s2")
    assert corrects_date_of(old, new, {}, "") == old.evidence[0]
    merged = merge_events(old, new, corrects=True)
    assert merged.date == new.date
    assert merged.date_basis.endswith(f"superseded by a correction: “{EARLY}”")
    assert "told otherwise" not in merged.date_basis
    assert any(c.startswith("date: ") and c.endswith("09:00 UTC") for c in
               merge_changes(old, new, corrects=True))
    # an ordinary merge of two times of one day keeps the event's, as before
    assert merge_events(old, new).date == old.date
    # the same time told again corrects no date
    assert corrects_date_of(old, _timed("b", LATE, 8, 0, "s2"), {}, "") is None
