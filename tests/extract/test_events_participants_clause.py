"""Participants chosen from the event's own clause: coordinated subjects with titles,
subjects that are only a title, honorifics of names (made-up sentences, not from the
benchmark data)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.entities import Entities

DCT = dt.date(2025, 3, 22)  # a Saturday


def _with(text: str, word: str) -> tuple[str, ...]:
    """The participants of the one candidate whose title holds ``word``."""
    (cand,) = [c for c in extract_events(text, DCT).candidates if word in c.title]
    return cand.participants


def test_both_titled_people_of_a_coordinated_subject_take_part() -> None:
    text = ("Chilean President Ana Sato and Peruvian leader Luis Vega signed a fisheries "
            "accord on Tuesday.")
    # (then the states the accord binds, ext64)
    assert _with(text, "accord") == ("Ana Sato", "Luis Vega", "Chile", "Peru")


def test_an_adverb_after_a_coordinated_subject_keeps_both_names() -> None:
    text = ("Chilean Foreign Minister Ana Sato held talks with Peruvian Foreign Minister "
            "Luis Vega in Lima on Friday. Sato and Vega last met in Quito in January.")
    assert _with(text, "Quito") == ("Ana Sato", "Luis Vega")


def test_a_subject_that_is_only_a_title_is_the_person_so_titled() -> None:
    text = ("The Deputy Prime Minister and Minister for Trade, the Hon Tom Reyes MP, "
            "welcomed Kenyan Trade Minister Joe Ruto on Friday. The Deputy Prime Minister "
            "and Mr Ruto first met in Nairobi in January.")
    assert _with(text, "Nairobi") == ("Tom Reyes", "Joe Ruto")


def test_a_list_of_titled_people_after_a_comma_and_is_one_subject() -> None:
    text = ("The Minister for Trade, the Hon Tom Reyes, and Kenyan Minister of Trade Joe "
            "Ruto signed a trade pact on Friday.")
    assert _with(text, "pact")[:2] == ("Tom Reyes", "Joe Ruto")


def test_honorifics_and_party_titles_open_a_name() -> None:
    entities = Entities("His Excellency Joe Ruto arrived. Communist Party chief Van Long spoke. "
                        "President-elect Ana Sato said so. Mr Ruto left.")
    assert set(entities.people) == {"Joe Ruto", "Van Long", "Ana Sato"}
    assert entities.alias["Ruto"] == "Joe Ruto"  # "Mr Ruto" is the same person


def test_a_name_ends_at_a_line_break_and_before_a_title() -> None:
    entities = Entities("Hon Tom Reyes\nDeputy Prime Minister\n\nMr Reyes spoke.")
    assert "Tom Reyes" in entities.people


def test_the_prime_minister_is_not_the_deputy_prime_minister() -> None:
    text = "Prime Minister Ana Sato and Deputy Prime Minister Luis Vega spoke. The prime minister"
    entities = Entities(text)
    assert entities.title_holder("prime minister", len(text)) == "Ana Sato"
    assert entities.title_holder("Deputy Prime Minister", len(text)) == "Luis Vega"


def test_the_actors_of_another_clause_are_not_those_of_a_background_visit() -> None:
    text = ("LIMA, March 21 (Andina) -- Peruvian Foreign Minister Luis Vega and Chilean Foreign "
            "Minister Ana Sato agreed on Friday to widen fisheries cooperation.\n\n"
            "The two ministers met in Lima for their first dialogue since the countries "
            "elevated their relationship in May last year, during President Tom Reyes' state "
            "visit to Santiago.")
    # (the host of the visit to its capital takes part: ext24)
    assert _with(text, "Santiago") == ("Tom Reyes", "Chile")
    signed = text.replace("elevated their relationship", "signed a partnership")
    assert _with(signed, "partnership") == ("Peru", "Chile")  # "the countries"


def test_a_counterpart_in_an_appositive_takes_part_with_the_home_minister() -> None:
    text = ("LIMA, March 21 (Andina) -- Foreign Minister Luis Vega and his Chilean "
            "counterpart, Ana Sato, held talks in Lima on Friday.")
    assert _with(text, "Lima")[:2] == ("Luis Vega", "Ana Sato")
    entities = Entities(text)
    entities.assume_home("Peru", text.index("--") + 3)
    assert entities.people == {"Luis Vega": "Peru", "Ana Sato": "Chile"}


def test_a_visitor_leading_a_story_filed_abroad_keeps_no_state() -> None:
    text = "LIMA, March 21 -- President Tom Reyes lifted the ban on Friday, his aides said."
    entities = Entities(text)
    entities.assume_home("Peru", text.index("--") + 3)
    assert entities.people == {"Tom Reyes": ""}


def test_a_date_phrase_before_a_title_is_no_person() -> None:
    entities = Entities("In January, President Luis Soto said so. Theresa May spoke.")
    assert "In January" not in entities.people


def test_a_body_that_only_qualifies_a_thing_does_not_act() -> None:
    text = ("Chile and Peru on Friday called for the full implementation of U.N. Security "
            "Council resolutions on the border.")
    assert "United Nations" not in _with(text, "call")
    # a body right after the verb or whose event it is takes part
    text = "Chile on Friday applied for EU membership."
    assert "European Union" in _with(text, "")
    text = "Chile and Peru met on Friday ahead of the NATO summit in Madrid."
    assert "NATO" in {p for c in extract_events(text, DCT).candidates for p in c.participants}


def test_they_after_a_sentence_opened_by_two_capitals_is_their_states() -> None:
    text = ("Chilean President Ana Sato and Peruvian President Luis Vega spoke by phone on "
            "Friday.\n\nLima and Santiago signed a fisheries accord on Aug. 4, 1998. They "
            "met again in Quito in 2012.")
    assert set(_with(text, "Quito")) == {"Peru", "Chile"}


def test_they_who_change_relations_are_the_stories_states_not_its_people() -> None:
    text = ("Chilean President Ana Sato held talks with Peruvian President Luis Vega in Lima "
            "on Friday, the first visit by a Chilean leader to Peru since 2015. Chile and Peru "
            "fought a border war in 1879. Sato and Vega toured the port on Saturday. They "
            "restored diplomatic ties in 1883.")
    assert set(_with(text, "ties")) == {"Peru", "Chile"}


def test_the_ministers_of_states_are_the_ministers_the_article_names() -> None:
    text = ("The foreign ministers of Chile, Peru and Kenya met in Lima on Friday.\n\n"
            "Chilean Foreign Minister Ana Sato hosted her Peruvian counterpart Luis Vega and "
            "Kenya's Joe Ruto at the palace.")
    # (the hosting at the palace, the same day, is in Lima too since session 25 (ext36):
    # a second row titled with Lima, with the same people)
    lima = [c.participants for c in extract_events(text, DCT).candidates if "Lima" in c.title]
    assert lima and all(p[:3] == ("Ana Sato", "Luis Vega", "Joe Ruto") for p in lima), lima
    # a state whose minister goes unnamed stays; its leader is no minister
    text = ("The foreign ministers of Chile and Peru met in Lima on Friday. Chilean Foreign "
            "Minister Ana Sato said so. Peruvian President Luis Vega welcomed it.")
    # (since session 14 the state Ana Sato represents is named too, once another state is
    # named beside the people: every side is then named as a state, verify14)
    assert _with(text, "Lima")[:3] == ("Ana Sato", "Chile", "Peru")


def _place(text: str, word: str) -> str:
    (cand,) = [c for c in extract_events(text, DCT).candidates if word in c.title]
    return cand.location


def test_a_fronted_place_phrase_is_where_its_sentence_happened() -> None:
    text = "Today in Quito, Chilean Foreign Minister Ana Sato signed a fisheries pact."
    assert _place(text, "pact") == "Quito"
    text = "In Lee's view, Chilean Foreign Minister Ana Sato signed a fisheries pact today."
    assert _place(text, "pact") == ""


def test_a_clause_coordinated_by_the_same_actors_shares_the_place() -> None:
    text = ("Chilean President Ana Sato held talks with Peruvian President Luis Vega in Quito "
            "on Friday and the two leaders signed a joint statement on fisheries.")
    assert _place(text, "statement") == "Quito"


def test_a_guest_is_welcomed_to_the_place_of_the_welcome() -> None:
    text = ("The talks ended on Thursday, and the Prime Minister welcomed Mr Luis Vega to the "
            "Casa Rosada on Friday.")
    # (ext32: the venue and the city it is in, which the text leaves unsaid)
    assert _place(text, "welcome") == "Casa Rosada, Buenos Aires"


def test_he_opening_a_sentence_is_the_one_person_of_the_sentence_before() -> None:
    text = ("Chilean President Ana Sato signed a pact with Kenyan President Joe Ruto on "
            "Friday.\n\nThe pact was signed during Ruto's first visit to Chile. He last "
            "visited Peru in July 2015.")
    assert _with(text, "Peru")[0] == "Joe Ruto"  # not Sato, the subject before


def test_a_treaty_or_a_date_is_no_actor() -> None:
    text = ("Chile and Peru marked the anniversary of the Treaty of Lima between Chile and "
            "Peru, signed on 3 June 1929, on Friday.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if c.date.year == 1929]
    assert set(cand.participants) == {"Chile", "Peru"}
    text = ("Chile and Peru on Friday honoured the Lima Accord of December 1999, which ended "
            "the 1998-1999 border war.")
    names = {p for c in extract_events(text, DCT).candidates for p in c.participants}
    assert not names & {"December 1999", "Lima Accord"}


def test_a_title_is_no_name() -> None:
    entities = Entities("the Deputy Prime Minister and Minister for Trade, the Hon Tom Reyes, "
                        "spoke.")
    assert "Minister" not in entities.people


def test_names_keep_letters_beyond_ascii_and_inner_apostrophes() -> None:
    entities = Entities("Croatian Foreign Minister Luka Kovač met Prime Minister Sina "
                        "Mata'afa. Kovač's visit ended.")
    assert set(entities.people) == {"Luka Kovač", "Sina Mata'afa"}
    assert entities.alias["Kovač"] == "Luka Kovač"


def test_their_meeting_told_after_the_pair_is_theirs() -> None:
    text = ("Chile and Peru signed a fisheries pact in Lima on Friday. Before the signing, "
            "Chilean President Luis Vega held a meeting with President Ana Sato, who "
            "congratulated him on his election. It was their third meeting this year, after "
            "talks in Quito in April.")
    assert set(_with(text, "Quito")) >= {"Ana Sato", "Luis Vega"}


def test_a_lead_shorter_than_its_reach_breaks_nothing() -> None:
    text = ("Chilean President Ana Sato met Peruvian President Luis Vega in Lima on Friday. "
            "It was their second meeting this year, after talks in Quito in January.")
    assert extract_events(text, DCT).candidates  # (people of the lead were looked up
    # past the end of a short text: an IndexError)


def test_where_he_will_meet_is_the_visitor_meeting() -> None:
    text = ("LIMA, March 21 (Andina) -- Chilean President Ana Sato is scheduled to make a "
            "state visit to Lima next month, where she is expected to meet President Luis "
            "Vega.")
    assert set(_with(text, "Lima")) >= {"Ana Sato", "Luis Vega"}


def test_the_subject_of_a_clause_before_and_is_not_a_conjunct() -> None:
    text = ("LIMA, March 21 (Andina) -- Vega visited Quito in June 2023, and Chilean Foreign "
            "Minister Ana Sato is expected to travel to Cusco next month. President Luis Vega "
            "spoke.")
    assert "Luis Vega" not in _with(text, "Cusco")


def test_its_before_an_event_noun_is_the_acting_state() -> None:
    text = ("Chile accused Peru of supplying Russia with rifles that Moscow has used against "
            "Ukraine since its invasion in February 2022.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if c.date.year == 2022]
    assert cand.participants[0] == "Russia"  # not only Ukraine, named nearer


def test_a_state_of_a_subordinate_clause_is_its_own() -> None:
    text = ("Chile recalled its ambassador to Lima on Tuesday after Peru switched its position "
            "to support a Bolivian plan for the border.")
    parts = _with(text, "ambassador")
    assert "Chile" in parts and "Peru" in parts and "Bolivia" not in parts


def test_both_ministers_of_a_reported_clause_with_a_verb_group() -> None:
    text = ("LIMA, March 21 (Andina) -- Officials said on Friday that Trade Minister Luis Vega "
            "and his Chilean counterpart Ana Sato are expected to sign a fisheries memorandum "
            "next week.")
    assert _with(text, "memorandum")[:2] == ("Luis Vega", "Ana Sato")
    entities = Entities(text)
    entities.assume_home("Peru", text.index("--") + 3)
    assert entities.people["Luis Vega"] == "Peru"  # (a later sentence than the lead too)


def test_the_two_countries_which_signed_are_the_stories_states() -> None:
    text = ("Chilean President Ana Sato and Peruvian President Luis Vega signed a defence pact "
            "in Lima on Friday. Chile and Peru held talks in 2019. Sato called it the "
            "strongest pact between the two countries, which signed a fisheries treaty in "
            "1961.")
    (cand,) = [c for c in extract_events(text, DCT).candidates if c.date.year == 1961]
    assert set(cand.participants) >= {"Chile", "Peru"}
