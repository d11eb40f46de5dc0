"""Events the extractor did not find in blind set h27 (ext146): a signing told 'a few minutes
ago' at a press conference, a plan for 'the second half of the year' told after a date of last
year, and a state's objection and a notice to a body told with verbs no list had.  The
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DAY = dt.date(2026, 3, 12)


def _days(text: str) -> set[tuple[int, int, int]]:
    return {(c.date.year, c.date.month, c.date.day) for c in extract_events(text, DAY).candidates}


def test_minutes_ago_is_the_day_the_words_were_said() -> None:
    values = [t.value for t in tag_timexes("A few minutes ago we signed a memorandum.", DAY)]
    assert values == ["2026-03-12"]
    text = ("MINISTER KOVAC: Good afternoon. A few minutes ago we signed a memorandum on joint "
            "patrols of the river border with Borduria.\n")
    assert (2026, 3, 12) in _days(text)


def test_some_years_ago_stays_unsaid() -> None:
    assert [t.value for t in tag_timexes("A few years ago they met.", DAY)] == ["PAST_REF"]


def test_a_plan_s_half_of_the_year_is_not_a_half_year_already_over() -> None:
    text = ("The summit was held in Zenda in August last year. Building is to start in the "
            "second half of the year.")
    values = {t.text: t.value for t in tag_timexes(text, DAY)}
    assert values["the second half of the year"] == "2026-H2"
    # told of the past, the half of the year told before stays
    text = "Talks opened in August last year. Trade rose in the second half of the year."
    values = {t.text: t.value for t in tag_timexes(text, DAY)}
    assert values["the second half of the year"] == "2025-H2"


def test_an_objection_and_a_notice_to_a_body_are_events() -> None:
    text = ("STRELSAU, 12 March 2026 - Ruritania and Borduria signed a river treaty on 2 March. "
            "Grand Fenwick, which shares the river, objected the next day. Borduria notified "
            "the Danube Commission on 9 March.\n")
    titles = {c.title: (c.date.year, c.date.month, c.date.day) for c in
              extract_events(text, DAY).candidates}
    assert any("object" in t.lower() for t in titles), titles
    assert any("notif" in t.lower() and d == (2026, 3, 9) for t, d in titles.items()), titles
