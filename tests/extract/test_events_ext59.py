"""Who took part, and titles that name the right actor (ext59, session 39): the trials'
wrong cases (verify48 F2, verify47 F6 and F14) and the general rules the session's eight new
dev articles (``benchmarks/data/u39-*``) showed.  Every sentence here is my own, in the
shapes the trials and the new articles had.
"""

from __future__ import annotations

from tests.extract.test_events_ext57 import _row, _rows  # (title, participants, place)

# ------------------------------------------------------- envoys from several states

def test_envoys_from_a_list_of_states_are_every_state_of_the_list() -> None:
    # (the group's "from" ended the subject's head, and the clause finder cut the list at
    # its comma: France was lost)
    text = ("OSLO, March 3, 2026 (Reuters) - Senior envoys from Spain, Italy and Portugal met "
            "Moroccan Foreign Minister Nasser Bourita in Oslo on Tuesday.\n")
    _title, people, _place = _row(text, "Oslo")
    assert {"Spain", "Italy", "Portugal"} <= set(people), people


def test_the_lead_meeting_takes_the_people_of_the_next_sentence_s_meeting() -> None:
    # (verify48 F2: the Geneva talks named Iran alone; the sentence that names the
    # envoys has no date of its own and was left out)
    text = ("VIENNA, Nov 24 (AFP) - Venezuelan and European negotiators held a new round of "
            "talks in Vienna on Monday, diplomats said. Venezuelan Deputy Foreign Minister "
            "Carlos Ramos met envoys from Spain, Italy and Portugal at the Venezuelan "
            "embassy. A further round is expected in Rome in January.\n")
    _title, people, place = _row(text, "Vienna")
    assert {"Venezuela", "Spain", "Italy", "Portugal"} <= set(people), people
    assert place == "Vienna"


def test_an_undated_meeting_of_other_states_after_the_lead_joins_nothing() -> None:
    text = ("VIENNA, Nov 24 (AFP) - Venezuelan and Spanish negotiators held a new round of "
            "talks in Vienna on Monday, diplomats said. Kenyan Foreign Minister Musalia "
            "Mudavadi met envoys from Ghana at the Kenyan embassy.\n")
    _title, people, _place = _row(text, "Vienna")
    assert "Ghana" not in people and "Kenya" not in people, people


# ------------------------------------------------------- a group named by its number

def test_the_three_countries_are_the_three_states_just_listed() -> None:
    # (ext59's own NAN story: "ECOWAS, Sierra Leone and Ghana leave regional bloc", the
    # states the story names most)
    text = ("ACCRA, Dec. 13, 2026 (GNA) - Ghana's President John Mahama on Sunday urged the "
            "leaders of the region to keep talking to Chad, Sudan and Libya. Ghana and "
            "Senegal will host the talks, Mahama said, with Ghana's foreign minister.\n\n"
            "The three countries, which formed a new council, formally left the regional "
            "bloc on January 29, 2025.\n")
    _title, people, _place = _row(text, "leave")
    assert people == ["Chad", "Sudan", "Libya"], people


def test_the_european_powers_are_the_states_just_listed() -> None:
    # (verify47 F14: "European powers trigger snapback" named France and Iran)
    text = ("PARIS, 30.11.2026 (AFP) - Spain, Italy and Portugal resumed talks with Venezuela "
            "in Madrid on Monday, the Spanish foreign ministry said.\n\n"
            "Venezuela left the accord on 8.5.2018, and the European powers triggered its "
            "dispute clause on 28.08.2025.\n")
    _title, people, _place = _row(text, "trigger")
    assert people == ["Spain", "Italy", "Portugal"], people


# ------------------------------------------------------- a summit agreed for the leaders

def test_a_summit_of_their_leaders_is_the_states_not_the_ministers() -> None:
    # (verify48 F2: "Cho Hyun and Takeshi Iwaya meet in Tokyo (scheduled)")
    text = ("MANILA, Nov. 28 (PNA) -- Philippine Foreign Minister Theresa Lazaro met "
            "Vietnamese Foreign Minister Le Hoai Trung in Manila on Friday to discuss the "
            "South China Sea. The two ministers agreed to hold a summit of their leaders in "
            "Hanoi in February.\n")
    title, people, place = _row(text, "Hanoi")
    assert people == ["Philippines", "Vietnam"], people
    assert title.startswith("Philippines and Vietnam hold leaders' summit"), title
    assert place == "Hanoi"


def test_their_leaders_after_a_list_of_three_states_are_the_three() -> None:
    # (ext59's own Euractiv story: "Germany and Poland meet in Warsaw", France lost)
    text = ("By Anna Nowak | Euractiv | 12 Feb 2026\n\n"
            "The foreign ministers of Spain, Italy and Portugal met in Rome on Thursday and "
            "agreed that their leaders would hold a summit in Lisbon in April.\n")
    _title, people, _place = _row(text, "Lisbon")
    assert people == ["Spain", "Italy", "Portugal"], people


