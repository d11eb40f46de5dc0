"""Events the extractor missed or folded into another in blind set h26 (ext143), by their
general causes: a hyphenated trigger ('run-off'), 'in the new year', a renewed authorisation
or protocol, a deployment or a body's discussion told by its noun with its own date, two
gatherings of one sentence, each dated by its own words, and the years of a Thai story's
Buddhist era and of an Ethiopian story's calendar.  The sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.other_calendars import years_of_other_calendars
from timeline_app.extract.pipeline.lexicon import trigger_words
from timeline_app.extract.timex import tag_timexes


def _rows(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(str(c.date), c.title) for c in extract_events(text, dct=dct).candidates]


def test_a_hyphenated_trigger_is_read_whole() -> None:
    text = "Ruritanians go to the polls again in a run-off on 14 December."
    assert "run-off" in [w for _, _, w in trigger_words(text, 0, len(text))]
    rows = extract_events(text, dct=dt.date(2025, 11, 30)).candidates
    assert [(c.date.year, c.date.month, c.date.day) for c in rows] == [(2025, 12, 14)]


def test_in_the_new_year_is_the_next_year_late_in_the_year() -> None:
    text = "The prime minister is expected to visit Strelsau in the new year, his office said."
    late = [t for t in tag_timexes(text, dt.date(2024, 12, 12)) if "new year" in t.text]
    early = [t for t in tag_timexes(text, dt.date(2025, 1, 8)) if "new year" in t.text]
    assert [t.value for t in late] == ["2025"]
    assert [t.value for t in early] == ["2025"]
    rows = extract_events(text, dct=dt.date(2024, 12, 12)).candidates
    assert [c.date.year for c in rows] == [2025]


def test_early_in_the_new_year_is_the_start_of_the_next_year() -> None:
    text = 'The president said he would travel to Strelsau "early in the new year".'
    rows = extract_events(text, dct=dt.date(2026, 11, 27)).candidates
    assert [str(c.date) for c in rows] == ["early 2027"]


def test_new_year_s_day_stays_a_holiday() -> None:
    text = "Crowds gathered in Strelsau on New Year's Day."
    assert [t.value for t in tag_timexes(text, dt.date(2024, 12, 12))
            if "New Year" in t.text] == ["2025-01-01"]


def test_a_renewed_authorisation_is_an_event() -> None:
    text = ("The envoy of Borduria noted that the Assembly renewed the peacekeepers' "
            "authorisation last November by a wide vote.")
    rows = extract_events(text, dct=dt.date(2025, 5, 8)).candidates
    assert [(c.date.year, c.date.month) for c in rows] == [(2024, 11)]


def test_a_deployment_told_by_its_noun_with_its_own_date() -> None:
    text = ("The observer mission began its work on 2 May 2023, after the deployment of a "
            "small advance team of police advisers in October 2022.")
    got = {(c.date.year, c.date.month) for c in
           extract_events(text, dct=dt.date(2025, 1, 27)).candidates}
    assert {(2023, 5), (2022, 10)} <= got


def test_a_deployment_that_may_come_is_no_row() -> None:
    text = "The deployment of troops in March would take weeks, the minister said."
    rows = extract_events(text, dct=dt.date(2025, 1, 27)).candidates
    assert not any(c.date.month == 3 for c in rows)


def test_a_body_s_discussion_of_its_own_day_is_not_the_dialogue_told_beside_it() -> None:
    text = ("The decision comes after a first strategic dialogue, which took place in "
            "Strelsau last month, and the Assembly's discussion on the Balkans on 3 December "
            "2024.")
    got = {str(c.date) for c in extract_events(text, dct=dt.date(2025, 1, 27)).candidates}
    assert len(got) == 2


def test_ships_that_collide_are_told_by_their_subject() -> None:
    text = ("Ruritania is watching the incident off the Zenda reef early on 11 August 2025, "
            "in which two vessels collided as a Borduvian cutter escorted a fishing fleet.")
    rows = extract_events(text, dct=dt.date(2025, 8, 13)).candidates
    assert [(c.date.month, c.date.day) for c in rows] == [(8, 11)]


def test_an_award_rendered_on_its_day() -> None:
    text = "Several delegations cited the arbitral award rendered on 3 May 2019."
    rows = extract_events(text, dct=dt.date(2025, 8, 13)).candidates
    assert [str(c.date) for c in rows] == ["3 May 2019"]


def test_a_court_asked_to_rule_with_the_day_of_the_asking_between() -> None:
    text = ("Borduria asked the International Court of Justice in March to settle the status "
            "of two islets.")
    rows = extract_events(text, dct=dt.date(2025, 7, 29)).candidates
    assert [(c.date.year, c.date.month) for c in rows] == [(2025, 3)]


def test_a_round_counted_past_the_sixth() -> None:
    text = ("An eighth round is pencilled in for Strelsau in late May, ahead of the "
            "ministers' council.")
    rows = extract_events(text, dct=dt.date(2025, 4, 9)).candidates
    assert [(c.date.year, c.date.month) for c in rows] == [(2025, 5)]


THAI = ("THE SIAM LEDGER\n"
        "Tuesday, 5 August 2025 (B.E. 2568)\n\n"
        "Tension had grown since 14 April 2568, when a ranger was killed during a skirmish near "
        "the old customs post. The pagoda was awarded to Borduria by a tribunal on 3 March "
        "2505 (1962).\n")


def test_a_thai_story_s_buddhist_era_years_are_read_as_gregorian() -> None:
    got = {str(c.date) for c in extract_events(THAI).candidates}
    assert "14 April 2025" in got
    assert "3 March 1962" in got
    assert not any("2568" in d or "2505" in d for d in got)


def test_a_bracketed_gregorian_year_marks_a_buddhist_one_without_the_era_named() -> None:
    text = "The pagoda was awarded to Borduria by a tribunal on 3 March 2505 (1962)."
    got = [str(c.date) for c in extract_events(text, dct=dt.date(2025, 8, 5)).candidates]
    assert got == ["3 March 1962"]


def test_a_far_future_year_without_the_era_named_is_left_as_written() -> None:
    text = "The probe will reach the comet on 3 March 2461, the agency said."
    values = [t.value for t in tag_timexes(text, dt.date(2025, 8, 5))]
    assert [t.value for t in years_of_other_calendars(text, tag_timexes(
        text, dt.date(2025, 8, 5)))] == values


def test_an_ethiopian_calendar_year_gives_way_to_the_gregorian_date_beside_it() -> None:
    text = ("The row began on Hidar 12, 2016 E.C. (November 22, 2023), when the two leaders "
            "signed a memorandum in Addis Ababa.")
    got = [str(c.date) for c in extract_events(text, dct=dt.date(2024, 12, 12)).candidates]
    assert got == ["22 November 2023"]


def test_a_quoted_deadline_s_date_is_not_the_meeting_s() -> None:
    text = ("Talks resumed in the first week of February. A week later, Trade Secretary John "
            "Hart met Secretary General Omar Nasser in Strelsau and they agreed what an aide "
            "described as \"a firm deadline\" of the third quarter.")
    rows = extract_events(text, dct=dt.date(2025, 4, 9)).candidates
    met = [c for c in rows if c.location == "Strelsau"]
    assert [(c.date.year, c.date.month) for c in met] == [(2025, 2)]
    assert all(c.date.month == 2 for c in rows)  # (no row "The two set ..." of the quarter)


def test_a_budget_s_period_dates_no_act_of_its_sentence() -> None:
    text = ("The Council also allocated a budget of \u20ac9 million for the period from 1 March "
            "2025 to 28 February 2026, and approved a larger staff for the mission.")
    rows = extract_events(text, dct=dt.date(2025, 1, 27)).candidates
    assert not any(c.date.year == 2026 for c in rows)


def test_a_quota_counted_in_tonnes_covers_its_year() -> None:
    text = "Norway set a quota of 21,800 tonnes for 2027 on Thursday."
    rows = extract_events(text, dct=dt.date(2026, 11, 30)).candidates
    assert [(c.date.year, c.date.month, c.date.day) for c in rows] == [(2026, 11, 26)]


def test_a_named_declaration_dated_in_its_year() -> None:
    text = ("The memo recalls that Ruritania has governed itself in a compact with Borduria "
            "since 1965, and a Joint Friendship Declaration in 2001 bound both sides to "
            "consult.")
    got = {c.date.year for c in extract_events(text, dct=dt.date(2025, 6, 25)).candidates}
    assert 2001 in got


def test_a_ribbon_cut_by_a_minister_named_in_apposition() -> None:
    text = ("Zenda became home to its first Borduvian consulate on Friday, when Borduria's "
            "foreign minister, Ana Ruiz, cut the ribbon at a refurbished villa.")
    rows = extract_events(text, dct=dt.date(2025, 3, 17)).candidates
    assert [(c.date.month, c.date.day) for c in rows] == [(3, 14)]


def test_a_body_that_will_next_take_up_a_question() -> None:
    text = ("The Council will next take up this question again in November, once the envoy has "
            "delivered his report.")
    rows = extract_events(text, dct=dt.date(2025, 5, 8)).candidates
    assert [(c.date.year, c.date.month) for c in rows] == [(2025, 11)]
    assert "Council" in rows[0].participants  # (not a row of the envoy's report)


def test_a_short_adverb_between_the_modal_and_its_verb_keeps_the_plan() -> None:
    text = "The minister will then travel to Zenda on 14 May."
    rows = extract_events(text, dct=dt.date(2025, 5, 8)).candidates
    assert [(c.date.month, c.date.day) for c in rows] == [(5, 14)]
    assert "scheduled" in rows[0].title
