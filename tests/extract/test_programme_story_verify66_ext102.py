"""A day-by-day programme of a coming state visit and a quote's year (session 53, ext102):
verify66 F3 and F2.  "since taking office" with no date of its own is no event; a
first-person promise of "it" inside a quote is no event; a programme's "has X arriving in
Lima on Oct. 2" is the arrival; a meeting "called off on Sept. 8" in an "after" clause keeps
its day and calls off no other event; "travel to La Paz for talks" goes to La Paz; talks the
day after an arrival, with the host state's leader, are in the city arrived in, and talks
"weeks" before the visit are not those; "X visited Santiago ... the two leaders" are X and
the host; a meeting and its putting off "on Tuesday", told in one sentence, are one row.

The texts are invented (none is the trial's wire story, a dev article or an evaluation
corpus's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.candidates import readers
from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate

DCT = dt.date(2027, 9, 15)  # a Wednesday

events, _with = readers(DCT)

# (the shape of the trial's AP programme story, with other names and places)
STORY = """Chile's Sato to visit Peru and Bolivia on Andean tour

Sept. 15, 2027

LA PAZ, Bolivia (AP) \u2014 Chilean President Ana Sato will make a four-day state visit to \
Peru and Bolivia next month, her first trip to the Andes since taking office, officials in \
both countries said Wednesday.

The programme released by Peru's government has Sato arriving in Lima on Oct. 2, where she \
will be welcomed by President Jorge Salas at a ceremony at the Plaza Mayor.

On Oct. 3, Sato and Peruvian Prime Minister Luis Ortega will hold talks on the border and \
sign agreements on mining and health, according to the programme.

On Oct. 4, Sato will travel to La Paz for talks with Bolivian President Marta Quispe.

The visit comes weeks after the two countries opened border talks in Arica, and after a \
meeting of ministers in Lima was called off on Sept. 8 amid a row over water rights.

A meeting of Andean Community foreign ministers that had been scheduled for Sept. 24 in \
Quito, Ecuador, was postponed Tuesday until November because of a volcano warning, the \
community's secretariat said.