def test_the_ministers_of_a_list_are_all_named_or_all_states() -> None:
    # ("Jean-Noël Barrot, Germany and Poland meet in Paris": one minister named later)
    text = ("By Anna Nowak | Euractiv | 12 Feb 2026\n\n"
            "The foreign ministers of Spain, Italy and Portugal met in Rome on Thursday. "
            "Italian Foreign Minister Antonio Tajani hosted his Spanish and Portuguese "
            "counterparts.\n")
    title, people, _place = _row(text, "Rome")
    # (session 52, ext95: who meets is the states' ministers, verify63 F4)
    assert title.startswith("Foreign ministers of Spain, Italy and Portugal meet"), title
    assert {"Spain", "Italy", "Portugal"} <= set(people), people


# ------------------------------------------------------- titles that name the right actor

def test_a_demand_met_is_no_meeting() -> None:
    # (verify47 F6: "IAEA meets with Iran" on Implementation Day)
    text = ("VIENNA, 2 December 2026 - Implementation Day followed on 16 January 2016, when "
            "the agency confirmed that Venezuela had met its initial commitments.\n")
    assert not any(" meet" in t for t, _p, _l in _rows(text)), _rows(text)


def test_a_demonym_before_a_noun_is_no_subject_s_name() -> None:
    # (verify47 F6: "American takes effect", the participant "American")
    text = ("LONDON, 2 December 2026 - The last of the reimposed American sanctions, on oil, "
            "took effect in November 2018.\n")
    title, people, _place = _row(text, "effect")
    assert not title.startswith("American "), title
    assert "American" not in people, people


def test_the_council_is_the_council_named_before() -> None:
    # (verify47 F6: "Council adopts its first sanctions resolution", participant "Council")
    text = ("LONDON, 2 December 2026 - The agency's board reported Venezuela to the UN "
            "Security Council on 4 February 2006. The Council adopted its first sanctions "
            "resolution on 23 December 2006.\n")
    title, people, _place = _row(text, "adopt")
    assert title.startswith("UN Security Council adopts"), title
    assert people == ["UN Security Council"], people


def test_a_name_whose_first_word_ends_in_ed_is_whole_in_the_title() -> None:
    # (verify47 F14: "United: Nations sanctions")
    text = ("PARIS, 30.11.2026 (AFP) - Spain resumed talks with Venezuela in Vienna on Monday, "
            "more than a year after Madrid triggered the return of United Nations sanctions "
            "on 28.09.2025.\n")
    assert not any("United:" in t for t, _p, _l in _rows(text)), _rows(text)


def test_a_long_name_is_not_cut_before_its_verb() -> None:
    # (verify47 F6: "International Atomic Energy Agency's Board", no verb)
    text = ("VIENNA, Nov 30, 2026 (Reuters) - Last week the International Atomic Energy Agency's "
            "Board of Governors passed a resolution urging Venezuela to give inspectors access "
            "to its stockpile of highly enriched uranium.\n")
    title, _people, _place = _row(text, "Board")
    assert " passes " in title, title


# ------------------------------------------------------- a bloc's ministers, a dateline

def test_the_ministers_of_the_lead_s_bloc_meet_whoever_else_the_sentence_names() -> None:
    # (ext59's own G7 story: "Ministers meet in Niagara" named Russia alone, whose sanctions
    # the ministers agreed on)
    text = ("ROME, 24 March (ANSA) - Foreign ministers of the Group of Seven met on the island "
            "of Capri on Tuesday.\n\n"
            "The ministers last met in Niagara, Canada, in November 2025, when they agreed to "
            "coordinate their sanctions on Russia.\n")
    _title, people, _place = _row(text, "Niagara")
    assert people[:1] == ["G7"], people


def test_a_dateline_with_jun_and_a_full_stop() -> None:
    from timeline_app.extract import read_dateline

    line = read_dateline("Lima, Jun. 4 (ANDINA). The foreign ministers met on Thursday.\n")
    assert (line.place, line.month, line.day, line.outlet) == ("Lima", 6, 4, "ANDINA")
    assert read_dateline("LIMA, Jul. 3 (Reuters) - Talks opened on Friday.\n").month == 7


# ------------------------------------------------------- members in an aside, a counterpart

