"""Session 27, ext39: places and participants on wire news, and verify34's leftovers.
Each rule is checked on a sentence written for the test in the style of wire news (no
corpus text); one test per kind of error:

- a call told as "held phone talks" took the dateline's city ("meet in Seoul"): a call or a
  video link has no place, and is titled as a call.
- verify34 E20: "withdraw its complaint at the World Trade Organization" had the WTO as its
  place; an international body that hears a case is a party to it.
- "Russia annexed Crimea", "M23 rebels seized the eastern city of Goma" had no place: the
  territory a verb of taking names is where it happened.
- "The two NATO allies held talks" named NATO: a group described by a name is the story's
  sides; "The two ministers last met", after a third person of another title, named him: in
  a story of more than two states, the last two people titled so.
- verify34 E16: "From July 4, exporters ... will need a licence for each shipment" gave no row:
  a requirement taking effect on a date is an event ("need" only so).
- verify34 E3: "The 2015 deal ..., announced in Seoul on December 28, 2015 by foreign ministers
  Yun Byung-se and Fumio Kishida" named no one: the people after "by" of the participle did it.
- verify34 E12: "Prime Minister Lee Nak-yon said the government would hold a meeting" named only
  the state: the head who tells of the government's act takes part.
- verify34 E19: the plan "Yoon will meet Japanese business leaders in Tokyo on Friday" held the
  lead's summit and "ate rice omelettes ... after the talks" as its evidence: an undated
  gathering told as done does not join one that is only planned.
- A city that is no capital (Tianjin, Kazan, Rio de Janeiro ...) was not known as a city: "here"
  in its dateline gave no place, and a communique signed in Tianjin named Tianjin a party.
- "signed the Zurich Protocols", "the 80th anniversary of the Warsaw Uprising" had no place: a
  text or a happening named after a city was made or happened there (not "withdrew from the
  Paris Agreement").
- "Lula opened the U.N. General Assembly on Tuesday" gave no row, and "Lula met Macron on the
  sidelines of the assembly", undated, was lost: a gathering opened is an event at its body's
  seat, and a meeting on its sidelines takes its date (circa) and place, as an event of its own.
- "Blinken met Wang Yi on the sidelines of the G20 summit in Lima in November" was titled by
  the summit ("Antony Blinken meets in Lima"): the meeting on the sidelines is the event.
- "a state visit to Vietnam, a country he last visited in 2017" gave "Visit", no place, no one:
  the relative clause's visit went to the place it describes, by its subject.
- "HANOI - Putin signed a pact with North Korea on Wednesday ... Putin is due to fly to Hanoi
  later Wednesday": the lead's act was placed at the dateline the doer travels to afterwards.
- "agreed to keep working closely on North Korea", "discussed Ukraine during talks": the state
  talked about took part.
"""

from __future__ import annotations

import datetime as dt

from test_events_ext38 import _candidates, _one  # (ext38's: the text and its DCT)

MARCH4 = dt.date(2025, 3, 4)


# ------------------------------------------------------------ calls: no place
def test_phone_talks_have_no_place_and_are_a_call() -> None:
    text = ("SEOUL, March 4 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul held phone "
            "talks with his Japanese counterpart Takeshi Iwaya on Tuesday and agreed to keep "
            "working closely on North Korea, the foreign ministry said.")
    call = _one(text, "telephone", MARCH4)
    assert call.title == "Cho Tae-yul and Takeshi Iwaya speak by telephone"
    assert call.location == ""
    assert str(call.date) == "4 March 2025"


def test_a_call_does_not_merge_with_the_meeting_in_a_place_the_day_before() -> None:
    text = ("SEOUL, March 4 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul held phone "
            "talks with his Japanese counterpart Takeshi Iwaya on Tuesday, the ministry said.\n\n"
            "The call came a day after the two ministers met in person in Tokyo.")
    found = {c.title: c for c in _candidates(text, MARCH4)}
    assert found["Cho Tae-yul and Takeshi Iwaya speak by telephone"].location == ""
    met = found["Cho Tae-yul and Takeshi Iwaya meet in Tokyo"]
    assert met.location == "Tokyo" and "3 March 2025" in str(met.date)


# ------------------------------------------------------------ E20: a forum is no place
MARCH16 = dt.date(2023, 3, 16)


def test_a_complaint_at_the_wto_names_the_wto_among_its_parties_not_as_its_place() -> None:
    text = ("TOKYO, March 16, 2023 (Reuters) - South Korean President Yoon Suk Yeol and Japanese "
            "Prime Minister Fumio Kishida agreed on Thursday to resume regular visits.\n\n"
            "Japan also said it would lift its export curbs on three chip materials, and Seoul "
            "said it would withdraw its complaint at the World Trade Organization.")
    complaint = _one(text, "complaint", MARCH16)
    assert complaint.title == ("South Korea to withdraw its complaint at the World Trade "
                               "Organization")
    assert complaint.location == ""
    assert "World Trade Organization" in complaint.participants


