"""verify71's Belize–Guatemala articles (session 54), each rule with sentences of my own.

F4: "World Court" is the International Court of Justice's common name, so two articles'
tellings of one court's hearings are one party and a likely duplicate (Merge preselected)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract.state_names import same_actor_names


def _court(event_id: str, title: str, court: str, date: FuzzyDate) -> Event:
    return Event(event_id, title, date, category="dispute", participants=(court,),
                 location="Geneva")


TOLD = _court("told", "World Court opens hearings on the river islands case", "World Court",
              FuzzyDate.of_month(2027, 3))


def test_world_court_and_the_icj_are_one_party_for_the_duplicate_rule() -> None:
    again = _court("again", "International Court of Justice: Hearings on river islands",
                   "International Court of Justice", FuzzyDate.of_ymd(2027, 3, 9))
    found = find_duplicates([TOLD], [again])
    assert found["again"].existing.id == "told"
    assert found["again"].likely  # Merge preselected, not "Keep both"


def test_join_names_offers_a_court_s_common_names_as_one_actor() -> None:
    assert same_actor_names(["World Court", "Chile", "ICJ", "International Court of Justice",
                             "ICC", "Cour pénale internationale"]) == [
        ("International Court of Justice", "World Court", "ICJ"),
        ("Cour pénale internationale", "ICC")]  # the fullest, the table's name not among them


def test_guard_two_other_courts_stay_two_parties() -> None:
    other = _court("other", "International Criminal Court: Hearings on river islands",
                   "International Criminal Court", FuzzyDate.of_ymd(2027, 3, 9))
    found = find_duplicates([TOLD], [other])
    assert "other" not in found or not found["other"].likely


# F3: what a quantified few expect is no event, and a relative clause's date is its own.

import datetime as dt  # noqa: E402

from timeline_app.extract import extract_events  # noqa: E402

LEAD = ("Chile and Peru end their maritime talks\n\nSANTIAGO, March 3, 2027 (AP) -- Chile and "
        "Peru ended their maritime talks in Santiago on Tuesday.\n\n")


def _titles(body: str) -> list[tuple[str, str]]:
    rows = extract_events(LEAD + body, dt.date(2027, 3, 3)).candidates
    return [(str(c.date), c.title) for c in rows]


def test_what_few_in_a_country_expect_is_no_event() -> None:
    rows = _titles("Few in either country expect the fishing dispute to end overnight.")
    assert not any("dispute" in title.lower() for _date, title in rows), rows


def test_guard_a_dispute_that_ended_is_still_an_event() -> None:
    rows = _titles("Chile and Peru ended their fishing dispute on Wednesday.")
    assert any("dispute" in title.lower() for _date, title in rows), rows


def test_a_date_after_a_relative_clause_with_its_own_subject_is_that_clause_s() -> None:
    rows = _titles("For two weeks, lawyers for both states argued over a fishing line that "
                   "Spain and Portugal drew in 1790 and that Peru says was never surveyed.")
    assert not any(date == "1790" and "argue" in title.lower() for date, title in rows), rows


def test_guard_a_date_of_the_main_verb_after_its_object_is_kept() -> None:
    rows = _titles("Spain and Portugal signed a fishing treaty in 1790.")
    assert any(date == "1790" for date, _title in rows), rows


# F2: a pledge's place, "approve it" after a line that approves something, a vessel stopped.

def _rows(body: str) -> list[tuple[str, str, str, str]]:
    rows = extract_events(LEAD + body, dt.date(2027, 3, 3)).candidates
    return [(str(c.date), c.title, c.location, c.category) for c in rows]


def test_a_place_in_a_pledge_s_clause_is_not_the_signing_s() -> None:
    rows = _rows("Chile's Foreign Minister Ana Rojas and Peru's Foreign Minister Luis Vega "
                 "signed a joint statement at the end of the talks, pledging to keep patrols "
                 "in the Loa river area under the measures overseen by the United Nations.")
    assert not any(place == "Loa" for _d, _t, place, _c in rows), rows


def test_guard_a_place_before_the_pledge_is_kept() -> None:
    rows = _rows("Ana Rojas and Luis Vega signed a joint statement in Arica on Wednesday, "
                 "pledging to keep patrols in the Loa river area.")
    assert any(place == "Arica" for _d, _t, place, _c in rows), rows


def test_it_after_a_line_that_approves_something_is_that_thing() -> None:
    rows = _rows("Key dates:\n- 14 June 1929: Chile and Peru sign the boundary treaty.\n"
                 "- 2 March 2012: Chileans approve the court route in a vote.\n"
                 "- 9 May 2013: Peruvians approve it in their own vote.")
    titles = {date: title for date, title, _p, _c in rows}
    assert "court route" in titles["9 May 2013"] and "treaty" not in titles["9 May 2013"]


def test_guard_it_after_a_line_with_another_verb_keeps_the_earlier_rule() -> None:
    rows = _rows("The two states signed the fishing accord in 2011. "
                 "Peru's congress ratified it in 2012.")
    assert any(date == "2012" and "accord" in title for date, title, _p, _c in rows), rows


def test_a_vessel_stopped_at_sea_is_an_incident() -> None:
    rows = _rows("In January, a Peruvian navy vessel stopped a Chilean fishing boat near the "
                 "Loa river, prompting a protest from Chile.")
    assert any(date == "January 2027" and "stop" in title and category == "dispute"
               for date, title, _p, category in rows), rows


def test_guard_a_state_that_stops_a_talk_or_a_plan_gives_no_incident() -> None:
    rows = _rows("In January, Peru stopped the plan to build a new port near the border.")
    assert not any(category == "dispute" for _d, _t, _p, category in rows), rows


def test_a_patrol_that_stops_a_boat_is_the_doer_not_a_second_row() -> None:
    rows = _rows("Tensions rose last month when a Peruvian naval patrol stopped a boat carrying "
                 "Chilean fishermen near the Loa river.")
    assert [title for _d, title, _p, _c in rows if "patrol" in title.lower()] == [
        next(title for _d, title, _p, _c in rows if "stop" in title)], rows


def test_guard_joint_patrols_told_as_an_event_still_are() -> None:
    rows = _rows("Chile and Peru began joint naval patrols on Wednesday.")
    assert any("patrol" in title.lower() for _d, title, _p, _c in rows), rows
