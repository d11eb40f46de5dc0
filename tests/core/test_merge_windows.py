"""Merging a duplicate read as a week ("last week", "next week") into an event of one day
(verify33 F2): the week's Sunday is the end of a window the day lies in, not an end of the
happening, so it must not become the merged event's end."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import merge_changes, merge_events


def _day(day: int, month: int = 11, circa: bool = False) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, month, day), circa)


def test_a_day_keeps_no_end_when_a_week_that_holds_it_is_merged_in():
    """a2.txt of verify33: "agreed on the summit when they met in Shenzhen last week"
    (c. 16 - c. 22 November 2026) merged into the meeting of 17 November: the merged
    event became 17 November - c. 22 November 2026, a six-day span."""
    existing = Event("a", "Lee and Takaichi agree on trilateral summit", _day(17),
                     category="meeting", location="Shenzhen")
    incoming = Event("x", "Sanae Takaichi and Lee Jae-myung meet in Shenzhen",
                     _day(16, circa=True), end=_day(22, circa=True), category="meeting")
    merged = merge_events(existing, incoming)
    assert merged.date == _day(17) and merged.end is None
    assert not any(change.startswith("end:") for change in merge_changes(existing, incoming))


def test_a_week_already_kept_gives_way_to_the_day_without_its_sunday():
    """The other way round: "will travel to Washington next week" (c. 23 - c. 29 November)
    is in the timeline, "met Rubio in Washington on Monday" (23 November) is merged in: the
    finer day is kept, and the week's Sunday with it made 23 - c. 29 November."""
    existing = Event("a", "Cho Hyun visits Washington (scheduled)", _day(23, circa=True),
                     end=_day(29, circa=True), category="visit")
    incoming = Event("x", "Cho Hyun and Marco Rubio meet in Washington", _day(23),
                     category="meeting")
    merged = merge_events(existing, incoming)
    assert merged.date == _day(23) and merged.end is None
    # and the review's line says that the week's end goes (it said only the date changed)
    # (and the new title, said since verify45 F22)
    assert merge_changes(existing, incoming) == [
        "title: “Cho Hyun visits Washington (scheduled)” → “Cho Hyun and Marco Rubio meet in "
        "Washington”",
        "date: c. 23 November 2026 → 23 November 2026", "no end (was c. 29 November 2026)"]


def test_an_end_told_from_the_same_start_is_still_added():
    """A missing end is still what a merge adds (README): 12 October, then 12-14 October."""
    existing = Event("a", "Talks in London", _day(12, 10), category="meeting")
    incoming = Event("x", "Three days of talks in London", _day(12, 10), end=_day(14, 10),
                     category="meeting")
    merged = merge_events(existing, incoming)
    assert merged.date == _day(12, 10) and merged.end == _day(14, 10)
    assert "end: 14 October 2026" in merge_changes(existing, incoming)


def test_a_months_long_span_keeps_its_end_when_a_day_in_its_first_month_is_finer():
    existing = Event("a", "Talks on the fisheries deal", FuzzyDate.of_month(2026, 10),
                     end=FuzzyDate.of_month(2026, 12), category="meeting")
    incoming = Event("x", "Talks on the fisheries deal open", _day(12, 10), category="meeting")
    merged = merge_events(existing, incoming)
    assert merged.date == _day(12, 10) and merged.end == FuzzyDate.of_month(2026, 12)


# Session 37 (ext53): a week an article names ("next week") is no longer circa (verify45
# F21), so its basis, "the week of ...", tells the window apart from a span of days.
WEEK_BASIS = ("'next week', relative to the dateline 2 December 2026: the week of 7 December "
              "2026; the whole week: to 13 December 2026")


def _week() -> Event:
    return Event("a", "Envoy visits Rome (scheduled)", _day(7, 12), end=_day(13, 12),
                 date_basis=WEEK_BASIS, category="visit")


def test_a_day_inside_a_week_read_exactly_is_the_merged_date_without_the_sunday():
    for day in (7, 9):  # its Monday too: the day, not the week from it
        told = Event("x", "Envoy visits Rome", _day(day, 12), category="visit",
                     date_basis="'Wednesday', relative to the dateline 9 December 2026")
        for merged in (merge_events(_week(), told), merge_events(told, _week())):
            assert (merged.date, merged.end) == (_day(day, 12), None), merged
        assert "no end (was 13 December 2026)" in merge_changes(_week(), told)
        assert merge_events(_week(), told).date_basis.startswith("'Wednesday'")


def test_days_typed_from_a_monday_to_a_sunday_are_a_span_that_keeps_its_end():
    """A guard: a week-long conference typed by hand is no window."""
    typed = Event("a", "Conference in Rome", _day(7, 12), end=_day(13, 12),
                  date_basis="typed by hand", category="meeting")
    told = Event("x", "Conference in Rome opens", _day(7, 12), category="meeting")
    assert merge_events(typed, told).end == _day(13, 12)


def test_days_typed_over_a_week_are_a_span():
    """A guard: the week's basis stays when its days are typed anew ("8 to 10 December"):
    those days are a span, which keeps its end."""
    typed = Event("a", "Envoy visits Rome", _day(8, 12), end=_day(10, 12),
                  date_basis=WEEK_BASIS + "; typed by hand as “8 to 10 December 2026”",
                  category="visit")
    told = Event("x", "Envoy visits Rome", _day(8, 12), category="visit")
    assert merge_events(typed, told).end == _day(10, 12)
