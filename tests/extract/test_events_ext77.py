"""A fact-checker's West African wire copy (session 45, ext77, from verify56's trial, F26 and
F27): wire verbs and second references that gave wrong rows -- two surnames on either side
of "met" ("Sonko met Tiani": the one met was dropped), a place said twice in a title ("Diop
meets Pope in Rome in Rome"), a day "agreed to keep" something (dated a year ahead), a
summit postponed or a coup attempt condemned titled by its noun ("ECOWAS: Summit", "African
Union: Coup"), a name elected with no title, the one an office holder met; and F25's plain
verbs: a leader's "said on Monday that X would ...", sites "returned" with no "to", an act
"during a visit" titled as the visit.

The texts are invented in those shapes (none is a dev article's, the trial's or an
evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

DCT = dt.date(2027, 3, 30)  # a Tuesday

events, _with = readers(DCT)

WIRE = "BAMAKO, March 30, 2027 (AFP) - A week of Sahel diplomacy.\n\n"


def test_two_surnames_either_side_of_met_are_both_people() -> None:
    # (second references, as wires write them: verify56 F27, the one met was dropped)
    text = WIRE + "Kagame met Ruto in Kigali on Friday.\n\nBio met Boakai late last year.\n"
    friday = _with(text, "Kigali")
    assert set(friday.participants) == {"Kagame", "Ruto"}, friday.participants
    assert friday.title == "Kagame and Ruto meet in Kigali", friday.title
    last_year = _with(text, "Boakai")
    assert set(last_year.participants) == {"Bio", "Boakai"}, last_year.participants


def test_a_name_before_a_noun_is_no_person_met() -> None:
    # "met Wagner commanders": the name qualifies the noun, no one called Wagner was met
    text = WIRE + "Goita met Wagner commanders in Moscow on Friday.\n"
    cand = _with(text, "Moscow")
    assert "Wagner" not in cand.participants, cand.participants


def test_the_place_of_a_meeting_is_said_once_in_its_title() -> None:
    # (verify56 F27: "Diop meets Lavrov in Moscow in Moscow", the object's place and the
    # title's)
    text = WIRE + "Diop met the Pope in Rome on Friday.\n"
    cand = _with(text, "Pope")
    assert cand.title.count("Rome") == 1, cand.title


def test_a_day_agreed_to_keep_something_is_the_agreement_s_day() -> None:
    # (verify56 F26: "agreed to keep the free movement of people on June 6" in a 30 June
    # wire was dated 6 June of the next year)
    text = WIRE + "Senegal and Mauritania agreed to keep their fishing accord on March 6.\n"
    cand = _with(text, "agree")
    assert (cand.date.year, cand.date.month, cand.date.day) == (2027, 3, 6), cand.date
    # (a limit after "until" still lies ahead)
    text = WIRE + "Senegal and Mauritania agreed to keep the border closed until March 6.\n"
    assert all(c.date.year >= 2027 for c in events(text))


def test_a_summit_put_off_is_titled_by_its_verb_and_a_coup_condemned_by_itself() -> None:
    # (verify56 F26: "ECOWAS: Summit" read as a summit held, "African Union: Coup" as the
    # AU's coup; the date after a condemned act stays the act's, test_events_trial12)
    text = (WIRE + "The African Union condemned the coup attempt on March 15.\n\n"
            "ECOWAS postponed its summit on March 18.\n")
    coup = _with(text, "oup")
    assert coup.title == "Coup attempt", coup.title
    summit = _with(text, "ECOWAS")
    assert summit.title.startswith("ECOWAS postpones"), summit.title


def test_a_named_leader_s_announcement_of_what_will_be_on_a_day_is_a_statement() -> None:
    # (verify56 F25, F26: "Prime Minister Ousmane Sonko said on Monday that Senegal would
    # review its defence agreements", "Assimi Goita said on June 19 that Mali would not
    # return to ECOWAS": no row)
    text = (WIRE + "Prime Minister Ousmane Sonko said on Monday that Senegal would review "
            "its defence agreements.\n\n"
            "Assimi Goita said on March 19 that Mali would not return to ECOWAS.\n")
    sonko = _with(text, "Sonko")
    assert (sonko.date.year, sonko.date.month, sonko.date.day) == (2027, 3, 29), sonko.date
    assert sonko.title == "Ousmane Sonko says Senegal would review its defence agreements", \
        sonko.title
    goita = _with(text, "Goita")
    assert (goita.date.month, goita.date.day) == (3, 19), goita.date
    assert goita.category == "statement"


def test_a_source_s_said_is_no_statement_of_its_own() -> None:
    # (only a sayer named by a name: "officials said on Monday that ..." is a source)
    text = WIRE + "Officials said on Monday that the talks would resume soon.\n"
    assert not any("say" in c.title for c in events(text)), events(text)


def test_a_name_chosen_for_an_office_is_a_person_who_takes_part() -> None:
    # (verify56 F26: "Faure Gnassingbe was elected president of the Council of Ministers on
    # June 8" had no participant)
    text = WIRE + "Julius Maada Bio was elected chairman of the regional bloc on March 8.\n"
    cand = _with(text, "elect")
    assert "Julius Maada Bio" in cand.participants, cand.participants


def test_a_statement_whose_day_opens_its_sentence_is_a_row_too() -> None:
    # (verify56 F25: "Last week, Senegalese Prime Minister Ousmane Sonko said the country
    # would 'review all defence agreements' with its partners" had no row)
    text = (WIRE + "Last week, Guinean Prime Minister Amadou Oury Bah said the country would "
            "\"reconsider all mining contracts\" with foreign firms.\n")
    cand = _with(text, "Bah")
    assert cand.category == "statement", cand
    assert (cand.date.year, cand.date.month) == (2027, 3), cand.date


def test_military_sites_given_back_are_returned_without_whom_to() -> None:
    # (verify56 F25: "France had already returned three sites in March": only "returned
    # three sites to Senegal" was a row)
    text = WIRE + "France returned two military bases in January.\n"
    cand = _with(text, "return")
    assert cand.date.month == 1 and cand.participants[:1] == ("France",), cand
    text = WIRE + "The envoy returned the call on Monday.\n"  # (guard: no site, no row)
    assert not any("return" in c.title for c in events(text))


def test_an_act_during_a_visit_is_titled_by_the_act() -> None:
    # ("agreed to maintain their joint border patrols on March 2, during a visit to Accra by
    # Togo's defence minister" was titled "Togo visits Accra")
    text = (WIRE + "Mali and Guinea agreed to maintain their joint customs posts on March 2, "
            "during a visit to Bamako by Guinea's trade minister.\n")
    (cand,) = events(text)
    assert cand.title.startswith("Mali and Guinea agree to maintain"), cand.title
    text = (WIRE + "Mali and Guinea agreed to extend their railway accord on March 2, during a "
            "visit to Bamako by Guinea's transport minister.\n")
    (cand,) = events(text)
    # (a day of the month four weeks before the wire, after "agreed to": not next March)
    assert (cand.date.year, cand.date.month, cand.date.day) == (2027, 3, 2), cand.date


def test_the_one_an_office_holder_holds_talks_with_takes_part() -> None:
    # (verify56 F26: "Ghana's foreign minister held talks with Assimi Goita in Bamako": Goita,
    # named without a title, was no participant)
    text = WIRE + "Senegal's foreign minister held talks with Ibrahim Traore in Ouagadougou on Friday.\n"
    cand = _with(text, "talks")
    assert "Ibrahim Traore" in cand.participants, cand.participants
    assert cand.title == ("Senegal's foreign minister holds talks with Ibrahim Traore in "
                          "Ouagadougou"), cand.title


def test_the_one_word_name_an_office_holder_met_takes_part() -> None:
    # ("The minister met Lavrov in Moscow on Tuesday" was "Minister meets in Moscow", no one)
    text = WIRE + "The minister met Kagame in Kigali on Friday.\n"
    cand = _with(text, "Kigali")
    assert "Kagame" in cand.participants, cand.participants
    assert cand.title == "Minister meets Kagame in Kigali", cand.title
