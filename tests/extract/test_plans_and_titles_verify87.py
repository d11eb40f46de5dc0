"""Planned events a ceasefire story tells, and their titles (verify87 F5): a mission that 'is
due to deploy on 25 October' is a plan with its day (it had no row); 'agreed on Friday to a
truce that takes effect at midnight on Sunday' is the parties' agreement to the truce (it was
"Envoys of X and Y agreed in Z", read as a passive, with no object and no participants).  The
articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2026, 10, 16)
HEAD = "LORENZA, Oct 16 (Harbour Wire) -- "


def _rows(body: str) -> list[tuple[str, str, str]]:
    result = extract_events(HEAD + body, DCT)
    return [(c.date.describe(), c.title, c.location) for c in result.candidates]


@pytest.mark.parametrize(("sentence", "day", "who"), [
    ("A monitoring team of thirty observers from the regional body is due to deploy on "
     "October 25.", "25 October 2026", "monitoring team"),
    ("The monitors will deploy on October 26.", "26 October 2026", "monitors"),
    ("Peacekeepers from Vostria are set to deploy on October 27.", "27 October 2026",
     "peacekeepers"),
])
def test_a_mission_due_to_deploy_is_a_plan_with_its_day(sentence: str, day: str,
                                                        who: str) -> None:
    rows = _rows("Envoys of Corvania and the Eastern Reach Movement agreed on Friday to a "
                 "truce.\n\n" + sentence)
    planned = [r for r in rows if r[0] == day]
    assert len(planned) == 1, rows
    title = planned[0][1].lower()
    assert who in title and "deploy" in title and title.endswith("(scheduled)"), planned


def test_troops_deployed_in_a_reduced_clause_still_need_their_own_verb() -> None:
    # (an object's participle, no deployment told by its subject alone)
    rows = _rows("The army said on Friday that its troops would stay in the hills.")
    assert not any("deploy" in r[1].lower() for r in rows), rows


@pytest.mark.parametrize("start", [
    "that takes effect at midnight on Sunday",
    "that takes effect on Sunday",
    "that comes into force on Sunday",
])
def test_an_agreement_to_a_truce_that_starts_later_names_the_truce(start: str) -> None:
    rows = _rows("Delegates for the government of Corvania and the Eastern Reach Movement "
                 f"agreed on Friday to a truce {start}, the first halt in the hill fighting "
                 "this year.")
    agreed = [r for r in rows if r[0] == "16 October 2026"]
    assert len(agreed) == 1, rows
    title = agreed[0][1]
    assert "agree to a truce" in title and " that " not in title, title
    assert title.startswith("Corvania and Eastern Reach Movement"), title
    assert any(r[0] == "18 October 2026" and "Truce" in r[1] for r in rows), rows


def test_a_participle_before_the_sentences_own_verb_is_still_passive() -> None:
    # (the rule the agreement above slipped into: a participle, then the sentence's verb)
    rows = _rows("The truce agreed in Sarnow on Friday takes effect on Sunday.")
    assert not any(r[1].startswith("Envoys") for r in rows)
    assert any(r[0] == "18 October 2026" and r[1].startswith("Truce") for r in rows), rows


@pytest.mark.parametrize("start", [
    "that comes into force at dawn on",
    "that takes effect at midnight local time on",
    "which begins on",
])
def test_a_start_told_in_the_present_is_the_coming_weekday(start: str) -> None:
    from timeline_app.extract.timex import tag_timexes
    text = f"Envoys agreed on Friday to a truce {start} Sunday, mediators said."
    sunday = next(t for t in tag_timexes(text, DCT) if t.text.endswith("Sunday"))
    assert sunday.value == "2026-10-18"


def test_a_lead_that_tells_a_putting_off_does_not_take_a_later_sentences_note() -> None:
    rows = _rows("The next round of peace talks between Corvania and the Eastern Reach "
                 "Movement has been postponed, a mediator said on Friday, while each side "
                 "accused the other of breaching the truce.\n\n"
                 "The talks, first set for 12 January, have been postponed to 1 February to "
                 "let observers look into reports of shelling near the village of Lorn, the "
                 "mediation office said.")
    lead = [r for r in rows if r[0] == "16 October 2026"]
    assert len(lead) == 1 and lead[0][1].count("postpone") == 1, rows
    assert not lead[0][1].endswith(")"), rows
    assert any(r[0] == "1 February 2027" and "postponed from 12 January" in r[1]
               for r in rows), rows


@pytest.mark.parametrize("stance", ["remained committed to", "is still opposed to",
                                    "said it would stick to"])
def test_who_holds_to_an_earlier_agreement_did_not_make_it(stance: str) -> None:
    rows = _rows(f"A spokesman said the delay was technical and that Corvania {stance} the "
                 "schedule agreed in September.")
    agreed = [r for r in rows if r[0] == "September 2026"]
    assert len(agreed) == 1 and "by Corvania" not in agreed[0][1], rows
    assert agreed[0][1].startswith("Schedule agreed"), rows


@pytest.mark.parametrize(("sentence", "day", "title"), [
    ("Fighting stopped on Friday, the first halt since the collapse of the previous truce in "
     "May 2023.", "May 2023", "Previous truce collapses"),
    ("The expiry of the accord in June 2021 left the border closed.", "June 2021",
     "Accord expires"),
])
def test_a_truces_end_is_told_as_its_end(sentence: str, day: str, title: str) -> None:
    rows = _rows(sentence)
    assert (day, title, "") in rows, rows


def test_a_process_that_broke_down_is_the_subject_and_how_often_is_no_object() -> None:
    rows = _rows("Envoys called the delay an early strain on a process which had broken down "
                 "twice already, the last time in March 2022.")
    assert ("March 2022", "Process breaks down", "") in rows, rows
