"""Session 24, ext33: the events extraction still missed on real news.  Each rule is checked
on a short wire-style sentence written for the test and a variant (no corpus text):

- a state's own measure in a lead ("Iceland set its own mackerel quota for 2027 on
  Thursday", "set a unilateral quota of 21,800 tonnes on Nov. 19"): "set" was an event only
  in "set up a ...", so the headline act was never proposed (verify31 F6); "for 2027" is
  the quota's term, not the act's day; a state's organ as the subject ("the fisheries
  ministry set the catch limit") makes the base-and-past form a past; "imposes", "revoked
  the licences", "raised its quota" are acts as "imposed" was; a state leaving a treaty or a
  bloc ("withdrew from the Paris climate accord on Tuesday", "quit the defence pact",
  "pulled out of the 2015 peace agreement", "left the regional bloc") is the act, not a
  row titled by the treaty as if it were concluded that day (or nothing);
- a host is the place: "The next round, which Tokyo plans to host in December" is the
  round, in Tokyo, with Japan (the row was "Tokyo plans to host", no place); "Doha will
  host a signing ceremony", "Oslo hopes to host the signing ceremony", "Britain will host
  Norway, Iceland and the Faroe Islands for talks" are where the host is (no place); the
  host is in the title ("Tokyo hosts next round of talks", "Kenya hosts peace talks ...":
  they were "Tokyo: Talks in Tokyo", "Host peace talks in Nairobi"), the guests take part;
- a meeting in a relative clause: "The talks, which took place here on Tuesday" are in the
  dateline's city (the comma ended the search for "here"); in a lead, "took" was a row of
  its own ("China and United States take place", no place) because the dateline's date
  paired with Tuesday as two coordinated dates; "Gunnarsdottir, who met Prime Minister
  Jonas Gahr Store on Wednesday, said" is where the lead hosts her (no place);
- the dev set's misses with no candidate at all, by words the vocabulary lacked: a body
  named again in lower case ("is due to address the council on Monday"), a mandate ("the
  council first authorised the mission in July 2011"), a work and its phases ("began
  building the dam", "completed the final filling of its reservoir"), a length with two
  words before its talks ("after four days of previously undisclosed talks");
- "arrived in the North Korean capital early Wednesday": a capital told by an adjective of
  two words is the city (no place, so the arrival was taken into the day's other visit),
  and "is due to fly to Hanoi later Wednesday for a two-day state visit" names who travels
  and where to (the visit had neither);
- "It is the first visit by an Egyptian president to Turkey since September 2012": the
  previous visit, September 2012 (the sentence's noun joined no event, so the "first ...
  since" rule never saw it); not "the first visit ... there since the 1959 revolution" (a
  year naming another event);
- "The ministerial meeting, originally planned for Bergen on Nov. 6, had been postponed"
  (verify31 F5): the meeting's own plan, in Bergen (a row "Ministerial meeting plans for
  Bergen", policy, no place).
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate

THURSDAY = dt.date(2026, 11, 19)


def _candidates(body: str, dct: dt.date = THURSDAY,
                dateline: str = "REYKJAVIK, Nov 19 (Reuters) - ") -> list[Candidate]:
    return list(extract_events(dateline + body + "\n", dct).candidates)


def _one(body: str, word: str, dct: dt.date = THURSDAY,
         dateline: str = "REYKJAVIK, Nov 19 (Reuters) - ") -> Candidate:
    found = [c for c in _candidates(body, dct, dateline) if word in c.title.lower()]
    assert len(found) == 1, [c.title for c in _candidates(body, dct, dateline)]
    return found[0]


# ------------------------------------------------------------ a state's own measure
def test_a_quota_set_in_the_lead_is_an_event_of_its_day_not_of_its_term() -> None:
    quota = _one("Iceland set its own mackerel quota for 2027 on Thursday, breaking with the "
                 "neighbours it had negotiated with for a year.", "quota")
    assert str(quota.date) == "19 November 2026"
    assert quota.category == "policy"
    assert "Iceland" in quota.participants
    assert quota.title.startswith("Iceland sets")


def test_a_quota_set_on_a_named_day_in_a_later_paragraph() -> None:
    body = ("Britain and Norway agreed on Monday a framework for sharing herring stocks.\n\n"
            "The Faroe Islands set a unilateral quota of 64,000 tonnes on Nov. 19, angering "
            "both governments.")
    quota = _one(body, "quota", dt.date(2026, 12, 1))
    assert str(quota.date) == "19 November 2026"
    assert "Faroe Islands" in quota.participants


def test_a_catch_limit_set_by_a_ministry_is_an_event() -> None:
    limit = _one("The fisheries ministry set the catch limit at 120,000 tonnes on Wednesday.",
                 "limit")
    assert str(limit.date) == "18 November 2026"
    assert limit.category == "policy"


def test_what_is_set_that_is_no_measure_is_no_event() -> None:
    for body in ("Iceland set a record catch on Tuesday, officials said.",
                 "Norway set out its proposal for a new sharing key on Tuesday.",
                 "The government set a deadline of March 1 for a reply on Tuesday.",
                 "A set of new quotas was discussed on Tuesday."):
        assert _candidates(body) == [], body


def test_a_measure_imposed_revoked_or_raised_is_an_event() -> None:
    assert _one("Iceland imposes a landing quota on Norwegian trawlers, the ministry said "
                "on Tuesday.", "quota").category == "policy"
    revoked = _one("Japan revoked the fishing licences of two Russian trawlers on Tuesday.",
                   "licences")
    assert str(revoked.date) == "17 November 2026"
    raised = _one("The Faroese government raised its mackerel quota by 10 percent on Tuesday.",
                  "quota")
    assert str(raised.date) == "17 November 2026"


def test_the_term_of_a_budget_or_quota_dates_nothing() -> None:
    quota = _one("Norway cut its cod quota for 2027 by a fifth on Monday.", "quota")
    assert str(quota.date) == "16 November 2026"


# ------------------------------------------------------------ the host is the place
TOKYO = "TOKYO, Nov 19 (Kyodo) - "


def test_a_gathering_a_relative_clause_says_a_city_plans_to_host() -> None:
    found = _candidates("The next round, which Tokyo plans to host in December, will focus "
                        "on fisheries.", dateline=TOKYO)
    assert [(c.title, str(c.date), c.location, c.participants) for c in found] == [
        ("Next round in Tokyo (scheduled)", "December 2026", "Tokyo", ("Japan",))]
    summit = _one("The summit, which Japan plans to host in December, will be the first "
                  "of its kind.", "summit")
    assert (summit.location, summit.category) == ("Japan", "meeting")
    assert "plans" not in summit.title


def test_a_plan_to_host_something_else_is_still_the_plan() -> None:
    # (the infinitive has its own object: the plan is not the gathering told before)
    titles = [c.title for c in _candidates("The summit, which Japan plans to host a dinner "
                                           "for in December, will be the first.")]
    assert not any(t.startswith("Summit in Japan") for t in titles), titles


def test_a_ceremony_is_where_its_host_is() -> None:
    assert _one("Doha will host a signing ceremony on Friday.", "ceremony").location == "Doha"
    assert _one("Oslo hopes to host the signing ceremony in January.",
                "ceremony").location == "Oslo"


def test_a_host_with_its_guests_named_before_the_talks() -> None:
    talks = _one("Britain will host Norway, Iceland and the Faroe Islands for talks on "
                 "Nov. 26.", "talks")
    assert talks.location == "Britain"
    assert str(talks.date) == "26 November 2026"


# ------------------------------------------------------------ a meeting in a relative clause
OSLO = "OSLO, Nov 19 (Reuters) - "
LEAD = ("Norway and Iceland agreed on Thursday to resume talks on sharing mackerel stocks, as "
        "Foreign Minister Espen Barth Eide hosted his Icelandic counterpart Thorgerdur "
        "Gunnarsdottir in Oslo.")


def test_talks_that_took_place_here_are_in_the_datelines_city() -> None:
    found = _candidates("Norway's foreign minister said on Thursday the sides would keep "
                        "talking.\n\nThe talks, which took place here on Tuesday, ended without "
                        "a deal.", dateline=OSLO)
    talks = [c for c in found if c.title.startswith("Talks")]
    assert [(c.title, str(c.date), c.location) for c in talks] == [
        ("Talks in Oslo", "17 November 2026", "Oslo")]


def test_a_leads_relative_clause_is_no_event_of_its_own() -> None:
    found = _candidates("The talks between Norway and Iceland, which took place on Tuesday, "
                        "ended without a deal, officials said on Thursday.", dateline=OSLO)
    assert [(str(c.date), c.category, c.location) for c in found] == [
        ("17 November 2026", "meeting", "Oslo")]
    assert "take place" not in found[0].title


def test_a_meeting_of_the_leads_guest_in_a_relative_clause_is_where_the_lead_has_them() -> None:
    body = (LEAD + "\n\nGunnarsdottir, who met Prime Minister Jonas Gahr Store on Wednesday, "
            "said Iceland wanted \"a fair share\".")
    met = _one(body, "meet", dateline=OSLO)
    assert (str(met.date), met.location) == ("18 November 2026", "Oslo")


def test_no_place_for_a_call_or_for_someone_the_lead_does_not_place() -> None:
    call = _one(LEAD + "\n\nGunnarsdottir, who spoke by phone with Prime Minister Jonas Gahr "
                "Store on Wednesday, said Iceland wanted a fair share.", "telephone", dateline=OSLO)
    assert call.location == ""
    elsewhere = _one("Norway and Iceland agreed on Thursday to resume talks.\n\nGunnarsdottir, "
                     "who met Prime Minister Jonas Gahr Store on Wednesday, said Iceland wanted "
                     "a fair share.", "meet", dateline=OSLO)
    assert elsewhere.location == ""


# ------------------------------------------------------------ words the vocabulary lacked
NEW_YORK = "UNITED NATIONS, Nov 19 (Reuters) - "


def test_a_body_named_again_in_lower_case() -> None:
    address = _one("The Security Council voted on Tuesday to extend the mission.\n\nTuvalu's "
                   "foreign minister is due to address the council on Monday, diplomats said.",
                   "address", dateline=NEW_YORK)
    assert str(address.date) == "23 November 2026"
    assert "(scheduled)" in address.title
    # (not the council's concerns, nor a council that is no body of the sentence)
    assert _candidates("The envoy said he would address the council's concerns on Monday.",
                       dateline=NEW_YORK) == []


def test_a_mandate_authorised_by_a_body() -> None:
    mandate = _one("The council first authorised the observer mission in March 2019, weeks "
                   "after the truce.", "authorises", dateline=NEW_YORK)
    assert (str(mandate.date), mandate.category) == ("March 2019", "policy")
    assert _candidates("The council authorised its president to write a letter in March "
                       "2019.", dateline=NEW_YORK) == []


def test_a_work_begun_and_a_phase_completed_are_two_events() -> None:
    found = _candidates("Uganda began building the dam on the Nile in May 2013 and completed "
                        "the second and final filling of its reservoir in August 2021.")
    assert [(str(c.date), c.title) for c in found] == [
        ("May 2013", "Uganda builds dam on the Nile"),
        ("August 2021", "Uganda completes second and final filling of its reservoir")]


def test_a_length_of_talks_with_two_words_before_the_noun() -> None:
    found = _candidates("The two sides signed the accord on Friday after four days of "
                        "previously undisclosed talks in Oslo.")
    assert [(str(c.date), c.location) for c in found] == [
        ("c. 9 November 2026", "Oslo"), ("13 November 2026", "Oslo")]


# ------------------------------------------------------------ a capital, a trip's purpose
def test_a_capital_told_by_an_adjective_of_two_words() -> None:
    found = _candidates("Lee arrived in the South Korean capital early Wednesday and was "
                        "greeted at the airport by Yoon.", dateline=TOKYO)
    assert [(c.location, str(c.date)) for c in found] == [("Seoul", "early on 18 November 2026")]


def test_an_arrival_and_a_trip_on_the_same_day_are_two_visits() -> None:
    found = _candidates("Putin arrived in the North Korean capital early Wednesday and was "
                        "greeted at the airport by Kim.\n\nPutin is due to fly to Hanoi later "
                        "Wednesday for a two-day state visit to Vietnam.",
                        dt.date(2026, 11, 18), dateline="PYONGYANG, Nov 18 (Reuters) - ")
    assert sorted((c.location, "Putin" in c.participants) for c in found) == [
        ("Hanoi", True), ("Pyongyang", True)]


def test_a_hosts_title_says_who_hosts_what() -> None:
    rows = [(c.title, c.location, c.participants) for c in _candidates(
        "Tokyo plans to host the next round of talks in December, the ministry said.",
        dateline=TOKYO)]
    assert rows == [("Tokyo hosts next round of talks (scheduled)", "Tokyo", ("Japan",))]
    kenya = _one("Kenya is set to host peace talks between the two sides on Monday.", "talks",
                 dateline="NAIROBI, Nov 19 (Reuters) - ")
    assert kenya.title.startswith("Kenya hosts peace talks")
    assert kenya.location == "Nairobi"
    britain = _one("Britain will host Norway, Iceland and the Faroe Islands for talks on "
                   "Nov. 26.", "talks")
    assert britain.title == "United Kingdom hosts talks (scheduled)"
    assert {"Norway", "Iceland"} <= set(britain.participants)


# ------------------------------------------------------------ "It is the first ... since"
def test_it_is_the_first_visit_since_names_the_previous_one() -> None:
    found = _candidates("Chilean President Gabriel Boric arrived in Lima on Wednesday for a "
                        "state visit.\n\nIt is the first visit by a Chilean president to Peru "
                        "since March 2014.", dateline="LIMA, Nov 19 (Reuters) - ")
    previous = [c for c in found if c.title.startswith("Previous")]
    assert [(c.title, str(c.date)) for c in previous] == [
        ("Previous visit by a Chilean president to Peru", "March 2014")]
    assert {"Chile", "Peru"} <= set(previous[0].participants)


READOUT = (
    "Ruritania and Elbonia leaders held bilateral meeting in Geneva\n\n"
    "10 July 2025, 19:15\n\n"
    "On July 10, President of Ruritania Ivo Marten and Prime Minister of Elbonia Anna Kovac "
    "held a bilateral meeting in Geneva.\n\n"
    "The sides noted that the negotiations on the text of the Agreement on the Establishment "
    "of Peace and Interstate Relations between the Republic of Ruritania and the Republic of "
    "Elbonia had been concluded on 13 March 2025.\n\n"
    "It was the first meeting of the two leaders since the European Political Community "
    "summit in Tirana on 16 May 2025.\n"
)


def test_the_first_meeting_since_a_date_is_no_event_before_that_date() -> None:
    """verify55 F7: "It was the first meeting of the two leaders since the ... summit in
    Tirana on 16 May 2025" joined the negotiations of 13 March 2025 told just before (the
    nearest event of its kind), whose row cited it and was titled "... meet"; the meeting
    it names is the story's of 10 July."""
    found = extract_events(READOUT).candidates
    by_day = {str(c.date): c for c in found}
    first = "It was the first meeting"
    assert not any(first in e.sentence for e in by_day["13 March 2025"].evidence)
    assert any(first in e.sentence for e in by_day["10 July 2025"].evidence)
    assert "meet" not in by_day["13 March 2025"].title


