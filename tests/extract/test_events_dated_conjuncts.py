"""Two coordinated clauses, each with a date of its own, one of them with no trigger word
(issue 8, ``miss:merged``): two past facts with two different dates in one sentence are
two events, whatever the verb of the second ("reopened", "switched", "opened").  Made-up
sentences; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.inflection import past_tense_lemma

DCT = dt.date(2025, 3, 22)


def values(text: str) -> list[str]:
    return sorted(c.date.to_timex()[0] for c in extract_events(text, DCT).candidates)


@pytest.mark.parametrize(("text", "expected"), [
    # the second clause has its own subject and an untriggered verb
    ("Ruritania and Elbonia restored full diplomatic relations in 2004, and Ruritania's "
     "consulate in Sylvania reopened in 2008.", ["2004", "2008"]),
    ("Ruritania first established relations with Elbonia in December 1985, but a later "
     "government switched recognition to Sylvania in November 1990.", ["1985-12", "1990-11"]),
    # the subject is shared ("and opened"), a phrase with commas before the date
    ("Elbonia launched accession talks in January 2014 and opened its first two chapters, "
     "on trade and on fisheries, in December 2015.", ["2014-01", "2015-12"]),
    # the first clause is the untriggered one
    ("Ruritania removed Elbonia from its list of hostile states on May 29, 2015, and the two "
     "governments exchanged letters on July 1, 2015.", ["2015-05-29", "2015-07-01"]),
])
def test_a_dated_conjunct_without_a_trigger_is_an_event_of_its_own(
        text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    # a verb of saying is no event of its own
    "The ministers met in Cairo on March 3, 2024, and a spokesman said on March 4, 2024 "
    "that Egypt was pleased.",
    # a plan after "will" is not a past fact
    "The ministers met in Cairo on March 3, 2024, and their deputies will gather again in "
    "May 2025.",
])
def test_no_extra_event_from_saying_or_a_plan(text: str) -> None:
    dates = values(text)
    assert dates.count("2024-03-04") == 0
    assert "2024-03-03" in dates


def test_a_date_within_the_other_is_no_second_event() -> None:
    # "in March 2024 ... on March 3": the two dates may mean the same time
    text = ("Ruritania's minister arrived in Elbonia in March 2024 and the delegation "
            "toured the port on March 3, 2024.")
    assert len(values(text)) == 1


def test_a_participle_after_a_determiner_is_no_verb() -> None:
    from timeline_app.extract.pipeline.triggers import _past_verb
    clause = "the revised plan in May"
    assert _past_verb(clause, 0, len(clause), shared_subject=True) is None


def test_past_tense_lemma_knows_only_verbs() -> None:
    assert past_tense_lemma("reopened") == "reopen"
    assert past_tense_lemma("met") == "meet"
    assert past_tense_lemma("embassy") == ""
    assert past_tense_lemma("red") == ""


def test_a_date_of_the_report_is_not_the_conjunct_s() -> None:
    # "... on Wednesday and discussed ..., the ministry said Thursday": Thursday is the
    # report's day; "discussed" is no event of its own on it
    text = ("Ruritania's envoy had a breakfast meeting with his Elbonian counterpart on "
            "March 19, 2025 and discussed ways to respond, the ministry said March 20, 2025.")
    assert "2025-03-20" not in values(text)


def test_an_event_noun_in_the_first_conjunct_counts_as_its_event() -> None:
    # "revived in 2017 on the sidelines of the summit, and its leaders met in 2021": the
    # summit (a trigger) is the first conjunct's event; no second one for "revived"
    text = ("The forum was revived in November 2017 on the sidelines of the regional summit "
            "in Manila, and its leaders met in person in September 2021.")
    assert values(text).count("2017-11") == 1


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause with its own verb and date
    ("The dispute comes ahead of the elections in Elbonia on April 24, 2016, which the prime "
     "minister called in March 2016.", ["2016-03", "2016-04-24"]),
    # the main verb after a subject that a dated participle describes
    ("An earlier security agreement signed in 1995 by the two prime ministers was revoked by "
     "Ruritania in 1999 amid tensions over the border.", ["1995", "1999"]),
])
def test_a_relative_clause_or_main_verb_with_its_own_date_is_an_event(
        text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_conjunct_whose_date_a_later_trigger_names_is_that_event() -> None:
    # "renewed in 2017 during a visit": the visit (a trigger) is the 2017 event
    text = ("The two countries signed a partnership agreement in 2005, which was renewed in "
            "2017 during a visit to Sylvania by the Elbonian president.")
    assert values(text) == ["2005", "2017"]


def test_a_gapped_phrase_after_an_event_noun_is_its_second_occasion() -> None:
    # "talks in X in April and on the sidelines of Y in late May": two occasions
    text = ("It was their third meeting this year, after talks in Sylvania in April and on "
            "the sidelines of the Regional Dialogue in Elbonia in late May.")
    assert {"2025-04", "2025-05"} <= set(values(text))


def test_a_date_before_and_belongs_to_the_first_clause_even_across_an_apposition() -> None:
    # "visited X, the birthplace of Y, in May 2022, and Z last visited W in September
    # 2016": May 2022 is the first visit, not a second date of the later verb
    text = ("Ruritania's president visited Sylvania, the birthplace of its founder, in May "
            "2022, and the Elbonian premier last visited Ruritania in September 2016.")
    assert values(text) == ["2016-09", "2022-05"]


@pytest.mark.parametrize("text", [
    # the date is the predicted state's, not the verb's
    "Elbonia's carmaker posted a profit in the third quarter of 2009, and predicted that it "
    "would be profitable by 2011.",
    # the second verb shares the first one's modal: a plan, no past fact
    "The plans announced in January 2009 say that 25,000 positions should be cut and 14 "
    "plants closed by 2012.",
])
def test_no_past_event_from_a_modal_clause(text: str) -> None:
    assert "2011" not in values(text) and "2012" not in values(text)


def test_held_talks_after_a_dated_arrival_is_a_meeting_of_that_day() -> None:
    # "arrived ... on Monday for a visit and held talks with X": the talks are a meeting
    # of their own on Monday; "met ... on Monday and held talks" stays one meeting
    text = ("Ruritanian President Jan Kowal arrived in Nouakchott on Monday for a two-day "
            "visit and held talks with his Mauritanian counterpart Ahmed Ould Salem.")
    cats = sorted((c.category, c.date.to_timex()[0])
                  for c in extract_events(text, DCT).candidates)
    assert cats == [("meeting", "2025-03-17"), ("visit", "2025-03-17")]
    one = ("Ruritania's foreign minister met his Elbonian counterpart in Geneva on March 3, "
           "2025 and held talks on the border.")
    assert len(extract_events(one, DCT).candidates) == 1


@pytest.mark.parametrize("opener", ["Hours later", "A few hours later,", "Minutes later"])
def test_hours_later_is_the_day_of_the_event_told_before(opener: str) -> None:
    # a vague interval shorter than a day: the same day as the last dated event
    text = ("Ruritania's foreign minister reopened the embassy in Elbonia on March 17, 2025. "
            f"{opener} he met Elbonian President Jan Kowal at the palace.")
    cands = extract_events(text, DCT).candidates
    assert [c.date.to_timex()[0] for c in cands] == ["2025-03-17", "2025-03-17"]


@pytest.mark.parametrize(("text", "n"), [
    # a verb of speaking with the means of talks at a distance in its clause: phone talks
    ("Ruritania's foreign minister discussed regional security with his Elbonian counterpart Jan "
     "Kowal by telephone on March 17, 2025, the ministry said.", 1),
    ("Ruritania's president spoke with Elbonian President Jan Kowal about trade by phone on "
     "March 17, 2025.", 1),
    # without it, "discussed" is what talks were about, no event of its own
    ("The ministers discussed trade on March 17, 2025.", 0),
])
def test_talks_by_telephone_are_a_meeting(text: str, n: int) -> None:
    cands = extract_events(text, DCT).candidates
    assert [(c.category, c.date.to_timex()[0]) for c in cands] == [("meeting", "2025-03-17")] * n


def test_followed_by_others_later_is_the_same_act_of_theirs() -> None:
    # "X established ties with Y in June 2017, followed by Z and W the next year"
    text = ("Ruritania established ties with Elbonia in June 2017, followed by Sylvania and "
            "Freedonia the next year.")
    cands = extract_events(text, DCT).candidates
    assert [c.date.to_timex()[0] for c in cands] == ["2017-06", "2018"]
    assert cands[1].participants[:2] == ("Sylvania", "Freedonia")


def test_an_event_noun_hours_from_a_dated_event_is_another_event_that_day() -> None:
    # "held talks on Friday, hours before the opening of a summit": two meetings, one day
    text = ("Ruritania's prime minister held talks with Elbonian President Jan Kowal on "
            "Friday, hours before the opening of a two-day summit with regional leaders.")
    cands = extract_events(text, DCT).candidates
    assert [c.date.to_timex()[0] for c in cands] == ["2025-03-21", "2025-03-21"]


def test_a_date_fronted_in_a_second_clause_dates_that_clauses_verb() -> None:
    """verify55 F8: "...; the rebels agreed to a truce on March 20 and, on March 28, their
    leader signed a decree dissolving the council from January 1, 2026" dated the decree by
    the day it takes effect (its "on March 28" went back to the truce)."""
    text = ("On March 19, 2025, Elbonia launched an offensive that lasted barely a day; the "
            "Sylvanian authorities agreed to a truce on March 20 and, on March 28, their leader "
            "Ivo Marten signed a decree dissolving the self-declared council from January 1, "
            "2026.")
    cands = extract_events(text, DCT).candidates
    decree = next(c for c in cands if "decree" in c.title)
    assert decree.date.to_timex()[0] == "2025-03-28"
    assert "Ivo Marten" in decree.participants
    assert not any(c.date.to_timex()[0] == "2026-01-01" for c in cands)

