"""Events blind set h25 missed (ext139): occasions counted and then listed ('Two rounds of
talks, in June and July'; 'two coups in 2022, in March and again in October'), each a row of its
own.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

HEAD = ("STRELSAU, Dec 12, 2024 (Wire) - The foreign ministers of Ruritania and Borduria met "
        "in Strelsau on Thursday.\n\n")


def _rows(sentence: str) -> list[tuple[str, str]]:
    result = extract_events(HEAD + sentence + "\n")
    return [(str(c.date), c.title) for c in result.candidates
            if c.date.to_timex()[0] != "2024-12-12"]


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Two rounds of indirect talks in Vienna, in June and July, ended without agreement.",
     ["June 2024", "July 2024"]),
    ("Ruritania held two rounds of talks with Borduria, in May and June.",
     ["May 2024", "June 2024"]),
    ("The two ministers met twice, in May and August, before the deal.",
     ["May 2024", "August 2024"]),
])
def test_counted_occasions_listed_are_a_row_each(sentence: str, dates: list[str]) -> None:
    assert [d for d, _ in _rows(sentence)] == dates


def test_the_second_occasion_is_titled_by_the_same_noun() -> None:
    rows = _rows("Indirect talks in Vienna in June and again in July ended without agreement.")
    assert [d for d, _ in rows] == ["June 2024", "July 2024"]
    assert rows[0][1] == rows[1][1]


def test_months_without_a_count_stay_one_event() -> None:
    # talks "in June and July" may be one round over both months
    assert [d for d, _ in _rows("Talks in Vienna in June and July ended without agreement.")] \
        == ["June 2024"]


def test_coups_counted_in_a_year_are_dated_in_that_year() -> None:
    rows = _rows("Borduria had two coups in 2022, in March and again in October, the second "
                 "bringing Colonel Sapt to power.")
    assert [d for d, _ in rows] == ["March 2022", "October 2022"]


def test_a_month_set_beside_a_year_is_of_that_year() -> None:
    result = extract_events(HEAD + "Elections were held in 2021, in May, after a long delay.\n")
    assert [t.value for t in result.timexes if t.text == "May"] == ["2021-05"]


@pytest.mark.parametrize(("sentence", "date", "who"), [
    # the news day's own words after the verb
    ("Commission chair Omar Tarin said this morning that the accord marked a \"real step\" and "
     "urged both sides to honour it.", "12 December 2024", "Omar Tarin"),
    # initials in brackets and an adverb between the sayer and the verb
    ("Borduria's State Security Agency (SSA) first said on 18 October that about 2,000 "
     "Ruritanian troops had been moved to the border the previous week.", "18 October 2024",
     "SSA"),
    # the day opens the sentence, its comma left out, and 'there was' said
    ("On 23 October Defence Secretary Paul Marin said there was \"proof\" that Ruritanian "
     "troops were in Borduria.", "23 October 2024", "Paul Marin"),
    # a plural noun that is a verb's form too ('forces'), and the teller's setting after it
    ("Borduria's State Security Agency (SSA) said on 18 October that about 900 Ruritanian "
     "special forces had been shipped to the border.", "18 October 2024", "SSA"),
    ("On 23 October Defence Secretary Paul Marin said there was \"proof\" that Ruritanian "
     "troops were in Borduria, after weeks in which Strelsau would not say "
     "so.", "23 October 2024", "Paul Marin"),
])
def test_a_named_sayer_s_dated_statement_is_a_row(sentence: str, date: str, who: str) -> None:
    assert any(d.startswith(date) and who in title for d, title in _rows(sentence))


def test_a_source_s_statement_stays_no_row() -> None:
    assert _rows("On Monday the ministry said that the border was calm.") == []


def test_a_past_act_s_dates_set_off_by_a_comma_stay_past() -> None:
    # the next clause's "scheduled" is that clause's plan, not July's
    result = extract_events(
        "ANKARA, Dec 12, 2024 (Reuters) - Turkey hosted two earlier rounds of indirect talks "
        "between the two countries' foreign ministers, in July and August, but a third round "
        "scheduled for September was called off.\n")
    assert [(t.text, t.value) for t in result.timexes][1:] == [
        ("July", "2024-07"), ("August", "2024-08"), ("September", "2024-09")]


def test_a_span_between_two_months_is_no_list_of_occasions() -> None:
    rows = _rows("Ruritanian and Borduran delegations met three times in Vienna between May and "
                 "July 2024, producing several prisoner exchanges.")
    assert len(rows) == 1


def _wire_rows(sentence: str) -> list[tuple[str, str]]:
    result = extract_events("Oslo (dpa) - Norwegian police on Friday held the cargo ship Polar "
                            "Star in port.\n\n" + sentence + "\n", dt.date(2025, 3, 7))
    return [(str(c.date), c.title) for c in result.candidates if "Polar Star" not in c.title]


def test_an_undersea_cable_that_failed_is_a_row() -> None:
    rows = _wire_rows("The 120-kilometre undersea power cable failed shortly after midnight on "
                      "Wednesday, the grid operator said.")
    assert [(d, t) for d, t in rows] == [("5 March 2025", "120-kilometre undersea power cable "
                                                          "fails")]


def test_cables_severed_and_a_pipeline_ruptured_are_rows() -> None:
    rows = _wire_rows("In January, two fibre-optic cables in Norwegian waters were severed while "
                      "a bulk carrier passed over them, and in March 2023 the Nordlink gas "
                      "pipeline between Norway and Germany was ruptured by the anchor of a "
                      "trawler.")
    assert ("January 2025", "Two fibre-optic cables in Norwegian waters severed") in rows
    assert ("March 2023", "Nordlink gas pipeline ruptured") in rows
    # (the 'while' clause is no act of the next clause's date)
    assert not any("passes" in t for _, t in rows)


@pytest.mark.parametrize("sentence", [
    "The ministry failed to respond on Monday.",
    "The minister said the plan had failed on Monday.",
])
def test_other_failures_are_no_incident(sentence: str) -> None:
    assert _wire_rows(sentence) == []


def test_a_crowd_counted_that_gathered_is_a_row() -> None:
    assert _wire_rows("On Sunday thousands gathered in Republic Square.") == [
        ("2 March 2025", "Thousands gather in Republic Square")]


def test_a_clause_opened_by_its_date_has_its_verb_after_it() -> None:
    rows = _rows("On 28 January 2024 the three juntas jointly announced their departure from the "
                 "regional bloc, and the following July, in Bamako, they made their alliance a "
                 "confederation.")
    assert [d for d, _ in rows] == ["28 January 2024", "July 2024"]
    assert "confederation" in rows[1][1]


def test_a_past_verb_with_its_partner_named_keeps_its_month_past() -> None:
    # 'signed | with China | in February' under a December date: February of that year
    from timeline_app.extract.timex import tag_timexes
    found = tag_timexes("Strelsau paused its budget support in June over agreements Borduria "
                        "signed with China in February without any notice to it.",
                        dt.date(2024, 12, 12))
    assert [t.value for t in found] == ["2024-06", "2024-02"]


def test_talks_held_with_a_partner_keep_their_month_past() -> None:
    # 'held talks with Borduria in May' under a 31 March dateline: the May before
    from timeline_app.extract.timex import tag_timexes
    assert [t.value for t in tag_timexes("Ruritania held talks with Borduria in May.",
                                         dt.date(2025, 3, 31))] == ["2024-05"]
    assert [t.value for t in tag_timexes("Ruritania will hold talks with Borduria in May.",
                                         dt.date(2025, 3, 31))] == ["2025-05"]
