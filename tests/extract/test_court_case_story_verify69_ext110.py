"""ext110 (verify69 F1-F4): a story of a border case taken to the court, in sentences of our
own with the shapes of verify69's Essequibo story.

"That November, Venezuela told the court it did not recognise its jurisdiction, and it
boycotted the hearings" gave the boycott to Guyana, the subject of the sentence before (the
teller was no subject: "told" was no verb the antecedent search knew); "a new state there"
took a town named two paragraphs up; "Guyana took the case to the International Court of
Justice in March 2018" gave no row; a ministers' meeting was filed as Treaty, a postponed
meeting as Policy, and a leader's phone calls as a Meeting with him alone."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate

DAY = dt.date(2026, 2, 12)


def _rows(body: str, day: dt.date = DAY, dateline: str = "TEGUCIGALPA") -> list[Candidate]:
    text = f"Talks story\n\n{dateline}, {day:%b} {day.day} (Reuters) -- {body}"
    return list(extract_events(text, day).candidates)


def test_it_after_a_state_that_told_the_court_is_that_state() -> None:
    rows = _rows("Belize and Honduras agreed on Thursday to resume talks, the two governments "
                 "said.\n\nBelize took the case to the International Court of Justice in May "
                 "2016. That October, Honduras told the court it did not accept its "
                 "jurisdiction, and it boycotted the hearings that followed.")
    boycott = [r for r in rows if "boycott" in r.title]
    assert [(r.title, r.participants) for r in boycott] == [
        ("Honduras boycotts hearings", ("Honduras",))]


def test_there_takes_no_place_told_two_paragraphs_up() -> None:
    rows = _rows("Belize and Honduras agreed on Thursday to resume talks over the disputed cays, "
                 "the two governments said.\n\nA follow-up meeting planned for March 5 in "
                 "Dangriga has been postponed until April, an official said.\n\n\"We have not "
                 "met like this since 2021,\" the minister told reporters.\n\nThe dispute over "
                 "the cays, which make up a third of Belize's waters, flared in June 2024, when "
                 "Honduras held a referendum on creating a new province there.")
    vote = [r for r in rows if "referendum" in r.title]
    assert len(vote) == 1
    assert vote[0].location == ""
    assert "Dangriga" not in vote[0].title


def test_a_case_taken_to_the_court_is_a_dispute_row() -> None:
    rows = _rows("Belize and Honduras agreed on Thursday to resume talks, the two governments "
                 "said.\n\nBelize took the case to the International Court of Justice in May "
                 "2016.")
    taken = [r for r in rows if str(r.date) == "May 2016"]
    assert [(r.title, r.category, r.participants[0]) for r in taken] == [
        ("Belize takes case to the International Court of Justice", "dispute", "Belize")]


def test_taking_a_case_to_no_court_stays_no_row() -> None:
    # (guard: "take" is an event only with its object; a case taken elsewhere is none)
    rows = _rows("Belize and Honduras agreed on Thursday to resume talks, the two governments "
                 "said.\n\nBelize took the case to its allies in May 2016.")
    assert [r.title for r in rows if str(r.date) == "May 2016"] == []


_LEAD = ("Belize and Honduras agreed on Thursday to resume talks over the disputed cays after "
         "their foreign ministers met in Panama City, the two governments said.\n\n")


def test_an_agreement_to_resume_talks_at_a_meeting_is_that_meeting() -> None:
    rows = _rows(_LEAD + "At Thursday's meeting in Panama City, Francis Fonseca and Javier Bu "
                 "discussed a joint commission on the border.")
    day = [r for r in rows if str(r.date) == "12 February 2026"]
    assert [r.category for r in day] == ["meeting"]


def test_a_meeting_put_off_is_a_meeting() -> None:
    rows = _rows(_LEAD + "A follow-up meeting planned for March 5 in Dangriga has been "
                 "postponed until April, an official said.")
    put_off = [r for r in rows if "postponed" in r.title]
    # (ext112, verify69 F5: put off until a new date, the row is the meeting then, to come:
    # it was "Follow-up meeting postponed", read as put off in April)
    assert [(r.title, r.category) for r in put_off] == [
        ("Follow-up meeting in Dangriga, postponed from 5 March (scheduled)", "meeting")]


def test_a_plan_put_off_stays_a_decision() -> None:
    # (guard: a law or a plan put off is no occasion)
    rows = _rows(_LEAD + "A new fisheries law planned for March has been postponed until "
                 "April, an official said.")
    assert all(r.category != "meeting" for r in rows if "postpone" in r.title.lower())


def test_a_leader_who_called_both_leaders_calls_them() -> None:
    rows = _rows(_LEAD + "In May 2024 President John Briceno and President Xiomara Castro met "
                 "in Dangriga.\n\nPanamanian President Jose Raul Mulino called both leaders "
                 "last week to press for the meeting.")
    calls = [r for r in rows if str(r.date) == "2 February 2026"]
    assert [(r.title, r.category) for r in calls] == [
        ("Jose Raul Mulino calls both leaders", "meeting")]
    assert {"Jose Raul Mulino", "Belize", "Honduras"} <= set(calls[0].participants)


def test_both_leaders_calling_for_calm_is_no_call() -> None:
    # (guard: "called for" stays an appeal)
    rows = _rows(_LEAD + "Both leaders called for calm on Friday.")
    assert all("calls both" not in r.title for r in rows)
