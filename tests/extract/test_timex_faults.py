"""The date faults of issue 8, section 2: each kind with its example as a test.

DCTs are given with each case; values are TimeML TIMEX3.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract.timex import tag_timexes

D = dt.date


def values(text: str, dct: dt.date, mode: str = "news") -> list[tuple[str, str, str | None]]:
    """(text, value, mod) of each expression."""
    out = tag_timexes(text, dct, mode=mode)
    for t in out:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.value, t.mod) for t in out]


def value_of(text: str, dct: dt.date, expr: str) -> str:
    found = [v for t, v, _ in values(text, dct) if t == expr]
    assert found, values(text, dct)
    return found[0]


# ---------------------------------------------------------------- tense and the year of a month


@pytest.mark.parametrize(("dct", "text", "expr", "value"), [
    (D(2025, 4, 4), "Exports rose in May.", "May", "2024-05"),
    (D(2025, 4, 4), "Exports will rise in May.", "May", "2025-05"),
    (D(2024, 6, 22), "The agreement expires on December 31.", "December 31", "2024-12-31"),
    (D(2012, 12, 31), "Parliament votes this Friday.", "this Friday", "2013-01-04"),
    (D(2024, 3, 18), "The scheme runs through July.", "July", "2024-07"),
    # the simple present of coming and going is a timetable: the coming weekday (Tue 3 March)
    (D(2026, 3, 3), "The minister leaves for Washington on Wednesday.", "Wednesday",
     "2026-03-04"),
    (D(2026, 3, 3), "The delegation arrives in Oslo on Friday.", "Friday", "2026-03-06"),
    (D(2026, 3, 3), "The delegation arrived in Oslo on Friday.", "Friday", "2026-02-27"),
    # weak cues do not overrule a date shortly ahead: 'is heard in May', 'which expire Nov. 21'
    (D(2000, 3, 29), "The case is heard in May in the appeals court.", "May", "2000-05"),
    (D(1989, 11, 2), "The rights, which expire Nov. 21, can be exercised.", "Nov. 21", "1989-11-21"),
])
def test_tense_decides_the_year_of_a_month(dct: dt.date, text: str, expr: str, value: str) -> None:
    assert value_of(text, dct, expr) == value


# ---------------------------------------------------------------- ranges share year, month, day


@pytest.mark.parametrize(("text", "expected"), [
    ("The war lasted from March to May 1965.", [("March", "1965-03"), ("May 1965", "1965-05")]),
    ("The talks ran March 9-13, 2012.", [("March 9", "2012-03-09"), ("13, 2012", "2012-03-13")]),
    ("The siege lasted from March 3 to April 20, 1995.",
     [("March 3", "1995-03-03"), ("April 20, 1995", "1995-04-20")]),
    ("the drought of 2015-2016", [("2015", "2015"), ("2016", "2016")]),
    ("Throughout 1915-17, the empire suffered.", [("1915", "1915"), ("17", "1917")]),
    ("He will visit Beijing from 21 to 23 January 2024.", [("21", "2024-01-21"), ("23 January 2024", "2024-01-23")]),
    # (a past act fronted by its date is not after the DCT of 22 March 2025: verify49 F9)
    ("On 12-14 July the division embarked.", [("12", "2024-07-12"), ("14 July", "2024-07-14")]),
    ("They will meet next June 11.", [("next June 11", "2025-06-11")]),
    ("It happened at 3pm on 5/6/2007.", [("3pm on 5/6/2007", "2007-05-06T15:00")]),
])
def test_parts_of_a_range_share_year_month_and_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in values(text, D(2025, 3, 22))] == expected


# ---------------------------------------------------------------- forms


@pytest.mark.parametrize(("dct", "text", "expected"), [
    (D(2025, 3, 5), "The vote is on the 11th.", [("the 11th", "2025-03-11", None)]),
    (D(2025, 3, 22), "The treaty was signed on 2 October 1920. On the 5th, the troops left.",
     [("2 October 1920", "1920-10-02", None), ("the 5th", "1920-10-05", None)]),
    (D(2025, 3, 22), "They met on 3 March. The day before, the envoy arrived.",
     [("3 March", "2025-03-03", None), ("The day before", "2025-03-02", None)]),
    (D(2025, 3, 22), "The deal was signed on 19-Nov-2012.", [("19-Nov-2012", "2012-11-19", None)]),
    (D(2025, 3, 22), "The deal was signed on 10.11.2020.", [("10.11.2020", "2020-11-10", None)]),
    (D(2025, 3, 22), "It began at the beginning of the 1990s.",
     [("the beginning of the 1990s", "199", "START")]),
    (D(2025, 3, 22), "Caesar was killed on March 15, 44 BC.", [("March 15, 44 BC", "BC0044-03-15", None)]),
    (D(2025, 3, 22), "Athens fell in 404 BC.", [("404 BC", "BC0404", None)]),
])
def test_forms(dct: dt.date, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, dct) == expected


def test_on_the_nth_floor_is_no_date() -> None:
    assert values("They met on the 11th floor.", D(2025, 3, 5)) == []


# ---------------------------------------------------------------- offsets keep their anchor's day


@pytest.mark.parametrize(("dct", "text", "expr", "value", "mod"), [
    (D(2018, 5, 29), "The summit is two weeks from today.", "two weeks from today", "2018-06-12", "APPROX"),
    (D(2025, 3, 22), "They met on 3 March. Two weeks later, they signed.", "Two weeks later",
     "2025-03-17", "APPROX"),
    (D(2025, 3, 22), "The treaty was signed on 3 May 1951. Ten days after the signing, it took effect.",
     "Ten days after", "1951-05-13", None),
])
def test_offsets_keep_the_day_of_their_anchor(dct: dt.date, text: str, expr: str, value: str,
                                             mod: str | None) -> None:
    assert (expr, value, mod) in values(text, dct)


def test_a_duration_before_an_event_mid_sentence_is_no_date() -> None:
    found = values("A jogger saw the car at 6 a.m. ten days before the shooting.", D(1999, 4, 19))
    assert not any(v.startswith("1999-04-0") for _, v, _ in found)


# ---------------------------------------------------------------- rates, vague, comparative


@pytest.mark.parametrize(("text", "expected"), [
    ("They fired 40 rockets per day.", [("per day", "P1D")]),
    ("The rains came two weeks earlier than usual.", [("two weeks", "P2W")]),
    ("Now, the ministry said it would act.", [("Now", "PRESENT_REF")]),
    ("Spending will rise over the next decade.", [("the next decade", "P1DE")]),
    ("It takes between 12 and 18 months.", [("12", "P12M"), ("18 months", "P18M")]),
])
def test_rates_vague_and_comparative_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in values(text, D(2025, 3, 22))] == expected


def test_a_rate_is_a_set() -> None:
    (t,) = tag_timexes("They fired 40 rockets per day.", D(2025, 3, 22))
    assert t.type == "SET"


# ---------------------------------------------------------------- words that are not dates


@pytest.mark.parametrize("text", [
    "March on the palace, they urged.",
    "Clocks go back at the end of British Summer Time.",
    "Protests of the Arab Spring spread.",
])
def test_non_temporal_words_stay_untagged(text: str) -> None:
    assert values(text, D(2025, 3, 22)) == []


def test_a_sentence_ending_month_leaves_the_full_stop_out() -> None:
    assert values("They met on 3 March. Then they left.", D(2025, 3, 22)) == [("3 March", "2025-03-03", None)]


# ---------------------------------------------------------------- found on the event dev set


def test_looks_forward_to_looks_ahead_and_a_later_month_in_the_sentence_follows() -> None:
    text = ("Wang said China looks forward to Lula's attendance at the summit in Kazan in October "
            "and to Xi's state visit to Brazil after the G20 summit in Rio de Janeiro in November.")
    found = {t: v for t, v, _ in values(text, D(2024, 5, 14))}
    assert found == {"October": "2024-10", "November": "2024-11"}


def test_may_the_prime_minister_is_no_month() -> None:
    text = "British voters chose to leave in June, and May has said she will act by the end of March."
    assert [t for t, _, _ in values(text, D(2017, 1, 27))] == ["June", "the end of March"]


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("Trump took office a week ago.", "2017-01-20", "APPROX"),
    ("They met two weeks ago.", "2017-01-13", "APPROX"),
    ("They met six weeks ago.", "2016-W50", None),  # a longer count: the week
])
def test_a_few_weeks_ago_is_about_a_day(text: str, value: str, mod: str | None) -> None:
    (found,) = values(text, D(2017, 1, 27))
    assert found[1:] == (value, mod)


# ---------------------------------------------------------------- month of the year just named


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The truce brokered in April 2022 expired in October of that year.",
     "October of that year", "2022-10"),
    ("The country was occupied in June 1940, and on August 3 of that year it was annexed.",
     "August 3 of that year", "1940-08-03"),
    ("A blockade began in April 1990, and on January 13 the following year troops stormed "
     "the tower.", "January 13 the following year", "1991-01-13"),
    ("Talks opened in May 2003 and ended in March of the previous year's format.",
     "May 2003", "2003-05"),  # (not a month 'of the previous year': left alone)
])
def test_a_month_of_that_year_takes_the_year_just_named(text: str, expr: str, value: str) -> None:
    for dct, mode in ((D(2024, 9, 18), "news"), (None, "narrative")):
        found = {t: v for t, v, _ in values(text, dct, mode)}  # type: ignore[arg-type]
        assert found.get(expr) == value, found


def test_a_plan_further_back_than_the_cue_window_looks_ahead() -> None:
    # Friday 27 January 2017: 'was scheduled to fly ... on Saturday' is the next day
    text = ("After leaving Washington, May was scheduled to fly to Ankara for talks with "
            "Turkish President Recep Tayyip Erdogan on Saturday.")
    assert value_of(text, D(2017, 1, 27), "Saturday") == "2017-01-28"
    # a past verb between the plan and the day keeps it in the past
    text = ("The envoy was scheduled to fly to Ankara, but the talks were cancelled and he "
            "stayed in the capital on Saturday.")
    assert value_of(text, D(2017, 1, 27), "Saturday") == "2017-01-21"


@pytest.mark.parametrize(("text", "value"), [
    # a year or a month mentioned after the day does not take 'the following day' from it
    ("He arrived on 10 July for a state visit, his second since 2024. He held talks the "
     "following day.", "2025-07-11"),
    ("The envoy landed on 3 March, weeks after the May 2024 accord. The next day he left.",
     "2025-03-04"),
])
def test_the_following_day_counts_from_the_last_day_mentioned(text: str, value: str) -> None:
    found = [v for t, v, _ in values(text, D(2025, 7, 12)) if t.lower() in (
        "the following day", "the next day")]
    assert found == [value], values(text, D(2025, 7, 12))


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The bloc expanded on 1 May 2004. Talks ended on Christmas Eve that year.",
     "Christmas Eve that year", "2004-12-24"),
    ("The treaty lapsed in March 2011, and a new one was signed on New Year's Day the "
     "following year.", "New Year's Day the following year", "2012-01-01"),
])
def test_a_holiday_in_the_year_of_the_date_before(text: str, expr: str, value: str) -> None:
    assert value_of(text, D(2025, 6, 2), expr) == value


def test_weeks_after_a_month_keep_the_months_precision() -> None:
    # counted from 'in May', two weeks later is about May (or June), never a week
    assert values("The envoys met in May, and two weeks later they signed a pact.",
                  D(2025, 9, 1))[-1] == ("two weeks later", "2025-05", "APPROX")


@pytest.mark.parametrize(("text", "value"), [
    # a month told in the past after one dated with its year, in the same sentence: that year
    ("Talks were first held in March 2019 and resumed in May.", "2019-05"),
    ("The pact was signed on March 3, 2019, and ratified on June 9.", "2019-06-09"),
    # not a plan, not a month before the dated one, not in another sentence
    ("Talks began in March 2019 and will resume in May.", "2026-05"),
    ("Talks began in November 2019 and resumed in May.", "2025-05"),
    ("Talks began in March 2019. They resumed in May.", "2025-05"),
])
def test_a_year_less_month_after_a_dated_one_in_the_sentence(text: str, value: str) -> None:
    assert values(text, D(2025, 6, 11))[-1][1] == value


def test_a_year_less_season_after_a_dated_month_in_the_sentence() -> None:
    assert values("Talks were first held in March 2019 and resumed in the autumn.",
                  D(2025, 6, 11))[-1][1] == "2019-FA"
