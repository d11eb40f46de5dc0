"""A year one apart of the same happening is a disputed date (session 35's trial, F8): one
article said a decree was issued in 2015, another (or the timeline) has the same decree in
2016.  The dates share no day, so the duplicate finder never set them against each other
and the timeline held the decree twice, a year apart.  Now a possible duplicate (Keep both
the default), whose disagreement is the dates, so "Merge, disputed" is offered."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import DuplicateIndex, disagreement, find_duplicates

TITLE = "Kosovo government issues decree on Serbian dinar payments"
BASE = dict(category="policy", participants=("Kosovo",))


def _decree(event_id: str, date: FuzzyDate, title: str = TITLE, **changes: object) -> Event:
    return Event(event_id, title, date, **{**BASE, **changes})  # type: ignore[arg-type]


def test_two_years_one_apart_are_a_possible_duplicate_disputed():
    told = _decree("told", FuzzyDate.of_year(2016))
    match = find_duplicates([_decree("had", FuzzyDate.of_year(2015))], [told])["told"]
    assert match.existing.id == "had" and not match.likely
    assert "a year apart" in match.reason
    assert disagreement(match.existing, told).startswith("the dates told differ")


def test_a_year_and_a_day_or_month_in_the_next_or_previous_year():
    year = _decree("year", FuzzyDate.of_year(2015))
    day = _decree("day", FuzzyDate.of_ymd(2016, 3, 4))
    month = _decree("month", FuzzyDate.of_month(2014, 11))
    assert find_duplicates([year], [day])["day"].existing.id == "year"
    assert find_duplicates([year], [month])["month"].existing.id == "year"
    # either way round: the timeline's day, the article's year
    assert find_duplicates([day], [year])["year"].existing.id == "day"
    # the index finds a year of the year before for a day late in a year, too
    late = _decree("late", FuzzyDate.of_ymd(2016, 12, 30))
    assert DuplicateIndex([year]).find([late])["late"].existing.id == "year"


def test_the_same_parties_and_titles_alike_without_their_names():
    had = Event("had", "Serbia and Kosovo agree on energy deal", FuzzyDate.of_year(2015),
                category="treaty", participants=("Serbia", "Kosovo"))
    told = Event("told", "Belgrade and Pristina leaders agree on energy deal",
                 FuzzyDate.of_year(2016), category="treaty",
                 participants=("Serbia", "Kosovo"))
    assert not find_duplicates([had], [told])["told"].likely


def test_two_years_apart_another_kind_place_title_number_or_finer_dates_stay_apart():
    had = [_decree("had", FuzzyDate.of_year(2015), location="Pristina")]
    others = [
        _decree("two", FuzzyDate.of_year(2017)),
        _decree("kind", FuzzyDate.of_year(2016), category="dispute"),
        _decree("place", FuzzyDate.of_year(2016), location="Belgrade"),
        _decree("title", FuzzyDate.of_year(2016), "Kosovo government bans Serbian dinar"),
        _decree("part", FuzzyDate.of_part(2016, "late")),
        _decree("lasts", FuzzyDate.of_year(2016), end=FuzzyDate.of_year(2017)),
        _decree("parties", FuzzyDate.of_year(2016), participants=("Serbia",)),
    ]
    assert find_duplicates(had, others) == {}
    # a day and a month a year apart are no year told of it: other happenings
    day = [_decree("d", FuzzyDate.of_ymd(2015, 3, 4))]
    assert find_duplicates(day, [_decree("m", FuzzyDate.of_month(2016, 3))]) == {}
    # the 2nd and the 3rd round: numbers tell them apart
    rounds = [_decree("r2", FuzzyDate.of_year(2015), "2nd round of dinar talks")]
    assert find_duplicates(rounds, [_decree("r3", FuzzyDate.of_year(2016),
                                            "3rd round of dinar talks")]) == {}