def test_a_case_at_a_state_s_court_keeps_its_place_and_a_meeting_at_the_un_too() -> None:
    text = ("GENEVA, June 10 (Reuters) - The two countries filed rival complaints at the WTO "
            "in 2019 over steel tariffs.")
    complaints = _one(text, "complaints", dt.date(2026, 6, 10))
    assert complaints.location == "" and "WTO" in complaints.participants
    assert complaints.title.endswith("at the WTO")
    text = ("LONDON, May 8 (Reuters) - Apple Corps lost its court case against Apple Computer "
            "in the High Court on Monday.")
    assert _one(text, "case", dt.date(2006, 5, 8)).location == "High Court"


# ------------------------------------------------------------ the place taken
def test_the_territory_annexed_or_seized_is_the_act_s_place() -> None:
    text = ("KYIV, March 4 (Reuters) - Ukraine's foreign minister spoke on Tuesday.\n\n"
            "Russia annexed Crimea in March 2014.\n\n"
            "M23 rebels seized the eastern Congolese city of Goma in January.\n\n"
            "Government troops recaptured the town in February.")
    found = {c.title: c for c in _candidates(text, MARCH4)}
    assert found["Russia annexes Crimea"].location == "Crimea"
    goma = next(c for t, c in found.items() if "Goma" in t)
    assert goma.location == "Goma"
    # (no name after the verb: no place read from it)
    assert all(c.location == "" for t, c in found.items() if "recapture" in t)


# ------------------------------------------------------------ "the two ..." of the story
def test_the_two_nato_allies_are_the_story_s_two_states() -> None:
    text = ("ANKARA, Feb 12 (Reuters) - Turkish Foreign Minister Hakan Fidan met his Greek "
            "counterpart Giorgos Gerapetritis on Wednesday in Athens.\n\n"
            "The two NATO allies held a round of exploratory talks in Istanbul in 2021.")
    talks = _one(text, "istanbul", dt.date(2025, 2, 12))
    assert list(talks.participants) == ["Turkey", "Greece"]


def test_the_two_ministers_are_the_last_two_ministers_not_the_last_two_people() -> None:
    text = ("SEOUL, March 4 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul met his "
            "Japanese counterpart Takeshi Iwaya on Tuesday, the foreign ministry said.\n\n"
            "Cho is scheduled to visit Washington next week for talks with U.S. Secretary of "
            "State Marco Rubio, the ministry added.\n\n"
            "The two ministers last met in Tokyo in January, when South Korea and Japan marked "
            "the 60th anniversary of their ties.")
    met = _one(text, "tokyo", MARCH4)
    assert list(met.participants) == ["Cho Tae-yul", "Takeshi Iwaya"]


# ------------------------------------------------------------ E16: a requirement takes effect
JULY1_2019 = dt.date(2019, 7, 1)
_E16_LEAD = ("TOKYO, July 1, 2019 (Kyodo) -- Japan said Monday it will tighten controls on "
             "exports to South Korea of three materials used to make semiconductors.\n\n")


def test_a_licence_needed_from_a_date_is_a_requirement_taking_effect() -> None:
    text = _E16_LEAD + ("From July 4, exporters of fluorinated polyimide, photoresists and "
                        "hydrogen fluoride will need a licence for each shipment, the Ministry "
                        "of Economy, Trade and Industry said.")
    licence = _one(text, "licence", JULY1_2019)
    assert licence.title == "Licence requirement takes effect for exporters (scheduled)"
    assert str(licence.date) == "4 July 2019"
    assert licence.category == "policy"
    short = _E16_LEAD + "Starting on July 4, importers will need a permit for each shipment."
    assert _one(short, "permit", JULY1_2019).title.startswith(
        "Permit requirement takes effect for importers")


def test_need_is_no_event_without_a_date_that_opens_the_sentence() -> None:
    for sentence in ("Exporters will need a licence for each shipment, the ministry said on "
                     "July 4.", "The two sides need more time, officials said on Tuesday."):
        titles = [c.title for c in _candidates(_E16_LEAD + sentence, JULY1_2019)]
        assert not any("need" in t.lower() or "requirement" in t.lower() for t in titles), titles


