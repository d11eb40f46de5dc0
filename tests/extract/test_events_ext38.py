"""Session 26, ext38: verify33's leftovers and participants.  Each rule is checked on the
trial's sentence, shortened, and variants written for the test (no corpus text):

- E5: "Trump visited Tokyo and met Takaichi in October 2025, days after she took office"
  gave "Donald Trump takes office": "she" went to the sentence's subject whatever its
  gender.  A person pronoun now passes over a person whose gender the article (a courtesy
  title, a gendered role noun) or the given name opening the name ("Donald") tells as the
  other one.
- E4: "Lee and Takaichi agreed on Tuesday to hold a trilateral summit ... The two leaders,
  who met ... in Shenzhen" was titled "... agree to hold a trilateral summit in Shenzhen", as
  if the summit were to be there: the place of an agreement to hold a gathering now follows
  the agreeing verb.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate
from timeline_app.extract.pipeline.entities import Entities

WASHINGTON_DEC1 = dt.date(2026, 12, 1)


def _candidates(text: str, dct: dt.date) -> list[Candidate]:
    return list(extract_events(text + "\n", dct).candidates)


def _one(text: str, word: str, dct: dt.date) -> Candidate:
    found = [c for c in _candidates(text, dct) if word in c.title.lower()]
    assert len(found) == 1, [c.title for c in _candidates(text, dct)]
    return found[0]


# ------------------------------------------------------------ E5: "days after she took office"
def test_she_passes_over_a_man_named_by_his_given_name() -> None:
    text = ("WASHINGTON, Dec 1 (Reuters) - U.S. President Donald Trump said on Tuesday the "
            "allies would meet again.\n\n"
            "Trump visited Tokyo and met Takaichi in October 2025, days after she took office.")
    office = _one(text, "office", WASHINGTON_DEC1)
    assert office.title == "Takaichi takes office"
    assert list(office.participants) == ["Takaichi"]
    assert str(office.date) == "c. October 2025"


def test_he_passes_over_a_woman_named_by_her_given_name() -> None:
    text = ("BERLIN, Dec 1 (Reuters) - German Chancellor Angela Merkel met Kovacs in Berlin in "
            "May 2019, days after he took office.")
    office = _one(text, "office", WASHINGTON_DEC1)
    assert office.title == "Kovacs takes office"


def test_a_courtesy_title_in_the_article_tells_the_gender() -> None:
    text = ("TOKYO, Dec 1 (Kyodo) - Foreign Minister Kenji Tanaka met Foreign Minister Ruth "
            "Hale in Tokyo in May 2024, days after he took office.\n\n"
            "Ms. Hale said the talks went well.")
    assert _one(text, "office", WASHINGTON_DEC1).title == "Kenji Tanaka takes office"
    # with no gender told, as before: the last person named
    assert _one(text.split("\n")[0], "office", WASHINGTON_DEC1).title == "Ruth Hale takes office"


def test_gender_reads_the_article_before_the_given_name() -> None:
    text = ("Ms. Hale met President Donald Trump and Foreign Minister Li Wei. First Lady "
            "Melania Trump and spokeswoman Alex Reed attended; Ms Reed spoke.")
    entities = Entities(text)
    assert entities.gender("Donald Trump") == "m"  # (not the First Lady's surname)
    assert entities.gender("Melania Trump") == "f"
    assert entities.gender("Alex Reed") == "f"  # a role noun, and "Ms Reed"
    assert entities.gender("Hale") == "f"
    assert entities.gender("Li Wei") == ""  # surname first: no given name read
    assert entities.agrees("Donald Trump", "her") is False
    assert entities.agrees("Li Wei", "she") and entities.agrees("Donald Trump", "")


# ------------------------------------------------------------ E4: "agree to hold a summit in X"
def test_where_an_agreement_to_hold_a_gathering_was_made_comes_after_the_agreeing() -> None:
    text = ("SEOUL, Nov. 17 (Yonhap) -- South Korean President Lee Jae-myung and Japanese Prime "
            "Minister Sanae Takaichi agreed on Tuesday to hold a trilateral summit with U.S. "
            "President Donald Trump early next year, Lee's office said.\n\n"
            "The two leaders, who met for 40 minutes on the sidelines of the regional forum in "
            "Shenzhen, also agreed to resume shuttle diplomacy.")
    agreement = _one(text, "agree", dt.date(2026, 11, 17))
    assert agreement.title == ("Lee Jae-myung and Sanae Takaichi agree in Shenzhen to hold a "
                               "trilateral summit")
    assert agreement.location == "Shenzhen"


def test_an_agreement_on_anything_else_keeps_its_place_at_the_end() -> None:
    text = ("SEOUL, Nov. 17 (Yonhap) -- South Korean President Lee Jae-myung and Japanese Prime "
            "Minister Sanae Takaichi agreed on Tuesday to build a new railway, Lee's office "
            "said.\n\n"
            "The two leaders, who met for 40 minutes on the sidelines of the regional forum in "
            "Shenzhen, also agreed to resume shuttle diplomacy.")
    assert _one(text, "railway", dt.date(2026, 11, 17)).title == (
        "Lee Jae-myung and Sanae Takaichi agree to build a new railway in Shenzhen")


# ------------------------------------------------------------ participants: titles joined by "and"
def test_a_demonym_before_two_titles_or_a_ranked_one_gives_the_person_a_state() -> None:
    text = ("Australian Deputy Prime Minister and Defence Minister Richard Marles met Indonesian "
            "Defense Minister and president-elect Prabowo Subianto. Chilean Acting President "
            "Ana Vidal spoke with the British Deputy Foreign Minister.")
    entities = Entities(text)
    assert entities.people["Richard Marles"] == "Australia"
    assert entities.people["Prabowo Subianto"] == "Indonesia"
    assert entities.people["Ana Vidal"] == "Chile"
    assert [s for _, s in entities.sides_in(text, 0, len(text))] == [
        "Australia", "Indonesia", "Chile", "United Kingdom"]


# ------------------------------------------------------------ participants: the other side
def test_a_two_sided_act_of_one_side_names_the_story_s_other_state() -> None:
    seafood = ("Japan and China agree to resume seafood trade\n\n"
               "TOKYO, Nov 15 (Reuters) - Japan and China agreed on Friday to resume seafood "
               "trade, Japanese officials said. China said it would lift the ban on Japan soon."
               "\n\nChina halted the imports in August 2023 over the water release.")
    assert list(_one(seafood, "imports", dt.date(2024, 11, 15)).participants) == [
        "China", "Japan"]
    archives = ("Kuwait and Iraq agree on archives\n\n"
                "KUWAIT, Nov 5 (KUNA) -- Kuwait and Iraq agreed on Tuesday to set up a committee "
                "on missing persons, Kuwaiti officials said. Iraq will return the archives to "
                "Kuwait.\n\nThe archives were seized during the Iraqi invasion of August 1990.")
    assert list(_one(archives, "seized", dt.date(1991, 11, 5)).participants) == [
        "Iraq", "Kuwait"]


def test_a_two_sided_act_told_with_one_side_s_leader_names_the_other_state() -> None:
    text = ("Colombia and Venezuela reopen border\n\n"
            "CARACAS, Sept 26 (Reuters) - Colombia and Venezuela reopened their border on Monday, "
            "Colombian and Venezuelan officials said. Colombia and Venezuela restored ties in "
            "August.\n\nVenezuelan President Nicolas Maduro closed the border in March 2019.")
    closed = _one(text, "closes", dt.date(2022, 9, 26))
    assert list(closed.participants) == ["Nicolas Maduro", "Colombia"]
    # a meeting of one side's people with the other's names no third state
    met = ("Colombia and Venezuela reopen border\n\n"
           "CARACAS, Sept 26 (Reuters) - Colombia and Venezuela reopened their border on "
           "Monday, Colombian and Venezuelan officials said. Colombia and Venezuela restored "
           "ties in August.\n\nVenezuelan President Nicolas Maduro met Colombian President "
           "Gustavo Petro in Caracas in March 2023.")
    assert list(_one(met, "meet", dt.date(2022, 9, 26)).participants) == [
        "Nicolas Maduro", "Gustavo Petro"]


# ------------------------------------------------------------ participants: who greets a visitor
def test_the_person_who_greets_a_visitor_on_arrival_takes_part_in_the_visit() -> None:
    text = ("SEOUL, May 3 (Yonhap) -- Vietnamese President Luong Anh arrived in Seoul on Monday "
            "for a three-day state visit and was welcomed at the airport by Foreign Minister Cho "
            "Hyun and hundreds of students, the ministry said.")
    visit = _one(text, "visit", dt.date(2026, 5, 3))
    assert "Luong Anh" in visit.participants and "Cho Hyun" in visit.participants
    alone = _one(text.replace(" and was welcomed at the airport by Foreign Minister Cho Hyun and "
                              "hundreds of students", ""), "visit", dt.date(2026, 5, 3))
    assert "Cho Hyun" not in alone.participants


# ------------------------------------------------------------ participants: told beside people
def test_an_event_naming_no_one_beside_people_of_two_states_is_theirs() -> None:
    text = ("HANOI, May 6 (VNA) -- Vietnamese Foreign Minister Tran Minh held talks with Thai "
            "Foreign Minister Anan Chai in Hanoi on Tuesday, ahead of a visit by the U.S. "
            "secretary of state.\n\n"
            "During the talks, Tran and Anan agreed to push for a series of concerts to mark the "
            "50th anniversary of the normalization of ties this year.\n\n"
            "The United States welcomed the talks. The United States and Thailand are allies.")
    anniversary = _one(text, "anniversary", dt.date(2025, 5, 6))
    assert list(anniversary.participants) == ["Vietnam", "Thailand"]
    entities = Entities(text)
    from timeline_app.extract.pipeline.arguments.participants import (
        _states_of_the_sentence_s_people,
    )
    assert _states_of_the_sentence_s_people(
        "Vietnamese Foreign Minister Tran Minh met the press.", entities) == []  # one state


# ------------------------------------------------------------ a past verb after "but"
def test_a_past_verb_after_but_shares_the_subject_of_the_clause_before() -> None:
    text = ("SEOUL, Dec. 16 (Yonhap) -- The National Assembly voted Saturday to impeach President "
            "Park Min.\n\n"
            "Park declared martial law on the night of Dec. 3, citing threats from rebels, but "
            "lifted it about six hours later after parliament voted it down.")
    dct = dt.date(2023, 12, 16)
    lifted = _one(text, "lifts", dct)
    assert lifted.title == "Park Min lifts martial law"
    assert "Park Min" in lifted.participants
    assert _one(text, "declares", dct).title == "Park Min declares martial law"  # (not "on the
    # night": the part of the day of a date)


# ------------------------------------------------------------ participants: elections
def test_an_election_or_a_taking_of_office_names_the_winner_s_state_too() -> None:
    text = ("MANAGUA, Nov 12 (Xinhua) -- Nicaraguan President Daniel Vega met Chinese envoys "
            "on Friday.\n\nVega, who returned to power in 2007, won a fourth consecutive term "
            "in the presidential election held on Nov. 7.")
    won = _one(text, "term", dt.date(2021, 11, 12))
    assert list(won.participants) == ["Daniel Vega", "Nicaragua"]
    long_term = ("MANAGUA, Nov 12 (Xinhua) -- Nicaraguan President Daniel Vega signed a long-term "
                 "supply contract on Friday.")
    assert "Nicaragua" not in _one(long_term, "sign", dt.date(2021, 11, 12)).participants


# ------------------------------------------------------------ participants: whose inauguration
def test_the_person_whose_inauguration_it_is_takes_part() -> None:
    text = ("SANTIAGO, Nov 3, 2025 (Reuters) - Chilean President Ana Ruiz met reporters on "
            "Monday.\n\nThe last Chilean head of state to visit La Paz was Carlos Soto, who "
            "attended Rodrigo Vaca's inauguration in January 2006.")
    inauguration = _one(text, "inauguration", dt.date(2025, 11, 3))
    assert "Rodrigo Vaca" in inauguration.participants
    of = ("CARACAS, Aug 12, 2022 (EFE) - The two foreign ministers met on Thursday, four days "
          "after the inauguration of leftist Mario Reyes as president of Colombia.\n\n"
          "Colombia and Venezuela broke off ties in 2019.")
    assert list(_one(of, "inauguration", dt.date(2022, 8, 12)).participants) == [
        "Mario Reyes", "Colombia"]
    place = ("CARACAS, Aug 12, 2022 (EFE) - Officials met four days after the inauguration of "
             "New Delhi Metro's line, the ministry said.")
    assert all("Delhi" not in p for c in _candidates(place, dt.date(2022, 8, 12))
               for p in c.participants)


# ------------------------------------------------------------ the lead's act told as reported
SEVERED = ("Bolivia cuts ties with Israel\n\n"
           "LA PAZ, Oct 31, 2023 (Anadolu) - Bolivia has severed diplomatic relations with "
           "Israel in protest at its military offensive in the Gaza Strip, a senior government "
           "official announced on Tuesday.\n\nColombia and Chile recalled their ambassadors.")


def test_the_lead_s_act_reported_by_a_dated_announcement_is_of_its_day() -> None:
    found = _candidates(SEVERED, dt.date(2023, 10, 31))
    severed = [c for c in found if "sever" in c.title.lower()]
    assert len(severed) == 1 and str(severed[0].date) == "31 October 2023"
    assert list(severed[0].participants) == ["Bolivia", "Israel"]
    assert not any("announce" in c.title.lower() for c in found)  # (its source, no row)


def test_a_place_in_a_phrase_of_protest_is_not_the_act_s() -> None:
    severed = _one(SEVERED, "sever", dt.date(2023, 10, 31))
    assert severed.location != "Gaza Strip"


# ------------------------------------------------------------ verify34 E18: "the first summit ... since"
def test_the_first_gathering_since_a_year_is_a_previous_gathering_not_a_previous_agreement() -> None:
    text = ("SEOUL, May 7, 2023 (Yonhap) - South Korean President Park Min and Japanese Prime "
            "Minister Ken Sato agreed on Sunday to resume shuttle diplomacy at the first summit "
            "in Seoul since 2018.")
    previous = _one(text, "previous", dt.date(2023, 5, 7))
    assert previous.title == "Previous summit in Seoul"
    assert str(previous.date) == "2018" and previous.category == "meeting"
    assert "Park Min" not in previous.participants and "Ken Sato" not in previous.participants
    assert list(previous.participants) == ["South Korea", "Japan"]


# ------------------------------------------------------------ verify34 E14: talks not held
def test_talks_not_held_at_a_summit_leave_the_summit_to_its_bloc() -> None:
    text = ("TOKYO, July 1, 2019 (Kyodo) -- Japan said Monday it will tighten export controls "
            "on South Korea.\n\n"
            "Last month, the two leaders did not hold talks on the sidelines of the Group of 20 "
            "summit in Osaka.")
    summit = _one(text, "summit", dt.date(2019, 7, 1))
    assert summit.title == "Group of 20 summit in Osaka"
    assert list(summit.participants) == ["G20"]  # (not Japan and South Korea: they did not meet)
    held = _one(text.replace("did not hold", "held"), "talks", dt.date(2019, 7, 1))
    assert "G20" not in held.participants  # (talks held at it are the leaders', not the bloc's)


def test_a_bloc_written_out_names_its_gathering() -> None:
    text = ("TOKYO, July 1, 2019 (Kyodo) -- Japan said Monday it will tighten export controls."
            "\n\nLast month, Japan hosted the Group of 20 summit in Osaka.")
    summit = _one(text, "summit", dt.date(2019, 7, 1))
    assert summit.title == "Group of 20 summit in Osaka" and "G20" in summit.participants


# ------------------------------------------------------------ verify34 E11: a court's order
def test_a_court_s_order_to_pay_is_a_ruling_with_the_company_and_won_is_a_currency() -> None:
    text = ("SEOUL, Oct. 30, 2018 (Yonhap) -- The Supreme Court on Tuesday ordered Hanil "
            "Shipping Co. to pay 50 million won each to three former sailors who were forced to "
            "work on its ships.")
    found = _candidates(text, dt.date(2018, 10, 30))
    assert not any("win" in c.title.lower() for c in found), [c.title for c in found]
    order = _one(text, "orders", dt.date(2018, 10, 30))
    assert order.title.startswith("Supreme Court orders Hanil Shipping Co. to pay")
    assert order.category == "dispute"
    assert list(order.participants)[:2] == ["Supreme Court", "Hanil Shipping Co"]
    # a year before "won" is no amount: "returned to power in 2007, won a fourth term"
    won = ("MANAGUA, Nov 12, 2021 (Xinhua) -- Nicaraguan President Daniel Vega, who returned "
           "to power in 2007, won a fourth consecutive term in an election held on Nov. 7.")
    assert any("term" in c.title for c in _candidates(won, dt.date(2021, 11, 12)))


# ------------------------------------------------------------ verify34 E10, E13: the ruling
RULING = ("Top court rules for the sailors\n\n"
          "SEOUL, Oct. 30, 2018 (Yonhap) -- The Supreme Court on Tuesday ordered Hanil Shipping "
          "Co. to pay 50 million won each to three former sailors.\n\n"
          "The ruling upheld a 2013 decision by the Busan High Court, ending a legal battle that "
          "began in 2005.\n\n"
          "Japan's Foreign Minister Ken Sato summoned South Korean Ambassador Park Min in Tokyo "
          "hours after the ruling and called it \"unacceptable\".")


def test_a_year_qualifying_another_noun_does_not_date_the_ruling_before_it() -> None:
    found = _candidates(RULING, dt.date(2018, 10, 30))
    assert not any(str(c.date) == "2013" and c.title == "Ruling" for c in found), \
        [(c.title, str(c.date)) for c in found]


def test_an_act_hours_after_the_story_s_ruling_is_of_its_day() -> None:
    summons = _one(RULING, "summon", dt.date(2018, 10, 30))
    assert summons.title == "Ken Sato summons Park Min in Tokyo"
    assert str(summons.date) == "30 October 2018" and summons.location == "Tokyo"
    assert "just after" in summons.date_basis


# ------------------------------------------------------------ verify34 E4: a visit cited later
def test_an_event_told_before_and_cited_later_is_no_new_event() -> None:
    text = ("SEOUL, June 20, 2025 (Korea Times) -- Relations soured again in August 2012, when "
            "President Park Min visited the disputed islets.\n\n"
            "A decade later, his visit was still cited by Japanese officials as the low point "
            "of that era.")
    visits = [c for c in _candidates(text, dt.date(2025, 6, 20)) if c.category == "visit"]
    assert [str(c.date) for c in visits] == ["August 2012"]


# ------------------------------------------------------------ verify34 E2: a site visited
def test_a_visit_to_a_named_site_says_where_not_abroad() -> None:
    text = ("SEOUL, June 20, 2025 (Korea Times) -- Relations soured again in August 2012, when "
            "President Park Min visited the disputed Hanul islets, which the neighbour claims.")
    assert _one(text, "visit", dt.date(2025, 6, 20)).title == "Park Min visits the Hanul islets"


# ------------------------------------------------------------ verify34 E9: what began
def test_what_began_in_a_relative_clause_is_its_antecedent_noun() -> None:
    text = ("SEOUL, Oct. 30, 2018 (Yonhap) -- The court ruled on Tuesday, ending a legal battle "
            "that began in 2005.")
    began = _one(text, "begin", dt.date(2018, 10, 30))
    assert began.title == "Legal battle begins" and str(began.date) == "2005"
    year = ("SEOUL, Oct. 30, 2018 (Yonhap) -- Exports fell in the year that began in January.")
    assert not any(c.title.startswith("Year") for c in _candidates(year, dt.date(2018, 10, 30)))


# ------------------------------------------------------------ verify34 E15: a title cut at "used"
def test_a_title_cut_short_does_not_end_with_a_participle() -> None:
    text = ("TOKYO, July 1, 2019 (Kyodo) -- Japan said Monday it will tighten controls on "
            "exports to the Philippines of three metals used to make batteries and solar "
            "panels, officials said.")
    title = _one(text, "tighten", dt.date(2019, 7, 1)).title
    assert "metals used" not in title and "three metals" in title, title


# ------------------------------------------------------------ verify34 E12: "the government"
def test_the_government_is_no_court_named_before() -> None:
    text = ("SEOUL, Oct. 30, 2018 (Yonhap) -- The Supreme Court on Tuesday upheld a ruling by "
            "the Busan High Court.\n\n"
            "Prime Minister Kim Ho said the government would hold a meeting next week to work "
            "out its response.")
    meeting = _one(text, "meeting", dt.date(2018, 10, 30))
    assert "Court" not in meeting.title and not any("Court" in p for p in meeting.participants)
    assert "South Korea" in meeting.participants  # (a Seoul dateline's unnamed government)
    named = text.replace("Prime Minister Kim Ho", "South Korean Prime Minister Kim Ho")
    assert "South Korea" in _one(named, "meeting", dt.date(2018, 10, 30)).participants


# ------------------------------------------------------------ verify34 E19: a group met
def test_a_group_met_is_named_as_the_text_names_it() -> None:
    text = ("TOKYO, March 16, 2023 (Reuters) - South Korean President Park Min held talks with "
            "Japanese Prime Minister Ken Sato on Thursday.\n\n"
            "Park will meet Japanese business leaders in Tokyo on Friday before flying home.")
    met = _one(text, "business leaders", dt.date(2023, 3, 16))
    assert met.title == "Park Min meets Japanese business leaders in Tokyo (scheduled)"


# ------------------------------------------------------------ verify34 E1: an acknowledgement
def test_a_government_s_acknowledgement_of_a_past_wrong_is_a_statement_of_the_speaker() -> None:
    text = ("SEOUL, June 20, 2025 (Korea Times) -- Relations have had their ups and downs.\n\n"
            "In 1993, Chief Cabinet Secretary Ken Sato acknowledged the involvement of the "
            "Japanese military in a statement that still bears his name.")
    said = _one(text, "acknowledge", dt.date(2025, 6, 20))
    assert said.title == "Ken Sato acknowledges involvement of the Japanese military"
    assert "Ken Sato" in said.participants and str(said.date) == "1993"
    memo = ("CUPERTINO, Jan 17, 2011 (AP) - The chief executive announced on Monday in an "
            "internal memo that he would take a leave of absence.")
    assert "leave" in _one(memo, "announce", dt.date(2011, 1, 17)).title  # (what was said)


# ------------------------------------------------------------ verify34 E17: off a white list
def test_a_state_removed_from_a_list_of_trusted_partners_is_an_event() -> None:
    text = ("TOKYO, July 1, 2019 (Kyodo) -- Japan said Monday it will tighten export controls "
            "on the Philippines.\n\nThe ministry also plans to remove the Philippines from its "
            "\"white list\" of trusted trading partners in August.")
    removal = _one(text, "remove", dt.date(2019, 7, 1))
    assert "white list" in removal.title and str(removal.date) == "August 2019"


# ------------------------------------------------------------ verify34 E8: a body dissolved
def test_a_government_dissolving_a_foundation_is_an_event() -> None:
    text = ("SEOUL, June 20, 2025 (Korea Times) -- Relations have had their ups and downs.\n\n"
            "President Park Min's government dissolved the foundation in 2019.")
    assert str(_one(text, "dissolve", dt.date(2025, 6, 20)).date) == "2019"


# ------------------------------------------------------------ verify34 E3: one deal, not two
def test_a_participle_after_an_event_noun_dates_that_event_not_a_second_one() -> None:
    text = ("SEOUL, June 20, 2025 (Korea Times) -- Relations have had their ups and downs.\n\n"
            "The 2015 deal on \"island fisheries\", announced in Seoul on December 28, 2015 by "
            "the two foreign ministers, was meant to settle the issue finally.")
    found = _candidates(text, dt.date(2025, 6, 20))
    assert [(c.title, str(c.date)) for c in found] == [
        ('Deal on "island fisheries" in Seoul', "28 December 2015")]


# ------------------------------------------------------------ verify34 E20: also said, after the lead
def test_what_was_also_said_right_after_a_dated_lead_is_of_its_day() -> None:
    text = ("Leaders agree to resume visits at summit\n\n"
            "TOKYO, March 16, 2023 (Reuters) - South Korean President Park Min and Japanese Prime "
            "Minister Ken Sato agreed on Thursday to resume regular visits between their "
            "leaders.\n\n"
            "Japan also said it would lift its export curbs on three chip materials, and Seoul "
            "said it would withdraw its complaint at the World Trade Organization.")
    found = {c.title: c for c in _candidates(text, dt.date(2023, 3, 16))}
    lift = next(c for t, c in found.items() if "lift" in t)
    withdraw = next(c for t, c in found.items() if "withdraw" in t)
    assert lift.title.startswith("Japan to lift its export curbs")
    assert withdraw.title.startswith("South Korea to withdraw its complaint")  # (Seoul's "it")
    assert str(lift.date) == str(withdraw.date) == "16 March 2023"
    assert withdraw.title.endswith("at the World Trade Organization")  # (a body, "at the")


# ------------------------------------------------------------ verify34 E7: speaking out
def test_people_who_begin_to_speak_out_in_public_make_a_statement() -> None:
    text = ("SEOUL, June 20, 2025 (Korea Times) -- Relations have had their ups and downs.\n\n"
            "In the early 1990s, former \"forced workers\" began to speak out in public.")
    spoke = _one(text, "speak out", dt.date(2025, 6, 20))
    assert spoke.category == "statement" and str(spoke.date) == "the early 1990s"
    assert spoke.title.startswith('Former "forced workers" begin to speak out')


# ------------------------------------------------------------ verify34 E6: games co-hosted
def test_countries_that_host_the_world_s_games_make_an_event() -> None:
    text = ("SEOUL, June 20, 2025 (Korea Times) -- Relations have had ups and downs.\n\n"
            "Four years later, the two countries co-hosted the 2002 FIFA World Cup, and that "
            "summer millions of fans cheered for each other.\n\nIn 2005 Chile hosted the Asian "
            "Games.")
    found = {c.title: str(c.date) for c in _candidates(text, dt.date(2025, 6, 20))}
    assert found.get("Two countries host FIFA World Cup") == "2002", found
    assert found.get("Chile hosts Asian Games") == "2005", found


# ------------------------------------------------------------ participants: a bloc's summit
def test_a_summit_naming_no_one_in_a_story_of_a_state_and_a_bloc_is_the_bloc_s() -> None:
    text = ("KUALA LUMPUR, July 10 (AP) - China and ASEAN foreign ministers agreed on Thursday "
            "to speed up talks on a code of conduct, China's foreign ministry said. China "
            "welcomed the talks, and Malaysian and Philippine officials said China had been "
            "constructive. Malaysia chairs ASEAN this year.\n\nThe leaders' summit is "
            "scheduled for October 26 in Kuala Lumpur.")
    summit = _one(text, "summit", dt.date(2025, 7, 10))
    assert list(summit.participants) == ["ASEAN"]


# ------------------------------------------------------------ participants: "the grouping ... and met"
def test_the_grouping_that_met_after_a_clause_with_a_subordinate_word_is_the_bloc() -> None:
    text = ("7/1/2025 - The foreign ministers of the United States, Japan, India and Australia "
            "met in Washington on Tuesday, in the first ministerial meeting of the grouping "
            "this year.\n\nIndia will host the Quad leaders' summit later this year.\n\n"
            "The grouping traces its origins to the joint relief effort after the great storm "
            "of December 2004 and met as a formal dialogue in the 2000s.")
    met = next(c for c in _candidates(text, dt.date(2025, 7, 1)) if str(c.date) == "the 2000s")
    assert list(met.participants) == ["Quad"] and met.title == "Quad meets"
