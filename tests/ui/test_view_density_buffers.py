"""A dense lane's image (``TimelineView._paint_density``) is made in buffers the view
keeps (``_density_image``), not in new arrays: after a large load the app maps every
block of 1 MiB or more fresh (``io.native``'s ``M_MMAP_THRESHOLD``), and a lane's pixels
at 2560 px (1.5 MB) were faulted in and zeroed by the kernel at every new view, 1.1-1.9
ms a dense lane (issue 11, session 13).  Structural, never timed: the same buffers serve
every lane of every view, and the pixels are still the bars ``drawRects`` gives."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed

from timeline_app.ui.timeline_view import TimelineView

FIRST = _dt.date(1995, 2, 1).toordinal()


def test_dense_lanes_of_new_views_reuse_the_views_buffers(shown_view, monkeypatch):
    """Three new views with a dense lane at 2200x1400 px: the first makes the buffers (one
    lane's pixels are over 1 MiB), the next reuse them (the same arrays, the same
    memory); each view's pixels are those of its bars drawn one by one.  On the code
    before, each lane's image was two new arrays."""
    view = shown_view(_mixed(4500), (2200, 1400))
    buffers = None
    for start, days in ((0, 365.0), (120, 365.0), (240, 400.0)):
        view.go_to_days(FIRST + start, FIRST + start + days)
        QApplication.processEvents()
        view.viewport().repaint()
        assert any(lane.dense for lane in view._layout().lanes)
        assert view._density_buffers is not None
        if buffers is None:
            buffers = view._density_buffers
            pixels = buffers[0]
            assert pixels.nbytes >= 1 << 20  # (the size malloc maps fresh)
            address = pixels.__array_interface__["data"][0]
        assert view._density_buffers is buffers
        assert buffers[0].__array_interface__["data"][0] == address
        batched = _fresh_picture(view)
        assert view._density_buffers is buffers
        with monkeypatch.context() as patch:
            patch.setattr(TimelineView, "_batched", False)
            one_by_one = _fresh_picture(view)
        assert batched == one_by_one, f"the view from day {start}"


def test_a_dense_lanes_image_is_made_in_its_pixels_alone(shown_view, monkeypatch):
    """The pixels are masked by the sign of (column's first row - row - 1) in 32-bit
    integers in the image's own buffer: no boolean array beside it, whose cast to 32
    bits was a third of the dense lanes' image work (session 31; fails on the code
    before: a pixel buffer and a boolean one).  The pixels are still the bars
    ``drawRects`` gives, at 2200 px wide and at 900."""
    import numpy as np

    view = shown_view(_mixed(4500), (2200, 900))
    for width, days in ((2200, 365.0), (900, 700.0)):
        view.resize(width, 900)
        view.go_to_days(FIRST + 100, FIRST + 100 + days)
        QApplication.processEvents()
        assert any(lane.dense for lane in view._layout().lanes)
        batched = _fresh_picture(view)
        buffers = view._density_buffers
        assert buffers is not None and len(buffers) == 1
        assert buffers[0].dtype == np.uint32
        with monkeypatch.context() as patch:
            patch.setattr(TimelineView, "_batched", False)
            one_by_one = _fresh_picture(view)
        assert batched == one_by_one, f"{width} px, {days} days"
