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


def test_world_court_and_the_icj_are_one_party_for_the_duplicate_rule() -> None:
    told = _court("told", "World Court opens hearings on the river islands case",
                  "World Court", FuzzyDate.of_month(2027, 3))
    again = _court("again", "International Court of Justice: Hearings on river islands",
                   "International Court of Justice", FuzzyDate.of_ymd(2027, 3, 9))
    found = find_duplicates([told], [again])
    assert found["again"].existing.id == "told"
    assert found["again"].likely  # Merge preselected, not "Keep both"


def test_join_names_offers_a_court_s_common_names_as_one_actor() -> None:
    assert same_actor_names(["World Court", "Chile", "ICJ", "International Court of Justice",
                             "ICC", "Cour pénale internationale"]) == [
        ("International Court of Justice", "World Court", "ICJ"),
        ("Cour pénale internationale", "ICC")]  # the fullest, the table's name not among them


def test_guard_two_other_courts_stay_two_parties() -> None:
    told = _court("told", "World Court opens hearings on the river islands case",
                  "World Court", FuzzyDate.of_month(2027, 3))
    other = _court("other", "International Criminal Court: Hearings on river islands",
                   "International Criminal Court", FuzzyDate.of_ymd(2027, 3, 9))
    found = find_duplicates([told], [other])
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
