"""A day the lead announces is not the lead's day (ext47; verify42 X1).

'JEDDAH, Dec 2 (Reuters) - ... agreed on Wednesday to a 72-hour humanitarian truce starting on
Saturday' took 'Saturday' (a day to come) for the lead's day, and 'arrived in Jeddah on Monday'
moved it on to a Monday: 2 December 2024.  Each rule has a guard: the reading it must not take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl

TODAY = dt.date(2026, 12, 4)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


REUTERS = (
    "Sudan's warring sides agree 72-hour truce at Jeddah talks, mediators say\n\n"
    "JEDDAH, Dec 2 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces (RSF) "
    "agreed on Wednesday to a 72-hour humanitarian truce starting on Saturday, Saudi and U.S. "
    "mediators said, the first deal between the two sides in more than three years of war.\n\n"
    "The agreement was reached on the second day of a new round of talks in Jeddah that opened "
    "on Tuesday, and will be signed at a ceremony on Thursday, an official said.\n\n"
    "The army's delegation arrived in Jeddah on Monday.\n\n"
    "The war erupted in April 2023. Previous talks in Jeddah collapsed in December 2023.\n")


def test_a_weekday_that_starts_what_the_lead_announces_is_not_the_lead_s_day():
    found = dl.read_dateline(REUTERS)
    assert found.date == dt.date(2026, 12, 2)
    assert "'Wednesday'" in found.year_basis and "Saturday" not in found.year_basis


@pytest.mark.parametrize("words", ["starting on Saturday", "beginning Saturday",
                                   "to take effect on Saturday", "effective from Saturday"])
def test_a_day_something_starts_on_is_a_day_to_come(words: str):
    assert dl._planned_or_other_week(f"agreed on Wednesday to a truce {words}",
                                     len(f"agreed on Wednesday to a truce {words}") - 8)


def test_guard_a_day_something_began_on_is_still_the_lead_s_day():
    # 'began on Saturday' tells a past day: it stays the lead's
    text = ("SEOUL, Dec. 5 (Yonhap) -- Fighting that began on Saturday left dozens dead, "
            "officials said.\n")
    found = dl.read_dateline(text)
    assert "'Saturday'" in found.year_basis
    assert found.date is not None and found.date.weekday() == 5