def test_a_passive_subject_named_with_and_is_one_subject() -> None:
    """verify55 F7: "the negotiations on the text of the Agreement ... of Peace and
    Interstate Relations between the Republic of Ruritania and the Republic of Elbonia had
    been concluded" was read as "the Republic of Elbonia had been concluded": no act of
    concluding, and the negotiations' row was titled as a meeting."""
    talks = next(c for c in extract_events(READOUT).candidates if str(c.date) == "13 March 2025")
    assert talks.title == "Negotiations concluded"


def test_a_year_naming_another_event_is_no_previous_occasion() -> None:
    found = _candidates("Hours later Rodriguez met Kerry at the State Department, the first "
                        "visit by a Cuban foreign minister there since the 1959 revolution.",
                        dateline="WASHINGTON, Nov 19 (Reuters) - ")
    assert not any("1959" in str(c.date) for c in found), [(c.title, str(c.date)) for c in found]


# ------------------------------------------------------------ a state leaving a treaty
def test_withdrawing_from_a_treaty_is_the_act_not_the_treaty() -> None:
    rows = [(c.title, str(c.date), c.category) for c in _candidates(
        "Argentina withdrew from the Paris climate accord on Tuesday.")]
    assert rows == [("Argentina withdraws from the Paris climate accord", "17 November 2026",
                     "policy")]
    denounced = _candidates("Russia denounced the arms control treaty on Tuesday.")
    assert [c.title for c in denounced] == ["Russia denounces arms control treaty"]


