"""Kinds of events the extractor missed on unseen news (issue 8, ``miss:no-candidate`` and
``miss:merged`` on the h4 set), one made-up sentence each: envoys recalled "previously" and
returning, leaders back in power, trade halted, ships boarded, offices served, verdicts,
maps published, occupations, refuge taken, processes begun ("began releasing"), and two
unrelated acts of one year kept apart.

The texts are invented; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2025, 3, 22)  # a Saturday


def events(text: str, dct: dt.date | None = DCT) -> list[Candidate]:
    return list(extract_events(text, dct).candidates)


def shown(found: list[Candidate]) -> list[tuple[str, str, str]]:
    return [(c.date.to_timex()[0], c.title, c.category) for c in found]


@pytest.mark.parametrize(("text", "category", "value"), [
    # an adverb before a past tense with an object is no adjective ("the previously
    # announced plan" is)
    ("Lisbon previously recalled its ambassador in March 2019 over the fishing row.",
     "dispute", "2019-03"),
    ("The envoy returned to Lisbon in May 2020.", "event", "2020-05"),
    ("The former premier returned to power in June 2021 after a snap vote.", "event", "2021-06"),
    ("The ministry halted imports of poultry from the region in August 2022.", "policy",
     "2022-08"),
    ("Coast guard crews boarded two fishing vessels near the reef on 3 March 2025.", "dispute",
     "2025-03-03"),
    ("Okafor, who served as foreign minister from 2015, now chairs the council.", "event",
     "2015"),
    ("The former mayor was convicted of bribery in 2018.", "dispute", "2018"),
    ("The ministry published a new maritime map in May 2021.", "statement", "2021-05"),
    ("The museum honours victims of the military occupation of the islands from 1942 to 1945.",
     "dispute",
     "1942"),
    ("Two activists had taken refuge in the consulate in January 2024.", "event", "2024-01"),
    ("The utility began releasing cooling water into the river in July 2023.", "event",
     "2023-07"),
    ("A confrontation between the two navies on 17 February 2025 left one sailor injured.",
     "dispute", "2025-02-17"),
    ("The imposition of a curfew on 2 February 2025 angered the opposition.", "policy",
     "2025-02-02"),
    ("Iceland was a founding member of the alliance in 1949.", "treaty", "1949"),
    ("Chile will provide two patrol boats to the island's navy in June.", "policy", "2025-06"),
    ("The envoy expects parliament to complete its ratification of the pact in May.", "treaty",
     "2025-05"),
    ("The summit is expected to adopt a joint declaration on Saturday.", "policy",
     "2025-03-22"),
    # told by the subject: flights resume, crossings reopen, coalitions collapse
    ("Direct flights between the two capitals resumed on 3 March 2025.", "policy",
     "2025-03-03"),
    ("The border crossing at Tacna reopened on 3 March 2025.", "policy", "2025-03-03"),
    ("The ruling coalition collapsed in January 2024.", "dispute", "2024-01"),
    ("The interior minister was dismissed on 3 March 2025.", "event", "2025-03-03"),
    ("The president dissolved parliament on 3 March 2025.", "policy", "2025-03-03"),
    ("A missile struck a school in the port city on 3 March 2025.", "dispute", "2025-03-03"),
    ("The two governments struck a deal on fishing quotas on 3 March 2025.", "treaty",
     "2025-03-03"),
    ("Air defences shot down a drone on 3 March 2025.", "dispute", "2025-03-03"),
    ("Armed men crossed the border on 3 March 2025.", "dispute", "2025-03-03"),
    ("Lima deported 40 migrants on 3 March 2025.", "dispute", "2025-03-03"),
    ("The minister apologised to the families on 3 March 2025.", "statement", "2025-03-03"),
    ("The two sides swapped prisoners on 3 March 2025.", "treaty", "2025-03-03"),
    ("The king received the credentials of the new envoy on 3 March 2025.", "event",
     "2025-03-03"),
    ("Norway and Iceland applied to join the union in May 2022.", "policy", "2022-05"),
    ("Iceland became a full member in April 2023.", "event", "2023-04"),
    ("The Andes Railway, which opened in December 2021, carries freight.", "event", "2021-12"),
    # what was said: documents made public, and names called in quotes
    ("A letter from the king was made public by the palace on 3 March 2025.", "statement",
     "2025-03-03"),
    ("The embassy called the deal \"a hostile step\" in a statement on 3 March 2025.",
     "statement", "2025-03-03"),
    # incidents at sea and in the air
    ("A navy frigate rammed a fishing trawler near the atoll on 3 March 2025.", "dispute",
     "2025-03-03"),
    ("A patrol boat collided with a supply ship on 3 March 2025.", "dispute", "2025-03-03"),
    ("Fighter jets intercepted two bombers over the strait on 3 March 2025.", "dispute",
     "2025-03-03"),
    ("Coast guard ships blocked a resupply mission to the reef on 3 March 2025.", "dispute",
     "2025-03-03"),
])
def test_each_kind_gives_its_event(text: str, category: str, value: str) -> None:
    found = events(text)
    assert any(c.date.to_timex()[0] == value and c.category == category for c in found), \
        shown(found)


@pytest.mark.parametrize("text", [
    "His occupation was listed as teacher on 3 March 2025.",
    "She returned the call on 3 March 2025.",
    "The delegation boarded a bus to the airport on 3 March 2025.",
    "He served as a reminder of the old days on 3 March 2025.",
    "The charity will provide a warm welcome to visitors on 3 March 2025.",
    "The old bridge collapsed on 3 March 2025.",
    "Work on the report resumed on 3 March 2025.",
    "She struck a pose for the cameras on 3 March 2025.",
    "The singer crossed the stage on 3 March 2025.",
    "A court ordered the reporter held until 5 August 2025.",  # a date is no number ordered
    "The senator blocked the bill on 3 March 2025.",
    "The minister made a long speech on 3 March 2025.",
    # an ongoing occupation is a state: a date of another clause does not date it
    "On 3 March 2025 he linked the price of wheat to the army's occupation of the valley.",
    "He called the minister on 3 March 2025.",
    # what did not happen
    "Lima did not sign the treaty on 3 March 2025.",
    "Lima never signed the treaty in 2019.",
    "The two navies fought no battles in the 1980s.",
    "Lima has not held talks with Quito since 2019.",
    # a possibility under a condition, and a denial, are no events
    "Analysts said on 3 March 2025 the coalition could collapse if the budget fails.",
    "A spokesman on 3 March 2025 denied that troops had crossed the border.",
    "The previously announced plan was published as a leaflet on 3 March 2025.",
])
def test_the_same_words_without_their_event_object_are_no_event(text: str) -> None:
    assert events(text) == []


def test_two_unrelated_acts_of_one_year_stay_two_events() -> None:
    # "the 2023 election" and the refuge "taken in December 2023": the dates overlap, but
    # nothing else joins them.
    found = events("The general, who had taken refuge in the embassy in December 2023, had "
                   "won the 2023 election by a wide margin.")
    values = sorted(c.date.to_timex()[0] for c in found)
    assert values == ["2023", "2023-12"], shown(found)


STORY = ("LISBON, March 21 (Reuters) - Portugal and Chile signed a fisheries agreement on "
         "Friday, ending years of talks.\n\n{}\n\nThe two countries established relations "
         "in 1852.\n")


def test_an_undated_past_fact_of_the_story_is_the_lead_s_day() -> None:
    # "also adopted an action plan": news of the day the lead dates, told without a date
    found = events(STORY.format("The two governments also adopted a joint action plan on "
                                "ocean research."), dt.date(2025, 3, 21))
    plan = [c for c in found if "action plan" in c.title.lower() or "adopt" in c.title.lower()]
    assert plan and plan[0].date.to_timex()[0] == "2025-03-21", shown(found)
    assert plan[0].date.circa and "no date of its own" in plan[0].date_basis


@pytest.mark.parametrize("sentence", [
    "The two governments had adopted a joint action plan on ocean research.",  # background
    '"We adopted a joint action plan," the minister said.',  # a quotation
    "Officials said the two governments adopted a joint action plan.",  # reported
    "The two governments agreed to adopt a joint action plan.",  # what they agreed to do
])
def test_background_quoted_reported_or_agreed_facts_stay_undated(sentence: str) -> None:
    found = events(STORY.format(sentence), dt.date(2025, 3, 21))
    assert len(found) == 2, shown(found)  # the signing, and relations in 1852


def test_a_story_without_a_dated_lead_dates_no_undated_fact() -> None:
    # the lead is dated a year before the article: no news of the day to date it from
    found = events(STORY.format("The two governments also adopted a joint action plan on "
                                "ocean research.").replace("on Friday", "in March 2024"),
                   dt.date(2025, 3, 21))
    assert not any("action plan" in c.title.lower() for c in found), shown(found)


def test_a_passive_relative_clause_tells_what_was_done_to_its_antecedent() -> None:
    found = events("The two kingdoms celebrate 60 years of diplomatic relations, which were "
                   "established in 1965.")
    assert [(c.date.to_timex()[0], c.title) for c in found if c.category == "treaty"] == \
        [("1965", "Diplomatic relations established")], shown(found)


@pytest.mark.parametrize(("text", "value", "word"), [
    ("The ban on fishing had been in force since 2011, although the ministry eased it in "
     "June 2019 for small boats.", "2019-06", "ban"),
    ("The junta imposed a curfew on 2 May 2024 and lifted it on 9 May 2024.", "2024-05-09",
     "curfew"),
])
def test_it_as_object_takes_the_thing_named_before_it(text: str, value: str, word: str) -> None:
    # "eased it": what it eases is named earlier in the sentence, and the title says so
    found = events(text)
    dated = [c for c in found if c.date.to_timex()[0] == value and c.category == "policy"]
    assert dated and word in dated[0].title, shown(found)


@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile and Peru met in Lima on Thursday and agreed to reopen "
    "their consulates.",
    "Chile and Peru agreed on Thursday to reopen their consulates, following talks between "
    "their foreign ministers in Lima.",
    "President Ana Ruiz visited Lima on Thursday, when the two sides agreed to revive a "
    "joint commission.",
])
def test_an_agreement_reached_at_a_meeting_of_that_day_is_that_meeting(text: str) -> None:
    found = events(text)
    assert [c.date.to_timex()[0] for c in found] == ["2025-03-20"], shown(found)


def test_what_was_agreed_for_another_day_stays_an_event_of_its_own() -> None:
    found = events("The two presidents met in Lima on Thursday and agreed to hold a summit "
                   "in Santiago next month.")
    assert sorted(c.date.to_timex()[0] for c in found) == ["2025-03-20", "2025-04"], \
        shown(found)


def test_an_agreement_on_a_target_year_is_evidence_of_the_talks_it_was_reached_at() -> None:
    # "by 2030" is the goal's year, not when anything happened
    found = events("The two presidents held talks in Lima on Thursday, during which they "
                   "agreed to double bilateral trade to 10 billion dollars by 2030.")
    assert [c.date.to_timex()[0] for c in found] == ["2025-03-20"], shown(found)


def test_an_agreement_at_a_summit_of_a_month_is_that_summit() -> None:
    found = events("The three countries held their last summit in Quito in June 2021, when the "
                   "leaders agreed on a regional railway project.")
    assert [c.date.to_timex()[0] for c in found] == ["2021-06"], shown(found)


def test_a_date_in_a_relative_clause_after_an_event_is_not_that_event_s() -> None:
    # "..., who congratulated him on his election in February 2023": the meeting is the
    # story's
    found = events(STORY.format("The Chilean president also held a meeting with Prime "
                                "Minister Rui Costa, who congratulated him on his election in "
                                "February 2023."), dt.date(2025, 3, 21))
    meetings = [c for c in found if c.category == "meeting"]
    assert [c.date.to_timex()[0] for c in meetings] == ["2025-03-21"], shown(found)


@pytest.mark.parametrize(("text", "value"), [
    ("The two states restored relations in 2001, a decade after the border war ended in "
     "March 1991.", "1991-03"),
    ("The truce was signed in 1990, though the truce collapsed in May 1992.", "1992-05"),
])
def test_a_subordinate_clause_with_its_own_date_is_its_own_event(text: str, value: str) -> None:
    # "after ...", "though ...": a past verb with a date of its own, no trigger word
    found = events(text)
    assert any(c.date.to_timex()[0] == value for c in found), shown(found)


@pytest.mark.parametrize(("text", "value"), [
    ("Parliament impeached the president on 14 May 2024 over his imposition of martial law on "
     "2 May 2024.", "2024-05-02"),
    ("The two states signed a friendship treaty in 1961 that was replaced by a weaker accord in "
     "2000.", "2000"),
])
def test_a_second_date_goes_to_the_event_it_follows(text: str, value: str) -> None:
    # the first event has its own, nearer date: the second belongs to the event before it
    found = events(text)
    assert any(c.date.to_timex()[0] == value for c in found), shown(found)


def test_a_date_after_a_relative_clause_stays_the_clause_s() -> None:
    found = events("The two states agreed on 14 May 2024 to resume talks on a trade pact that "
                   "stalled two years ago.")
    assert [c.date.to_timex()[0] for c in found] == ["2024-05-14"], shown(found)


def test_an_undated_act_in_an_after_clause_is_about_the_day_of_the_act_it_prompted() -> None:
    found = events("Chile recalled its ambassador on Friday, after soldiers forced their way "
                   "into its consulate in Tacna.")
    raid = [c for c in found if c.category == "dispute" and "force" in c.title.lower()]
    assert raid and raid[0].date.to_timex()[0] == "2025-03-21" and raid[0].date.circa, \
        shown(found)


def test_an_after_clause_with_its_own_date_or_a_past_perfect_keeps_its_own_reading() -> None:
    found = events("Chile recalled its ambassador on Friday, after soldiers had forced their way "
                   "into its consulate in Tacna.")
    assert [c.date.to_timex()[0] for c in found] == ["2025-03-21"], shown(found)


def test_the_same_act_again_on_another_date_is_a_second_event() -> None:
    found = events("The president visited Lima in 2019 and again in 2023.")
    assert [(c.date.to_timex()[0], c.title) for c in found] == [
        ("2019", "Visit to Lima"), ("2023", "Visit to Lima")], shown(found)


def test_a_counted_interval_anchors_its_event_once() -> None:
    # "two years after talks began": one event, two years before the signing
    found = events("Chile and Peru signed a fisheries pact on Monday, two years after talks "
                   "began in Lima.")
    assert sorted(c.date.to_timex()[0] for c in found) == ["2023-03", "2025-03-17"], shown(found)


def test_the_means_of_an_act_is_an_event() -> None:
    found = events("Peru retaliated on Monday by expelling Chile's envoy.")
    assert [(c.date.to_timex()[0], c.category) for c in found] == [("2025-03-17", "dispute")], \
        shown(found)


def test_a_signing_after_the_talks_is_not_taken_for_the_agreement_of_that_day() -> None:
    # the day's lead is an agreement (a treaty lane); the signing is another act that day
    found = events("LISBON, March 21 (Reuters) - Portugal and Chile agreed on Friday to expand "
                   "fisheries cooperation.\n\nThe two ministers also signed a memorandum on "
                   "fisheries research after the talks.\n", dt.date(2025, 3, 21))
    days = [c for c in found if c.date.to_timex()[0] == "2025-03-21"]
    assert len(days) == 2 and any("memorandum" in c.title.lower() for c in days), shown(found)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Lima recalled its envoy in January 2024 after the president hosted the rebel leader, "
     "Juan Ortiz.", "2024-01", "meeting"),
    ("The envoy returned in October 2024.", "2024-10", "event"),
])
def test_hosts_of_a_leader_and_envoys_back_at_their_post(text: str, value: str,
                                                         category: str) -> None:
    found = events(text)
    assert any(c.date.to_timex()[0] == value and c.category == category for c in found), \
        shown(found)


def test_an_act_done_at_the_day_s_summit_is_an_event_of_its_own() -> None:
    found = events("At the summit in Lima on Monday, the two presidents signed a fisheries "
                   "treaty.")
    assert sorted((c.date.to_timex()[0], c.category) for c in found) == [
        ("2025-03-17", "meeting"), ("2025-03-17", "treaty")], shown(found)


def test_an_occasion_told_only_as_the_setting_of_an_act_is_its_evidence() -> None:
    # "at a summit": the summit names no one and says nothing else
    found = events("Lima lifted its objection on Monday at a summit in Quito.")
    assert [(c.date.to_timex()[0], c.category) for c in found] == [("2025-03-17", "policy")], \
        shown(found)


def test_a_fronted_occasion_does_not_make_the_day_s_act_background() -> None:
    found = events("LIMA, March 17 (Reuters) - The two presidents held talks in Lima on Monday."
                   "\n\nBefore the talks, the president held a welcoming ceremony for his guest, "
                   "who was re-elected in January.\n", dt.date(2025, 3, 17))
    assert [c.title for c in found if "ceremony" in c.title.lower()], shown(found)
    ceremony = next(c for c in found if "ceremony" in c.title.lower())
    assert ceremony.date.to_timex()[0] == "2025-03-17", shown(found)


@pytest.mark.parametrize("text", [
    "The minister will hold talks with his counterpart, the ministry said on Wednesday.",
    "The minister will co-chair a ministerial meeting of the council, the ministry said on "
    "Wednesday.",
])
def test_a_planned_event_is_not_dated_by_when_it_was_announced(text: str) -> None:
    # "will hold talks ..., the ministry said on Wednesday": Wednesday is the report's day
    assert events(text, dt.date(2025, 1, 15)) == []


def test_a_planned_event_keeps_its_own_date() -> None:
    found = events("The minister will attend a summit in Lima on Friday, the ministry said on "
                   "Wednesday.", dt.date(2025, 1, 15))
    assert [c.date.to_timex()[0] for c in found] == ["2025-01-17"], shown(found)


@pytest.mark.parametrize(("text", "value", "title"), [
    ("The arms embargo had been in place since 1990, though Oslo eased it in May 2014.",
     "1990", "Arms embargo in place"),
    ("The pact builds on the Quito Treaty, signed in 2006 and in force since February 2008.",
     "2008-02", "Quito Treaty in force"),
    ("The crossings have been reopened only to pedestrians since October 2021.", "2021-10",
     "Crossings reopened only to pedestrians"),
])
def test_a_state_since_a_date_began_then(text: str, value: str, title: str) -> None:
    found = events(text)
    assert (value, title) in [(c.date.to_timex()[0], c.title) for c in found], shown(found)


def test_a_change_since_a_date_is_no_state_that_began() -> None:
    found = events("Tensions have flared since 2019 between the two neighbours.")
    assert not any(c.date.to_timex()[0] == "2019" for c in found), shown(found)


def test_a_date_in_a_relative_clause_after_a_dated_anniversary_is_not_its_date() -> None:
    found = events("Next month the country marks the 80th anniversary of the uprising, which "
                   "began on August 1, 1945.")
    values = sorted(c.date.to_timex()[0] for c in found)
    assert "2025-04" in values and "1865-08-01" not in values, shown(found)


def test_a_pledge_told_with_an_act_of_that_day_is_part_of_it() -> None:
    found = events("Quito severed relations with Lima on Sunday and pledged not to have any "
                   "official exchanges with it.")
    assert [(c.date.to_timex()[0], c.category) for c in found] == [("2025-03-16", "dispute")], \
        shown(found)


def test_a_pledge_of_its_own_stays_an_event() -> None:
    found = events("The government pledged 40 million dollars in aid on Sunday.")
    assert [c.date.to_timex()[0] for c in found] == ["2025-03-16"], shown(found)


def test_the_day_s_acts_told_by_a_group_subject_are_dated_with_the_lead() -> None:
    found = events("ADDIS ABABA, March 5 (Reuters) - Ethiopia and Kenya signed seven agreements "
                   "on Wednesday.\n\nThe ministers also inaugurated a border post at Moyale.\n",
                   dt.date(2025, 3, 5))
    assert [c.date.to_timex()[0] for c in found] == ["2025-03-05", "2025-03-05"], shown(found)


@pytest.mark.parametrize("sentence", [
    "The statement was released in Quito, where the two leaders visited a museum.",
    "Rebels have attacked two towns and fired mortar shells at a police post.",
    "In a speech delivered at the ministry, the president praised the deal.",
    "The ministers agreed to extend the corridor, whose first phase was completed in 2021.",
])
def test_relative_perfect_and_participle_clauses_are_no_news_of_the_day(sentence: str) -> None:
    found = events(STORY.format(sentence), dt.date(2025, 3, 21))
    assert len(found) == 2, shown(found)  # the signing, and relations in 1852


def test_an_undated_fact_in_a_paragraph_about_the_past_is_background() -> None:
    found = events(STORY.format("Relations soured after Lima expelled two diplomats on 3 May "
                                "2019. Chile rejected the charge as absurd."),
                   dt.date(2025, 3, 21))
    assert not any("reject" in c.title.lower() for c in found), shown(found)


def test_an_undated_fact_with_nothing_tying_it_to_the_day_is_background() -> None:
    # no "also", no actor of the day, no word of the day's events: history told in passing
    found = events("MANILA, May 6 (Reuters) - The Vietnamese prime minister arrived in Manila "
                   "on Monday for talks.\n\nManila won an arbitration case against Beijing in "
                   "The Hague, a ruling Beijing rejected.\n", dt.date(2024, 5, 6))
    assert [c.date.to_timex()[0] for c in found] == ["2024-05-06"], shown(found)


@pytest.mark.parametrize(("text", "value"), [
    ("The pact builds on the Maritime Cooperation Arrangement of 2012.", "2012"),
    ("The committee last met in Lima in March 2018, a month after Quito hosted the "
     "International Conference for the Reconstruction of the Coast.", "2018-02"),
])
def test_a_named_event_hosted_or_dated_is_an_event(text: str, value: str) -> None:
    found = events(text)
    assert any(c.date.to_timex()[0] == value for c in found), shown(found)


def test_the_next_named_meeting_is_not_the_last_one() -> None:
    found = events("The ministers met in Lima in February. \"I look forward to the next "
                   "Andean Defence Ministers' Meeting in Quito later this year,\" he said.")
    assert len([c for c in found if c.category == "meeting"]) == 2, shown(found)


def test_a_named_gathering_as_an_occasion_stays_an_occasion() -> None:
    found = events("The two ministers met on the sidelines of the Munich Security Conference on "
                   "Friday.")
    assert [c.date.to_timex()[0] for c in found] == ["2025-03-21"], shown(found)


def test_the_second_such_meeting_after_the_first_dates_both() -> None:
    found = events(STORY.format("The two ministers also held security talks with their "
                                "counterparts, the second such meeting after the first in "
                                "Quito in April 2023."), dt.date(2025, 3, 21))
    meetings = sorted(c.date.to_timex()[0] for c in found if c.category == "meeting")
    assert meetings == ["2023-04", "2025-03-21"], shown(found)
