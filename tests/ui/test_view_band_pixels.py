"""A picture painted in slices is cut into bands of the lanes' rows of at most
``AHEAD_BAND_PIXELS`` (rows x width, a lane's end within half a band): at 2560x1440 a band
of half the rows (870 rows) was an 8-9 ms slice, over what an input may wait behind (issue
11, session 9); five bands of 273 rows (``BAND_PIXELS``, 700 000) each paid a paint's fixed
cost, 8 % of a held key's steps (session 31): three of ~430.  The picture stays a fresh
paint's pixels."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import _slices_to_the_end

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import LANES_TOP, TimelineView
from timeline_app.ui.view_settings import set_in_view


def test_a_wide_tall_view_is_painted_ahead_in_bands_of_bounded_pixels(shown_view,
                                                                      monkeypatch):
    view = shown_view(_mixed(300), (2560, 1440))  # few items: bands cut by rows alone
    viewport = view.viewport()
    width, height = viewport.width(), viewport.height()
    assert width > 2500 and height > 1400
    first = _dt.date(1995, 2, 1).toordinal()
    view.go_to_days(first, first + 365)
    QApplication.processEvents()
    for _ in range(2):  # a steady pan: its next step is painted ahead
        view._pan_pixels(57.0)
        viewport.repaint()
    view._ahead_timer.stop()
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)  # one part a slice
    rows: list[int] = []  # where each part began, then where it ended
    real_part = TimelineView._paint_part
    monkeypatch.setattr(TimelineView, "_paint_part", lambda self, job, to_the_end: (
        rows.append(job.next_row), real_part(self, job, to_the_end),
        rows.append(job.next_row)))
    _slices_to_the_end(view)
    bands = [(top, bottom) for top, bottom in zip(rows[::2], rows[1::2], strict=True)
             if 0 <= top < height]
    assert bands[0][0] == LANES_TOP and bands[-1][1] == height
    limit = timeline_view.AHEAD_BAND_PIXELS // width
    assert all(bottom - top <= limit * 3 // 2 for top, bottom in bands), (limit, bands)
    assert len(bands) >= (height - LANES_TOP) // (limit * 3 // 2) + 1
    assert len(bands) == 3, bands  # (five of 273 rows on the code before)
    view._pan_pixels(57.0)
    assert view._ahead_picture is not None
    assert view._ahead_picture[0] == view._frame_key()
    assert view._ahead_picture[1] == _fresh_picture(view)
