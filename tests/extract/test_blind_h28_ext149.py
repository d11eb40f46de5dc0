"""Misses of blind set h28 (ext149), in sentences written for these tests: a slug headline
above the dateline, a Hijri dateline with its Gregorian date in brackets, a year-end review
told in the present, a notice's "takes effect" and sanctions list, a sanctions regime renewed,
stand-offs that occurred, a fund founded."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import extract_events, read_dateline

HEAD = ("STRELSAU, March 4, 2026 (Wire) -- The foreign ministers of Ruritania and Borduria "
        "met in Strelsau on Tuesday.\n\n")


def _rows(body: str) -> list[tuple[str, str]]:
    result = extract_events(HEAD + body + "\n")
    return [(str(c.date), c.title) for c in result.candidates
            if c.date.to_timex()[0] != "2026-03-03"]


@pytest.mark.parametrize("slug", [
    "ADVISORY -- Lake Marl summit, Zenda: coverage plans",
    "CLARIFICATION -- Marl: talks end with a deal on ferries",
    "FEATURE: Ferries, envoys and a quiet thaw on the lake",
    "LEAKED: Draft programme shows the summit cut to one day",
])
def test_a_slug_headline_gives_way_to_the_dated_dateline_under_it(slug: str) -> None:
    text = f"{slug}\n\nZENDA, Sunday, 17 May 2026 -- Ministers of the lake states meet this week.\n"
    line = read_dateline(text)
    assert (line.place, line.date) == ("Zenda", _dt.date(2026, 5, 17))


def test_a_hijri_dateline_is_dated_by_the_gregorian_date_in_brackets() -> None:
    text = ("Envoys and a truce\n\nMUSCAT, 12 Rajab 1447 (2 January 2026) -- Two envoys "
            "met in Muscat on Thursday.\n")
    line = read_dateline(text)
    assert (line.place, line.date) == ("Muscat", _dt.date(2026, 1, 2))


REVIEW = ("2025 in diplomacy: the Marl basin\n\nTwelve months of talks on the basin, month "
          "by month.\n\nPublished 29 December 2025\n\nMARCH. Presidents Anna Berg and Ivo Marek "
          "meet in Zenda on 18 March, invited by the Sultan of Oman.\n\nAPRIL. In "
          "Geneva, the two foreign ministers sign a joint declaration on 25 April.\n")


def test_a_year_end_review_dates_its_days_in_the_year_it_reviews() -> None:
    rows = [(str(c.date), c.title) for c in extract_events(REVIEW).candidates]
    dates = [date for date, _ in rows]
    assert "18 March 2025" in dates and "25 April 2025" in dates
    assert not any(date.endswith("2026") for date in dates)
    assert not any("(scheduled)" in title for _, title in rows)


def test_the_review_s_years_are_kept_outside_a_review() -> None:
    text = REVIEW.replace("2025 in diplomacy: the Marl basin", "Diplomacy on the Marl basin")
    dates = [str(c.date) for c in extract_events(text).candidates]
    assert "18 March 2025" not in dates


def test_a_measure_that_takes_effect_after_the_article_is_a_row_to_come() -> None:
    assert _rows("The removal takes effect here from 6 March 2026.") == [
        ("6 March 2026", "Removal takes effect (scheduled)")]


@pytest.mark.parametrize(("body", "row"), [
    ("On 2 March 2026 the committee added three individuals to its sanctions list.",
     ("2 March 2026", "Committee adds three individuals to its sanctions list")),
    ("The Council renewed the arms embargo in August 2025.",
     ("August 2025", "Council renews arms embargo")),
    ("The regime was recently renewed in August 2025 for a further year.",
     ("August 2025", "Regime renewed")),
    ("A stand-off on the lake occurred in 2011.", ("2011", "Stand-off on the lake occurred")),
    ("In March 1994 the two states founded the Marl Lake Commission.",
     ("March 1994", "Ruritania and Borduria found Marl Lake Commission")),
])
def test_acts_of_notices_and_retrospectives_are_rows(body: str, row: tuple[str, str]) -> None:
    assert _rows(body) == [row]


@pytest.mark.parametrize(("body", "row"), [
    ("A list of incidents since the Borealink interconnector was damaged on 3 January 2025.",
     ("3 January 2025", "Borealink interconnector damaged")),
    ("-- 10:00 (Monday, 9 March): Foreign Minister Anna Berg welcomes delegations from "
     "Ruritania and Borduria.",
     ("9 March 2026", "Anna Berg welcomes delegations from Ruritania and Borduria")),
    ("In 2022 the two sides upgrade their ties to a comprehensive partnership, while firms "
     "want a share of the lake's fish.",
     ("2022", "Ruritania and Borduria upgrade their ties to a comprehensive partnership")),
])
def test_a_programme_s_and_a_feature_s_acts_are_rows(body: str, row: tuple[str, str]) -> None:
    assert _rows(body) == [row]


def test_a_wish_for_a_plural_subject_s_act_is_no_row() -> None:
    assert _rows("Both countries hope the two sides upgrade ties next year.") == []


def test_a_programme_day_s_leaders_retreat_is_a_row() -> None:
    text = ("ZENDA, 3 March 2026 (Lake News) -- A draft programme for next month's summit in "
            "Zenda shows it cut to two days.\n\nDay 2 (Tuesday, 14 April): leaders' retreat at a "
            "lodge outside Zenda; closing press conference.\n")
    rows = [(str(c.date), c.title) for c in extract_events(text).candidates]
    assert ("14 April 2026", "Leaders' retreat in Zenda (scheduled)") in rows


def test_what_an_earlier_version_said_is_no_row() -> None:
    rows = _rows("The panel will meet in Zenda in September. [An earlier version said the panel "
                 "had met on 2 March; it has not yet met.]")
    assert rows == [("September 2026", "Panel meets in Zenda (scheduled)")]
