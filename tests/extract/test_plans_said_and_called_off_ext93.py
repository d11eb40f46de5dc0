"""ext93 (ext90's and ext91's leftovers): a lead's "said … talks would resume" was a meeting
row on the dateline's day; a plan called off before the article, its day written without a
year, was dated next year ("set for 4 May … were scrapped" under 12 May: 4 May 2027)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events


def _rows(sentence: str, day: dt.date) -> list[tuple[str, str]]:
    text = f"GENEVA, {day:%B} {day.day}, {day.year} (Reuters) - {sentence}"
    return [(c.date.describe(), c.title) for c in extract_events(text, day).candidates]


THURSDAY = dt.date(2026, 12, 3)


def test_talks_said_to_resume_are_no_meeting_of_the_day_it_was_said() -> None:
    rows = _rows("Norway's foreign minister said on Thursday that talks between Venezuela and "
                 "the United States would resume in Oslo, without giving a date.", THURSDAY)
    assert not any(title.endswith(("meet in Oslo", "meet in Oslo (scheduled)"))
                   for _, title in rows), rows
    assert [title for _, title in rows] == ["Talks between Venezuela and United States to resume in Oslo"]


def test_talks_said_to_resume_next_week_are_dated_next_week() -> None:
    rows = _rows("Norway's foreign minister said on Thursday that talks between Venezuela and "
                 "the United States would resume in Oslo next week.", THURSDAY)
    assert rows == [("7 December 2026",
                     "Talks between Venezuela and United States resume in Oslo (scheduled)")], rows


SCRAPPED = ("Talks between the foreign ministers of India and Pakistan set for 4 May in Geneva "
            "were scrapped.")


@pytest.mark.parametrize(("day", "date"), [
    (dt.date(2026, 5, 12), "4 May 2026"),   # called off, the day passed: this year's
    (dt.date(2026, 4, 28), "4 May 2026"),   # called off ahead of the day
])
def test_a_plan_called_off_keeps_the_nearer_year(day: dt.date, date: str) -> None:
    assert _rows(SCRAPPED, day) == [(date, "India and Pakistan meet in Geneva (cancelled)")]


def test_a_plan_called_off_for_a_day_next_month_stays_ahead() -> None:
    assert _rows(SCRAPPED.replace("4 May", "4 June"), dt.date(2026, 5, 12)) == [
        ("4 June 2026", "India and Pakistan meet in Geneva (cancelled)")]


def test_a_plan_with_its_year_written_keeps_it() -> None:
    assert _rows(SCRAPPED.replace("4 May", "4 May 2027"), dt.date(2026, 5, 12)) == [
        ("4 May 2027", "India and Pakistan meet in Geneva (cancelled)")]
