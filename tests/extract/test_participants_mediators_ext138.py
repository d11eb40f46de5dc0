"""ext138 (session 60): the sides of an act a third party helps, and the third party after
them, from the participant errors of the studied sets h23 and h24, the held-out set and the
trial verify79 F5 (sentences of the same shapes, written for these tests).

* "talks hosted by X", "brokered by X", "with the mediation of X and Y", "with X's help",
  "X hosted two rounds of talks", "in the presence of X": the two sides first (named in the
  sentence, else joined as the subject of an act just before, else the lead's, else the
  story's), then the third party;
* "A and B ended a day of talks", "Delegations from A and B opened a round of talks": the
  lead's two sides, so a later session chaired by the mediators is the sides' session.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.entities import Entities

HOSTED = """KUALA LUMPUR, Oct 26 (Bernama) -- Laos formally joined the regional grouping on Sunday at a ceremony in Kuala Lumpur.

Also today, Peru and Ecuador signed an accord to consolidate the truce between them, witnessed by Malaysian Prime Minister Anwar Ibrahim.

The two neighbours fought three days of border clashes in early June. A truce was settled in talks hosted by Prime Minister Anwar at Langkawi on June 14.
"""

BROKERED = """BEIJING, March 10 (Reuters) - Egypt and Turkey agreed on Friday to restore diplomatic relations after years of hostility.

The deal, brokered by China, was announced after five days of previously undisclosed talks in Beijing between top officials from the two rival regional powers.
"""

HOST_SUBJECT = """NAIROBI, Dec 12 (AFP) - Kenya and Tanzania agreed on Wednesday to end a dispute over their shared lake border, after talks in Kampala.

Uganda hosted two earlier rounds of indirect talks between the two countries' ministers in May and July, but a third round set for September was cancelled.

Technical negotiations are to begin by the end of March at the latest, with Uganda's help, according to the text released on Wednesday.
"""

IN_THE_PRESENCE = """ANKARA, Sept 3 (Anadolu) - Turkey and Greece held a round of talks on Tuesday.

Ankara has long tied its fisheries policy to progress between Bulgaria and Romania, whose leaders initialed a river agreement in Brussels on July 8, 2025, in the presence of EU Council President Antonio Costa.
"""

WARRING_SIDES = """GENEVA, Dec 3 (Reuters) - Yemen's army and the Southern Transitional Council ended a day of talks in Geneva on Thursday without agreeing on a prisoner list, mediators said.

The session, chaired by U.S. envoy Jane Holloway and Omani Foreign Minister Badr Albusaidi, started at 0800 GMT and broke up shortly after 1700 GMT.

The talks will resume on Monday, December 7, the ministry said.
"""


def _rows(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.title, c.participants)
            for c in extract_events(text, dt.date(2025, 10, 26)).candidates]


def _of(rows: list[tuple[str, tuple[str, ...]]], word: str) -> tuple[str, ...]:
    return next(p for t, p in rows if word in t)


def test_talks_hosted_by_a_person_are_the_two_sides_told_just_before() -> None:
    rows = _rows(HOSTED)
    truce = next(p for t, p in rows if "Langkawi" in t)
    assert truce[:2] == ("Peru", "Ecuador"), rows
    assert "Anwar Ibrahim" in truce, rows


def test_a_deal_brokered_by_a_third_state_is_the_story_s_two_sides() -> None:
    rows = _rows(BROKERED)
    talks = [p for t, p in rows if "China" in p]
    assert talks and all({"Egypt", "Turkey"} <= set(p) for p in talks), rows


def test_the_host_of_the_sides_talks_takes_part_after_them() -> None:
    rows = _rows(HOST_SUBJECT)
    third = next(p for t, p in rows if "round" in t.lower() and "Uganda" not in t.split()[0:1])
    assert {"Kenya", "Tanzania", "Uganda"} <= set(third), rows
    technical = next(p for t, p in rows if "negotiations" in t.lower() or "Technical" in t)
    assert {"Kenya", "Tanzania", "Uganda"} <= set(technical), rows


def test_whose_leaders_initialed_in_the_presence_of_a_third() -> None:
    rows = _rows(IN_THE_PRESENCE)
    initialed = next(p for t, p in rows if "Antonio Costa" in p or "initial" in t.lower())
    assert {"Bulgaria", "Romania"} <= set(initialed), rows


def test_a_session_the_mediators_chair_is_the_lead_s_two_sides() -> None:
    rows = _rows(WARRING_SIDES)
    assert all("Southern Transitional Council" in p for t, p in rows if "talks" in t.lower()), rows
    assert not any(t.startswith("Talks between United States") for t, _ in rows), rows


def test_the_pair_joined_before_is_the_subject_of_an_act_not_an_aside() -> None:
    text = ("Also today, Peru and Ecuador signed an accord. Talks went on. "
            "Chile and Bolivia, which back opposing camps, were absent. The truce held.")
    entities = Entities(text)
    assert entities.pair_joined_before(text.index("The truce")) == ["Peru", "Ecuador"]
    listed = "Brazil, Peru and Ecuador signed an accord. The truce held."
    assert Entities(listed).pair_joined_before(listed.index("The truce")) == []


PARTNERS = """MADRID, May 4 (AFP) - Spain and Chile agreed on Thursday to expand their cooperation on lithium mining.

