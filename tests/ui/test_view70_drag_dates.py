"""Session 54, view70: with view69's dates beside titles a drag's frames were not a whole
paint of its stretch (``test_view_pan_stretch``, ``test_view_pan_gesture``,
``test_view_pan_rest_tiles`` failed; all passed with no dates).  A drag paints its
stretch's tiles group by group, each from a layout of the items near the group
(``_pan_group_layout``), and each worked out its own dates: kept clear of the viewport's
edges in the canvas's x, and of only the items that group held.  Now a group's dates are
the stretch's moved (``_Layout.shifted_from``), the stretch's are worked out once with no
edges, and those of the layout it pins (the view at rest) are kept.  Fails on view69's
``448a5e95``: the stretch had no dates beyond a view's width from its left end, and a
group's were not the stretch's."""

from __future__ import annotations

import datetime as dt

from test_view_drag_frames import FIRST
from test_view_pan_stretch import SIZE, _dragging

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.view_base import PAN_PAD_PX


def _sparse() -> Timeline:
    """Talks every 9 days around the drags' place (``FIRST``): a lane's few titles in a
    200-day view, each with room for its date."""
    day = dt.date.fromordinal(int(FIRST) - 400)
    return Timeline.from_events([
        Event(f"s{n}", f"Talks {n}", FuzzyDate.of_day(day + dt.timedelta(days=9 * n)),
              category=("meeting", "visit", "policy")[n % 3]) for n in range(110)])


def test_a_drags_tiles_draw_the_dates_of_its_stretch(qtbot, shown_view) -> None:
    view = shown_view(_sparse(), SIZE)
    _dragging(view)
    pan = view._pan
    stretch = pan.layout
    dated: dict[str, tuple[str, object]] = {}
    for lane in stretch.lanes:
        dated.update(view._dates_beside(lane, stretch))
    # (the layout it pins let go once its dates are taken: a long drag's stretches each
    # pin the one before, and would keep a chain of them all)
    assert stretch.pinned_to is not None and stretch.pinned_to[0] is None
    right = pan.margin + view.viewport().width()
    assert any(box.left() > right for _text, box in dated.values())  # beyond the view
    assert any(box.right() < pan.margin for _text, box in dated.values())
    group_tiles = 4
    for first in range(0, pan.width // pan.tile, group_tiles):
        group = view._pan_group_layout(pan, first, first + group_tiles)
        at = first * pan.tile - PAN_PAD_PX
        for lane, whole in zip(group.lanes, stretch.lanes, strict=True):
            got = view._dates_beside(lane, group)
            for event_id, (text, box) in got.items():
                assert dated[event_id] == (text, box.translated(at, 0)), event_id
            for event_id, (_text, box) in view._dates_beside(whole, stretch).items():
                if box.right() > at and box.left() < at + group_tiles * pan.tile:
                    assert event_id in got, (first, event_id)
