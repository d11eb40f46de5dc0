"""ext114 (blind set h19, session 54): dates anchored to the wrong reference, and spans
dated by their end — in sentences of our own with the shapes real outlets use.

"Three years ago this week" was dated to the article's own week (the tagger read "this
week" alone, "three years ago" only as a year); "from Tuesday 16 to Thursday 18 March" took
the range's end (the weekday before the first day hid the range); a diary's "(to 9 June)"
after an entry dated the visit on its last day; "closed on Friday, two weeks after its
lease expired" lost the closing and counted the expiry from the dateline."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, tag_timexes
from timeline_app.extract.events import Candidate

DAY = dt.date(2027, 3, 5)  # a Friday


def _rows(body: str, day: dt.date = DAY) -> list[Candidate]:
    text = f"Diplomacy story\n\nOSLO, {day:%B} {day.day}, {day.year} - {body}"
    return list(extract_events(text, day).candidates)


def _values(text: str, day: dt.date = DAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, day)}


# ------------------------------------------------------------ N years ago today / this week


def test_years_ago_today_is_the_article_s_day_that_many_years_back() -> None:
    assert _values("Five years ago today, Norway and Sweden signed the accord.") == {
        "Five years ago today": "2022-03-05"}


def test_years_ago_this_week_is_the_article_s_week_that_many_years_back() -> None:
    assert _values("Three years ago this week, the two envoys initialled a text.") == {
        "Three years ago this week": "2024-W10"}


def test_years_ago_this_month_is_the_article_s_month_that_many_years_back() -> None:
    assert _values("Two years ago this month, Chile and Peru signed a trade pact.") == {
        "Two years ago this month": "2025-03"}


def test_years_ago_alone_is_still_the_year() -> None:
    # (guard: the year only, as before)
    assert _values("Three years ago, the two envoys initialled a text.") == {
        "Three years ago": "2024"}


def test_an_anniversary_lead_dates_the_act_it_recalls_not_the_article() -> None:
    rows = _rows("Seven years ago today, Norway and Sweden signed the agreement that ended "
                 "their dispute over the fishing zone.")
    signed = next(r for r in rows if "sign" in r.title.lower())
    assert str(signed.date) == "5 March 2020"
    rows = _rows("Three years ago this week, the governments of Norway and Iceland announced "
                 "that their envoys had initialled a joint declaration.")
    told = next(r for r in rows if "initial" in r.title.lower())
    assert str(told.date) == "c. 4 March 2024"


# ------------------------------------------------------------ spans with weekdays


def test_a_span_with_weekdays_before_both_days_is_dated_by_its_start() -> None:
    values = _values("The President will pay a state visit to Japan from Tuesday 16 to "
                     "Thursday 18 March.")
    assert values["Tuesday 16"] == "2027-03-16"
    rows = _rows("The President of France will pay a state visit to Japan from Tuesday 16 to "
                 "Thursday 18 March.")
    visit = next(r for r in rows if r.category == "visit")
    assert str(visit.date) == "16 March 2027"
    assert str(visit.end) == "18 March 2027"


def test_a_span_with_weekdays_and_commas_is_dated_by_its_start() -> None:
    values = _values("The talks in Geneva ran from Monday, 1 to Wednesday, 3 March.")
    assert values["Monday, 1"] == "2027-03-01"


# ------------------------------------------------------------ a diary's "(to 9 June)"


def test_a_visit_s_end_in_brackets_is_not_its_day() -> None:
    rows = _rows("The Chilean President will pay an official visit to Peru (to 11 March).")
    assert not [r for r in rows if str(r.date) == "11 March 2027"]
    rows = _rows("The Moldovan President will arrive in Vilnius on Tuesday for a two-day "
                 "official visit (to 10 March).")
    visit = next(r for r in rows if r.category == "visit")
    assert str(visit.date) == "9 March 2027"


# ------------------------------------------------------------ "two weeks after" an act


def test_an_act_on_a_day_two_weeks_after_another_keeps_its_row_and_counts_from_its_day() -> None:
    rows = _rows("The Danish embassy in Oslo closed on Monday, two weeks after its lease "
                 "expired.")
    closed = next(r for r in rows if "close" in r.title.lower())
    assert str(closed.date) == "1 March 2027"
    expired = next(r for r in rows if "expire" in r.title.lower())
    assert str(expired.date) == "c. 15 February 2027"
    assert "Monday" in expired.date_basis


def test_an_office_that_closed_to_the_public_is_a_row() -> None:
    rows = _rows("The OSCE office in Oslo on Monday lowered its flag and closed to the public.")
    assert [str(r.date) for r in rows if "close" in r.title.lower()] == ["1 March 2027"]


# ------------------------------------------------------------ a state, no act


def test_a_deal_in_force_tonight_is_no_row_of_the_day() -> None:
    rows = _rows("Five years ago today, in Oslo, Norway and Sweden signed the agreement that "
                 "ended a long dispute. Tonight the deal is in force, but parts of it are "
                 "still stuck.")
    assert [str(r.date) for r in rows] == ["5 March 2022"]


def test_a_deal_in_force_since_a_year_is_still_read() -> None:
    # (guard: "in force since" is left to the rules that date a start)
    rows = _rows("The deal entered into force on 1 May 2019.")
    assert [str(r.date) for r in rows] == ["1 May 2019"]


def test_where_a_river_rises_is_no_event() -> None:
    rows = _rows("When the leader lands in China next week, one of the items on his agenda "
                 "will be a river that rises in Sikkim and reaches the Brahmaputra.")
    assert not [r for r in rows if "rise" in r.title.lower()]


def test_a_government_that_fell_and_prices_that_rose_are_still_read() -> None:
    # (guard: the subjects that make "fall" and "rise" events stay)
    rows = _rows("The Assad government fell in December. Oil prices rose in January.")
    assert sorted(str(r.date) for r in rows) == ["December 2026", "January 2027"]


# ------------------------------------------------------------ whose date it is


def test_a_condition_s_noun_takes_no_date_of_the_main_clause() -> None:
    rows = _rows('"If the treaty lapses with nothing in its place, the dry season of 2028 '
                 'will be the first in thirty years without rules on the river," said a '
                 "hydrologist.")
    assert not [r for r in rows if "treaty" in r.title.lower()]


def test_a_condition_with_its_own_date_is_still_read() -> None:
    # (guard: "If the talks in Geneva on Monday fail": the talks keep their Monday)
    rows = _rows("If the talks in Geneva on Monday fail, the two sides will meet again in "
                 "December.")
    assert [str(r.date) for r in rows if "Geneva" in r.title] == ["8 March 2027"]


def test_a_cause_after_a_date_is_not_dated_by_it() -> None:
    rows = _rows("The Committee of Ministers holds its annual session, moved from May because "
                 "of the Secretary General election.")
    assert not [r for r in rows if "election" in r.title.lower()]
    # (guard: the act before the date keeps it)
    rows = _rows("The summit was postponed in January because of the election.")
    assert [(str(r.date), r.title) for r in rows] == [("January 2027", "Summit postponed")]


def test_the_year_after_a_date_dates_the_clause_it_opens() -> None:
    rows = _rows("Processed nickel exports rose to $20.9 billion last year from just over $1 "
                 "billion in 2014, the year the first partial ban took effect.")
    assert [str(r.date) for r in rows if "ban" in r.title.lower()] == ["2014"]


# ------------------------------------------------------------ a weekday's tense


def test_a_weekday_takes_its_own_clause_s_past_over_the_next_clause_s_future() -> None:
    text = ("The Socialists filed a challenge against the commission's decision at the "
            "Chisinau Court of Appeal on Tuesday, and a ruling is expected by the end of the "
            "week.")
    assert _values(text, dt.date(2025, 9, 10))["Tuesday"] == "2025-09-09"


def test_a_weekday_with_no_past_verb_before_it_still_looks_ahead() -> None:
    # (guard: the next clause's future decides when the date's own clause has no cue)
    text = "The summit in Geneva on Tuesday, and a ruling is expected by the end of the week."
    assert _values(text, dt.date(2025, 9, 10))["Tuesday"] == "2025-09-16"
