"""A new user's wire (verify90 F1-F3), in sentences written for these tests.

F1: a clock time told with the day after it ("at 20:00 Lisbon time (19:00 GMT) on May 12")
is that day's, both the local time and its bracketed restatement; the act it times is its own
event, with the local time and the UTC offset the bracket gives, not a time put on the day of
another act; the restatement dates no second row.  F2: a month after "agreed to" and an
infinitive whose adjuncts run long ("agreed to open a joint customs post at a further round in
Porto in July") lies ahead, and the act is a plan.  (F3: ``test_dateline_lead_day_verify90``.)"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import ClockTime
from timeline_app.extract import extract_events, tag_timexes

TRUCE = (
    "Rivals agree border truce\n\n"
    "LISBON, May 8 (Harbour Wire) - The leaders of Ruritania and Elbonia met in Lisbon on "
    "Thursday and agreed a truce along their river border, officials said.\n\n"
    "Under the accord, the truce takes effect at 20:00 Lisbon time (19:00 GMT) on May 12. "
    "Both armies are to pull back ten kilometres by May 20.\n\n"
    "The two governments also agreed to open a joint customs post at a further round of "
    "talks in Porto in July.\n")


def _times(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct) if t.type == "TIME"]


def test_a_local_time_and_its_restatement_take_the_day_after_them() -> None:
    assert _times(TRUCE, dt.date(2025, 5, 8)) == [
        ("20:00", "2025-05-12T20:00"), ("19:00 GMT", "2025-05-12T19:00Z")]


def test_a_time_in_brackets_after_a_city_s_time_takes_the_day_too() -> None:
    text = "The vote closes at 09:30 Kyiv time (06:30 UTC) on Friday, the commission said."
    assert [v for _, v in _times(text, dt.date(2025, 5, 6))] == [
        "2025-05-09T09:30", "2025-05-09T06:30Z"]


def test_the_truce_taking_effect_is_one_row_with_its_local_time_and_offset() -> None:
    result = extract_events(TRUCE, dt.date(2025, 5, 8))
    timed = [c for c in result.candidates if c.date.time is not None]
    assert len(timed) == 1, [(c.title, str(c.date)) for c in result.candidates]
    (truce,) = timed
    assert (truce.date.year, truce.date.month, truce.date.day) == (2025, 5, 12)
    assert truce.date.time == ClockTime(20, 0, 60)
    assert "effect" in truce.title
    # (no time lands on the day of the meeting that agreed it)
    assert all(c.date.time is None for c in result.candidates if c.date.day == 8)
    # (the Article pane still marks both times)
    assert {"20:00", "19:00 GMT"} <= {t.text for t in result.timexes}


def test_an_offset_is_read_from_a_restatement_across_midnight() -> None:
    text = ("KABUL, May 8 (Harbour Wire) - The two factions agreed on Thursday to a ceasefire "
            "that takes effect at 01:30 Kabul time (21:00 GMT) on May 14, mediators said.\n")
    result = extract_events(text, dt.date(2025, 5, 8))
    (timed,) = [c for c in result.candidates if c.date.time is not None]
    assert timed.date.time == ClockTime(1, 30, 270)


def test_a_month_after_an_agreed_infinitive_is_ahead() -> None:
    july = [t for t in tag_timexes(TRUCE, dt.date(2025, 5, 8)) if t.text == "July"]
    assert [t.value for t in july] == ["2025-07"]


def test_an_act_agreed_for_a_round_still_to_come_is_a_plan() -> None:
    result = extract_events(TRUCE, dt.date(2025, 5, 8))
    (post,) = [c for c in result.candidates if "customs" in c.title]
    assert (post.date.year, post.date.month) == (2025, 7)
    assert post.title.endswith("(scheduled)")
