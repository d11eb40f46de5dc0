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
