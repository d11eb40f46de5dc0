"""Session 30, ext41: participants and titles that generalise to unseen news.

Each rule is checked on a sentence written for the test in the style of wire news (no corpus
text), on countries and bodies the dev set does not tell:

- a third state's reaction, "Vietnam welcomed the agreement on Friday", was read as the
  agreement itself: "Vietnam reaches agreement", or its subject joined the agreement's
  participants ("Peru, Ecuador, China"); a reaction to an act named by a noun is its own
  statement, "Vietnam welcomes agreement", with the reacting state alone;
- a course agreed on after the agreement's verb ("have agreed to establish diplomatic
  relations and reopen their shared land border, ... announced after talks in Vienna on
  Wednesday") gave a second row for the one deal;
- "AU Commission Chairperson Mahmoud Ali Youssouf" was taken whole as a person's name.
"""

from __future__ import annotations

import datetime as dt

from test_events_ext38 import _candidates, _one  # (ext38's: the text and its DCT)

JUNE12 = dt.date(2025, 6, 12)
def _titles_with(text: str, word: str) -> list[str]:
    """The titles of the text's rows that hold ``word``."""
    return [c.title for c in _candidates(text, JUNE12) if word in c.title]


LIMA = "LIMA, June 12 (Reuters) - Peru and Ecuador signed a border agreement in Lima on Thursday.\n\n"


# ------------------------------------------------------------ a third state's reaction
def test_a_reaction_to_the_agreement_is_the_reacting_state_s_own_statement() -> None:
    found = _candidates(LIMA + "China welcomed the agreement on Thursday and said it was "
                        "ready to help.", JUNE12)
    signing = next(c for c in found if "sign" in c.title)
    assert set(signing.participants) == {"Peru", "Ecuador"}
    welcome = next(c for c in found if "welcome" in c.title)
    assert welcome.title == "China welcomes agreement"
    assert list(welcome.participants) == ["China"]


def test_two_states_welcoming_an_agreement_do_not_reach_it() -> None:
    found = _candidates(LIMA + "Brazil and Colombia welcomed the agreement on Friday.", JUNE12)
    assert [c.title for c in found if "Brazil" in c.title] == [
        "Brazil and Colombia welcome agreement"]


def test_a_reaction_to_talks_and_to_a_declaration_is_titled_by_its_verb() -> None:
    assert _one("ADDIS ABABA, June 12 (AFP) - The African Union and Sudan held talks in Addis "
                "Ababa on Thursday.\n\nEgypt welcomed the talks on Thursday and urged both "
                "sides to reach a ceasefire.", "egypt", JUNE12).title == "Egypt welcomes talks"


def test_a_guest_welcomed_to_a_place_stays_a_visit() -> None:
    found = _candidates("WASHINGTON, June 12 (AP) - President Donald Trump welcomed Kenyan "
                        "President William Ruto to the White House on Thursday.", JUNE12)
    assert not any("welcomes" in c.title for c in found), [c.title for c in found]


# ------------------------------------------------------------ one deal, one row
def test_a_course_agreed_on_with_the_agreement_s_date_is_that_agreement() -> None:
    assert _titles_with("VIENNA, June 12 (Reuters) - Armenia and Turkey have agreed to "
                        "establish diplomatic relations and reopen their shared land border, "
                        "envoys announced after talks in Vienna on Wednesday.", "agree") == [
        "Armenia and Turkey agree to establish diplomatic relations in Vienna"]


def test_a_course_of_another_date_stays_its_own_row() -> None:
    found = _candidates("LIMA, June 12 (EFE) - Peru and Chile agreed on Thursday to reopen the "
                        "border crossing from July 1.", JUNE12)
    assert {str(c.date) for c in found} >= {"12 June 2025", "1 July 2025"}, \
        [(c.title, str(c.date)) for c in found]


