"""A picture painted ahead in bands of the lanes' rows paints each lane's name, swatch and
"◀ N" / "N ▶" once, in the band that holds its header row: a band that only crosses the
lane's lower rows clipped them all away (issue 11, session 32: a lane across two bands of a
held key's step at 2560x1440 had its header drawn twice).  The picture stays a fresh
paint's pixels."""

from __future__ import annotations

from collections import Counter

import pytest
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import PAN, _slices_to_the_end, _steady_pan

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView


@pytest.mark.parametrize("size", [(1600, 900), (2560, 1440)])
def test_a_lane_across_two_bands_has_its_header_painted_once(shown_view, monkeypatch, size):
    view = shown_view(_mixed(4500), size)
    viewport = view.viewport()
    _steady_pan(view)  # (its next step is painted ahead)
    monkeypatch.setattr(timeline_view, "IDLE_SLICE_MS", 0.0)  # one part a slice
    painted: Counter[str] = Counter()
    real = TimelineView._paint_lane_header
    monkeypatch.setattr(TimelineView, "_paint_lane_header",
                        lambda self, painter, lane, *rest: (
                            painted.update([lane.category]),
                            real(self, painter, lane, *rest))[1])
    bands: list[int] = []
    real_part = TimelineView._paint_part
    monkeypatch.setattr(TimelineView, "_paint_part", lambda self, job, to_the_end: (
        bands.append(job.next_row), real_part(self, job, to_the_end)))
    _slices_to_the_end(view)
    height = viewport.height()
    assert len([top for top in bands if 0 <= top < height]) >= 2  # (bands, not one paint)
    offset = view._content_offset()
    view._pan_pixels(PAN)
    shown = [lane.category for lane in view._layout().lanes
             if lane.top + offset < height and lane.top + lane.height + offset > 0]
    assert painted and all(painted[category] == 1 for category in shown), painted
    assert view._ahead_picture is not None
    assert view._ahead_picture[0] == view._frame_key()
    assert view._ahead_picture[1] == _fresh_picture(view)
