"""ext136 (session 59): the right participants, from the kinds of participant errors of the
studied set h23 and the held-out set (sentences of the same shapes, written for these tests).

* "the three leaders", "the next trilateral summit", "The Heads of State agreed", in a story
  whose group of three is named by its second sentence (the lead tells the leader's return
  home), are the group's three states, not the two the sentence's venue and the story pair
  gave;
* "the two sides", "both sides", in a story whose lead's two sides are two presidents, are
  their states as well as the presidents.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

TRILATERAL = """SEOUL, June 1 (Yonhap) -- President Lee Jae-myung returned home on Sunday after a trip to Canada.

Lee, Canadian Prime Minister Mark Carney and Australian Prime Minister Anthony Albanese held their first trilateral summit in Ottawa on Friday.

The three leaders last met on the sidelines of a summit in Lima, Peru, in November.

The next trilateral summit will be held in Australia next year.
"""

HEADS_OF_STATE = """ALMATY, March 3 (Reuters) - Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and Turkmen President Serdar Berdimuhamedov met in Almaty on Monday to discuss water sharing.

The Heads of State agreed to hold their next meeting in Tashkent in 2026.
"""

TWO_PRESIDENTS = """BISHKEK, June 1 (Reuters) - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border treaty on Sunday.

The two sides clashed in September 2022, when dozens died on both sides.

The two sides agreed on the last sections at a meeting in Batken in December.
"""


def _rows(text: str) -> dict[str, tuple[str, ...]]:
    return {c.title: c.participants for c in extract_events(text, dt.date(2025, 6, 1)).candidates}


def test_the_counted_group_is_the_group_the_second_sentence_names() -> None:
    rows = _rows(TRILATERAL)
    met = next(p for t, p in rows.items() if "Lima" in t)
    assert set(met) >= {"South Korea", "Canada", "Australia"}, rows
    assert "Peru" not in met, rows  # (the venue's state is no party)
    plan = next(p for t, p in rows.items() if "Australia" in t and "scheduled" in t)
    assert set(plan) >= {"South Korea", "Canada", "Australia"}, rows


def test_the_group_s_own_meeting_keeps_its_people_alone() -> None:
    rows = _rows(TRILATERAL)
    summit = next(p for t, p in rows.items() if "Ottawa" in t or "Trilateral meeting of" in t)
    assert summit[:3] == ("Lee Jae-myung", "Mark Carney", "Anthony Albanese"), rows


def test_the_heads_of_state_are_the_group() -> None:
    rows = _rows(HEADS_OF_STATE)
    plan = next(p for t, p in rows.items() if "Tashkent" in t)
    names = set(plan)
    for person, state in (("Kassym-Jomart Tokayev", "Kazakhstan"),
                          ("Shavkat Mirziyoyev", "Uzbekistan"),
                          ("Serdar Berdimuhamedov", "Turkmenistan")):
        assert person in names or state in names, rows


def test_the_two_sides_of_two_presidents_are_their_states_too() -> None:
    rows = _rows(TWO_PRESIDENTS)
    clash = next(p for t, p in rows.items() if "2022" in t or "both sides" in t)
    assert {"Kyrgyzstan", "Tajikistan"} <= set(clash), rows
    agreed = next(p for t, p in rows.items() if "last sections" in t)
    assert {"Kyrgyzstan", "Tajikistan"} <= set(agreed), rows
    assert agreed[:2] == ("Sadyr Japarov", "Emomali Rahmon"), rows


def test_a_subject_listing_three_titled_people_names_all_three() -> None:
    # (the clause read from the list's last comma held the last president alone)
    rows = _rows(HEADS_OF_STATE)
    met = next(p for t, p in rows.items() if "Almaty" in t or ("meet" in t and "Tashkent" not in t))
    assert met[:3] == ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Serdar Berdimuhamedov"), rows


EXCELLENCIES = """Astana, 4 April 2025

On 4 April 2025, Turkistan hosted a trilateral summit of the President of Turkmenistan, His Excellency Serdar Berdimuhamedov, the President of the Republic of Kazakhstan, His Excellency Kassym-Jomart Tokayev, and the President of the Republic of Azerbaijan, His Excellency Ilham Aliyev.

After the summit, the Heads of State signed a declaration on transport corridors.

The Presidents told their governments to convene a joint investment forum in Baku in the autumn.
"""


def test_a_trilateral_meeting_of_presidents_listed_with_their_honorifics() -> None:
    # (the lead's meeting counts its group, "trilateral", and its sentence lists the three
    # states: the Heads of State and the Presidents of the next sentences are those three)
    rows = _rows(EXCELLENCIES)
    for words in ("declaration", "Baku"):
        named = next(p for t, p in rows.items() if words in t)
        assert {"Kazakhstan", "Azerbaijan", "Turkmenistan"} <= set(named), rows


VOTES = """TBILISI — Georgians vote on Sunday in a general election seen as a test of the country's course toward the European Union.

