"""The place a sentence states, not the dateline's (verify61 F1, F7).  Texts written for
these tests.

- F1: "the Special Representatives (SRs) of China and India ... in New Delhi": an acronym in
  brackets ended the talks' phrase, so the place and the parties after it were lost and the
  dateline's city (Beijing) was the place.
- F7: "India and China resumed direct passenger flights on Sunday" under a NEW DELHI dateline
  was "resume direct passenger flights in New Delhi": flights run between cities.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

TALKS = ("Ministers hold talks\n\n"
         "HANOI, March 4 (VNA) -- Foreign Minister Bui Thanh Son and Foreign Minister Sok "
         "Chenda Sophea held the fifth meeting of the Joint Commission for Border Affairs "
         "(JCBA) of Vietnam and Cambodia in Phnom Penh on Tuesday.\n")


def test_an_acronym_in_brackets_ends_no_phrase() -> None:
    rows = extract_events(TALKS, dct=dt.date(2025, 3, 4)).candidates
    assert [(c.location, "Cambodia" in c.participants) for c in rows] == [("Phnom Penh", True)]


def test_without_the_acronym_the_same() -> None:
    rows = extract_events(TALKS.replace(" (JCBA)", ""), dct=dt.date(2025, 3, 4)).candidates
    assert [(c.location, "Cambodia" in c.participants) for c in rows] == [("Phnom Penh", True)]


FLIGHTS = ("Direct flights resume\n\n"
           "BANGKOK, Oct 26 (Reuters) - Thailand and Myanmar resumed direct passenger flights "
           "on Sunday for the first time in four years.\n")


def test_flights_resumed_are_not_at_the_dateline_s_city() -> None:
    rows = extract_events(FLIGHTS, dct=dt.date(2025, 10, 26)).candidates
    assert len(rows) == 1 and rows[0].location == ""
    assert "Bangkok" not in rows[0].title


def test_a_signing_on_flights_is_still_at_the_dateline_s_city() -> None:
    text = FLIGHTS.replace("resumed direct passenger flights",
                           "signed an agreement to resume direct passenger flights")
    rows = extract_events(text, dct=dt.date(2025, 10, 26)).candidates
    assert [c.location for c in rows] == ["Bangkok"]


def test_the_saying_s_day_is_no_second_act_of_the_agreement() -> None:
    """verify61 F22: "agreed on Tuesday to reopen ..., the ministry said on Wednesday" gave a
    second row, "China agrees to reopen ..." on the Wednesday."""
    text = ("Border crossing to reopen\n\n"
            "KATHMANDU, Aug 20, 2025 (PTI) - Nepal and India agreed on Tuesday to reopen the "
            "border crossing at Banbasa, the foreign ministry said on Wednesday.\n")
    rows = extract_events(text).candidates
    assert [(c.date.day, c.date.month) for c in rows] == [(19, 8)], [c.title for c in rows]


def test_a_complement_s_own_date_stays_its_own() -> None:
    text = ("Ministers to meet again\n\n"
            "KATHMANDU, Aug 20, 2025 (PTI) - Nepal and India agreed on Tuesday to reopen the "
            "border crossing at Banbasa on September 1.\n")
    days = sorted((c.date.month, c.date.day) for c in extract_events(text).candidates)
    assert (9, 1) in days
