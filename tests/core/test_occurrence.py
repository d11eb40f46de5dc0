"""Whether an event took place (session 35, edit32): one article says a summit was held,
another that it was cancelled or postponed; ``core.duplicates.disagreement`` says so, and
the merge is offered (and chosen) as disputed."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import disagreement, merge_events
from timeline_app.core.occurrence import WHETHER, not_held_words, occurrence_disagreement

DAY = FuzzyDate.of_day(dt.date(2025, 3, 10))
HELD = "European Union and Serbian leaders held a summit in Brussels on Monday, officials said."


def _told(sentence: str, title: str = "Summit in Brussels", event_id: str = "b") -> Event:
    return Event(event_id, title, DAY, category="meeting", location="Brussels",
                 evidence=(Evidence(sentence, 0, len(sentence)),))


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("The summit in Brussels on Monday was cancelled, officials said.", "cancelled"),
    ("The summit in Brussels on Monday was canceled at the last minute.", "canceled"),
    ("The EU and Serbia called off their summit in Brussels on Monday.", "called off"),
    ("Leaders called it off on Monday.", "called it off"),
    ("The summit was postponed until April.", "postponed"),
    ("The summit, set for Monday, was delayed by a month.", "delayed"),
    ("The summit did not take place on Monday.", "did not take place"),
    ("The summit didn’t go ahead.", "didn’t go ahead"),
    ("The summit was not held because of the strike.", "was not held"),
    ("Plans for the summit fell through on Monday.", "fell through"),
    ("The summit has been rescheduled for May.", "rescheduled"),
    ("The summit was put off again.", "put off"),
    ("Brussels announced the cancellation of the summit.", "cancellation"),
])
def test_what_says_an_event_did_not_take_place(sentence: str, phrase: str) -> None:
    assert not_held_words(_told(sentence)) == (phrase, sentence)


@pytest.mark.parametrize("sentence", [
    HELD,
    "The summit was not cancelled despite the protests.",
    "The summit went ahead despite calls to postpone it.",
    "Serbia threatened to call off the summit, but leaders met on Monday.",
    "Officials said the summit could be delayed.",
    "Leaders considered postponing the summit but met on Monday.",
    "The summit went ahead without delay.",
    "Belgrade refused to cancel the visit.",
])
def test_what_does_not(sentence: str) -> None:
    assert not_held_words(_told(sentence)) == ("", "")


@pytest.mark.parametrize(("sentence", "title", "phrase"), [
    # an aside that tells the event was put off before, the main clause that it was held
    # (session 35's trial: the held summit read as called off; ext51)
    ("The summit, which had been postponed in 2024, was held on Saturday in Brasilia.",
     "Summit held in Brasilia", ""),
    ("After being postponed twice, the talks opened in Geneva on Monday.", "Talks in Geneva", ""),
    ("The meeting, which was cancelled last year, took place in Georgetown on Friday.",
     "Meeting in Georgetown", ""),
    # ... but an aside alone, with no word of it held, still says it was not
    ("The summit, which was cancelled last week, would have been the first in a decade.",
     "Summit in Brussels", "cancelled"),
    # another event's clause: "after talks ... were called off" is not the meeting's
    ("The ministers met in Brasilia on Saturday after talks planned for May were called off.",
     "Ministers meet in Brasilia", ""),
    ("The ministers met in Brasilia on Saturday after talks planned for May were called off.",
     "Talks (scheduled)", "called off"),
    ("Leaders met on Monday after the summit in Brussels was cancelled.", "Summit in Brussels",
     "cancelled"),
    # "May" is the month, no modal that turns the phrase round
    ("Talks planned for May were called off.", "Talks (scheduled)", "called off"),
])
def test_a_phrase_is_tied_to_its_own_clause(sentence: str, title: str, phrase: str) -> None:
    assert not_held_words(_told(sentence, title))[0] == phrase


def test_held_and_called_off_disagree_on_whether_it_took_place() -> None:
    held = _told(HELD, "European Union and Serbia meet in Brussels", "a")
    off = _told("The EU and Serbia called off their summit in Brussels on Monday.")
    said = disagreement(held, off)
    assert said.startswith(WHETHER)
    assert "the new telling says “called off”" in said and "called off their summit" in said
    assert "the event already there says “called off”" in disagreement(off, held)
    # both say it did not take place, or one is a plan: no dispute about whether
    assert occurrence_disagreement(off, _told("The summit was cancelled.", event_id="c")) == ""
    planned = _told("Leaders will hold a summit in Brussels on Monday.",
                    "Summit in Brussels (scheduled)", "p")
    assert occurrence_disagreement(planned, off) == ""
    # a typed event (no sentence) is held when its title says nothing else
    assert occurrence_disagreement(Event("t", "EU-Serbia summit", DAY), off).startswith(WHETHER)
    # dates and places still said, after it
    moved = _told("The summit in Brussels was postponed.", event_id="m")
    moved = Event("m", moved.title, FuzzyDate.of_day(dt.date(2025, 3, 12)),
                  location="Brussels", evidence=moved.evidence)
    assert disagreement(held, moved).split("; ")[1].startswith("the dates told differ")


def test_a_merge_keeps_both_sentences() -> None:
    held = _told(HELD, "European Union and Serbia meet in Brussels", "a")
    off = _told("The EU and Serbia called off their summit in Brussels on Monday.")
    merged = merge_events(held, off)
    assert {e.sentence for e in merged.evidence} == {
        HELD, "The EU and Serbia called off their summit in Brussels on Monday."}


def test_a_delay_to_the_date_the_event_is_told_at_is_no_cancellation() -> None:
    """verify56 F10: "The handover was delayed to Thursday's ceremony" tells a handover held
    on Thursday (the row's date read from "Thursday"); the merge with another telling of it
    was offered as disputed ("One telling says “delayed”").  A delay told with another date
    than the event's (or none) still is one."""
    sentence = ("The handover was delayed to Thursday's ceremony, attended by French Defence "
                "Minister Sebastien Lecornu.")
    at = 1000
    thursday = at + sentence.index("Thursday")
    handover = Event("h", "France hands over Port-Bouet camp", DAY, category="event",
                     evidence=(Evidence(sentence, at, at + len(sentence), thursday,
                                        thursday + len("Thursday")),))
    assert not_held_words(handover) == ("", "")
    held = _told("France handed over the Port-Bouet camp to Ivory Coast on Thursday.",
                 "France hands over Port-Bouet camp")
    assert occurrence_disagreement(held, handover) == ""
    undated = _told(sentence, "France hands over Port-Bouet camp")
    assert not_held_words(undated)[0] == "delayed"
    before = "The handover, set for January, was delayed to Thursday's ceremony."
    january = at + before.index("January")
    planned = Event("p", "Handover planned", DAY, evidence=(
        Evidence(before, at, at + len(before), january, january + len("January")),))
    assert not_held_words(planned)[0] == "delayed"


#: Our own sentence of the shape verify59 F22 met (a tour, then ", and his proposed …
#: deal was shelved at a meeting …").
TOUR = ("Two weeks later, Foreign Minister Li Qiang visited six island states in eight days, "
        "and his proposed regional policing pact was shelved at a meeting of Forum leaders "
        "in Apia on 12 June 2023.")


def _dated(sentence: str, words: str, title: str, event_id: str = "t") -> Event:
    at = 500
    start = at + sentence.index(words)
    return Event(event_id, title, DAY, category="visit",
                 evidence=(Evidence(sentence, at, at + len(sentence), start,
                                    start + len(words)),))


def test_a_phrase_in_a_coordinate_clause_of_another_subject_is_not_the_events() -> None:
    """verify59 F22: Merge Selected Events of two tellings of Wang Yi's Pacific tour said
    "One telling says “shelved”, another tells it as held": "shelved" is the deal's, in a
    clause of its own after ", and his proposed … deal".  The phrase counts when the
    event's date words are in its clause, or the clause names the event."""
    tour = _dated(TOUR, "Two weeks later", "Li Qiang visits abroad")
    assert not_held_words(tour) == ("", "")
    # undated (a sheet's row quoting it): the clause names nothing of the title
    assert not_held_words(_told(TOUR, "Li Qiang's Pacific tour")) == ("", "")
    # the event's own clause: its date words are there, or its title's words
    meeting = _dated(TOUR, "12 June 2023", "Forum leaders meet in Apia")
    assert not_held_words(meeting)[0] == "shelved"
    pact = _told(TOUR, "Regional policing pact")
    assert not_held_words(pact)[0] == "shelved"
    # a noun of the title's verb names the event ("meet", "the meeting")
    assert not_held_words(_dated("Leaders agreed to meet in June, but the meeting was "
                                 "postponed.", "June", "Leaders meet (scheduled)"))[0] == \
        "postponed"
    # a comma without a conjunction opens no clause of its own ("In May, the meeting …")
    assert not_held_words(_dated("In May, the meeting was postponed.", "May",
                                 "Leaders meet in Geneva"))[0] == "postponed"
    # the same subject goes on: the event's ("…, and was postponed")
    assert not_held_words(_dated("The summit was set for May, and was postponed.", "May",
                                 "Leaders meet in Geneva"))[0] == "postponed"
    held = _told("Li Qiang visited six island states in eight days in June 2023.",
                 "Li Qiang visits abroad", "h")
    assert occurrence_disagreement(held, tour) == ""
    assert occurrence_disagreement(held, _told(
        "Li Qiang's tour of six island states was cancelled.", "Li Qiang visits abroad")
        ).startswith(WHETHER)