# ------------------------------------------------------------ a chairperson's title
def test_chairperson_is_a_title_not_part_of_the_name() -> None:
    welcome = _one("CAIRO, June 12 (Xinhua) -- Egypt, Ethiopia and Sudan will resume talks on "
                   "the dam next week.\n\nAU Commission Chairperson Mahmoud Ali Youssouf "
                   "welcomed the decision on Saturday.", "welcome", JUNE12)
    assert welcome.title == "Mahmoud Ali Youssouf welcomes decision"
    assert "Mahmoud Ali Youssouf" in welcome.participants


# ------------------------------------------------------------ "meeting ... with X, agreed"
def test_a_meeting_participle_with_its_counterparts_leaves_the_act_its_own() -> None:
    found = _candidates("KAMPALA, Uganda, June 12 (AP) - European Union foreign ministers, "
                        "meeting in Kampala on Monday with their African counterparts, agreed "
                        "to double funding for a regional program on migration.", JUNE12)
    assert [c.title for c in found] == ["European Union agrees to double funding in Kampala"]


# ------------------------------------------------------------ "both sides" of a host's story
def test_both_sides_are_the_two_the_lead_opens_with_not_the_host() -> None:
    for lead in ("Rwanda and Congo held talks", "The foreign ministers of Rwanda and Congo met",
                 "Rwandan and Congolese foreign ministers met"):
        agreed = _one(f"KAMPALA, June 12 (AFP) - {lead} in Kampala on Wednesday at the "
                      "invitation of Ugandan President Yoweri Museveni.\n\nBoth sides agreed to "
                      "set up a joint security mechanism, the Ugandan foreign ministry said.",
                      "security", JUNE12)
        assert agreed.title.startswith("Rwanda and DR Congo agree"), (lead, agreed.title)
        assert "Uganda" not in agreed.participants


def test_both_sides_of_talks_between_two_peoples_are_their_states() -> None:
    swap = _one("ANKARA, June 12 (Reuters) - Turkey hosted talks between Russian and Ukrainian "
                "delegations in Istanbul on Wednesday.\n\nBoth sides agreed to swap 1,000 "
                "prisoners of war, Turkish Foreign Minister Hakan Fidan said.", "swap", JUNE12)
    assert list(swap.participants) == ["Russia", "Ukraine"]


# ------------------------------------------------------------ a quoted offer
SUGIONO = ("JAKARTA, June 12 (Reuters) - Indonesian Foreign Minister Sugiono held talks with his "
           "Malaysian counterpart Mohamad Hasan in Jakarta on Thursday.\n\n")


def test_a_quoted_we_is_no_title_word() -> None:
    resume = _one(SUGIONO + "'We are ready to resume talks next month,' the minister said.",
                  "resume", JUNE12)
    assert resume.title == "Indonesia and Malaysia resume talks (scheduled)"


def test_a_quoted_next_round_names_who_meets() -> None:
    found = _candidates(SUGIONO + "\"We are ready to hold the next round in Kuala Lumpur in "
                        "August,\" Mohamad told reporters.", JUNE12)
    assert [c.title for c in found if "Kuala Lumpur" in c.title] == [
        "Next round between Indonesia and Malaysia in Kuala Lumpur (scheduled)"]


def test_a_quoted_i_is_the_speaker() -> None:
    visit = _one(SUGIONO + "\"I will visit Kuala Lumpur next month,\" Sugiono said.",
                 "kuala", JUNE12)
    assert visit.title == "Sugiono visits Kuala Lumpur (scheduled)"
    assert "Sugiono" in visit.participants


# ------------------------------------------------------------ "the two ministers"
def test_the_two_ministers_of_a_lead_that_names_no_minister_are_its_two_states() -> None:
    border = _one("ACCRA, June 12 (AFP) - The foreign ministers of Ghana and Togo met in Accra "
                  "on Thursday.\n\nGhana's Deputy Foreign Minister James Gyakye Quayson said "
                  "the crossing would be monitored.\n\nThe two ministers agreed to reopen the "
                  "border on July 1.", "border", JUNE12)
    assert border.title == "Ghana and Togo agree to reopen border"


