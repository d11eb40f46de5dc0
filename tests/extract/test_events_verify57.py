"""A history teacher's trade-pact wire (session 46, ext80, from verify57's trial): a signing
told by the two blocs and again by the people who signed "alongside" others at a palace,
"ending negotiations that began in <year>", a leader's expectation of what is due "by the
end of <year>", a signing planned for a day and postponed, a parliament "expected to vote
in the spring".

The texts are invented in those shapes (none is her article, a dev article or an evaluation
corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

DCT = dt.date(2026, 3, 10)  # a Tuesday

events, _with = readers(DCT)

LEAD = ("RIYADH, March 10 (Reuters) - Britain and the Gulf Cooperation Council signed a free trade agreement in the Saudi "
        "capital on Tuesday, ending negotiations that started in 2022.\n\n")
SIGNERS = ("British Trade Secretary Peter Kyle and GCC Secretary-General Jasem Albudaiwi signed "
           "the pact alongside Qatar's Faisal bin Thani at a ceremony at the Yamamah Palace.\n\n")
DEADLINE = "Kyle said on Monday he expected the deal to enter into force by the end of 2027.\n"


def _signings(text: str) -> list:  # type: ignore[type-arg]
    return [c for c in events(text) if c.category == "treaty" and c.date.year == 2026]


def test_the_signers_at_a_palace_are_the_signing_in_the_capital() -> None:
    # verify57 F5: "signed the accord alongside ... at a ceremony at the Lopez Palace" was a
    # second row (c. the day, no place): a building in no city is in the capital named
    (signing,) = _signings(LEAD + SIGNERS)
    assert (signing.date.month, signing.date.day, signing.location) == (3, 10, "Riyadh")
    assert {"Peter Kyle", "Jasem Albudaiwi"} <= set(signing.participants)
    assert "alongside" not in signing.title  # (who else signed is no part of what)
    text = ("RIYADH, March 10 (Reuters) - Saudi Crown Prince Mohammed bin Salman and Qatar's "
            "Emir Sheikh Tamim bin Hamad Al Thani met in the Saudi capital on Tuesday.\n\n"
            "The two leaders held talks at the Yamamah Palace on regional security.\n")
    (meeting,) = events(text)
    assert meeting.location == "Riyadh" and len(meeting.evidence) == 2


def test_a_deal_due_by_the_end_of_a_year_is_not_the_day_s_signing() -> None:
    # verify57 F5: the signing's row cited "Lula said on Friday he expected the deal to be
    # applied provisionally by the end of 2026", Lula among its participants; and told
    # before the signers' sentence, the deadline took the signers in
    for text in (LEAD + "Trade Secretary Peter " + DEADLINE, LEAD + SIGNERS + DEADLINE):
        (signing,) = _signings(text)
        assert all("end of 2027" not in text[e.start:e.end] for e in signing.evidence), text
        due = _with(text, "force")
        assert (due.date.year, due.date.month, due.date.day) == (2027, 12, 31)
        assert due.participants == ("Peter Kyle",)
    (signing,) = _signings(LEAD + SIGNERS + DEADLINE)
    assert "Peter Kyle" in signing.participants


def test_negotiations_ended_by_the_lead_s_participle_are_its_subject_s() -> None:
    # verify57 F4: "ending negotiations that began in 1999" was "Ending negotiations begin",
    # naming no one (the sentence names the EU and Mercosur)
    talks = _with(LEAD, "negotiations")
    assert talks.date.year == 2022 and talks.date.month is None
    assert "Ending" not in talks.title and "begin" in talks.title
    assert set(talks.participants) == {"Britain", "Gulf Cooperation Council"}
    # (not ", following talks between their foreign ministers": a preposition)
    text = ("Kenya and Somalia restored diplomatic ties on Tuesday, following talks between "
            "their foreign ministers in Nairobi last month.")
    assert all("begin" not in c.title for c in events(text))


def test_a_bloc_counted_by_its_members_is_a_side_of_the_subject() -> None:
    # "Britain and the six-nation Gulf Cooperation Council signed": Britain was lost
    text = LEAD.replace("the Gulf", "the six-nation Gulf")
    (signing,) = _signings(text)
    assert {"Britain", "Gulf Cooperation Council"} <= set(signing.participants)


def test_the_host_of_the_talks_is_not_a_summit_due_by_the_end_of_the_year() -> None:
    # (the dev article xinhua-cairo-accord's shape: once a deadline took no act of a day, the
    # host "for the talks" is the meeting's, not a row of its own)
    text = ("The foreign ministers of Chile, Peru and Bolivia met in Lima on Tuesday and agreed "
            "to open a joint border post.\n\n"
            "Peruvian Foreign Minister Elmer Schialer hosted his Chilean counterpart Alberto van "
            "Klaveren and Bolivian Foreign Minister Celinda Sosa for the talks.\n\n"
            "Schialer said a summit of the three presidents could be held before the end of "
            "the year.\n")
    found = events(text)
    summit = next(c for c in found if c.date.year == 2026 and c.date.month == 12)
    assert "Celinda Sosa" not in summit.participants
    assert all("hosted" not in text[e.start:e.end] for e in summit.evidence)
    meeting = next(c for c in found if (c.date.month, c.date.day) == (3, 10)
                   and c.category == "meeting")
    assert any("hosted" in text[e.start:e.end] for e in meeting.evidence)


def test_a_signing_planned_for_a_day_and_postponed_is_a_row_of_that_day() -> None:
    # verify57 F6: "The signing had been planned for Dec. 20 in Foz do Iguacu, Brazil, but was
    # postponed after Italy asked for more time" gave no row
    text = LEAD + ("The signing had been planned for Feb. 12 in Salalah, Oman, but was "
                   "postponed after Kuwait asked for more time.\n")
    put_off = _with(text, "postponed")
    assert (put_off.date.year, put_off.date.month, put_off.date.day) == (2026, 2, 12)
    assert put_off.title.startswith("Signing postponed")
    assert put_off.location == "Salalah" and put_off.participants == ("Kuwait",)
    # (a gathering told so too: "A summit had been planned for ...")
    text = LEAD + "A summit had been planned for Feb. 12 in Muscat but was postponed.\n"
    summit = _with(text, "Summit")
    assert (summit.date.month, summit.date.day, summit.location) == (2, 12, "Muscat")
    assert "postponed" in summit.title


def test_a_parliament_expected_to_vote_in_a_season_is_a_planned_row() -> None:
    # verify57 F6: "the European Parliament, which is expected to vote in the spring" gave
    # no row
    text = LEAD + ("The agreement still needs the approval of the British Parliament, which is "
                   "expected to vote in the autumn.\n")
    vote = _with(text, "vote")
    assert (vote.date.year, vote.date.part) == (2026, "FA")
    assert vote.participants == ("British Parliament",) and "(scheduled)" in vote.title
    # (not "parliament voted it down", a vote told by what it rejected)
    text = ("Yoon declared martial law on Dec. 3 but lifted it about six hours later after "
            "parliament voted it down.\n")
    assert all("vote" not in c.title.lower() for c in events(text))


def test_a_day_without_a_year_takes_the_year_that_opens_its_sentence() -> None:
    # verify57 F13: "In 1977 President Jimmy Carter and General Omar Torrijos signed the
    # Torrijos-Carter Treaties in Washington on 7 September" was 7 September 2024, and "the
    # following year" 2025
    text = ("In 1979 President Francisco Morales and President Hugo Banzer signed the Lima "
            "Treaty in Lima on 12 October. The Peruvian Congress ratified it narrowly the "
            "following year.\n")
    found = events(text, dt.date(2025, 3, 10))
    signed = next(c for c in found if "sign" in c.title)
    assert (signed.date.year, signed.date.month, signed.date.day) == (1979, 10, 12)
    assert any(c.date.year == 1980 and "ratif" in c.title for c in found)
    # (a year inside the sentence frames nothing: the dateline's year stays)
    text = "Talks stalled since 2019 resumed in Lima on 7 September.\n"
    assert all(c.date.year != 2019 or "stall" in c.title.lower()
               for c in events(text, dt.date(2025, 3, 10)))


def test_the_canal_is_the_story_s_not_one_named_in_an_aside_on_someone() -> None:
    # verify57 F14: "a company led by Ferdinand de Lesseps, the builder of the Suez Canal,
    # began digging ... The canal opened on 15 August 1914" was "Suez Canal opens"
    text = ("Building the Kiel Canal\n\n"
            "In 1887 a company led by Heinrich Wiese, the engineer of the Elbe Canal, began "
            "digging across the isthmus.\n\n"
            "The canal opened on 20 June 1895, when the emperor's yacht made the first "
            "transit.\n")
    opened = _with(text, "opens", dt.date(2025, 3, 10))
    assert opened.title.startswith("Kiel Canal") and "Elbe Canal" not in opened.participants


def test_a_quarter_of_a_century_ago_and_what_people_thought_had_been_done() -> None:
    # verify57 F14: "a quarrel ... that most Panamanians thought had been settled a quarter
    # of a century ago" was a row "Most Panamanians thought settled", 1925
    from timeline_app.extract import tag_timexes
    found = tag_timexes("It was settled a quarter of a century ago, and half a century ago.",
                        dt.date(2025, 3, 10))
    assert [(t.text, t.value) for t in found] == [("a quarter of a century ago", "2000"),
                                                  ("half a century ago", "1975")]
    text = ("The speech revived a quarrel that most Chileans thought had been settled a quarter "
            "of a century ago.\n")
    assert events(text, dt.date(2025, 3, 10)) == []


HISTORY = ("Canal history\n\nBy A. Teacher\n10 March 2025\n\n"
           "In 1881 a company led by an engineer began digging across the isthmus. Disease "
           "killed thousands of workers, and the company went bankrupt in 1889.\n\n"
           "Ten years later, at noon on 31 December 1999, Panama took full control of the "
           "canal.\n\n"
           "Costa Rica switched diplomatic recognition from Taipei to Beijing in June 2007 and "
           "in November of that year became the first Central American country to join the "
           "Pacific Trade Initiative.\n")


def test_a_history_s_takeover_switch_of_recognition_joining_and_bankruptcy_are_rows() -> None:
    # verify57 F15 ("took full control of the canal", "switched diplomatic recognition from
    # Taipei to Beijing in June 2017 and in November of that year became the first Latin
    # American country to join China's Belt and Road Initiative" gave no rows) and F14 (the
    # company "went bankrupt in 1889" was lost)
    found = {c.title: c for c in events(HISTORY, None)}
    took = next(c for t, c in found.items() if "full control" in t)
    assert (took.date.year, took.date.month, took.date.day) == (1999, 12, 31)
    assert "Panama" in took.participants
    switch = next(c for t, c in found.items() if "recognition" in t)
    assert (switch.date.year, switch.date.month) == (2007, 6)
    assert switch.title.startswith("Costa Rica")
    joined = next(c for t, c in found.items() if "Pacific Trade Initiative" in t)
    assert (joined.date.year, joined.date.month) == (2007, 11)
    assert joined.title.startswith("Costa Rica joins")
    bankrupt = next(c for t, c in found.items() if "bankrupt" in t)
    assert bankrupt.date.year == 1889 and bankrupt.title == "Company goes bankrupt"


def test_a_fronted_day_is_no_part_of_a_title_and_another_s_deadline_no_date_of_a_criticism() -> None:
    # verify57 F14: "On 9 January 1964, riots broke out" was titled "January 1964, riots";
    # "Beijing has criticised the sale, and Panama's comptroller said he would complete an
    # audit ... by April" was "by the end of April 2025: Beijing criticises sale"
    riots = _with("On 9 January 1964, riots broke out in the Canal Zone.\n", "Riots",
                  dt.date(2025, 3, 10))
    assert "1964" not in riots.title
    text = ("Moscow has criticised the sale, and Chile's comptroller said he would complete an "
            "audit of the port concession by April.\n")
    assert all("criticis" not in c.title for c in events(text, dt.date(2025, 3, 10))
               if c.date.month == 4)


RELEASE = ("Minister for Trade\nSenator the Hon Don Farrell\n\nMEDIA RELEASE\n\n3 March 2026\n\n"
           "Trade Ministers' Meeting in Jakarta\n\n"
           "Today I met my ASEAN counterparts, Indonesia's Trade Minister Budi Santoso and "
           "Malaysia's Trade Minister Tengku Zafrul Aziz, in Jakarta.\n")


def test_a_release_s_i_is_its_author_and_the_counterparts_listed_are_met() -> None:
    # verify57 F11: "Today I met my Quad counterparts, India's External Affairs Minister Dr S.
    # Jaishankar, ... and United States Secretary of State Marco Rubio, in Washington" was
    # "Today I met in Washington", with "Quad" alone
    (meeting,) = events(RELEASE, None)
    assert (meeting.date.month, meeting.date.day, meeting.location) == (3, 3, "Jakarta")
    assert {"Don Farrell", "Budi Santoso", "Tengku Zafrul Aziz"} <= set(meeting.participants)
    assert "Today I" not in meeting.title


def test_a_release_s_we_are_its_author_and_those_met() -> None:
    # verify57 F11: "Together we launched the Quad Critical Minerals Initiative" gave no row,
    # and "We first met in Washington on 21 January, the day after President Trump's
    # inauguration" named Trump alone
    text = RELEASE + ("\nTogether we launched the ASEAN Trade Facilitation Initiative.\n\n"
                      "We first met in Kuala Lumpur on 21 January, the day after President "
                      "Prabowo's speech.\n")
    found = events(text, None)
    launch = next(c for c in found if "Initiative" in c.title)
    assert (launch.date.month, launch.date.day) == (3, 3)
    assert {"Don Farrell", "Budi Santoso"} <= set(launch.participants)
    first = next(c for c in found if c.date.month == 1 and c.category == "meeting")
    assert {"Don Farrell", "Budi Santoso"} <= set(first.participants)
    assert "Prabowo" not in first.participants


def test_a_named_summit_a_state_will_host_is_titled_by_its_host() -> None:
    # verify57 F11: "India will host the Quad Leaders' Summit later this year" was "India and
    # Quad meet in India (scheduled)"
    text = RELEASE + "\nIndonesia will host the ASEAN Leaders' Summit later this year.\n"
    summit = next(c for c in events(text, None) if c.date.year == 2026 and c.date.month is None)
    assert summit.title.startswith("Indonesia hosts ASEAN Leaders' Summit")
    # (and "the next ... Meeting": "Australia and Quad meet in Australia" for "Australia will
    # host the next Quad Foreign Ministers' Meeting in 2026")
    text = RELEASE + "\nMalaysia will host the next ASEAN Economic Ministers' Meeting in 2027.\n"
    meeting = next(c for c in events(text, None) if c.date.year == 2027)
    assert meeting.title.startswith("Malaysia hosts next ASEAN Economic Ministers' Meeting")


def test_an_event_the_day_before_a_dated_one_is_a_row_of_that_day() -> None:
    # verify57 F11: "We first met in Washington on 21 January, the day after President
    # Trump's inauguration" lost the inauguration (20 January)
    text = ("The ministers first met in Jakarta on 21 October, the day after President "
            "Prabowo's inauguration.\n")
    found = events(text, dt.date(2025, 3, 10))
    sworn = next(c for c in found if "inauguration" in c.title)
    assert (sworn.date.year, sworn.date.month, sworn.date.day) == (2024, 10, 20)
    assert any((c.date.month, c.date.day) == (10, 21) and c.category == "meeting" for c in found)


def test_a_speech_named_by_its_occasion_is_a_row() -> None:
    # verify57 F15: "When Donald Trump said in his inaugural address on 20 January that 'we're
    # taking it back', he revived a quarrel" gave no row
    text = ("When Javier Milei said in his inaugural address on 10 December that the islands "
            "were Argentine, he revived an old quarrel.\n")
    speech = _with(text, "address", dt.date(2024, 3, 10))
    assert (speech.date.year, speech.date.month, speech.date.day) == (2023, 12, 10)
    assert speech.participants == ("Javier Milei",) and speech.category == "statement"


def test_what_a_deal_is_expected_to_have_done_to_it_is_in_its_title() -> None:
    # verify57 F5: "Lula said on Friday he expected the deal to be applied provisionally by
    # the end of 2026" was titled "... expects deal to be"
    text = LEAD + "Trade Secretary Peter Kyle said on Monday he expected the deal to be " \
        "applied provisionally by the end of 2026.\n"
    due = _with(text, "provisionally")
    assert "deal to be applied provisionally" in due.title


def test_what_a_crowd_came_into_a_city_to_do_was_there() -> None:
    # verify57's A1: "Thousands of farmers drove tractors into Brussels on Dec. 18 to protest
    # against the accord" had no place
    text = LEAD + "Hundreds of fishermen drove trucks into London on March 2 to protest against " \
        "the pact.\n"
    protest = _with(text, "Protest")
    assert protest.location == "London"


def test_what_a_which_clause_will_do_to_the_noun_before_it_is_its_object() -> None:
    # verify57 F11: "Australia welcomes Timor-Leste's admission as ASEAN's eleventh member,
    # which leaders are expected to confirm at the ASEAN Summit in Kuala Lumpur in October"
    # was "Leaders to confirm at the ASEAN Summit in Kuala Lumpur"
    text = RELEASE + ("\nAustralia welcomes Papua New Guinea's admission as the bloc's newest "
                      "member, which leaders are expected to confirm at the ASEAN Summit in "
                      "Kuala Lumpur in October.\n")
    confirm = _with(text, "confirm")
    assert "Papua New Guinea's admission" in confirm.title and confirm.date.month == 10
    assert "Papua New Guinea" in confirm.participants


def test_whom_a_participle_meeting_names_is_met() -> None:
    # verify57's A3: "Secretary of State Marco Rubio chose Panama for his first trip abroad,
    # meeting President Jose Raul Mulino in Panama City on 2 February" named Rubio, not Mulino
    text = ("Foreign Minister Penny Wong chose Fiji for her first trip abroad, meeting Prime "
            "Minister Sitiveni Rabuka in Suva on 2 February.\n")
    meeting = _with(text, "meet", dt.date(2025, 3, 10))
    assert {"Penny Wong", "Sitiveni Rabuka"} <= set(meeting.participants)
    assert meeting.location == "Suva"
