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
