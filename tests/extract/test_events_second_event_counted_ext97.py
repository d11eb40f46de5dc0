"""A second event dated a few days or weeks after the first, in one sentence (ext97).

'... handed over command on 3 March 2024 and held the first meeting of the new council a few
days later' gave one candidate, the meeting, on the handover's day: 'a few days later' was
left unresolved (FUTURE_REF), so the sentence's one date went to both acts and they merged.
'weeks later his second' was no expression at all.  A count left unsaid ('a few', 'several',
'weeks later') is about one unit after a day or a month told just before, as the events' own
reading of 'days later' already dated an act (``test_events_split_kinds``).  The sentences are written for these tests.

News only: a history read as a narrative keeps TimeML's FUTURE_REF for them, as the WikiWars
gold writes them (``test_a_narrative_keeps_the_unspecified_value``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events, tag_timexes

DCT = dt.date(2025, 3, 12)
HEAD = "LONDON, 12 March 2025 (Reuters) - Britain and Norway signed a defence pact on Wednesday.\n\n"


def _tag(sentence: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.value, t.mod) for t in tag_timexes(HEAD + sentence, DCT)}


@pytest.mark.parametrize(("sentence", "words", "value"), [
    ("Britain handed over command on 3 March 2024 and held a meeting a few days later.",
     "a few days later", "2024-03-04"),
    ("It met on 3 May 2022 and days later it met again.", "days later", "2022-05-04"),
    # (weeks: about three, the month that lands in -- ext94's VAGUE_WEEKS, at merge)
    ("It met on 3 May 2022; weeks later it met again.", "weeks later", "2022-05"),
    ("It met on 3 May 2022, and several weeks later it met again.", "several weeks later",
     "2022-05"),
    ("It met in May 2022 and a few months later it met again.", "a few months later",
     "2022-06"),
])
def test_a_count_left_unsaid_is_about_a_unit_after_the_date_before(
        sentence: str, words: str, value: str):
    assert _tag(sentence)[words] == (value, "APPROX")


def test_with_no_date_told_just_before_it_stays_unspecified():
    filler = ("The pact covers air policing, naval patrols in the North Sea and the joint "
              "purchase of equipment, and it opens both countries' ranges to each other's "
              "forces. Officials of both ministries have worked on its text for a long time, "
              "the two ministers told reporters after the signing in London. ")
    tags = _tag(filler + "Officials expect the council to meet again a few days later.")
    assert tags["a few days later"] == ("FUTURE_REF", None)


def test_years_left_unsaid_stay_unspecified():
    tags = _tag("It met on 3 May 2022, and a few years later it met again.")
    assert tags["a few years later"][0] == "FUTURE_REF"


def test_the_second_act_is_its_own_candidate_with_its_own_date():
    text = (HEAD + "Britain handed over command of the task group on 3 March 2024 and held the "
            "first meeting of the new council a few days later.\n\n"
            "His first action as minister was a visit to Oslo in May 2022; weeks later his "
            "second was a visit to Riga.\n")
    by_date = {(c.date.year, c.date.month, c.date.day, c.date.circa): c.title
               for c in extract_events(text).candidates}
    assert "meeting" in by_date[(2024, 3, 4, True)].lower()
    assert "hand" in by_date[(2024, 3, 3, False)].lower()
    assert "Oslo" in by_date[(2022, 5, None, False)]
    assert "Riga" in by_date[(2022, 5, None, True)]


def test_after_a_bare_year_a_count_left_unsaid_stays_unspecified():
    tags = _tag("The council was set up in 2019. Its chair resigned, and weeks later the "
                "members quit.")
    assert "weeks later" not in tags  # (as before: no count, no expression)
    tags = _tag("The council was set up in 2019. Its chair resigned, and a few weeks later "
                "the members quit.")
    assert tags["a few weeks later"] == ("FUTURE_REF", None)


def test_a_date_said_right_after_the_count_is_the_acts():
    tags = _tag("It met on 27 September 2024 and launched a ground operation days later, on "
                "October 1.")
    assert "days later" not in tags
    assert tags["October 1"][0] == "2024-10-01"


def test_a_narrative_keeps_the_unspecified_value():
    text = ("The army crossed the river on 3 May 1812. A few days later it reached the "
            "capital, and weeks later it withdrew.")
    tags = {t.text: (t.value, t.mod) for t in tag_timexes(text, None, mode="narrative")}
    assert tags["A few days later"] == ("FUTURE_REF", None)
    assert "weeks later" not in tags
