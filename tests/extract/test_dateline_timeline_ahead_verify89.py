"""verify89 F5: a wire dated a few days after the computer's date ("an article is not from
the future") was put years back, its weekday's year six years earlier, though the open
timeline held a date of the same story a fortnight before.  The open timeline's near date
settles it: the dateline's day just ahead is read as it is, and the basis says why and what
the article alone gives."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import read_dateline

TODAY = _dt.date(2026, 12, 7)

UPDATE = ("UPDATE 1-Tarsa and Pell move accord signing to January 14\n\n"
          "LORN, Dec 18 (Wire) - The signing of the Tarsa-Pell river accord in Vell has "
          "been moved to Thursday, January 14, the host ministry said on Friday.\n\n"
          "Tarsa's assembly approved the accord on Friday by a wide margin.\n")


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


def test_without_the_timeline_the_day_ahead_is_still_years_back() -> None:
    line = read_dateline(UPDATE)
    assert (line.month, line.day) == (12, 18) and line.year is not None
    assert line.year < 2026


def test_the_open_timeline_near_the_day_ahead_gives_this_year() -> None:
    back = read_dateline(UPDATE).year
    line = read_dateline(UPDATE, timeline_days=[_dt.date(2026, 12, 4)])
    assert line.year == 2026, line.year_basis
    assert "11 days after the computer's date" in line.year_basis
    assert "4 December 2026" in line.year_basis
    assert f"without it the year would be {back}" in line.year_basis
    assert "not after today" not in line.year_basis


def test_a_timeline_far_from_the_day_ahead_changes_nothing() -> None:
    alone = read_dateline(UPDATE)
    line = read_dateline(UPDATE, timeline_days=[_dt.date(2019, 3, 1)])
    assert line.year == alone.year
    assert "computer's date" not in line.year_basis


def test_a_day_too_far_ahead_is_not_taken() -> None:
    far = UPDATE.replace("Dec 18", "Feb 20").replace("Thursday, January 14",
                                                     "Thursday, March 11")
    line = read_dateline(far, timeline_days=[_dt.date(2027, 2, 1)])
    assert line.year != 2027  # 75 days ahead of today: beyond TIMELINE_AHEAD_DAYS
