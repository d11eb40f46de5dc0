"""Participants and titles that say who did what (ext131, from the extraction leftovers of
earlier trials and blind sets): talks that collapse, stall or are relaunched are the event and
its title, with the sides that hold them; an offer, a proposal or an invitation to visit is
the act of its day, not the visit; bodies named by their initials alone are participants;
"the two leaders" are the two named before.  Made-up sentences; none is taken from an
evaluation corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2025, 3, 22)  # a Saturday


def events(text: str) -> list[Candidate]:
    return list(extract_events(text, DCT).candidates)


def the_one(text: str) -> Candidate:
    (cand,) = events(text)
    return cand


@pytest.mark.parametrize(("text", "title"), [
    ("OSLO, March 22 (Reuters) - Talks between Norway and Russia collapsed on Friday.",
     "Talks between Norway and Russia collapse"),
    ("OSLO, March 22 (Reuters) - Talks between Norway and Russia on the fishing zone "
     "collapsed on Friday, officials said.",
     "Talks between Norway and Russia on fishing zone collapse"),
    ("OSLO, March 22 (Reuters) - Talks between Norway and Russia on the fishing zone stalled "
     "on Friday.", "Talks between Norway and Russia on fishing zone stall"),
])
def test_talks_that_collapse_are_the_event_and_its_title(text: str, title: str) -> None:
    cand = the_one(text)
    assert (cand.title, cand.date.to_timex()[0]) == (title, "2025-03-21")
    assert cand.category == "dispute"
    assert set(cand.participants) == {"Norway", "Russia"}


def test_talks_that_began_and_stalled_are_the_beginning() -> None:
    # (a second verb after the talks' first is no collapse of its own: the beginning's row
    # keeps its sides, not the person named after "before")
    text = ("BRUSSELS, March 22 (Reuters) - The European Union and Mercosur blocs talked for "
            "years. Talks between the two blocs began in 1999 and stalled repeatedly before "
            "Commission President Ursula von der Leyen and Mercosur leaders announced a "
            "political agreement in Montevideo on Dec. 6, 2024.")
    (begin,) = [c for c in events(text) if c.date.to_timex()[0] == "1999"]
    assert "Ursula von der Leyen" not in begin.participants


@pytest.mark.parametrize(("text", "title"), [
    ("BRUSSELS, March 22 (Reuters) - Talks on the border were relaunched on Friday after a "
     "two-year pause.", "Talks on the border relaunched"),
    ("BRUSSELS, March 22 (Reuters) - Serbia and Kosovo relaunched talks on the border on "
     "Friday.", "Serbia and Kosovo relaunch talks on the border"),
    ("BRUSSELS, March 22 (Reuters) - Talks between Serbia and Kosovo on the border were "
     "relaunched on Friday.", "Talks between Serbia and Kosovo relaunched"),
])
def test_talks_relaunched_say_what_was_relaunched(text: str, title: str) -> None:
    cand = the_one(text)
    assert (cand.title, cand.date.to_timex()[0]) == (title, "2025-03-21")


def test_talks_told_by_their_verb_alone_name_the_sides_told_before() -> None:
    text = ("BRUSSELS, March 22 (Reuters) - Serbia and Kosovo met in Brussels on Thursday. "
            "The talks collapsed on Friday.")
    (collapse,) = [c for c in events(text) if c.date.to_timex()[0] == "2025-03-21"]
    assert collapse.title == "Talks between Serbia and Kosovo collapse"


@pytest.mark.parametrize(("text", "title", "date"), [
    ("MOSCOW, March 22 (Reuters) - Russian Foreign Minister Sergei Lavrov offered on Monday to "
     "visit Riga for talks.", "Sergei Lavrov offers to visit Riga for talks", "2025-03-17"),
    ("MOSCOW, March 22 (Reuters) - Lavrov offered last week to travel to Riga for talks.",
     "Lavrov offers to travel to Riga", "2025-03-10"),
    # (the offer has its day: the visit's own day is the one offered, no visit yet)
    ("MOSCOW, March 22 (Reuters) - Lavrov offered on Monday to visit Riga on 5 May.",
     "Lavrov offers to visit Riga", "2025-03-17"),
    ("TALLINN, March 22 (Reuters) - Estonia's prime minister proposed on Monday to visit "
     "Helsinki.", "Estonia's prime minister proposes to visit Helsinki", "2025-03-17"),
])
def test_an_offer_to_visit_is_the_offer_of_its_day(text: str, title: str, date: str) -> None:
    cand = the_one(text)
    assert (cand.title, cand.date.to_timex()[0]) == (title, date)
    assert cand.category == "statement" and not cand.location


def test_a_visit_offered_for_a_day_with_no_day_of_the_offer_is_the_planned_visit() -> None:
    # (README: "offered to visit Riga on 5 May", with a day of its own, is the visit planned)
    cand = the_one("MOSCOW, March 22 (Reuters) - Lavrov offered to visit Riga on 5 May.")
    assert (cand.title, cand.category) == ("Lavrov visits Riga (scheduled)", "visit")


@pytest.mark.parametrize(("text", "body"), [
    ("VIENNA, March 22 (Reuters) - IAEA inspectors arrived in Tehran on Friday.", "IAEA"),
    ("LUSAKA, March 22 (Reuters) - The COMESA and EAC secretariats signed a memorandum on "
     "Friday.", "COMESA"),
    ("JAKARTA, March 22 (Reuters) - ASEAN foreign ministers met in Jakarta on Friday to "
     "discuss Myanmar.", "ASEAN"),
    ("ABUJA, March 22 (Reuters) - ECOWAS suspended Niger on Friday after the coup.", "ECOWAS"),
    ("GABORONE, March 22 (Reuters) - SADC leaders met in Gaborone on Friday.", "SADC"),
    ("VIENNA, March 22 (Reuters) - The OSCE held an emergency meeting on Friday.", "OSCE"),
    ("ADDIS ABABA, March 22 (Reuters) - The AU suspended Sudan on Friday.", "African Union"),
])
def test_a_body_named_by_its_initials_alone_is_a_participant(text: str, body: str) -> None:
    assert body in the_one(text).participants


def test_a_body_a_state_belongs_to_is_no_place() -> None:
    cand = the_one("MOSCOW, March 22 (Reuters) - Armenia froze its participation in the CSTO "
                   "on Friday.")
    assert cand.title == "Armenia freezes its participation in CSTO"
    assert set(cand.participants) == {"Armenia", "CSTO"} and cand.location == ""


def test_initials_inside_a_body_s_name_keep_its_owner() -> None:
    cand = the_one("ADDIS ABABA, March 22 (Reuters) - The African Union (AU) Peace and Security "
                   "Council met on Friday.")
    assert cand.title == "African Union Peace and Security Council meets"


def test_a_body_s_full_name_and_initials_are_one_participant() -> None:
    rows = events("ABUJA, March 22 (Reuters) - The Economic Community of West African States "
                  "(ECOWAS) met on Friday. ECOWAS suspended Mali on Saturday.")
    assert [c.participants.count("ECOWAS") for c in rows] == [1, 1]
    assert not any("Economic Community of West African States" in c.participants for c in rows)


def test_states_listed_before_a_meeting_aside_all_agree() -> None:
    cand = the_one("RIGA, March 22 (Reuters) - Foreign ministers of Estonia, Latvia, Lithuania and "
                   "Poland, meeting in Riga on Friday, agreed to coordinate sanctions.")
    assert cand.title == "Estonia, Latvia, Lithuania and Poland agree to coordinate sanctions in Riga"
    assert cand.participants == ("Estonia", "Latvia", "Lithuania", "Poland")


@pytest.mark.parametrize("text", [
    "RIGA, March 22 (Reuters) - The foreign ministers of the three Baltic states and Poland met "
    "in Riga on Friday.",
    # (guard: the list itself, as before)
    "RIGA, March 22 (Reuters) - The foreign ministers of Estonia, Latvia, Lithuania and Poland "
    "met in Riga on Friday.",
])
def test_a_counted_group_and_a_state_are_all_the_states(text: str) -> None:
    assert set(the_one(text).participants) == {"Estonia", "Latvia", "Lithuania", "Poland"}


@pytest.mark.parametrize(("text", "sides"), [
    ("ANKARA, March 22 (Reuters) - Turkish President Recep Tayyip Erdogan spoke with Russian "
     "President Vladimir Putin by telephone on Thursday about grain exports. On Friday the two "
     "leaders met in Sochi.", {"Recep Tayyip Erdogan", "Vladimir Putin"}),
    ("GENEVA, March 22 (Reuters) - Armenia and Azerbaijan have been negotiating a peace treaty "
     "for two years. Both sides met in Geneva on Friday and agreed to continue talks.",
     {"Armenia", "Azerbaijan"}),
    ("BAKU, March 22 (Reuters) - Azerbaijan said on Thursday it was ready to sign a peace deal "
     "with Armenia. The two sides met in Abu Dhabi on Friday.", {"Azerbaijan", "Armenia"}),
    ("KYIV, March 22 (Reuters) - Ukraine and Russia exchanged prisoners on Tuesday. "
     "Delegations of the two sides met in Istanbul on Friday.", {"Ukraine", "Russia"}),
])
def test_the_two_leaders_or_sides_are_the_pair_named_before(text: str, sides: set[str]) -> None:
    # (guards: these already named the pair; ext131's brief listed them among the leftovers)
    (met,) = [c for c in events(text) if c.date.to_timex()[0] == "2025-03-21"]
    assert sides <= set(met.participants)
