"""Fit All of an explainer whose news ends with a deadline (verify66 F15): background
years (1970, 1974, 2014 ... 2025), 15 events of January - March 2026, then one event "by
31 December 2026", nine months on.

Fit All drew the story (``FitMixin._fit_story``) at one scale from January to December:
the 15 events of January - March in ~40 px, the empty April - December ~210 px, a comb of
markers with their titles stacked left of it; the story's crowding was read from its
first marker to its last (``_story_crowding``), the deadline's, and found none.  The
empty days before a lone far event are now drawn narrower (``_story_gap``,
``view_fit.story_pieces``) and the markers' crowding counted on each side of them.  (The
tester's file is evaluation material: this one is written for the test, of its shape.)"""

from __future__ import annotations

import datetime as dt

import pytest
from fit_case_shown import rows_fitted

from timeline_app.core import FuzzyDate

D, M, Y = FuzzyDate.of_ymd, FuzzyDate.of_month, FuzzyDate.of_year

BACKGROUND = [
    ("Island state becomes independent", Y(1970), "Event"),
    ("The two states establish diplomatic relations", Y(1974), "Treaty"),
    ("First boundary meeting", Y(2014), "Meeting"),
    ("Earlier state visit", Y(2014), "Visit"),
    ("Technical working group chaired by the neighbour", Y(2018), "Meeting"),
    ("Talks stall over the status of a string of small reefs", Y(2019), "Dispute"),
    ("Prime minister visits the capital", Y(2023), "Visit"),
    ("Leaders agree to upgrade ties", Y(2025), "Visit"),
]
NEWS = [
    ("Foreign ministers meet on the sidelines of a retreat", D(2026, 1, 6), "Meeting"),
    ("Boundary talks round opens", D(2026, 1, 20), "Meeting"),
    ("Ministerial meeting (postponed)", D(2026, 1, 28), "Meeting"),
    ("Navy detains a trawler near the reef", M(2026, 2), "Dispute"),
    ("Crew released", D(2026, 2, 9), "Event"),
    ("Regional ministers' meeting called off by the host", D(2026, 2, 11), "Policy"),
    ("Ministers' meeting (cancelled)", D(2026, 2, 16), "Meeting"),
    ("Second technical round held", D(2026, 2, 24), "Meeting"),
    ("Regional forum ministers meet (postponed)", D(2026, 2, 25), "Meeting"),
    ("Two navies agree a hotline", D(2026, 2, 25), "Treaty"),
    ("President arrives for a state visit", D(2026, 3, 2), "Event"),
    ("President and prime minister meet at State House", D(2026, 3, 3), "Meeting"),
    ("Talks with a third country (scheduled)", D(2026, 3, 4), "Meeting"),
    ("President leaves for the next capital", D(2026, 3, 4), "Event"),
    ("Meeting in a third city (scheduled)", D(2026, 3, 5), "Meeting"),
]
DEADLINE = ("Leaders agree to conclude the maritime boundary negotiations",
            D(2026, 12, 31), "Treaty")
NEWS_FIRST = dt.date(2026, 1, 6).toordinal()
NEWS_LAST = dt.date(2026, 3, 5).toordinal()


def _fitted(window, size: tuple[int, int], deadline: bool = True):  # type: ignore[no-untyped-def]
    rows = BACKGROUND + NEWS + ([DEADLINE] if deadline else [])
    return rows_fitted(window, rows, size, "Explainer")


@pytest.mark.parametrize(("size", "most_cut"), [((1127, 820), 5), ((1280, 800), 2),
                                               ((1600, 900), 1)])
def test_fit_all_gives_the_news_before_a_deadline_its_width(window, size, most_cut) -> None:  # type: ignore[no-untyped-def]
    """``most_cut``: the titles not whole before (767, 874 and 1194 px views): no more."""
    view = _fitted(window, size)
    width = view.viewport().width()
    news_px = view.x_of_day(NEWS_LAST) - view.x_of_day(NEWS_FIRST)
    # (38-42 px before, in each: 172, 238 and 186 px now)
    assert news_px >= 0.15 * width, (news_px, width)
    deadline_x = view.x_of_day(dt.date(2026, 12, 31).toordinal())
    assert view.x_of_day(NEWS_LAST) < deadline_x <= width - 8, (deadline_x, width)
    # The empty months drawn narrower than the news's days, at their own scale.
    pause_px = deadline_x - view.x_of_day(NEWS_LAST)
    assert pause_px / (dt.date(2026, 12, 31).toordinal() - NEWS_LAST) \
        < 0.5 * news_px / (NEWS_LAST - NEWS_FIRST)
    # Every event still drawn, in date order, the deadline's title whole.
    assert view.label_text(f"e{len(BACKGROUND) + len(NEWS)}") == DEADLINE[0]
    assert view.titles_not_whole() <= most_cut


def test_without_the_deadline_nothing_is_drawn_narrower(window) -> None:  # type: ignore[no-untyped-def]
    """No lone far event: no pause in the story (``_story_gap``) and its piece one."""
    from timeline_app.ui.view_fit import story_pieces

    view = _fitted(window, (1280, 800), deadline=False)
    assert view._story_gap(NEWS_FIRST) is None
    piece = view._fit_story_piece
    if piece is not None:
        assert story_pieces(piece, view._fit_story_gap) == [piece]


def test_the_story_drawn_in_two_pieces_keeps_its_units() -> None:
    """``story_pieces``: the days from the pause on at ``FIT_STORY_LONE_DRAWN`` of the
    slope before it, the units in all the piece's."""
    from timeline_app.ui.scale import Squeeze
    from timeline_app.ui.view_base import FIT_STORY_LONE_DRAWN
    from timeline_app.ui.view_fit import story_pieces

    piece = Squeeze(100.0, 500.0, 2000.0)
    before, after = story_pieces(piece, (200.0, 450.0))
    assert (before.first_day, before.last_day, after.first_day, after.last_day) == (
        100.0, 200.0, 200.0, 500.0)
    assert before.units + after.units == pytest.approx(2000.0)
    assert after.slope == pytest.approx(FIT_STORY_LONE_DRAWN * before.slope)
    assert story_pieces(piece, None) == [piece]
    assert story_pieces(piece, (50.0, 450.0)) == [piece]  # (a pause not inside it)
