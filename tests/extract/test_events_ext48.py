"""Session 34, ext48: what a new user's six Serbia-Kosovo articles (verify43, X1-X21) got
wrong, each kind checked on the trial's sentence and on sentences of the same shape written
for the session (other wars, treaties and anniversaries), with a guard of the reading it
must not take.  No corpus text.
"""

from __future__ import annotations

import datetime as dt

from test_events_ext31 import _rows  # (title, date, basis) of every candidate

from timeline_app.extract import extract_events


def _dates(text: str, dct: dt.date | None) -> list[str]:
    return [date for _, date, _ in _rows(text, dct)]


# ----------------------------------------- X1: "the 1998-99 war" dates the war, not the act
def test_a_range_of_years_qualifying_a_war_dates_no_act_of_the_sentence() -> None:
    text = ("BRUSSELS, Dec 3 (Reuters) - The leaders of Serbia and Kosovo agreed on Thursday "
            "to set up a joint commission on people still missing from the 1998-99 war, the "
            "European Union's envoy said after the first face-to-face meeting between the "
            "two sides in more than a year.")
    dates = _dates(text, dt.date(2026, 12, 3))
    assert dates == ["3 December 2026"], dates  # was also an agreement in 1998


def test_the_two_digit_end_of_a_range_qualifies_the_noun_too() -> None:
    text = ("ZAGREB, May 5 (Reuters) - Croatia and Serbia agreed on Tuesday to set up a joint "
            "body to search for people missing since the 1991-95 war, officials said.")
    assert _dates(text, dt.date(2026, 5, 5)) == ["5 May 2026"]  # was 1995 ('95')


def test_a_year_qualifying_a_noun_does_not_date_an_event_noun_told_after_it() -> None:
    text = ("ADDIS ABABA, March 2 (Reuters) - Ethiopia and Eritrea agreed on Monday to "
            "demarcate the border fixed after the 1998-2000 war, diplomats said after the "
            "first meeting of the two sides in a year.")
    dates = _dates(text, dt.date(2026, 3, 2))
    assert "2000" not in dates, dates  # ("First meeting | 2000")


def test_a_year_still_dates_the_event_noun_it_qualifies() -> None:
    text = "The 2015 nuclear deal was praised by both sides."
    assert any(date == "2015" for date in _dates(text, dt.date(2026, 5, 5)))


# ------------------------------- X12: the date in an anniversary's "of ..." phrase
_MFA = ("Prishtina, 27/02/2024 - On the first anniversary of the Basic Agreement reached in "
        "Brussels on 27 February 2023, Minister Gërvalla-Schwarz stressed that Kosovo has "
        "implemented all of its obligations.")


def test_the_date_after_an_anniversary_s_object_is_the_object_s() -> None:
    rows = {title: (date, basis) for title, date, basis in _rows(_MFA, dt.date(2024, 2, 27))}
    agreement = rows["Basic Agreement reached in Brussels"]
    assert agreement[0] == "27 February 2023", rows  # was 27 February 2022
    anniversary = next(v for k, v in rows.items() if k.startswith("First anniversary"))
    assert anniversary[0] == "27 February 2024", rows  # was 27 February 2023
    assert "1st anniversary" in anniversary[1] and "1th" not in anniversary[1]


def test_the_same_shape_without_the_article_s_date_reads_the_participle() -> None:
    text = ("On the tenth anniversary of the accord reached on 12 May 1994, the two "
            "presidents spoke of peace.")
    dates = _dates(text, None)
    assert "12 May 1994" in dates and "12 May 1984" not in dates, dates


def test_an_anniversary_dated_on_its_day_after_its_object_keeps_its_date() -> None:
    # guard: the nearer reading (the article's day) is the anniversary's
    text = ("KYIV, Aug 24 (Reuters) - Ukraine marked the 33rd anniversary of its "
            "independence on August 24, 2024 with a parade.")
    rows = _rows(text, dt.date(2024, 8, 24))
    assert ("24 August 1991" in [d for _, d, _ in rows]
            and "24 August 2024" in [d for _, d, _ in rows]), rows
    basis = next(b for t, _, b in rows if t == "Independence")
    assert "33rd anniversary" in basis and "33th" not in basis


def test_an_anniversary_without_the_article_s_date_and_no_participle_keeps_its_date() -> None:
    text = "Ukraine marked the 33rd anniversary of its independence on August 24, 2024."
    assert "24 August 1991" in _dates(text, None)


# ---------------------- X16: "eighteen years after X" counted back from the article's day
def test_years_counted_back_from_the_article_s_day_give_a_year_and_join_its_dated_event() -> None:
    text = ("Updated 20 November 2026\n\nTwenty years after the end of the state union, and "
            "eighteen years after Kosovo declared independence, the normalisation of relations "
            "remains unresolved.\n\nKosovo declared independence on 17 February 2008.")
    rows = _rows(text, None)
    declared = [(t, d) for t, d, _ in rows if "independence" in t]
    assert declared == [("Kosovo declares independence", "17 February 2008")], rows
    # (was a second row, c. November 2008)


