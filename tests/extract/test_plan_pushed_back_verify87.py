"""verify87 F1: a follow-up that moves a plan with "pushed back to" (or "rescheduled for",
"delayed until") is read as the plan put off to its new date, as "postponed to" is, and a
place named in a clause after the new date that tells why ("to let observers look into
mortar fire near the village of Lorn") is not the occasion's."""

from __future__ import annotations

import pytest

from timeline_app.extract import extract_events

FOLLOW_UP = ("Solmar talks delayed\n\n"
             "PORT AVEN, Nov 27 (Harbour Wire) - The next round of talks between Solmar and "
             "the Northern Front has been postponed, mediators said on Friday.\n\n"
             "The talks, first set for 12 January, {verb} 1 February{tail}, the mediation "
             "office said in a statement.\n")
WHY = " to let observers look into reports of mortar fire near the village of Lorn"


@pytest.mark.parametrize("verb", ["were pushed back to", "were rescheduled for",
                                  "were delayed until", "have been postponed to",
                                  "were moved to"])
@pytest.mark.parametrize("tail", ["", WHY])
def test_the_plan_is_put_off_to_its_new_date(verb: str, tail: str) -> None:
    result = extract_events(FOLLOW_UP.format(verb=verb, tail=tail), None)
    rows = [c for c in result.candidates if c.title.startswith("Talks")]
    assert [(c.title, str(c.date), c.location) for c in rows] == [
        ("Talks, postponed from 12 January (scheduled)", "1 February 2027", "")]
    assert "the talks had been set for 12 January 2027" in rows[0].date_basis
