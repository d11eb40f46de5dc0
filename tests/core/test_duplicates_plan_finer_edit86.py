"""One plan told again, the second time to its day, is likely the timeline's plan even when
the sides were read wrongly (fix87 F3's open case, verify83: the timeline's planned
signing of a peace agreement "in May", its sides read from the rest of the article as the
mediator's state and a body, stayed only "possibly" the follow-up's planned signing of
"May 18" at the same place, Keep both).  And the same act told on its day is found from
the row's title too, when the timeline's title names no kind (fix87's rule needed one
there).  Our own events of the same shape.  Fail before session 63 (branch edit86)."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

PLANNED = ("The two governments intend to sign a full peace agreement in Tessaly in May, "
           "the mediator told reporters.")
RETOLD = ("The signing ceremony for the peace agreement is still set for May 18 in Tessaly, "
          "the mediator said.")


def _event(eid: str, title: str, day: FuzzyDate, sentence: str,
           participants: tuple[str, ...] = (), location: str = "",
           category: str = "treaty") -> Event:
    return Event(eid, title, day, category=category, participants=participants,
                 location=location, evidence=(Evidence(sentence, 0, len(sentence)),))


def _plan(participants: tuple[str, ...] = ("Ostrana", "United Nations")) -> Event:
    return _event("plan", "Ostrana and United Nations sign full peace agreement in Tessaly "
                  "(scheduled)", FuzzyDate.of_month(2025, 5), PLANNED, participants, "Tessaly")


def _match(incoming: Event, existing: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming]).get(incoming.id)


def test_a_plan_told_to_its_day_is_likely_the_plan_whatever_sides_were_read() -> None:
    for sides in ((), ("Korvia", "Lanmark")):
        row = _event("row", "Peace agreement reached (scheduled)", FuzzyDate.of_ymd(2025, 5, 18),
                     RETOLD, sides)
        match = _match(row, _plan())
        assert match is not None and match.likely and not match.every_point, (sides, match)
        assert "one plan told to its day (“peace agreement” in both)" in match.reason
        assert "its sentence names the place (Tessaly)" in match.reason


def test_sides_a_sentence_names_or_another_place_or_a_held_act_still_tell_them_apart() -> None:
    # the row's own sentence names other sides: two plans
    named = _event("row", "Peace agreement reached (scheduled)", FuzzyDate.of_ymd(2025, 5, 18),
                   "Korvia and Lanmark will sign the peace agreement on May 18 in Tessaly.",
                   ("Korvia", "Lanmark"))
    match = _match(named, _plan())
    assert match is None or not match.likely, match
    # another place told
    elsewhere = _event("row", "Peace agreement reached (scheduled)",
                       FuzzyDate.of_ymd(2025, 5, 18), RETOLD.replace("Tessaly", "Morvane"),
                       location="Morvane")
    match = _match(elsewhere, _plan())
    assert match is None or not match.likely, match
    # a signing told held is no plan told finer (other rules decide)
    held = _event("row", "Peace agreement signed in Tessaly", FuzzyDate.of_ymd(2025, 5, 18),
                  "The two governments signed the peace agreement in Tessaly on May 18.",
                  location="Tessaly")
    match = _match(held, _plan())
    assert match is None or "one plan told to its day" not in match.reason, match


def test_the_same_act_of_the_day_is_found_from_the_rows_title() -> None:
    existing = _event("held", "Velmora and Dastia: truce in Accra", FuzzyDate.of_ymd(2025, 3, 6),
                      "Late on Thursday the two teams put out a joint statement in Accra "
                      "promising a halt to patrols.", ("Velmora", "Dastia"), "Accra")
    row = _event("row", "Joint statement in Accra", FuzzyDate.of_ymd(2025, 3, 6),
                 "Both delegations signed off on a joint statement that evening and flew home.",
                 ("Velmora", "Dastia"), "Accra", category="statement")
    match = _match(row, existing)
    assert match is not None and match.every_point, match
    assert "the same act on the same day (“joint statement” in both)" in match.reason
