"""Session 65, ext156: kinds of event the blind sets of fresh news missed -- a show that
opens or closes, a working meal sat down to, a fiscal year told with a comma after it, a
story dated only in its headline.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.dateline import read_dateline

HEAD = "VIENTIANE, March 12, 2026 (Lao News) - "
DAY = dt.date(2026, 3, 12)  # (a Thursday)


def _rows(sentence: str):
    return extract_events(HEAD + sentence).candidates


def test_an_exhibition_that_opens_is_a_row_titled_by_the_exhibition() -> None:
    rows = _rows("An exhibition of Khmer ceramics opened at the National Museum in Vientiane "
                 "on Tuesday.")
    assert len(rows) == 1, [c.title for c in rows]
    assert rows[0].date.day == 10 and rows[0].title.startswith("Exhibition of Khmer ceramics opens")
    assert rows[0].location == "Vientiane"


def test_a_fair_that_opens_and_an_exhibition_that_closes_are_rows() -> None:
    fair = _rows("A Japanese trade fair opened in Vientiane on Tuesday.")
    assert [c.title for c in fair] == ["Japanese trade fair opens in Vientiane"]
    shut = _rows("The exhibition closed on 2 February after drawing 40,000 visitors.")
    assert [(c.title, c.date.month, c.date.day) for c in shut] == [("Exhibition closes", 2, 2)]


def test_an_exhibition_someone_opens_is_their_act() -> None:
    rows = _rows("The two foreign ministers opened an exhibition on fifty years of ties on Monday.")
    assert len(rows) == 1 and rows[0].date.day == 9, [c.title for c in rows]
    assert "exhibition" in rows[0].title


def test_guard_a_show_in_a_relative_clause_is_no_row_of_its_own() -> None:
    rows = _rows("Wang Yi flew to Vientiane on Tuesday for the expo, which opens on Monday.")
    assert not any("xpo" in c.title for c in rows), [c.title for c in rows]


def test_a_working_dinner_sat_down_to_is_a_meeting() -> None:
    rows = _rows("Wang Yi and Saleumxay Kommasith sat down to a working dinner in Vientiane "
                 "on Tuesday.")
    assert len(rows) == 1, [c.title for c in rows]
    assert rows[0].category == "meeting" and rows[0].date.day == 10
    assert rows[0].participants[:2] == ("Wang Yi", "Saleumxay Kommasith")


def test_guard_sitting_down_with_reporters_is_no_meeting() -> None:
    assert not _rows("Wang Yi sat down with reporters on Tuesday.")


def test_a_fiscal_year_with_a_comma_after_it_keeps_the_participle_passive() -> None:
    rows = _rows("The budget for fiscal year 2025/26, approved in June, raises aid to Laos.")
    assert [c.title for c in rows] == ["Budget for fiscal year 2025/26 approved"]
    assert (rows[0].date.year, rows[0].date.month) == (2025, 6)


def test_a_fiscal_year_s_range_leaves_no_slash_in_the_title() -> None:
    rows = _rows("The parliament approved the budget for fiscal year 2025/26 on Tuesday.")
    assert [c.title for c in rows] == ["Parliament approves budget"]


HEADLINE_ONLY = ("Morocco and Spain sign fisheries accord in Rabat on 12 March 2026\n\n"
                 "The foreign ministers of Morocco and Spain signed a fisheries accord on "
                 "Thursday, officials said.\n\n"
                 "The accord replaces one that expired in 2023.\n")


def test_a_story_dated_only_in_its_headline_takes_that_day() -> None:
    found = read_dateline(HEADLINE_ONLY)
    assert (found.year, found.month, found.day) == (2026, 3, 12)
    rows = extract_events(HEADLINE_ONLY).candidates
    signed = [c for c in rows if "sign" in c.title]
    assert [(c.date.month, c.date.day) for c in signed] == [(3, 12)], [c.title for c in rows]


def test_guard_a_headline_s_day_whose_weekday_the_lead_contradicts_is_no_date() -> None:
    text = HEADLINE_ONLY.replace("on Thursday", "on Wednesday")
    assert read_dateline(text).year is None


def test_guard_a_headline_s_plan_is_no_date_of_the_story() -> None:
    text = ("Leaders to meet in Rabat on 20 March 2026\n\n"
            "The two leaders will meet on Friday, officials said.\n")
    assert read_dateline(text).year is None


def test_a_call_made_later_in_the_sentence_is_a_row_of_its_own() -> None:
    rows = _rows("Penny Wong held talks with her Lao counterpart Saleumxay Kommasith on Tuesday "
                 "morning, and later called on Prime Minister Sonexay Siphandone.")
    assert len(rows) == 2, [c.title for c in rows]
    call = next(c for c in rows if "Sonexay Siphandone" in c.participants)
    assert call.title == "Penny Wong calls on Sonexay Siphandone"
    assert call.participants == ("Penny Wong", "Sonexay Siphandone")
    assert call.date.day == 10
    talks = next(c for c in rows if c is not call)
    assert "Sonexay Siphandone" not in talks.participants


def test_guard_a_second_meeting_of_the_same_people_stays_one_row() -> None:
    rows = _rows("Penny Wong met Saleumxay Kommasith on Tuesday and later met him again for "
                 "dinner.")
    assert len(rows) == 1, [c.title for c in rows]


def test_independence_gained_from_a_state_on_a_day_is_a_row() -> None:
    rows = _rows("Mauritius gained its independence from Britain on 12 March 1968.")
    assert [(c.date.year, c.date.month, c.date.day) for c in rows] == [(1968, 3, 12)]
    assert set(rows[0].participants) == {"Mauritius", "Britain"}


def test_guard_a_key_date_s_independence_keeps_its_declaration_row() -> None:
    text = ("ASMARA, Feb 10, 2027 (AFP) - Key dates of the neighbours' ties:\n\n"
            "- May 24, 1993: Eritrea declares independence from Ethiopia. Addis Ababa welcomes "
            "the vote.\n")
    rows = extract_events(text).candidates
    assert any(c.title == "Eritrea declares independence from Ethiopia"
               and (c.date.year, c.date.month, c.date.day) == (1993, 5, 24) for c in rows), \
        [c.title for c in rows]
