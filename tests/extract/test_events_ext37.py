"""Session 25, ext37: the extraction faults of verify33's trial (an analyst importing four
wire stories she wrote about Korea-Japan-US summitry; verify33_findings E1-E9).  Each rule
is checked on the trial's sentence, shortened, and a variant written for the test (no
corpus text):

- E7: a bare month after a past verb and a named object ("after Lee visited Japan in
  January", under a 3 December DCT) is the last January, not the next: only an object
  opening with a determiner ("signed the pact in January", ext36) was stepped over;
- E2: what is proposed by a gerund ("the United States had proposed holding the summit in
  February", under a 26 November DCT) lies ahead: February 2027, not February 2026 (the
  past perfect made it a plan that lay in the past), titled "Summit proposed by United
  States" (was "United States: Summit");
- E3: "North Korea, which fired two short-range ballistic missiles into the Sea of Japan on
  Nov. 20" gave no event: the weapon was looked for at most two words after "fired".
- E9: "two days after Washington announced ..." beside talks on a known Thursday is the
  Tuesday, not circa: a count of days from a day is no loose reading (weeks, months, a
  length of talks and "about two days" stay circa); and the place of the summit said to
  come ("announced that the trilateral summit would take place in Tokyo") is not where it
  was announced;
- E5: "Trump visited Tokyo and met Takaichi in October 2025, days after she took office" dated
  the taking of office c. 30 November 2026 (a day before the dateline): the reference verb
  "visited" had no date of its own, the second verb of its clause had; and "days" before a
  month were counted from its first day (c. September).
- E6: "The national security advisers ... will meet in Seoul in mid-January to prepare the
  summit" was one row "Summit (scheduled)" with no place: the date went to the stronger noun
  after it, the verb's claim on a date right after it reaching only 12 characters (not
  past "in Seoul").
- E8: "the 2015 agreement on \"comfort women\", which Seoul effectively shelved in 2018" gave
  the titles 'Agreement on "comfort women' (the closing mark lost) and "Seoul shelves" (what
  was shelved lost: the relative clause's antecedent is the verb's object).
- E5 (participants): "Trump visited Tokyo and met Takaichi": an article that never gives
  her first name had a meeting of Trump alone; a one-word name met by (or meeting) a known
  person is a person.
- E4: "SEOUL, Nov. 17 (Yonhap) -- Lee ... and Takaichi agreed on Tuesday to hold a trilateral
  summit ... The two leaders, who met ... on the sidelines of the ... forum in Shenzhen, also
  agreed ...": the lead's act was placed at the dateline (Seoul), not where the next
  sentence says its two parties met; and the summit they agreed to hold was Takaichi's and
  Trump's (the subject of "hold" was the nearest name, not the list that agreed); "shuttle
  diplomacy, which stalled last month after a row over the Sado mines memorial" was titled
  "Sado mines memorial" ("stall" was no trigger).
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, tag_timexes
from timeline_app.extract.events import Candidate

SEOUL_DEC3 = dt.date(2026, 12, 3)
TOKYO_NOV26 = dt.date(2026, 11, 26)


def _candidates(text: str, dct: dt.date) -> list[Candidate]:
    return list(extract_events(text + "\n", dct).candidates)


def _one(text: str, word: str, dct: dt.date) -> Candidate:
    found = [c for c in _candidates(text, dct) if word in c.title.lower()]
    assert len(found) == 1, [c.title for c in _candidates(text, dct)]
    return found[0]


def _value(text: str, words: str, dct: dt.date) -> str:
    found = [t.value for t in tag_timexes(text, dct) if t.text == words]
    assert len(found) == 1, [(t.text, t.value) for t in tag_timexes(text, dct)]
    return found[0]


# ------------------------------------------------------------ E7: "visited Japan in January"
def test_a_month_after_a_past_verb_and_a_named_object_is_the_last_one() -> None:
    text = ("SEOUL, Dec. 3 (Kyodo) -- Park said Seoul hoped Takaichi would visit South Korea in "
            "the spring, after Lee visited Japan in January for talks in Nara.")
    visit = _one(text, "nara", SEOUL_DEC3)
    assert str(visit.date) == "January 2026"
    assert "(scheduled)" not in visit.title
    spring = _one(text, "south korea", SEOUL_DEC3)
    assert spring.date.year == 2027
    assert _value("The president met Putin in January.", "January", SEOUL_DEC3) == "2026-01"
    assert _value("Ruto visited South Africa in January.", "January", SEOUL_DEC3) == "2026-01"


def test_a_month_after_a_named_object_of_a_plan_or_a_future_stays_ahead() -> None:
    # (a verb whose object may be an event to come; a future tense; no verb at all)
    assert _value("The ministry postponed Tuesday's talks, and announced Ankara in January "
                  "as the venue.", "January", SEOUL_DEC3) == "2027-01"
    assert _value("Lee will visit Japan in January.", "January", SEOUL_DEC3) == "2027-01"
    assert _value("Lee is to visit Japan in January.", "January", SEOUL_DEC3) == "2027-01"


# ------------------------------------------------------------ E2: "proposed holding ... in February"
def test_what_is_proposed_by_a_gerund_lies_ahead() -> None:
    text = ("TOKYO, Nov. 26 (Kyodo) -- Cho, who met U.S. Secretary of State Marco Rubio in "
            "Washington on Monday, told Motegi that the United States had proposed holding the "
            "summit in February, a Japanese official said.")
    summit = _one(text, "summit", TOKYO_NOV26)
    assert str(summit.date) == "February 2027"
    met = _one(text, "meet", TOKYO_NOV26)
    assert str(met.date) == "23 November 2026"
    assert _value("Beijing suggested holding the next round in January.", "January",
                  TOKYO_NOV26) == "2027-01"


def test_a_gathering_proposed_is_titled_by_whose_proposal_it_is() -> None:
    text = ("TOKYO, Nov. 26 (Kyodo) -- Cho told Motegi that the United States had proposed "
            "holding the summit in February, a Japanese official said.")
    summit = _one(text, "summit", TOKYO_NOV26)
    assert summit.title == "Summit proposed by United States (scheduled)"  # was "United States: Summit"
    talks = _one("TOKYO, Nov. 26 (Kyodo) -- China proposed holding talks in Geneva in February.",
                 "talks", TOKYO_NOV26)
    assert talks.title.startswith("Talks proposed by China")


def test_a_proposal_of_a_date_already_past_stays_past() -> None:
    # (a gerund that is no proposal; "proposed" with no gerund after it)
    assert _value("The minister proposed the plan in February.", "February",
                  TOKYO_NOV26) == "2026-02"
    assert _value("Officials had held talks in February.", "February", TOKYO_NOV26) == "2026-02"


# ------------------------------------------------------------ E3: "fired two short-range ballistic missiles"
def test_a_launch_of_missiles_named_with_several_words() -> None:
    text = ("TOKYO, Nov. 26 (Kyodo) -- The ministers also discussed North Korea, which fired two "
            "short-range ballistic missiles into the Sea of Japan on Nov. 20.")
    launch = _one(text, "missiles", TOKYO_NOV26)
    assert str(launch.date) == "20 November 2026"
    assert launch.participants == ("North Korea",)
    assert launch.category == "dispute"
    other = _one("TOKYO, Nov. 26 (Kyodo) -- North Korea fired a new intercontinental ballistic "
                 "missile on Tuesday.", "missile", TOKYO_NOV26)
    assert str(other.date) == "24 November 2026"


def test_fired_with_no_weapon_after_it_is_no_launch() -> None:
    assert not [c for c in _candidates("TOKYO, Nov. 26 (Kyodo) -- The company fired up to "
                                       "forty of its workers on Tuesday.", TOKYO_NOV26)
                if "fire" in c.title.lower()]


# ------------------------------------------------------------ E9: "two days after" a known day
def test_a_count_of_days_from_a_known_day_is_that_day() -> None:
    text = ("SEOUL, Dec. 3 (Kyodo) -- The vice foreign ministers of South Korea and Japan held "
            "talks in Seoul on Thursday, two days after Washington announced that the "
            "trilateral summit would take place in Tokyo on Feb. 12.")
    announced = _one(text, "announces", SEOUL_DEC3)
    assert str(announced.date) == "1 December 2026"
    assert "about" not in announced.date_basis
    signed = _one("PARIS, May 5 (Reuters) - The two ministers met in Paris on Friday, three days "
                  "after the accord was signed in Rome.", "accord", dt.date(2026, 5, 5))
    assert str(signed.date) == "28 April 2026"


def test_weeks_a_length_or_about_days_stay_circa() -> None:
    dct = dt.date(2026, 5, 5)
    later = _one("PARIS, May 5 (Reuters) - The two ministers met in Paris on Friday, two weeks "
                 "after the accord was signed in Rome.", "accord", dct)
    assert str(later.date) == "c. 17 April 2026"
    talks = _one("PARIS, May 5 (Reuters) - The two sides signed the accord on Friday after four "
                 "days of talks in Oslo.", "talks", dct)
    assert talks.date.circa
    about = _one("PARIS, May 5 (Reuters) - The two ministers met in Paris on Friday, about three "
                 "days after the accord was signed in Rome.", "accord", dct)
    assert about.date.circa
    # counted from the dateline for want of the event it names
    raid = _one("QUITO, April 6 (Reuters) - The raid came a day after Ecuador expelled the "
                "Mexican ambassador.", "expel", dt.date(2026, 4, 6))
    assert str(raid.date) == "c. 5 April 2026"


def test_the_place_of_a_gathering_said_to_come_is_not_the_saying_s() -> None:
    text = ("SEOUL, Dec. 3 (Kyodo) -- The vice foreign ministers of South Korea and Japan held "
            "talks in Seoul on Thursday, two days after Washington announced that the "
            "trilateral summit would take place in Tokyo on Feb. 12.")
    assert _one(text, "announces", SEOUL_DEC3).location != "Tokyo"
    assert _one(text, "trilateral meeting", SEOUL_DEC3).location == "Tokyo"
    there = _one("SEOUL, Dec. 3 (Kyodo) -- Japan announced in Tokyo on Tuesday that it would "
                 "host the summit in Nara.", "announces", SEOUL_DEC3)
    assert there.location == "Tokyo"
    # what was said of no gathering: the announcement is its row
    reopen = _one("SEOUL, Dec. 3 (Kyodo) -- The two ministers announced on Tuesday that the two "
                  "countries would reopen consulates in Busan and Osaka.", "announce", SEOUL_DEC3)
    assert reopen.location in ("Busan", "Osaka")


# ------------------------------------------------------------ E5: "days after she took office"
def test_days_after_counts_from_the_dated_second_verb_of_the_clause() -> None:
    dct = dt.date(2026, 12, 1)
    text = ("WASHINGTON, Dec 1 (Reuters) - Trump visited Tokyo and met Takaichi in October 2025, "
            "days after she took office.")
    office = _one(text, "office", dct)
    assert str(office.date) == "c. October 2025"
    assert "dateline" not in office.date_basis
    alone = _one("WASHINGTON, Dec 1 (Reuters) - Trump met Takaichi in Tokyo in October 2025, "
                 "days after she took office.", "office", dct)
    assert str(alone.date) == "c. October 2025"


def test_weeks_after_a_month_still_count_from_its_start() -> None:
    dct = dt.date(2026, 12, 1)
    withdrawal = _one("WASHINGTON, Dec 1 (Reuters) - Biden first addressed the assembly in "
                      "September 2021, weeks after the withdrawal of the troops from Kabul.",
                      "withdraw", dct)
    assert str(withdrawal.date) == "c. August 2021"


# ------------------------------------------------------------ E6: "meet in Seoul in mid-January to prepare the summit"
def test_a_date_after_a_verb_and_its_place_dates_the_verb() -> None:
    dct = dt.date(2026, 12, 1)
    text = ("WASHINGTON, Dec 1 (Reuters) - The national security advisers of the three countries "
            "will meet in Seoul in mid-January to prepare the summit.")
    (meeting,) = _candidates(text, dct)
    assert meeting.title.startswith("National security advisers")
    assert meeting.location == "Seoul"
    assert str(meeting.date) == "mid-January 2027"
    (ahead,) = _candidates("WASHINGTON, Dec 1 (Reuters) - The foreign ministers will meet at "
                           "Camp David on Jan. 9 ahead of the summit.", dct)
    assert ahead.title.startswith("Foreign ministers meet")
    assert str(ahead.date) == "9 January 2027"


# ------------------------------------------------------------ E8: quotes and "which Seoul shelved"
def test_a_quotation_in_a_title_is_closed_and_the_antecedent_is_the_object() -> None:
    text = ('SEOUL, Dec. 3 (Kyodo) -- The vice ministers also discussed the 2015 agreement on '
            '"comfort women", which Seoul effectively shelved in 2018.')
    titles = sorted(c.title for c in _candidates(text, SEOUL_DEC3))
    assert titles == ['Agreement on "comfort women"',
                      'Seoul shelves 2015 agreement on "comfort women"']
    pact = _one("SEOUL, Dec. 3 (Kyodo) -- The ministers discussed the fisheries pact, which Tokyo "
                "suspended in 2019.", "tokyo", SEOUL_DEC3)
    assert pact.title == "Tokyo suspends fisheries pact"


def test_a_title_with_its_own_object_or_closed_quotes_stays() -> None:
    signed = _one("SEOUL, Dec. 3 (Kyodo) -- Japan and South Korea signed an agreement on "
                  '"comfort women" in 2015.', "sign", SEOUL_DEC3)
    assert signed.title == 'Japan and South Korea sign agreement on "comfort women"'


def test_a_title_begun_inside_a_quotation_gets_no_closing_mark() -> None:
    from timeline_app.extract.events import _closed_quotes
    assert _closed_quotes('15%" level once it wins clearance') == '15%" level once it wins clearance'
    assert _closed_quotes('Agreement on "comfort women') == 'Agreement on "comfort women"'
    assert _closed_quotes("Talks on \u201cpeace") == "Talks on \u201cpeace\u201d"


# ------------------------------------------------------------ E5: "met Takaichi"
def test_a_one_word_name_met_by_a_known_person_is_a_person() -> None:
    dct = dt.date(2026, 12, 1)
    text = ("WASHINGTON, Dec 1 (Reuters) - U.S. President Donald Trump will travel to Asia. "
            "Trump visited Tokyo and met Takaichi in October 2025.")
    meeting = _one(text, "takaichi", dct)
    assert meeting.participants == ("Donald Trump", "Takaichi")
    assert str(meeting.date) == "October 2025"


def test_a_one_word_body_or_state_met_is_no_person() -> None:
    dct = dt.date(2026, 12, 1)
    head = "WASHINGTON, Dec 1 (Reuters) - U.S. President Donald Trump will travel to Asia. "
    hamas = _one(head + "Trump met Hamas in Cairo in May 2025.", "hamas", dct)
    assert hamas.title == "Donald Trump meets with Hamas in Cairo"
    japan = _one(head + "Trump met Japan in Tokyo in May 2025.", "tokyo", dct)
    assert "Japan" in japan.participants


# ------------------------------------------------------------ E4: "The two leaders, who met ... in Shenzhen"
A1 = ("SEOUL, Nov. 17 (Yonhap) -- South Korean President Lee Jae-myung and Japanese Prime "
      "Minister Sanae Takaichi agreed on Tuesday to hold a trilateral summit with U.S. President "
      "Donald Trump early next year, Lee's office said.\n\nThe two leaders, who met for 40 "
      "minutes on the sidelines of the Asia-Pacific Economic Cooperation (APEC) forum in "
      "Shenzhen, also agreed to resume shuttle diplomacy.")


def test_the_lead_s_act_is_where_the_next_sentence_says_its_parties_met() -> None:
    dct = dt.date(2026, 11, 17)
    agreed = [c for c in _candidates(A1, dct) if str(c.date) == "17 November 2026"]
    assert [c.location for c in agreed] == ["Shenzhen"]


def test_without_a_meeting_elsewhere_the_lead_stays_at_the_dateline() -> None:
    dct = dt.date(2026, 11, 17)
    text = A1.replace("who met for 40 minutes on the sidelines of the Asia-Pacific Economic "
                      "Cooperation (APEC) forum in Shenzhen", "who met for 40 minutes")
    agreed = [c for c in _candidates(text, dct) if str(c.date) == "17 November 2026"]
    assert [c.location for c in agreed] == ["Seoul"]
    seoul = A1.replace("forum in Shenzhen", "forum in Seoul")
    agreed = [c for c in _candidates(seoul, dct) if str(c.date) == "17 November 2026"]
    assert [c.location for c in agreed] == ["Seoul"]


def test_who_agreed_to_hold_a_summit_holds_it() -> None:
    dct = dt.date(2026, 11, 17)
    summit = _one(A1, "trilateral meeting", dct)
    assert summit.participants == ("Lee Jae-myung", "Sanae Takaichi", "Donald Trump")
    assert summit.date.year == 2027
    one = _one("SEOUL, Nov. 17 (Yonhap) -- Japanese Prime Minister Sanae Takaichi agreed on "
               "Tuesday to hold talks with U.S. President Donald Trump next month.", "talks", dct)
    assert set(one.participants) == {"Sanae Takaichi", "Donald Trump"}


def test_talks_or_diplomacy_that_stalled_is_an_event_titled_by_what_stalled() -> None:
    dct = dt.date(2026, 11, 17)
    stalled = _one(
        "SEOUL, Nov. 17 (Yonhap) -- The two leaders also agreed to resume shuttle diplomacy, "
        "which stalled last month after a row over the Sado mines memorial.", "stall", dct)
    assert stalled.title == "Shuttle diplomacy stalls"
    assert str(stalled.date) == "October 2026"
    talks = _one("SEOUL, Nov. 17 (Yonhap) -- Talks with the rebels stalled in March.", "stall", dct)
    assert talks.title == "Talks with the rebels stall"
    assert not [c for c in _candidates("SEOUL, Nov. 17 (Yonhap) -- The car stalled in March.", dct)
                if "stall" in c.title.lower()]


def test_the_two_leaders_are_the_pair_that_was_the_lead_s_subject() -> None:
    dct = dt.date(2026, 11, 17)
    text = A1.replace("also agreed to resume shuttle diplomacy.",
                      "also agreed on Tuesday to resume shuttle diplomacy.")
    resumed = [c for c in _candidates(text, dct) if "Lee Jae-myung" in c.participants]
    assert resumed and all("Sanae Takaichi" in c.participants for c in resumed)
    from timeline_app.extract.pipeline.arguments.subjects import _subject_pair_before
    from timeline_app.extract.pipeline.entities import Entities
    start = A1.index("The two leaders")
    assert _subject_pair_before(A1, start, Entities(A1), A1.index(" --")) == [
        "Lee Jae-myung", "Sanae Takaichi"]
    # (no pair opening the sentence before: none)
    alone = "SEOUL, Nov. 17 (Yonhap) -- Lee Jae-myung met Donald Trump.\n\nThe two leaders spoke."
    assert _subject_pair_before(alone, alone.index("The two"), Entities(alone),
                                alone.index(" --")) == []


def test_who_a_summit_is_to_be_with_is_no_party_to_the_agreement_to_hold_it() -> None:
    dct = dt.date(2026, 11, 17)
    agreed = [c for c in _candidates(A1, dct) if str(c.date) == "17 November 2026"]
    assert [c.participants for c in agreed] == [("Lee Jae-myung", "Sanae Takaichi")]
    summit = _one(A1, "trilateral meeting", dct)
    assert "Donald Trump" in summit.participants
    # (a partner of the agreement itself stays: "agreed with X to hold talks")
    with_x = _one("SEOUL, Nov. 17 (Yonhap) -- Japanese Prime Minister Sanae Takaichi agreed "
                  "with U.S. President Donald Trump on Tuesday to hold talks next month.",
                  "agree", dct)
    assert "Donald Trump" in with_x.participants
