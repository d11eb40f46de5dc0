"""Participants of extracted events: both sides, states by name or adjective, as the
issue's "Participants" kinds ask (made-up sentences)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2025, 3, 22)  # a Saturday


def _only(text: str) -> tuple[str, ...]:
    (cand,) = extract_events(text, DCT).candidates
    return cand.participants


def test_the_state_acted_on_takes_part_after_the_actor() -> None:
    assert _only("Norway summoned Chile's ambassador on Tuesday.") == ("Norway", "Chile")
    assert _only("Kenya recalled its ambassador to Argentina on Monday.") == \
        ("Kenya", "Argentina")


def test_a_state_named_by_its_adjective_takes_part() -> None:
    assert _only("The Belarusian foreign ministry summoned Poland's charge d'affaires on "
                 "Thursday.") == ("Belarus", "Poland")
    assert _only("Norway expelled two Belarusian diplomats on Thursday.") == \
        ("Norway", "Belarus")


def test_an_adjective_of_a_place_name_is_no_state() -> None:
    # "Indian Ocean", "Indian-administered": a place, not India acting.
    assert "India" not in _only("Chile and Peru signed an accord in the Indian Ocean "
                                "port on Monday.")


def test_an_official_stands_for_the_state_of_the_title() -> None:
    assert _only("Japanese Foreign Minister Ana Sato met Kenyan Foreign Minister Joe Ruto "
                 "on Monday.") == ("Ana Sato", "Joe Ruto")


def test_both_sides_of_a_coordinated_subject() -> None:
    assert _only("Chile and the Philippines agreed on Tuesday to begin negotiations on a "
                 "pact.") == ("Chile", "Philippines")
    # "Xi" and "Wu": a two-letter part of a known name refers to the person.
    text = ("President Wu Lan spoke on Monday. Wu and President Ana Sato met in Lima on "
            "Tuesday.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "meet" in c.title]
    assert cand.participants == ("Wu Lan", "Ana Sato")


def test_the_actor_of_a_present_tense_first_verb_meets_too() -> None:
    text = ("Prime Minister Ravi Nair arrived on Monday. Nair leaves for Lima on Wednesday and "
            "is to meet President Ana Sato on Thursday.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "meet" in c.title]
    assert cand.participants == ("Ravi Nair", "Ana Sato")


def test_a_date_is_never_the_antecedent_of_its() -> None:
    text = ("The core group first met in Lima in January, and will hold its third meeting "
            "in Quito on March 10.")
    for cand in extract_events(text, DCT).candidates:
        assert not any(p.startswith("March") for p in cand.participants)


def test_the_doer_after_by_takes_part_in_an_event_noun() -> None:
    # Two events since the brokering and the expiry are read apart: the brokering's doer.
    truce = extract_events("The truce brokered by the United Nations in April 2022 expired "
                           "in October.", DCT).candidates
    assert any(c.participants[:1] == ("United Nations",) for c in truce)
    assert _only("The accord was renewed in 2017 during a visit to Lima by then-president "
                 "Ana Sato.") == ("Ana Sato", "Peru")  # (the visit's host: ext24)


def test_titles_written_in_lower_case_name_a_person() -> None:
    (cand,) = extract_events("Foreign Minister Ana Sato held talks with visiting Peruvian "
                             "presidential adviser Luis Vega in Lima on Tuesday.",
                             DCT).candidates
    assert cand.participants == ("Ana Sato", "Luis Vega")
    assert cand.title == "Ana Sato and Luis Vega meet in Lima"


def test_the_leaders_of_a_list_of_states_are_all_sides() -> None:
    (cand,) = extract_events("The leaders of Chile, Peru and Japan held their last trilateral "
                             "summit in Lima in May 2024.", DCT).candidates
    assert cand.participants == ("Chile", "Peru", "Japan")
    assert cand.title == "Trilateral meeting of Chile, Peru and Japan in Lima"


def test_a_meeting_folded_into_a_visit_names_the_host_too() -> None:
    # "met Ana Sato" is absorbed by the visit: one event, both sides
    text = ("President Ana Sato spoke on Monday. Foreign Minister Ravi Nair visited Lima in "
            "May last year, his first trip there in six years, and met Sato for talks.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "Lima" in c.title]
    assert cand.participants[:2] == ("Ravi Nair", "Ana Sato")


def test_a_prefixed_verb_keeps_its_coordinated_subject() -> None:
    # "co-chaired": the subject is before the prefix, both leaders chair
    text = ("President Ana Sato and Prime Minister Ravi Nair met on Tuesday. A day earlier, "
            "Sato and Nair co-chaired the Lima Action Summit in Lima.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if "chair" in
               c.evidence[0].sentence and "co-chaired" in c.evidence[0].sentence]
    assert set(cand.participants[:2]) == {"Ana Sato", "Ravi Nair"}


def test_the_two_and_their_leaders_refer_back() -> None:
    text = ("President Ana Sato welcomed Prime Minister Ravi Nair to Lima on Friday, and the "
            "two pledged to renew their partnership.")
    pledge = [c for c in extract_events(text, DCT).candidates if "pledge" in c.title.lower()]
    assert pledge and set(pledge[0].participants[:2]) == {"Ana Sato", "Ravi Nair"}
    text = ("Japan and Chile agreed on Friday to hold joint drills, a week after their "
            "leaders met President Ana Sato in Lima.")
    met = [c for c in extract_events(text, DCT).candidates if "Ana Sato" in c.participants]
    assert met and {"Japan", "Chile"} <= set(met[0].participants)


def test_who_attends_an_event_takes_part() -> None:
    text = ("President Ana Sato spoke on Monday. Chile looks forward to Sato's attendance at "
            "the Andes summit in Lima in October.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if c.location == "Lima"]
    assert "Ana Sato" in cand.participants


def test_each_object_of_a_gapped_meeting_verb_meets_on_its_own_day() -> None:
    text = ("ABU DHABI, March 22 (WAM) -- UN special envoy Luis Vega, who met Chilean Defence "
            "Minister Prince Khalid bin Omar in Riyadh on Monday and Peruvian Foreign Minister "
            "Ana Sato in Muscat on Tuesday, held talks in Abu Dhabi on Wednesday.")
    cands = extract_events(text, DCT).candidates
    muscat = next(c for c in cands if c.location == "Muscat")
    riyadh = next(c for c in cands if c.location == "Riyadh")
    assert muscat.participants[:2] == ("Luis Vega", "Ana Sato")
    assert "Khalid bin Omar" in riyadh.participants and "Ana Sato" not in riyadh.participants


def _mention(text: str, word: str) -> tuple[str, list[str], list[str]]:
    """(subject, participants, countries) of the first mention of ``word``."""
    from timeline_app.extract.dateline import read_dateline
    from timeline_app.extract.pipeline.arguments import describe_mentions
    from timeline_app.extract.pipeline.entities import Entities
    from timeline_app.extract.pipeline.triggers import find_mentions
    from timeline_app.extract.sentences import bound_segments, split_sentences
    from timeline_app.extract.timex import tag_timexes
    segments = bound_segments(split_sentences(text), text)
    mentions = find_mentions(text, segments)
    describe_mentions(text, mentions, Entities(text), read_dateline(text), tag_timexes(text, DCT))
    m = next(x for x in mentions if x.word == word)
    return m.subject, m.participants, m.countries


def test_the_person_of_a_title_is_the_subject_over_the_body_of_the_title() -> None:
    subject, _, _ = _mention(
        "ABU DHABI, March 22 (WAM) -- UN special envoy Luis Vega, who met Defence Minister "
        "Ana Sato in Riyadh on Monday, held talks in Abu Dhabi on Wednesday.", "talks")
    assert subject == "Luis Vega"


def test_a_date_after_by_is_no_doer() -> None:
    subject, parts, _ = _mention("The first batch of troops will be replaced by March 10, "
                                 "officials said.", "replaced")
    assert subject == "" and parts == []


def test_a_place_or_an_outlet_is_no_antecedent() -> None:
    subject, _, _ = _mention("NEW DELHI, Feb 2 (PTI) -- India and Chile agreed on Friday to "
                             "talk. The core group first met in Lima in January, and will "
                             "hold its third meeting in Quito in March.", "meeting")
    assert subject not in ("Lima", "PTI")


def test_a_states_officeholder_described_by_nationality_is_the_person_named_before() -> None:
    subject, parts, _ = _mention(
        "Visiting Indonesian President Ana Sato met To Lam. The Indonesian leader is "
        "scheduled to meet Prime Minister Luis Vega on March 28.", "meet")
    assert subject == "Ana Sato" and parts[:2] == ["Ana Sato", "Luis Vega"]


def test_the_country_the_article_is_about_takes_part() -> None:
    text = ("Lithuania was proclaimed in 1918. In June 1940 the Soviet Union occupied the "
            "country. Iceland became the first country to recognise the restored state in "
            "February 1991. Lithuania joined NATO in 2004.")
    assert _mention(text, "occupied")[2] == ["Soviet Union", "Lithuania"]
    subject, _, countries = _mention(text, "recognise")
    # (Iceland, a state the vocabulary knows, acts; the restored state is the country)
    assert subject == "Iceland" and countries == ["Iceland", "Lithuania"]


def test_the_doer_of_responded_with_and_a_states_body_as_subject() -> None:
    subject, _, _ = _mention("Moscow responded with an economic blockade in April.", "blockade")
    assert subject == "Moscow"
    _, _, countries = _mention("Argentina's presidency responded with a statement on May 4 "
                               "accusing the government.", "statement")
    assert countries[:1] == ["Argentina"]


def test_a_body_named_before_acts_under_its_short_name() -> None:
    text = ("The Constitutional Court has 180 days to rule. In 2017, the court upheld the "
            "impeachment of then President Ana Sato, who had been impeached by parliament in "
            "December 2016.")
    cands = {c.title: c.participants for c in extract_events(text, DCT).candidates}
    assert cands.get("Constitutional Court upholds impeachment of Ana Sato") == (
        "Constitutional Court", "Ana Sato"), cands
    assert cands.get("Ana Sato impeached") == ("Ana Sato",), cands


def test_the_host_of_a_welcome_receives_the_guest() -> None:
    text = ("LIMA, March 21 (AP) -- President Ana Sato welcomed Prime Minister Ravi Nair to the "
            "palace on Friday, the first foreign leader to visit since her inauguration.")
    visit = next(c for c in extract_events(text, DCT).candidates if "visit" in
                 c.evidence[0].sentence and "Ravi Nair" in c.participants)
    assert visit.participants[:2] == ("Ana Sato", "Ravi Nair")
    assert visit.title.startswith("Ana Sato receives Ravi Nair"), visit.title


def test_who_travels_for_talks_takes_part_and_the_destination_is_the_place() -> None:
    text = ("Prime Minister Ravi Nair spoke on Friday. After leaving Lima, Nair was scheduled "
            "to fly to Quito for talks with President Ana Sato on Sunday.")
    talks = next(c for c in extract_events(text, DCT).candidates if "Ana Sato" in c.participants)
    assert talks.participants[:2] == ("Ravi Nair", "Ana Sato") and talks.location == "Quito"
    assert talks.date.start == dt.date(2025, 3, 23)  # the coming Sunday


def test_relations_between_the_neighbours_are_the_two_states_of_the_article() -> None:
    text = ("NAIROBI, March 21 (Reuters) - Kenya and Somalia agreed on Friday to reopen a "
            "border crossing, after talks between Kenyan Foreign Minister Ana Sato and Somali "
            "Foreign Minister Luis Vega. Relations between the neighbours were severed in "
            "December 2020, and were restored in August 2021 after mediation by Qatar.")
    cands = {c.date.start.year: c.participants for c in extract_events(text, DCT).candidates}
    assert cands[2020][:2] == ("Kenya", "Somalia"), cands
    assert set(cands[2021]) >= {"Kenya", "Somalia", "Qatar"}, cands


def test_who_accepts_an_invitation_visits_and_who_invites_receives() -> None:
    text = ("LIMA, March 21 (AP) -- President Ana Sato met Prime Minister Ravi Nair on Friday. "
            "Sato said Nair had accepted an invitation from King Luis Vega to make a state "
            "visit to Spain later this year.")
    visit = next(c for c in extract_events(text, DCT).candidates if "Spain" in c.title)
    assert visit.participants[:2] == ("Ravi Nair", "Luis Vega"), visit.participants
    assert visit.title == "Luis Vega receives Ravi Nair in Spain (scheduled)", visit.title
    text = ("KUALA LUMPUR, March 21 (Bernama) -- Prime Minister Datuk Seri Ana Sato will pay a "
            "state visit to Japan from May 20 to 23 at the invitation of Prime Minister Ravi "
            "Nair, the ministry said.")
    visit = next(c for c in extract_events(text, DCT).candidates if "Japan" in c.title)
    assert visit.title.startswith("Ravi Nair receives Ana Sato"), visit.title


def test_a_state_named_by_its_adjective_after_by_is_the_doer() -> None:
    subject, _, countries = _mention(
        "The employee of a Chilean firm was taken into custody by Peruvian state security "
        "authorities late last month.", "taken")
    assert subject == "Peru" and "Peru" in countries


def test_a_capital_as_subject_beside_its_state_is_one_participant() -> None:
    # (issue 8: "Riyadh cut ties with Tehran ... Saudi diplomatic missions" gave both
    # Riyadh and Saudi Arabia): the state, in the subject's place.
    # (the seizure the after-clause tells is an event of its own, circa May 2003)
    found = extract_events("Tokyo recalled its ambassador in May 2003 after Japanese fishing "
                           "boats were seized.", DCT).candidates
    assert [c.participants for c in found if "recalls" in c.title] == [("Japan",)]
    # Without its state named, the capital that acts is its state too (trial 13, the
    # coordinator's rule: "Kigali" as a participant is Rwanda); only seats of government
    # (``phrases.CAPITALS``), so no other city turns into a state.
    # (the capital the ambassador is recalled from is that government, ext81: the dev golds
    # name both sides of a recall, "Algiers withdrew its ambassador from Paris")
    assert _only("Tokyo recalled its ambassador from Beijing in May 2003.") == ("Japan", "China")
    assert _only("Osaka recalled its ambassador from Beijing in May 2003.") == ("Osaka", "China")


def test_who_stays_or_comes_for_talks_takes_part() -> None:
    # "X will stay on for talks", "X came to Lima for a meeting": the subject of the verb
    # whose purpose ("for") the event noun is takes part, as in "fly to Ankara for talks".
    text = ("Foreign Minister Ana Sato, who accompanied him, will stay on for talks in "
            "Lima on Monday.")
    assert _only(text)[:1] == ("Ana Sato",)


def test_the_partner_after_with_takes_part_in_talks_past_their_place_and_date() -> None:
    # "talks in Bishkek on Monday with his Kyrgyz counterpart Jeenbek Kulubaev": the
    # "with" phrase is the talks' complement even after the place and the date.
    text = ("Foreign Minister Ana Sato will stay on for talks in Lima on Monday with his "
            "Kyrgyz counterpart Jeenbek Kulubaev.")
    assert _only(text) == ("Ana Sato", "Jeenbek Kulubaev")
    text = "Chile will hold talks in Lima on Monday with Peru."
    assert _only(text) == ("Chile", "Peru")


def test_the_two_countries_are_the_pair_the_article_is_about() -> None:
    # "The two sides", "the two countries", "each country": the two states the article
    # names most (the pair of its story), not the last two states named in passing.
    text = ("Chile and Peru held talks in Lima on Monday and agreed to expand trade. Chilean "
            "Foreign Minister Ana Sato met her Peruvian counterpart Luis Vega. The ministers "
            "also condemned Russia's arms dealings with Iran. The two sides agreed to hold "
            "their next meeting in Lima in 2026.")
    nxt = next(c for c in extract_events(text, DCT).candidates if "2026" in str(c.date))
    assert set(nxt.participants[:2]) == {"Chile", "Peru"}, nxt.participants
    text = ("Chile and Peru resumed talks on Monday. Peru had paused the talks in June, and in "
            "October 2024 each country expelled six of the other's diplomats.")
    expelled = next(c for c in extract_events(text, DCT).candidates if "expel" in c.title.lower())
    assert set(expelled.participants) >= {"Chile", "Peru"}, expelled.participants


def test_the_three_countries_are_the_three_the_article_names_most() -> None:
    text = ("The foreign ministers of Egypt, Jordan and Iraq met in Cairo on Tuesday. "
            "Egyptian Foreign Minister Ana Sato hosted her Jordanian counterpart Luis Vega "
            "and Iraqi Foreign Minister Ravi Nair. The three countries held their last summit "
            "in Baghdad in June 2021.")
    summit = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2021)
    assert set(summit.participants) >= {"Egypt", "Jordan", "Iraq"}, summit.participants


def test_a_verb_after_and_to_shares_the_subject_of_the_first() -> None:
    # "X is scheduled to address ... and to meet Y": X meets Y.
    text = ("President Ana Sato is scheduled to address the assembly on Tuesday and to meet "
            "Prime Minister Ravi Nair in Lima on Thursday.")
    meet = next(c for c in extract_events(text, DCT).candidates if "Ravi Nair" in c.participants)
    assert meet.participants[:2] == ("Ana Sato", "Ravi Nair"), meet.participants


def test_who_is_or_arrives_somewhere_for_an_event_takes_part() -> None:
    # The purpose "for a conference" may follow the verb's place and date.
    _, people, _ = _mention("Prime Minister Ana Sato spoke. Sato was in Lima in late "
                            "September for a conference on trade.", "conference")
    assert people == ["Ana Sato"]
    _, people, _ = _mention("Foreign Minister Ravi Nair spoke. Nair arrived in Lima on "
                            "Monday for a three-day visit.", "visit")
    assert people == ["Ravi Nair"]


def test_for_after_a_verbs_object_is_no_purpose_of_the_verb() -> None:
    # "discussed preparations for the anniversary": "for" belongs to the noun, so the
    # ministers are no doers of the anniversary.
    _, people, _ = _mention("Foreign Minister Ana Sato met Foreign Minister Ravi Nair. The two "
                            "ministers discussed preparations for the 60th anniversary of "
                            "the treaty.", "anniversary")
    assert people == []


def test_he_or_she_refers_to_a_person_named_with_a_title() -> None:
    # The antecedent is the person inside "Turkish Foreign Minister Ana Sato", not the
    # whole capitalised run (which is no one's name).
    text = ("Turkish Foreign Minister Ana Sato welcomed the deal on Thursday and said she "
            "would travel to Lima next month.")
    trip = next(c for c in extract_events(text, DCT).candidates if "Lima" in c.title)
    assert trip.participants[:1] == ("Ana Sato",), trip.participants


def test_it_refers_to_a_state_or_bloc_that_was_the_subject() -> None:
    # News calls a state or a bloc "it": "Moldova ... It applied for EU membership".
    subject, _, countries = _mention(
        "Moldova is a candidate for membership. It signed an accord with Chile on March 3, "
        "2022, days after Russia launched its invasion of Ukraine.", "signed")
    assert subject == "Moldova" and "Moldova" in countries


def test_the_grouping_or_the_bloc_is_the_bloc_named_before() -> None:
    text = ("The Quad foreign ministers met in Lima on Tuesday. The grouping traces its "
            "origins to the tsunami of December 2004 and held its first formal dialogue in "
            "2007.")
    dialogue = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2007)
    assert "Quad" in dialogue.participants, dialogue.participants


def test_a_state_that_leads_or_backs_takes_part() -> None:
    # "the Saudi-led coalition", "a Qatar-brokered truce": the state in the compound acts.
    _, _, countries = _mention("The Chilean-led coalition intervened in Peru in March 2015.",
                               "intervened")
    assert countries[:1] == ["Chile"], countries
    _, _, countries = _mention("The Qatar-brokered truce collapsed in Gaza in March 2025.",
                               "truce")
    assert "Qatar" in countries, countries


def test_a_state_before_an_event_noun_is_its_doer() -> None:
    # "the chaotic U.S. withdrawal from Afghanistan", "Chile's withdrawal from the pact"
    _, _, countries = _mention("Biden spoke in September 2021, weeks after the chaotic U.S. "
                               "withdrawal from Afghanistan.", "withdrawal")
    assert countries == ["United States", "Afghanistan"], countries


def test_a_capital_outside_a_place_phrase_stands_for_its_state() -> None:
    # "sanctions on Minsk", "accusing Cotonou of ...": the government, named as written;
    # "talks in Minsk" is a place.
    _, _, countries = _mention("Poland will ask its partners to extend sanctions on Minsk "
                               "in February.", "sanctions")
    assert "Minsk" in countries, countries
    _, _, countries = _mention("Chile and Peru held talks in Minsk on Monday.", "talks")
    assert "Minsk" not in countries and "Belarus" not in countries, countries


def test_talks_between_the_two_sides_are_the_pair_of_the_story() -> None:
    # "Iraq and Oman hosted talks between the two sides": the hosts and the pair.
    text = ("Chile and Peru agreed on Friday to restore relations. Chile and Peru had cut "
            "ties in 2016. Iraq and Oman hosted several rounds of talks between the two sides "
            "in 2021 and 2022, the statement said.")
    talks = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2021)
    assert {"Iraq", "Oman", "Chile", "Peru"} <= set(talks.participants), talks.participants


def test_verbs_coordinated_with_a_meeting_share_both_sides() -> None:
    # "A met his counterpart B in Seoul on Tuesday, signed a memorandum and agreed to ...":
    # what the meeting's subject did next, it did with the other side.
    text = ("Foreign Minister Ana Sato met her Peruvian counterpart Luis Vega in Lima on "
            "Tuesday, signed a memorandum on minerals and agreed to hold a summit next year.")
    signed = next(c for c in extract_events(text, DCT).candidates if "memorandum" in c.title)
    assert signed.participants[:2] == ("Ana Sato", "Luis Vega"), signed.participants


def test_a_state_a_meeting_is_held_in_is_its_place_not_a_side() -> None:
    _, _, countries = _mention("Foreign Minister Ana Sato met Foreign Minister Luis Vega in "
                               "Laos on Tuesday.", "met")
    assert "Laos" not in countries, countries
    # (a bloc that names the gathering is no venue: "at the BRICS summit")
    _, _, countries = _mention("Chile looks forward to Lula's attendance at the BRICS summit "
                               "in Kazan in October.", "summit")
    assert "BRICS" in countries, countries


def test_a_state_is_named_as_the_article_names_it() -> None:
    # "Britain" in an article that says "Britain" (AP, Reuters style), "the United
    # Kingdom" in one that says so; abbreviations ("UK", "U.S.") give the full name.
    text = ("Britain and Chile signed a trade pact on Monday. British voters chose to leave "
            "the bloc in a referendum in June 2016.")
    names = {p for c in extract_events(text, DCT).candidates for p in c.participants}
    assert "Britain" in names and "United Kingdom" not in names, names
    text = "The UK and Chile signed a trade pact on Monday."
    (cand,) = extract_events(text, DCT).candidates
    assert cand.participants == ("United Kingdom", "Chile"), cand.participants


def test_verbs_coordinated_with_a_meeting_share_its_place_and_keep_to_their_own() -> None:
    # "met B in Seoul on Tuesday, signed a memorandum and agreed to a summit in Ulaanbaatar":
    # the signing is in Seoul (the place of the verb it is coordinated with), and the
    # summit's place is no place of the signing.
    text = ("Foreign Minister Ana Sato met her Peruvian counterpart Luis Vega in Lima on "
            "Tuesday, signed a memorandum on minerals and agreed to arrange a summit in Cusco "
            "next year.")
    signed = next(c for c in extract_events(text, DCT).candidates if "memorandum" in c.title)
    assert signed.location == "Lima", signed.location
    text = ("The ministers of Chile and Peru met in Lima on Tuesday and launched a minerals "
            "initiative.")
    launched = next(c for c in extract_events(text, DCT).candidates if "launch" in c.title.lower())
    assert launched.location == "Lima", launched.location


def test_the_place_of_an_event_noun_told_by_its_relative_clause_or_participle() -> None:
    # "negotiations that ended in Geneva on Sunday", "the summit held in Lima in May":
    # an event is no doer, so "held" after it is passive and its place is the event's.
    text = "Sato briefed Vega on the negotiations that ended in Geneva on Sunday."
    (cand,) = [c for c in extract_events(text, DCT).candidates if "egotiation" in c.title]
    assert cand.location == "Geneva", cand.location
    text = "The visit follows the summit held in Lima on 7 December 2023."
    (cand,) = [c for c in extract_events(text, DCT).candidates if c.date.year == 2023]
    assert cand.location == "Lima", cand.location


def test_every_state_of_a_listed_subject_takes_part() -> None:
    subject, _, countries = _mention("Germany, France and Romania launched the Moldova Support "
                                     "Platform at a conference in Berlin in April 2022.",
                                     "launched")
    assert countries[:3] == ["Germany", "France", "Romania"], (subject, countries)


def test_a_states_person_named_with_a_possessive() -> None:
    # "Turkey's Serdar Kilic and Armenia's Ruben Rubinyan": people of those states.
    from timeline_app.extract.pipeline.entities import Entities
    entities = Entities("The envoys, Turkey's Serdar Kilic and Armenia's Ruben Rubinyan, said "
                        "so. Japan's Nikkei Stock Average fell. China's Xi Jinping spoke.")
    assert entities.people.get("Serdar Kilic") == "Turkey"
    assert entities.people.get("Ruben Rubinyan") == "Armenia"
    assert entities.people.get("Xi Jinping") == "China"
    assert "Nikkei Stock Average" not in entities.people


def test_who_said_it_in_a_statement_issued_it() -> None:
    text = ("The envoys, Turkey's Serdar Kilic and Armenia's Ruben Rubinyan, said in a joint "
            "statement on Wednesday that embassies would open.")
    statement = next(c for c in extract_events(text, DCT).candidates if "tatement" in c.title)
    assert {"Serdar Kilic", "Ruben Rubinyan"} <= set(statement.participants), \
        statement.participants


def test_talks_with_one_side_named_are_with_the_other_side_of_the_story() -> None:
    # "Canada had paused the trade talks": talks have two sides; the one not named is the
    # other state of the story's pair.
    text = ("Canada and India agreed on Tuesday to resume talks on a trade deal, India's "
            "foreign ministry said. Canada had paused the trade talks in September 2023.")
    paused = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2023)
    assert set(paused.participants) >= {"Canada", "India"}, paused.participants


def test_the_doer_of_a_passive_named_inside_a_description_after_by() -> None:
    # "restored in November 2019 by the interim government of Jeanine Anez": the person
    # whose government it is did it.
    subject, people, _ = _mention("President Ana Sato spoke. Relations were restored in November "
                                  "2019 by the interim government of Luis Vega.", "restored")
    assert subject == "Luis Vega" and people[:1] == ["Luis Vega"], (subject, people)


def test_they_done_to_in_a_passive_is_the_object_of_the_clause_before() -> None:
    # "X broke off relations in 2009, and they were restored in 2019": "they" are the
    # relations (parallel to the object before), not the last two people named.
    _, people, _ = _mention(
        "President Ana Sato met Prime Minister Luis Vega. Former President Ravi Nair broke "
        "off relations in 2009, and they were only restored in November 2019.", "restored")
    assert "Ana Sato" not in people and "Luis Vega" not in people, people


def test_talks_with_no_side_named_are_between_the_pair_of_the_story() -> None:
    text = ("Chile and Peru agreed on Tuesday to reopen the border. Chile and Peru cut ties "
            "in 2016. A second round of talks will be held in Lima in May.")
    talks = next(c for c in extract_events(text, DCT).candidates if "alks" in c.title)
    assert set(talks.participants) == {"Chile", "Peru"}, talks.participants


def test_his_her_or_its_before_an_event_noun_is_its_doer() -> None:
    text = ("Ties were strained after deputy ministers posted remarks about Prime Minister Ravi "
            "Nair following his visit to Lakshadweep in early January.")
    visit = next(c for c in extract_events(text, DCT).candidates if "isit" in c.title)
    assert visit.participants[:1] == ("Ravi Nair",), visit.participants


def test_a_title_is_no_part_of_the_subject_of_a_relative_clause() -> None:
    subject, people, _ = _mention("President Luis Vega, who took office in November, spoke.",
                                  "took")
    assert subject == "Luis Vega" and people == ["Luis Vega"], (subject, people)


def test_a_named_subject_takes_part_whatever_it_is() -> None:
    # A company, a movement, a bloc: the grammatical subject named takes part, not only
    # people and states of the vocabulary.
    assert "Zenco Aerospace" in _only("Zenco Aerospace began building a factory in Lima in "
                                      "late 2021.")
    assert "Houthis" in _only("The Houthis seized the capital Sanaa in September 2014.")


def test_the_doer_of_a_verb_whose_object_is_part_of_the_event_noun() -> None:
    # "ECOWAS lifted most of the sanctions": the doer of "lifted" lifts the sanctions.
    subject, _, countries = _mention("ECOWAS lifted most of the sanctions in February 2024.",
                                     "sanctions")
    assert "ECOWAS" in countries, (subject, countries)


def test_an_unnamed_ministry_or_government_is_the_datelines_states() -> None:
    # "summoned to the ministry", "prompting the government to ...": under a WARSAW
    # dateline, Poland's.
    text = ("LIMA, Dec 5 (AP) - Peru expelled two Chilean diplomats on Thursday. The charge "
            "d'affaires of Chile was summoned to the ministry on Wednesday and informed of the "
            "decision.")
    summoned = next(c for c in extract_events(text, DCT).candidates if "ummon" in c.title)
    assert set(summoned.participants) >= {"Chile", "Peru"}, summoned.participants


def test_the_two_sides_that_revive_an_accord_are_its_parties() -> None:
    # "the two sides would activate a security agreement signed in April 2001": the
    # pair of the story signed it (a guess kept out of the title, not out of the sides).
    text = ("Chile and Peru agreed on Friday to restore ties, Chile's foreign ministry said. "
            "Peru welcomed the deal. It added that the two sides would activate a security "
            "agreement signed in April 2001.")
    signed = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2001)
    assert {"Chile", "Peru"} <= set(signed.participants), signed.participants
    assert "Chile" not in signed.title, signed.title


def test_an_event_naming_no_one_in_a_bilateral_story_is_between_its_pair() -> None:
    # "The crossing was shut in 2011", "the framework was launched in 2013": with nobody
    # named, the two states of a bilateral story are the sides a reader understands.
    text = ("Chile and Peru agreed on Tuesday to reopen their border, Chile's ministry said. "
            "Peru welcomed the deal. The crossing was shut in 2011.")
    shut = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2011)
    assert set(shut.participants) == {"Chile", "Peru"}, shut.participants


def test_who_will_host_or_attend_a_summit_takes_part() -> None:
    # "India will host the Quad leaders' summit later this year": the base form too.
    summit = _only("Chile will host the Andes leaders' summit in Lima in October.")
    assert "Chile" in summit, summit


def test_counterparts_before_a_list_of_names_are_people() -> None:
    from timeline_app.extract.pipeline.entities import Entities
    entities = Entities("Foreign Minister Ana Sato and Defense Minister Luis Vega met their "
                        "Australian counterparts Penny Wong and Richard Marles for the talks.")
    assert entities.people.get("Penny Wong") == "Australia"
    assert entities.people.get("Richard Marles") == "Australia"


def test_relations_are_between_the_states_of_the_people_who_change_them() -> None:
    # "They [Cho and Wang] upgraded their relationship in 2008": relations hold between
    # states, so the states of those people take part too.
    text = ("South Korean Foreign Minister Ana Sato met Chinese Foreign Minister Luis Vega "
            "on Monday. They upgraded their relationship to a strategic partnership in 2008.")
    upgraded = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2008)
    assert {"South Korea", "China"} <= set(upgraded.participants), upgraded.participants


def test_the_place_in_the_city_of_or_off_a_coast() -> None:
    # "off the southern Japanese city of Fukuoka", "in the northern city of Aleppo"
    text = ("The Chilean and Peruvian coast guards held a joint drill off the southern "
            "Peruvian city of Arica in early July.")
    (cand,) = extract_events(text, DCT).candidates
    assert cand.location == "Arica", cand.location


def test_the_place_of_the_verb_whose_purpose_the_event_is() -> None:
    # "Tobgay was in New Delhi in late September for a conference": the conference is
    # in New Delhi.
    text = ("Prime Minister Ana Sato spoke. Sato was in Cusco in late September for a "
            "conference on heritage.")
    conference = next(c for c in extract_events(text, DCT).candidates if "onference" in c.title
                      or "Ana Sato" in c.participants)
    assert conference.location == "Cusco", conference.location


def test_what_is_seized_or_stormed_is_the_place() -> None:
    text = "The rebels seized the capital Lima in September 2014."
    (cand,) = extract_events(text, DCT).candidates
    assert cand.location == "Lima", cand.location


def test_talks_on_the_sidelines_of_a_gathering_are_where_it_is() -> None:
    text = ("Foreign Minister Ana Sato had talks with Foreign Minister Luis Vega last week on "
            "the sidelines of an international conference in Cusco.")
    talks = next(c for c in extract_events(text, DCT).candidates if "Luis Vega" in c.participants)
    assert talks.location == "Cusco", talks.location
    # (a date after "in" is no place: "launched at the foreign minister level in August")
    (cand,) = extract_events("The dialogue was launched at the foreign minister level in "
                             "August 2004.", DCT).candidates
    assert cand.location == "", cand.location


def test_the_untitled_person_a_meeting_verb_takes_is_a_side() -> None:
    # "Foreign Minister Takeshi Iwaya met Wang Yi in Tokyo": Wang Yi, named without a
    # title, is the other side.
    assert _only("Foreign Minister Ana Sato met Luis Vega in Lima on Saturday.") == \
        ("Ana Sato", "Luis Vega")


def test_a_verb_after_and_later_shares_the_subject_of_the_first() -> None:
    text = ("Foreign Minister Ana Sato met Luis Vega in Lima on Saturday. Sato said the talks "
            "were useful and later visited Cusco on Sunday.")
    visit = next(c for c in extract_events(text, DCT).candidates if "Cusco" in c.title)
    assert visit.participants[:1] == ("Ana Sato",), visit.participants


def test_the_broker_of_a_deal_takes_part() -> None:
    # "agreed to restore relations ..., in a deal brokered by China"
    countries = _mention("Chile and Peru agreed on Friday to restore diplomatic relations, in "
                         "a deal brokered by Qatar that ends a rupture.", "agreed")[2]
    assert "Qatar" in countries, countries


def test_a_body_that_acts_takes_part_with_no_person_named() -> None:
    # "the Federation Council, which is expected to consider it on November 6"
    text = ("Russia and Chile signed the treaty in June. The document now goes to the "
            "Federation Council, which is expected to consider it on November 6.")
    considers = next(c for c in extract_events(text, DCT).candidates if c.date.month == 11)
    assert "Federation Council" in considers.participants, considers.participants
    # (and "in June." at a sentence's end is a date, no place)
    signed = next(c for c in extract_events(text, DCT).candidates if c.date.month == 6)
    assert signed.location == "", signed.location


def test_a_border_or_ties_with_one_side_named_are_with_the_other_state_of_the_story() -> None:
    # "Warsaw closed its last border crossing in February 2023": a border has two sides.
    text = ("Chile expelled two Peruvian diplomats on Thursday, Chile's ministry said. Peru "
            "said it would respond. Santiago closed its last border crossing in February 2023.")
    closed = next(c for c in extract_events(text, DCT).candidates if c.date.year == 2023)
    assert "Peru" in closed.participants, closed.participants


def test_their_event_and_the_one_it_is_the_first_since_are_theirs() -> None:
    # "A met B on Friday, their first talks since a July meeting in Laos": the talks and
    # the July meeting are A's and B's.
    text = ("Secretary of State Ana Sato met Foreign Minister Luis Vega on Friday, the "
            "ministry said, their first talks since a July meeting in Laos.")
    for word in ("talks", "meeting"):
        _, people, _ = _mention(text, word)
        assert people == ["Ana Sato", "Luis Vega"], (word, people)


# verify55 F30: an Armenian MFA readout's "Minister of Foreign Affairs of the Republic of
# Armenia Ararat Mirzoyan and Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun
# Bayramov held negotiations in Almaty" named Bayramov alone; "Tokayev received the two
# ministers" gave no row; "The previous round took place in Berlin" no one.
_READOUT = (
    "Press release\n14.06.2023\n\n"
    "On June 13-14, Minister of Foreign Affairs of the Republic of Serbia Ivica Dacic and "
    "Minister of Foreign Affairs of the Republic of Kosovo Donika Gervalla held negotiations "
    "in Ohrid. The ministers discussed the implementation of the agreement.\n\n"
    "President of North Macedonia Stevo Pendarovski received the two ministers on June 13. "
    "The previous round took place in Brussels on April 2-3.\n")


def _rows(text: str) -> dict[str, tuple[str, ...]]:
    return {f"{c.date} {c.title}": c.participants for c in extract_events(text).candidates}


def test_ministers_named_by_the_office_of_their_state_both_take_part() -> None:
    rows = _rows(_READOUT)
    talks = [p for t, p in rows.items() if t.startswith("13 June 2023") and "Pendarovski" not in t]
    assert talks == [("Ivica Dacic", "Donika Gervalla")], rows


def test_a_host_who_received_the_two_ministers_is_a_meeting_of_its_own() -> None:
    for verb in ("received", "met"):
        rows = _rows(_READOUT.replace("received the two", f"{verb} the two"))
        received = [p for t, p in rows.items() if "Stevo Pendarovski" in p]
        assert received == [("Stevo Pendarovski", "Ivica Dacic", "Donika Gervalla")], rows
        assert len([t for t in rows if t.startswith("13 June 2023")]) == 2, rows


def test_the_previous_round_is_the_lead_s_negotiators() -> None:
    rows = _rows(_READOUT)
    (previous,) = [p for t, p in rows.items() if t.startswith("2 April 2023")]
    assert previous[:2] == ("Ivica Dacic", "Donika Gervalla"), rows


def test_a_meeting_between_two_people_called_off_is_both_of_theirs() -> None:
    # verify55's A10: "A meeting between ... Aliyev and ... Pashinyan planned for July 10 in
    # Abu Dhabi has been called off" named Pashinyan alone
    rows = _rows("BELGRADE, March 5 (AFP) - A meeting between Serbian President Aleksandar "
                 "Vucic and Kosovo Prime Minister Albin Kurti planned for March 6 in Brussels "
                 "has been called off, officials said on Wednesday.\n")
    (off,) = [p for t, p in rows.items() if "called off" in t]
    assert off == ("Aleksandar Vucic", "Albin Kurti"), rows
    # (and a pair of states after an office's plural: "between the foreign ministers of")
    rows = _rows("BELGRADE, March 5 (AFP) - A meeting between the foreign ministers of Serbia "
                 "and Kosovo planned for March 6 in Brussels has been called off, officials "
                 "said on Wednesday.\n")
    (off,) = [p for t, p in rows.items() if "called off" in t]
    assert off == ("Serbia", "Kosovo"), rows


def test_talks_between_two_states_and_a_later_verb_keep_their_clauses() -> None:
    # (the pair's "and" is read over only when names and titles stand between "between" and
    # it: "Talks between A and B resumed on Monday and the two sides signed" keeps its clauses)
    rows = _rows("BAKU, May 14 (Reuters) - Talks between Armenia and Azerbaijan resumed in "
                 "Almaty on Monday and the two sides signed a protocol on Tuesday.\n")
    assert any(p[:2] == ("Armenia", "Azerbaijan") for p in rows.values()), rows


def test_a_vote_is_held_in_the_state_of_the_people_its_sentence_names() -> None:
    # verify55 F11/F20: "Pashinyan has said that a new constitution should be put to a
    # referendum in 2027, after parliamentary elections in June 2026" gave Armenia and
    # Azerbaijan, the story's pair, to Armenia's referendum and elections
    rows = _rows("BELGRADE, March 5 (Reuters) - Serbian President Aleksandar Vucic and Kosovo "
                 "Prime Minister Albin Kurti met in Brussels on Wednesday.\n\n"
                 "Serbia and Kosovo have not agreed on the association of Serb-majority "
                 "municipalities.\n\n"
                 "Kurti has said that a new constitution should be put to a referendum in "
                 "2027, after parliamentary elections in June 2026.\n")
    votes = {t: p for t, p in rows.items() if "eferendum" in t or "lection" in t}
    assert votes and all(p == ("Kosovo",) for p in votes.values()), rows