def test_years_counted_back_from_the_article_s_day_alone_give_a_circa_year() -> None:
    text = ("NICOSIA, Nov 20 (AP) - Ten years after the two leaders signed the peace "
            "framework, the island remains split.")
    dates = _dates(text, dt.date(2026, 11, 20))
    assert "c. 2016" in dates and "c. November 2016" not in dates, dates


def test_years_counted_back_join_the_treaty_the_text_dates() -> None:
    text = ("NICOSIA, Nov 20 (AP) - Ten years after the two leaders signed the peace "
            "framework, the island remains split. The framework was signed on 15 May 2016 in "
            "Geneva.")
    assert _dates(text, dt.date(2026, 11, 20)) == ["15 May 2016"]


# ------------------------------------- X21: "due by mid-2027" is a limit, and says so
def test_a_date_told_as_a_limit_says_so_in_its_basis() -> None:
    cases = [
        ("BELGRADE, Nov 20 (Reuters) - Observers expect little before Serbia's parliamentary "
         "elections, due by mid-2027.", dt.date(2026, 11, 20), "by mid 2027", "'by mid-2027'"),
        ("LONDON, Jan 18 (AP) - May has said she will trigger the formal exit process by the "
         "end of March.", dt.date(2017, 1, 18), "by 31 March 2017", "'by the end of March'"),
        ("ANKARA, May 2 (AA) - The protocol must be ratified by parliament no later than June "
         "2026, the ministry said.", dt.date(2026, 5, 2), "by the end of June 2026",
         "'no later than June 2026'"),
    ]
    for text, dct, date, words in cases:
        rows = _rows(text, dct)
        # (the period the golds give, kept, told as a limit since ext49: FuzzyDate.limit)
        assert [d for _, d, _ in rows] == [date], rows
        assert f"a limit, {words}: no later than then" in rows[0][2], rows


def test_by_before_a_place_is_no_limit() -> None:
    rows = _rows("ANKARA, May 2 (AA) - The two sides signed the protocol by the lake on 2 May "
                 "2026.", dt.date(2026, 5, 2))
    assert rows and "limit" not in rows[0][2], rows


# ------------------------------------- X5: "reopened the main bridge" is the lead's news
def test_reopening_a_bridge_or_a_road_is_an_event() -> None:
    cases = [
        ("PRISTINA, Kosovo (AP) \u2014 Kosovo authorities on Monday reopened the main bridge "
         "over the Ibar River in the divided northern town of Mitrovica to car traffic, "
         "defying objections from Serbia.", dt.date(2026, 11, 24),
         "Kosovo authorities reopen main bridge in Mitrovica", "23 November 2026"),
        ("BANGKOK, June 3 (Reuters) - Thailand reopened the Friendship Bridge to trucks on "
         "Monday after a two-week closure ordered by Cambodia.", dt.date(2026, 6, 3),
         "Thailand reopens Friendship Bridge to trucks", "1 June 2026"),
        ("KABUL, March 4 (Reuters) - The Torkham road reopened on Wednesday.",
         dt.date(2026, 3, 4), "Torkham road reopens in Kabul", "4 March 2026"),
    ]
    for text, dct, title, date in cases:
        assert (title, date) in [(t, d) for t, d, _ in _rows(text, dct)], _rows(text, dct)


def test_reopening_a_debate_is_no_event() -> None:
    assert _rows("PARIS, June 3 (AFP) - The minister reopened the debate on pensions on "
                 "Monday.", dt.date(2026, 6, 3)) == []


# --------------------------- X13: "received today in Prishtina the EU Special Representative"
def test_a_host_receiving_an_envoy_named_after_the_office_is_a_meeting_of_both() -> None:
    text = ("Republic of Kosovo\nMinistry of Foreign Affairs and Diaspora\n\nPrishtina, "
            "27/02/2024\n\nMinister Gërvalla-Schwarz meets Slovak Foreign Minister and EU "
            "Special Representative\n\nMinister of Foreign Affairs and Diaspora Donika "
            "Gërvalla-Schwarz received today in Prishtina the EU Special Representative for "
            "the Belgrade-Prishtina Dialogue, Miroslav Lajčák.\n")
    found = extract_events(text).candidates
    meeting = next(c for c in found if c.category == "meeting")
    assert str(meeting.date) == "27 February 2024", found
    assert meeting.participants[:2] == ("Donika Gërvalla-Schwarz", "Miroslav Lajčák"), found
    assert meeting.location == "Prishtina"


def test_hosts_receiving_guests_named_by_other_offices() -> None:
    cases = [
        ("ABUJA, May 4 (Reuters) - President Bola Tinubu received on Monday the UN "
         "Secretary-General Antonio Guterres at the State House.", dt.date(2026, 5, 4),
         "Antonio Guterres"),
        ("BELGRADE, March 3 (Tanjug) - President Aleksandar Vucic received yesterday the "
         "Chinese Ambassador Li Ming.", dt.date(2026, 3, 3), "Li Ming"),
    ]
    for text, dct, guest in cases:
        found = extract_events(text, dct).candidates
        assert [c.category for c in found] == ["meeting"], found
        assert guest in found[0].participants, found


