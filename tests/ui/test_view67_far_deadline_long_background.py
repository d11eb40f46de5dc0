"""Fit All of a water dispute's timeline whose news ends with a far deadline, over a long
background (verify68 F9): events of 1924, 1998, 2016 - September 2026, 11 events of 20
November 2026 - February 2027, then one "by 2040".

The background's years spread the data so that no gap's band was drawn; the newest events
weighed to 2040 were those of 2016 on (``_story_cluster``), their titles all whole, and Fit
All drew 1919-2045 linear: the 11 events on ~2 px, their order unseen.  The story is now
weighed to the day before the deadline's pause (``_story_before_lone``) and its markers'
crowding counts as cut titles do (``_fit_story``).  (The tester's file is evaluation
material: this one is written for the test, of its shape.)"""

from __future__ import annotations

import datetime as dt

import pytest
from fit_case_shown import rows_fitted

from timeline_app.core import FuzzyDate

D, M, Y = FuzzyDate.of_ymd, FuzzyDate.of_month, FuzzyDate.of_year

BACKGROUND = [
    ("Soviet national delimitation draws the borders", Y(1924), "Treaty"),
    ("The three states sign a water and energy agreement", Y(1998), "Treaty"),
    ("Construction of the dam resumes", Y(2016), "Event"),
    ("Barter deal of electricity for gas", Y(2018), "Treaty"),
    ("Water ministers meet and agree to share gauging data", M(2021, 11), "Meeting"),
    ("Presidents meet", M(2025, 3), "Meeting"),
    ("New energy minister takes office", M(2026, 9), "Event"),
]
NEWS = [
    ("Grid fault cuts power in the south", D(2026, 11, 20), "Event"),
    ("Pipeline shut", D(2026, 11, 25), "Policy"),
    ("Ministers of the three states meet in the capital", D(2026, 12, 1), "Meeting"),
    ("Visit cancelled", D(2026, 12, 3), "Policy"),
    ("Presidents hold talks (scheduled)", D(2026, 12, 14), "Meeting"),
    ("Presidents' meeting (postponed)", D(2026, 12, 15), "Meeting"),
    ("Presidents visit the dam (scheduled)", D(2026, 12, 15), "Visit"),
    ("President visits a second city (scheduled)", D(2026, 12, 16), "Visit"),
    ("Ministers agree to meet again", M(2027, 2), "Meeting"),
]
DEADLINE = ("Basin-wide water treaty to take effect", Y(2040), "Treaty")


def _fitted(window, size: tuple[int, int], deadline: bool = True):  # type: ignore[no-untyped-def]
    rows = BACKGROUND + NEWS + ([DEADLINE] if deadline else [])
    return rows_fitted(window, rows, size, "Syr Darya")


def _x(view, date: dt.date) -> float:  # type: ignore[no-untyped-def]
    return view.x_of_day(date.toordinal())


@pytest.mark.parametrize("size", [(1440, 900), (1280, 800)])
def test_fit_all_draws_the_news_before_a_far_deadline_apart(window, size) -> None:  # type: ignore[no-untyped-def]
    view = _fitted(window, size)
    width = view.viewport().width()
    first, last = dt.date(2026, 11, 20), dt.date(2027, 2, 1)
    news_px = _x(view, last) - _x(view, first)
    # (~1.6 px before at 1440×900: 1919-2045 linear)
    assert news_px >= 25, news_px
    # The news's days in date order, the fortnight of December readable apart.
    assert _x(view, dt.date(2026, 12, 16)) - _x(view, dt.date(2026, 12, 1)) >= 5
    # The deadline on screen, after the news, its title whole; 1924 still shown.
    deadline_x = _x(view, dt.date(2040, 1, 1))
    assert _x(view, last) < deadline_x <= width - 8, (deadline_x, width)
    assert 0 <= _x(view, dt.date(1924, 1, 1)) < deadline_x
    assert view.label_text(f"e{len(BACKGROUND) + len(NEWS)}") == DEADLINE[0]
    assert view.titles_not_whole() <= 1


def test_without_a_lone_far_event_the_story_is_weighed_as_before(window) -> None:  # type: ignore[no-untyped-def]
    """``_story_before_lone`` finds nothing when the data ends with the news."""
    import heapq
    import itertools

    view = _fitted(window, (1440, 900), deadline=False)
    starts = heapq.nlargest(41, itertools.chain.from_iterable(
        lane.starts[-41:] for lane in view._lanes))
    assert view._story_before_lone(starts) is None