The EU granted Georgia candidate status in December 2023, while Russia and Belarus watched.

Armenians backed the new constitution in a referendum in October 2024.
"""


def test_a_vote_is_its_voters_state_s() -> None:
    # (a vote is held in one state: the demonym of who votes tells it, where the story's
    # states named most, or no one, stood for it)
    rows = _rows(VOTES)
    election = next(p for t, p in rows.items() if "lection" in t)
    assert election == ("Georgia",), rows
    referendum = next(p for t, p in rows.items() if "eferendum" in t)
    assert referendum == ("Armenia",), rows


JUNTAS = """NIAMEY, March 2 (AP) — The withdrawal of Guinea, Gabon and Chad from the regional customs union formally took effect on Sunday, a year after the three governments first announced they would quit.

The exit ends decades of membership for the three nations.

The three juntas announced their exit in a joint communiqué on Feb. 3 last year.
"""


def test_the_three_juntas_are_the_group_of_the_lead_s_list() -> None:
    rows = _rows(JUNTAS)
    announced = next(p for t, p in rows.items() if "juntas" in t.lower())
    assert announced == ("Guinea", "Gabon", "Chad"), rows


LISTS = """OSLO, June 1 (Reuters) - Norwegian Prime Minister Jonas Gahr Store and Icelandic Prime Minister Kristrun Frostadottir signed a fisheries accord on Sunday.

It builds on the first summit among Store, Frostadottir and U.S. President Joe Biden at the White House in April.

U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke at length last week.

But Rubio and Lavrov's phone call on Monday exposed how far apart the two sides remained.
"""


def test_a_list_s_last_name_after_an_initialism_with_dots() -> None:
    # ("among A, B and U.S. President C": the list ended at "U")
    rows = _rows(LISTS)
    summit = next(p for t, p in rows.items() if "April" in t or "Biden" in t or "White House" in t)
    assert {"Jonas Gahr Store", "Kristrun Frostadottir", "Joe Biden"} <= set(summit), rows


def test_a_possessive_of_two_people_joined_by_and() -> None:
    # ("Rubio and Lavrov's phone call": Lavrov's call alone)
    rows = {c.date.describe(): c.participants
            for c in extract_events(LISTS, dt.date(2025, 6, 1)).candidates}
    call = next(p for d, p in rows.items() if "May 2025" in d)
    assert {"Marco Rubio", "Sergei Lavrov"} <= set(call), rows


OFFICES = """LIMA, June 1 (Reuters) - Peru's interim President Jose Jeri, a former head of Congress who took office on Oct. 10 after lawmakers removed Dina Boluarte, has made public order his priority.

Chile's President Gabriel Boric was elected in December 2021.
"""


def test_a_taking_of_office_is_its_state_s_too() -> None:
    # ("took office", "was elected": the person alone; "interim President" gave no state)
    rows = _rows(OFFICES)
    took = next(p for t, p in rows.items() if "office" in t)
    assert took == ("Jose Jeri", "Peru"), rows
    elected = next(p for t, p in rows.items() if "elected" in t)
    assert elected == ("Gabriel Boric", "Chile"), rows


def test_together_with_an_aside_before_also() -> None:
    # ("Oslo, together with the UN, also brokered": the UN missing; the capital stands for its
    # state, joined to the UN as alone)
    text = ("OSLO, June 1 (Reuters) - Norway will host talks between Russia and Finland next week.\n\n"
            "Oslo, together with the UN, also brokered the Arctic Fisheries Initiative in July 2022.\n")
    rows = _rows(text)
    brokered = next(p for t, p in rows.items() if "Arctic Fisheries" in t)
    assert "Oslo" not in brokered, rows
    assert {"Norway", "United Nations"} <= set(brokered), rows


def test_who_takes_part_at_a_summit_takes_part_in_it() -> None:
    # ("Indonesia is expected to take part ... at the BRICS summit": the bloc alone)
    text = ("NAIROBI, June 1 (Reuters) - Kenya signed a trade deal with Ethiopia on Sunday.\n\n"
            "Somalia is expected to take part as a full member for the first time at the BRICS "
            "summit in Brasilia in July, Brazilian officials said.\n")
    rows = _rows(text)
    summit = next(p for t, p in rows.items() if "summit" in t.lower())
    assert {"Somalia", "BRICS"} <= set(summit), rows