def test_receiving_goods_is_no_meeting() -> None:
    found = extract_events("NAIROBI, May 4 (Reuters) - Kenya received the first batch of "
                           "vaccines on Monday.", dt.date(2026, 5, 4)).candidates
    assert not any(c.category == "meeting" for c in found), found


def test_a_title_at_a_line_s_end_names_no_one_on_the_next_line() -> None:
    from timeline_app.extract.pipeline.entities import Entities
    people = Entities("Talks with the EU Special Representative\n\nMinister of Foreign Affairs "
                      "and Diaspora Donika Gërvalla-Schwarz said.").people
    assert "Donika Gërvalla-Schwarz" in people, people


# ------------- X11: "Brussels partially eased them", the measures of the sentence before
def test_a_measure_eased_or_lifted_as_them_refers_to_the_sentence_before() -> None:
    cases = [
        ("Prishtina, 15.03.2025 \u2013 The EU measures were introduced after the violence in "
         "Zve\u00e7an at the end of May 2023, when more than 90 KFOR soldiers were injured. "
         "Brussels partially eased them in the summer of 2024.", dt.date(2025, 3, 15),
         ("Brussels eases EU measures", "summer 2024")),
        ("WASHINGTON, May 2 (Reuters) - The United States imposed sanctions on the company in "
         "2019. Washington lifted them in March 2021, officials said.", dt.date(2026, 5, 2),
         ("Washington lifts sanctions", "March 2021")),
        ("SEOUL, May 2 (Yonhap) - Japan tightened export controls on South Korea in July 2019. "
         "Tokyo eased them in March 2023.", dt.date(2026, 5, 2),
         ("Tokyo eases export controls", "March 2023")),
    ]
    for text, dct, row in cases:
        assert row in [(t, d) for t, d, _ in _rows(text, dct)], _rows(text, dct)


def test_them_refers_to_no_measure_two_sentences_or_a_paragraph_back() -> None:
    text = ("SEOUL, May 2 (Yonhap) - Japan tightened export controls on South Korea in July "
            "2019. The two ministers met in Tokyo and praised the talks. They eased them in "
            "March 2023.")
    assert "March 2023" not in [d for _, d, _ in _rows(text, dt.date(2026, 5, 2))]
    text = ("SEOUL, May 2 (Yonhap) - Japan tightened export controls on South Korea in July "
            "2019.\n\nThey eased them in March 2023.")
    assert "March 2023" not in [d for _, d, _ in _rows(text, dt.date(2026, 5, 2))]


# ------------------------------ a state or a city ending in s is one ('Brussels eases')
def test_a_state_or_a_city_ending_in_s_takes_a_singular_verb() -> None:
    text = ("MANILA, May 2 (AP) - The Philippines protested on Monday. Athens signed a deal "
            "on Tuesday. Brussels lifted the sanctions on Wednesday.")
    titles = [t for t, _, _ in _rows(text, dt.date(2026, 5, 2))]
    assert {"Philippines protests", "Athens signs deal", "Brussels lifts sanctions"} <= \
        set(titles), titles


# ---------------------------------- X10: "Brussels" is the EU's seat, not Belgium's
def test_brussels_as_an_actor_or_a_destination_is_the_european_union() -> None:
    text = ("Prishtina, 15.03.2025 \u2013 Kurti will travel to Brussels next week for a "
            "meeting with the EU High Representative Kaja Kallas. Brussels partially eased "
            "the measures in the summer of 2024.")
    found = extract_events(text, dt.date(2025, 3, 15)).candidates
    assert found and all("Belgium" not in c.participants for c in found), found
    assert all("European Union" in c.participants for c in found), found


# ---------------------------------------- X19, X17: a court's finding is an event
def test_a_court_finding_an_act_unconstitutional_or_in_breach_is_an_event() -> None:
    cases = [
        ("Two years later, in August 2015, the sides agreed on the general principles of the "
         "Association of Serb-majority municipalities, which Kosovo's Constitutional Court "
         "found partly unconstitutional that December.", dt.date(2026, 11, 20),
         ("Kosovo's Constitutional Court finds Association of Serb-majority municipalities "
          "unconstitutional", "December 2015")),
        ("Kosovo declared independence on 17 February 2008; Serbia asked the International "
         "Court of Justice for an advisory opinion, which found on 22 July 2010 that the "
         "declaration did not violate international law.", dt.date(2026, 11, 20),
         ("International Court of Justice finds declaration did not violate international law",
          "22 July 2010")),
        ("BOGOTA, May 4 (Reuters) - Colombia's Constitutional Court on Tuesday found the peace "
         "decree unconstitutional, a blow to the talks.", dt.date(2026, 5, 4),
         ("Colombia's Constitutional Court finds peace decree unconstitutional",
          "28 April 2026")),
    ]
    for text, dct, row in cases:
        rows = _rows(text, dct)
        assert row in [(t, d) for t, d, _ in rows], rows


