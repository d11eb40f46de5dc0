"""Fit All's room after the data is on screen (fit18, for verify18 finding 7).

``_fit_room_right`` may give the titles after the last band up to ``FIT_LABEL_SHARE`` of
the width, but ``_origin_bounds`` let a view show only a quarter of a window after the
data: the fitted view was moved left, its room's titles cut at the right edge, and an
empty strip shown before the first event.  Trial 11's timeline in a 1024x700 window:
5 of 19 titles whole, now 15; the ASEAN import of verify18 at 1280x800: 2 of 8, now 7.
Fails on main ``6840e45``.
"""

from __future__ import annotations

import pytest

from tests.ui.test_fit_titles_edge11 import _trial_timeline
from timeline_app.ui.layout import ELLIPSIS


@pytest.mark.parametrize("circa", [False, True])
def test_fit_all_shows_the_room_it_made_after_the_data(shown_view, circa):  # type: ignore[no-untyped-def]
    timeline = _trial_timeline(circa=circa)
    view = shown_view(timeline, size=(712, 560))
    first_day = min(e.day_range()[0] for e in timeline.events)
    # The first event where Fit All put it: its left margin from the view's edge.
    assert abs(view.x_of_day(first_day) - view._fit_margin_px) < 1.0
    whole = [e.title for e in timeline.events if view.label_text(e.id) == e.title]
    assert len(whole) >= 14, [view.label_text(e.id) for e in timeline.events]
    for event in timeline.events:
        label = view.label_rect(event.id)
        if not label.isNull() and not view.label_text(event.id).endswith(ELLIPSIS):
            assert label.right() <= view.viewport().width() + 0.5, event.title
