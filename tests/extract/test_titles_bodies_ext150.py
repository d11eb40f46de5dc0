"""Session 63, ext150: titles that name what their verb was done to, bodies that act named as
participants, and two weekdays told in reverse order ("Friday and Thursday") read as two
past days.  The sentences are written for these tests (places and names invented)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2025, 3, 3)


def _rows(text: str, dct: dt.date = DCT) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.title, tuple(c.participants)) for c in extract_events(text, dct).candidates]


# --- weekdays told in reverse order (TempEval-3 TimeBank value F1 82.43 -> 82.35) ---

def test_weekdays_told_backwards_are_two_past_days() -> None:
    friday = dt.date(1998, 2, 6)
    text = "Below are remarks issued Friday and Thursday by the council's spokesman."
    assert [t.value for t in tag_timexes(text, friday)] == ["1998-02-06", "1998-02-05"]


def test_a_weekend_pair_still_runs_on() -> None:
    sunday = dt.date(2025, 11, 16)
    text = "Envoys meet in Ostrava on Saturday and Sunday for the conference."
    assert [t.value for t in tag_timexes(text, sunday)] == ["2025-11-22", "2025-11-23"]