def test_finding_bodies_or_a_survey_s_finding_is_no_event() -> None:
    for text in ("NAIROBI, May 4 (Reuters) - Police found the bodies of three soldiers on "
                 "Monday.", "LONDON, May 4 (Reuters) - A survey found on Monday that most "
                 "voters backed the deal."):
        found = extract_events(text, dt.date(2026, 5, 4)).candidates
        assert not any(c.category == "dispute" for c in found), found


# ------------------------------- X19: a walk-out, and a date fronted before a semicolon
def test_leaving_a_country_s_institutions_or_its_government_is_an_event() -> None:
    text = ("In the summer of 2022, a dispute over licence plates led to barricades in the "
            "north; Serb members left Kosovo's institutions in November 2022.")
    rows = [(t, d) for t, d, _ in _rows(text, dt.date(2026, 11, 20))]
    assert ("Serb members leave Kosovo's institutions", "November 2022") in rows, rows
    assert any(d == "summer 2022" for _, d in rows), rows  # (the dispute is kept)
    rows = [(t, d) for t, d, _ in _rows("ROME, May 4 (AP) - The League left the government "
                                        "in August 2019, triggering a crisis.",
                                        dt.date(2026, 5, 4))]
    assert ("League leaves government", "August 2019") in rows, rows


def test_a_fronted_date_does_not_reach_past_a_semicolon() -> None:
    text = ("In March 2024, the talks collapsed; the ministers signed a memorandum in May "
            "2024.")
    dates = sorted(d for _, d, _ in _rows(text, dt.date(2026, 5, 4)))
    assert "March 2024" in dates and "May 2024" in dates, dates


# ------------- X19: "The EU proposal was accepted … and its implementation annex in Ohrid"
def test_a_proposal_accepted_and_a_second_thing_accepted_later_in_a_gapped_passive() -> None:
    text = ("The EU proposal was accepted orally in Brussels on 27 February 2023 and its "
            "implementation annex in Ohrid on 18 March 2023.")
    rows = [(t, d) for t, d, _ in _rows(text, dt.date(2026, 11, 20))]
    assert rows == [("EU proposal accepted in Brussels", "27 February 2023"),
                    ("Implementation annex accepted in Ohrid", "18 March 2023")], rows


def test_accepting_a_ceasefire_proposal_is_an_event_and_responsibility_is_not() -> None:
    rows = _rows("KHARTOUM, May 4 (Reuters) - The army accepted the Saudi-U.S. ceasefire "
                 "proposal on Monday, a spokesman said.", dt.date(2026, 5, 4))
    assert [d for _, d, _ in rows] == ["4 May 2026"], rows
    assert _rows("LONDON, May 4 (Reuters) - The minister accepted responsibility on Monday.",
                 dt.date(2026, 5, 4)) == []


# ------------- X3: "Tensions spiked in September 2023 when a Serb paramilitary group attacked"
def test_a_when_clause_without_a_comma_takes_the_date_before_it() -> None:
    rows = _rows("BRUSSELS, Dec 3 (Reuters) - Tensions spiked in September 2023 when a Serb "
                 "paramilitary group attacked Kosovo police in the village of Banjska, killing "
                 "one officer.", dt.date(2026, 12, 3))
    assert [(t, d) for t, d, _ in rows] == [
        ("Serb paramilitary group attacks Kosovo police in Banjska", "September 2023")], rows
    rows = _rows("SEOUL, May 2 (Yonhap) - Relations soured in July 2019 when Japan tightened "
                 "export controls on South Korea.", dt.date(2026, 5, 2))
    assert rows[0][0] == "Japan tightens export controls on South Korea", rows
    assert "the time of the 'when' clause" in rows[0][2], rows


# ------ X6: "said Tuesday that … and asked the U.N. Security Council to hold an emergency session"
def test_a_session_asked_for_is_the_request_of_who_said_it_not_a_session_held() -> None:
    text = ("PRISTINA, Kosovo (AP) \u2014 Serbia's foreign ministry said Tuesday that the "
            "reopening was a \"unilateral provocation\" and asked the U.N. Security Council to "
            "hold an emergency session.")
    found = extract_events(text, dt.date(2026, 11, 24)).candidates
    assert not any(c.category == "meeting" for c in found), found  # (was "… holds …")
    assert [c.title.split(" asks ")[0] for c in found] == ["Serbia's foreign ministry"], found
    assert found[0].participants[:1] == ("Serbia",), found


def test_asking_a_council_or_a_court_for_a_session_or_an_opinion_is_an_event() -> None:
    found = extract_events("MOSCOW, May 2 (Reuters) - Russia on Friday asked the Security "
                           "Council for an emergency meeting on Ukraine.",
                           dt.date(2026, 5, 2)).candidates
    assert [c.title.split(" asks ")[0] for c in found] == ["Russia"], found
    assert not any(c.category == "meeting" for c in found), found


