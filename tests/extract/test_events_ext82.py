"""Events missed on news never seen, and people named without a title of office (session 47,
ext82): the u47b- dev articles (a live blog, a long analysis, an interview, a wire of short
dated paragraphs, a ministry readout, a "Key dates" box) and the dev set's misses showed
hosts who "received" a guest named in other ways than by office, armed forces that crossed,
pulled back, were sent, withdrawn or disarmed, bodies founded or set up; and people named by
a military rank, by a state's possessive at the end of a sentence, or with a Gaelic prefix
("McClay") were no one.

The texts are invented in those shapes (none is a dev article's or an evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers
from timeline_app.extract.pipeline.entities import Entities

DCT = dt.date(2027, 3, 10)  # a Wednesday

events, _with = readers(DCT)


# --------------------------------------------------------------------------- people
def test_a_full_name_after_a_military_rank_is_a_person() -> None:
    # "President Jimmy Carter and General Omar Torrijos signed": Torrijos was no one; "Major
    # General X" and "Colonel X" too, and never "General Assembly" or "Secretary-General"
    text = ("In 1903 President Theodore Roosevelt and General Rafael Reyes Prieto signed a "
            "convention in Washington on 9 March. Major General Ana Quiroga met Colonel "
            "Tomas Ibarra Lenz on Monday, before the General Assembly met.\n")
    people = Entities(text).people
    assert {"Rafael Reyes Prieto", "Ana Quiroga", "Tomas Ibarra Lenz"} <= set(people)
    assert not any(p.startswith(("General", "Colonel", "Assembly")) for p in people)
    signing = _with(text, "sign")
    assert "Rafael Reyes Prieto" in signing.participants


def test_a_secretary_general_is_no_general() -> None:
    people = Entities("UN Secretary-General Antonio Guterres met General Motors Co "
                      "executives on Monday.\n").people
    assert "Antonio Guterres" in people
    assert not any("Motors" in p for p in people)


def test_a_state_s_possessive_before_a_name_at_a_list_s_end_is_a_person() -> None:
    # "... and Uruguay's Yamandu Orsi at a ceremony": the last of a list before where it was
    # done, or the sentence's end, was no one (an unknown given name)
    text = ("The leaders signed the accord on Tuesday alongside Chile's Rosendo Paillal and "
            "Peru's Wayra Quispe Mamani at a ceremony in Lima. Later they met Bolivia's "
            "Tupac Condori.\n")
    people = Entities(text).people
    assert people.get("Wayra Quispe Mamani") == "Peru"
    assert people.get("Tupac Condori") == "Bolivia"


def test_an_honorific_after_a_state_s_possessive_is_no_part_of_the_name() -> None:
    people = Entities("He flew to Muscat for talks with Oman's Sultan Haitham bin Tariq.\n").people
    assert "Haitham bin Tariq" in people
    assert not any(p.startswith("Sultan") for p in people)


def test_a_gaelic_surname_s_prefix_keeps_the_name_whole() -> None:
    # "Todd McClay, New Zealand's trade minister," was "Todd Mc" (no person)
    text = ("Fergus McAllister, New Zealand's trade minister, met Piyush Goyal in New Delhi "
            "on Monday. Aoife O'Rourke, Ireland's foreign minister, said on Tuesday ...\n")
    people = Entities(text).people
    assert people.get("Fergus McAllister") == "New Zealand"
    assert people.get("Aoife O'Rourke") == "Ireland"
    meeting = _with(text, "meet")
    assert "Fergus McAllister" in meeting.participants


# --------------------------------------------------------------------------- receive
def test_a_host_receives_a_state_s_king_named_after_a_comma() -> None:
    cand = _with("Prime Minister Kamal Thapa received Nepal's king, Gyanendra Bir Bikram, in "
                 "Delhi in January.\n", "meet")
    assert {"Kamal Thapa", "Gyanendra Bir Bikram"} <= set(cand.participants)
    assert cand.date.month == 1


def test_a_host_receives_a_guest_named_before_by_the_name_alone() -> None:
    text = ("Foreign Minister Penny Lane held talks with Ahmed Salim Farouk on Monday. "
            "Prime Minister Ida Holm received Farouk at her office later in the day.\n")
    assert any("Ida Holm" in c.participants and "Ahmed Salim Farouk" in c.participants
               for c in events(text))


def test_a_host_receives_a_counted_group_or_a_delegation() -> None:
    assert _with("President Sadyr Japarov received the five ministers at the Ala-Archa "
                 "residence on Monday.\n", "meet").date.day == 8
    cand = _with("On March 4, the army chief, General Batbayar Ochir, received a delegation "
                 "of the Japan Ground Self-Defense Force led by Lieutenant General Ken Sato.\n",
                 "meet")
    assert {"Batbayar Ochir", "Ken Sato"} <= set(cand.participants)


def test_received_goods_are_no_meeting() -> None:
    assert not any(c.category == "meeting" for c in events(
        "Ukraine received Patriot missiles in Lviv on Monday.\n"))


# --------------------------------------------------------------------------- armed forces
def test_troops_crossing_into_land_or_a_river_are_an_event() -> None:
    assert _with("In May 2026 Thai soldiers crossed into the disputed temple area.\n",
                 "cross").date.month == 5
    assert _with("Officials said Burmese soldiers had crossed the Moei river on Monday.\n",
                 "cross").date.day == 8


def test_both_sides_pulling_back_are_an_event_a_minister_is_not() -> None:
    assert _with("The standoff lasted 40 days before both sides pulled back on March 2, 2026.\n",
                 "pull").date.day == 2
    assert not events("The finance minister pulled back on March 2, 2026.\n")


def test_trainers_sent_a_force_withdrawn_and_weapons_handed_over() -> None:
    assert _with("In April 2019, Ankara sent military advisers to Tripoli.\n",
                 "send").date.month == 4
    assert _with("The bloc withdrew its mission, known as EUTM, in May 2024.\n",
                 "withdraw").date.month == 5
    assert _with("By late 2016 the rebels had handed over their weapons to the monitors.\n",
                 "hand").date.year == 2016


def test_control_regained_is_an_event() -> None:
    assert _with("Baku regained full control of the district in October 2020.\n",
                 "regain").date.month == 10


# --------------------------------------------------------------------------- bodies
def test_a_body_founded_or_set_up_is_an_event_a_thing_found_is_not() -> None:
    assert _with("The Visegrad Group was founded in 1991 by the leaders of three "
                 "countries.\n", "founded").date.year == 1991
    assert _with("The contact group was set up in 1994.\n", "set up").date.year == 1994
    assert not events("Two bodies were found in Gaza on Monday.\n")


# --------------------------------------------------------------------------- dates ahead
def test_a_gathering_prepared_for_in_a_month_lies_ahead() -> None:
    # under a December dateline: the July to come, not the July past
    cand = _with("The ministers discussed energy and preparations for the OSCE summit in "
                 "Vienna in July.\n", "summit", dt.date(2026, 12, 1))
    assert (cand.date.year, cand.date.month) == (2027, 7)


def test_a_reported_past_perfect_commitment_lies_ahead() -> None:
    # "She said the two sides had agreed to meet again in <city> in February": reported
    # speech's "we have agreed to meet in February", under a November dateline
    text = "She said the two sides had agreed to meet again in Canberra in February.\n"
    cand = _with(text, "meet", dt.date(2026, 11, 25))
    assert (cand.date.year, cand.date.month) == (2027, 2)
    # (without the reporting verb the past perfect still looks back)
    cand = _with("By then the two sides had agreed to meet again in Canberra in February.\n",
                 "meet", dt.date(2026, 11, 25))
    assert cand.date.year == 2026


def test_a_reported_would_further_back_than_the_cue_window_lies_ahead() -> None:
    text = ("Tajani said the ministers had also agreed the agenda their leaders would take up "
            "at the G20 summit in Durban, South Africa, in June.\n")
    cand = _with(text, "summit", dt.date(2026, 3, 25))
    assert (cand.date.year, cand.date.month) == (2026, 6)
    # ("would have met in June" looks back)
    assert _with("He said they would have met in June had the war not started.\n", "met",
                 dt.date(2026, 11, 25)).date.year == 2026


# --------------------------------------------------------------------------- verify57's A3
def test_an_audit_to_be_completed_by_a_month_is_a_row_of_the_office_s_state() -> None:
    # "Beijing has criticised the sale, and Panama's comptroller said he would complete an
    # audit of the port concession by April": no row; "he" is the comptroller's state
    text = ("Moscow has criticised the deal, and Chile's comptroller said he would complete "
            "a review of the mining concession by June.\n")
    cand = _with(text, "review", dt.date(2026, 3, 10))
    assert cand.participants == ("Chile",)
    assert (cand.date.year, cand.date.month) == (2026, 6)


def test_the_toll_of_riots_is_no_row_of_its_own() -> None:
    # "On 9 January 1964, riots broke out ...; more than 20 Panamanians and four US soldiers
    # were killed": two rows
    text = ("On 3 May 1968, riots broke out after police closed the university; more than 30 "
            "students and two officers were killed.\n")
    assert [c.title for c in events(text)] == ["Riots"]
    # (a toll dated apart stays a row)
    text = "Clashes erupted on 3 May 1968. On 5 May 1968 two more officers were killed.\n"
    assert len(events(text)) == 2


def test_how_long_an_act_lasted_is_its_end_not_a_second_row() -> None:
    # "A severe drought in 2023 forced the Authority to cut daily transits, and the
    # restrictions lasted until late 2024": two rows, "Restrictions last"
    text = ("A flood in 2021 forced the port authority to cut daily sailings, and the "
            "restrictions lasted until mid-2022.\n")
    (cand,) = events(text)
    assert cand.date.year == 2021
    assert cand.end is not None and cand.end.year == 2022


def test_until_after_a_past_verb_of_going_on_looks_back() -> None:
    text = "Talks opened on 3 March 2026, and the negotiations continued until 9 March.\n"
    (cand,) = events(text, dt.date(2026, 3, 10))
    assert cand.end is not None and (cand.end.year, cand.end.day) == (2026, 9)


def test_a_key_dates_list_with_spans_of_days_gives_no_dateline() -> None:
    # a list whose lines open with "20-21 February 2025 -" and "1 December 2025 -": its last
    # line was read as the article's dateline, the byline's date line passed over
    from timeline_app.extract.dateline import read_dateline
    text = ("Explainer: what the summit means\n\nBy Jane Roe\n14 October 2025\n\n"
            "Leaders meet in Cape Town this week.\n\nKey dates\n\n"
            "3 March 2025 \u2013 Ministers meet in Durban.\n"
            "20-21 June 2025 \u2013 Envoys meet in Pretoria.\n"
            "1 December 2025 \u2013 The presidency passes to Canada.\n")
    line = read_dateline(text)
    assert (line.year, line.month, line.day) == (2025, 10, 14)


def test_the_same_day_two_sentences_after_a_day_is_that_day() -> None:
    # "On Monday, X held talks in Tokyo ... agreed to meet in 2027. | On the same day, X met
    # the prime minister": Monday, not the article's Wednesday
    text = ("Ulaanbaatar, March 10 (MONTSAME). The foreign ministry on Wednesday summed up a "
            "busy week.\n\nOn Monday, Foreign Minister Oyun Bat held talks in Seoul with "
            "Foreign Minister Cho Hyun. The two ministers agreed to meet again in 2028.\n\n"
            "On the same day, Oyun Bat met Prime Minister Kim Min-seok.\n")
    cand = next(c for c in events(text) if "Kim Min-seok" in c.participants)
    assert cand.date.day == 8


def test_the_times_listed_after_a_year_are_each_an_occasion() -> None:
    # "The expert group met twice this year, in Kunming in March and in Thimphu in August":
    # one row, "this year"
    text = ("A survey of the Arun and Tamor valleys began in May. The joint panel met twice "
            "this year, in Lhasa in March and in Kathmandu in August.\n")
    rows = sorted((c.date.month, c.title) for c in events(text, dt.date(2026, 12, 3))
                  if "panel" in c.title.lower())
    assert [month for month, _ in rows] == [3, 8]
    # (the valleys' names are no actor the panel stands for)
    assert not any("Tamor" in t or "Arun" in t for _, t in rows)


def test_a_fresh_day_of_a_new_clause_keeps_the_article_s_year() -> None:
    # "... during a visit to New Delhi in March 2025, and the ninth round ended in Auckland on
    # November 13" under a 25 November 2026 date was 13 November 2025 (the earlier year's)
    text = ("The prime minister launched negotiations during a visit to Hanoi in March 2025, "
            "and the fifth round ended in Wellington on November 13.\n")
    cand = _with(text, "round", dt.date(2026, 11, 25))
    assert (cand.date.year, cand.date.month, cand.date.day) == (2026, 11, 13)
    # ("first held in March 2025 and resumed on May 4": still that year)
    cand = _with("The talks were first held in March 2025 and resumed on May 4.\n", "resum",
                 dt.date(2026, 11, 25))
    assert cand.date.year == 2025


def test_diplomatic_representation_restored_is_an_event() -> None:
    cand = _with("Ethiopia and Kenya restored full diplomatic representation in January 2025.\n",
                 "restore")
    assert set(cand.participants) == {"Ethiopia", "Kenya"}


def test_an_office_held_for_a_year_is_no_date_of_its_taking_over() -> None:
    # "1 December 2025 - The US assumes the G20 presidency for 2026": dated 2026
    text = ("Key dates\n\n1 December 2024 \u2013 Chile takes over the forum presidency from Peru.\n"
            "3 March 2025 \u2013 Ministers meet in Santiago.\n"
            "1 December 2025 \u2013 Mexico assumes the forum presidency for 2026.\n")
    (cand,) = [c for c in events(text, dt.date(2025, 12, 5)) if "Mexico" in c.participants]
    assert (cand.date.year, cand.date.month, cand.date.day) == (2025, 12, 1)
