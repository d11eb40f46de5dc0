"""A second article's retelling of the timeline's act on its day, or of its plan to the
day, is merged by default (verify83 F3: a follow-up wire's retelling of the 13 February
joint statement, titled as a treaty, beside the timeline's 13 February joint
statement, the same two parties, was only "possibly" the same with Keep both).  Our own
events of the same shape.  Fails before session 62 (branch fix87)."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

NOTE = ("Late on Thursday, March 6, the two teams issued a joint statement promising a halt "
        "to patrols.")
RETOLD = ("Both delegations put out a joint statement in Accra late on March 6 pledging a "
          "truce in the fishing waters, and observers arrived on March 20.")


def _event(eid: str, title: str, day: FuzzyDate, category: str, sentence: str,
           participants: tuple[str, ...] = ("Velmora", "Dastia"), location: str = "") -> Event:
    return Event(eid, title, day, category=category, participants=participants,
                 location=location, evidence=(Evidence(sentence, 0, len(sentence)),))


def _match(incoming: Event, existing: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming]).get(incoming.id)


def test_a_retold_joint_statement_of_another_kind_is_merged() -> None:
    existing = _event("held", "Two teams: Joint statement", FuzzyDate.of_ymd(2025, 3, 6),
                      "statement", NOTE)
    incoming = _event("row1", "Truce in Accra", FuzzyDate.of_ymd(2025, 3, 6), "treaty",
                      RETOLD, location="Accra")
    match = _match(incoming, existing)
    assert match is not None and match.likely and match.every_point, match
    assert "the same act on the same day (“joint statement” in both)" in match.reason


def test_the_same_act_at_the_same_place_is_merged() -> None:
    existing = _event("held", "Joint statement in Accra", FuzzyDate.of_ymd(2025, 3, 6),
                      "statement", "Negotiators released a joint statement on Thursday.",
                      participants=(), location="Accra")
    incoming = _event("row1", "Velmora and Dastia pledge a truce", FuzzyDate.of_ymd(2025, 3, 6),
                      "treaty", RETOLD, location="Accra")
    match = _match(incoming, existing)
    assert match is not None and match.every_point, match
    assert "(“joint statement” in both, at the same place)" in match.reason


def test_no_merge_for_a_meeting_that_names_the_act_or_other_parties_or_days() -> None:
    existing = _event("held", "Two teams: Joint statement", FuzzyDate.of_ymd(2025, 3, 6),
                      "statement", NOTE)
    # a meeting whose sentence tells the statement as its business: at most possible
    meeting = _event("row1", "Envoys meet in Accra", FuzzyDate.of_ymd(2025, 3, 6), "meeting",
                     "The envoys met in Accra on March 6 to discuss the joint statement.")
    match = _match(meeting, existing)
    assert match is None or not match.every_point
    # other parties on that day: not one act
    other = _event("row2", "Truce in Accra", FuzzyDate.of_ymd(2025, 3, 6), "treaty", RETOLD,
                   participants=("Korvia", "Lanmark"))
    match = _match(other, existing)
    assert match is None or not match.every_point
    # a row whose own title names another text agreed: that act, not the timeline's
    accord = _event("held", "Velmora and Dastia initial fishing accord in Accra",
                    FuzzyDate.of_ymd(2025, 3, 6), "treaty",
                    "The two envoys initialled a fishing accord in Accra on Thursday.",
                    location="Accra")
    declared = _event("row4", "Envoys sign joint declaration in Accra",
                      FuzzyDate.of_ymd(2025, 3, 6), "treaty",
                      "The envoys signed a joint declaration in Accra and said the fishing "
                      "accord would be signed in June.", location="Accra")
    match = _match(declared, accord)
    assert match is None or not match.every_point, match
    # the next day: not one act
    later = _event("row3", "Truce in Accra", FuzzyDate.of_ymd(2025, 3, 7), "treaty", RETOLD)
    match = _match(later, existing)
    assert match is None or not match.every_point
