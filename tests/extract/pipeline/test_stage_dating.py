"""Stage 4: dates of mentions, anchors, and the DCT."""

from __future__ import annotations

import datetime as dt

import pytest
from stage_helpers import DCT, by_word, run_until

from timeline_app.core import FuzzyDate, Precision
from timeline_app.extract.dateline import read_dateline
from timeline_app.extract.pipeline.dating import find_dct, shift, timex_to_date
from timeline_app.extract.timex import Timex


def test_a_date_goes_to_the_nearest_trigger() -> None:
    staged = run_until("The ministers met in Tokyo on Saturday.", "dating")
    assert by_word(staged, "met").date == FuzzyDate.of_day(DCT)


def test_an_interval_after_an_event_anchors_on_the_main_event() -> None:
    staged = run_until("The leaders met on Monday and two weeks after the meeting signed an "
                       "accord.", "dating")
    anchored = [m for m in staged.mentions if m.anchor is not None]
    assert anchored and anchored[0].anchor is not None and anchored[0].anchor.unit == "W"


def test_a_yardstick_is_not_a_date() -> None:
    staged = run_until("Shares fell to their lowest level since 1997 on Monday.", "dating")
    assert by_word(staged, "fell").date == FuzzyDate.of_day(dt.date(2025, 3, 17))


def test_week_values_become_their_monday_circa_and_a_weekend_its_saturday() -> None:
    date = timex_to_date(Timex(0, 9, "last week", "DATE", "2025-W11"))
    assert date is not None and date.circa and date.start == dt.date(2025, 3, 10)
    date = timex_to_date(Timex(0, 12, "last weekend", "DATE", "2025-W11-WE"))
    assert date is not None and date.circa and date.start == dt.date(2025, 3, 15)
    date = timex_to_date(Timex(0, 20, "the end of this week", "DATE", "2025-W11", mod="END"))
    assert date is not None and date.circa and date.start == dt.date(2025, 3, 14)


def test_shift_keeps_the_precision_an_interval_supports() -> None:
    day = FuzzyDate.of_day(dt.date(2025, 3, 31))
    assert shift(day, -1, 1, "M").precision is Precision.MONTH
    assert shift(day, 1, 10, "D") == FuzzyDate.of_day(dt.date(2025, 4, 10), circa=True)


def test_the_dct_comes_from_the_caller_or_the_dateline() -> None:
    assert find_dct(DCT, read_dateline("No dateline here."))[0] == DCT
    text = "TOKYO, March 22 (Kyodo) -- The ministers met on Saturday."
    dct, basis = find_dct(None, read_dateline(text, 2025))
    assert dct == DCT and "dateline" in basis


def test_an_event_just_after_a_dated_one_is_its_own_about_that_time() -> None:
    staged = run_until("China looks forward to the president's state visit to Brazil after "
                       "the G20 summit in Rio in November 2025.", "dating")
    visit = by_word(staged, "visit")
    assert visit.date == FuzzyDate(2025, 11, None, Precision.MONTH, circa=True)
    assert by_word(staged, "summit").date == FuzzyDate.of_month(2025, 11)


def test_within_a_duration_is_a_deadline_from_the_article_date() -> None:
    staged = run_until("The two states agreed on Saturday to restore relations and reopen "
                       "their embassies within two months.", "dating")
    reopen = by_word(staged, "reopen")
    assert reopen.planned and reopen.date == FuzzyDate(2025, 5, None, Precision.MONTH,
                                                       circa=True)
    assert by_word(staged, "agreed").date == FuzzyDate.of_day(DCT)


def test_a_vague_interval_after_an_event_anchors_it_one_unit_before() -> None:
    staged = run_until("She first addressed the assembly as president in September 2021, weeks "
                       "after the chaotic withdrawal from the island.", "dating")
    anchor = by_word(staged, "withdrawal").anchor
    assert anchor is not None and (anchor.sign, anchor.amount, anchor.unit, anchor.approx) == (
        -1, 1, "W", True)
    # an event with a date of its own is not counted from the other
    staged = run_until("The coalition intervened in March 2015, months after the rebels seized "
                       "the capital in September 2014.", "dating")
    assert by_word(staged, "seized").anchor is None


@pytest.mark.parametrize(("text", "mod", "precision"), [
    ("later this year", "END", Precision.YEAR),  # any time from now to December
    ("earlier this year", "START", Precision.YEAR),  # any time from January to now
    ("late this year", "END", Precision.PART_OF_YEAR),  # the late part
    ("the end of the year", "END", Precision.PART_OF_YEAR),
])
def test_later_this_year_is_the_year_and_late_this_year_its_late_part(
        text: str, mod: str, precision: Precision) -> None:
    date = timex_to_date(Timex(0, len(text), text, "DATE", "2025", mod=mod))
    assert date is not None and date.precision is precision and date.year == 2025


def test_a_relative_clause_after_an_anniversary_dates_what_it_remembers() -> None:
    # the date in 'which was founded on ...' is the founding's, never the anniversary's
    # ('began' is no trigger of its own: the date is left to the anniversary's phrase)
    staged = run_until("Next month the nation marks the 75th anniversary of the revolt, "
                       "which began on October 1, 1949.", "dating")
    assert by_word(staged, "anniversary").date == FuzzyDate.of_month(2025, 4)