def test_a_deputy_named_between_is_not_one_of_the_two_ministers() -> None:
    for deputy in ("Deputy Foreign Minister James Gyakye Quayson said the crossing would be "
                   "monitored.",
                   "Ghana's Deputy Foreign Minister James Gyakye Quayson said Ghana and Togo "
                   "would monitor the crossing."):
        border = _one("ACCRA, June 12 (AFP) - Ghana's foreign minister met his Togolese "
                      f"counterpart Robert Dussey in Accra on Thursday.\n\n{deputy}\n\nThe two "
                      "ministers agreed to reopen the border on July 1.", "border", JUNE12)
        assert "James Gyakye Quayson" not in border.participants, border.participants
        assert {"Robert Dussey", "Ghana"} <= set(border.participants)


def test_two_ministers_named_before_a_deputy_stay_the_two() -> None:
    border = _one("ACCRA, June 12 (AFP) - Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met "
                  "Togolese Foreign Minister Robert Dussey in Accra on Thursday.\n\nTogo's "
                  "Deputy Foreign Minister Kokou Agbemadon said the crossing would be "
                  "monitored.\n\nThe two ministers agreed to reopen the border on July 1.",
                  "border", JUNE12)
    # (then their states, whose border it is: ext64)
    assert list(border.participants) == ["Samuel Okudzeto Ablakwa", "Robert Dussey", "Ghana", "Togo"]


# ------------------------------------------------------------ two cities: from one to the other
def test_a_trip_from_one_city_for_another_is_placed_where_it_goes() -> None:
    for verb in ("left", "departed"):
        found = _candidates(f"ISLAMABAD, June 12 (Reuters) - Pakistan's foreign minister Ishaq "
                            f"Dar {verb} Islamabad for Kabul on Thursday for talks with Taliban "
                            "officials.", JUNE12)
        assert [c.location for c in found] == ["Kabul"], (verb, [(c.title, c.location)
                                                                 for c in found])
        assert "Ishaq Dar" in found[0].participants


def test_leaving_a_bloc_stays_no_trip() -> None:
    left = _one("LONDON, June 12 (Reuters) - Britain left the European Union in January 2020.",
                "leave", JUNE12)
    assert left.location == ""


# ------------------------------------------------------------ a call received from someone
def test_the_caller_after_from_is_the_call_s_other_side() -> None:
    for sentence in ("Kenyan Foreign Minister Musalia Mudavadi received a phone call on "
                     "Tuesday from Ugandan Foreign Minister Jeje Odongo.",
                     "Kenyan Foreign Minister Musalia Mudavadi received a phone call from "
                     "Ugandan Foreign Minister Jeje Odongo on Tuesday, during which they "
                     "discussed the border."):
        call = _one(LIMA.replace("LIMA", "NAIROBI") + sentence, "telephone", JUNE12)
        assert call.title == "Musalia Mudavadi and Jeje Odongo speak by telephone"
        assert list(call.participants) == ["Musalia Mudavadi", "Jeje Odongo"]


# ------------------------------------------------------------ "Kenya's President William Ruto"
def test_a_state_s_possessive_before_a_title_is_the_person_s_state() -> None:
    from timeline_app.extract.pipeline.entities import Entities
    found = Entities("NAIROBI, June 12 (Reuters) - Kenya's President William Ruto met "
                     "Bhutan's Prime Minister Tshering Tobgay on Thursday.", (0, 30))
    assert found.people == {"William Ruto": "Kenya", "Tshering Tobgay": "Bhutan"}


def test_the_two_prime_ministers_are_not_a_minister_named_last() -> None:
    last = _one("New Delhi, Feb 18 (PTI) Bhutan's Prime Minister Tshering Tobgay will arrive in "
                "New Delhi on Thursday for talks with Prime Minister Narendra Modi.\n\n"
                "External Affairs Minister S Jaishankar met Tobgay in Thimphu in January.\n\n"
                "The two prime ministers last met in Paro in March last year.", "paro",
                dt.date(2025, 2, 18))
    assert set(last.participants) == {"Tshering Tobgay", "Narendra Modi"}