# ------------------------------------------------------------ E3: "announced ... by X and Y"
def test_the_people_after_by_of_the_participle_made_the_deal() -> None:
    text = ("SEOUL, June 20, 2025 (Yonhap) -- South Korea and Japan marked the 60th anniversary "
            "of their diplomatic ties on Sunday.\n\n"
            "The 2015 deal on \"comfort women\", announced in Seoul on December 28, 2015 by "
            "foreign ministers Yun Byung-se and Fumio Kishida, was meant to settle the issue "
            "\"finally and irreversibly\".")
    deal = _one(text, "deal", dt.date(2025, 6, 20))
    assert deal.title == ("Yun Byung-se and Fumio Kishida announce deal on \"comfort women\" in "
                          "Seoul")
    assert list(deal.participants)[:2] == ["Yun Byung-se", "Fumio Kishida"]
    assert str(deal.date) == "28 December 2015"


def test_an_accord_signed_by_two_people_is_signed_by_them() -> None:
    text = ("BAGHDAD, March 6 (AP) - The sites could be visited only by a special team, as laid "
            "down by the Feb. 23 accord signed by U.N. Secretary-General Kofi Annan and Iraqi "
            "Deputy Prime Minister Tariq Aziz.")
    accord = _one(text, "accord", dt.date(1998, 3, 6))
    assert accord.title == "Kofi Annan and Tariq Aziz sign accord"


# ------------------------------------------------------------ E12: the head who told of it
def test_the_head_of_government_who_tells_of_its_meeting_takes_part() -> None:
    text = ("SEOUL, Oct. 30 (Yonhap) -- South Korea's Supreme Court on Tuesday ordered a "
            "Japanese company to pay compensation to four Korean men.\n\n"
            "Prime Minister Lee Nak-yon said the government would hold a meeting next week to "
            "work out its response.")
    meeting = _one(text, "meeting", dt.date(2018, 10, 30))
    assert meeting.title == "Government holds meeting (scheduled)"
    assert "Lee Nak-yon" in meeting.participants
    assert "South Korea" in meeting.participants


# ------------------------------------------------------------ E19: a plan's own evidence
def test_a_planned_meeting_keeps_its_own_sentence_as_evidence() -> None:
    text = ("TOKYO, March 16, 2023 (Reuters) - South Korean President Yoon Suk Yeol and Japanese "
            "Prime Minister Fumio Kishida agreed on Thursday to resume regular visits between "
            "their leaders at the first summit in Tokyo since 2011.\n\n"
            "Yoon will meet Japanese business leaders in Tokyo on Friday before flying home.\n\n"
            "The two leaders ate rice omelettes at a Ginza restaurant after the talks.")
    plan = _one(text, "business", MARCH16)
    assert plan.title == "Yoon Suk Yeol meets Japanese business leaders in Tokyo (scheduled)"
    assert [e.sentence[:8] for e in plan.evidence] == ["Yoon wil"]
    assert str(plan.date) == "17 March 2023"


# ------------------------------------------------------------ cities beyond the capitals
def test_a_dateline_city_that_is_no_capital_is_here() -> None:
    text = ("TIANJIN, Dec. 10 (Xinhua) -- China and Nicaragua agreed here on Tuesday to restore "
            "diplomatic relations.")
    agreed = _one(text, "agree", dt.date(2021, 12, 10))
    assert agreed.location == "Tianjin"
    assert "Tianjin" not in agreed.participants
    from timeline_app.extract import event_vocabulary as vocab
    assert vocab.CITIES["Kazan"] == "Russia" and vocab.CITIES["Rio de Janeiro"] == "Brazil"
    assert "Lagos" not in vocab.CITIES  # (Ricardo Lagos: a city that is also a surname)


# ------------------------------------------------------------ named after its city
def test_a_text_or_uprising_named_after_a_city_was_there() -> None:
    text = ("YEREVAN, July 8 (Reuters) - Armenia and Turkey agreed on Monday to open their "
            "border.\n\n"
            "A previous attempt faltered after the two countries signed the Zurich Protocols on "
            "October 10, 2009.\n\n"
            "Next month Poland marks the 80th anniversary of the Warsaw Uprising, which began "
            "on August 1, 1944.\n\n"
            "The United States withdrew from the Paris Agreement in 2020.")
    found = {c.title: c for c in _candidates(text, dt.date(2024, 7, 8))}
    assert next(c for t, c in found.items() if "Zurich" in t).location == "Zurich"
    uprising = next(c for t, c in found.items() if t.startswith("Warsaw Uprising"))
    assert uprising.location == "Warsaw"
    assert next(c for t, c in found.items() if "withdraw" in t).location == ""


