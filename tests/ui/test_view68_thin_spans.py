"""verify69 (F11): on the light theme a bar a few px wide stands out at 3:1 (WCAG 2.2,
1.4.11, non-text contrast) against its lane.

At Fit All over 2018-2026, Lula's 2-8 February 2026 calls were a pale sliver about
3 px wide (its fill and stripes, hardly darker than the lane), nearly hidden beside the
red article line of 12 February 2026.  Such a bar is now filled with its edge's colour,
as on the dark theme since verify67 F13 (``TimelineView._paint_thin_bars``).
"""

from __future__ import annotations

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.style import contrast_ratio
from timeline_app.ui.view_base import LANES_TOP, THIN_BAR_PX

NON_TEXT_CONTRAST = 3.0


@pytest.mark.parametrize("selected", [False, True], ids=["plain", "selected"])
def test_a_week_at_eight_years_is_a_sliver_of_its_lanes_edge_colour(window, selected):  # type: ignore[no-untyped-def]
    """The week's bar, in the frame picture and highlighted: its middle pixels reach
    3:1 against the lane."""
    timeline = Timeline()
    for event in (
            Event("a", "Guyana takes the case to the ICJ", FuzzyDate.of_month(2018, 3),
                  category="meeting"),
            Event("w", "Lula calls both leaders", FuzzyDate.of_ymd(2026, 2, 2),
                  end=FuzzyDate.of_ymd(2026, 2, 8), category="meeting",
                  date_basis="last week: the week of 2 February 2026"),
            Event("z", "Hearings", FuzzyDate.of_year(2026), category="meeting")):
        timeline.add(event)
    window.document.replace_timeline(timeline, None)
    view = window.view
    view.set_collapse_empty_periods(False)
    view.fit_all()
    if selected:
        window.selection.select("w")
    view.viewport().repaint()
    layout = view._layout()
    item = view._item_of(layout, "w")
    assert item is not None and item.vague and item.marker.width() < THIN_BAR_PX
    image = view.viewport().grab().toImage()
    offset = LANES_TOP - view.verticalScrollBar().value()
    middle_y = round(item.marker.center().y() + offset)
    lane = next(index for index, geometry in enumerate(layout.lanes)
                if any(other.event_id == "w" for other in geometry.items))
    background = view._lane_fill(lane)
    xs = range(int(item.marker.left()), int(item.marker.right()) + 1)
    best = max(contrast_ratio(image.pixelColor(x, middle_y), background) for x in xs)
    assert best >= NON_TEXT_CONTRAST, best
