"""Extraction defects fresh users found in session 11's trials (verify12, trial12) and
ext12's own articles, still open on session 12's main: a statement with no place and a
title that said nothing ("ASEAN: Statement"), "Ceremony (scheduled)", visits and weeks
shown as one day (no end), "G20" as a side of a meeting held on its sidelines, no event
for a delegation sent abroad, for a stop on a tour, or for a government's dated reaction
told only by "said".  The texts below rebuild the sentences those reports quote."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events

HANOI = (
    "HANOI, 14 October 2026 (Reuters) - Indonesian Foreign Minister Retno Marsudi arrived "
    "in Hanoi on Tuesday for a three-day official visit, during which she met her Vietnamese "
    "counterpart Bui Thanh Son on Wednesday to sign a protocol on the two countries' "
    "exclusive economic zone boundary.\n\n"
    "Son said he would visit Jakarta in early 2027 to attend the celebration of 70 years of "
    "diplomatic relations, which the two countries will mark at a ceremony on 30 December "
    "2026.\n\n"
    "The Association of Southeast Asian Nations (ASEAN) welcomed the signing in a statement "
    "issued in Jakarta on Tuesday.")

BEIJING = (
    "BEIJING, 30 November 2026 (AFP) - Chinese Foreign Minister Wang Yi met Brazilian "
    "Foreign Minister Mauro Vieira in Beijing on Monday and the two sides agreed to expand "
    "the settlement of trade in yuan and reais.\n\n"
    "Vieira said Brazil would send a trade delegation to Shanghai next month. The two "
    "ministers last met in Rio de Janeiro in November 2024 on the sidelines of the G20 "
    "summit.")

JAKARTA = (
    "JAKARTA, 14 November 2026 (Reuters) - Brazilian President Luiz Inacio Lula da Silva and "
    "Indonesian President Prabowo Subianto signed a joint declaration on tropical forest "
    "protection in Jakarta on Tuesday.\n\n"
    "Lula arrived in Jakarta on Monday after a two-day stop in Kuala Lumpur, where he "
    "attended a business forum with Malaysian Prime Minister Anwar Ibrahim.\n\n"
    "The two presidents will meet again at the G20 summit in Johannesburg next week, a "
    "Brazilian official said.")

GENEVA = (
    "GENEVA (AP) \u2014 Updated 5:42 PM GMT+1, February 19, 2027\n\n"
    "Armenia and Azerbaijan initialed a draft agreement on the delimitation of their border "
    "on Thursday, the Swiss foreign ministry said.\n\n"
    "Russia, which brokered the 2020 ceasefire, was not invited to the Geneva talks. The "
    "Kremlin said on Friday it had not been consulted.")


def _found(text: str, dct: dt.date | None = None):  # type: ignore[no-untyped-def]
    return extract_events(text, dct=dct).candidates


def test_a_statement_says_what_it_welcomed_and_where_it_was_issued() -> None:
    statement = next(c for c in _found(HANOI) if c.category == "statement")
    assert statement.title.startswith("ASEAN welcomes signing"), statement.title  # was "ASEAN: Statement"
    assert statement.location == "Jakarta"  # was none
    assert "ASEAN" in statement.participants


def test_a_ceremony_says_what_it_marks() -> None:
    ceremony = next(c for c in _found(HANOI) if c.date == FuzzyDate(2026, 12, 30))
    # was "Ceremony (scheduled)"
    assert ceremony.title == ("Indonesia and Vietnam mark 70 years of diplomatic relations at a "
                              "ceremony (scheduled)")


def test_a_three_day_visit_from_its_arrival_ends_two_days_later() -> None:
    visit = next(c for c in _found(HANOI) if c.category == "visit" and c.location == "Hanoi")
    assert visit.date == FuzzyDate(2026, 10, 13)
    assert visit.end == FuzzyDate(2026, 10, 15)  # was None: one day
    assert "three-day" in visit.date_basis
    assert visit.to_event().end == FuzzyDate(2026, 10, 15)


def test_a_range_of_days_is_the_visit_s_span() -> None:
    text = ("PARIS, 20 May 2026 (AFP) - Indian Prime Minister Narendra Modi will visit Paris "
            "from 3 to 5 June, the Elysee said.")
    visit = next(c for c in _found(text) if c.location == "Paris")
    assert (visit.date, visit.end) == (FuzzyDate(2026, 6, 3), FuzzyDate(2026, 6, 5))


def test_a_state_visit_from_a_weekday_lasts_its_days() -> None:
    text = ("PARIS, 20 May 2026 (AFP) - Chinese President Xi Jinping will begin a three-day "
            "state visit to France from Monday, the Elysee said.")
    visit = next(c for c in _found(text) if c.category == "visit")
    assert (visit.date, visit.end) == (FuzzyDate(2026, 5, 25), FuzzyDate(2026, 5, 27))


def test_next_week_is_the_whole_week() -> None:
    summit = next(c for c in _found(JAKARTA) if c.location == "Johannesburg")
    # its Monday, as before, no longer circa: the week is told exactly (ext53, verify45 F21)
    assert summit.date == FuzzyDate(2026, 11, 16)
    assert summit.end is not None and (summit.end.month, summit.end.day) == (11, 22)


def test_a_date_after_another_is_no_range() -> None:
    text = ("SEOUL, 20 May 2026 (Yonhap) - The two ministers met on 3 June and 5 June in "
            "Seoul.")
    assert all(c.end is None for c in _found(text))


def test_the_body_of_a_summit_on_whose_sidelines_two_met_is_no_side() -> None:
    rio = next(c for c in _found(BEIJING) if c.date.year == 2024)
    assert "G20" not in rio.participants  # was a participant
    assert set(rio.participants) == {"Wang Yi", "Mauro Vieira"}


def test_a_delegation_sent_abroad_is_an_event() -> None:
    sent = [c for c in _found(BEIJING) if c.location == "Shanghai"]
    assert len(sent) == 1  # was no event
    assert sent[0].date == FuzzyDate(2026, 12, precision=sent[0].date.precision)
    # (ext17: a plan dated after the article is marked "(scheduled)", as every
    # other row to come; verify15)
    assert sent[0].title == "Brazil sends trade delegation to Shanghai (scheduled)"


def test_a_stop_on_a_tour_is_a_visit_on_the_days_before_the_arrival() -> None:
    stop = [c for c in _found(JAKARTA) if c.location == "Kuala Lumpur"]
    assert len(stop) == 1  # was no event
    assert stop[0].title == "Luiz Inacio Lula da Silva visits Kuala Lumpur"
    assert set(stop[0].participants) == {"Luiz Inacio Lula da Silva", "Anwar Ibrahim"}
    assert (stop[0].date.month, stop[0].date.day) == (11, 7)
    assert stop[0].end is not None and (stop[0].end.month, stop[0].end.day) == (11, 8)


def test_a_government_s_dated_reaction_told_by_said_is_a_statement() -> None:
    said = [c for c in _found(GENEVA) if "Kremlin" in c.title]
    assert len(said) == 1  # was no event
    assert said[0].title == "Kremlin says it had not been consulted"
    assert said[0].date == FuzzyDate(2027, 2, 19)


def test_said_with_a_date_but_no_reaction_is_no_event() -> None:
    text = ("MOSCOW, 19 February 2027 (Reuters) - The Kremlin said on Friday the talks were "
            "useful.")
    assert not [c for c in _found(text) if c.title.startswith("Kremlin says")]