# ------------------------------------------------------------ events at the U.N.
def test_opening_the_assembly_and_a_meeting_on_its_sidelines() -> None:
    text = ("NEW YORK, Sept 23 (AP) - Brazilian President Luiz Inacio Lula da Silva opened the "
            "U.N. General Assembly on Tuesday with a warning that multilateralism was under "
            "threat.\n\n"
            "Lula met French President Emmanuel Macron on the sidelines of the assembly.")
    found = {c.title: c for c in _candidates(text, dt.date(2025, 9, 23))}
    opened = found["Luiz Inacio Lula da Silva opens U.N. General Assembly"]
    assert opened.location == "General Assembly, United Nations"
    assert str(opened.date) == "23 September 2025"
    met = found["Luiz Inacio Lula da Silva and Emmanuel Macron meet at the United Nations"]
    assert str(met.date) == "c. 23 September 2025"
    assert met.category == "meeting"


def test_opening_needs_a_gathering_as_its_object() -> None:
    text = ("BRUSSELS, June 26 (Reuters) - The bloc opened the door to talks on Tuesday.\n\n"
            "Accession negotiations formally opened at an intergovernmental conference in "
            "Luxembourg on June 25.")
    titles = [c.title for c in _candidates(text, dt.date(2024, 6, 26))]
    assert not any("door" in t for t in titles), titles



def test_a_meeting_on_the_sidelines_of_a_summit_is_the_event() -> None:
    text = ("WASHINGTON, Sept 23 (Reuters) - U.S. Secretary of State Antony Blinken said on "
            "Tuesday that the talks were making progress.\n\n"
            "Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the G20 summit in "
            "Rio de Janeiro in November.")
    met = _one(text, "wang", dt.date(2025, 9, 23))
    assert met.title == "Antony Blinken and Wang Yi meet in Rio de Janeiro"
    assert str(met.date) == "November 2024"
    assert met.location == "Rio de Janeiro"


# ------------------------------------------------------------ visits and the dateline
_HANOI = ("HANOI, June 19 (Reuters) - Russian President Vladimir Putin signed a pact with North "
          "Korea on Wednesday.\n\n"
          "Putin is due to fly to Hanoi later Wednesday for a two-day state visit to Vietnam, a "
          "country he last visited in 2017.")


def test_the_visit_of_a_relative_clause_went_to_the_place_it_describes() -> None:
    earlier = _one(_HANOI, "vietnam", dt.date(2024, 6, 19))
    assert earlier.title == "Vladimir Putin visits Vietnam"
    assert earlier.location == "Vietnam" and str(earlier.date) == "2017"
    assert "Vladimir Putin" in earlier.participants


def test_the_lead_s_act_is_not_at_the_dateline_its_doer_travels_to_afterwards() -> None:
    pact = _one(_HANOI, "pact", dt.date(2024, 6, 19))
    assert pact.location == ""
    assert _one(_HANOI, "hanoi", dt.date(2024, 6, 19)).location == "Hanoi"
    # (without the later trip the lead's act stays at the dateline, as before)
    alone = _one(_HANOI.split("\n\n")[0], "pact", dt.date(2024, 6, 19))
    assert alone.location == "Hanoi"



def test_a_summit_and_the_meetings_on_its_sidelines_are_rows_of_their_own() -> None:
    text = ("LIMA, Nov 16 (Reuters) - Leaders of the Asia-Pacific Economic Cooperation forum "
            "opened their annual summit in Lima on Saturday.\n\n"
            "Chinese President Xi Jinping met U.S. President Joe Biden on the sidelines of the "
            "summit on Saturday.\n\n"
            "Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol on "
            "the sidelines of the APEC summit on Friday.")
    rows = {c.title: c for c in _candidates(text, dt.date(2024, 11, 16))}
    assert set(rows) == {"Annual summit in Lima", "Xi Jinping and Joe Biden meet in Lima",
                         "Shigeru Ishiba and Yoon Suk Yeol meet in Lima"}
    assert str(rows["Shigeru Ishiba and Yoon Suk Yeol meet in Lima"].date) == "15 November 2024"


# ------------------------------------------------------------ a topic is no side
def test_a_state_talked_about_is_no_participant() -> None:
    text = ("SEOUL, March 4 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul met his "
            "Japanese counterpart Takeshi Iwaya in Seoul on Tuesday and agreed to keep working "
            "closely on North Korea, the foreign ministry said.\n\n"
            "French President Emmanuel Macron and German Chancellor Friedrich Merz discussed "
            "Ukraine during talks in Berlin on Monday.\n\n"
            "The European Union imposed new sanctions on Russia on Monday.")
    found = {c.title: c for c in _candidates(text, MARCH4)}
    met = found["Cho Tae-yul and Takeshi Iwaya meet in Seoul"]
    assert "North Korea" not in met.participants
    talks = next(c for t, c in found.items() if "Berlin" in t)
    assert "Ukraine" not in talks.participants
    # (a target is a side: "sanctions on Russia")
    assert "Russia" in next(c for t, c in found.items() if "sanctions" in t).participants