Bolivia's foreign minister, Pablo Mamani, said La Paz welcomed the visit. Quispe visited \
Santiago last year and the two leaders agreed to upgrade ties to a strategic partnership.
"""


@pytest.fixture(scope="module")
def story() -> list[Candidate]:
    return events(STORY)


def _on(cands: list[Candidate], day: dt.date) -> list[Candidate]:
    return [c for c in cands if c.date == FuzzyDate.of_day(day)]


@pytest.mark.parametrize("aside", [
    "his first trip abroad since taking office",
    "her first visit to the region since becoming president",
])
def test_since_and_a_participle_without_a_date_is_no_event(aside: str) -> None:
    # (main: "Ana Sato takes office in Lima", dated the article's day, ticked)
    text = ("LIMA, Peru (AP) — Chilean President Ana Sato will make a three-day state visit "
            f"to Peru and Bolivia next month, {aside}, officials in both countries said "
            "Wednesday.\n")
    cands = events(text)
    assert not [c for c in cands if "office" in c.title or "becom" in c.title.lower()]
    assert [c for c in cands if c.category == "visit"]


def test_since_and_a_participle_with_its_own_date_is_still_dated() -> None:
    text = ("Ana Sato arrived in Lima on Monday, her first trip abroad since taking office "
            "in March 2026.\n")
    cand = _with(text, "office")
    assert cand.date.year == 2026 and cand.date.month == 3


@pytest.mark.parametrize("promise", [
    "In 2028 we will deliver it", "By 2028 we shall finish it", "We'll sign it in 2028",
])
def test_a_first_person_promise_of_it_in_a_quote_is_no_event(promise: str) -> None:
    # (main: a ticked row "2028 · Delivers · Event · 70 %")
    text = ("Chilean President Ana Sato held talks in Lima on Tuesday with Peruvian Prime "
            "Minister Luis Ortega.\n\n"
            f"\"In 2019 we promised each other a railway. {promise},\" Mr Ortega said.\n")
    cands = events(text)
    assert not [c for c in cands if c.date.year == 2028]
    assert [c for c in cands if c.category == "meeting"]


def test_a_first_person_promise_of_a_treaty_told_before_is_still_a_plan() -> None:
    text = ("Chilean President Ana Sato met Peruvian Prime Minister Luis Ortega in Lima on "
            "Tuesday.\n\n\"The border treaty is ready. We will sign it next week,\" Mr Ortega "
            "said.\n")
    cand = _with(text, "sign")
    assert cand.title.endswith("(scheduled)") and cand.category == "treaty"


def test_the_story_s_lead_makes_no_row_of_taking_office(story: list[Candidate]) -> None:
    assert not [c for c in story if "office" in c.title]
    assert not _on(story, DCT)


def test_a_programme_s_arriving_is_the_arrival_not_the_programme_s_release(
        story: list[Candidate]) -> None:
    # (main: "Programme released by Peru's in Lima", participants "Peru's")
    (arrival,) = _on(story, dt.date(2027, 10, 2))
    assert arrival.category == "visit" and arrival.location == "Lima"
    assert arrival.title == "Ana Sato visits Lima (scheduled)"
    assert not [c for c in story if "rogramme" in c.title or "Peru's" in c.participants]


def test_a_meeting_called_off_on_its_own_day_is_no_cancelled_meeting_of_the_visit(
        story: list[Candidate]) -> None:
    # (main: "Meeting between Chile and Bolivia in Lima (cancelled)" on the visit's 4 October,
    # placed "just before 'visit'")
    assert [c.title for c in _on(story, dt.date(2027, 9, 8))] == [
        "Meeting of ministers in Lima called off"]
    assert not [c for c in story if c.title.endswith("(cancelled)")]
    assert not [c for c in story if c.date_basis.startswith("no date of its own")]


def test_travel_to_a_city_for_talks_goes_to_that_city(story: list[Candidate]) -> None:
    # (main: merged into the lead's visit, "Ana Sato visits Peru"; alone it was "visits
    # abroad": "to La Paz for talks" read as a gathering's name)
    (trip,) = _on(story, dt.date(2027, 10, 4))
    assert trip.location == "La Paz"
    assert trip.title == "Ana Sato visits La Paz (scheduled)"


@pytest.mark.parametrize("opening", ["On October 4, Sato", "Sato"])
def test_a_trip_to_a_city_for_talks_has_that_city(opening: str) -> None:
    text = (f"Chilean President Ana Sato arrived in Lima on Monday. {opening} will travel to "
            "Cusco for talks with Peruvian Prime Minister Luis Ortega on October 4.\n")
    cand = _with(text, "Cusco")
    assert cand.location == "Cusco"


@pytest.mark.parametrize("text", [
    "Foreign ministers met at the UN for talks on Monday.\n",
    "Ortega went to the ASEAN for talks on Monday.\n",
])
def test_a_body_before_for_talks_is_still_no_place(text: str) -> None:
    (cand,) = events(text)
    assert cand.location == ""


def test_talks_the_day_after_the_arrival_are_in_the_city_arrived_in(
        story: list[Candidate]) -> None:
    # (main: "meet in Arica", the place of the border talks some weeks before, merged in)
    (talks,) = _on(story, dt.date(2027, 10, 3))
    assert talks.location == "Lima"
    assert not any("Arica" in e.sentence for e in talks.evidence)


def test_talks_weeks_before_the_visit_stay_a_row_of_their_own(story: list[Candidate]) -> None:
    (talks,) = [c for c in story if c.location == "Arica"]
    assert talks.date.circa and talks.date.month == 9


def test_the_two_leaders_after_a_visit_are_the_visitor_and_the_host(
        story: list[Candidate]) -> None:
    # (main: "Luis Ortega and Marta Quispe agree", Peru's prime minister, the last head named)
    (agreed,) = [c for c in story if "upgrade ties" in c.title]
    assert {"Marta Quispe", "Ana Sato"} <= set(agreed.participants)
    assert "Luis Ortega" not in agreed.participants


def test_a_meeting_and_its_putting_off_on_a_day_told_in_one_sentence_are_one_row(
        story: list[Candidate]) -> None:
    # (main: "Ecuador postponed", 14 September, and "Meeting in Quito (postponed)", 24
    # September: one postponement told twice)
    told = [c for c in story if any("Quito" in e.sentence for e in c.evidence)]
    assert [(c.title, c.date) for c in told] == [
        ("Meeting in Quito postponed", FuzzyDate.of_day(dt.date(2027, 9, 14)))]
    assert "24 September 2027" in told[0].date_basis


@pytest.mark.parametrize(("sentence", "title"), [
    # (main: "Talks scheduled for in Lima postponed", 14 September, beside "Talks postponed in
    # Lima", 4 October)
    ("Talks scheduled for 4 October in Lima were postponed on Tuesday until November.",
     "Talks postponed in Lima"),
    # (main: "Lima cancelled" beside "Summit in Lima (cancelled)"; the aside's "before the
    # elections" opens no clause of another event)
    ("The summit planned for 4 October in Lima, which had been set before the elections, was "
     "cancelled on Tuesday.", "Summit in Lima cancelled"),
])
def test_a_plan_put_off_on_its_own_day_in_its_sentence_is_one_row(sentence: str,
                                                                   title: str) -> None:
    cands = events(sentence + "\n")
    assert [(c.title, c.date, c.location) for c in cands] == [
        (title, FuzzyDate.of_day(dt.date(2027, 9, 14)), "Lima")]
    assert "4 October 2027" in cands[0].date_basis
