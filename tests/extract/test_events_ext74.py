"""The lead's own news (session 45, ext74, from verify55's South Caucasus wires, F34 and
F22): a dateline that is a sentence of its own ("MOSCOW, November 18. /TASS/.", "BAKU,
Azerbaijan, October 10.") is not the lead; a statement made after a meeting of its own
sentence is that meeting; a gerund "after meeting X" names who met.

The texts are invented in those shapes (none is a dev article's, hers, or an evaluation
corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

DCT = dt.date(2025, 3, 12)  # a Wednesday

events, _with = readers(DCT)

_TASS_LEAD = (
    "Fidan says Turkey ready to back Kars-Gyumri railway\n\n"
    "ANKARA, March 12. /TASS/. Turkish Foreign Minister Hakan Fidan said on Wednesday that "
    "Ankara is ready to support the reopening of the Kars-Gyumri railway, after meeting "
    "Georgian Foreign Minister Maka Botchorishvili in Ankara.\n\n"
    "The two ministers last met in Tbilisi in January.\n")


def test_a_statement_after_a_meeting_under_a_dateline_sentence_is_that_meeting() -> None:
    # verify55 F34: "MOSCOW, November 18. /TASS/." was taken for the lead, so the lead's
    # statement was never looked for, and the gerund's meeting named nobody: no row at all
    found = events(_TASS_LEAD)
    day = [c for c in found if c.date.year == 2025 and c.date.month == 3]
    assert len(day) == 1, [(str(c.date), c.title) for c in found]
    (met,) = day
    assert str(met.date) == "12 March 2025"
    assert met.category == "meeting"
    assert met.title == "Hakan Fidan and Maka Botchorishvili meet in Ankara"
    # (what was said is about a railway, not who met: no state of its object joins)
    assert list(met.participants) == ["Hakan Fidan", "Maka Botchorishvili"]
    assert met.location == "Ankara"
    assert "said on Wednesday" in met.evidence[0].sentence


def test_a_statement_after_a_meeting_of_another_day_stays_apart() -> None:
    found = events(
        "ANKARA, March 12. /TASS/. Turkish Foreign Minister Hakan Fidan said on Wednesday "
        "that Ankara is ready to support the reopening of the Kars-Gyumri railway, a day "
        "after meeting Georgian Foreign Minister Maka Botchorishvili in Tbilisi on "
        "Tuesday.\n")
    titles = sorted(c.title for c in found)
    assert any(t.startswith("Hakan Fidan says") for t in titles), titles
    assert "Hakan Fidan and Maka Botchorishvili meet in Tbilisi" in titles, titles


def test_the_lead_after_a_dateline_sentence_is_dated_by_the_dateline() -> None:
    # verify55 F22's shape: "BAKU, Azerbaijan, October 10." is a sentence; the lead's act
    # with no date of its own is the dateline's day (as under any other dateline)
    found = events("Georgia reopens Upper Lars crossing\n\n"
                   "TBILISI, Georgia, June 2. Georgia has reopened the Upper Lars border "
                   "crossing with Russia to cargo trucks, the country's Interior Ministry "
                   "reports.\n\nThe crossing was closed in May after a landslide.\n",
                   dt.date(2025, 6, 2))
    (lead,) = [c for c in found if "reopens" in c.title]
    assert (lead.date.year, lead.date.month, lead.date.day) == (2025, 6, 2)


_TREND_LEAD = (
    "Kazakhstan lifts ban on grain exports to Kyrgyzstan - President Tokayev\n\n"
    "ASTANA, Kazakhstan, March 4. President of Kazakhstan Kassym-Jomart Tokayev announced "
    "that Kazakhstan has lifted its ban on grain exports to Kyrgyzstan, Kazinform reports.\n\n"
    "The head of state made the statement during a meeting with President Sadyr Japarov "
    "in Bishkek on 04.03.2025.\n")


def test_a_statement_takes_the_date_and_place_of_the_occasion_it_was_made_at() -> None:
    # verify55 F22: "The head of state made the statement during a meeting ... in Dushanbe
    # on 10.10.2025": the lead's announcement had no row (its lead was the dateline's
    # sentence), and would have had the dateline's day, circa, and place
    found = events(_TREND_LEAD, dt.date(2025, 3, 4))
    (said,) = [c for c in found if "announces" in c.title]
    assert str(said.date) == "4 March 2025"  # (not circa)
    assert said.location == "Bishkek"
    assert "04.03.2025" in said.date_basis


def test_the_occasion_s_own_day_dates_the_statement_under_any_dateline() -> None:
    found = events("ASTANA, March 4 (Kazinform) - President Kassym-Jomart Tokayev announced "
                   "that Kazakhstan has lifted its ban on grain exports to Kyrgyzstan.\n\n"
                   "The president made the remarks at a news conference in Almaty on "
                   "Monday.\n", dt.date(2025, 3, 4))
    (said,) = [c for c in found if "announces" in c.title]
    assert str(said.date) == "3 March 2025", said.date_basis  # (Monday: not the dateline's)
    assert said.location == "Almaty"


def test_a_first_journey_is_an_event_whatever_its_verb_s_object() -> None:
    # verify55 F22: "the first shipment of Kazakh grain destined for Armenia had already
    # crossed Azerbaijani territory via Georgia earlier this week" and "the first train
    # would reach Armenia in November" gave no rows ("crossed" wanted a border, "already
    # crossed Azerbaijani" was read as an adjective, and "reach" was no trigger)
    text = ("ASTANA, March 12 (Kazinform) - Kazakhstan and Kyrgyzstan agreed on Wednesday to "
            "open a new rail corridor.\n\nAccording to the minister, the first consignment of "
            "Kazakh wheat bound for Tajikistan had already crossed Kyrgyz territory earlier "
            "this week. The first freight train would reach Dushanbe in April.\n")
    found = events(text)
    (crossed,) = [c for c in found if "crosses" in c.title]
    assert crossed.title == "First consignment of Kazakh wheat crosses Kyrgyz territory"
    assert crossed.category == "event"
    assert crossed.date.circa and (crossed.date.year, crossed.date.month) == (2025, 3)
    (train,) = [c for c in found if "train" in c.title]
    assert train.title.startswith("First freight train"), train.title
    assert train.title.endswith("(scheduled)")
    assert str(train.date) == "April 2025"
    assert train.location == "Dushanbe"  # (the city it reaches)


def test_a_journey_that_is_no_first_or_a_reach_of_an_agreement_is_no_row() -> None:
    found = events("ASTANA, March 12 (Kazinform) - Trucks crossed Kyrgyz territory earlier "
                   "this week. The two sides reached an agreement on rail tariffs in 2024.\n")
    assert not any("cross" in c.title for c in found), [c.title for c in found]
    assert not any(c.title.startswith("Two sides reach") and c.category == "event"
                   for c in found), [c.title for c in found]


# ------------------------------------------------ ext73's leftovers of verify55's RFE/RL piece

def test_what_was_said_in_an_interview_is_a_dated_statement() -> None:
    # "Aliyev said in an interview with Al Arabiya last week that there would be no
    # signature before then" had no row
    text = ("YEREVAN, March 12 (Reuters) - Armenia and Azerbaijan have not yet signed the "
            "treaty.\n\nPashinyan said in a television interview with Euronews on Sunday "
            "that the signing could wait until after the elections.\n")
    (said,) = [c for c in events(text) if c.title.startswith("Pashinyan says")
               or c.title.startswith("Nikol Pashinyan says")]
    assert str(said.date) == "9 March 2025"
    assert said.category == "statement"


def test_a_count_of_people_who_left_is_an_event_of_the_story_s_year() -> None:
    # "On September 28, their leader signed a decree dissolving the self-declared republic
    # from January 1, 2024. By early October, more than 100,000 Armenians had left." had no
    # row; "early October" is the story's October (2023), not the one after the decree's
    # day of effect
    text = ("TBILISI, March 12 (Reuters) - Talks resumed on Wednesday.\n\n"
            "On August 3, 2023, the council signed a decree closing the camps from "
            "January 1, 2024. By late September, more than 20,000 Ukrainians had left.\n")
    (left,) = [c for c in events(text) if "leave" in c.title]
    assert left.title == "More than 20,000 Ukrainians leave"
    assert (left.date.year, left.date.month) == (2023, 9), left.date_basis


def test_a_range_from_a_later_day_still_moves_the_story_on() -> None:
    # (guard: "from May 20 to 23" is when the story is, not a date of effect)
    found = events("TBILISI, March 12 (Reuters) - On February 3, 2024, the ministers met in "
                   "Baku. The talks ran from May 20 to 23, 2024. In early June, the two "
                   "presidents met in Tbilisi.\n")
    (june,) = [c for c in found if "Tbilisi" in c.title]
    assert (june.date.year, june.date.month) == (2024, 6)


def test_a_process_to_be_completed_by_a_day_is_a_row_of_its_own() -> None:
    # "On September 1, the OSCE's foreign ministers approved a decision to close the Minsk
    # Group's structures, a process to be completed by December 1" was one row, the decision
    found = events("VIENNA, March 12 (Reuters) - On March 3, the council approved a decision "
                   "to close the mission's field offices, a process to be completed by June "
                   "30.\n")
    (done,) = [c for c in found if "completed" in c.title]
    assert (done.date.year, done.date.month, done.date.day) == (2025, 6, 30)
    # (the process is the act the decision names)
    assert done.title == ("Process to close the mission's field offices completed "
                          "(scheduled)"), done.title
    assert any("approve" in c.title and str(c.date) == "3 March 2025" for c in found)
