"""verify61 F8: a possible duplicate told so alike that the review says "titles 97%
alike" (or 100 %) defaulted to Keep both.  Of the same kind, titles at least
``SURE_TITLE`` alike, dates sharing a day (the coarser at most a year), nothing telling
them apart: likely (merged by default).  Two outlets' days a day apart stay possible,
offering "Merge, disputed"; a title that says little ("Meeting (scheduled)") with no
participant shared stays possible.

The events are written for the test."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import disagreement, find_duplicates
from timeline_app.extract.event_vocabulary import CATEGORIES


def _flag(incoming: Event, existing: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming], kinds=CATEGORIES).get(incoming.id)


def test_a_day_apart_word_for_word_stays_possible_offering_disputed() -> None:
    # (two outlets' days for one happening: ``_rival_day``, never likely in an import;
    # File → Merge makes a copy's row changed only in its date likely, ``ui.merge_dialog``)
    here = Event("a", "China Eastern Airlines plans to start flights",
                 FuzzyDate.of_ymd(2025, 11, 10), category="policy",
                 participants=("China Eastern Airlines",))
    copy = Event("b", "China Eastern Airlines plans to start flights",
                 FuzzyDate.of_ymd(2025, 11, 9), category="policy",
                 participants=("China Eastern Airlines",))
    match = _flag(copy, here)
    assert match is not None and not match.likely
    assert "1 day apart" in match.reason
    assert disagreement(here, copy)


def test_a_year_and_its_month_word_for_word_is_likely() -> None:
    here = Event("a", "Indian pilgrims return to Mount Kailash and Lake Manasarovar",
                 FuzzyDate.of_month(2025, 6), category="visit", participants=("India",))
    told = Event("b", "Indian pilgrims return to Mount Kailash and Lake Manasarovar",
                 FuzzyDate.of_year(2025), category="visit")
    match = _flag(told, here)
    assert match is not None and match.likely


def test_two_days_apart_or_a_title_saying_little_stay_possible() -> None:
    here = Event("a", "China Eastern Airlines plans to start flights",
                 FuzzyDate.of_ymd(2025, 11, 10), category="policy")
    two_days = Event("b", here.title, FuzzyDate.of_ymd(2025, 11, 8), category="policy")
    match = _flag(two_days, here)
    assert match is not None and not match.likely
    meeting = Event("c", "Meeting (scheduled)", FuzzyDate.of_month(2026, 3), category="meeting")
    other = Event("d", "Meeting (scheduled)", FuzzyDate.of_year(2026), category="meeting")
    match = _flag(other, meeting)
    assert match is None or not match.likely
