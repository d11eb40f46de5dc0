"""Session 18, ext22: the leftovers of verify20's Sudan story (an army that is one side of a
war inside its state, "the two delegations" and "the sides" of a lead "Negotiators from A
and B met"), and what three new wire stories of my own showed.  Each rule is checked on
text of my own (Kunming, Bamako, Goma ...), not on the stories it was found in."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2025, 6, 5)  # a Thursday


def _rows(text: str, dct: dt.date = DCT) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    return [(c.title, str(c.date), c.participants, c.location, c.category)
            for c in extract_events(text, dct=dct).candidates]


def _row(text: str, word: str, dct: dt.date = DCT) -> tuple[str, str, tuple[str, ...], str, str]:
    found = [r for r in _rows(text, dct) if word in r[0]]
    assert len(found) == 1, _rows(text, dct)
    return found[0]


# ----------------------------------------- 1. an army that fights a side which is no state
KUNMING = (
    "KUNMING, June 5 (Reuters) - Negotiators from Myanmar's military and the Arakan Army met "
    "in Kunming on Wednesday for a second round of ceasefire talks hosted by China, a Chinese "
    "foreign ministry spokesman said.\n\n"
    "The two delegations agreed on Monday to reopen the road to Sittwe for aid convoys, the "
    "spokesman said. The sides would meet again in Kunming later this month.\n\n"
    "A first round in Ruili in 2024 was boycotted by the military.\n")


def test_an_army_fighting_a_group_that_is_no_state_is_a_side_of_its_own() -> None:
    """(was "Arakan Army, Myanmar, China": the army read as the state, after the group)"""
    title, _date, people, place, _kind = _row(KUNMING, "Arakan Army meet")
    assert title == "Myanmar's military and Arakan Army meet in Kunming"
    assert people == ("Myanmar's military", "Arakan Army", "China")
    assert place == "Kunming"


def test_the_two_sides_of_such_a_war() -> None:
    from timeline_app.extract.pipeline.arguments import force_sides  # (new in ext22)

    assert force_sides("Sudan's army and Rapid Support Forces") == [
        "Sudan's army", "Rapid Support Forces"]
    assert force_sides("the Malian army and Azawad Liberation Front") == [
        "Malian army", "Azawad Liberation Front"]
    # a state's force against another state's, or a state: the states are the sides
    assert force_sides("Ecuador's army and Peruvian troops") == []
    assert force_sides("Kenya's army and Somali National Army") == []
    assert force_sides("Israel's army and Hamas") == []
    assert force_sides("Sudan and Chad") == []


def test_the_two_delegations_and_the_sides_are_the_leads_two_sides() -> None:
    """(verify20 F4: no participants after "Negotiators from A and B met")"""
    assert _row(KUNMING, "agree")[2] == ("Myanmar's military", "Arakan Army")
    later = [r for r in _rows(KUNMING) if "(scheduled)" in r[0]]
    assert [r[2] for r in later] == [("Myanmar's military", "Arakan Army")]


def test_the_army_of_a_later_sentence_is_the_lead_side_that_is_an_army() -> None:
    """(verify20: "Talks in Geneva were boycotted by the army" named no one)"""
    assert _row(KUNMING, "boycotted")[2] == ("Myanmar's military",)


def test_two_states_at_war_stay_the_states() -> None:
    text = ("NAIROBI, June 5 (AP) - Kenya's army and Ugandan troops agreed on Wednesday to a "
            "joint patrol of the border, officials said.\n\n"
            "The two delegations agreed to meet again in Kisumu next month.\n")
    assert _row(text, "patrol")[2] == ("Kenya", "Uganda")


# ----------------------------------------------------------- 2. titles and the lead's sides
def test_an_instrument_that_followed_is_the_same_act_by_the_same_sides() -> None:
    """(ext20's not done: "Pact on investment followed", no participant)"""
    text = ("SANTIAGO, June 5 (Reuters) - Chile and Mercosur signed a trade in goods agreement "
            "in 2011, and a pact on investment followed in 2016.\n")
    row = _row(text, "investment")
    assert row[:3] == ("Chile and Mercosur sign pact on investment", "2016",
                       ("Chile", "Mercosur"))


def test_earlier_rounds_are_rounds_of_talks_on_their_dated_row() -> None:
    """(ext21's not done: "Earlier rounds collapse in Nairobi")"""
    text = "ARUSHA, June 5 (Reuters) - Earlier rounds in Nairobi in 2021 collapsed.\n"
    assert _rows(text)[0][:2] == ("Rounds of talks collapse in Nairobi", "2021")


ARUSHA = (
    "ARUSHA, June 5 (Reuters) - Kenya and Tanzania agreed on Wednesday to reopen their border "
    "crossing at Namanga, Ugandan Foreign Minister Jeje Odongo told journalists after the "
    "talks in Arusha.\n\n"
    "Kenya and Tanzania agreed on Tuesday to share grid power, Kenyan Foreign Minister "
    "Musalia Mudavadi said after the talks in Arusha.\n")


def test_who_briefs_the_press_after_the_talks_is_no_side_of_them() -> None:
    """(ext20's not done: the lead listed the briefing minister and his state as sides; and
    the town before his title was read as a Ugandan person)"""
    assert _row(ARUSHA, "border")[2:4] == (("Kenya", "Tanzania"), "Arusha")


def test_a_briefing_minister_of_one_of_the_sides_took_part() -> None:
    assert _row(ARUSHA, "grid")[2] == ("Musalia Mudavadi", "Kenya", "Tanzania")


# ------------------------------------------------------------ 3. "heading for" a capital
def test_heading_for_a_named_place_is_a_trip_there_ahead() -> None:
    """(ext21's not done: "is heading for Beijing on Monday" was no visit, or a visit of the
    Monday before with no place)"""
    text = ("MOSCOW, June 5 (Reuters) - Russian Foreign Minister Sergei Lavrov is heading for "
            "Beijing on Monday for talks with Chinese Foreign Minister Wang Yi, the ministry "
            "said.\n")
    title, date, people, place, kind = _row(text, "Beijing")
    assert (title, date, place, kind) == ("Sergei Lavrov visits Beijing (scheduled)",
                                          "9 June 2025", "Beijing", "visit")
    assert people[0] == "Sergei Lavrov"
    past = text.replace("is heading", "headed")
    assert _row(past, "Beijing")[:2] == ("Sergei Lavrov visits Beijing", "2 June 2025")


def test_a_progressive_trip_on_a_weekday_is_the_coming_one() -> None:
    text = "NAIROBI, June 5 (AP) - Ruto is travelling to Lima on Monday.\n"
    assert _row(text, "Lima")[1] == "9 June 2025"
    assert _rows(text.replace("is travelling", "travelled"))[0][1] == "2 June 2025"


def test_heading_for_no_named_place_is_no_trip() -> None:
    text = "NAIROBI, June 5 (AP) - The talks are heading for collapse, Ruto said on Monday.\n"
    assert not any(r[4] == "visit" for r in _rows(text))


# ------------------------------------------- 4. what ext22's three new dev stories showed
def test_a_vote_to_act_is_an_event_of_the_body_and_of_the_members_against() -> None:
    """(was no event: "voted ... to extend" was no trigger; its place was the mandate's)"""
    text = ("GENEVA, June 5 (Reuters) - The Human Rights Council voted on Wednesday to extend "
            "the mandate of its investigators in Myanmar, with 30 members in favour and "
            "Eritrea, Cuba and Venezuela voting against.\n")
    title, date, people, place, _kind = _row(text, "votes")
    # (with ext23's titles, merged after it, a headline's "the" goes as elsewhere)
    assert (title, date) == ("Human Rights Council votes to extend mandate of its "
                             "investigators", "4 June 2025")
    assert people[0] == "Human Rights Council"
    assert {"Eritrea", "Cuba", "Venezuela"} <= set(people)
    assert place != "Myanmar"


def test_a_vote_to_impeach_stays_one_event() -> None:
    text = ("SEOUL, June 5 (Yonhap) - The National Assembly voted on Wednesday to impeach "
            "Prime Minister Kim Min-jae.\n")
    assert len(_rows(text)) == 1


def test_a_body_seated_at_the_dateline_acts_there() -> None:
    """(was no place: a lead act of the day before the dateline is placed only for a
    signing or meeting of the dateline's state)"""
    un = ("UNITED NATIONS, June 5 (Reuters) - The U.N. General Assembly voted on Wednesday "
          "to admit a new observer state.\n")
    title, _date, _people, place, _kind = _row(un, "votes")
    assert (title, place) == ("General Assembly votes to admit a new observer state at the "
                              "United Nations", "United Nations")
    hague = ("THE HAGUE, June 5 (Reuters) - The International Court of Justice ruled on "
             "Wednesday that the islands belong to Gabon.\n")
    assert _row(hague, "rules")[3] == "The Hague"


def test_the_subject_before_a_relative_clause_is_whole() -> None:
    """(was Niger alone)"""
    text = ("ACCRA, June 5 (Reuters) - Chad and Niger, which sent envoys rather than "
            "ministers, signed the accord on Monday.\n")
    assert _row(text, "accord")[:3] == ("Chad and Niger sign accord", "2 June 2025",
                                        ("Chad", "Niger"))


def test_an_act_at_the_close_of_a_summit_is_where_the_summit_was() -> None:
    """(was the dateline's city, Accra)"""
    text = ("ACCRA, June 5 (Reuters) - Ghana and Togo signed a fisheries pact on Wednesday, "
            "pledging to patrol their waters jointly, at the close of a three-day summit in "
            "the Ghanaian port city of Takoradi.\n")
    assert _row(text, "pact")[3] == "Takoradi"


def test_where_they_is_the_group_before_and_its_place() -> None:
    text = ("ACCRA, June 5 (Reuters) - Ghana hosted the talks.\n\nThe five Sahel states last "
            "met at a summit in Niamey in May 2023, where they failed to agree on a joint "
            "force.\n")
    title, date, _people, place, _kind = _row(text, "Niamey")
    assert (title, date, place) == ("Five Sahel states fail to agree on a joint force in "
                                    "Niamey", "May 2023", "Niamey")


def test_it_after_the_body_that_said_so_is_that_body() -> None:
    """(was "Rules on the complaint"; in ext22's story, the person of the sentence before)"""
    text = ("ACCRA, June 5 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi filed the "
            "complaint on Monday. The commission said it would rule on the complaint by the "
            "end of July.\n")
    assert _row(text, "rule")[:3] == ("Commission rules on the complaint (scheduled)",
                                     "by 31 July 2025", ())  # (a limit since ext49; its last day since ext76)


def test_hearings_held_somewhere_are_an_event_there() -> None:
    text = ("ACCRA, June 5 (Reuters) - Ghana and Togo took their dispute to a tribunal.\n\n"
            "Hearings were held in Geneva in March 2024.\n")
    assert _row(text, "Hearings")[1:4:2] == ("March 2024", "Geneva")


def test_is_to_begin_in_a_year_does_not_date_the_article_after_it() -> None:
    """(was 2026: "a force that is to begin patrols in March 2026" read as done)"""
    from timeline_app.extract.dateline import read_dateline
    text = ("ACCRA, June 5 (Reuters) - Ghana and Togo signed a pact on Thursday. A joint force "
            "that is to begin patrols in March 2026 was set up. They last met in August "
            "2023.\n")
    assert read_dateline(text).year == 2025
