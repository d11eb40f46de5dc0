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
