"""A fact-checker's West African wire copy, what was still wrong after session 45 (session
46, ext78, from verify56's trial, F2, F7, F25 and ext76/ext77's leftovers): a bloc named in a
", when" clause after a coup taken for a side of the coup; "the country" in what a leader of
a known state said taken for the story's other state; a second date whose verb and noun are
left out ("returned three sites in March and a fourth on July 1"); the doers' state, named by
its demonym, lost from a gapped second row; a said clause cut at a date's comma and at its
"and"; a city of a fronted "After ..." clause taken for the event's place; "It was replaced
... by Operation X"; troops "out by" a year-less day after "three days later"; "said the same
month that"; two sides each told by its people ("The foreign ministers of A and
representatives of B met"); troops leaving a city; an opening "Its <noun>"; a departure
"from the regional organisation"; a camp "of <place>" handed over; sites returned in a story
of two states; a bare "Authority" opening a title; a named period's end; a phrasal verb's
particle in a cut title; a decision "designating" people.

The texts are invented in those shapes (none is a dev article's, the trial's or an
evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

DCT = dt.date(2026, 3, 12)  # a Thursday

events, _with = readers(DCT)

WIRE = "CONAKRY, March 12, 2026 (AFP) - A week of regional diplomacy.\n\n"


def test_a_bloc_acting_in_a_when_clause_takes_no_part_in_the_coup() -> None:
    # (verify56 F2: "the July 26, 2023 coup that toppled President Mohamed Bazoum, when ECOWAS
    # imposed sanctions" listed ECOWAS)
    text = WIRE + ("Ties between Conakry and the bloc broke down after the September 5, 2021 "
                   "coup that toppled President Alpha Conde, when the African Union suspended "
                   "Guinea and froze its programmes.\n")
    cand = _with(text, "Coup")
    assert "Alpha Conde" in cand.participants, cand.participants
    assert "African Union" not in cand.participants, cand.participants


def test_the_country_a_leader_speaks_of_is_his_own() -> None:
    # (verify56 A5: "Senegalese Prime Minister Ousmane Sonko said the country would ..." in a
    # story of France and Senegal listed France)
    text = ("BAMAKO, March 12, 2026 (AFP) - Russia on Thursday handed over its last military "
            "base in Mali, ending a decade of Russian presence in the country.\n\n"
            "Russian officers left Gao in January.\n\n"
            "Last week, Malian Prime Minister Abdoulaye Maiga said the country would "
            "\"renegotiate every defence accord\" with its partners.\n")
    cand = _with(text, "Maiga")
    assert "Abdoulaye Maiga" in cand.participants, cand.participants
    assert "Russia" not in cand.participants, cand.participants


def test_a_second_date_with_only_a_count_told_is_a_row() -> None:
    # (verify56 A5: "France had already returned three sites in March and a fourth on July 1"
    # gave one row, "France returns three sites and a fourth", in March)
    text = WIRE + "Britain had already returned two bases in 2019 and a third on February 4.\n"
    (first,) = [c for c in events(text) if c.date.year == 2019]
    assert "third" not in first.title, first.title
    (second,) = [c for c in events(text) if c.date.year == 2026]
    assert (second.date.month, second.date.day) == (2, 4), second.date
    assert "third base" in second.title, second.title
    assert "Britain" in second.participants, second.participants
    # (a plural count: "three more", the first object's noun and its sides)
    text = WIRE + "Niger expelled two French diplomats in May and three more on February 4.\n"
    (more,) = [c for c in events(text) if (c.date.month, c.date.day) == (2, 4)]
    assert "three more diplomats" in more.title, more.title
    assert {"Niger", "France"} <= set(more.participants), more.participants


def test_the_doers_state_by_its_demonym_acts_in_the_gapped_row_too() -> None:
    # (verify56 A5: "French troops left Chad in January and Ivory Coast in February": the
    # second row named Ivory Coast alone)
    text = WIRE + "French troops left Mali in August and Niger in December.\n"
    december = _with(text, "Niger")
    assert {"France", "Niger"} <= set(december.participants), december.participants


def test_what_a_leader_announced_after_a_full_date_is_the_title() -> None:
    # (verify56 A3: "Macron announced on Sept. 24, 2023 that the ambassador and the 1,500
    # troops would come home" was "Emmanuel Macron announces after weeks of protests ...":
    # the object ended at the date's comma, then at the said clause's "and")
    text = WIRE + ("Putin announced on Oct. 2, 2025 that the envoy and the 300 advisers would "
                   "return home.\n")
    cand = _with(text, "Putin")
    assert "envoy and the 300 advisers would return home" in cand.title, cand.title


def test_a_city_in_a_fronted_after_clause_is_not_the_event_s_place() -> None:
    # (verify56 A3: "After weeks of protests outside the French base in Niamey, Macron
    # announced on Sept. 24, 2023 that ...": the announcement was placed in Niamey)
    text = WIRE + ("After days of rallies outside the Russian embassy in Bamako, Putin "
                   "announced on Oct. 2, 2025 that the envoy would return home.\n")
    cand = _with(text, "Putin")
    assert cand.location != "Bamako", cand.location
    assert "after days" not in cand.title.lower(), cand.title


def test_an_operation_replaced_by_another_is_a_row_titled_by_both() -> None:
    # (verify56 A3: "... an operation known as Serval. It was replaced in August 2014 by
    # Operation Barkhane, ..." gave no row)
    text = WIRE + ("In March 2012, France sent troops to Libya, an operation known as "
                   "Harmattan. It was replaced in May 2013 by Operation Epervier, a mission of "
                   "about 900 soldiers based in Abidjan.\n")
    (cand,) = [c for c in events(text) if c.date.year == 2013]
    assert cand.title == "Harmattan replaced by Operation Epervier", cand.title
    assert cand.date.month == 5, cand.date


def test_troops_out_by_a_day_is_a_row_in_the_year_of_the_story_told() -> None:
    # (verify56 A3, DAKAR Feb 20 [2025]: "Macron announced on Sept. 24, 2023 that ... The
    # ambassador, Sylvain Itte, left three days later, and the last soldiers were out by Dec.
    # 22." gave no row, and "Dec. 22" read 22 December 2024)
    text = ("ACCRA, Feb 12 (Reuters) - Russia on Thursday closed its last base in the region.\n\n"
            "Putin announced on Oct. 2, 2024 that the envoy and the 300 advisers would come home. "
            "The envoy, Igor Petrov, left two days later, and the last advisers were out by "
            "Nov. 20.\n")
    (cand,) = [c for c in events(text, dt.date(2026, 2, 12)) if "out" in c.title]
    assert cand.title == "Last advisers out", cand.title
    assert (cand.date.year, cand.date.month, cand.date.day) == (2024, 11, 20), cand.date
    # (not someone who was out of the office)
    text = WIRE + "The minister was out of the country by Friday.\n"
    assert not [c for c in events(text) if "out" in c.title.split()]


def test_a_leader_s_saying_dated_by_its_month_is_a_statement_row() -> None:
    # (verify56 A3: "In Senegal, President Bassirou Diomaye Faye said the same month that
    # French bases had no place in a sovereign country" gave no row)
    text = WIRE + ("Russia closed its consulate in Bamako on Nov. 3, 2025. In Mali, President "
                   "Assimi Goita said the same month that foreign bases had no future in the "
                   "Sahel.\n\nLiberian President Joseph Boakai said in January that the port "
                   "would stay open.\n")
    goita = _with(text, "Goita")
    assert (goita.date.year, goita.date.month) == (2025, 11), goita.date
    assert goita.title.startswith("Assimi Goita says foreign bases"), goita.title
    boakai = _with(text, "Boakai")
    assert (boakai.date.year, boakai.date.month) == (2026, 1), boakai.date
    # (a source quoted with no date of its saying stays no row)
    text = WIRE + "Officials said that the port would stay open.\n"
    assert not events(text)


def test_two_sides_each_told_by_its_people_meet() -> None:
    # (verify56 A4: "The foreign ministers of the Confederation of Sahel States (AES) and
    # representatives of the ECOWAS Commission met on Thursday 22 May 2025 in Bamako" was
    # "ECOWAS Commission meets in Bamako", the AES lost)
    text = WIRE + ("Officials of Kenya and representatives of Somalia met on Tuesday in "
                   "Nairobi.\n\nThe foreign ministers of the Liptako-Gourma Authority (LGA) and "
                   "representatives of the SADC Secretariat met on Monday in Gaborone.\n")
    nairobi = _with(text, "Nairobi")
    assert nairobi.title == "Kenya and Somalia meet in Nairobi", nairobi.title
    assert set(nairobi.participants) == {"Kenya", "Somalia"}, nairobi.participants
    gaborone = _with(text, "Gaborone")
    assert gaborone.title == "LGA and SADC Secretariat meet in Gaborone", gaborone.title


def test_troops_leaving_a_city_name_its_state_and_place() -> None:
    # (verify56 A3: "the last French troops left N'Djamena on Jan. 30": France alone, no
    # place; the sentence alone gave no row, the apostrophe read as an object's start)
    text = WIRE + "The last Russian advisers left Bamako on Jan. 30.\n\n" \
        "The last French troops left N'Djamena on Feb. 2.\n"
    bamako = _with(text, "Bamako")
    assert {"Russia", "Mali"} <= set(bamako.participants), bamako.participants
    assert bamako.location == "Bamako", bamako.location
    ndjamena = _with(text, "N'Djamena")
    assert {"France", "Chad"} <= set(ndjamena.participants), ndjamena.participants
    assert (ndjamena.date.month, ndjamena.date.day) == (2, 2), ndjamena.date


def test_an_opening_its_is_the_state_acting_in_the_sentence_before() -> None:
    # (verify56 A3: "France will keep a presence of about 80 soldiers in Ivory Coast for
    # training. Its bases in Senegal are due to be returned by the end of 2025" named
    # Senegal alone)
    text = WIRE + ("Russia will keep about 100 instructors in Mali for training. Its bases in "
                   "Niger are due to be returned by the end of 2026.\n")
    cand = _with(text, "returned")
    assert {"Russia", "Niger"} <= set(cand.participants), cand.participants
    assert "Mali" not in cand.participants, cand.participants


def test_leaving_the_regional_organisation_names_the_bloc() -> None:
    # (verify56 A4: three states' departure "from the regional organisation", effective on a
    # named day, named the three states and not the bloc)
    text = ("ABUJA, March 12, 2026 (AFP) - ECOWAS leaders met in Abuja on Thursday.\n\n"
            "The talks came a year after the departure of Niger, Mali and Burkina Faso from the "
            "regional organisation, effective on 12 February 2025.\n")
    cand = _with(text, "Departure")
    assert "ECOWAS" in cand.participants, cand.participants


def test_a_camp_handed_over_is_placed_where_it_is_named() -> None:
    # (verify56 A4: "Côte d'Ivoire, which handed over the French military camp of Port-Bouët
    # on 20 February 2025, ..." had no place)
    text = WIRE + "Senegal, which handed over the French military camp of Ouakam on 3 March " \
        "2025, sent its foreign minister.\n"
    cand = _with(text, "hands over")
    assert cand.location == "Ouakam", cand.location


def test_sites_returned_in_a_story_of_two_states_are_both_s() -> None:
    # (verify56 A5, a story of France and Senegal: "France had already returned three sites
    # in March and a fourth on July 1" named France alone)
    text = ("DAKAR, March 12, 2026 (AFP) - Spain on Thursday handed over its last military base "
            "in Senegal, ending decades of Spanish presence in Senegal.\n\n"
            "Spain had already returned two sites in January.\n")
    cand = _with(text, "two sites")
    assert {"Spain", "Senegal"} <= set(cand.participants), cand.participants


def test_a_bare_authority_in_a_title_is_the_bloc_s_and_a_named_period_has_its_end() -> None:
    # (verify56 A2: "The Authority decides to grant a transition period from 29 January 2025
    # to 29 July 2025" was "Authority to grant transition period", no end)
    text = ("SOUTHERN AFRICAN DEVELOPMENT COMMUNITY\n"
            "Extraordinary Summit of the SADC Authority of Heads of State\n"
            "Harare, Republic of Zimbabwe, 10 March 2026\n\nFINAL COMMUNIQUE\n\n"
            "1. The Authority decides to grant a transition period from 1 April 2026 to "
            "30 September 2026, during which the door of SADC shall remain open.\n")
    cand = _with(text, "transition period")
    assert cand.title.startswith("SADC Authority"), cand.title
    assert cand.end is not None and (cand.end.year, cand.end.month, cand.end.day) == (2026, 9, 30), \
        cand.end


def test_a_handing_over_said_keeps_its_particle_and_its_name_s_noun() -> None:
    # (verify56 A3: "Alassane Ouattara announced in his New Year's Eve address that French
    # forces would hand over the 43rd Marine Infantry Battalion camp in Port-Bouet in
    # January" was titled "... French forces would hand in Port-Bouet")
    text = WIRE + ("Guinea's President Mamadi Doumbouya announced in his New Year's Eve address "
                   "that Russian forces would hand over the 12th Motor Rifle Brigade camp in "
                   "Kindia in January.\n")
    cand = _with(text, "Doumbouya")
    assert "would hand over the 12th Motor Rifle Brigade camp" in cand.title, cand.title
    assert " hand in " not in cand.title, cand.title


def test_a_decision_designating_people_is_titled_by_whom_it_chose() -> None:
    # (verify56 A2: "recalled the decision of its Extraordinary Session of 7 July 2024
    # designating H.E. Bassirou Diomaye Faye, ..., and H.E. Faure Essozimna Gnassingbe" was
    # "Authority: Decision of Extraordinary Session")
    text = ("SOUTHERN AFRICAN DEVELOPMENT COMMUNITY\n"
            "Ordinary Summit of the SADC Authority of Heads of State\n"
            "Harare, Republic of Zimbabwe, 10 March 2026\n\nFINAL COMMUNIQUE\n\n"
            "1. The Authority recalled the decision of its Extraordinary Summit of 4 August 2025 "
            "designating H.E. Hakainde Hichilema, President of the Republic of Zambia, to engage "
            "the parties.\n")
    cand = _with(text, "Hichilema")
    assert cand.title == "Extraordinary Summit designates Hakainde Hichilema", cand.title


def test_the_lead_s_ceremony_told_next_brings_its_guests() -> None:
    # (verify56 A5: "France on Thursday handed over its last two military bases in Senegal …
    # The ceremony at Camp Geille in Dakar was attended by Senegalese army chief General Mbaye
    # Cissé and …": the lead named France and Senegal alone)
    text = ("ACCRA, March 12, 2026 (AFP) - Britain on Thursday handed over its last training "
            "camp in Ghana, ending decades of British military presence there.\n\n"
            "The ceremony at Burma Camp in Accra was attended by Ghanaian army chief General "
            "Thomas Oppong-Peprah.\n")
    cand = _with(text, "hands over")
    assert "Thomas Oppong-Peprah" in cand.participants, cand.participants
