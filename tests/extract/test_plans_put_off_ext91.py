"""ext91 (verify61/62 leftovers): a plan its own sentence tells as put off or called off.

"A planned meeting of the two foreign ministers in Geneva on 4 May was postponed", under a
dateline after 4 May, was a ticked "Planned meeting in Geneva" on 4 May, nothing saying it
did not happen; "Talks ... set for 4 May in Geneva were scrapped" was "India and Pakistan
meet in Geneva (scheduled)".  A plan told so ends " (postponed)", " (cancelled)" or
" (did not take place)" (the notes a merge writes) and starts unticked in the review."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.duplicates import tells_held
from timeline_app.extract import extract_events
from timeline_app.extract.events import PUT_OFF_CONFIDENCE


def _rows(sentence: str, day: dt.date) -> list[tuple[str, str, float]]:
    text = f"GENEVA, {day:%B} {day.day}, {day.year} (Reuters) - {sentence}"
    return [(c.title, c.date.describe(), c.confidence)
            for c in extract_events(text, day).candidates]


PLANNED_MEETING = ("A planned meeting of the two foreign ministers in Geneva on 4 May was "
                   "postponed, the Swiss foreign ministry said on Tuesday.")


@pytest.mark.parametrize("day", [dt.date(2026, 4, 28), dt.date(2026, 5, 12)])
def test_a_planned_meeting_put_off_says_so_before_and_after_its_day(day: dt.date) -> None:
    rows = _rows(PLANNED_MEETING, day)
    on_the_day = [(title, confidence) for title, date, confidence in rows
                  if date == "4 May 2026"]
    assert on_the_day == [("Planned meeting in Geneva (postponed)", PUT_OFF_CONFIDENCE)]


def test_the_putting_off_keeps_its_own_row_and_day() -> None:
    rows = _rows(PLANNED_MEETING, dt.date(2026, 5, 12))
    assert ("Planned meeting of the two foreign ministers postponed in Geneva",
            "12 May 2026") in [(title, date) for title, date, _ in rows]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Talks between the foreign ministers of India and Pakistan set for 4 May in Geneva "
     "were scrapped.", "India and Pakistan meet in Geneva (cancelled)"),
    ("A visit by the Indian foreign minister to Dhaka planned for 4 May was called off.",
     "India visits Dhaka (cancelled)"),
])
def test_scrapped_and_called_off_plans_say_cancelled(sentence: str, title: str) -> None:
    rows = _rows(sentence, dt.date(2026, 4, 28))
    assert [(t, c) for t, _, c in rows] == [(title, PUT_OFF_CONFIDENCE)]


def test_a_plan_put_off_is_not_told_as_held_to_a_merge() -> None:
    text = "GENEVA, April 28, 2026 (Reuters) - " + PLANNED_MEETING
    plan = next(c for c in extract_events(text, dt.date(2026, 4, 28)).candidates
                if c.date.describe() == "4 May 2026")
    assert not tells_held(plan.to_event())


def test_a_plan_not_called_off_stays_a_plan() -> None:
    assert _rows("The summit planned for 4 May was not cancelled despite the storm.",
                 dt.date(2026, 4, 28)) == [("Summit (scheduled)", "4 May 2026", 0.55)]


def test_earlier_rounds_held_beside_a_third_called_off_stay_held() -> None:
    # "… in July and August, but a third round scheduled for September was called off":
    # the rounds held are no plan put off (" (scheduled)" named "a third round scheduled")
    text = ("ANKARA, Dec 12, 2024 (Reuters) - Turkey hosted two earlier rounds of indirect "
            "talks between the two countries' foreign ministers, in July and August, but a "
            "third round scheduled for September was called off.")
    titles = [c.title for c in extract_events(text, dt.date(2024, 12, 12)).candidates]
    assert "Third round called off" in titles
    assert not any(t.endswith("(cancelled)") for t in titles), titles



@pytest.mark.parametrize(("sentences", "plan"), [
    ("India and Pakistan's foreign ministers had planned to meet in Geneva on 4 May. The "
     "meeting has been postponed, officials said on Tuesday.",
     "Foreign ministers of India and Pakistan meet in Geneva (postponed)"),
    ("The foreign ministers of India and Pakistan were scheduled to meet in Geneva on 4 May. "
     "That meeting was delayed, the ministry said on Tuesday.",
     "Foreign ministers of India and Pakistan meet in Geneva (postponed)"),
    ("The two leaders will hold a summit in Hanoi on 4 May. The summit was cancelled on "
     "Tuesday.", "Two leaders hold summit in Hanoi (cancelled)"),
])
def test_a_plan_put_off_in_a_later_sentence_says_so(sentences: str, plan: str) -> None:
    rows = _rows(sentences, dt.date(2026, 4, 28))
    assert (plan, "4 May 2026", PUT_OFF_CONFIDENCE) in rows, rows
    # (the putting off keeps its own row, dated by its own day)
    assert any(date == "28 April 2026" for _, date, _ in rows), rows


def test_another_occasion_put_off_leaves_the_plan_a_plan() -> None:
    rows = _rows("The two leaders will hold a summit in Hanoi on 4 May. A meeting of their "
                 "deputies was cancelled on Tuesday.", dt.date(2026, 4, 28))
    assert ("Two leaders hold summit in Hanoi (scheduled)", "4 May 2026", 0.75) in rows


def test_a_plan_whose_putting_off_is_its_past_stays_a_plan() -> None:
    # (the dev set's h4 article: the visit as it now stands is late September)
    rows = _rows("President Abdelmadjid Tebboune is due to make a state visit to France in "
                 "late September or early October, a trip that has already been postponed "
                 "several times.", dt.date(2026, 9, 2))
    assert [t for t, _, _ in rows] == ["Abdelmadjid Tebboune visits France (scheduled)"]


def test_a_plan_told_after_another_occasion_s_putting_off_stays_a_plan() -> None:
    # (the dev set's h10 article: "New dates to be announced (postponed)")
    rows = _rows("A fourth round of those talks, which was due to be held in Rome last "
                 "Saturday, was postponed, and Omani officials said on Wednesday that new "
                 "dates would be announced.", dt.date(2026, 5, 7))
    assert not any(t.startswith("New dates") and t.endswith("(postponed)") for t, _, _ in rows), \
        rows