def test_an_event_dated_in_its_where_clause_is_not_counted_from_the_sentence() -> None:
    # the talks have their own date; 'three weeks after' does not move them, and 'the same
    # day' dates what follows it, not the summit told first
    staged = run_until("The summit came about three weeks after the minister's trip to Rome, "
                       "where he greeted crowds on March 1, the same day a storm hit it.",
                       "dating")
    talks = by_word(staged, "trip")
    assert talks.anchor is None and talks.date == FuzzyDate.of_day(dt.date(2025, 3, 1))
    summit = by_word(staged, "summit")
    assert summit.date != FuzzyDate.of_day(dt.date(2025, 3, 1))


def test_a_vague_interval_does_not_move_an_event_dated_in_its_where_clause() -> None:
    staged = run_until("The summit came weeks after the minister's trip to Rome, where he greeted "
                       "crowds on March 1.", "dating")
    talks = by_word(staged, "trip")
    assert talks.anchor is None and talks.date == FuzzyDate.of_day(dt.date(2025, 3, 1))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The minister is expected to visit Seoul before the end of the year.",
     FuzzyDate.of_year(2025)),
    ("The two sides will sign the pact by the end of June.", FuzzyDate.of_month(2025, 6)),
])
def test_by_or_before_the_end_of_a_period_is_the_period(sentence: str,
                                                        expected: FuzzyDate) -> None:
    staged = run_until(sentence, "dating")
    assert [m.date for m in staged.mentions if m.date is not None] == [expected]


@pytest.mark.parametrize("sentence", [
    # a year used as an adjective, after the verb too, and a range of years
    "The ministers pledged to end the 2019 trade dispute.",
    "The ministers pledged to end the 2019-2021 trade dispute.",
    # the date of a named document, not of the verb before it
    "The ministers pledged to uphold the Geneva Accord of March 2019.",
])
def test_a_date_that_qualifies_a_noun_does_not_date_the_verb_before_it(sentence: str) -> None:
    staged = run_until(sentence, "dating")
    assert by_word(staged, "pledged").date is None


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The general had won the 2023 election by a wide margin.", "won"),
    ("Poland boycotted the 2022 summit in Minsk.", "boycotted"),
])
def test_taking_part_in_an_occasion_is_dated_by_the_occasions_year(sentence: str,
                                                                   verb: str) -> None:
    staged = run_until(sentence, "dating")
    assert by_word(staged, verb).date is not None


def test_a_fronted_date_dates_the_main_verb_not_a_noun_of_the_subject() -> None:
    # 'ruling' in 'the ruling party' is nearer to the date than the verb it dates
    staged = run_until("Late in May, the ruling party announced that it would back the bill.",
                       "dating")
    # ("Late in May" is late May, as "In late May" is: verify44 F2)
    late_may = run_until("In late May, the ruling party announced that it would back the bill.",
                         "dating")
    assert by_word(staged, "announced").date == by_word(late_may, "announced").date
    assert by_word(staged, "announced").date.month == 5


def test_a_where_clause_whose_event_takes_the_date_leaves_the_noun_counted_from_the_sentence(
        ) -> None:
    # 'agreed' takes May 27; the summit is still two weeks before the sentence's meeting
    staged = run_until("The ministers met on Tuesday. The meeting came two weeks after a summit "
                       "in Jakarta, where the leaders agreed on March 4 to expand trade.",
                       "dating")
    summit = by_word(staged, "summit")
    assert summit.anchor is not None and summit.anchor.unit == "W"
    assert by_word(staged, "agreed").date == FuzzyDate.of_day(dt.date(2025, 3, 4))


def test_the_day_of_a_saying_does_not_date_what_follows_it_after_a_comma() -> None:
    staged = run_until("The president will tour Japan from March 30 to April 2, his office said "
                       "on Thursday, the first visit since the two sides upgraded ties in 2023.",
                       "dating")
    assert all(m.date != FuzzyDate.of_day(dt.date(2025, 3, 20)) for m in staged.mentions
               if m.word == "visit")


def test_an_appositive_interval_counts_from_the_clause_just_before_it() -> None:
    staged = run_until("Japan recalled its envoy in 2019 and restored ties in 2021, two years "
                       "after the talks collapsed.", "dating")
    # (the talks are what "collapsed" tells of: one mention since ext13, "Talks collapse")
    anchor = by_word(staged, "collapsed").anchor
    assert anchor is not None and anchor.ref is by_word(staged, "restored")


# A verb whose clause has no date of its own is not made one with the verb of a clause that
# hangs on it and has one (ext83, session 48; verify58 F24: the Ankara Declaration's signers
# became the signers of a memorandum "that began when Ethiopia signed ... on January 1").
def test_an_undated_act_is_not_absorbed_by_a_dated_one_in_a_clause_hanging_on_it() -> None:
    staged = run_until("Kenyan President William Ruto and Ugandan President Yoweri Museveni "
                       "signed the accord at State House, closing a long quarrel that started "
                       "when Uganda signed a grazing pact with Karamoja on January 3.", "dating",
                       dt.date(2026, 12, 18))
    first, second = [m for m in staged.mentions if m.word == "signed"]
    assert first.date is None and first not in second.absorbed
    assert second.date == FuzzyDate(2026, 1, 3, Precision.DAY)


def test_an_undated_reception_is_not_absorbed_by_a_summit_told_in_a_where_clause() -> None:
    staged = run_until("Secretary-General Jasem Albudaiwi later received Norway's Special Envoy "
                       "for the Gulf, Erik Solvang, at the secretariat, where they reviewed "
                       "plans for the third Gulf-Nordic summit, to be held in Oslo in 2028.",
                       "dating", dt.date(2026, 12, 18))
    received = by_word(staged, "received")
    assert received.date is None
    assert received not in by_word(staged, "summit").absorbed
