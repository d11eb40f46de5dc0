"""One happening of one article dated twice: once from the date it gives, once loosely from
a phrase (verify43 F4: a backgrounder's "Kosovo declares independence", 17 February 2008,
and again c. November 2008 from "eighteen years after Kosovo declared independence", were
not flagged as told twice).  Qt-free (``ui.told_twice``)."""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate
from timeline_app.ui.told_twice import told_twice


def _candidate(title: str, date: FuzzyDate) -> Candidate:
    return Candidate(title, date, "", "statement", 0.8, "", ("Kosovo",))


def test_the_same_title_dated_exactly_and_loosely_within_a_year_is_flagged():
    found = told_twice([_candidate("Kosovo declares independence", FuzzyDate.of_ymd(2008, 2, 17)),
                        _candidate("Kosovo declares independence",
                                   FuzzyDate.of_month(2008, 11, circa=True))])
    assert set(found) == {0, 1}
    assert "c. November 2008" in found[0].reason


def test_two_exact_dates_or_dates_years_apart_are_two_happenings():
    exact = told_twice([_candidate("Elections held", FuzzyDate.of_ymd(2008, 2, 17)),
                        _candidate("Elections held", FuzzyDate.of_month(2008, 11))])
    assert exact == {}
    apart = told_twice([_candidate("Kosovo declares independence", FuzzyDate.of_ymd(2008, 2, 17)),
                        _candidate("Kosovo declares independence",
                                   FuzzyDate.of_month(2010, 11, circa=True))])
    assert apart == {}