def test_the_subject_of_a_verb_after_what_was_said_on_a_day_is_the_sayer() -> None:
    rows = _rows("TOKYO, May 2 (Kyodo) - Prime Minister Sato said on Friday that the talks were "
                 "useful and later visited Seoul.", dt.date(2026, 5, 2))
    assert rows[0][0].startswith("Sato visits Seoul"), rows


# ------- X8: "on the eve of his meeting …, the Brussels Agreement of 19 April 2013"
_POLITIKA = ("02.12.2026. 21:15\n\nBELGRADE \u2013 President Aleksandar Vu\u010di\u0107 said on "
             "Wednesday evening, on the eve of his meeting with Albin Kurti in Brussels, that "
             "Serbia would not sign any document that does not guarantee the formation of the "
             "Community of Serb Municipalities, which Pri\u0161tina committed to in the Brussels "
             "Agreement of 19 April 2013.\n")


def test_a_named_document_of_a_day_is_an_event_and_dates_no_noun_told_before_it() -> None:
    rows = _rows(_POLITIKA, None)
    agreement = [(t, d) for t, d, _ in rows if "Brussels Agreement" in t]
    assert agreement == [("Pri\u0161tina reaches Brussels Agreement", "19 April 2013")], rows
    meeting = [(t, d, b) for t, d, b in rows if " meet " in t]
    assert [d for _, d, _ in meeting] == ["3 December 2026"], rows  # was 19 April 2013
    assert "'on the eve of' it: the day after 'Wednesday evening'" in meeting[0][2]


def test_on_the_eve_of_is_the_day_after_the_sentence_s_day_before_or_after_it() -> None:
    rows = _rows("ANKARA, May 4 (AA) - Erdogan spoke to reporters on Monday, on the eve of his "
                 "visit to Washington.", dt.date(2026, 5, 4))
    assert [d for _, d, _ in rows] == ["5 May 2026"], rows  # was Monday, 4 May
    rows = _rows("PARIS, May 4 (AFP) - On the eve of the summit, the ministers met in Paris on "
                 "3 May 2026.", dt.date(2026, 5, 4))
    assert ("Summit", "4 May 2026") in [(t, d) for t, d, _ in rows], rows


# ------------------------- X7: "the dialogue, which began in March 2011" titled "Begins"
def test_a_bare_verb_title_takes_its_antecedent_with_an_irregular_past_too() -> None:
    text = ("PRISTINA, Kosovo (AP) \u2014 The EU's foreign policy chief had warned last week "
            "that unilateral steps could undermine the dialogue, which began in March 2011.")
    titles = [t for t, _, _ in _rows(text, dt.date(2026, 11, 24))]
    assert "Dialogue begins" in titles, titles
    rows = _rows("HANOI, May 4 (AP) - They agreed to resume shuttle diplomacy, which stalled "
                 "last month.", dt.date(2026, 5, 4))
    assert "Shuttle diplomacy stalls" in [t for t, _, _ in rows], rows  # (guard, ext32's)


# ------ X2: "an EU plan …, which was followed by an implementation annex agreed in Ohrid"
def test_followed_by_in_the_passive_is_no_act_of_its_own() -> None:
    text = ("BRUSSELS, Dec 3 (Reuters) - Belgrade does not recognise it, although the two "
            "sides agreed in February 2023 on an EU plan to normalise relations, which was "
            "followed by an implementation annex agreed in Ohrid, North Macedonia, on March "
            "18, 2023.")
    rows = [(t, d) for t, d, _ in _rows(text, dt.date(2026, 12, 3))]
    assert ("Implementation annex agreed in Ohrid", "18 March 2023") in rows, rows
    assert not any("followed" in t for t, _ in rows), rows


# ------ X14: "the regulation of the Central Bank of Kosovo, in force since 1 February 2024"
def test_a_state_since_a_date_is_titled_by_the_noun_and_the_name_it_is_of() -> None:
    cases = [
        ("Prishtina, 27/02/2024 - The Minister informed Mr. Laj\u010d\u00e1k about the "
         "regulation of the Central Bank of Kosovo, in force since 1 February 2024, which she "
         "described as a measure.", "Regulation of the Central Bank of Kosovo in force"),
        ("CANBERRA, May 4 (AP) - They discussed the treaty of the Pacific Islands Forum, in "
         "force since 2019.", "Treaty of the Pacific Islands Forum in force"),
        ("JAKARTA, May 4 (AP) - Both sides praised the Lombok Treaty, in force since "
         "February 2008.", "Lombok Treaty in force"),  # (guard: a name alone, as before)
    ]
    for text, title in cases:
        assert [t for t, _, _ in _rows(text, dt.date(2024, 2, 27))] == [title]