def test_quitting_a_pact_or_a_bloc() -> None:
    assert [c.title for c in _candidates("Niger quit the defence pact with France on "
                                         "Tuesday.")] == ["Niger quits defence pact"]
    pulled = _candidates("Mali pulled out of the 2015 peace agreement on Tuesday.")
    assert ("Mali pulls out of the peace agreement", "17 November 2026") in [
        (c.title, str(c.date)) for c in pulled]
    assert [c.title for c in _candidates("Burkina Faso left the regional bloc on Tuesday.")] \
        == ["Burkina Faso leaves regional bloc"]
    # (a minister who quits, a race pulled out of: no state leaving anything)
    assert _candidates("The minister quit on Tuesday.") == []
    assert _candidates("Poland pulled out of the race on Tuesday.") == []


def test_a_treaty_named_as_an_adjunct_of_a_suspension_stays_the_treaty() -> None:
    found = _candidates("Nordfisk said it would keep trying to sell its fleet, under a June "
                        "agreement with a group of dissident shareholders. The company and the "
                        "holders had suspended their lawsuits as part of the agreement.")
    agreement = [c for c in found if c.category == "treaty"]
    assert len(agreement) == 1 and len(agreement[0].evidence) == 2


# ------------------------------------------------------------ a gathering's original plan
def test_a_meeting_originally_planned_for_a_city_then_put_off() -> None:
    found = _candidates("Britain and Norway agreed on Monday a framework for sharing herring."
                        "\n\nThe ministerial meeting, originally planned for Tromso on Nov. 6, "
                        "had been postponed after Iceland walked out of technical talks there.",
                        dt.date(2026, 12, 1), dateline="LONDON, Dec 1 (Reuters) - ")
    meeting = [c for c in found if "meeting" in c.title.lower()]
    assert [(c.title, str(c.date), c.location) for c in meeting] == [
        ("Ministerial meeting postponed in Tromso", "6 November 2026", "Tromso")]
    # (a day is no place: "originally planned for Tuesday")
    found = _candidates("The ministerial meeting, originally planned for Tuesday, was "
                        "postponed on Monday.")
    assert all(c.location != "Tuesday" for c in found)
