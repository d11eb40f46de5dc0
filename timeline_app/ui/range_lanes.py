"""Go to Date's lanes: the rows holding the events of the days gone to, scrolled into view.

verify72 (F23): Go to Date "September to December 2016" showed the right months but left
the lanes scrolled as they were, so that the Treaty lane, which held most of those events,
was above the view, and the one row in sight had its title under the mark's chip.  Go to
Date now scrolls the lanes (never zooms) after it moves the view: when the lanes holding
the range's events fit in the rows on screen, the lanes' top is shown if they fit there,
else they are left as they are when already in sight, else their first lane's header goes
to the top; when they do not fit, the lane with the most of them goes to the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline_app.ui.view_base import LANE_PAD

if TYPE_CHECKING:
    from timeline_app.ui.view_base import _LaneGeometry

__all__ = ["LaneInRange", "lanes_in_range", "scroll_for_range"]


class LaneInRange:
    """A lane holding events of a range: how many it draws there and the content y (px,
    before the lanes' vertical scroll) of its header's top and of its last such row's
    foot (``LANE_PAD`` below it)."""

    __slots__ = ("bottom", "count", "top")

    def __init__(self, count: int, top: float, bottom: float) -> None:
        self.count = count
        self.top = top
        self.bottom = bottom

    def __repr__(self) -> str:
        return f"LaneInRange({self.count}, {self.top}, {self.bottom})"


def lanes_in_range(lanes: Sequence[_LaneGeometry], x0: float, x1: float,
                   first_day: float, last_day: float) -> list[LaneInRange]:
    """The lanes of ``lanes`` (a view's layout, top to bottom) that draw events between
    the viewport columns ``x0`` and ``x1`` (px): an item whose marker reaches into them,
    a "+N" badge (its count) there, or, in a density lane, the bins of days overlapping
    ``[first_day, last_day)`` (day numbers; the whole lane's height).  Lanes with none
    are left out; the order is kept."""
    found: list[LaneInRange] = []
    for lane in lanes:
        count = 0
        bottom = lane.top
        if lane.density is not None:
            counts, firsts, lasts = lane.density
            inside = (firsts < last_day) & (lasts >= first_day)
            count = int(counts[inside].sum()) if len(counts) else 0
            bottom = lane.top + lane.height
        else:
            for item in lane.items:
                left, _top, width, _height = item.marker_box
                if left <= x1 and left + width >= x0:
                    count += 1
                    bottom = max(bottom, item.rect.bottom() + LANE_PAD)
            for badge in lane.badges:
                rect = badge.rect
                if rect.left() <= x1 and rect.right() >= x0:
                    count += badge.count
                    bottom = max(bottom, rect.bottom() + LANE_PAD)
        if count:
            found.append(LaneInRange(count, lane.top, min(bottom, lane.top + lane.height)))
    return found


def scroll_for_range(found: Sequence[LaneInRange], value: float,
                     visible_h: float) -> float | None:
    """The lanes' vertical scroll (content px) that shows the lanes ``found``
    (``lanes_in_range``) in the ``visible_h`` px of lanes on screen, scrolled ``value``
    now; None to leave it.

    When they fit: 0 (the lanes' top) if they fit there, else None if they are all on
    screen already, else the first one's header at the top.  When they do not: the
    header of the lane holding the most (the upper of equals) at the top."""
    if not found:
        return None
    top = min(lane.top for lane in found)
    bottom = max(lane.bottom for lane in found)
    if bottom - top <= visible_h:
        if bottom <= visible_h:
            return 0.0
        if value <= top and bottom <= value + visible_h:
            return None
        return top
    busiest = max(found, key=lambda lane: (lane.count, -lane.top))
    return busiest.top
