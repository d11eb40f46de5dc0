"""ext114 (blind set h19, session 54): two events told in one sentence came out as one
row — in sentences of our own with the shapes real outlets use.

"called X on Monday to protest, and Y summoned the chargé the same day" gave only the
summons ("to protest" read as a noun took the call's day and the call was folded into
it); "filed a challenge ... on Tuesday, and a ruling is expected" gave only "Ruling" on the
Tuesday ("filed a challenge" was no act); "is due to travel to X next week, and the Council
will hear from the envoy, Y, in early December" made a second journey in December (the
conjunct after "and" was read as the first verb left out, though it has its own)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate

DAY = dt.date(2026, 10, 15)  # a Thursday


def _rows(body: str, day: dt.date = DAY) -> list[Candidate]:
    text = f"Diplomacy story\n\nTALLINN, {day:%B} {day.day}, {day.year} - {body}"
    return list(extract_events(text, day).candidates)


def test_a_call_to_protest_and_a_summons_the_same_day_are_two_rows() -> None:
    rows = _rows("Estonia's Foreign Minister called Virtanen on Monday to protest, and "
                 "Tallinn summoned the Finnish chargé d'affaires the same day.")
    assert sorted((str(r.date), r.title.split()[-1]) for r in rows) == [
        ("12 October 2026", "d'affaires"), ("12 October 2026", "protest")]
    call = next(r for r in rows if "call" in r.title.lower())
    assert "Protest" not in call.title.split(":")[0]


def test_a_call_to_protest_alone_is_the_call() -> None:
    rows = _rows("Latvia's Foreign Minister called Virtanen on Monday to protest.")
    assert [r.title for r in rows] == ["Latvia's Foreign Minister calls Virtanen to protest"]


def test_a_protest_noun_is_still_an_event() -> None:
    # (guard: the noun after a determiner stays a row)
    rows = _rows("Finland lodged a formal protest with Estonia on Monday.")
    assert [str(r.date) for r in rows] == ["12 October 2026"]


def test_a_challenge_filed_at_a_court_is_a_row_of_its_day() -> None:
    rows = _rows("The opposition filed a challenge against the commission's decision at the "
                 "Supreme Court on Tuesday, and a ruling is expected by the end of the week.")
    filed = [r for r in rows if "challenge" in r.title.lower()]
    assert [(str(r.date), r.category) for r in filed] == [("13 October 2026", "dispute")]
    assert not [r for r in rows if r.title == "Ruling" and str(r.date) == "13 October 2026"]


def test_a_conjunct_with_its_own_auxiliary_is_no_second_journey() -> None:
    rows = _rows("The envoy, Jan Kubis, is due to travel to Tripoli next week, and the Council "
                 "will hear from the Secretary-General, Antonio Guterres, in early December.")
    assert [str(r.date) for r in rows if r.category == "visit"] == ["19 October 2026"]


def test_a_gapped_second_visit_is_still_read() -> None:
    # (guard: a verb left out after "and" still makes a second row)
    rows = _rows("The minister met Prince Khalid in Riyadh on Monday and Badr Albusaidi in "
                 "Muscat on Tuesday.")
    assert sorted(str(r.date) for r in rows) == ["12 October 2026", "13 October 2026"]


def test_to_protest_against_a_thing_is_still_the_protest() -> None:
    # (guard: "to protest against ..." keeps its noun, and its place)
    rows = _rows("Hundreds of farmers marched through Riga on Monday to protest against the "
                 "trade pact.")
    assert [(str(r.date), r.location) for r in rows] == [("12 October 2026", "Riga")]


def test_an_ordinal_day_ends_its_sentence() -> None:
    # ("from November 1st. The bridge ...": "st." was read as "St.", one sentence, and the
    # fee cut's row ran into the next sentence)
    rows = _rows("The two presidents met at the border on Saturday and agreed to halve the "
                 "fees from November 1st. The bridge opened in 2019 after four decades of talks.")
    cut = next(r for r in rows if str(r.date) == "1 November 2026")
    assert "bridge" not in cut.title.lower()
    assert "10 October 2026" in [str(r.date) for r in rows]


def test_a_council_that_will_hear_an_envoy_is_a_row_of_its_own_date() -> None:
    rows = _rows("The envoy, Jan Kubis, is due to travel to Tripoli next week, and the Council "
                 "will hear from the Secretary-General's personal envoy, Antonio Guterres, in "
                 "early December.")
    assert sorted(str(r.date) for r in rows) == ["19 October 2026", "early December 2026"]
    heard = next(r for r in rows if str(r.date) == "early December 2026")
    assert "hears" in heard.title and heard.category != "visit"


def test_we_hear_from_a_correspondent_is_no_event() -> None:
    rows = _rows("We will hear from our correspondent in Geneva on Monday.")
    assert rows == []


def test_a_boundary_a_court_fixed_is_a_row_beside_the_meeting_that_marks_it() -> None:
    rows = _rows("Chile and Peru held a joint cabinet meeting in Arica on Wednesday to mark the "
                 "end of the demarcation of the maritime boundary that the International Court "
                 "of Justice fixed in January 2014.")
    assert sorted(str(r.date) for r in rows) == ["14 October 2026", "January 2014"]


def test_a_meeting_told_again_before_said_on_a_day_is_not_dated_by_the_saying() -> None:
    rows = _rows("The prime ministers of Estonia, Latvia and Lithuania are due to meet in "
                 "Tallinn in November, a meeting the Lithuanian side said on Friday would go "
                 "ahead as planned.")
    assert [str(r.date) for r in rows] == ["November 2026"]