# ------------------------------------------------------------ "arrive ... on a visit"
def test_who_arrives_on_a_visit_is_its_visitor() -> None:
    visit = _one("New Delhi, June 12 (PTI) Bhutan's Prime Minister Tshering Tobgay will arrive "
                 "in New Delhi on Thursday on a four-day visit.", "visit", JUNE12)
    assert visit.title.startswith("Tshering Tobgay visits New Delhi")
    assert "Tshering Tobgay" in visit.participants


def test_agreeing_on_a_ceasefire_is_no_trip() -> None:
    truce = _one("KHARTOUM, June 12 (Reuters) - Sudan's army and the Rapid Support Forces agreed "
                 "on a ceasefire on Thursday.", "ceasefire", JUNE12)
    # (the army by its name, as the lead's act names it: ext46, after the truce's own
    # subject was read from the "agreed" it absorbed; it read "Sudan")
    assert "Sudan's army" in truce.participants


def test_hailing_the_agreement_is_the_reacting_state_s_statement() -> None:
    for sentence, title in (("Brazil hailed the agreement on Thursday as a model for the "
                             "region.", "Brazil hails agreement"),
                            ("Chile hailed the deal on Thursday.", "Chile hails deal")):
        found = _candidates(LIMA + sentence, JUNE12)
        signing = next(c for c in found if "sign" in c.title)
        assert set(signing.participants) == {"Peru", "Ecuador"}, sentence
        assert title in [c.title for c in found]


# ------------------------------------------------------------ two blocs as the two sides
MERCOSUR = ("MONTEVIDEO, June 12 (Reuters) - The European Union and Mercosur concluded "
            "negotiations on a free trade agreement on Thursday, European Commission President "
            "Ursula von der Leyen told a summit of the South American bloc in Montevideo.\n\n"
            "Von der Leyen announced the deal alongside the leaders of Brazil, Argentina and "
            "Paraguay. Brazilian President Luiz Inacio Lula da Silva hailed the deal.\n\n")


def test_both_sides_of_a_lead_of_two_blocs_are_the_blocs() -> None:
    sign = _one(MERCOSUR + "Both sides agreed to sign the text in the first half of next year.",
                "sign", JUNE12)
    assert list(sign.participants) == ["European Union", "Mercosur"]


def test_the_two_blocs_are_the_lead_s_two() -> None:
    launched = _one(MERCOSUR + "The two blocs first launched negotiations in Madrid in 1999.",
                    "madrid", JUNE12)
    assert launched.title == "European Union and Mercosur launch negotiations in Madrid"


def test_a_south_american_bloc_names_no_american_state() -> None:
    from timeline_app.extract.pipeline.entities import Entities
    text = "He told a summit of the South American bloc and North American leaders."
    assert Entities(text).sides_in(text, 0, len(text)) == []


# ------------------------------------------------------------ a government and an armed group
DOHA = ("DOHA, Qatar, June 12 (AP) - Congo's government and the M23 rebels signed a declaration "
        "of principles in Doha on Thursday, Qatari officials said.\n\nThe signing followed three "
        "months of talks hosted by Qatar, which has mediated between the two sides since "
        "March.\n\n")


def test_a_government_and_an_armed_group_are_the_two_sides() -> None:
    signed = _one(DOHA, "declaration", JUNE12)
    assert set(signed.participants) == {"Congo", "M23"}, signed.participants
    begin = _one(DOHA + "Both sides agreed to begin negotiations on a peace agreement by Aug. 8.",
                 "negotiations", JUNE12)
    assert set(begin.participants) == {"Congo", "M23"}, begin.participants


# ------------------------------------------------------------ talks at a summit, fronted
ABUJA = ("ABUJA, June 12 (Reuters) - Nigerian President Bola Tinubu and Ghanaian President John "
         "Mahama signed a trade accord on Thursday.\n\n")