# ------------------- X15: "UN-led status talks in Vienna, chaired by …, began in February 2006"
def test_talks_a_state_led_are_what_begins_not_the_state() -> None:
    rows = _rows("UN-led status talks in Vienna, chaired by the special envoy Martti Ahtisaari, "
                 "began in February 2006 and ended without agreement in March 2007.",
                 dt.date(2026, 11, 20))
    assert [t for t, _, _ in rows] == ["UN-led status talks in Vienna begin",
                                       "UN-led status talks in Vienna end without agreement"], rows
    found = extract_events("UN-led status talks in Vienna, chaired by the special envoy Martti "
                           "Ahtisaari, began in February 2006.", dt.date(2026, 11, 20)).candidates
    assert [c.location for c in found] == ["Vienna"], found  # (the talks' city, X15)
    rows = _rows("DOHA, May 4 (AP) - Qatar-mediated negotiations collapsed on Monday.",
                 dt.date(2026, 5, 4))
    assert rows[0][0].startswith("Qatar-mediated negotiations collapse"), rows


# ------------- X20: "The dialogue stalled" had the participant "Belgrade-Pristina Dialogue"
def test_a_dialogue_named_by_two_capitals_is_those_states_not_a_participant() -> None:
    text = ("The Belgrade-Pristina Dialogue: A Backgrounder\n\nUpdated 20 November 2026\n\n"
            "The dialogue stalled in late 2018, when Kosovo imposed a 100 per cent tariff on "
            "Serbian goods.\n")
    found = extract_events(text).candidates
    stall = next(c for c in found if "stalls" in c.title)
    assert list(stall.participants) == ["Serbia", "Kosovo"], found


def test_a_named_process_of_unknown_sides_stays_as_named() -> None:
    from timeline_app.extract.pipeline.arguments.participants import _sides_of_named_processes
    assert _sides_of_named_processes(["Minsk-Format Talks", "Japan"]) == ["Minsk-Format Talks",
                                                                          "Japan"]
    assert _sides_of_named_processes(["Moscow-Kyiv Talks", "Russia"]) == ["Russia", "Ukraine"]


# ------------------- X4: "the next round of talks would take place in early 2027" lost
_REUTERS_X4 = ("BRUSSELS, Dec 3 (Reuters) - \"This is a modest but real step,\" Sorensen told "
               "reporters, adding that the commission would hold its first session in Pristina "
               "on Jan. 15.\n\nSorensen said the next round of talks would take place in early "
               "2027.\n")


def test_a_first_session_and_the_next_round_are_two_occasions() -> None:
    rows = [(t, d) for t, d, _ in _rows(_REUTERS_X4, dt.date(2026, 12, 3))]
    assert ("Next round of talks (scheduled)", "early 2027") in rows, rows
    assert any(d == "15 January 2027" for _, d in rows), rows


def test_the_next_round_of_talks_heads_its_noun_phrase() -> None:
    rows = _rows("HANOI, May 4 (AP) - Officials said the next round of talks would be held in "
                 "June.", dt.date(2026, 5, 4))
    assert rows[0][0].startswith("Next round of talks"), rows


# --------- X8, X11: a lead that reports a statement and nothing else: the statement is news
def test_a_lead_that_only_reports_a_statement_gives_the_statement() -> None:
    cases = [
        ("Vu\u010di\u0107: Belgrade will not accept any agreement\n\n" + _POLITIKA, None,
         "Aleksandar Vu\u010di\u0107 says Serbia would not sign any document",
         "2 December 2026, evening",  # (its part of the day: ext132)
         "Belgrade"),
        ("Kurti in Brussels: Serbia must sign\n\nPrishtina, 15.03.2025 \u2013 Kosovo's acting "
         "Prime Minister Albin Kurti said today that Serbia has been avoiding its obligations "
         "from the Basic Agreement for two years.", dt.date(2025, 3, 15),
         "Albin Kurti says Serbia has been avoiding its obligations", "15 March 2025",
         "Prishtina"),
        ("Takaichi stands firm\n\nTOKYO, May 4 (Kyodo) - Japanese Prime Minister Sanae "
         "Takaichi said today that Japan would not change its position on the islands.",
         dt.date(2026, 5, 4), "Sanae Takaichi says Japan would not change its position",
         "4 May 2026", "Tokyo"),
    ]
    for text, dct, title, date, place in cases:
        found = [c for c in extract_events(text, dct).candidates if c.category == "statement"]
        assert [(c.title[:len(title)], str(c.date), c.location) for c in found] == [
            (title, date, place)], found


def test_a_lead_statement_of_an_act_is_the_act_not_a_statement() -> None:
    text = ("Japan, India deal\n\nTOKYO, May 4 (Kyodo) - Japan said on Monday that it had "
            "signed a security deal with India.")
    found = extract_events(text, dt.date(2026, 5, 4)).candidates
    assert [c.category for c in found] == ["treaty"], found