The two countries signed a strategic partnership agreement in 2009, which was renewed in 2019 during a visit to Madrid by then-president Sebastian Pinera.
"""


def test_the_two_neighbours_are_the_two_joined_just_before() -> None:
    rows = _rows(HOSTED)
    clashes = next(p for t, p in rows if "clashes" in t.lower())
    assert set(clashes) == {"Peru", "Ecuador"}, rows


def test_the_two_countries_beside_a_person_named_are_both_states() -> None:
    rows = _rows(PARTNERS)
    signed = next(p for t, p in rows if "partnership" in t.lower() or "2009" in t)
    assert {"Spain", "Chile"} <= set(signed), rows


BODIES = """BERLIN, Nov 12 (dpa) - Austrian Chancellor Karl Nehammer spoke by phone with Hungarian Prime Minister Viktor Orban on Tuesday.

Nehammer plans to call a confidence vote in the Nationalrat on December 9, paving the way for an early election.

Later that year, Nehammer addressed a joint session of the Slovak parliament, the first Austrian leader to do so.

The dispute goes back to Slovenia's top court voiding the river navigation agreement in March 2021.

Leaders welcomed an Opinion of the International Court of Justice on what states owe to rivers, delivered on 3 May 2024, and thanked Austria.

The Chancellor welcomed Orban to Parliament House on Monday.
"""


def test_a_legislature_or_court_an_act_is_done_in_or_by_takes_part() -> None:
    rows = _rows(BODIES)
    address = next(p for t, p in rows if "Slovak" in " ".join(p) or "session" in t.lower())
    assert "Slovak parliament" in address, rows
    voided = next(p for t, p in rows if "navigation" in t.lower())
    assert "Slovenia" in voided, rows
    vote = next(p for t, p in rows if "confidence vote" in t)
    assert "Nationalrat" in vote, rows
    opinion = next(p for t, p in rows if "deliver" in t.lower() or "Opinion" in t)
    assert "International Court of Justice" in opinion, rows


def test_a_building_named_for_parliament_is_no_participant() -> None:
    rows = _rows(BODIES)
    assert not any("Parliament" in p for _, p in rows), rows


OTHER_CLAUSE = """VIENNA, May 4 (AFP) - Austria and Slovenia agreed on Thursday to reopen their border crossing at Spielfeld.

Norway has hosted several rounds of contacts since Serbia launched its customs war against Kosovo in March 2019.

On Tuesday, Austrian Foreign Minister Karl Keller spoke by phone with Croatian Foreign Minister Ivo Matic, who briefed him on the talks held in Geneva between Serbia and Kosovo, mediated by the European Union.

Relations between the neighbours have cooled since the disputed Slovak parliamentary election in September 2023.
"""


def test_a_third_party_of_another_clause_is_no_party_of_the_act() -> None:
    rows = _rows(OTHER_CLAUSE)
    war = next(p for t, p in rows if "war" in t.lower() or "customs" in t.lower())
    assert "Norway" not in war, rows
    call = next(p for t, p in rows if "phone" in t.lower() or "telephone" in t.lower())
    assert "European Union" not in call, rows


def test_the_two_neighbours_of_another_clause_are_no_voters() -> None:
    rows = _rows(OTHER_CLAUSE)
    election = next(p for t, p in rows if "election" in t.lower())
    assert "Austria" not in election, rows


def test_an_accord_opening_its_sentence_is_what_its_participle_did_to() -> None:
    text = ("GENEVA, Dec 3 (Reuters) - Yemen's army and the Southern Transitional Council "
            "ended a day of talks in Geneva on Thursday.\n\nAn earlier truce brokered in Muscat "
            "on June 2, 2024 collapsed within days, amid mutual accusations.\n")
    titles = [t for t, _ in _rows(text)]
    assert any(t.startswith("Earlier truce brokered") for t in titles), titles
    assert not any("truce brokers" in t for t in titles), titles


def test_a_halt_to_shelling_is_the_act_not_the_shelling() -> None:
    text = ("GENEVA, Dec 3 (Reuters) - Yemen's army and the Southern Transitional Council "
            "ended a day of talks in Geneva on Thursday.\n\nHe said the council would announce "
            "a unilateral halt to shelling around Aden from midnight on Friday as a goodwill "
            "gesture.\n")
    titles = [t for t, _ in _rows(text)]
    assert any("Halt to shelling" in t or "halt to shelling" in t for t in titles), titles
    assert not any(t.endswith(": Shelling (scheduled)") for t in titles), titles
