"""ext141 (session 61): the right participants, from the participant errors of the studied
sets h23, h24 and h25 and the trial verify81 finding 6 (sentences of the same shapes, written
for these tests, with other names).

* "the two countries' trade ministers, A and B, who joined ...": both people are who joined;
* "X held separate meetings with the two leaders": the story's two sides, by their people;
* "Peruvian and Chilean negotiators ended ... saying they had agreed": both states' (the "and"
  of two states' adjectives opens no clause);
* "the ceasefire between A and B that has been in effect since ...", "Clashes broke out again between
  the X-aligned 301st Brigade and the Y Force": the two sides;
* "X hosted his counterpart Y for talks. The two presidents agreed that their navies would
  ...": the two people the paragraph named, and their states;
* "Fijian Prime Minister X says yesterday's meeting with Australian officials was ...": the
  sayer met them;
* "Norway's state secretary for foreign affairs, Eva Lund, who chaired both sessions, ...": the
  chair (by the mediator's state) takes part in the day's sessions told nearby, not in talks
  of a year;
* "Peru filed the case in March, accusing Chile of ...": who is accused is the other side;
* "X told TASS on Thursday after consultations with Y": X met Y;
* "X argued for ..., and on 7 September 1963 he and Y signed the accords": X and Y;
* a joint declaration's "We" is never a participant: its issuers are ("We, the Heads of
  State of A, B and C, met ...").
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

TWO_MINISTERS = """LIMA, March 14 (Wire) -- Peru and Chile ended two days of talks in Lima late on Thursday with a statement on fishing.

A second meeting on Thursday, March 13, brought in the two countries' trade ministers, Ana Torres and Luis Vidal, who joined the deputy ministers for the final session.
"""

ONE_MINISTER = """LIMA, March 14 (Wire) -- Peru and Chile ended two days of talks in Lima late on Thursday with a statement on fishing.

A second meeting on Thursday, March 13, brought in Chile's trade minister, Luis Vidal, who joined the deputy ministers for the final session.
"""

TWO_LEADERS = """NAIROBI, March 14 (Wire) -- Kenya and Tanzania agree to end lake row after talks in Kampala

Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Friday to end their dispute over Lake Victoria, Ugandan officials said.

Ugandan President Yoweri Museveni held separate meetings with the two leaders on Thursday, then a joint dinner.
"""

DECLARATION = """Joint Declaration of the first Andean-Nordic Ministerial Meeting

Cusco, 12 March 2025

1. We, the Foreign Ministers of the Republic of Peru, the Plurinational State of Bolivia, the Kingdom of Norway and the Republic of Finland, met in Cusco on 12 March 2025 for our first ministerial meeting.

2. We ask our Trade Ministers to meet before the end of 2025 and review the plan.
"""

ADJECTIVES = """LIMA, March 14 (Wire) -- Peruvian and Chilean negotiators wrapped up two days of Brazilian-mediated talks in Lima late on Thursday with a joint text saying they had agreed on a fishing accord.
"""

FIGHTS = """ROME, March 14 (Wire) -- Italian Prime Minister Giorgia Meloni visited Amman on Friday.

The premier urged both to honour the ceasefire between Syria and Hamas that has been in effect since November 27.

Clashes broke out again late on Tuesday between the Tripoli-aligned 301st Brigade and the Nawasi Protection Force, which controls the port.
"""

A_TOPIC = """Envoys from Chile, Peru and Bolivia joined the G20 ministers at a working lunch on Latin America on Tuesday, where they discussed the ceasefire that Brazil and Mexico brokered between Colombia and the ELN in January.
"""

ROUNDUP = """Our weekly roundup of Baltic and Nordic diplomacy — Friday edition, 14 March 2025

MONDAY — Riga
Latvian President Edgars Rinkevics hosted his Lithuanian counterpart Gitanas Nauseda for talks on rail security. The two presidents agreed that their navies would run a joint patrol exercise at sea "before the snow melts", i.e. in the spring.

TUESDAY — Oslo
Norway and Sweden signed a memorandum on power lines on Tuesday. Norwegian Foreign Minister Espen Barth Eide said the two countries would meet again in May.
"""

SAYER = """SUVA, March 14 (Wire) -- Fijian Prime Minister Sitiveni Rabuka says yesterday's meeting with Australian officials in Suva was "constructive".
"""

CHAIRED = """OSLO, March 14 (Wire) -- Colombian and Venezuelan negotiators ended two days of Norwegian-mediated talks in Oslo late on Thursday with a statement on their border crossings.

Norway's state secretary for foreign affairs, Eva Lund, who chaired both sessions, called it "a real step".

