"""Session 25, ext36: participants, places and dates extraction still got wrong on real news
(verify32's wire story and the dev set).  Each rule is checked on a short wire-style
sentence written for the test and a variant (no corpus text):

- a list of states after a verb of saying ("European diplomats said France, Germany and
  Britain would meet Iranian negotiators"): the first state of the list was lost, the
  words before it ("diplomats said") not being names;
- the two sides of "talks between Rafael Grossi and Iran's foreign minister Abbas Araghchi,
  who met in Cairo on Tuesday" both met: Grossi, named without a title, was no one, and
  the relative clause's subject was the nearest name alone;
- "Talks to revive it collapsed in 2022": "it" in a title is the treaty (or truce) named in
  the sentences before ("Talks to revive the nuclear deal collapse");
- the tagger's bare month after a past verb and its object ("signed the pact in January"
  under a November DCT) is the last January, not the next (a month shortly ahead was read
  as announced unless the past verb stood right before the preposition);
- a relative clause on an event noun without a comma ("The talks that took place in Doha on
  Monday ended ...", "A ministerial meeting that Iceland plans to host on Dec. 10 will seek
  a deal"): its date is the clause's or its noun's, not the main verb's after it; the
  clause's verb's object ends at the main verb, whose subject is the noun ("The agreement
  that the two sides signed in Doha on Monday takes effect next month": two events, the
  signing of the agreement in Doha and its taking effect, not "Two sides sign in Doha
  takes effect"); the noun is what the clause's verb was done to ("Two sides sign
  agreement", "Accord signed in Cairo"; they were "Two sides sign", "Signs");
- a lead that opens with a bare event noun right after the dateline ("VIENNA, Nov 20
  (Reuters) - Talks held in Nagoya on Monday ended ...") had no event: the capitalised
  "Talks" was read as part of a name; "Negotiations on a truce resumed in Cairo" was a row
  "Truce resumed in Cairo" (the truce taken for what was resumed);
- places where the dateline names no city (a "Published ..." line, a byline, a press
  release; benchmarks/README: most of the held-out set's outlets write none): "arrived in
  the Turkish capital Ankara" had no place (only "of" after "capital" was read); the acts
  of the day of a visit or of a meeting told with its place, by its people or their
  states, are where it was ("The two leaders signed four agreements" after "Modi held talks
  with Zelenskyy in Kyiv on Friday"; with a dateline city only that city's were);
- a place told by the clause around the act: "over the Second Thomas Shoal, where Chinese
  coast guard vessels fired water cannon" (the shoal), "upgraded their ties ... in 2023,
  when President Yoon made a state visit to Warsaw" (the visit's place);
- an address or a briefing is where the body addressed sits: "is scheduled to address the
  Security Council on Tuesday" (at the United Nations), "told Parliament on Sept. 18";
- "met Xi at the Great Hall of the People in Beijing" was in "Great Hall" (a name stops at
  "of"): a building named by capitals, then its city, is in that city;
- a clash "near Mutukula" is there (a bare "near" gave no place; a meeting near a city
  still gets none);
- "the arrival in Addis Ababa on June 26 of an Eritrean delegation" is a visit's event (the
  noun was no trigger: the date went to "the visit" before it, with no place);
- "agreed on Tuesday on a roadmap to restore inspections at the Fordow and Natanz sites":
  the sites are where the inspections are to be, not where the agreement was (verify32 F4:
  the lead's agreement was placed at Fordow, not in the dateline's Vienna);
- a surname joined to its Arabic article by a hyphen ("Abdel Fattah al-Sisi") is part of
  the name (the person was "Abdel Fattah"), and "Sisi" alone is he;
- what an embassy in a city holds is in that city ("the Chinese Embassy in Seoul hosted a
  reception on Friday": no place).
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, tag_timexes
from timeline_app.extract.events import Candidate
from timeline_app.extract.pipeline.entities import Entities

THURSDAY = dt.date(2025, 11, 20)
VIENNA = "VIENNA, Nov 20 (Reuters) - "


def _candidates(body: str, dct: dt.date = THURSDAY, dateline: str = VIENNA) -> list[Candidate]:
    return list(extract_events(dateline + body + "\n", dct).candidates)


def _one(body: str, word: str, dct: dt.date = THURSDAY, dateline: str = VIENNA) -> Candidate:
    found = [c for c in _candidates(body, dct, dateline) if word in c.title.lower()]
    assert len(found) == 1, [c.title for c in _candidates(body, dct, dateline)]
    return found[0]


# ------------------------------------------------------------ a list after "said"
def test_a_list_of_states_after_said_keeps_its_first_state() -> None:
    meeting = _one("European diplomats said France, Germany and Britain would meet Iranian "
                   "negotiators in Geneva on Friday.", "meet")
    assert meeting.participants[:3] == ("France", "Germany", "Britain")
    assert "Iran" in meeting.participants
    assert meeting.title.startswith("France, Germany, Britain and Iran meet")
    assert meeting.location == "Geneva"
    assert str(meeting.date) == "21 November 2025"


def test_a_list_after_said_that_and_before_said_alike() -> None:
    after_that = _one("The ministry said that Japan, South Korea and the Philippines signed a "
                      "maritime accord on Monday.", "accord")
    assert set(after_that.participants) >= {"Japan", "South Korea", "Philippines"}
    before = _one("France, Germany and Britain would meet Iranian officials in Istanbul on "
                  "Friday, the ministry said.", "meet")
    assert before.participants[:3] == ("France", "Germany", "Britain")


def test_words_before_said_stay_out_of_the_list() -> None:
    # (the speaker is no side of what was said)
    meeting = _one("Foreign Minister Ana Lopez said France, Germany and Britain would meet "
                   "Iranian officials in Istanbul on Friday.", "meet")
    assert "Ana Lopez" not in meeting.participants
    assert meeting.participants[:3] == ("France", "Germany", "Britain")


# ------------------------------------------------------------ "between A and B, who met"
def test_both_people_of_talks_between_them_met() -> None:
    meeting = _one("The deal follows talks between Rafael Grossi and Iran's foreign minister "
                   "Abbas Araghchi, who met in Cairo on Tuesday.", "meet")
    assert {"Rafael Grossi", "Abbas Araghchi"} <= set(meeting.participants)
    assert meeting.title.startswith("Rafael Grossi and Abbas Araghchi meet")
    assert meeting.location == "Cairo"
    assert str(meeting.date) == "18 November 2025"


def test_the_relative_clause_of_a_pair_in_the_subject() -> None:
    meeting = _one("Talks between Rafael Grossi and Iran's foreign minister Abbas Araghchi, "
                   "who met in Cairo on Tuesday, ended without a deal.", "meet")
    assert {"Rafael Grossi", "Abbas Araghchi"} <= set(meeting.participants)


def test_the_head_of_a_body_named_with_a_title_is_a_person() -> None:
    body = ("IAEA Director General Rafael Grossi told reporters in Vienna on Tuesday that "
            "inspections would resume.\n\nThe roadmap follows two days of talks between Grossi "
            "and Iranian Foreign Minister Abbas Araghchi, who met in Tehran last month.")
    meeting = _one(body, "meet")
    assert {"Rafael Grossi", "Abbas Araghchi"} <= set(meeting.participants)
    assert meeting.location == "Tehran"
    assert str(meeting.date) == "October 2025"


def test_a_pair_of_states_or_one_person_stays_as_it_was() -> None:
    # (a state, a city or a body is no person; a relative clause on one person is that
    # person's)
    for side in ("Saudi Arabia", "New Delhi", "European Commission", "Red Sea"):
        text = f"{VIENNA}Talks between {side} and Foreign Minister Abbas Araghchi ended.\n"
        assert side not in Entities(text, (0, len(VIENNA))).people, side
    visit = _one("President Mohamed Muizzu, who arrived in Delhi on Tuesday, met Prime "
                 "Minister Narendra Modi.", "visit")
    assert visit.participants[0] == "Mohamed Muizzu"


# ------------------------------------------------------------ "to revive it"
def test_it_in_a_title_is_the_deal_named_before() -> None:
    talks = _one("The United States withdrew from the 2015 nuclear deal in May 2018. Talks to "
                 "revive it collapsed in 2022.", "talks")
    assert talks.title == "Talks to revive the nuclear deal collapse"
    assert str(talks.date) == "2022"


def test_it_in_a_title_is_the_truce_named_before() -> None:
    talks = _one("A 60-day truce was agreed in March. Talks to extend it collapsed in May.",
                 "talks")
    assert talks.title == "Talks to extend the 60-day truce collapse"


def test_it_stays_when_nothing_was_named_before() -> None:
    talks = _one("Talks to end it collapsed in 2022.", "talks")
    assert talks.title == "Talks to end it collapse"


# ------------------------------------------------------------ "signed the pact in January"
def _value(text: str, words: str, dct: dt.date = THURSDAY) -> str:
    found = [t.value for t in tag_timexes(text, dct) if t.text == words]
    assert len(found) == 1, [(t.text, t.value) for t in tag_timexes(text, dct)]
    return found[0]


def test_a_month_after_a_past_verb_and_its_object_is_the_last_one() -> None:
    assert _value("Iran and Russia signed the pact in January.", "January") == "2025-01"
    assert _value("The two sides signed a cooperation accord in January, the ministry said.",
                  "January") == "2025-01"
    assert _value("The accord signed in January expires next year.", "January") == "2025-01"
    signed = _one("Iran and Russia signed the strategic pact in January.", "pact")
    assert str(signed.date) == "January 2025"


def test_a_month_ahead_of_what_is_put_off_or_to_come_stays_ahead() -> None:
    # (a verb whose object may be an event to come; a future clause)
    assert _value("The two sides postponed the vote in January.", "January") == "2026-01"
    assert _value("Iran and Russia will sign the pact in January.", "January") == "2026-01"
    assert _value("Payments resume in January.", "January") == "2026-01"


# ------------------------------------------------------------ "the talks that took place ..."
def test_a_meeting_a_relative_clause_without_a_comma_dates() -> None:
    meeting = _one("A ministerial meeting that Iceland plans to host on Dec. 10 will seek a "
                   "deal on mackerel quotas.", "meeting")
    assert str(meeting.date) == "10 December 2025"
    assert "Iceland" in meeting.participants
    assert not any("deal" in c.title.lower() for c in _candidates(
        "A ministerial meeting that Iceland plans to host on Dec. 10 will seek a deal on "
        "mackerel quotas."))


def test_the_main_verb_after_the_clause_is_not_dated_by_it() -> None:
    found = _candidates("The summit that was held in Cairo on Monday agreed to a ceasefire.")
    assert [c.title for c in found] == ["Summit in Cairo"]
    assert str(found[0].date) == "17 November 2025"
    talks = _one("The talks that took place in Doha on Monday ended without an agreement, "
                 "officials said.", "talks")
    assert str(talks.date) == "17 November 2025"
    assert talks.location == "Doha"


def test_the_clause_s_act_and_the_main_clause_s_are_two_events() -> None:
    found = _candidates("The agreement that the two sides signed in Doha on Monday takes "
                        "effect next month.")
    titles = {c.title: c for c in found}
    # (next month is after the article: "(scheduled)", as every row to come; ext149)
    assert set(titles) == {"Two sides sign agreement in Doha",
                           "Agreement takes effect (scheduled)"}, found
    assert str(titles["Two sides sign agreement in Doha"].date) == "17 November 2025"
    assert titles["Two sides sign agreement in Doha"].location == "Doha"
    assert str(titles["Agreement takes effect (scheduled)"].date) == "December 2025"
    assert titles["Agreement takes effect (scheduled)"].location == ""


def test_the_noun_is_what_the_clause_s_verb_was_done_to() -> None:
    signed = _one("The deal that Iran and Russia signed on Monday will run for 20 years.",
                  "sign")
    assert signed.title == "Iran and Russia sign deal"
    passive = _one("The accord that was signed in Cairo on Monday takes effect in January.",
                   "signed")
    assert passive.title == "Accord signed in Cairo"
    assert str(passive.date) == "17 November 2025"


def test_a_clause_after_a_comma_or_a_verb_of_saying_is_read_as_before() -> None:
    # (", which" had its own rule; "said that" opens what was said, no noun's clause)
    talks = _one("The talks, which took place in Doha on Monday, ended without a deal.",
                 "talks")
    assert str(talks.date) == "17 November 2025"
    signed = _one("Officials said that Iran and Russia signed the pact on Monday.", "pact")
    assert str(signed.date) == "17 November 2025"
    assert signed.title == "Iran and Russia sign pact"


# ------------------------------------------------------------ "(Reuters) - Talks held ..."
def test_a_lead_opening_with_a_bare_event_noun_is_an_event() -> None:
    talks = _one("Talks held in Nagoya on Monday ended without agreement.", "talks")
    assert str(talks.date) == "17 November 2025"
    assert talks.location == "Nagoya"
    ended = _one("Talks ended in Riyadh on Tuesday.", "talks")
    assert ended.location == "Riyadh"
    assert str(ended.date) == "18 November 2025"


def test_the_event_noun_and_its_phrase_are_the_subject_of_the_verb() -> None:
    resumed = _one("Negotiations on a truce resumed in Cairo on Tuesday.", "resume",
                   dateline="WASHINGTON -- ")
    assert resumed.title == "Negotiations on a truce resume in Cairo"
    # (a participle after a noun inside another clause is still what was done to it)
    merger = _one("Cuts came on top of plans for a merger announced in January.", "merger")
    assert merger.title == "Merger announced"


def test_a_capitalised_name_inside_a_lead_is_no_event() -> None:
    found = _candidates("Security Conference organisers said on Tuesday the venue was full.")
    assert not any(c.title.startswith("Conference") for c in found)


def test_talks_begun_with_someone_say_with_whom_and_not_where_they_are_based() -> None:
    # (with "Talks" an event in the lead, the place was the officials' seat and the row
    # "Talks in Tashkent")
    talks = _one("Talks with officials based in Tashkent began in May 2010.", "talks",
                 dateline="GENEVA, November 27 (Reuters) - ")
    assert talks.title == "Talks with officials based in Tashkent begin"
    assert talks.location == ""
    rebels = _one("The ministers met on Monday. Talks with the rebels began in May 2010.",
                  "talks")
    assert rebels.title == "Talks with the rebels begin"


# ------------------------------------------------------------ places with no dateline city
PUBLISHED = "Published November 20, 2025\n\n"


def _published(body: str) -> list[Candidate]:
    return list(extract_events(PUBLISHED + body + "\n", THURSDAY).candidates)


def test_a_capital_told_by_its_state_then_its_name_is_the_place() -> None:
    visit = _one("Egyptian President Abdel Fattah al-Sisi arrived in the Turkish capital Ankara "
                 "on Wednesday.", "visit")
    assert visit.location == "Ankara"
    port = _one("The minister arrived in the Kenyan port city Mombasa on Wednesday.", "visit")
    assert port.location == "Mombasa"
    capital = _one("The minister arrived in the Kenyan capital on Wednesday.", "visit")
    assert capital.location == "Nairobi"


def test_the_acts_of_a_visit_s_day_are_where_it_went() -> None:
    found = _published("Egyptian President Abdel Fattah al-Sisi arrived in the Turkish capital "
                       "Ankara on Wednesday and was welcomed by President Recep Tayyip Erdogan."
                       "\n\nThe two leaders held talks and signed 17 agreements on energy and "
                       "defence.")
    signed = [c for c in found if "agreements" in c.title]
    assert signed and all(c.location == "Ankara" for c in signed), found
    assert all(c.location == "Ankara" for c in found if c.category in ("meeting", "visit"))


def test_the_acts_of_a_meeting_s_day_are_where_it_was() -> None:
    found = _published("Indian Prime Minister Narendra Modi held talks with Ukrainian President "
                       "Volodymyr Zelenskiy in Kyiv on Friday.\n\nThe two leaders signed four "
                       "agreements on agriculture and culture.")
    signed = [c for c in found if "agreements" in c.title]
    assert signed and signed[0].location == "Kyiv", found
    plan = _published("Chancellor Olaf Scholz and Prime Minister Donald Tusk met in Warsaw on "
                      "Tuesday with a dozen German and Polish ministers.\n\nThe two governments "
                      "also adopted an action plan on defence on Tuesday.")
    adopted = [c for c in plan if "action plan" in c.title]
    assert adopted and adopted[0].location == "Warsaw", plan


def test_another_day_a_call_or_another_s_act_takes_no_place_from_the_visit() -> None:
    found = _published("Indian Prime Minister Narendra Modi arrived in Kyiv on Friday.\n\n"
                       "Modi signed a trade agreement with Poland on Thursday.\n\n"
                       "Modi spoke by phone with President Joe Biden on Friday.\n\n"
                       "Separately, Saudi Arabia and Iran signed a security accord on Friday.")
    assert all(c.location == "" for c in found if "visit" not in c.title.lower()), found


def test_an_arrival_from_elsewhere_leaves_that_day_s_earlier_acts_there() -> None:
    found = _published("Prime Minister Shigeru Ishiba arrived in Astana from Tashkent on Friday."
                       "\n\nOn Friday, Ishiba and President Shavkat Mirziyoyev signed loan "
                       "agreements.")
    signed = [c for c in found if "agreements" in c.title]
    assert signed and signed[0].location != "Astana", found


# ------------------------------------------------------------ ", where ...", ", when ..."
BODY = "The ministers met on Monday. "


def test_an_act_in_a_where_clause_is_at_the_place_named_before() -> None:
    fired = _one(BODY + "Tensions have flared over the Second Thomas Shoal, where Chinese coast "
                 "guard vessels fired water cannon at a Philippine boat in March.", "cannon")
    assert fired.location == "Second Thomas Shoal"
    failed = _one(BODY + "The leaders met at a summit in Belem, Brazil, in August 2023, where "
                  "they failed to agree.", "agree")
    assert failed.location == "Belem"


def test_no_place_from_a_person_or_a_date_before_where() -> None:
    found = _candidates(BODY + "He praised President Lula, where others had failed to sign a "
                        "deal in May.")
    assert all(c.location == "" for c in found), found


def test_an_act_dated_by_a_when_clause_is_where_its_occasion_was() -> None:
    upgraded = _one(BODY + "South Korea and Poland upgraded their ties to a comprehensive "
                    "strategic partnership in 2023, when President Yoon Suk Yeol made a state "
                    "visit to Warsaw.", "upgrade")
    assert upgraded.location == "Warsaw"
    soured = _candidates(BODY + "Relations soured in 2019, when China detained two Canadians in "
                         "Beijing.")
    assert not any(c.location == "Beijing" and "detain" not in c.title.lower() for c in soured)


# ------------------------------------------------------------ "address the Security Council"
def test_an_address_to_a_un_body_is_at_the_united_nations() -> None:
    address = _one(BODY + "Zelenskyy is scheduled to address the Security Council on Tuesday.",
                   "address")
    assert address.location == "Security Council, United Nations"
    assert address.title == "Zelenskyy addresses Security Council at the United Nations " \
                            "(scheduled)"
    again = [c for c in _candidates(BODY + "Biden addressed the U.N. General Assembly in 2022. "
                                    "Biden first addressed the assembly as president in "
                                    "September 2021.") if str(c.date) == "September 2021"]
    assert again and again[0].location == "General Assembly, United Nations", again


def test_a_statement_to_a_parliament_is_there() -> None:
    told = _one(BODY + "Trudeau told Parliament on Sept. 18, 2023, that there were credible "
                "allegations.", "tell")
    assert told.location == "Parliament"


def test_a_council_or_an_assembly_the_article_did_not_name_is_no_place() -> None:
    found = _candidates(BODY + "The company told the council on Tuesday it would close.")
    assert all(c.location == "" for c in found), found


# ------------------------------------------------------------ "at the Great Hall of the People in"
def test_a_building_named_then_its_city_is_in_that_city() -> None:
    met = _one("Prime Minister Anthony Albanese met President Xi Jinping at the Great Hall of "
               "the People in Beijing on Monday.", "meet")
    assert met.location == "Beijing"
    hotel = _one("The foreign ministers met at the Hotel Metropole in Hanoi on Monday.", "meet")
    assert hotel.location == "Hanoi"


def test_a_region_told_by_its_state_s_possessive_is_no_city() -> None:
    met = _one("Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East "
               "on Monday.", "meet")
    assert met.location == "Vostochny Cosmodrome"


# ------------------------------------------------------------ "clashes ... near Mutukula"
def test_a_clash_near_a_place_is_there_a_meeting_is_not() -> None:
    clashes = _one(BODY + "The two countries went to arbitration after clashes between their "
                   "border police near Mutukula in November 2021 left two officers dead.",
                   "clashes")
    assert clashes.location == "Mutukula"
    found = _candidates("The leaders met near Geneva in May 2021.")
    assert found and all(c.location == "" for c in found), found


# ------------------------------------------------------------ "the arrival in X of ..."
def test_an_arrival_told_by_its_noun_is_a_visit_there() -> None:
    arrival = _one(BODY + "An Eritrean delegation's arrival in Addis Ababa on June 26 was the "
                   "first in years.", "addis")
    assert arrival.category == "visit"
    assert arrival.location == "Addis Ababa"
    assert str(arrival.date) == "26 June 2025"
    followed = _one(BODY + "The visit followed the arrival in Addis Ababa on June 26 of an "
                    "Eritrean delegation.", "addis")
    assert followed.location == "Addis Ababa"


# ------------------------------------------------------------ "a roadmap to restore ... at X"
def test_the_place_of_what_an_object_is_for_is_not_the_act_s() -> None:
    text = ("VIENNA, March 4, 2025 (Reuters) - Iran and the International Atomic Energy Agency "
            "agreed on Tuesday on a roadmap to restore inspections at the Fordow and Natanz "
            "sites, IAEA Director General Rafael Grossi told reporters in Vienna.\n")
    agreed = [c for c in extract_events(text).candidates if "agree" in c.title]
    assert agreed and agreed[0].location == "Vienna", agreed
    plan = _one("Iran and Russia signed a plan to build a railway in Gilan on Tuesday.", "plan")
    assert plan.location != "Gilan"


def test_a_place_after_a_verb_s_own_infinitive_stays() -> None:
    # (no noun before "to": the act's own purpose, kept as before)
    met = _one(BODY + "The envoys travelled to Geneva on Tuesday to meet Iranian officials.",
               "geneva")
    assert met.location == "Geneva"


# ------------------------------------------------------------ "Abdel Fattah al-Sisi"
def test_a_surname_with_its_hyphened_article_is_part_of_the_name() -> None:
    found = _candidates("Egyptian President Abdel Fattah al-Sisi met Turkish President Recep "
                        "Tayyip Erdogan in Ankara on Wednesday. Sisi signed the accord on "
                        "Thursday.")
    met = [c for c in found if "meet" in c.title]
    assert met and met[0].participants[:2] == ("Abdel Fattah al-Sisi", "Recep Tayyip Erdogan")
    signed = [c for c in found if "accord" in c.title]
    assert signed and signed[0].participants[0] == "Abdel Fattah al-Sisi", signed
    talks = _one("Saudi envoy Musaed bin Mohammed al-Aiban held talks in Beijing on Monday.",
                 "talks")
    assert "Musaed bin Mohammed al-Aiban" in talks.participants


# ------------------------------------------------------------ "the Embassy in Seoul hosted a"
def test_what_an_embassy_in_a_city_holds_is_there() -> None:
    reception = _one(BODY + "The two sides exchanged messages, while the Chinese Embassy in Seoul "
                     "hosted a reception on Friday.", "reception")
    assert reception.location == "Seoul"
    assert str(reception.date) == "14 November 2025"
