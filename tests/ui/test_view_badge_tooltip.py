"""A "+N" badge's tooltip names its events (verify39 F7's "+1" at 15 December: which
event it held could be found only by zooming in, or in the Events list)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import BADGE_TIP_TITLES


def _one_busy_day(count: int) -> Timeline:
    day = FuzzyDate.of_day(_dt.date(2026, 12, 5))
    return Timeline.from_events([
        Event(f"e{i:02}", f"Ceasefire statement number {i} <b>from</b> the mediators", day,
              category="treaty") for i in range(count)])


def _badge(view):  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    badges = [badge for lane in view._layout().lanes for badge in lane.badges]
    assert len(badges) == 1
    return badges[0]


def test_a_badges_tooltip_names_its_events(shown_view):  # type: ignore[no-untyped-def]
    # (a lane of at most 12 events has a row for each: verify51 F16; of 13 too, its
    # 13th in the badge's row; of 15, 11 rows and a "+4": ``LANE_ROWS_EASED``)
    view = shown_view(_one_busy_day(15), (900, 400))
    badge = _badge(view)
    tip = view._tooltip_for(badge)
    assert tip.startswith(f"{badge.count} events, 5 December 2026:")
    for key in badge.keys:
        title = view._document.timeline.get(key).title.replace("<b>", "&lt;b&gt;")
        assert title.replace("</b>", "&lt;/b&gt;") in tip  # (as plain text)
    assert "more" not in tip and tip.endswith("Click to zoom in")


def test_a_crowded_badges_tooltip_names_the_first_and_counts_the_rest(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_one_busy_day(30), (900, 300))
    badge = _badge(view)
    tip = view._tooltip_for(badge)
    assert tip.count("• ") == BADGE_TIP_TITLES
    assert f"and {badge.count - BADGE_TIP_TITLES} more" in tip
