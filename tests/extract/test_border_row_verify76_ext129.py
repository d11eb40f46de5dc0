"""A border row told by a wire, an analysis and a ministry statement (verify76 F9-F11,
session 57): acts whose verb needed an object or subject the vocabulary did not list gave
no row (an airport closed, transit halted, the diplomatic corps briefed, a government's
review of a closure, an alliance's exercise); an act with its own subject and verb in
another sentence was folded into a noun's event of the same season; a city of another
clause (before "when", after a participle) became the event's place; an offer to send a
delegation was read as the visit itself; diplomats declared persona non grata, a reply
told by an expulsion order and a list of officials to be agreed were put in the wrong lanes;
an expulsion told as a sentence's subject with its week was titled "Dispute".
The articles are written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

events, the_one = readers(dt.date(2026, 3, 12))

HEAD = "RIGA, March 12 (X) - Latvia and Estonia voiced support for Tallinn on Thursday.\n\n"


def test_an_airport_closed_on_its_night_is_an_event_of_that_day() -> None:
    row = the_one(HEAD + "Riga airport was closed for four hours on Monday night after drones "
                  "were seen.\n", "airport")
    assert str(row.date) == "9 March 2026, night", row.date_basis  # (its part: ext132)
    assert row.category == "policy"


def test_transit_halted_in_a_month_is_a_policy_of_that_month() -> None:
    row = the_one(HEAD + "Latvia halted the transit of Russian timber in April 2023.\n",
                  "transit")
    assert str(row.date) == "April 2023", row.date_basis
    assert row.category == "policy"


def test_briefing_the_diplomatic_corps_on_a_day_is_a_row() -> None:
    row = the_one(HEAD + "The ministry will brief the diplomatic corps in Riga on 20 March "
                  "2026.\n", "diplomatic corps")
    assert str(row.date) == "20 March 2026", row.date_basis


def test_a_government_s_review_of_a_closure_is_its_own_row_not_the_talks_it_weighs() -> None:
    text = HEAD + ("The government will review the closure of the crossings on 2 April 2026, "
                   "taking into account the outcome of the talks in Geneva.\n")
    (row,) = [c for c in events(text) if str(c.date) == "2 April 2026"]
    assert "review" in row.title.lower() and "Geneva" not in row.title, row.title
    assert row.category == "policy"
    assert row.location != "Geneva"


def test_reviewing_troops_is_no_review_of_a_measure() -> None:
    text = HEAD + "The president reviewed the troops in Riga on Tuesday.\n"
    assert not [c for c in events(text) if "review" in c.title.lower()]


def test_an_alliance_s_exercise_planned_for_a_season_is_a_row() -> None:
    text = HEAD + ("A further risk is the NATO exercise planned for next autumn near the "
                   "border, which Moscow has called a provocation.\n")
    row = the_one(text, "exercise")
    assert str(row.date) == "autumn 2026", row.date_basis


def test_an_act_with_its_own_subject_is_not_folded_into_a_noun_s_event_of_its_season() -> None:
    text = HEAD + ("Latvia closed the Terehova crossing in October, and the government said "
                   "last spring that it would treat the drones as a \"hybrid attack\".\n\n"
                   "Last spring Latvia also recalled its ambassador from Moscow for "
                   "consultations.\n")
    rows = events(text)
    recall = [c for c in rows if "recall" in c.title]
    assert len(recall) == 1, [c.title for c in rows]
    assert len(recall[0].evidence) == 1
    assert "recalled" in recall[0].evidence[0].sentence


def test_a_city_before_when_is_not_the_place_of_the_when_clause_s_act() -> None:
    text = HEAD + ("That ended after the forced landing of a jet in Minsk in May 2021, when the "
                   "European Union imposed its first broad sanctions on Belarus.\n")
    row = the_one(text, "sanctions")
    assert str(row.date) == "May 2021"
    assert row.location != "Minsk" and "Minsk" not in row.title, (row.title, row.location)


def test_an_offer_to_send_a_delegation_is_a_statement_not_the_visit() -> None:
    text = HEAD + ("The Russian president said on Monday that the closure was absurd and "
                   "offered to send a delegation to Riga to discuss the lorries.\n")
    row = the_one(text, "delegation")
    assert str(row.date) == "9 March 2026", row.date_basis
    assert row.category == "statement"
    assert "offers" in row.title, row.title
    assert row.location != "Riga"


def test_diplomats_declared_persona_non_grata_are_a_dispute_however_long_their_description() -> None:
    text = HEAD + ("The ministry recalls that on 3 March 2026 Latvia declared two members of the "
                   "staff of the Embassy of the Russian Federation persona non grata.\n")
    (row,) = [c for c in events(text) if str(c.date) == "3 March 2026"]
    assert row.category == "dispute", (row.title, row.category)


def test_a_declaration_of_something_else_is_no_dispute() -> None:
    text = HEAD + "Latvia declared a state of emergency on the border on 3 March 2026.\n"
    assert all(c.category != "dispute" for c in events(text)), [
        (c.title, c.category) for c in events(text)]


def test_a_list_of_officials_to_be_agreed_is_a_policy_not_a_treaty() -> None:
    text = HEAD + ("The bloc adopted sanctions in July, and diplomats say a new list of officials "
                   "could be agreed before Easter.\n")
    rows = [c for c in events(text) if "list" in c.title]
    assert rows and all(c.category == "policy" for c in rows), [
        (c.title, c.category) for c in events(text)]


def test_a_reply_told_by_an_expulsion_order_is_a_dispute() -> None:
    text = HEAD + ("Russia responded on Friday by ordering a Latvian consul in Pskov to leave, its "
                   "foreign ministry said.\n")
    (row,) = [c for c in events(text) if str(c.date) == "6 March 2026"]
    assert row.category == "dispute", (row.title, row.category)


def test_an_expulsion_as_the_sentence_s_subject_with_its_week_is_titled_by_it() -> None:
    text = HEAD.replace("RIGA, March 12", "RIGA, March 19") + (
        "The expulsion of two Russian diplomats from Riga last week was the sharpest move yet "
        "in a quarrel that has run all year. The expulsion of diplomats is a common tool.\n")
    rows = [c for c in events(text, dt.date(2026, 3, 19)) if c.category == "dispute"]
    assert [c.title for c in rows] == ["Expulsion of two Russian diplomats from Riga"], [
        (c.title, str(c.date)) for c in rows]
    assert str(rows[0].date).startswith("9 March 2026"), rows[0].date_basis


def test_an_offer_to_visit_on_a_day_of_its_own_stays_the_planned_visit() -> None:
    text = HEAD + "The Russian envoy offered to visit Riga on 5 May.\n"
    (row,) = [c for c in events(text) if str(c.date) == "5 May 2026"]
    assert row.category == "visit" and "offers" not in row.title, (row.title, row.category)
