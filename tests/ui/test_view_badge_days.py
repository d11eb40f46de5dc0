"""Session 34, frames37: a lane's "+N" badges work out their first and last days when
asked (a click, a tooltip), not in every layout: the layout walked every event in a
badge of the lanes on screen, ~3.8 % of a 2560x1440 year pan's instructions at 100 000
events (issue 11)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest
from test_view_batched_paint import _mixed


def _expected(view: Any, badge: Any) -> tuple[float, float]:
    """The first start and last end (days) of the badge's events, from the lanes."""
    first, last = view.visible_days()
    keys = set(badge.keys)
    for lane in view._lanes:
        shown = lane.visible(first - 400, last + 400, 1 << 40) or []
        spans = [(start, end) for event, start, end in shown if event.id in keys]
        if len(spans) == len(keys):
            return min(s for s, _e in spans), max(e for _s, e in spans)
    raise AssertionError(f"no lane holds {badge}")


@pytest.mark.parametrize("rested", [False, True])
def test_badges_days_are_worked_out_when_asked(shown_view, qtbot, rested, swapped_at_rest):
    """Views with "+N" badges, packed by ``pack_lane`` and from the world's chunks (the
    view rested): no badge's days are worked out by the layout (fails on the code
    before: every badge's were), and asked, they are its events' first start and last
    end."""
    view = shown_view(_mixed(900), (1200, 600))
    first = _dt.date(1990, 1, 1).toordinal()
    checked = 0
    for step in range(3):
        view.go_to_days(first + 300 + step * 60, first + 300 + step * 60 + 500)
        if rested:
            view._world_rest_timer.setInterval(150)
            view._world_rest_timer.start()
            qtbot.waitUntil(lambda: view._world_at == view._world_here()
                            and view._layout_key() in view._layouts, timeout=10000)
        view._layouts.clear()
        badges = [badge for lane in view._layout().lanes for badge in lane.badges]
        assert len(badges) >= 5
        assert all(getattr(badge, "_days", "made") is None for badge in badges)
        for badge in badges:
            assert (badge.first_day, badge.last_day) == _expected(view, badge)
            assert badge.count == len(badge.keys)
            checked += 1
    assert checked >= 15
