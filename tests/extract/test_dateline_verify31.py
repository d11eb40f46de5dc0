"""The year of a dateline without one: three wrong readings of verify31's mackerel stories.

- F2: "LONDON, Dec 1 (Reuters) - ... agreed on Monday ... reached late on Monday" is wire
  copy filed the day after (1 December 2026, a Tuesday), not a same-day story of 2025;
  without the cue the same-day year stays, and for this week's news the reason names the
  other.  (Since verify61 F6 "late on Monday" alone moves only this week's news; a night
  moves any.)
- F3: "said last Tuesday ... replied on Thursday" is last week's Thursday: it no longer
  moves a Wednesday lead's dateline to a Thursday (which put 14 October in 2021).
- F4: "the total catch in 2027 should not exceed" is a year to come, not past.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl

TODAY = dt.date(2026, 12, 2)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


def _framework(late: str) -> str:
    return (
        "UK, Norway, Iceland and Faroes agree mackerel sharing framework\n\n"
        "LONDON, Dec 1 (Reuters) - Britain, Norway, Iceland and the Faroe Islands agreed on "
        "Monday a framework for sharing the North-East Atlantic mackerel catch, ending a "
        "dispute that has lasted since 2009, after two days of ministerial talks in London.\n\n"
        f"Under the deal, reached {late}, Norway will take 31 percent of the total catch.\n")


def test_a_story_telling_its_lead_day_as_over_was_filed_the_next_day():
    """As the trial read it, on 2 December 2026: the next-day reading is yesterday's news."""
    found = dl.read_dateline(_framework("late on Monday"))
    assert found.date == dt.date(2026, 12, 1)
    assert "late on Monday" in found.year_basis and "next day" in found.year_basis


def test_a_night_is_over_by_the_next_day_s_story_however_old(monkeypatch):
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2027, 6, 1))  # not fresh news
    for late in ("on Monday night", "late on Monday night"):
        found = dl.read_dateline(_framework(late))
        assert found.date == dt.date(2026, 12, 1), late
        assert late in found.year_basis and "next day" in found.year_basis


def test_late_on_the_day_alone_leaves_an_old_story_on_its_weekday(monkeypatch):
    """verify61 F6: "late on Sunday" under a Sunday dateline is that evening's news; months
    later the weekday that matches the dateline's own day keeps its year."""
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2027, 6, 1))  # not fresh news
    found = dl.read_dateline(_framework("late on Monday"))
    assert found.date == dt.date(2025, 12, 1)  # a Monday
    assert "'late on Monday' tells an evening" in found.year_basis


def test_fresh_news_without_the_cue_keeps_the_same_day_and_names_the_other_year():
    """The dev article ``ap-doha-armenia-azerbaijan-truce`` ('DOHA, Dec 1 (AP) - ... agreed
    on Monday', of 2025) read on 2 December 2026: the weekday cannot tell, so the same-day
    reading stays and the reason names the next-day one for a reader of this week's news."""
    found = dl.read_dateline(_framework("after midnight"))
    assert found.date == dt.date(2025, 12, 1)
    # the day named beside "yesterday": "(6 days ago)" alone was read as said of the year
    # (verify48 F14)
    assert ("filed the day after a Monday, it is of 2026 (1 December 2026, yesterday)"
            in found.year_basis)


def test_an_old_story_without_the_cue_keeps_its_same_day_year(monkeypatch):
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2027, 6, 1))
    found = dl.read_dateline(_framework("after midnight"))
    assert found.date == dt.date(2025, 12, 1)  # a Monday: the same day's story


def test_an_evening_is_no_cue():
    """Three stories of ``dateline_years.py`` dated the lead's day tell 'on Monday evening'."""
    text = _framework("on Monday evening")
    assert dl._LATE_IN_THE_DAY.search(text) is None


LONDON_TALKS = (
    "Coastal states fail to agree mackerel shares after London talks\n\n"
    "LONDON, Oct 14 (Reuters) - Britain, Norway, Iceland and the Faroe Islands ended three "
    "days of talks in London on Wednesday without agreeing how to divide the catch.\n\n"
    "The International Council for the Exploration of the Sea (ICES) advised on Sept. 30 that "
    "the total catch in 2027 should not exceed 174,357 tonnes.\n\n"
    "Norway's fisheries minister said last Tuesday that Oslo would not accept a deal giving "
    "Iceland more than 8 percent of the catch. Iceland's foreign minister replied on Thursday "
    "that Reykjavik would set its own quota if needed.\n\n"
    "Britain has negotiated its own share since it left the EU on Jan. 31, 2020.\n"
)


def test_a_year_before_a_modal_is_to_come():
    low, high = dl._year_bounds(LONDON_TALKS, month=10, day=14)
    assert high is not None and high.year == 2027
    assert low is not None and low.year < 2027


def test_a_thursday_after_last_tuesday_is_of_last_week():
    found = dl.read_dateline(LONDON_TALKS)
    assert found.date == dt.date(2026, 10, 14)  # a Wednesday, as the lead says
    assert "Thursday" not in found.year_basis


def test_a_later_day_of_this_week_still_moves_the_dateline():
    assert not dl._in_last_week(3, "The ministers met on Thursday.")
    assert dl._in_last_week(3, "He said last Tuesday. She replied on Thursday.")
    assert not dl._in_last_week(0, "They met last Friday. They met again on Monday.")