def test_talks_held_at_a_fronted_summit_are_the_two_leaders_own() -> None:
    for opening in ("On the sidelines of the ECOWAS summit", "At the ECOWAS summit"):
        talks = _one(ABUJA + f"{opening} in Abuja on Wednesday, Tinubu held talks with Senegalese "
                     "President Bassirou Diomaye Faye.", "faye", JUNE12)
        assert talks.title == "Bola Tinubu and Bassirou Diomaye Faye meet in Abuja", opening
        assert str(talks.date) == "11 June 2025"


def test_an_accusation_with_its_day_before_of_is_an_event() -> None:
    accused = _one(ABUJA + "Nigeria accused Niger on Wednesday of harbouring armed groups.",
                   "accuse", JUNE12)
    assert accused.title == "Nigeria accuses Niger of harbouring armed groups"
    assert list(accused.participants) == ["Nigeria", "Niger"]


# ------------------------------------------------------------ places told by description
NAIROBI = ("NAIROBI, June 12 (Reuters) - Kenya and Tanzania signed a trade accord on "
           "Thursday.\n\n")


def test_a_trip_to_a_state_s_capital_for_talks_is_placed_there() -> None:
    talks = _one(NAIROBI + "Kenyan President William Ruto flew to the Ethiopian capital on "
                 "Wednesday for talks with Prime Minister Abiy Ahmed.", "abiy", JUNE12)
    assert talks.location == "Addis Ababa"
    assert talks.title == "William Ruto and Abiy Ahmed meet in Addis Ababa"


def test_a_venue_and_its_city_after_a_comma() -> None:
    hosted = _one(NAIROBI + "Kenyan President William Ruto will host Ugandan President Yoweri "
                  "Museveni at State House, Nairobi, on Saturday.", "museveni", JUNE12)
    assert hosted.location == "State House, Nairobi"


# ------------------------------------------------------------ a proposal of measures
def test_a_body_s_proposal_of_sanctions_is_titled_by_its_verb() -> None:
    text = ("VIENNA, June 12 (Reuters) - Iran and the IAEA agreed on Thursday to resume "
            "inspections.\n\nThe European Commission proposed new sanctions on Iran on "
            "Wednesday.\n\nThe proposed deal would lift sanctions.")
    assert _titles_with(text, "Commission") == ["European Commission proposes new sanctions on Iran"]
    assert _titles_with(text, "deal") == []


# ------------------------------------------------------------ "..., X told reporters after the meeting"
def test_the_meeting_a_speaker_spoke_after_is_not_the_quote_s_plan() -> None:
    found = _candidates("ADDIS ABABA, June 12 (AFP) - The African Union and Sudan held talks in "
                        "Addis Ababa on Thursday.\n\nAU Commission chairman Mahmoud Ali Youssouf "
                        "met Sudanese Foreign Minister Omer Siddig at the bloc's headquarters.\n\n"
                        "\"We are willing to return to the negotiating table in Jeddah next "
                        "month,\" Siddig told reporters after the meeting.", JUNE12)
    jeddah = [c for c in found if c.location == "Jeddah"]
    assert len(jeddah) == 1 and "return" in jeddah[0].title, [(c.title, c.location)
                                                              for c in found]


def test_the_meeting_a_speaker_spoke_after_does_not_title_the_quote_s_plan() -> None:
    found = _candidates("TOKYO, June 12 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba and "
                        "Vietnamese Prime Minister Pham Minh Chinh held talks in Tokyo on "
                        "Thursday.\n\n\"We are willing to send a team to Tokyo next month to start "
                        "the talks,\" Chinh told a press conference after the meeting.", JUNE12)
    assert not any(c.title.startswith("Meeting") for c in found), [c.title for c in found]


def test_a_proposed_round_of_talks_stays_the_talks_planned() -> None:
    assert _titles_with("VIENNA, June 12 (Reuters) - Iran and the IAEA agreed on Thursday to "
                        "resume inspections.\n\nEgypt proposed a new round of talks in Cairo next "
                        "month.", "Cairo") == ["New round of talks in Cairo (scheduled)"]