# ------------------ X9: "the hardest blow … since the pogrom of March 2004"
def test_a_pogrom_riots_or_a_massacre_of_a_date_is_the_event_of_that_date() -> None:
    rows = _rows("BELGRADE \u2013 He recalled that Kosovo's special police entered the north on 1 "
                 "February 2024, when the Central Bank in Pri\u0161tina banned payments in dinars, "
                 "which he called the hardest blow to Serbs in Kosovo and Metohija since the "
                 "pogrom of March 2004.", dt.date(2026, 12, 2))
    assert ("Pogrom", "March 2004") in [(t, d) for t, d, _ in rows], rows
    assert not any(t.startswith("He calls") for t, _, _ in rows), rows
    for text, date in (("LONDON, Aug 6 (AP) - The riots of August 2011 spread from Tottenham "
                        "to other cities.", "August 2011"),
                       ("KIGALI, April 7 (Reuters) - Survivors recalled the massacre of April "
                        "1994 in Nyamata.", "April 1994")):
        assert date in [d for _, d, _ in _rows(text, dt.date(2026, 12, 2))]


# -------- X18: "the First Agreement of Principles Governing …, signed on 19 April 2013 by"
def test_a_named_instrument_opened_by_capitalised_words_is_what_was_signed() -> None:
    for text, title in (
            ("It produced the First Agreement of Principles Governing the Normalisation of "
             "Relations, signed on 19 April 2013 by the prime ministers Ivica Da\u010di\u0107 and "
             "Hashim Tha\u00e7i.",
             "First Agreement of Principles Governing the Normalisation of Relations signed"),
            ("The war ended with the Comprehensive Peace Agreement signed in Naivasha in "
             "January 2005.", "Comprehensive Peace Agreement signed in Naivasha")):
        rows = _rows(text, dt.date(2026, 11, 20))
        assert title in [t for t, _, _ in rows], rows


# ----------------- X20: "a dispute over licence plates led to barricades" titled "Dispute"
def test_a_dispute_over_something_keeps_what_it_is_over() -> None:
    rows = _rows("In the summer of 2022, a dispute over licence plates led to barricades in the "
                 "north.", dt.date(2026, 11, 20))
    assert [t for t, _, _ in rows] == ["Dispute over licence plates"], rows


def test_a_body_named_before_which_takes_part_in_what_it_did() -> None:
    text = ("Kosovo declared independence on 17 February 2008; Serbia asked the International "
            "Court of Justice for an advisory opinion, which found on 22 July 2010 that the "
            "declaration did not violate international law.")
    found = extract_events(text, dt.date(2026, 11, 20)).candidates
    court = next(c for c in found if c.title.startswith("International Court of Justice"))
    assert court.participants == ("International Court of Justice",), found


# ------------------ X7: "the decision had been agreed with KFOR in August": with whom
def test_a_passive_agreement_names_the_party_it_was_agreed_with() -> None:
    rows = _rows("PRISTINA, Kosovo (AP) \u2014 Kosovo Interior Minister Xhelal Sve\u00e7la said the "
                 "decision had been agreed with KFOR in August and that police would patrol "
                 "both ends of the bridge.", dt.date(2026, 11, 24))
    assert ("Decision agreed with KFOR", "August 2026") in [(t, d) for t, d, _ in rows], rows
    rows = _rows("PARIS, May 4 (AFP) - The accord was signed in Paris on Monday.",
                 dt.date(2026, 5, 4))
    assert rows[0][0] == "Accord signed in Paris", rows  # (guard: no party, none added)


def test_two_people_after_a_plural_title_are_both_people() -> None:
    found = extract_events("It produced the First Agreement of Principles Governing the "
                           "Normalisation of Relations, signed on 19 April 2013 by the prime "
                           "ministers Ivica Da\u010di\u0107 and Hashim Tha\u00e7i.",
                           dt.date(2026, 11, 20)).candidates
    assert found[0].participants == ("Ivica Da\u010di\u0107", "Hashim Tha\u00e7i"), found


# ---- X2: "Kosovo Prime Minister Albin Kurti": a state's name before a title is the person's
def test_a_state_s_name_before_a_title_gives_the_person_that_state() -> None:
    from timeline_app.extract.pipeline.entities import Entities
    people = Entities("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti "
                      "met for about four hours.").people
    assert people == {"Aleksandar Vucic": "Serbia", "Albin Kurti": "Kosovo"}, people
    text = ("BRUSSELS, Dec 3 (Reuters) - The leaders of Serbia and Kosovo agreed on Thursday "
            "to set up a joint commission.\n\nSerbian President Aleksandar Vucic and Kosovo "
            "Prime Minister Albin Kurti met for about four hours at EU headquarters.\n")
    titles = [t for t, _, _ in _rows(text, dt.date(2026, 12, 3))]
    assert not any(t.startswith("Aleksandar Vucic and Kosovo") for t in titles), titles


