"""Fit All's room after the data is on screen (fit18, for verify18 finding 7).

``_fit_room_right`` may give the titles after the last band up to ``FIT_LABEL_SHARE`` of
the width, but ``_origin_bounds`` let a view show only a quarter of a window after the
data: the fitted view was moved left, its room's titles cut at the right edge, and an
empty strip shown before the first event.  Trial 11's timeline in a 1024x700 window:
5 of 19 titles whole, now 15; the ASEAN import of verify18 at 1280x800: 2 of 8, now 7.
Fails on main ``6840e45``.

verify45 F11 (session 36): the room after the data is at most a fifth of the width
(``fit_range.FIT_ROOM_AFTER_SHARE``; it was 327 px of 696 here, 2027-2038 on the axis), so
at 712 px 11 titles show whole without the circa date and 5 with it, the others shortened
at a word; the room made is still on screen and no title is cut by the edge.
"""

from __future__ import annotations

import pytest

from tests.ui.test_fit_titles_edge11 import _trial_timeline
from timeline_app.ui.fit_range import FIT_ROOM_AFTER_SHARE
from timeline_app.ui.layout import ELLIPSIS
from timeline_app.ui.view_base import FIT_MARGIN_RIGHT


@pytest.mark.parametrize("circa", [False, True])
def test_fit_all_shows_the_room_it_made_after_the_data(shown_view, circa):  # type: ignore[no-untyped-def]
    timeline = _trial_timeline(circa=circa)
    view = shown_view(timeline, size=(712, 560))
    first_day = min(e.day_range()[0] for e in timeline.events)
    # The first event where Fit All put it: its left margin from the view's edge.
    assert abs(view.x_of_day(first_day) - view._fit_margin_px) < 1.0
    whole = [e.title for e in timeline.events if view.label_text(e.id) == e.title]
    assert len(whole) >= (5 if circa else 11), [view.label_text(e.id) for e in timeline.events]
    # The room after the data: on screen, at most a fifth of the width and the margin.
    last_day = max(e.day_range()[1] for e in timeline.events)
    width = view.viewport().width()
    assert width - view.x_of_day(last_day) <= FIT_ROOM_AFTER_SHARE * width + FIT_MARGIN_RIGHT + 1
    for event in timeline.events:
        label = view.label_rect(event.id)
        if not label.isNull() and not view.label_text(event.id).endswith(ELLIPSIS):
            assert label.right() <= view.viewport().width() + 0.5, event.title
