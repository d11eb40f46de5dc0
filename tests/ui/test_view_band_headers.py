"""A picture painted ahead in bands of the lanes' rows paints each lane's name, swatch and
"◀ N" / "N ▶" once, in the band that holds its header row: a band that only crosses the
lane's lower rows clipped them all away (issue 11, session 32: a lane across two bands of a
held key's step at 2560x1440 had its header drawn twice).  The picture stays a fresh
paint's pixels."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import PAN, _slices_to_the_end, _steady_pan

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view


@pytest.mark.parametrize("size", [(1600, 900), (2560, 1440)])
def test_a_lane_across_two_bands_has_its_header_painted_once(shown_view, monkeypatch, size):
    view = shown_view(_mixed(4500), size)
    viewport = view.viewport()
    _steady_pan(view)  # (its next step is painted ahead)
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)  # one part a slice
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


@pytest.mark.parametrize("size", [(1600, 900), (2560, 1440)])
def test_a_dense_lane_across_two_bands_makes_only_each_bands_rows(shown_view, monkeypatch,
                                                                 size):
    """A dense lane's image (``_paint_density``) is made of the rows the band's clip lets
    through: over the bands of one picture, each of its rows once."""
    from test_view_sliced_ahead import FIRST, _small_slices

    view = shown_view(_mixed(4500), size)
    viewport = view.viewport()
    view.go_to_days(FIRST, FIRST + 1095)  # (three years of these events: densities)
    QApplication.processEvents()
    for _ in range(2):  # a steady pan: its next step is painted ahead
        view._pan_pixels(PAN)
        viewport.repaint()
    view._ahead_timer.stop()
    _small_slices(monkeypatch)  # (eight bands: lanes across two)
    made: list[int] = []  # rows of each dense image made
    real = TimelineView._density_image
    monkeypatch.setattr(TimelineView, "_density_image", lambda self, height, width: (
        made.append(height), real(self, height, width))[1])
    _slices_to_the_end(view)
    offset = view._content_offset()
    view._pan_pixels(PAN)
    height = viewport.height()
    dense = [lane for lane in view._layout().lanes if lane.dense and lane.bar_x is not None
             and len(lane.bar_x) and lane.top + offset < height
             and lane.top + lane.height + offset > 0]
    assert dense
    # (each lane's image rows: its height less the header row, those on screen)
    on_screen = sum(min(height, lane.top + offset + lane.height)
                    - max(lane.top + offset + timeline_view.LANE_HEADER,
                          timeline_view.LANES_TOP)
                    for lane in dense)
    assert sum(made) <= on_screen, (made, on_screen)  # (each row once, not twice)
    assert view._ahead_picture is not None
    assert view._ahead_picture[0] == view._frame_key()
    assert view._ahead_picture[1] == _fresh_picture(view)
