"""verify79 F4 (b): a row telling that day's act of the same kind beside the timeline's
plan of that day ("Second session (scheduled)", a meeting, no participants) is likely the
plan held, or told again — her row, retyped to the plan's Thursday, was "not like any
event already in the timeline", and a held meeting of that Thursday was matched only with
the story's opening meeting two days before ("two outlets' days for one?")."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract import extract_events

OPENED = ("Tonga, Samoa open fisheries talks in Apia\n\n"
          "APIA, Dec 1 (Pacific Wire) - Tongan and Samoan delegations opened fisheries talks "
          "in Apia on Tuesday under a New Zealand chair.\n\n"
          "A second round of talks is scheduled for Thursday, the chair's office said.\n")
HELD = ("Tonga-Samoa fisheries talks go on\n\n"
        "APIA, December 4, 2026 (Island Press) - Tongan and Samoan negotiators met again on "
        "Thursday under New Zealand envoy Ruth Kavanagh, leaving the licence fees open.\n")


def _events(text: str) -> list[Event]:
    return [c.to_event() for c in extract_events(text, None).candidates]


def test_the_days_meeting_is_likely_the_plan_of_that_day_held():
    timeline = _events(OPENED)
    (plan,) = [e for e in timeline if e.title.endswith("(scheduled)")]
    assert plan.category == "meeting" and not plan.participants
    (row,) = _events(HELD)
    assert row.date == plan.date and row.category == "meeting"
    match = find_duplicates(timeline, [row])[row.id]
    assert match.existing.id == plan.id, match.reason  # not Tuesday's opening meeting
    assert match.likely and "the plan of that day told held" in match.reason


def _event(event_id: str, title: str, day: int, category: str = "meeting",
           participants: tuple[str, ...] = (), location: str = "",
           sentence: str = "", circa: bool = False) -> Event:
    sentence = sentence or f"{title} on that day, officials said."
    return Event(event_id, title, FuzzyDate.of_day(dt.date(2026, 12, day), circa=circa),
                 category=category, participants=participants, location=location,
                 summary=sentence, source_id=f"s-{event_id}",
                 evidence=(Evidence(sentence, 0, len(sentence)),))


PLAN = _event("plan", "Second round of talks (scheduled)", 3,
              sentence="A second round of talks is scheduled for Thursday.")
ROW = _event("row", "Meeting with Ruth Kavanagh", 3, participants=("Ruth Kavanagh",),
             sentence="The envoy Ruth Kavanagh chaired the negotiators' meeting on Thursday.")


def _match(existing: Event, incoming: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming]).get(incoming.id)


def test_a_row_retyped_to_the_plans_day_is_offered_it_likely():
    moved = dataclasses.replace(ROW, date=FuzzyDate.of_day(dt.date(2026, 11, 26)))
    assert _match(PLAN, moved) is None  # (her row, dated the Thursday before)
    match = _match(PLAN, ROW)
    assert match is not None and match.likely, match
    # a plan of that day told again, by another article, is likely the same plan
    again = dataclasses.replace(ROW, title="Meeting with Ruth Kavanagh (scheduled)")
    match = _match(PLAN, again)
    assert match is not None and match.likely and "one plan of that day told twice" in \
        match.reason


def test_what_tells_them_apart_keeps_them_apart():
    """Not the same day's plan: another kind, another day, a circa day, a place or parties
    telling them apart, or no plan at all."""
    for other in (
            dataclasses.replace(ROW, category="statement"),
            dataclasses.replace(ROW, date=FuzzyDate.of_day(dt.date(2026, 12, 4))),
            dataclasses.replace(ROW, date=FuzzyDate.of_day(dt.date(2026, 12, 3), circa=True)),
    ):
        match = _match(PLAN, other)
        assert match is None or "plan of that day" not in match.reason, (other, match)
    for plan, other in (
            (dataclasses.replace(PLAN, location="Nuku'alofa"),
             dataclasses.replace(ROW, location="Suva")),
            (dataclasses.replace(PLAN, participants=("Tonga", "Fiji")),
             dataclasses.replace(ROW, participants=("Vanuatu", "Samoa")))):
        match = _match(plan, other)
        assert match is None or not match.likely, (other, match)
    held = dataclasses.replace(PLAN, title="Second round of talks held")
    match = _match(held, ROW)
    assert match is None or not match.likely, match