The first round opened on Wednesday, March 12, when Colombian Deputy Foreign Minister Rosa Vidal and Venezuelan Deputy Foreign Minister Carlos Ruiz met for six hours at the Norwegian foreign ministry.

The neighbours have met for border talks several times since 2023.
"""

ACCUSED_AND_TOLD = """LIMA, March 14 (Wire) -- Peru filed the case in March, accusing Chile of breaching the fisheries treaty.

Moscow expects Baku to clarify its position on the pipeline, Russian Deputy Foreign Minister Andrei Rudenko told TASS on Thursday after consultations with Azerbaijani Deputy Foreign Minister Elnur Mammadov.
"""

HE_AND = """ACCRA, March 14 (Wire) -- Through the 1960s, Kwame Nkrumah argued for independence at every conference, and on 7 September 1963 he and Harold Wilson signed the accords handing over the port.
"""


def _rows(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.title, c.participants)
            for c in extract_events(text, dt.date(2025, 3, 14)).candidates]


def _of(rows: list[tuple[str, tuple[str, ...]]], word: str) -> tuple[str, ...]:
    return next(p for t, p in rows if word in t)


def _citing(text: str, words: str) -> tuple[str, ...]:
    """The participants of the row that cites the sentence holding ``words``."""
    return next(c.participants for c in extract_events(text, dt.date(2025, 3, 14)).candidates
                if any(words in e.sentence for e in c.evidence))


def test_two_people_joined_before_who_are_both_its_doers() -> None:
    assert set(_citing(TWO_MINISTERS, "second meeting")) >= {"Ana Torres", "Luis Vidal"}


def test_one_person_before_who_stays_one() -> None:
    parts = _citing(ONE_MINISTER, "second meeting")
    assert "Luis Vidal" in parts and "Ana Torres" not in parts


def test_separate_meetings_with_the_two_leaders_name_both() -> None:
    parts = _of(_rows(TWO_LEADERS), "separate meetings")
    assert parts[0] == "Yoweri Museveni"
    assert {"William Ruto", "Samia Suluhu Hassan"} <= set(parts)


def test_a_declarations_we_is_never_a_participant() -> None:
    rows = _rows(DECLARATION)
    four = {"Peru", "Bolivia", "Norway", "Finland"}
    assert not any("We" in parts for _, parts in rows)
    assert four <= set(_of(rows, "Cusco"))  # ("We, the Foreign Ministers of ...": the four)
    assert four <= set(_of(rows, "Trade Ministers"))  # (its "We": the issuers)


def test_two_states_adjectives_joined_are_both_sides() -> None:
    parts = _citing(ADJECTIVES, "negotiators")
    assert {"Peru", "Chile"} <= set(parts)


def test_the_two_sides_of_a_truce_or_a_clash() -> None:
    assert set(_citing(FIGHTS, "in effect since")) >= {"Syria", "Hamas"}
    assert set(_citing(FIGHTS, "Clashes")) >= {"301st Brigade", "Nawasi Protection Force"}


def test_the_two_presidents_are_the_two_the_paragraph_named() -> None:
    parts = _of(_rows(ROUNDUP), "exercise")
    assert {"Edgars Rinkevics", "Gitanas Nauseda", "Latvia", "Lithuania"} <= set(parts)


def test_a_truce_talked_of_gives_no_sides_to_the_talk() -> None:
    for c in extract_events(A_TOPIC, dt.date(2025, 3, 14)).candidates:
        if "brokered" not in c.title and "broker" not in c.title:
            assert "Colombia" not in c.participants, c.title


def test_who_tells_of_a_meeting_with_others_met_them() -> None:
    parts = _citing(SAYER, "meeting with")
    assert parts[:2] == ("Sitiveni Rabuka", "Fiji") and "Australia" in parts


def test_the_chair_of_both_sessions_takes_part_in_the_days_sessions() -> None:
    rows = extract_events(CHAIRED, dt.date(2025, 3, 14)).candidates
    first = next(c.participants for c in rows if c.date.day == 12)
    assert "Norway" in first
    assert not any("Norway" in c.participants for c in rows if c.date.day is None)
    # ("Norwegian-mediated talks": never a participant "Norwegian-")
    assert not any(p.endswith("-") for c in rows for p in c.participants)


def test_the_accused_and_the_teller_of_consultations_take_part() -> None:
    assert set(_citing(ACCUSED_AND_TOLD, "filed the case")) >= {"Peru", "Chile"}
    parts = _citing(ACCUSED_AND_TOLD, "consultations")
    assert parts[:2] == ("Andrei Rudenko", "Russia") and "Elnur Mammadov" in parts


def test_he_and_a_named_person_are_both_doers() -> None:
    assert set(_citing(HE_AND, "signed the accords")) >= {"Kwame Nkrumah", "Harold Wilson"}
