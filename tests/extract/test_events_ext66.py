"""Participants on news the extractor has not seen (session 41, ext66): general rules, not
fits of one article -- "the North" of a Korea story, a body named inside a longer name, every
signatory of a list, the doer of a participle that a clause before it does not name.

The texts are invented in the shapes of verify50/verify51's articles (none is taken from an
evaluation corpus).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

DCT = dt.date(2026, 4, 27)  # a Monday



events, _with = readers(DCT)


def test_the_north_of_a_korea_story_is_north_korea() -> None:
    # verify51 F6: "the North fired two short-range ballistic missiles" had a participant
    # "North", which then became a lane and a filter name
    text = ("SEOUL, April 27, 2026 (Yonhap) -- South Korea marked the anniversary of the "
            "summit on Monday.\n\nLast week, the North fired two short-range ballistic "
            "missiles into the East Sea, the Joint Chiefs of Staff said.\n")
    assert _with(text, "fires").participants == ("North Korea",)


def test_the_north_and_the_south_of_a_korea_history() -> None:
    text = ("The Republic of Korea was proclaimed in Seoul in August 1948.\n\n"
            "On 25 June 1950 the North invaded the South.\n")
    assert "North Korea" in _with(text, "invades", None).participants


def test_a_bare_north_outside_a_korea_story_is_no_participant() -> None:
    text = ("KAMPALA, April 27, 2026 (Reuters) - Uganda's army said on Monday that rebels "
            "attacked two villages.\n\nThe North voted on Sunday for a new regional "
            "council.\n")
    assert all("North" not in c.participants for c in events(text))


def test_the_united_nations_command_is_no_mention_of_the_united_nations() -> None:
    # verify51 F5: "Armistice agreement signed by the United Nations Command" with
    # participants "United Nations Command, United Nations"
    text = ("The armistice agreement was signed at Panmunjom on 27 July 1953 by the United "
            "Nations Command.\n")
    assert "United Nations" not in _with(text, "rmistice", None).participants


def test_every_signatory_a_by_list_names_takes_part() -> None:
    # verify51 F5: the Korean People's Army and the Chinese People's Volunteers signed too
    text = ("The armistice agreement was signed at Panmunjom on 27 July 1953 by the United "
            "Nations Command, the Korean People's Army and the Chinese People's Volunteers. "
            "South Korea did not sign it.\n")
    assert _with(text, "rmistice", None).participants == (
        "United Nations Command", "Korean People's Army", "Chinese People's Volunteers")


def test_the_signatories_after_the_comma_that_closes_the_year() -> None:
    # AP writes a comma after the year: "on July 27, 1953, by the ..." named no signatory
    text = ("SEOUL, July 27, 2027 (Yonhap) -- South Korea marked the anniversary on Tuesday.\n\n"
            "The armistice was signed at Panmunjom on July 27, 1953, by the United Nations "
            "Command, the Korean People's Army and the Chinese People's Volunteers.\n")
    cand = _with(text, "rmistice signed", dt.date(2027, 7, 27))
    assert cand.participants == (
        "United Nations Command", "Korean People's Army", "Chinese People's Volunteers")


def test_a_plan_of_action_signed_is_no_act_of_the_clause_before_s_subject() -> None:
    # verify50 item 3: "Hassan Rouhani signs in Geneva" -- Rouhani won an election in the
    # clause before; the Joint Plan of Action was signed by others, whom the text leaves out
    text = ("After Hassan Rouhani won the presidential election on 14 June 2013, secret talks "
            "with the United States in Oman gave way to the Joint Plan of Action, signed in "
            "Geneva on 24 November 2013.\n")
    cand = _with(text, "Geneva", None)
    assert "Rouhani" not in cand.title
    assert "Hassan Rouhani" not in cand.participants


def test_a_participle_after_the_comma_of_an_object_is_done_to_it() -> None:
    # the same with an object that is no named text: "an interim deal, signed in Geneva" is
    # what was signed, not an act of the person of the clause before
    text = ("After Hassan Rouhani won the presidential election on 14 June 2013, secret talks "
            "with the United States in Oman led to an interim deal, signed in Geneva on 24 "
            "November 2013.\n")
    cand = _with(text, "Geneva", None)
    assert cand.title == "Interim deal signed in Geneva"
    assert "Hassan Rouhani" not in cand.participants


def test_who_told_a_ceremony_takes_part_in_it_not_the_story_s_pair() -> None:
    # verify51 F6: "Ceremony in Paju" had participants "South Korea, North Korea" (the story's
    # two states); North Korea took no part, and the minister who spoke there was not named
    text = ("SEOUL, April 27, 2026 (Yonhap) -- South Korea on Monday marked the eighth "
            "anniversary of the 2018 Panmunjom summit, with officials calling for a return to "
            "dialogue with North Korea.\n\nUnification Minister Chung Dong-young told a "
            "ceremony in Paju on Monday that Seoul remained ready to talk.\n")
    cand = _with(text, "Paju")
    assert cand.participants == ("Chung Dong-young",)


def test_the_two_countries_and_a_third_are_all_three() -> None:
    # "The two countries and Canada reviewed their trade pact" named Canada alone
    text = ("MEXICO CITY, Oct 20, 2027 (Reuters) - Talks between Mexico and the United States on "
            "steel tariffs ended in Washington on Tuesday without a deal.\n\nThe two countries "
            "and Canada reviewed their trade pact in July 2026.\n")
    cand = _with(text, "pact", dt.date(2027, 10, 20))
    assert set(cand.participants) == {"Mexico", "United States", "Canada"}


def test_a_readout_s_two_ministers_named_after_their_offices() -> None:
    # a ministry readout: "Minister ... of X, H.E. Name, and Minister ... of Y, H.E. Dato' Seri
    # Name, co-chaired": the second alone was the doer, with his honorifics in his name
    text = ("Jakarta, 18 May 2027 - Minister for Foreign Affairs of the Republic of Indonesia, "
            "H.E. Sugiono, and Minister of Foreign Affairs of Malaysia, H.E. Dato' Seri Mohamad "
            "Hasan, co-chaired the 43rd Joint Commission Meeting in Jakarta today.\n")
    cand = _with(text, "Jakarta", dt.date(2027, 5, 18))
    assert cand.participants == ("Sugiono", "Mohamad Hasan")


def test_a_counterpart_from_a_state_named_after_a_comma_takes_part() -> None:
    text = ("TOKYO, June 30, 2027 (Kyodo) -- Foreign Minister Takeshi Iwaya met his counterpart "
            "from Vietnam, Bui Thanh Son, in Hanoi on Tuesday, the ministry said.\n")
    cand = _with(text, "Hanoi", dt.date(2027, 6, 30))
    assert cand.participants[:2] == ("Takeshi Iwaya", "Bui Thanh Son")


def test_the_state_s_foreign_minister_is_the_one_named_with_that_office() -> None:
    # "The Japanese foreign minister" was the last Japanese person named, the defence minister
    text = ("TOKYO, June 30, 2027 (Kyodo) -- Foreign Minister Takeshi Iwaya held a video call "
            "with his Singaporean counterpart Vivian Balakrishnan on Tuesday.\n\nDefense Minister Gen "
            "Nakatani will travel to Manila on July 8 to meet his Philippine counterpart "
            "Gilberto Teodoro.\n\nThe Japanese foreign minister is also "
            "expected to visit Kuala Lumpur in mid-July.\n")
    cand = _with(text, "Kuala Lumpur", dt.date(2027, 6, 30))
    assert cand.participants[0] == "Takeshi Iwaya"


def test_the_capital_of_an_envoy_s_post_is_the_other_side() -> None:
    # "France recalled its ambassador to Algiers" named France alone; "ambassador to China"
    # named China already
    text = ("PARIS, Nov. 13, 2027 (AFP) - France recalled its ambassador to Algiers for "
            "consultations on Tuesday, the foreign ministry said.\n")
    cand = _with(text, "recalls", dt.date(2027, 11, 13))
    assert cand.participants == ("France", "Algeria")


def test_the_state_at_whose_request_a_meeting_was_held_takes_part() -> None:
    text = ("BRUSSELS, Sept. 23, 2027 (AP) - NATO allies held consultations on Tuesday at "
            "Estonia's request after three Russian fighter jets entered its airspace.\n")
    cand = _with(text, "consultations", dt.date(2027, 9, 23))
    assert set(cand.participants) >= {"NATO", "Estonia"}


def test_every_state_of_a_list_of_adjectives_takes_part() -> None:
    # "The French, German and British foreign ministers met": France was lost (its adjective
    # before a comma, not before a noun)
    text = ("BERLIN, Nov. 10, 2027 (dpa) - The French, Italian, German and British foreign "
            "ministers met in Berlin on Wednesday.\n")
    cand = _with(text, "Berlin", dt.date(2027, 11, 10))
    assert set(cand.participants) == {"France", "Italy", "Germany", "United Kingdom"}


def test_two_states_officeholders_as_a_subject_are_both_states() -> None:
    text = ("BRASILIA, Nov. 8, 2027 (Reuters) - Brazil's president and Argentina's foreign "
            "minister signed the accord on Monday.\n")
    cand = _with(text, "accord", dt.date(2027, 11, 8))
    assert cand.participants == ("Brazil", "Argentina")


def test_who_attended_a_meeting_takes_part() -> None:
    text = ("LONDON, Nov. 8, 2027 (Reuters) - The meeting was attended by Britain, France and "
            "Germany on Monday, the Foreign Office said.\n")
    cand = _with(text, "eeting", dt.date(2027, 11, 8))
    assert cand.participants == ("Britain", "France", "Germany")


def test_the_lead_s_three_states_counted_as_a_subject_take_part() -> None:
    # "The three juntas ... announced their withdrawal from ECOWAS" named the bloc alone
    text = ("BAMAKO, April 8, 2027 (AFP) - The foreign ministers of Mali, Burkina Faso and Niger "
            "met in Bamako on Thursday.\n\nThe three juntas announced their withdrawal from the "
            "Economic Community of West African States in January 2024.\n")
    cand = _with(text, "withdrawal", dt.date(2027, 4, 8))
    assert set(cand.participants) >= {"Mali", "Burkina Faso", "Niger"}


def test_a_titled_person_of_a_by_list_is_no_body() -> None:
    # the listed doers are bodies and forces: a titled person the article does not know as
    # one ("Attorney General Marta Gil") is not added as a name of its own
    text = ("The armistice was signed on 27 July 1953 by General Mark Clark, Commander Peng "
            "Dehuai and Attorney General Marta Gil.\n")
    cand = _with(text, "rmistice", None)
    assert "Attorney General Marta Gil" not in cand.participants


def test_the_north_of_a_story_that_names_seoul_only_is_north_korea() -> None:
    # a Korea context by its capital alone: "Seoul and Tokyo agreed ..."
    text = ("SEOUL, March 9, 2027 (Yonhap) -- Seoul and Tokyo agreed on Tuesday to resume "
            "regular shuttle diplomacy.\n\nThe North fired a cruise missile into the Yellow Sea "
            "on Sunday, the Joint Chiefs of Staff said.\n")
    assert _with(text, "fires", dt.date(2027, 3, 9)).participants == ("North Korea",)