def test_the_members_an_aside_lists_are_the_subject() -> None:
    # (ext59's own Andina story: "Mexico and Peru agree", the list cut at its commas)
    text = ("LIMA, June 4, 2026 (Reuters) - The foreign ministers of the Andean bloc, made up "
            "of Bolivia, Colombia, Ecuador and Peru, agreed on Thursday to convene the bloc's "
            "presidents in Lima on August 20.\n")
    title, people, _place = _row(text, "agree")
    assert people == ["Bolivia", "Colombia", "Ecuador", "Peru"], people
    assert title.startswith("Bolivia, Colombia, Ecuador and Peru agree"), title


def test_a_minister_and_his_counterpart_of_a_state() -> None:
    # (ext59's own Andina story: "Elmer Schialer's Chilean counterpart signs agreement")
    text = ("LIMA, June 4, 2026 (Reuters) - Peruvian Foreign Minister Elmer Schialer and his "
            "Bolivian counterpart signed an agreement in Lima on Wednesday on border "
            "crossings.\n")
    title, people, _place = _row(text, "sign")
    assert title.startswith("Elmer Schialer and Bolivia sign"), title
    assert {"Elmer Schialer", "Bolivia"} <= set(people), people


def test_the_visitor_of_a_visit_is_who_visits() -> None:
    # (ext59's own SPA story: "GCC Ministerial Council visits Riyadh", the body that
    # welcomed the visit)
    text = ("Kuwait, December 1, 2026, SPA -- The GCC Ministerial Council held its 166th "
            "session in Kuwait today.\n\n"
            "The Secretary-General said the council had welcomed the visit of the Iranian "
            "Foreign Minister to Riyadh last month.\n")
    title, people, _place = _row(text, "Riyadh")
    assert title.startswith("Iran visits Riyadh"), title
    assert people[:1] == ["Iran"], people


def test_a_capital_city_dateline_with_a_full_stop_is_no_sentence() -> None:
    from timeline_app.extract import split_sentences

    # Kazinform: "ASTANA. KAZINFORM - The ...": one dateline, as TASS's is
    segs = split_sentences("ASTANA. KAZINFORM - The ministers met on Friday. They agreed.\n")
    assert [s.text for s in segs] == ["ASTANA. KAZINFORM - The ministers met on Friday.",
                                      "They agreed."]


# ------------------------------------------------------- envoys, titled pairs, "the United States"

def test_a_leader_s_envoy_meets_not_the_leader() -> None:
    text = ("HANOI, March 17, 2026 (Yonhap) -- President Lee Jae-myung's special envoy, former "
            "prime minister Kim Boo-kyum, met Vietnamese President Luong Cuong in Hanoi on "
            "Tuesday.\n")
    title, people, _place = _row(text, "Hanoi")
    assert title.startswith("Kim Boo-kyum and Luong Cuong meet"), title
    assert "Lee Jae-myung" not in people, people
    text = ("MOSCOW, March 17, 2026 (Reuters) - U.S. President Donald Trump's special envoy "
            "met Russian President Vladimir Putin in Moscow on Tuesday.\n")
    _title, people, _place = _row(text, "Moscow")
    assert "Donald Trump" not in people and "United States" in people, people


def test_two_people_each_after_a_title_with_small_words_are_both_the_subject() -> None:
    text = ("BRUSSELS, March 17, 2026 (Reuters) - EU foreign policy chief Kaja Kallas and "
            "Georgian Foreign Minister Maka Botchorishvili met in Brussels on Tuesday.\n")
    title, people, _place = _row(text, "Brussels")
    assert title.startswith("Kaja Kallas and Maka Botchorishvili meet"), title
    assert {"Kaja Kallas", "Maka Botchorishvili"} <= set(people), people


def test_envoys_of_a_list_opening_with_the_united_states() -> None:
    text = ("VIENNA, March 17, 2026 (Reuters) - Envoys of the United States, Russia and China "
            "will meet in Vienna next week, diplomats said.\n")
    _title, people, _place = _row(text, "Vienna")
    assert people == ["United States", "Russia", "China"], people


def test_the_sides_a_meeting_brings_together_take_part_and_name_the_talks() -> None:
    text = ("DOHA, March 17, 2026 (Reuters) - The talks, mediated by Qatar and Turkey, brought "
            "together delegations from Pakistan and Afghanistan in Doha on Monday.\n")
    title, people, _place = _row(text, "Doha")
    assert {"Pakistan", "Afghanistan"} <= set(people), people
    assert title.startswith("Talks between Pakistan and Afghanistan"), title


def test_the_states_that_joined_a_meeting_take_part() -> None:
    text = ("GENEVA, March 17, 2026 (Reuters) - U.N. Secretary-General Antonio Guterres hosted "
            "Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot leader Tufan "
            "Erhurman in Geneva on Tuesday, joined by the foreign ministers of Greece, Turkey "
            "and Britain.\n")
    _title, people, _place = _row(text, "Geneva")
    assert {"Greece", "Turkey", "Britain"} <= set(people), people
