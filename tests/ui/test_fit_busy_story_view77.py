"""Fit All of a fact-checker's timeline (verify79 F12): five background events of 17
months, more than two empty years, then the story she checks, nine events of one week.

The empty years were 1.6 times the background beside them, under the twice a gap over
half the span needed (``scale.MOST_OF_SPAN_RATIO``), so Fit All drew the whole span
linear and the story's markers overlapped in its last few pixels (the print's first page
too).  A gap beside a busy story (``scale._busy_beside``) is now a band.  (Her file is
evaluation material: this one is written for the test, of its shape.)"""

from __future__ import annotations

import datetime as dt

from tests.ui.fit_case_shown import rows_fitted
from timeline_app.core import FuzzyDate

D, M = FuzzyDate.of_ymd, FuzzyDate.of_month

BACKGROUND = [
    ("Fighting breaks out in the capital", M(2021, 3), "Dispute"),
    ("First truce agreed in the port city", D(2021, 4, 18), "Treaty"),
    ("Later talks break down", M(2021, 11), "Dispute"),
    ("Talks abroad collapse", M(2022, 7), "Dispute"),
    ("Famine declared in the west", M(2022, 7), "Statement"),
]
STORY = [
    ("Both sides open talks", D(2024, 11, 10), "Meeting"),
    ("Sides agree on an aid corridor", D(2024, 11, 10), "Treaty"),
    ("Envoy flies home to consult", D(2024, 11, 11), "Visit"),
    ("Mediators' statement on the delay", D(2024, 11, 11), "Statement"),
    ("Halt to shelling announced", D(2024, 11, 12), "Statement"),
    ("Talks on monitors end without a deal", D(2024, 11, 12), "Meeting"),
    ("Corridor signing (scheduled)", D(2024, 11, 14), "Event"),
    ("First convoy leaves (scheduled)", D(2024, 11, 15), "Event"),
    ("Talks to resume (scheduled)", D(2024, 11, 16), "Meeting"),
]
STORY_FIRST = dt.date(2024, 11, 10).toordinal()
STORY_END = dt.date(2024, 11, 17).toordinal()


def test_fit_all_gives_a_busy_story_after_a_long_pause_its_width(window) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 the story's week took ~5 of 960 px (2021-2024 linear); now the two
    empty years are a band and the week takes a tenth of the width at least, the
    background still drawn before it."""
    view = rows_fitted(window, BACKGROUND + STORY, (1366, 768), "Truce talks")
    (band,) = view.scale().breaks
    assert (band.empty_first, band.empty_last) == (dt.date(2022, 8, 1).toordinal(),
                                                   STORY_FIRST)
    width = view.viewport().width()
    story = view.x_of_day(STORY_END) - view.x_of_day(STORY_FIRST)
    assert story >= 0.1 * width, (story, width)
    for i in range(len(BACKGROUND)):
        start = window.document.timeline.get(f"e{i}").day_range()[0]
        assert 0 <= view.x_of_day(start) < view.x_of_day(band.first_day)
