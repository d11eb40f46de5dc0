"""A plan merged with a telling that it was put off or called off keeps its title, marked
so (verify45 F22): "African Union postpones meeting of water ministers in Addis Ababa"
merged into "Meeting in Addis Ababa (scheduled)", 15-16 December, renamed the meeting a
postponement that happened on 15-16 December, while the review's line said the merge would
change only its source sentences."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import merge_changes, merge_events

PLAN = ("The African Union will convene the water ministers of Ethiopia, Egypt and Sudan in "
        "Addis Ababa on Dec. 15-16, it said last week.")
PUT_OFF = ("The African Union has postponed a meeting of water ministers that had been "
           "scheduled for Dec. 15-16 in Addis Ababa, a spokesperson said on Friday.")
CALLED_OFF = "Talks planned for Geneva next month were called off, diplomats said."
HELD = "Ministers met in Addis Ababa on Tuesday for the first time in three years."


def _day(day: int) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, 12, day))


def _plan() -> Event:
    return Event("a", "Meeting in Addis Ababa (scheduled)", _day(15), end=_day(16),
                 category="meeting", location="Addis Ababa",
                 evidence=(Evidence(PLAN, 0, len(PLAN)),))


def _told(title: str, sentence: str) -> Event:
    return Event("x", title, _day(16), category="meeting",
                 evidence=(Evidence(sentence, 0, len(sentence)),))


def test_a_postponement_keeps_the_plan_marked_postponed_and_says_so():
    plan, told = _plan(), _told("African Union postpones meeting of water ministers in "
                                "Addis Ababa", PUT_OFF)
    merged = merge_events(plan, told)
    assert merged.title == "Meeting in Addis Ababa (postponed)"
    assert (merged.date, merged.end) == (_day(15), _day(16))
    assert [e.sentence for e in merged.evidence] == [PLAN, PUT_OFF]
    assert merge_changes(plan, told)[0] == ("title: “Meeting in Addis Ababa (scheduled)” → "
                                           "“Meeting in Addis Ababa (postponed)”")


def test_a_called_off_plan_is_marked_cancelled():
    merged = merge_events(_plan(), _told("Talks called off", CALLED_OFF))
    assert merged.title == "Meeting in Addis Ababa (cancelled)"


def test_a_plan_told_as_held_takes_the_happening_s_title_and_the_line_says_it():
    plan, held = _plan(), _told("Ministers meet in Addis Ababa", HELD)
    assert merge_events(plan, held).title == "Ministers meet in Addis Ababa"
    assert merge_changes(plan, held)[0].startswith("title: “Meeting in Addis Ababa (scheduled)”")
