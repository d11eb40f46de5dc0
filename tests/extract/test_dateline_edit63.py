"""A byline's year-less date takes its year from the lead below it, as a wire dateline's does
(edit63, new-user trial verify68 F8: 'By ... | Bishkek | December 3' above a lead of
'on Wednesday' got "the text gives no evidence of the year" in a timeline all of 2026, while
a wire dateline in the same timeline was read by the open timeline's dates).  The article is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import read_dateline

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


DAILY = (
    "Talks on river quotas end without a deal\n\n"
    "By Aigul Tokoeva | Bishkek | December 3\n\n"
    "The energy minister returned from Tashkent on Wednesday without the agreement the "
    "government had hoped for. At Tuesday's meeting, the ministers could not settle the "
    "summer quotas of the river.\n\n"
    "The planned visit of the deputy minister has been cancelled, the foreign ministry said "
    "on Thursday.\n")


def test_a_bylines_year_comes_from_the_lead_and_the_open_timeline() -> None:
    line = read_dateline(DAILY, timeline_days=[dt.date(2026, 11, 20), dt.date(2026, 12, 1)])
    assert (line.place, line.month, line.day, line.year) == ("Bishkek", 12, 3, 2026), \
        line.year_basis
    assert "open timeline" in line.year_basis
    assert "Wednesday" in line.year_basis


def test_a_bylines_lead_weekday_is_read_without_a_timeline() -> None:
    # the lead's weekday alone, as for a wire dateline: 3 December 2026 is a Thursday
    line = read_dateline(DAILY)
    assert line.year == 2026, line.year_basis
    assert "no evidence" not in line.year_basis


def test_the_day_offered_for_a_byline_is_on_the_leads_weekday() -> None:
    offered = dl.last_dateline_day(DAILY, read_dateline(DAILY), dt.date(2026, 12, 6))
    assert offered is not None
    assert offered[0] == dt.date(2026, 12, 3) and offered[1] == "Thursday"


def test_a_dateline_on_the_lead_line_is_read_as_before() -> None:
    wire = DAILY.replace("By Aigul Tokoeva | Bishkek | December 3\n\nThe", "BISHKEK, Dec 3 - The")
    line = read_dateline(wire, timeline_days=[dt.date(2026, 12, 1)])
    assert line.year == 2026 and "open timeline" in line.year_basis