# ------ X14: "welcomed the decision of the Parliamentary Assembly … of 24 April 2023"
def test_a_body_s_decision_of_a_day_is_an_event_of_that_day_and_the_body_s() -> None:
    text = ("Prishtina, 27/02/2024 - The Ministry also welcomed the decision of the "
            "Parliamentary Assembly of the Council of Europe of 24 April 2023 on Kosovo's "
            "membership application.")
    rows = [(t, d) for t, d, _ in _rows(text, dt.date(2024, 2, 27))]
    assert rows == [("Decision of the Parliamentary Assembly of the Council of Europe",
                     "24 April 2023")], rows


def test_a_decision_without_a_body_and_a_date_is_no_event() -> None:
    for text in ("PARIS, May 4 (AFP) - The decision to leave was taken on Monday.",
                 "PARIS, May 4 (AFP) - The minister criticised the decision on Monday."):
        found = extract_events(text, dt.date(2026, 5, 4)).candidates
        assert not any(c.title.startswith("Decision") for c in found), found


def test_a_reaction_still_takes_its_own_day_from_its_object_s_phrase() -> None:
    rows = _rows("BRUSSELS, Nov 4 (AP) - Rutte welcomed the pact in a post on X on Wednesday.",
                 dt.date(2026, 11, 4))
    assert rows[0][0].startswith("Rutte welcomes pact"), rows  # (guard, trial 13)


def test_a_passive_title_drops_the_patient_s_article() -> None:
    text = ("Prishtina, 15.03.2025 \u2013 Kurti called on the European Union to lift the "
            "measures imposed on Kosovo in June 2023.")
    titles = [t for t, _, _ in _rows(text, dt.date(2025, 3, 15))]
    assert "Measures imposed" in titles and not any(t.startswith("The ") for t in titles), titles


def test_his_meeting_with_a_full_name_names_that_person() -> None:
    rows = _rows("Vu\u010di\u0107: no deal\n\n" + _POLITIKA, None)
    assert ("Aleksandar Vu\u010di\u0107 and Albin Kurti meet in Brussels (scheduled)",
            "3 December 2026") in [(t, d) for t, d, _ in rows], rows
    found = extract_events("Vu\u010di\u0107: no deal\n\n" + _POLITIKA).candidates
    said = next(c for c in found if c.category == "statement")
    assert "Albin Kurti" not in said.participants, found  # (the aside's, not the saying's)


# ---------------- ext46's left X20: "army chief General Abdel Fattah al-Burhan" is al-Burhan
def test_a_rank_spelled_out_after_a_title_is_no_part_of_the_name() -> None:
    from timeline_app.extract.pipeline.entities import Entities
    assert Entities("Army chief General Abdel Fattah al-Burhan met the envoy.").people == {
        "Abdel Fattah al-Burhan": ""}
    assert Entities("Egypt's President Field Marshal Abdel Fattah al-Sisi met him.").people == {
        "Abdel Fattah al-Sisi": "Egypt"}
    assert Entities("The UN chief General Assembly session opened.").people == {}


# ------- ext46's left X24: "placed Sudan on its list of state sponsors of terrorism"
def test_a_state_put_on_or_taken_off_a_terror_list_is_an_event() -> None:
    cases = [
        ("In 1993 the United States placed Sudan on its list of state sponsors of terrorism.",
         "United States places Sudan on its list of state sponsors of terrorism", "1993"),
        ("WASHINGTON, May 29 (Reuters) - The United States removed Cuba from the list of state "
         "sponsors of terrorism on Friday.",
         "United States removes Cuba from the list of state sponsors of terrorism", "29 May 2026"),
        ("PARIS, June 3 (AFP) - The FATF added Nigeria to its grey list on Friday.",
         "FATF adds Nigeria to its grey list", "29 May 2026"),
    ]
    for text, title, date in cases:
        assert (title, date) in [(t, d) for t, d, _ in _rows(text, dt.date(2026, 6, 3))]


def test_placing_or_adding_anything_else_is_no_event() -> None:
    for text in ("The police placed barriers on the road on Friday.",
                 "He added on Friday that the talks were useful."):
        assert _rows(text, dt.date(2026, 6, 3)) == [], text


# ------------- ext46's left X21: "Shelling continued in El Obeid on Tuesday despite the truce"
def test_shelling_that_continued_in_a_town_is_an_event_there() -> None:
    rows = _rows("KHARTOUM, Dec 2 (Reuters) - Shelling continued in El Obeid on Tuesday despite "
                 "the truce, residents said.", dt.date(2026, 12, 2))
    assert [(t, d) for t, d, _ in rows] == [("Shelling in El Obeid", "1 December 2026")], rows


# ------ ext46's left: "rebels from the northern region of Tigray agreed on Wednesday to"
def test_an_agreeing_verb_with_its_day_and_to_is_active_not_a_participle() -> None:
    rows = _rows("PRETORIA, Nov 2 (AFP) - Ethiopia's government and rebels from the northern "
                 "region of Tigray agreed on Wednesday to a permanent cessation of hostilities.",
                 dt.date(2022, 11, 2))
    assert not any(t.startswith("Northern region of Tigray agreed") for t, _, _ in rows), rows
    assert any(" agree to a permanent cessation of hostilities" in t for t, _, _ in rows), rows
